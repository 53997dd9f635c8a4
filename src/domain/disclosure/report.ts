// What a finder submits: the report. Its contents are sealed at rest; these are the limits and checks applied
// before anything is stored.
import { isPlausibleEmail } from '../accounts/email.js';

export interface ReportContent {
  title: string;
  description: string;
  /** Free text as the finder knows it ("firmware 1.4.0 and 1.4.1"); the PSIRT later names releases. */
  affectedVersions: string;
  steps: string;
  /** How to reach the finder besides the private link; optional. */
  reporterName: string | null;
  reporterEmail: string | null;
  /** The name to credit in the advisory; null: no credit. */
  credit: string | null;
}

export const REPORT_LIMITS = {
  title: 200,
  description: 20_000,
  affectedVersions: 1_000,
  steps: 20_000,
  name: 200,
  message: 20_000,
} as const;

type Detail = { pointer: string; message: string };

export function reportProblems(r: ReportContent): Detail[] {
  const problems: Detail[] = [];
  const need = (field: keyof ReportContent, value: string, min: number, max: number) => {
    const length = value.trim().length;
    if (length < min) problems.push({ pointer: `body/${field}`, message: min === 1 ? 'is required' : `needs at least ${min} characters` });
    else if (value.length > max) problems.push({ pointer: `body/${field}`, message: `is longer than ${max} characters` });
  };
  need('title', r.title, 5, REPORT_LIMITS.title);
  need('description', r.description, 20, REPORT_LIMITS.description);
  need('affectedVersions', r.affectedVersions, 1, REPORT_LIMITS.affectedVersions);
  need('steps', r.steps, 1, REPORT_LIMITS.steps);
  if (r.reporterName !== null) need('reporterName', r.reporterName, 1, REPORT_LIMITS.name);
  if (r.credit !== null) need('credit', r.credit, 1, REPORT_LIMITS.name);
  if (r.reporterEmail !== null && !isPlausibleEmail(r.reporterEmail)) problems.push({ pointer: 'body/reporterEmail', message: 'is not an email address' });
  return problems;
}

export function messageProblems(text: string): Detail[] {
  if (text.trim().length === 0) return [{ pointer: 'body/text', message: 'is required' }];
  if (text.length > REPORT_LIMITS.message) return [{ pointer: 'body/text', message: `is longer than ${REPORT_LIMITS.message} characters` }];
  return [];
}
