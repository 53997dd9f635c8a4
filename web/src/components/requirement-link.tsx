// A requirement named the way people quote it ("ETSI EN 303 645 5.1-1"), linking to its page.
import { Link } from 'wouter';
import { paths, splitKey } from '../paths';

export function RequirementLink({
  requirementKey,
  frameworkName,
  title,
}: {
  requirementKey: string;
  /** Shown before the id; null shows the id alone (when the framework is plain from the context). */
  frameworkName?: string | null;
  title?: string | null;
}) {
  const [frameworkId, requirementId] = splitKey(requirementKey);
  return (
    <Link href={paths.requirement(frameworkId, requirementId)} className="requirement-link">
      <span lang="en">
        {frameworkName === null ? requirementId : `${frameworkName ?? frameworkId} ${requirementId}`}
      </span>
      {title ? (
        <>
          {' '}
          <span className="requirement-link__title" lang="en">
            {title}
          </span>
        </>
      ) : null}
    </Link>
  );
}
