// The label pages' stylesheet: one small static file, served with a content hash in its URL so it can be cached
// for a year and still change with a release (the CSP allows styles from 'self' only, never inline).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const LABEL_CSS = readFileSync(new URL('./label-page.css', import.meta.url), 'utf8');
export const LABEL_CSS_HASH = createHash('sha256').update(LABEL_CSS).digest('hex').slice(0, 12);
export const LABEL_CSS_PATH = `/l/label.css?v=${LABEL_CSS_HASH}`;
