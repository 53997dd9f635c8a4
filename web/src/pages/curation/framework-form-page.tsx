// /curation/frameworks/new and /curation/frameworks/:id: a framework's facts in the catalog format. A new
// framework starts without requirements (they are added one by one, or imported); editing sends the facts this
// form shows and leaves its conditions and notes as they are.
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'wouter';
import { getJson } from '../../api/client';
import { KINDS, LAYERS, SCOPES, STATUSES } from '../../api/enums';
import type { FrameworkDetail, FrameworkKind, FrameworkLayer, FrameworkScope, FrameworkStatus } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { decodeParam, paths } from '../../paths';
import { send } from '../accounts/api';
import { Field, Submit, useSubmit } from '../accounts/parts';
import { CurationError, CuratorPage, DeleteButton, listFrom, orNull } from './parts';
import { useCurationText } from './use-text';

type Stage = FrameworkDetail['development']['stage'];

export function FrameworkFormPage() {
  const c = useCurationText();
  const raw = useParams<{ id?: string }>().id;
  const id = raw === undefined ? null : decodeParam(raw);
  const url = `/api/frameworks/${encodeURIComponent(id ?? '')}`;
  const state = useApi(id === null ? 'new-framework' : url, (signal) => (id === null ? Promise.resolve(null) : getJson<FrameworkDetail>(url, signal)));
  return (
    <CuratorPage title={id === null ? c.framework.newTitle : c.framework.editTitle(id)}>
      {() => <Async state={state} pageLevel>{(f) => <FrameworkForm framework={f} />}</Async>}
    </CuratorPage>
  );
}

