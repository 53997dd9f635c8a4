// What a form's last submission did: a polite confirmation, or an alert with the server's message (or the
// section's own words when there is none) and the details it gave, field by field.
import { ApiError } from '../api/client';

export type Outcome = { ok: true; text: string } | { ok: false; error: unknown } | null;

export function FormResult({ result, intro, fallback }: { result: Outcome; intro?: string | undefined; fallback: string }) {
  if (result === null) return null;
  if (result.ok) {
    return (
      <p role="status" className="form-message form-message--ok">
        {result.text}
      </p>
    );
  }
  const error = result.error;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div role="alert" className="form-message form-message--error">
      <p>{intro ?? (error instanceof ApiError ? error.message : fallback)}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>
              <code>{d.pointer || '/'}</code> {d.message}
              {d.hint ? <> ({d.hint})</> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
