// On a framework's or a requirement's page: its history of changes for everyone, and the curation forms for
// those who may change the registry (curators and administrators).
import { Link } from 'wouter';
import { accountPaths } from './account-paths';
import { mayCurate, useSession } from './session';
import { useSessionText } from './session-text';

export function CurationLinks({ frameworkId, requirementId }: { frameworkId: string; requirementId?: string }) {
  const s = useSessionText();
  const { info } = useSession();
  const key = requirementId === undefined ? null : `${frameworkId}:${requirementId}`;
  const curator = mayCurate(info);
  return (
    <nav className="curation-links" aria-label={s.registryTools}>
      <ul className="curation-links__list">
        <li>
          <Link href={accountPaths.history(key === null ? { framework: frameworkId } : { entity: `requirement:${key}` })}>{s.history}</Link>
        </li>
        {curator && key === null ? (
          <>
            <li>
              <Link href={accountPaths.editFramework(frameworkId)}>{s.editFramework}</Link>
            </li>
            <li>
              <Link href={accountPaths.newRequirement(frameworkId)}>{s.newRequirement}</Link>
            </li>
          </>
        ) : null}
        {curator && key !== null && requirementId !== undefined ? (
          <>
            <li>
              <Link href={accountPaths.editRequirement(frameworkId, requirementId)}>{s.editRequirement}</Link>
            </li>
            <li>
              <Link href={accountPaths.mappings(key)}>{s.mappings}</Link>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
