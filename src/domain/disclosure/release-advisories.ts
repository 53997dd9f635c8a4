// What published advisories say about one release, for its label page (issue 7): the advisories that name it
// as affected, whether each has a fixed release, and the release to update to. Releases come ordered oldest
// first; a later release is assumed to keep the fixes of earlier ones unless an advisory names it affected.

export interface ReleaseRef {
  id: string;
  version: string;
}

export interface PublishedAdvisoryFacts {
  trackingId: string;
  title: string;
  cve: string | null;
  baseScore: number;
  severity: string;
  url: string;
  publishedAt: string;
  affectedReleaseIds: readonly string[];
  fixedReleaseIds: readonly string[];
}

export const RELEASE_ADVISORY_STATUSES = ['not-affected', 'affected-fix-available', 'affected-no-fix'] as const;
export type ReleaseAdvisoryStatus = (typeof RELEASE_ADVISORY_STATUSES)[number];

export interface OpenAdvisory {
  advisory: PublishedAdvisoryFacts;
  /** The first release the advisory names as fixed; null when there is no fix. */
  fixedIn: ReleaseRef | null;
}

export interface ReleaseAdvisories {
  releaseId: string;
  status: ReleaseAdvisoryStatus;
  open: OpenAdvisory[];
  /** The earliest release that fixes every open advisory and is affected by none; null when there is none. */
  updateTo: ReleaseRef | null;
}

export function releaseAdvisories(releaseId: string, productReleases: readonly ReleaseRef[], advisories: readonly PublishedAdvisoryFacts[]): ReleaseAdvisories {
  const position = new Map(productReleases.map((r, i) => [r.id, i]));
  const open: OpenAdvisory[] = advisories
    .filter((a) => a.affectedReleaseIds.includes(releaseId))
    .map((advisory) => {
      const fixes = advisory.fixedReleaseIds.filter((id) => position.has(id)).sort((x, y) => position.get(x)! - position.get(y)!);
      return { advisory, fixedIn: fixes.length > 0 ? productReleases[position.get(fixes[0]!)!]! : null };
    })
    .sort((x, y) => y.advisory.baseScore - x.advisory.baseScore || x.advisory.trackingId.localeCompare(y.advisory.trackingId));
  if (open.length === 0) return { releaseId, status: 'not-affected', open, updateTo: null };
  if (open.some((o) => o.fixedIn === null)) return { releaseId, status: 'affected-no-fix', open, updateTo: null };

  const affectedAnywhere = new Set(advisories.flatMap((a) => a.affectedReleaseIds));
  const from = Math.max(...open.map((o) => position.get(o.fixedIn!.id)!));
  const updateTo = productReleases.slice(from).find((r) => !affectedAnywhere.has(r.id)) ?? null;
  return { releaseId, status: 'affected-fix-available', open, updateTo };
}
