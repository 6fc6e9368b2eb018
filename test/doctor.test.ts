import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AO_BIN,
  baseEnv,
  CHECKER,
  cleanupAll,
  openRepo,
  ROOT,
  run,
  tempDir,
  type RunResult,
  type TestRepo,
} from './helpers/repo.js';

afterAll(cleanupAll);

/**
 * Every ungated state is made for real in a temporary repository; `ao doctor` must name it
 * and print a fix, and once the printed fix has run (through sh, as typed) it must exit 0.
 * Where it matters, a real commit shows the state is what doctor says: uncovered commits go
 * through while ungated, and are refused once fixed.
 */

// `ao` on PATH, as a global install would put it: printed fixes (`ao init ...`) run as typed.
const BIN = tempDir('ao-bin-');
symlinkSync(AO_BIN, join(BIN, 'ao'));
const PATH_WITH_AO = `${BIN}:${process.env.PATH ?? '/usr/bin:/bin'}`;

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return baseEnv({
    AO_BIN: '',
    PATH: PATH_WITH_AO,
    HOME: tempDir('ao-home-'),
    npm_config_cache: tempDir('ao-npm-cache-'),
    npm_config_update_notifier: 'false',
    ...extra,
  });
}

interface Finding {
  code: string;
  severity: 'ungated' | 'warning';
  message: string;
  where: string | null;
  fix: string;
  alternative: string | null;
}
interface Doctor {
  code: number;
  gated: boolean;
  findings: Finding[];
  ungated: Finding[];
  text: string;
  json: {
    worktrees: {
      path: string;
      current: boolean;
      gated: boolean;
      hooks: { hook: string; ok: boolean; ao?: string }[];
    }[];
  };
}

function doctor(cwd: string, e: NodeJS.ProcessEnv): Doctor {
  const json = run(process.execPath, [AO_BIN, 'doctor', '--json'], cwd, e);
  const text = run(process.execPath, [AO_BIN, 'doctor'], cwd, e);
  expect(text.code, text.stderr).toBe(json.code);
  const parsed = JSON.parse(json.stdout) as { gated: boolean; findings: Finding[] } & Doctor['json'];
  return {
    code: json.code,
    gated: parsed.gated,
    findings: parsed.findings,
    ungated: parsed.findings.filter((f) => f.severity === 'ungated'),
    text: text.stdout,
    json: parsed,
  };
}

/** Doctor exits 1 with exactly one ungated finding, `code`, whose message matches `about` and whose fix is printed. */
function expectUngated(d: Doctor, code: string, about: RegExp): Finding {
  expect(d.code, d.text).toBe(1);
  expect(d.gated).toBe(false);
  expect(
    d.ungated.map((f) => f.code),
    d.text,
  ).toEqual([code]);
  const finding = d.ungated[0]!;
  expect(finding.message).toMatch(about);
  expect(d.text).toContain(`fix: ${finding.fix}`);
  return finding;
}

function expectGated(d: Doctor): void {
  expect(d.ungated, d.text).toEqual([]);
  expect(d.code, d.text).toBe(0);
  expect(d.text).toContain('ao doctor: gated');
}

function sh(cwd: string, command: string, e: NodeJS.ProcessEnv): RunResult {
  const result = run('sh', ['-c', command], cwd, e);
  expect(result.code, `${command}\n${result.stderr}`).toBe(0);
  return result;
}

function uncoveredCommit(
  repo: TestRepo,
  cwd = repo.dir,
  name = `f${Math.random().toString(36).slice(2)}.txt`,
): RunResult {
  writeFileSync(join(cwd, name), `${name}\n`);
  run('git', ['add', name], cwd, repo.env);
  return run('git', ['commit', '-q', '-m', `Add ${name}`], cwd, repo.env);
}

function expectRefused(result: RunResult): void {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stderr).toContain('no verdict covers');
}

/** A repository set up with plain git hooks, the set-up committed through them. */
function plainRepo(e = env()): TestRepo {
  const repo = openRepo(tempDir(), e);
  repo.git(['init', '-q', '-b', 'main']);
  const init = repo.ao(['init', '--hooks', 'git']);
  expect(init.code, init.stderr).toBe(0);
  repo.write('README.md', '# test\n');
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'Set up']);
  return repo;
}

