// /curation/frameworks/:id/requirements/:requirementId (edit) and .../requirements/new: a requirement in the
// catalog format. Replacing keeps the fields this form does not show (conditions, footnotes...) as they were;
// saving goes to the requirement's page, where the change shows, and into the history.
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'wouter';
import { getJson } from '../../api/client';
import { LEVELS } from '../../api/enums';
import type { FrameworkDetail, Level, Requirement } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { decodeParam, paths } from '../../paths';
import { send } from '../accounts/api';
import { Field, Submit, useSubmit } from '../accounts/parts';
import { CurationError, CuratorPage, DeleteButton, listFrom, orNull } from './parts';
import { useCurationText } from './use-text';

export function RequirementFormPage() {
  const c = useCurationText();
  const params = useParams<{ id: string; requirementId?: string }>();
  const frameworkId = decodeParam(params.id);
  const requirementId = params.requirementId === undefined ? null : decodeParam(params.requirementId);
  const base = `/api/frameworks/${encodeURIComponent(frameworkId)}`;
  const state = useApi(`${base}:${requirementId}`, (signal) =>
    Promise.all([getJson<FrameworkDetail>(base, signal), requirementId === null ? Promise.resolve(null) : getJson<Requirement>(`${base}/requirements/${encodeURIComponent(requirementId)}`, signal)]),
  );
  return (
    <CuratorPage title={requirementId === null ? c.requirement.newTitle(frameworkId) : c.requirement.editTitle(`${frameworkId} ${requirementId}`)}>
      {() => <Async state={state} pageLevel>{([framework, requirement]) => <RequirementForm framework={framework} requirement={requirement} />}</Async>}
    </CuratorPage>
  );
}

function RequirementForm({ framework, requirement: r }: { framework: FrameworkDetail; requirement: Requirement | null }) {
  const c = useCurationText();
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [id, setId] = useState(r?.id ?? '');
  const [title, setTitle] = useState(r?.title ?? '');
  const [summary, setSummary] = useState(r?.summary ?? '');
  const [level, setLevel] = useState<Level>(r?.level ?? 'mandatory');
  const [group, setGroup] = useState(r?.group ?? '');
  const [tags, setTags] = useState(r?.tags.join(', ') ?? '');
  const [officialRef, setOfficialRef] = useState(r?.officialRef ?? '');
  const [sourceUrl, setSourceUrl] = useState(r?.sourceUrl ?? '');
  const saving = useSubmit();
  const deleting = useSubmit();
  const url = `/api/frameworks/${encodeURIComponent(framework.id)}/requirements`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      // What this form does not show is sent back as it was, since a replacement replaces every field.
      ...(r ? { conditions: r.conditions, verification: r.verification, verificationNote: r.verificationNote, organisations: r.organisations, footnotes: r.footnotes, assuranceLevels: r.assuranceLevels, parentId: r.parentId } : {}),
      title: title.trim(),
      summary: summary.trim(),
      level,
      group: group.trim(),
      tags: listFrom(tags),
      officialRef: orNull(officialRef),
      sourceUrl: orNull(sourceUrl),
    };
    void saving.run(async () => {
      const saved = r
        ? await send<Requirement>('PUT', `${url}/${encodeURIComponent(r.id)}`, body)
        : await send<Requirement>('POST', url, { ...body, id: id.trim() });
      navigate(paths.requirement(saved.frameworkId, saved.id));
    });
  };
  const remove = () =>
    void deleting.run(async () => {
      await send('DELETE', `${url}/${encodeURIComponent(r!.id)}`);
      navigate(paths.framework(framework.id));
    });
  const name = r ? `${framework.shortName} ${r.id}` : framework.shortName;
  return (
    <>
      <PageHeading title={r ? c.requirement.editTitle(name) : c.requirement.newTitle(name)} />
      <form className="account-form curation-form" onSubmit={submit}>
        {r ? null : (
          <Field id="req-id" label={c.requirement.id} hint={c.requirement.idHint}>
            <input id="req-id" type="text" required pattern="[^:\s][^:]*" maxLength={100} aria-describedby="req-id-hint" value={id} onChange={(e) => setId(e.target.value)} />
          </Field>
        )}
        <Field id="req-title" label={c.requirement.title}>
          <input id="req-title" type="text" lang="en" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field id="req-summary" label={c.requirement.summary}>
          <textarea id="req-summary" lang="en" required rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </Field>
        <Field id="req-level" label={c.requirement.level}>
          <select id="req-level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t.levels[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="req-group" label={c.requirement.group}>
          <input id="req-group" type="text" lang="en" required list="req-groups" value={group} onChange={(e) => setGroup(e.target.value)} />
          <datalist id="req-groups">
            {framework.groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </Field>
        <Field id="req-tags" label={c.requirement.tags} hint={c.requirement.tagsHint}>
          <input id="req-tags" type="text" lang="en" aria-describedby="req-tags-hint" value={tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
        <Field id="req-ref" label={c.requirement.officialRef}>
          <input id="req-ref" type="text" lang="en" value={officialRef} onChange={(e) => setOfficialRef(e.target.value)} />
        </Field>
        <Field id="req-source" label={c.requirement.sourceUrl} hint={c.requirement.sourceUrlHint}>
          <input id="req-source" type="url" pattern="https?://.*" aria-describedby="req-source-hint" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} />
        </Field>
        <CurationError error={saving.error} />
        <Submit busy={saving.busy} label={r ? c.requirement.save : c.requirement.create} />
      </form>
      {r ? (
        <section className="account-section account-section--danger" aria-label={c.requirement.delete}>
          <CurationError error={deleting.error} />
          <DeleteButton label={c.requirement.delete} busy={deleting.busy} onConfirm={remove} />
        </section>
      ) : null}
    </>
  );
}