function FrameworkForm({ framework: f }: { framework: FrameworkDetail | null }) {
  const c = useCurationText();
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [v, setV] = useState({
    id: f?.id ?? '',
    title: f?.title ?? '',
    shortName: f?.shortName ?? '',
    version: f?.version ?? '',
    kind: f?.kind ?? ('standard' as FrameworkKind),
    issuer: f?.issuer ?? '',
    organisation: f?.organisation ?? '',
    jurisdictions: f?.jurisdictions.join(' ') ?? '',
    publicationDate: f?.publicationDate ?? '',
    status: f?.status ?? ('in-force' as FrameworkStatus),
    scope: f?.scope ?? ('consumer' as FrameworkScope),
    layers: f?.layers ?? (['device'] as FrameworkLayer[]),
    sourceUrl: f?.sourceUrl ?? '',
    summary: f?.summary ?? '',
    stage: f?.development.stage ?? ('developed' as Stage),
    multistakeholder: f?.development.multistakeholder === undefined || f.development.multistakeholder === null ? '' : String(f.development.multistakeholder),
    licence: f?.licence.name ?? '',
    licenceUrl: f?.licence.url ?? '',
  });
  const set = <K extends keyof typeof v>(key: K) => (value: (typeof v)[K]) => setV((now) => ({ ...now, [key]: value }));
  const saving = useSubmit();
  const deleting = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const facts = {
      title: v.title.trim(),
      shortName: v.shortName.trim(),
      version: v.version.trim(),
      kind: v.kind,
      issuer: v.issuer.trim(),
      organisation: v.organisation.trim(),
      jurisdictions: listFrom(v.jurisdictions.toUpperCase(), /[\s,]+/),
      publicationDate: orNull(v.publicationDate),
      status: v.status,
      scope: v.scope,
      layers: v.layers,
      sourceUrl: v.sourceUrl.trim(),
      summary: v.summary.trim(),
      development: { stage: v.stage, multistakeholder: v.multistakeholder === '' ? null : v.multistakeholder === 'true', note: f?.development.note ?? null },
      licence: { name: v.licence.trim(), url: orNull(v.licenceUrl), note: f?.licence.note ?? null },
    };
    void saving.run(async () => {
      if (f) await send('PATCH', `/api/frameworks/${encodeURIComponent(f.id)}`, facts);
      else await send('POST', '/api/frameworks', { framework: { id: v.id.trim(), ...facts }, requirements: [] });
      navigate(paths.framework(f?.id ?? v.id.trim()));
    });
  };
  const remove = () =>
    void deleting.run(async () => {
      await send('DELETE', `/api/frameworks/${encodeURIComponent(f!.id)}`);
      navigate(paths.frameworks());
    });
  const text = (key: 'title' | 'shortName' | 'version' | 'issuer' | 'organisation', label: string) => (
    <Field id={`fw-${key}`} label={label}>
      <input id={`fw-${key}`} type="text" lang="en" required value={v[key]} onChange={(e) => set(key)(e.target.value)} />
    </Field>
  );
  const choice = <K extends 'kind' | 'status' | 'scope'>(key: K, label: string, values: readonly string[], names: Record<string, string>) => (
    <Field id={`fw-${key}`} label={label} wide={false}>
      <select id={`fw-${key}`} value={v[key]} onChange={(e) => set(key)(e.target.value as (typeof v)[K])}>
        {values.map((x) => (
          <option key={x} value={x}>
            {names[x]}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <>
      <PageHeading title={f ? c.framework.editTitle(f.shortName) : c.framework.newTitle} />
      <form className="account-form curation-form" onSubmit={submit}>
        {f ? null : (
          <Field id="fw-id" label={c.framework.id} hint={c.framework.idHint}>
            <input id="fw-id" type="text" required pattern="[a-z0-9][a-z0-9\-]*" maxLength={100} aria-describedby="fw-id-hint" value={v.id} onChange={(e) => set('id')(e.target.value)} />
          </Field>
        )}
        {text('title', c.framework.title)}
        {text('shortName', c.framework.shortName)}
        {text('version', c.framework.version)}
        <div className="curation-form__row">
          {choice('kind', c.framework.kind, KINDS, t.kinds)}
          {choice('status', c.framework.status, STATUSES, t.statuses)}
          {choice('scope', c.framework.scope, SCOPES, t.scopes)}
        </div>
        {text('issuer', c.framework.issuer)}
        {text('organisation', c.framework.organisation)}
        <Field id="fw-jurisdictions" label={c.framework.jurisdictions} hint={c.framework.jurisdictionsHint}>
          <input id="fw-jurisdictions" type="text" required aria-describedby="fw-jurisdictions-hint" value={v.jurisdictions} onChange={(e) => set('jurisdictions')(e.target.value)} />
        </Field>
        <Field id="fw-date" label={c.framework.publicationDate} hint={c.framework.publicationDateHint}>
          <input id="fw-date" type="text" pattern="\d{4}(-\d{2}(-\d{2})?)?" className="input--short" aria-describedby="fw-date-hint" value={v.publicationDate} onChange={(e) => set('publicationDate')(e.target.value)} />
        </Field>
        <fieldset className="account-fieldset">
          <legend>{c.framework.layers}</legend>
          {LAYERS.map((l) => (
            <label key={l} className="check">
              <input type="checkbox" checked={v.layers.includes(l)} onChange={(e) => set('layers')(e.target.checked ? [...v.layers, l] : v.layers.filter((x) => x !== l))} /> {t.layers[l]}
            </label>
          ))}
        </fieldset>
        <Field id="fw-source" label={c.framework.sourceUrl} hint={c.framework.sourceUrlHint}>
          <input id="fw-source" type="url" required pattern="https?://.*" aria-describedby="fw-source-hint" value={v.sourceUrl} onChange={(e) => set('sourceUrl')(e.target.value)} />
        </Field>
        <Field id="fw-summary" label={c.framework.summary}>
          <textarea id="fw-summary" lang="en" required rows={5} value={v.summary} onChange={(e) => set('summary')(e.target.value)} />
        </Field>
        <div className="curation-form__row">
          <Field id="fw-stage" label={c.framework.stage} wide={false}>
            <select id="fw-stage" value={v.stage} onChange={(e) => set('stage')(e.target.value as Stage)}>
              {(['developed', 'in-development'] as const).map((s) => (
                <option key={s} value={s}>
                  {c.framework.stages[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="fw-multi" label={c.framework.multistakeholder} wide={false}>
            <select id="fw-multi" value={v.multistakeholder} onChange={(e) => set('multistakeholder')(e.target.value)}>
              <option value="">{c.framework.unknown}</option>
              <option value="true">{c.framework.yes}</option>
              <option value="false">{c.framework.no}</option>
            </select>
          </Field>
        </div>
        <Field id="fw-licence" label={c.framework.licence}>
          <input id="fw-licence" type="text" lang="en" required value={v.licence} onChange={(e) => set('licence')(e.target.value)} />
        </Field>
        <Field id="fw-licence-url" label={c.framework.licenceUrl}>
          <input id="fw-licence-url" type="url" pattern="https?://.*" value={v.licenceUrl} onChange={(e) => set('licenceUrl')(e.target.value)} />
        </Field>
        <CurationError error={saving.error} />
        <Submit busy={saving.busy} label={f ? c.framework.save : c.framework.create} />
      </form>
      {f ? (
        <section className="account-section account-section--danger" aria-label={c.framework.delete}>
          <CurationError error={deleting.error} />
          <DeleteButton label={c.framework.delete} busy={deleting.busy} onConfirm={remove} />
        </section>
      ) : null}
    </>
  );
}
