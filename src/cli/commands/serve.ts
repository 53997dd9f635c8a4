import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { serve } from '../../http/server.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the platform (HTTP API and web pages) on HOST:PORT, default 127.0.0.1:8080')
    .action(async () => {
      const { url } = await serve(readConfig());
      process.stdout.write(`iotspp is listening on ${url} (API docs: ${url}/api/docs)\n`);
    });
}
