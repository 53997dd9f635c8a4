// Strict parsing of CVSS v3.1 and v4.0 vector strings (FIRST specifications). A case's score is always computed
// from its vector, never typed, so the vector must be complete and unambiguous: every base metric exactly once,
// only known metrics and values, no duplicates. The parsed vector is re-written in the specification's metric
// order, without the "X" (Not Defined) values that change nothing, so equal vectors compare equal.

export const CVSS_VERSIONS = ['3.1', '4.0'] as const;
export type CvssVersion = (typeof CVSS_VERSIONS)[number];

interface MetricSpec {
  key: string;
  values: readonly string[];
  base: boolean;
}

function m(key: string, values: string, base = false): MetricSpec {
  return { key, values: values.split(' '), base };
}

// The order is the specification's; it is also the order of the canonical vector string.
const V31: readonly MetricSpec[] = [
  m('AV', 'N A L P', true), m('AC', 'L H', true), m('PR', 'N L H', true), m('UI', 'N R', true), m('S', 'U C', true),
  m('C', 'H L N', true), m('I', 'H L N', true), m('A', 'H L N', true),
  m('E', 'X U P F H'), m('RL', 'X O T W U'), m('RC', 'X U R C'),
  m('CR', 'X L M H'), m('IR', 'X L M H'), m('AR', 'X L M H'),
  m('MAV', 'X N A L P'), m('MAC', 'X L H'), m('MPR', 'X N L H'), m('MUI', 'X N R'), m('MS', 'X U C'),
  m('MC', 'X N L H'), m('MI', 'X N L H'), m('MA', 'X N L H'),
];

const V40: readonly MetricSpec[] = [
  m('AV', 'N A L P', true), m('AC', 'L H', true), m('AT', 'N P', true), m('PR', 'N L H', true), m('UI', 'N P A', true),
  m('VC', 'H L N', true), m('VI', 'H L N', true), m('VA', 'H L N', true),
  m('SC', 'H L N', true), m('SI', 'H L N', true), m('SA', 'H L N', true),
  m('E', 'X A P U'),
  m('CR', 'X H M L'), m('IR', 'X H M L'), m('AR', 'X H M L'),
  m('MAV', 'X N A L P'), m('MAC', 'X L H'), m('MAT', 'X N P'), m('MPR', 'X N L H'), m('MUI', 'X N P A'),
  m('MVC', 'X H L N'), m('MVI', 'X H L N'), m('MVA', 'X H L N'), m('MSC', 'X H L N'), m('MSI', 'X S H L N'), m('MSA', 'X S H L N'),
  m('S', 'X N P'), m('AU', 'X N Y'), m('R', 'X A U I'), m('V', 'X D C'), m('RE', 'X L M H'), m('U', 'X Clear Green Amber Red'),
];

const SPECS: Record<CvssVersion, readonly MetricSpec[]> = { '3.1': V31, '4.0': V40 };

export interface CvssVector {
  version: CvssVersion;
  /** Metric values by key; metrics that were absent or "X" read as "X". */
  metrics: Readonly<Record<string, string>>;
  /** The canonical vector string. */
  vector: string;
}

export type CvssParse = { ok: true; value: CvssVector } | { ok: false; error: string };

export function parseCvssVector(input: string): CvssParse {
  const text = input.trim();
  const match = /^CVSS:(3\.1|4\.0)\/(.+)$/.exec(text);
  if (!match) return { ok: false, error: 'A vector starts with "CVSS:3.1/" or "CVSS:4.0/" (other versions are not accepted).' };
  const version = match[1] as CvssVersion;
  const specs = SPECS[version];
  const given = new Map<string, string>();
  for (const part of match[2]!.split('/')) {
    const [key, value, extra] = part.split(':');
    if (!key || value === undefined || extra !== undefined) return { ok: false, error: `"${part}" is not a metric (KEY:VALUE).` };
    const spec = specs.find((s) => s.key === key);
    if (!spec) return { ok: false, error: `CVSS ${version} has no metric "${key}".` };
    if (!spec.values.includes(value)) return { ok: false, error: `${key} cannot be "${value}" (one of ${spec.values.join(', ')}).` };
    if (given.has(key)) return { ok: false, error: `${key} is given twice.` };
    given.set(key, value);
  }
  const missing = specs.filter((s) => s.base && !given.has(s.key)).map((s) => s.key);
  if (missing.length > 0) return { ok: false, error: `Base metrics missing: ${missing.join(', ')}.` };
  const metrics: Record<string, string> = {};
  const parts: string[] = [];
  for (const s of specs) {
    const value = given.get(s.key) ?? 'X';
    metrics[s.key] = value;
    if (value !== 'X') parts.push(`${s.key}:${value}`);
  }
  return { ok: true, value: { version, metrics, vector: `CVSS:${version}/${parts.join('/')}` } };
}

export const CVSS_SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type CvssSeverity = (typeof CVSS_SEVERITIES)[number];

/** The qualitative rating of a score; the same bands in v3.1 and v4.0. */
export function severityOf(score: number): CvssSeverity {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
