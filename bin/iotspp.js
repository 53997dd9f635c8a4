#!/usr/bin/env node
// The iotspp command. Sources are TypeScript run through tsx, so the CLI and the server always run
// exactly the code in src/ (no stale build to forget).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
