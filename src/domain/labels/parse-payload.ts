// Reading a payload back from a verified JWS. A valid signature proves who wrote the bytes, not that they are a
// label of this format (another key holder, an older format, a bug): the shape is checked field by field and the
// first problem is named.
import { isIsoDate } from './dates.js';
import { isLabelId } from './label-id.js';
import { LABEL_FORMAT, type LabelPayload } from './payload.js';
import { ASSESSMENT_TYPES, isOneOf, PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS, VERDICTS } from './vocabulary.js';

export type ParsedPayload = { ok: true; payload: LabelPayload } | { ok: false; problem: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isSeconds = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

export function parseLabelPayload(value: unknown): ParsedPayload {
  const fail = (problem: string): ParsedPayload => ({ ok: false, problem });
  if (!isObj(value)) return fail('the payload is not a JSON object');
  const p = value;
  if (p.format !== LABEL_FORMAT) return fail(`format is not ${LABEL_FORMAT}`);
  if (!isStr(p.jti) || !isLabelId(p.jti)) return fail('jti is not a label id');
  if (!isStr(p.iss) || !isStr(p.url)) return fail('iss or url is missing');
  if (!isSeconds(p.iat) || !isSeconds(p.exp) || (p.exp as number) <= (p.iat as number)) return fail('iat and exp are not times in seconds, exp after iat');
  const m = p.manufacturer, pr = p.product, r = p.release;
  if (!isObj(m) || !isStr(m.id) || !isStr(m.name)) return fail('manufacturer is not {id, name}');
  if (!isObj(pr) || !isStr(pr.id) || !isStr(pr.name) || !isStrOrNull(pr.model)) return fail('product is not {id, name, model, category}');
  if (pr.category !== null && !isOneOf(PRODUCT_CATEGORIES, pr.category)) return fail('product.category is not a category');
  if (!isObj(r) || !isStr(r.id) || !isStr(r.version)) return fail('release is not {id, version}');
  if (!isStr(p.supportEnd) || !isIsoDate(p.supportEnd)) return fail('supportEnd is not a calendar date');
  if (p.updateMechanism !== null && !isOneOf(UPDATE_MECHANISMS, p.updateMechanism)) return fail('updateMechanism is not an update mechanism');
  if (p.passwords !== null && !isOneOf(PASSWORD_APPROACHES, p.passwords)) return fail('passwords is not a password approach');
  if (!isStr(p.disclosureContact)) return fail('disclosureContact is missing');
  if (!Array.isArray(p.dataPractices) || !p.dataPractices.every((d) => isObj(d) && isStr(d.data) && isStr(d.purpose) && Array.isArray(d.sharedWith) && d.sharedWith.every(isStr))) {
    return fail('dataPractices is not a list of {data, purpose, sharedWith}');
  }
  if (!Array.isArray(p.conformance)) return fail('conformance is not a list');
  for (const c of p.conformance) {
    if (!isObj(c) || !isStr(c.framework) || !isStr(c.frameworkName) || !isStr(c.frameworkVersion)) return fail('a conformance claim does not name its framework');
    if (!isOneOf(VERDICTS, c.verdict) || !isOneOf(ASSESSMENT_TYPES, c.assessmentType)) return fail('a conformance claim has no verdict or assessment type');
    if (!isStr(c.assessedAt) || !isIsoDate(c.assessedAt)) return fail('a conformance claim has no assessment date');
  }
  return { ok: true, payload: p as unknown as LabelPayload };
}
