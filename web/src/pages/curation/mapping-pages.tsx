// The stated mappings of a requirement, to edit or withdraw (/curation/mappings?from=FW:REQ), a new one
// (/curation/mappings/new?from=...) and one being edited (/curation/mappings/edit?id=...). A mapping is read
// from its source requirement's crosswalk, where it is stated from that side.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import type { CrosswalkAnswer, DirectMapping, Relationship } from '../../api/crosswalk-types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { RequirementLink } from '../../components/requirement-link';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';
import { accountPaths } from '../../session/account-paths';
import { send } from '../accounts/api';
import { Field, Submit, useSubmit } from '../accounts/parts';
import { CurationError, CuratorPage, DeleteButton } from './parts';
import { useCurationText } from './use-text';

const crosswalk = (from: string, signal: AbortSignal) => getJson<CrosswalkAnswer>(apiUrl('/api/crosswalk', { from }), signal);

export function MappingsPage() {
  const c = useCurationText();
  const from = new URLSearchParams(useSearch()).get('from') ?? '';
  const state = useApi(`crosswalk:${from}`, (signal) => crosswalk(from, signal));
  return (
    <CuratorPage title={c.mapping.listTitle(from)}>
      {() => (
        <>
          <PageHeading title={c.mapping.listTitle(from)} />
          <p className="lead">{c.mapping.intro}</p>
          <p>
            <Link href={paths.requirementKey(from)} lang="en">
              {from}
            </Link>
            {' · '}
            <Link href={accountPaths.newMapping(from)} className="button">
              {c.mapping.add}
            </Link>
          </p>
          <Async state={state}>{(answer) => <MappingList direct={answer.direct} />}</Async>
        </>
      )}
    </CuratorPage>
  );
}

function MappingList({ direct }: { direct: DirectMapping[] }) {
  const c = useCurationText();
  const { t } = useI18n();
  if (direct.length === 0) return <p>{c.mapping.none}</p>;
  return (
    <ul className="card-list account-cards" id="mapping-list">
      {direct.map((m) => (
        <li key={m.mappingId} className="card">
          <p>
            {t.relationshipNames[m.relationship]} · <RequirementLink requirementKey={m.requirement.key} frameworkName={m.requirement.frameworkName} title={m.requirement.title} />
          </p>
          <p className="hint">
            {c.mapping.strength}: {m.strength} · <span lang="en">{m.rationale}</span>
          </p>
          <Link href={accountPaths.editMapping(m.mappingId)}>{c.mapping.edit(`${m.requirement.frameworkName} ${m.requirement.id}`)}</Link>
        </li>
      ))}
    </ul>
  );
}

export function NewMappingPage() {
  const c = useCurationText();
  const from = new URLSearchParams(useSearch()).get('from') ?? '';
  return (
    <CuratorPage title={c.mapping.newTitle}>
      {() => <MappingForm source={from} mapping={null} />}
    </CuratorPage>
  );
}

export function EditMappingPage() {
  const c = useCurationText();
  const id = new URLSearchParams(useSearch()).get('id') ?? '';
  const source = id.split('->')[0] ?? '';
  const state = useApi(`mapping:${id}`, (signal) => crosswalk(source, signal).then((answer) => answer.direct.find((m) => m.mappingId === id && !m.statedFromOtherSide) ?? null));
  return (
    <CuratorPage title={c.mapping.editTitle}>
      {() => <Async state={state} pageLevel>{(m) => (m ? <MappingForm source={source} mapping={m} /> : <><PageHeading title={c.mapping.editTitle} /><p>{c.mapping.notFound}</p></>)}</Async>}
    </CuratorPage>
  );
}

const RELATIONSHIPS: Relationship[] = ['equivalent', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'];

function MappingForm({ source: initialSource, mapping: m }: { source: string; mapping: DirectMapping | null }) {
  const c = useCurationText();
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [source, setSource] = useState(initialSource);
  const [target, setTarget] = useState(m?.requirement.key ?? '');
  const [relationship, setRelationship] = useState<Relationship>(m?.relationship ?? 'equivalent');
  const [strength, setStrength] = useState(String(m?.strength ?? 7));
  const [rationale, setRationale] = useState(m?.rationale ?? '');
  const saving = useSubmit();
  const deleting = useSubmit();
  const back = () => navigate(accountPaths.mappings(source.trim()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = { relationship, strength: Number(strength), rationale: rationale.trim() };
    void saving.run(async () => {
      if (m) await send('PATCH', `/api/mappings/${encodeURIComponent(m.mappingId)}`, fields);
      else await send('POST', '/api/mappings', { source: source.trim(), target: target.trim(), ...fields });
      back();
    });
  };
  const remove = () =>
    void deleting.run(async () => {
      await send('DELETE', `/api/mappings/${encodeURIComponent(m!.mappingId)}`);
      back();
    });
  return (
    <>
      <PageHeading title={m ? c.mapping.editTitle : c.mapping.newTitle} />
      <form className="account-form curation-form" onSubmit={submit}>
        <Field id="map-source" label={c.mapping.source} hint={c.mapping.keyHint}>
          <input id="map-source" type="text" required readOnly={m !== null} spellCheck={false} pattern="[a-z0-9][a-z0-9\-]*:[^:\s][^:]*" aria-describedby="map-source-hint" value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
        <Field id="map-target" label={c.mapping.target} hint={c.mapping.keyHint}>
          <input id="map-target" type="text" required readOnly={m !== null} spellCheck={false} pattern="[a-z0-9][a-z0-9\-]*:[^:\s][^:]*" aria-describedby="map-target-hint" value={target} onChange={(e) => setTarget(e.target.value)} />
        </Field>
        <Field id="map-relationship" label={c.mapping.relationship}>
          <select id="map-relationship" value={relationship} onChange={(e) => setRelationship(e.target.value as Relationship)}>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t.relationshipNames[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="map-strength" label={c.mapping.strength} hint={c.mapping.strengthHint}>
          <input id="map-strength" type="number" required min={1} max={10} className="input--short" aria-describedby="map-strength-hint" value={strength} onChange={(e) => setStrength(e.target.value)} />
        </Field>
        <Field id="map-rationale" label={c.mapping.rationale} hint={c.mapping.rationaleHint}>
          <textarea id="map-rationale" lang="en" required rows={3} maxLength={2000} aria-describedby="map-rationale-hint" value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </Field>
        <CurationError error={saving.error} />
        <Submit busy={saving.busy} label={m ? c.mapping.save : c.mapping.create} />
      </form>
      {m ? (
        <section className="account-section account-section--danger" aria-label={c.mapping.delete}>
          <CurationError error={deleting.error} />
          <DeleteButton label={c.mapping.delete} busy={deleting.busy} onConfirm={remove} />
        </section>
      ) : null}
    </>
  );
}
