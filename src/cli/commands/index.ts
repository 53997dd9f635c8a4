// Every CLI command, registered in the order `iotspp --help` lists them.
import type { Command } from 'commander';
import { registerFrameworks } from './frameworks.js';
import { registerCrosswalk } from './crosswalk.js';
import { registerOscal } from './oscal.js';
import { registerServe } from './serve.js';
import { registerDb } from './db.js';
import { registerAssess } from './assess.js';
import { registerMappings } from './mappings.js';
import { registerAdmin } from './admin.js';
import { registerAudit } from './audit.js';
import { registerDemo } from './demo.js';
import { registerGovernance } from './governance.js';
import { registerDisclosure } from './disclosure.js';
import { registerLabel } from './label.js';

export const commandRegistrars: ((program: Command) => void)[] = [registerFrameworks, registerCrosswalk, registerMappings, registerOscal, registerServe, registerDb, registerAdmin, registerAudit, registerAssess, registerDisclosure, registerGovernance, registerLabel, registerDemo];
