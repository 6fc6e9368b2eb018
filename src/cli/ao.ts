// The `ao` command (dist/cli/ao.cjs, CommonJS): `ao hook pre-commit` runs on every commit,
// so it has its own bundle, run from V8's code cache, whose first import starts git. Every
// other command is the ES module CLI beside it (dist/cli/index.js).
// Node's own modules come from a code cache built into Node, which V8 accepts only under the
// flags Node started with: the ones every command needs are loaded before ours is set
// (loaded after it, each is compiled again, and the hook's run takes a tenth longer).
import 'node:child_process';
import 'node:crypto';
import 'node:os';
import 'node:vm';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { LINEAR_ENGINE_V8_FLAG } from '../core/linear-regexp.js';
import { runWithCodeCache } from './code-cache.js';

// The standard streams' modules (a pipe's, a terminal's or a file's) load on first use: before the flag too.
process.stdout.writableLength;
process.stderr.writableLength;
// Before any of our code is compiled: compiled code is cached under the flags it was compiled with.
setFlagsFromString(LINEAR_ENGINE_V8_FLAG);

const args = process.argv.slice(2);
/** A bundle that cannot be loaded is a broken install (exit 2), never a verdict. */
function notLoaded(error: unknown): void {
  process.stderr.write(
    `ao: the CLI could not be loaded: ${error instanceof Error ? error.message : String(error)}\n  fix: reinstall it: npm i -D @agentops/verdict\n`,
  );
  process.exitCode = 2;
}

/** The directory it was started in, or undefined when it no longer exists. */
function workingDirectory(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

if (workingDirectory() === undefined) {
  process.stderr.write(
    'ao: error: the directory this was started in no longer exists\n  fix: cd into your repository and run the command again\n',
  );
  process.exitCode = 2;
} else if (args.length === 2 && args[0] === 'hook' && args[1] === 'pre-commit') {
  try {
    // This file is bundled as CommonJS: __dirname is the folder it was installed in.
    runWithCodeCache(join(__dirname, 'pre-commit', 'index.cjs'));
  } catch (error) {
    notLoaded(error);
  }
} else {
  // Where Node has it (22.1+), compiled code is kept between runs. A no-op on older Node.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  import(/* webpackIgnore: true */ './index.js').catch(notLoaded);
}