/** What `npm install` leaves: husky and our package in node_modules (linked, no network). */
function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
  symlinkSync('../husky/bin.js', join(dir, 'node_modules', '.bin', 'husky'));
  symlinkSync(AO_BIN, join(dir, 'node_modules', '.bin', 'ao'));
}

/** A repository set up by `ao init` in husky mode, committed with the command init printed. */
function huskyRepo(e = env(), extraFiles: Record<string, string> = {}): TestRepo {
  const repo = openRepo(tempDir(), e);
  repo.git(['init', '-q', '-b', 'main']);
  repo.write('package.json', `${JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }, null, 2)}\n`);
  repo.write('.gitignore', 'node_modules/\n');
  for (const [path, content] of Object.entries(extraFiles)) repo.write(path, content);
  linkNodeModules(repo.dir);
  repo.commitAll('Initial');
  const init = repo.ao(['init']);
  expect(init.code, init.stderr).toBe(0);
  expect(init.stderr).toContain('ao doctor: gated');
  const next = /^next: commit the set-up with `(.*)`$/m.exec(init.stderr)?.[1];
  expect(next).toBe(
    "git add .agents .husky/pre-commit .husky/pre-push .husky/post-checkout package.json && git commit -m 'Set up agentops/verdict'",
  );
  sh(repo.dir, next!, e);
  // The command names everything init made: nothing is left over.
  expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  return repo;
}

