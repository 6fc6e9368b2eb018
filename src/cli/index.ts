import * as nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { LINEAR_ENGINE_V8_FLAG } from '../core/linear-regexp.js';
import { main } from './main.js';
import { readStdin } from './context.js';

// Process-wide flags are set here, before anything runs: forbidPattern constraints run only
// on V8's linear-time regular expression engine (src/core/linear-regexp.ts).
setFlagsFromString(LINEAR_ENGINE_V8_FLAG);

// Where Node has it (22.1+), compiled code is kept between runs: the hooks run on every
// commit and push, and load the same chunks each time. A no-op on older Node.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

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

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
  stdin: readStdin,
});
process.exitCode = code;
