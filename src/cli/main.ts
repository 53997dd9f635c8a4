// iotspp: the command-line interface. Commands call src/commands/, never SQL. Every command takes --json.
import { Command, CommanderError } from 'commander';
import { commandRegistrars } from './commands/index.js';
import { EXIT, exitCodeFor, reportError } from './errors.js';

// `iotspp frameworks | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('iotspp')
  .description('IoT Security Policy Platform: framework registry, crosswalk, assessments, labels.\nThe store is DATABASE_URL (default sqlite:./var/iotspp.db).')
  .showHelpAfterError('(run iotspp --help for usage)')
  .exitOverride();

for (const register of commandRegistrars) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    reportError(error);
    process.exitCode = exitCodeFor(error);
  }
}
