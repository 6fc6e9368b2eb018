import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellScripts } from '../.ci/shellcheck.mjs';
import { makeRepo, ROOT, tempDir } from './helpers/repo.js';

/**
 * Every shell script is clean under shellcheck: the repository's own (as .ci/shellcheck.mjs
 * finds them: hooks/, .ci/run, the fixtures' judges, the Claude plugin's launcher) and the ones `ao`
 * writes into a user's repository (the plain git hooks, the agent guard's launcher), which
 * live as strings in src/ and exist as files only once installed. `.ci/run` installs
 * shellcheck; without it (and outside CI) these tests are skipped, as `npm run lint` says.
 */
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
if (!hasShellcheck && process.env.CI) throw new Error('shellcheck is not installed: apt-get install -y shellcheck');

function shellcheck(files: string[], cwd: string): { code: number | null; output: string } {
  const result = spawnSync('shellcheck', ['--format=gcc', ...files], { cwd, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!hasShellcheck)('shellcheck', () => {
  it("finds nothing in the repository's shell scripts", () => {
    const scripts = shellScripts(ROOT);
    for (const expected of ['hooks/pre-commit', 'hooks/pre-push', '.ci/run', 'plugins/claude/hooks/guard.sh']) {
      expect(scripts).toContain(expected);
    }
    expect(shellcheck(scripts, ROOT)).toEqual({ code: 0, output: '' });
  });

  it('finds nothing in the scripts ao installs: the git hooks and the agent guard', () => {
    const repo = makeRepo();
    repo.ao(['init', '--agent', 'claude']);
    const installed = ['.git/hooks/pre-commit', '.git/hooks/pre-push', '.agents/harness/guard.sh'];
    expect(shellcheck(installed, repo.dir)).toEqual({ code: 0, output: '' });
  });

  it('reports a script with a finding (the check can fail)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'unquoted.sh'), '#!/bin/sh\nrm -rf $1/*\n');
    const found = shellcheck(['unquoted.sh'], dir);
    expect(found.code).toBe(1);
    expect(found.output).toMatch(/SC2086/);
  });
});
