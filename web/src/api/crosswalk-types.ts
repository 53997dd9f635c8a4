// PROVISIONAL: the crosswalk answers as the domain shapes them, until the HTTP schemas land.
export type {
  GapReport,
  GapEntry,
  GapCounterpart,
  GapStatus,
} from '../../../src/domain/crosswalk/gaps';
export type { CrosswalkPath, PathHop, PathRelationship } from '../../../src/domain/crosswalk/path';
export type { Relationship } from '../../../src/domain/crosswalk/relationship';

export interface Stats {
  frameworks: number;
  requirements: number;
  mappings: number;
  countries: number;
}
