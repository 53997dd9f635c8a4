// A release's profile (issue 6 item 1): support period, update mechanism, disclosure contact, password
// approach, interfaces and data practices; shown to the manufacturer's people, edited by its editors.
import { useState, type FormEvent } from 'react';
import { enc, send, type Release } from './api';
import { Field, FormResult, type Outcome } from './parts';
import { useText } from './use-text';

const MECHANISMS = ['automatic-over-network', 'user-initiated-over-network', 'local-only', 'none'] as const;
const PASSWORDS = ['unique-per-device', 'set-by-user-at-first-use', 'no-passwords', 'universal-default'] as const;
const INTERFACES = ['wifi', 'ethernet', 'bluetooth', 'zigbee', 'thread', 'z-wave', 'cellular', 'lora', 'nfc', 'usb', 'debug-port', 'other'] as const;

type Practice = NonNullable<Release['dataPractices']>[number];

export function ReleaseProfile({ release, editor, onSaved }: { release: Release; editor: boolean; onSaved(): void }) {
  const { p, day } = useText();
  const r = p.release;
  return (
    <section aria-labelledby="profile">
      <h2 id="profile">{r.profile}</h2>
      <dl className="facts">
        <dt>{p.product.date}</dt>
        <dd>{release.releaseDate ? day(release.releaseDate) : p.notStated}</dd>
        <dt>{p.product.supportEnd}</dt>
        <dd>{release.supportEnd ? day(release.supportEnd) : p.notStated}</dd>
        <dt>{r.updateMechanism}</dt>
        <dd>{release.updateMechanism ? p.updates[release.updateMechanism] : p.notStated}</dd>
        <dt>{r.disclosureContact}</dt>
        <dd>{release.disclosureContact ? <a href={release.disclosureContact}>{release.disclosureContact}</a> : p.notStated}</dd>
        <dt>{r.passwords}</dt>
        <dd>{release.passwords ? p.passwords[release.passwords] : p.notStated}</dd>
        <dt>{r.interfaces}</dt>
        <dd>{release.interfaces ? release.interfaces.join(', ') || '–' : p.notStated}</dd>
        <dt>{r.dataPractices}</dt>
        <dd>
          {release.dataPractices && release.dataPractices.length > 0 ? (
            <ul>
              {release.dataPractices.map((d, i) => (
                <li key={i}>
                  {`${d.data}: ${d.purpose}`}
                  {d.sharedWith.length > 0 ? ` · ${r.practice.sharedWith.replace(/ \(.*\)$/, '')}: ${d.sharedWith.join(', ')}` : ''}
                  {d.retention ? ` · ${r.practice.retention}: ${d.retention}` : ''}
                  {d.deletion ? ` · ${r.practice.deletion}: ${d.deletion}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            p.notStated
          )}
        </dd>
      </dl>
      {editor ? <EditProfile release={release} onSaved={onSaved} /> : null}
    </section>
  );
}

function EditProfile({ release, onSaved }: { release: Release; onSaved(): void }) {
  const { p } = useText();
  const r = p.release;
  const [practices, setPractices] = useState<Practice[]>(release.dataPractices ?? []);
  const [result, setResult] = useState<Outcome>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    try {
      await send('PATCH', `/api/releases/${enc(release.id)}`, {
        releaseDate: text('releaseDate'),
        supportEnd: text('supportEnd'),
        updateMechanism: text('updateMechanism'),
        disclosureContact: text('disclosureContact'),
        passwords: text('passwords'),
        // No box ticked means "not stated", not "no interfaces" (which would decide has-network-interfaces).
        interfaces: form.getAll('interfaces').length > 0 ? form.getAll('interfaces').map(String) : null,
        dataPractices: practices.map((d) => ({ ...d, retention: d.retention || null, deletion: d.deletion || null })),
      });
      setResult({ ok: true, text: p.saved });
      onSaved();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  const change = (i: number, field: keyof Practice, value: string) =>
    setPractices((list) => list.map((d, j) => (j === i ? { ...d, [field]: field === 'sharedWith' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value } : d)));
  return (
    <details className="panel">
      <summary>{r.editProfile}</summary>
      <form className="product-form" onSubmit={submit}>
        <Field id="profile-date" label={p.product.date}>
          <input id="profile-date" name="releaseDate" type="date" defaultValue={release.releaseDate ?? ''} />
        </Field>
        <Field id="profile-support" label={p.product.supportEnd}>
          <input id="profile-support" name="supportEnd" type="date" defaultValue={release.supportEnd ?? ''} />
        </Field>
        <Field id="profile-updates" label={r.updateMechanism}>
          <select id="profile-updates" name="updateMechanism" defaultValue={release.updateMechanism ?? ''}>
            <option value="">{p.notStated}</option>
            {MECHANISMS.map((m) => (
              <option key={m} value={m}>
                {p.updates[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="profile-contact" label={r.disclosureContact}>
          <input id="profile-contact" name="disclosureContact" type="text" inputMode="url" placeholder="https://… or mailto:…" defaultValue={release.disclosureContact ?? ''} />
        </Field>
        <Field id="profile-passwords" label={r.passwords}>
          <select id="profile-passwords" name="passwords" defaultValue={release.passwords ?? ''}>
            <option value="">{p.notStated}</option>
            {PASSWORDS.map((w) => (
              <option key={w} value={w}>
                {p.passwords[w]}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="product-fieldset">
          <legend>{r.interfaces}</legend>
          <div className="product-checks">
            {INTERFACES.map((i) => (
              <label key={i} className="product-check">
                <input type="checkbox" name="interfaces" value={i} defaultChecked={release.interfaces?.includes(i) ?? false} /> {i}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="product-fieldset">
          <legend>{r.dataPractices}</legend>
          {practices.map((d, i) => (
            <fieldset key={i} className="product-fieldset">
              <legend>{`${r.dataPractices} ${i + 1}`}</legend>
              {(['data', 'purpose', 'sharedWith', 'retention', 'deletion'] as const).map((field) => (
                <Field key={field} id={`practice-${i}-${field}`} label={r.practice[field]}>
                  <input
                    id={`practice-${i}-${field}`}
                    type="text"
                    required={field === 'data' || field === 'purpose'}
                    value={field === 'sharedWith' ? d.sharedWith.join(', ') : (d[field] ?? '')}
                    onChange={(e) => change(i, field, e.target.value)}
                  />
                </Field>
              ))}
              <div>
                <button type="button" className="button" onClick={() => setPractices((list) => list.filter((_, j) => j !== i))}>
                  {p.remove}
                </button>
              </div>
            </fieldset>
          ))}
          <div>
            <button type="button" className="button" onClick={() => setPractices((list) => [...list, { data: '', purpose: '', sharedWith: [], retention: null, deletion: null }])}>
              {r.addPractice}
            </button>
          </div>
        </fieldset>
        <div>
          <button type="submit" className="button button--primary">
            {p.save}
          </button>
        </div>
        <FormResult result={result} />
      </form>
    </details>
  );
}
