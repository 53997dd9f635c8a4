// A labelled form control with an optional hint (give the control aria-describedby="ID-hint" to have it read).
// Wide fields take a whole row of a grid form.
import type { ReactNode } from 'react';

export function Field({ id, label, hint, children, wide = true }: { id: string; label: string; hint?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}
