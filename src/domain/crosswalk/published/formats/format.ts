// What every published-mapping format provides: a way to recognise its files and an adapter to pairs.
import { requirementKey } from '../../../frameworks/requirement.js';
import type { OutOfScopeReason, Publication, RegistryView } from '../publication.js';

export interface PublishedFormat {
  /** Stable id, shown in reports and error messages ("uk-psti-deemed-compliance"). */
  id: string;
  /** The publication in words. */
  title: string;
  /** True when a parsed file is in this format (files carry no format field, so shape and provenance decide). */
  detect(file: Record<string, unknown>): boolean;
  adapt(file: Record<string, unknown>, registry: RegistryView): Publication;
}

export type Resolved = { key: string } | { reason: OutOfScopeReason };

/** A framework id and a requirement id to a registry key, or why not. */
export function resolveKey(registry: RegistryView, frameworkId: string | null, requirementId: string): Resolved {
  if (frameworkId === null || !registry.hasFramework(frameworkId)) return { reason: 'framework-not-in-registry' };
  const key = requirementKey(frameworkId, requirementId);
  return registry.requirement(key) ? { key } : { reason: 'requirement-not-in-registry' };
}

export function provenanceOf(file: Record<string, unknown>): unknown {
  return file.provenance ?? null;
}

/** A publication with the fields every format fills the same way. */
export function publicationOf(
  format: Pick<PublishedFormat, 'id' | 'title'>,
  file: Record<string, unknown>,
  fields: Omit<Publication, 'format' | 'title' | 'provenance'>,
): Publication {
  return { format: format.id, title: format.title, provenance: provenanceOf(file), ...fields };
}
