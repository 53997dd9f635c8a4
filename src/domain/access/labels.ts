// Who may issue and withdraw labels. Labels are public once issued (the page, the JSON, the registry and the
// key set are read by anyone); issuing one publishes facts about a product that is otherwise private to its
// manufacturer, so only that manufacturer's editors may do it. Withdrawal is the Platform's sanction on a
// label (an untrue claim, an unfixed vulnerability...): administrators only, always with a reason.
import { hasRole, type Actor } from './actor.js';

export const LABEL_ACTIONS = ['labels.issue', 'labels.withdraw'] as const;
export type LabelAction = (typeof LABEL_ACTIONS)[number];

/** The release a label is issued for: whose product it is. */
export interface LabelReleaseResource {
  organisationId: string;
}

export function canLabels(actor: Actor, action: LabelAction, resource?: unknown): boolean {
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'labels.issue': {
      // Without the release, the route only asks whether this actor may issue labels for some product.
      const r = resource as LabelReleaseResource | undefined;
      return hasRole(actor, 'manufacturer-editor') && actor.organisationId !== null && (r === undefined || r.organisationId === actor.organisationId);
    }
    case 'labels.withdraw':
      return hasRole(actor, 'administrator');
  }
}
