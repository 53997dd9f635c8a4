// Every published-mapping format we can read, and the one entry point that picks the right adapter.
import { badPublication, type Publication, type RegistryView } from '../publication.js';
import type { PublishedFormat } from './format.js';
import { ukPstiDeemedCompliance } from './uk-psti.js';
import { dcmsUkCopV4 } from './dcms-uk-cop.js';
import { ocfSecurityBaselines } from './ocf-baselines.js';
import { ietfTopicClusters } from './ietf-topic-clusters.js';
import { owaspIotTop10 } from './owasp-iot-top10.js';
import { owaspIsvsAppendixB } from './owasp-isvs-appendix-b.js';
import { fiLabelEtsiSubset, labelMutualRecognition } from './label-recognition.js';

export type { PublishedFormat } from './format.js';

export const PUBLISHED_FORMATS: readonly PublishedFormat[] = [
  ukPstiDeemedCompliance,
  dcmsUkCopV4,
  ocfSecurityBaselines,
  ietfTopicClusters,
  owaspIotTop10,
  owaspIsvsAppendixB,
  labelMutualRecognition,
  fiLabelEtsiSubset,
];

export function supportedFormatsText(): string {
  return PUBLISHED_FORMATS.map((f) => `${f.id} (${f.title})`).join('; ');
}

/** The file's format, or an invalid_document error that lists the formats we read. */
export function detectFormat(file: unknown): PublishedFormat {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw badPublication(`a published mapping file is a JSON object; supported formats: ${supportedFormatsText()}`);
  }
  const format = PUBLISHED_FORMATS.find((f) => f.detect(file as Record<string, unknown>));
  if (!format) throw badPublication(`unknown published mapping format; supported formats: ${supportedFormatsText()}`);
  return format;
}

export function adaptPublishedMapping(file: unknown, registry: RegistryView): Publication {
  return detectFormat(file).adapt(file as Record<string, unknown>, registry);
}
