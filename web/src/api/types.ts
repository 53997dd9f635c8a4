// The shapes the API answers with, taken from the server's TypeBox schemas (types only: nothing of the server
// runs in the browser). When a schema changes, this file and every page using it stop type-checking.
import type { Static } from 'typebox';
import type {
  FrameworkDetailSchema,
  FrameworkPage as FrameworkPageSchema,
  FrameworkSchema,
  RequirementPage as RequirementPageSchema,
  RequirementSchema,
} from '../../../src/http/routes/frameworks/schema';

export type Framework = Static<typeof FrameworkSchema>;
export type FrameworkDetail = Static<typeof FrameworkDetailSchema>;
export type Requirement = Static<typeof RequirementSchema>;
export type FrameworkPage = Static<typeof FrameworkPageSchema>;
export type RequirementPage = Static<typeof RequirementPageSchema>;

export type Level = Requirement['level'];
export type FrameworkScope = Framework['scope'];
export type FrameworkLayer = Framework['layers'][number];
export type FrameworkStatus = Framework['status'];
export type FrameworkKind = Framework['kind'];
export type Verification = Requirement['verification'];
