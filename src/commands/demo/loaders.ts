// The registry of demo loaders (see ./demo-loader.ts). Each part of the Platform adds its own loader here, in
// one line; `after` in the loader, not the position in this list, decides the order they run in.
import type { DemoLoader } from './demo-loader.js';
import { governanceDemoLoader } from '../governance/demo-governance.js';
import { disclosureDemoLoader } from '../disclosure/demo-disclosure.js';
import { labelsDemoLoader } from '../labels/demo-labels.js';

// Labels first: the disclosure demo files its case against a demo product of the registry when there is one, so
// the advisory then shows on that product's label page.
export const demoLoaders: DemoLoader[] = [governanceDemoLoader, labelsDemoLoader, disclosureDemoLoader];
