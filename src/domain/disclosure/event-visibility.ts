// Who sees an entry of a case's timeline: everyone on the case (the reporter included), or only the
// manufacturer's PSIRT and the coordinators (internal notes).
export const EVENT_VISIBILITIES = ['all', 'internal'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];
