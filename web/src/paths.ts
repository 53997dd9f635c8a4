// Every page's address, built in one place so links and tests agree on them.
const seg = encodeURIComponent;

export const paths = {
  home: () => '/',
  frameworks: () => '/frameworks',
  framework: (id: string) => `/frameworks/${seg(id)}`,
  requirement: (frameworkId: string, requirementId: string) => `/frameworks/${seg(frameworkId)}/requirements/${seg(requirementId)}`,
  /** A requirement key "framework:requirement" (requirement ids may themselves contain colons). */
  requirementKey: (key: string) => {
    const at = key.indexOf(':');
    return at < 0 ? '/frameworks' : paths.requirement(key.slice(0, at), key.slice(at + 1));
  },
  compare: (a?: string, b?: string) => (a && b ? `/compare?a=${seg(a)}&b=${seg(b)}` : '/compare'),
  consensus: () => '/consensus',
  search: (q?: string) => (q ? `/search?q=${seg(q)}` : '/search'),
  // Governance of the Platform (issue 8).
  members: () => '/members',
  statements: () => '/statements',
  statement: (id: string) => `/statements/${seg(id)}`,
  governance: () => '/governance',
  proposal: (id: string) => `/governance/proposals/${seg(id)}`,
  apply: () => '/governance/apply',
  sigs: () => '/governance/sigs',
  sig: (id: string) => `/governance/sigs/${seg(id)}`,
};

/** Route parameters may still hold escapes the router leaves alone (%2F, %3A...). */
export function decodeParam(value: string | undefined): string {
  if (value === undefined) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** "etsi-en-303-645:5.1-1" -> ["etsi-en-303-645", "5.1-1"]. */
export function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? ['', key] : [key.slice(0, at), key.slice(at + 1)];
}
