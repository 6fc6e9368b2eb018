import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, openRepo, run, tempDir, baseEnv, ROOT, CHECKER, HOOKS_DIR } from './helpers/repo.js';

afterAll(cleanupAll);

describe('the published package', () => {
  it('installs from its packed tarball and guards a repository through husky', () => {
    const packDir = tempDir('ao-pack-');
    const env = baseEnv({
      npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? '/root', '.npm'),
      AO_BIN: '',
    });
    const packed = run('npm', ['pack', '--silent', '--pack-destination', packDir], ROOT, env);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = join(packDir, packed.stdout.trim().split('\n').at(-1)!);

    const dir = tempDir('ao-consumer-');
    const repo = openRepo(dir, env);
    repo.git(['init', '-q', '-b', 'main']);
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }, null, 2)}\n`,
    );
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', tarball], dir, env);
    expect(installed.code, installed.stderr).toBe(0);
    expect(existsSync(join(dir, 'node_modules/.bin/ao'))).toBe(true);

    const init = run('npx', ['--no-install', 'ao', 'init'], dir, env);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toContain('ao hook pre-commit');
    expect(readFileSync(join(dir, '.husky/pre-push'), 'utf8')).toContain('ao hook pre-push');
    expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe('.husky/_');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.prepare).toBe('husky');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    repo.git(['add', '-A']);
    expect(repo.git(['commit', '-q', '-m', 'Set up'], { allowFail: true }).code).toBe(0);

    writeFileSync(join(dir, 'index.js'), 'console.log(1)\n');
    repo.git(['add', '-A']);
    const refused = repo.git(['commit', '-q', '-m', 'Code'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('no verdict covers');
    // Only `npx ao` runs in this project (ao is not on the user's PATH): the fix says so.
    expect(refused.stderr).toContain('fix: npx ao verdict pass --checker CHECKER-ID');
    expect(repo.git(['commit', '-q', '-m', 'Code'], { allowFail: true, env: { HUSKY: '0' } }).code).toBe(0); // husky's escape hatch
    repo.git(['reset', '-q', '--soft', 'HEAD~1']);
    expect(run('npx', ['--no-install', 'ao', 'verdict', 'pass', '--checker', CHECKER], dir, env).code).toBe(0);
    const accepted = repo.git(['commit', '-q', '-m', 'Code'], { allowFail: true });
    expect(accepted.code, accepted.stderr).toBe(0);

    // An amend through husky: the commit it makes needs a verdict against HEAD's parent.
    writeFileSync(join(dir, 'index.js'), 'console.log(2)\n');
    repo.git(['add', '-A']);
    const amendRefused = repo.git(['commit', '-q', '--amend', '--no-edit'], { allowFail: true });
    expect(amendRefused.code).not.toBe(0);
    expect(amendRefused.stderr).toContain('fix: npx ao verdict pass --amend --checker CHECKER-ID');
    expect(run('npx', ['--no-install', 'ao', 'verdict', 'pass', '--amend', '--checker', CHECKER], dir, env).code).toBe(
      0,
    );
    const amended = repo.git(['commit', '-q', '--amend', '--no-edit'], { allowFail: true });
    expect(amended.code, amended.stderr).toBe(0);
    expect(run('npx', ['--no-install', 'ao', 'verify', '--commit', 'HEAD'], dir, env).code).toBe(0);

    // Running init again changes nothing and keeps the user's own hook lines.
    writeFileSync(
      join(dir, '.husky/pre-commit'),
      `npm run lint --if-present\n${readFileSync(join(dir, '.husky/pre-commit'), 'utf8')}`,
    );
    expect(run('npx', ['--no-install', 'ao', 'init'], dir, env).code).toBe(0);
    const hook = readFileSync(join(dir, '.husky/pre-commit'), 'utf8');
    expect(hook).toContain('npm run lint');
    expect(hook.match(/ao hook pre-commit/g)).toHaveLength(1);
  });
});

describe('plain git hooks', () => {
  it('ao init --hooks git keeps an existing hook and runs it first; hooks/ matches what init installs', async () => {
    const dir = tempDir();
    const repo = openRepo(dir);
    repo.git(['init', '-q', '-b', 'main']);
    writeFileSync(join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho "user hook ran" >&2\n', { mode: 0o755 });
    expect(repo.ao(['init', '--hooks', 'git']).code).toBe(0);
    expect(repo.ao(['init', '--hooks', 'git']).stderr).toContain('already set up');
    expect(readFileSync(join(dir, '.git/hooks/pre-commit.pre-ao'), 'utf8')).toContain('user hook ran');
    repo.commitAll('Set up');
    repo.write('a.txt', 'a\n');
    repo.git(['add', '-A']);
    const refused = repo.git(['commit', '-q', '-m', 'A'], { allowFail: true });
    expect(refused.stderr).toContain('user hook ran');
    expect(refused.code).toBe(1);
    const { HOOK_SCRIPTS } = await import('../src/repo/installed-hooks.js');
    for (const name of ['pre-commit', 'pre-push'] as const) {
      expect(readFileSync(join(HOOKS_DIR, name), 'utf8')).toBe(HOOK_SCRIPTS[name]);
      expect(readFileSync(join(dir, '.git/hooks', name), 'utf8')).toBe(HOOK_SCRIPTS[name]);
    }
  });

  it('explains what to do when ao cannot be found', () => {
    const dir = tempDir();
    const repo = openRepo(dir, baseEnv({ AO_BIN: '' }));
    repo.git(['init', '-q', '-b', 'main']);
    repo.ao(['init', '--hooks', 'git']);
    repo.write('a.txt', 'a\n');
    repo.git(['add', '-A']);
    const result = repo.git(['commit', '-q', '-m', 'A'], { allowFail: true, env: { PATH: '/usr/bin:/bin' } });
    expect(result.code).not.toBe(0); // git reports any failing hook as 1
    expect(result.stderr).toContain('npm i -D @agentops/verdict');
  });
});
