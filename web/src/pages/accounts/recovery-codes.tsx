// Recovery codes, shown once (after enrolling, or when replaced): as a list, as a text file to download, and
// printable (the print style leaves only the codes on paper).
import { useEffect, useRef } from 'react';
import { saveBlob } from './api';
import { useText } from './use-text';

export function RecoveryCodes({ codes, email, onDone, doneLabel }: { codes: string[]; email: string; onDone?: () => void; doneLabel?: string }) {
  const { a } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // The codes replace the form that was just submitted: move focus to them so they are read out.
  useEffect(() => heading.current?.focus(), []);
  const file = () => saveBlob(new Blob([`${a.recovery.fileHeader(email)}\n\n${codes.join('\n')}\n`], { type: 'text/plain;charset=utf-8' }), 'iotspp-recovery-codes.txt');
  return (
    <section className="recovery-codes" aria-labelledby="recovery-title">
      <h2 id="recovery-title" tabIndex={-1} ref={heading}>
        {a.recovery.title}
      </h2>
      <p>{a.recovery.intro}</p>
      <ol className="recovery-codes__list" aria-label={a.recovery.list}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={file}>
          {a.recovery.download}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {a.recovery.print}
        </button>
        {onDone ? (
          <button type="button" className="button button--primary" onClick={onDone}>
            {doneLabel ?? a.recovery.done}
          </button>
        ) : null}
      </div>
    </section>
  );
}
