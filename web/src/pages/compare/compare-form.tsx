// Picks the two frameworks. The choice goes into the address on submit, so a comparison can be bookmarked.
import { useState, type FormEvent } from 'react';
import type { Framework } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

export function CompareForm({ frameworks, a, b, onCompare }: { frameworks: Framework[]; a: string; b: string; onCompare(a: string, b: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ a, b });
  const [applied, setApplied] = useState(`${a}|${b}`);
  if (applied !== `${a}|${b}`) {
    setApplied(`${a}|${b}`);
    setDraft({ a, b });
  }
  const sorted = [...frameworks].sort((x, y) => x.shortName.localeCompare(y.shortName));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.a && draft.b) onCompare(draft.a, draft.b);
  };
  const select = (id: 'a' | 'b', label: string) => (
    <div className="field">
      <label htmlFor={`compare-${id}`}>{label}</label>
      <select id={`compare-${id}`} value={draft[id]} required onChange={(e) => setDraft({ ...draft, [id]: e.target.value })}>
        <option value="">—</option>
        {sorted.map((f) => (
          <option key={f.id} value={f.id} lang="en">
            {f.shortName}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="compare-form" onSubmit={submit}>
      {select('a', t.compare.from)}
      <button type="button" className="button" onClick={() => setDraft({ a: draft.b, b: draft.a })}>
        <span aria-hidden="true">⇄</span> {t.compare.swap}
      </button>
      {select('b', t.compare.against)}
      <button type="submit" className="button button--primary">
        {t.compare.show}
      </button>
    </form>
  );
}
