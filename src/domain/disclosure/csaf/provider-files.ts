// The files of a CSAF 2.0 provider (section 7.1): provider-metadata.json, and a directory per TLP label holding
// index.txt (every advisory's path, requirement 14), changes.csv (path and last change, newest first,
// requirement 15) and the advisories at <year of initial release>/<file name> (requirements 5 and 11).
//
// The role stated is csaf_provider. A trusted provider must also sign each advisory with OpenPGP (requirement
// 19); the Platform publishes SHA-256 and SHA-512 hashes (requirement 18) but does not sign yet.

export interface PublishedAdvisoryFile {
  trackingId: string;
  initialReleaseDate: string;
  currentReleaseDate: string;
}

/** CSAF 2.0 section 5.1: the tracking id in lower case, anything outside [+-a-z0-9] as "_", then ".json". */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** The path below the TLP directory: "2026/iotspp-2026-0001.json". */
export function csafPath(a: Pick<PublishedAdvisoryFile, 'trackingId' | 'initialReleaseDate'>): string {
  return `${a.initialReleaseDate.slice(0, 4)}/${csafFileName(a.trackingId)}`;
}

export const CSAF_WELL_KNOWN = '/.well-known/csaf';
export const CSAF_WHITE_DIRECTORY = `${CSAF_WELL_KNOWN}/white`;

export function indexTxt(advisories: readonly PublishedAdvisoryFile[]): string {
  const paths = advisories.map(csafPath).sort();
  return paths.map((p) => `${p}\n`).join('');
}

export function changesCsv(advisories: readonly PublishedAdvisoryFile[]): string {
  const rows = [...advisories].sort((a, b) => b.currentReleaseDate.localeCompare(a.currentReleaseDate) || csafPath(a).localeCompare(csafPath(b)));
  return rows.map((a) => `"${csafPath(a)}","${a.currentReleaseDate}"\n`).join('');
}

export interface ProviderMetadataInput {
  publicUrl: string;
  publisher: { name: string; namespace: string; contactDetails: string };
  /** When an advisory was last published or revised; the clock's time when there is none. */
  lastUpdated: string;
}

export function providerMetadata(input: ProviderMetadataInput): Record<string, unknown> {
  return {
    canonical_url: `${input.publicUrl}${CSAF_WELL_KNOWN}/provider-metadata.json`,
    distributions: [{ directory_url: `${input.publicUrl}${CSAF_WHITE_DIRECTORY}/` }],
    last_updated: input.lastUpdated,
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    publisher: { category: 'coordinator', name: input.publisher.name, namespace: input.publisher.namespace, contact_details: input.publisher.contactDetails },
    role: 'csaf_provider',
  };
}
