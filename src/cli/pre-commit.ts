// The pre-commit hook's own bundle (dist/cli/pre-commit/index.cjs), which the `ao` launcher
// loads for `ao hook pre-commit`: it runs on every commit, so it loads only what the hook
// needs, as CommonJS (no ES module loader), and its first import starts git.
import { opening } from './pre-commit-start.js';
import { preCommit } from './hook-pre-commit.js';
import { processCli } from './process.js';
import { reportError } from './report-error.js';

let passed = false;
/** For the code cache (src/cli/code-cache.ts): a run that checked a change and let it through went the whole usual way. */
export const ranWhole = (): boolean => passed;

const cli = processCli();
if (opening) {
  preCommit(cli, opening).then(
    (code) => {
      process.exitCode = code;
      passed = code === 0;
      // Decided and said: what is left is only git's processes closing their pipes (a
      // millisecond and more on every commit). Where the standard streams write without
      // blocking (pipes on macOS), anything still queued is first let out.
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
    },
    (error: unknown) => {
      process.exitCode = reportError(cli, error);
    },
  );
}
