// The crosswalk's answers (mappings, gaps, coverage, consensus, figures), from the server's TypeBox schemas:
// types only, nothing of the server runs in the browser.
import type { Static } from 'typebox';
import type {
  ConsensusAnswerSchema,
  CoverageAnswerSchema,
  CrosswalkAnswerSchema,
  ExplainedPathSchema,
  GapsAnswerSchema,
  RequirementRefSchema,
  StatsSchema,
} from '../../../src/http/routes/crosswalk/schema';

export type CrosswalkAnswer = Static<typeof CrosswalkAnswerSchema>;
export type DirectMapping = CrosswalkAnswer['direct'][number];
export type InferredMapping = CrosswalkAnswer['inferred'][number];
export type ExplainedPath = Static<typeof ExplainedPathSchema>;
export type ExplainedHop = ExplainedPath['hops'][number];
export type RequirementRef = Static<typeof RequirementRefSchema>;
export type Relationship = DirectMapping['relationship'];
export type PathRelationship = ExplainedPath['relationship'];

export type GapsAnswer = Static<typeof GapsAnswerSchema>;
export type GapEntry = GapsAnswer['requirements'][number];
export type GapCounterpart = GapEntry['counterparts'][number];
export type GapStatus = GapEntry['status'];
export type GapSummary = GapsAnswer['summary'];

export type CoverageAnswer = Static<typeof CoverageAnswerSchema>;
export type ItemCoverage = CoverageAnswer['items'][number];
export type ConsensusAnswer = Static<typeof ConsensusAnswerSchema>;
export type ItemConsensus = ConsensusAnswer['items'][number];
export type Stats = Static<typeof StatsSchema>;