describe('ao doctor: set-up', () => {
  it('not set up, then set up but not committed, then gated; init prints exactly what to commit, from a subdirectory too', () => {
    const e = env();
    const repo = openRepo(tempDir(), e);
    repo.git(['init', '-q', '-b', 'main']);
    mkdirSync(join(repo.dir, 'sub'));
    const sub = join(repo.dir, 'sub');
    const notSetUp = expectUngated(doctor(sub, e), 'not-set-up', /not set up.*no \.agents\/policy\.json/);
    expect(notSetUp.fix).toBe(`cd ${repo.dir} && ao init`);
    const init = run(process.execPath, [AO_BIN, 'init'], sub, e);
    expect(init.code, init.stderr).toBe(0);
    const next = /^next: commit the set-up with `(.*)`$/m.exec(init.stderr)?.[1];
    expect(next).toBe("git add ../.agents && git commit -m 'Set up agentops/verdict'");

    const uncommitted = expectUngated(doctor(sub, e), 'setup-not-committed', /not committed yet/);
    sh(sub, uncommitted.fix, e);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expectGated(doctor(sub, e));
    expectRefused(uncoveredCommit(repo));
  });

  it('HUSKY=0 in the environment lets everything through: reported, with the unset', () => {
    const repo = plainRepo();
    const e = { ...repo.env, HUSKY: '0' };
    const finding = expectUngated(doctor(repo.dir, e), 'hooks-disabled', /HUSKY=0/);
    expect(uncoveredCommit(openRepo(repo.dir, e)).code).toBe(0); // really ungated
    expect(finding.fix).toBe('unset HUSKY');
    expect(run('sh', ['-c', `${finding.fix} && ao doctor`], repo.dir, e).code).toBe(0);
  });

  it('ao init --hooks none says the clone is not gated locally, and still exits 0 (no hooks was the choice)', () => {
    const repo = openRepo(tempDir(), env());
    repo.git(['init', '-q', '-b', 'main']);
    const init = repo.ao(['init', '--hooks', 'none']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('NOT GATED');
    expect(init.stderr).toMatch(/no pre-commit hook in .*\n\s+fix: ao init --hooks git/);
  });

  it('usage and environment errors exit 2', () => {
    const repo = plainRepo();
    const bogus = repo.ao(['doctor', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('fix:');
    const outside = run(process.execPath, [AO_BIN, 'doctor'], tempDir(), repo.env);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('not inside a git repository');
  });
});

describe('ao doctor: hook files', () => {
  it('a deleted hook and a non-executable hook: named, fixed by the printed command', () => {
    const repo = plainRepo();
    rmSync(join(repo.dir, '.git/hooks/pre-push'));
    const missing = expectUngated(doctor(repo.dir, repo.env), 'hook-missing', /no pre-push hook in .*\.git\/hooks/);
    expect(missing.fix).toBe('ao init --hooks git');
    sh(repo.dir, missing.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));

    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o644);
    expect(uncoveredCommit(repo, repo.dir, 'a.txt').code).toBe(0); // git skips it: really ungated
    const notExecutable = expectUngated(
      doctor(repo.dir, repo.env),
      'hook-not-executable',
      /pre-commit is not executable/,
    );
    expect(notExecutable.fix).toBe('chmod +x .git/hooks/pre-commit');
    sh(repo.dir, notExecutable.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));
    expectRefused(uncoveredCommit(repo));
  });

  it('hostile: hooks that mention ao but do not let it refuse are reported (and really let commits through)', () => {
    const repo = plainRepo();
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    const cases: [string, RegExp][] = [
      ['#!/bin/sh\n# agentops/verdict: runs ao hook pre-commit\nexit 0\n', /only mentions ao/],
      ['#!/bin/sh\necho "ao hook pre-commit"\n', /never runs `ao hook pre-commit`/],
      ['#!/bin/sh\nao hook pre-commit || true\n', /`\|\| true` swallows its refusal/],
      ['#!/bin/sh\nexit 0\nao hook pre-commit\n', /line 2 \(`exit 0`\) ends the script/],
      ['#!/bin/sh\nao hook pre-commit\necho checked\n', /goes on after it/],
      ['#!/bin/sh\nao hook pre-commit | tee /dev/null\n', /pipes its output on/],
      ['#!/bin/sh\nif false; then ao hook pre-commit; fi\n', /only inside a condition/],
      ['#!/bin/sh\nao hook pre-push\n', /runs ao hook pre-push, not `ao hook pre-commit`/],
    ];
    for (const [text, about] of cases) {
      writeFileSync(hook, text, { mode: 0o755 });
      const d = doctor(repo.dir, repo.env);
      const finding = expectUngated(d, 'hook-does-not-run-ao', about);
      expect(finding.where).toBe(hook);
      expect(uncoveredCommit(repo).code, text).toBe(0);
    }
    writeFileSync(join(repo.dir, '.git/hooks/pre-push'), '#!/bin/sh\nrefs=$(cat)\nao hook pre-push "$@"\n', {
      mode: 0o755,
    });
    writeFileSync(hook, '#!/bin/sh\n# ao hook pre-commit\n', { mode: 0o755 });
    const both = doctor(repo.dir, repo.env);
    expect(both.ungated.map((f) => f.code)).toEqual(['hook-does-not-run-ao', 'hook-does-not-run-ao']);
    expect(both.ungated[1]!.message).toMatch(/reads git's list of pushed refs from stdin .* does not pass it on/);
    // A hook ao init did not write: init keeps it (it runs first) and puts ours in place.
    sh(repo.dir, both.ungated[0]!.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));
    expectRefused(uncoveredCommit(repo));
  });

  it('hostile: a FIFO, a huge file or an unterminated quote as the hook: reported, never opened or hung on', () => {
    const repo = plainRepo();
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    rmSync(hook);
    expect(run('mkfifo', [hook], repo.dir, repo.env).code).toBe(0);
    expectUngated(doctor(repo.dir, repo.env), 'hook-missing', /no pre-commit hook/);
    rmSync(hook);
    writeFileSync(hook, `#!/bin/sh\n${'# padding\n'.repeat(40_000)}ao hook pre-commit\n`, { mode: 0o755 });
    expectUngated(doctor(repo.dir, repo.env), 'hook-does-not-run-ao', /larger than 256 KiB/);
    writeFileSync(hook, '#!/bin/sh\necho "unterminated\nao hook pre-commit\n', { mode: 0o755 });
    expectUngated(doctor(repo.dir, repo.env), 'hook-does-not-run-ao', /never runs/);
  });

  it('no false alarm for the pre-commit framework and lefthook when their configuration runs ao; hostile configurations are reported', () => {
    const repo = plainRepo();
    const hooks = join(repo.dir, '.git/hooks');
    const preCommitHook = (type: string) => `#!/usr/bin/env bash
# File generated by pre-commit: https://pre-commit.com
# ID: 138fd403232d2ddd5efb44317e38bf03

# start templated
INSTALL_PYTHON=/usr/bin/python3
ARGS=(hook-impl --config=.pre-commit-config.yaml --hook-type=${type})
# end templated

HERE="$(cd "$(dirname "$0")" && pwd)"
ARGS+=(--hook-dir "$HERE" -- "$@")

if [ -x "$INSTALL_PYTHON" ]; then
    exec "$INSTALL_PYTHON" -mpre_commit "\${ARGS[@]}"
elif command -v pre-commit > /dev/null; then
    exec pre-commit "\${ARGS[@]}"
else
    echo '\`pre-commit\` not found.  Did you forget to activate your virtualenv?' 1>&2
    exit 1
fi
`;
    for (const type of ['pre-commit', 'pre-push'])
      writeFileSync(join(hooks, type), preCommitHook(type), { mode: 0o755 });
    repo.write(
      '.pre-commit-config.yaml',
      'repos:\n  - repo: https://github.com/agentops/verdict\n    rev: v0.1.0\n    hooks:\n      - id: ao-verify\n      - id: ao-verify-push\n',
    );
    expectGated(doctor(repo.dir, repo.env));
    // Hostile: a local hook that borrows our id but runs something else.
    repo.write(
      '.pre-commit-config.yaml',
      'repos:\n  - repo: local\n    hooks:\n      - id: ao-verify\n        name: ao hook pre-commit\n        entry: "true"  # ao hook pre-commit\n        language: system\n      - id: ao-verify-push\n        name: push\n        entry: npx --no-install ao hook pre-push\n        language: system\n',
    );
    expectUngated(
      doctor(repo.dir, repo.env),
      'hook-does-not-run-ao',
      /\.pre-commit-config\.yaml .*runs through pre-commit.*no hook that runs `ao hook pre-commit`/,
    );

    const lefthook = (type: string) => `#!/bin/sh

if [ "$LEFTHOOK_VERBOSE" = "1" -o "$LEFTHOOK_VERBOSE" = "true" ]; then
  set -x
fi

if [ "$LEFTHOOK" = "0" ]; then
  exit 0
fi

call_lefthook()
{
  if test -n "$LEFTHOOK_BIN"
  then
    "$LEFTHOOK_BIN" "$@"
  elif lefthook -h >/dev/null 2>&1
  then
    lefthook "$@"
  else
    dir="$(git rev-parse --show-toplevel)"
    if test -f "$dir/node_modules/lefthook/bin/index.js"
    then
      "$dir/node_modules/lefthook/bin/index.js" "$@"
    else
      echo "Can't find lefthook in PATH"
    fi
  fi
}

call_lefthook run "${type}" "$@"
`;
    rmSync(join(repo.dir, '.pre-commit-config.yaml'));
    for (const type of ['pre-commit', 'pre-push']) writeFileSync(join(hooks, type), lefthook(type), { mode: 0o755 });
    const config =
      'pre-commit:\n  commands:\n    agentops-verdict:\n      run: npx --no-install ao hook pre-commit\npre-push:\n  commands:\n    agentops-verdict:\n      run: npx --no-install ao hook pre-push {1} {2}\n      use_stdin: true\n';
    repo.write('lefthook.yml', config);
    const gated = doctor(repo.dir, repo.env);
    expectGated(gated);
    expect(gated.json.worktrees[0]!.hooks.map((h) => h.ao)).toEqual([join(BIN, 'ao'), join(BIN, 'ao')]);
    // Hostile: pre-push without use_stdin (ao gets no refs: checks nothing); pre-commit only in a comment.
    repo.write(
      'lefthook.yml',
      config
        .replace('      use_stdin: true\n', '')
        .replace('run: npx --no-install ao hook pre-commit', 'run: npm test # ao hook pre-commit'),
    );
    const hostile = doctor(repo.dir, repo.env);
    expect(hostile.code).toBe(1);
    expect(hostile.ungated.map((f) => f.message).join('\n')).toMatch(
      /no command that runs `ao hook pre-commit`[\s\S]*without `use_stdin: true`/,
    );
    // The fix for lefthook goes into its configuration (lefthook reinstalls its own hooks).
    expect(hostile.ungated[0]!.fix).toContain('lefthook.yml');
  });
});

