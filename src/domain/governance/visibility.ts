// Who may see what. Everything the Platform keeps about its own work carries one of three visibilities:
// public; members and expert advisors; governments only (seed 000: some officials will only speak without
// industry and other stakeholders present). Visibility follows from who the viewer is on the Platform (the
// organisation's membership and type, an admitted advisor), never from a role an administrator can grant:
// an administrator is not a member, and the expert-advisor role alone admits nobody to the Group.

export const VISIBILITIES = ['public', 'members-and-advisors', 'governments-only'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What the rules need to know about whoever is looking, loaded once per request. */
export interface Viewer {
  /** Null for the anonymous public. */
  userId: string | null;
  organisationId: string | null;
  /** The organisation's type (government-agency, manufacturer...), null without an organisation. */
  organisationType: string | null;
  /** The viewer's organisation is a current member of the Platform. */
  member: boolean;
  /** The viewer is an admitted (current) expert advisor. */
  advisor: boolean;
  /** The viewer holds the member-representative role (votes and proposes for a member organisation). */
  representative: boolean;
  administrator: boolean;
}

export const PUBLIC_VIEWER: Viewer = {
  userId: null,
  organisationId: null,
  organisationType: null,
  member: false,
  advisor: false,
  representative: false,
  administrator: false,
};

/** A government member: the only audience of governments-only content. */
export function isGovernmentMember(viewer: Viewer): boolean {
  return viewer.member && viewer.organisationType === 'government-agency';
}

export function canSee(viewer: Viewer, visibility: Visibility): boolean {
  switch (visibility) {
    case 'public':
      return true;
    case 'members-and-advisors':
      return viewer.member || viewer.advisor;
    case 'governments-only':
      return isGovernmentMember(viewer);
  }
}

/** Whether an organisation of this type, once a member, belongs to the audience of a visibility. */
export function audienceIncludes(visibility: Visibility, organisationType: string): boolean {
  return visibility !== 'governments-only' || organisationType === 'government-agency';
}

/** A member acts for the Platform (proposes, votes) only through a representative of a member organisation. */
export function actsForMember(viewer: Viewer): boolean {
  return viewer.member && viewer.representative && viewer.organisationId !== null;
}

/** Who takes part in discussions (comments) of content with this visibility: its audience, once signed in. */
export function canDiscuss(viewer: Viewer, visibility: Visibility): boolean {
  return viewer.userId !== null && (viewer.member || viewer.advisor) && canSee(viewer, visibility);
}

export function isVisibility(value: string): value is Visibility {
  return (VISIBILITIES as readonly string[]).includes(value);
}
