// A path in words, in the interface language, built from its hops so that every requirement it names is a link:
// "ETSI EN 303 645 5.1-1 is equivalent to Platform baseline B-AUTH-1, which includes (superset of) UK PSTI
// Sch1-1. So ...". The server's English sentence is the same text; building it here lets it be translated.
import { Fragment } from 'react';
import type { ExplainedPath } from '../api/crosswalk-types';
import { useI18n } from '../i18n/i18n-context';
import { RequirementLink } from './requirement-link';

type Named = ExplainedPath['hops'][number]['from'];

function Named({ r, link }: { r: Named; link: boolean }) {
  return link ? <RequirementLink requirementKey={r.key} frameworkName={r.frameworkName} /> : <span lang="en">{r.label}</span>;
}

export function PathExplanation({ path, linkFirst = false }: { path: ExplainedPath; linkFirst?: boolean }) {
  const { t } = useI18n();
  const first = path.hops[0]?.from;
  const last = path.hops[path.hops.length - 1]?.to;
  if (!first || !last) return null;
  return (
    <>
      <p className="path-sentence">
        <Named r={first} link={linkFirst} />
        {path.hops.map((hop, i) => (
          <Fragment key={i}>
            {i === 0 ? ' ' : `, ${t.requirement.which} `}
            {t.relationships[hop.relationship]} <Named r={hop.to} link />
          </Fragment>
        ))}
        .
      </p>
      {path.hops.length > 1 ? (
        <p className="path-conclusion">
          {/* The translation decides the word order; markers stand in for the two requirements, then become links. */}
          {t.requirement.so('\u0000', t.relationships[path.relationship], '\u0001')
            .split(/(\u0000|\u0001)/)
            .map((part, i) =>
              part === '\u0000' ? <Named key={i} r={first} link={linkFirst} /> : part === '\u0001' ? <Named key={i} r={last} link /> : <Fragment key={i}>{part}</Fragment>,
            )}
        </p>
      ) : null}
    </>
  );
}
