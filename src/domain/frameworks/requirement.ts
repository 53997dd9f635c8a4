// A requirement is one numbered item of a framework, with its level and a summary in our own words.

export const LEVELS = [
  'mandatory',
  'recommended',
  'conditional-mandatory',
  'conditional-recommended',
  'informative',
] as const;
export type Level = (typeof LEVELS)[number];

export const VERIFICATIONS = ['verified', 'unverified'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export interface Requirement {
  frameworkId: string;
  /** The official id within its framework ("5.1-1", "Sch1-1", "AI.P1.2.a"). */
  id: string;
  title: string;
  /** Our own words, never the framework's normative text. */
  summary: string;
  level: Level;
  /** The clause or chapter it sits in, as the framework groups it. */
  group: string;
  tags: string[];
  /** Ids of the framework's conditions that decide whether a conditional requirement applies. */
  conditions: string[];
  /** Link to the requirement in its source, when more precise than the framework's source. */
  sourceUrl: string | null;
  /** The official citation when the id is ours ("Annex I, Part I, point (1)"). */
  officialRef: string | null;
  /** Whether the id, title and level were checked against the official text. */
  verification: Verification;
  verificationNote: string | null;
  /** Organisations a survey credits with the practice (Table 2 of seed 004), exactly as given. */
  organisations: string[];
  /** Footnote marks the source attaches to this requirement ("*", "**"). */
  footnotes: string[];
  /** Assurance or verification levels the requirement belongs to (OWASP ISVS L1/L2/L3). */
  assuranceLevels: string[];
  /** The parent requirement id when the framework nests them. */
  parentId: string | null;
  /** Position within the framework, for stable ordering. */
  position: number;
}

export function requirementKey(frameworkId: string, requirementId: string): string {
  return `${frameworkId}:${requirementId}`;
}

/** Splits "framework:requirement" at the first colon; null when there is none or either side is empty. */
export function parseRequirementKey(key: string): { frameworkId: string; requirementId: string } | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return { frameworkId: key.slice(0, at), requirementId: key.slice(at + 1) };
}
