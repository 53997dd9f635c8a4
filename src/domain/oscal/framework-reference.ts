// How a mapping collection names the catalogs it maps. Our exports use a URN, "urn:iotspp:framework:<id>":
// absolute and self-describing, where a bare "#id" would claim a back-matter resource that does not exist.
// On import we also accept "#<framework-id>" (the form of our hand-made fixture), and the caller may name
// the framework behind any other href.

const URN_PREFIX = 'urn:iotspp:framework:';
const FRAMEWORK_ID = /^[a-z0-9][a-z0-9-]*$/;

export function frameworkHref(frameworkId: string): string {
  return `${URN_PREFIX}${frameworkId}`;
}

export interface FrameworkReference {
  frameworkId: string;
  /** True when the href names one of our catalogs, whose control ids are escaped requirement ids. */
  ours: boolean;
}

export function frameworkFromHref(
  href: string,
  frameworkIdForHref?: (href: string) => string | null,
): FrameworkReference | null {
  if (href.startsWith(URN_PREFIX) && FRAMEWORK_ID.test(href.slice(URN_PREFIX.length))) {
    return { frameworkId: href.slice(URN_PREFIX.length), ours: true };
  }
  if (href.startsWith('#') && FRAMEWORK_ID.test(href.slice(1))) return { frameworkId: href.slice(1), ours: false };
  const named = frameworkIdForHref?.(href) ?? null;
  return named === null ? null : { frameworkId: named, ours: false };
}
