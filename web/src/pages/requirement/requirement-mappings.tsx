import type { Requirement } from '../../api/types';

export function RequirementMappings(_props: { requirement: Requirement }) {
  return null;
}
