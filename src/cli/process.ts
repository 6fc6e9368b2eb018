import { setFlagsFromString } from 'node:v8';
import { LINEAR_ENGINE_V8_FLAG } from '../core/linear-regexp.js';
import { readStdin, type Cli } from './context.js';

/**
 * What an entry point (the CLI, the pre-commit hook's own bundle) sets up before a command
 * runs, and the `Cli` it runs with: process-wide flags and handlers belong here, not in core.
 */
export function processCli(): Cli {
  // forbidPattern constraints run only on V8's linear-time regular expression engine
  // (src/core/linear-regexp.ts): a flag, so process-wide, set before anything runs.
  setFlagsFromString(LINEAR_ENGINE_V8_FLAG);
  // A stray rejection is a bug, never a verdict: report it as one (exit 2), not as exit 1.
  process.on('unhandledRejection', (error) => {
    process.stderr.write(
      `ao: internal error: ${error instanceof Error ? error.message : String(error)}\n  fix: please report this with the command you ran\n`,
    );
    process.exit(2);
  });
  // A closed pipe (`ao log | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    stdin: readStdin,
  };
}