describe('ao doctor: core.hooksPath', () => {
  it('a global core.hooksPath hides the repository hooks: named with its scope and file; the printed override fixes it; init never writes into it', () => {
    const globalHooks = tempDir('ao-global-hooks-');
    writeFileSync(join(globalHooks, 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const globalConfig = join(tempDir('ao-gitconfig-'), 'gitconfig');
    writeFileSync(globalConfig, `[core]\n\thooksPath = ${globalHooks}\n`);
    const e = env({ GIT_CONFIG_GLOBAL: globalConfig });
    const repo = openRepo(tempDir(), e);
    repo.git(['init', '-q', '-b', 'main']);
    const init = repo.ao(['init', '--hooks', 'git']);
    expect(init.code, init.stderr).toBe(1); // still ungated: init says so
    expect(init.stderr).toContain('NOT GATED');
    expect(readdirSync(globalHooks)).toEqual(['pre-commit']); // nothing of ours in the shared directory
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(true);
    repo.write('README.md', 'x\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'Set up']);

    expect(uncoveredCommit(repo, repo.dir, 'a.txt').code).toBe(0); // really ungated
    const finding = expectUngated(
      doctor(repo.dir, e),
      'hooks-path-elsewhere',
      /core\.hooksPath is .* \(set in global config \(.*gitconfig\)\).*the ao hooks in .*\.git\/hooks never run/,
    );
    expect(finding.where).toBe(globalConfig);
    expect(finding.fix).toBe(`git config --local core.hooksPath ${join(repo.dir, '.git', 'hooks')}`);
    expect(finding.alternative).toContain('git config --global --unset core.hooksPath');
    sh(repo.dir, finding.fix, e);
    expectGated(doctor(repo.dir, e));
    expectRefused(uncoveredCommit(repo));
  });

  it('husky mode: core.hooksPath set elsewhere locally, or unset: npx husky puts it back', () => {
    const repo = huskyRepo();
    expectGated(doctor(repo.dir, repo.env));
    repo.git(['config', 'core.hooksPath', '.githooks']);
    const elsewhere = expectUngated(
      doctor(repo.dir, repo.env),
      'hooks-path-elsewhere',
      /core\.hooksPath is "\.githooks" \(set in local config .*husky's hooks in \.husky\/_ never run/,
    );
    expect(elsewhere.fix).toBe('npx husky');
    sh(repo.dir, elsewhere.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));

    repo.git(['config', '--unset', 'core.hooksPath']);
    expect(uncoveredCommit(repo, repo.dir, 'a.txt').code).toBe(0); // really ungated
    const unset = expectUngated(
      doctor(repo.dir, repo.env),
      'hooks-path-unset',
      /core\.hooksPath is not set.*husky has not run/,
    );
    sh(repo.dir, unset.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));
    expectRefused(uncoveredCommit(repo));
  });
});

describe('ao doctor: the ao a hook runs', () => {
  it('husky: no node_modules/.bin/ao and none on PATH; `npx ao` would fetch from the registry; the install command follows package.json', () => {
    const repo = huskyRepo();
    rmSync(join(repo.dir, 'node_modules/.bin/ao'));
    const noAo = { ...repo.env, PATH: process.env.PATH ?? '/usr/bin:/bin' };
    expect(uncoveredCommit(openRepo(repo.dir, noAo)).stderr).toContain('ao: not found'); // the hook fails every commit
    const finding = expectUngated(
      doctor(repo.dir, noAo),
      'ao-not-found',
      /\.husky\/pre-commit and .*\.husky\/pre-push run `ao`, which does not resolve .*no executable ao on husky's PATH \(node_modules\/\.bin, then PATH\)/,
    );
    expect(finding.fix).toBe('npm i -D @agentops/verdict');
    repo.write(
      'package.json',
      `${JSON.stringify({ name: 'consumer', private: true, version: '1.0.0', scripts: { prepare: 'husky' }, devDependencies: { '@agentops/verdict': '^0.1.0' } }, null, 2)}\n`,
    );
    expect(doctor(repo.dir, noAo).ungated[0]!.fix).toBe('npm install');
    // Hostile: `npx ao` without --no-install runs whatever the registry calls "ao".
    writeFileSync(join(repo.dir, '.husky/pre-commit'), 'npx ao hook pre-commit\n');
    const fetches = doctor(repo.dir, noAo);
    expect(fetches.ungated.map((f) => f.message).join('\n')).toContain(
      'so npx would fetch and run whatever package the registry has under that name',
    );
    // What `npm install` does here: node_modules/.bin/ao.
    symlinkSync(AO_BIN, join(repo.dir, 'node_modules/.bin/ao'));
    const fixed = doctor(repo.dir, noAo);
    expectGated(fixed);
    expect(fixed.json.worktrees[0]!.hooks.map((h) => h.ao)).toEqual([
      join(repo.dir, 'node_modules/.bin/ao'),
      join(repo.dir, 'node_modules/.bin/ao'),
    ]);
  });
});

describe('ao doctor: npm ignore-scripts in husky mode', () => {
  it('a fresh clone of a repository whose .npmrc says ignore-scripts=true has no hooks: named, and `npx husky` fixes it', () => {
    const source = huskyRepo(env(), { '.npmrc': 'ignore-scripts=true\n' });
    const e = env();
    const dir = join(tempDir(), 'clone');
    run('git', ['clone', '-q', source.dir, dir], tempDir(), e);
    const clone = openRepo(dir, e);
    linkNodeModules(dir); // `npm install` with scripts ignored: the packages, but husky never ran
    expect(uncoveredCommit(clone, dir, 'a.txt').code).toBe(0); // really ungated
    const finding = expectUngated(
      doctor(dir, e),
      'ignore-scripts',
      /husky never ran here.*ignore-scripts=true \(in .*\.npmrc:1\)/,
    );
    expect(finding.fix).toBe('npx husky');
    expect(finding.alternative).toContain('ao init --hooks git');
    sh(dir, finding.fix, e);
    const fixed = doctor(dir, e);
    expectGated(fixed);
    // Still said, for the next clone, but this one is gated.
    expect(fixed.findings.find((f) => f.code === 'ignore-scripts')?.severity).toBe('warning');
    expectRefused(uncoveredCommit(clone));
  });

  it("the user's ~/.npmrc and npm_config_ignore_scripts are named too", () => {
    const repo = huskyRepo();
    repo.git(['config', '--unset', 'core.hooksPath']);
    const home = tempDir('ao-home-');
    writeFileSync(join(home, '.npmrc'), 'fund=false\nignore-scripts = true\n');
    expectUngated(
      doctor(repo.dir, { ...repo.env, HOME: home }),
      'ignore-scripts',
      new RegExp(`${join(home, '.npmrc')}:2`),
    );
    expectUngated(
      doctor(repo.dir, { ...repo.env, npm_config_ignore_scripts: 'true' }),
      'ignore-scripts',
      /the environment \(npm_config_ignore_scripts=true\)/,
    );
  });
});

describe('ao doctor: worktrees', () => {
  it('plain hooks run in every worktree; an uncovered commit there is refused; ao missing there is named', () => {
    const repo = plainRepo();
    const wt = join(tempDir(), 'wt');
    repo.git(['worktree', 'add', '-q', wt, '-b', 'feature']);
    expectRefused(uncoveredCommit(repo, wt));
    expectGated(doctor(wt, repo.env));
    const fromMain = doctor(repo.dir, repo.env);
    expectGated(fromMain);
    expect(fromMain.json.worktrees.map((w) => [w.path, w.current])).toEqual([
      [repo.dir, true],
      [wt, false],
    ]);

    // No ao on PATH, none in the worktree's node_modules: the hooks would fail every commit.
    const noAo = { ...repo.env, PATH: process.env.PATH ?? '/usr/bin:/bin' };
    const missing = doctor(wt, noAo);
    expect(missing.code).toBe(1);
    // This worktree first, then the other: neither can find ao.
    expect(missing.ungated.map((f) => [f.code, f.where])).toEqual([
      ['ao-not-found', wt],
      ['ao-not-found', repo.dir],
    ]);
    const finding = missing.ungated[0]!;
    expect(finding.message).toMatch(
      /pre-commit and .*pre-push run ao \(\$AO_BIN, else node_modules\/\.bin\/ao, else ao on PATH\), which does not resolve from .*\/wt: no executable ao on PATH/,
    );
    expect(missing.ungated[1]!.message).toMatch(new RegExp(`^in worktree ${repo.dir}: `));
    expect(finding.fix).toBe('npm i -g @agentops/verdict');
    expect(finding.alternative).toBe('export AO_BIN=/path/to/ao');
    // The printed install needs the registry; its effect (ao on PATH) is what the test applies.
    expectGated(doctor(wt, { ...noAo, PATH: PATH_WITH_AO }));
    // Or the printed alternative: AO_BIN for the hooks (the worktree and the main one alike).
    expect(
      run(
        'sh',
        ['-c', `${finding.alternative!.replace('/path/to/ao', AO_BIN)} && "${process.execPath}" "${AO_BIN}" doctor`],
        wt,
        noAo,
      ).code,
    ).toBe(0);
  });

  it("a worktree's own config (extensions.worktreeConfig) pointing core.hooksPath elsewhere is named, with the fix run there", () => {
    const repo = plainRepo();
    const wt = join(tempDir(), 'wt');
    repo.git(['worktree', 'add', '-q', wt, '-b', 'feature']);
    repo.git(['config', 'extensions.worktreeConfig', 'true']);
    run('git', ['config', '--worktree', 'core.hooksPath', '/dev/null'], wt, repo.env);
    expect(uncoveredCommit(repo, wt, 'a.txt').code).toBe(0); // really ungated there
    const finding = expectUngated(
      doctor(repo.dir, repo.env),
      'hooks-path-elsewhere',
      new RegExp(
        `^in worktree ${wt}: core\\.hooksPath is "/dev/null" \\(set in worktree config \\(.*config\\.worktree\\)\\)`,
      ),
    );
    expect(finding.fix).toBe(`cd ${wt} && git config --worktree --unset core.hooksPath`);
    sh(repo.dir, finding.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));
    expectRefused(uncoveredCommit(repo, wt));
  });

  it("husky mode: a new worktree gets husky's hooks (post-checkout) and refuses an uncovered commit; one made without checkout is named and fixed", () => {
    const repo = huskyRepo();
    const wt = join(tempDir(), 'wt');
    repo.git(['worktree', 'add', '-q', wt, '-b', 'feature']);
    expect(existsSync(join(wt, '.husky/_/h'))).toBe(true);
    // The worktree has no node_modules: ao comes from PATH (a global install) there.
    expectRefused(uncoveredCommit(repo, wt));
    expectGated(doctor(wt, repo.env));
    const both = doctor(repo.dir, repo.env);
    expectGated(both);
    expect(both.text).toContain('in all 2 worktrees');
    // A covered commit goes through in the worktree.
    writeFileSync(join(wt, 'covered.txt'), 'c\n');
    run('git', ['add', 'covered.txt'], wt, repo.env);
    expect(run(process.execPath, [AO_BIN, 'verdict', 'pass', '--checker', CHECKER], wt, repo.env).code).toBe(0);
    expect(run('git', ['commit', '-q', '-m', 'Covered'], wt, repo.env).code).toBe(0);

    // `git worktree add --no-checkout` runs no post-checkout: that worktree has no .husky/_.
    const bare = join(tempDir(), 'wt2');
    repo.git(['worktree', 'add', '-q', '--no-checkout', bare, '-b', 'other']);
    run('git', ['checkout', '-q', 'other', '--', '.'], bare, repo.env);
    expect(existsSync(join(bare, '.husky/_'))).toBe(false);
    expect(uncoveredCommit(repo, bare, 'a.txt').code).toBe(0); // really ungated
    const finding = expectUngated(
      doctor(repo.dir, repo.env),
      'worktree-without-hooks',
      new RegExp(`in worktree ${bare}: .*\\.husky/_ does not exist`),
    );
    expect(finding.fix).toBe(`cp -R ${join(repo.dir, '.husky/_')} ${join(bare, '.husky/_')}`);
    // From inside that worktree it is this worktree's problem, with the same fix.
    expect(expectUngated(doctor(bare, repo.env), 'husky-not-installed', /\.husky\/_ does not exist/).fix).toBe(
      finding.fix,
    );
    sh(repo.dir, finding.fix, repo.env);
    expectGated(doctor(repo.dir, repo.env));
    expectRefused(uncoveredCommit(repo, bare));
  });
});
