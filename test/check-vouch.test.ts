// A verdict vouches only for what its checkers were shown, and nothing the change controls
// becomes the checker: what a range verdict from `ao check` names, where a judge's program
// comes from, and what the gate says beside a checker's pass (warnings, in-toto export).
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateReviewRequestShape } from '../src/core/review-schemas.js';
import { cleanupAll, CHECKER, makeRepo, ROOT, tempDir, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

/** Dozens of real git, ao and judge processes per test; a shared two-core machine can be slow. */
const SLOW = 240_000;
const JUDGES = join(ROOT, 'test', 'fixtures', 'judges');

function q(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command line running one of the fixture judges with this node. */
function node(script: string, ...args: string[]): string {
  return [process.execPath, join(JUDGES, script), ...args].map(q).join(' ');
}

function ledgerFiles(repo: TestRepo): string[] {
  const dir = join(repo.dir, '.agents/ledger/0000');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** The range verdict's record, from `ao check --json`. */
function checkRange(repo: TestRepo, range: string, checkers: string[], env: NodeJS.ProcessEnv = {}) {
  const result = repo.ao(['check', '--range', range, ...checkers, '--json'], { env });
  return { result, record: result.stdout ? JSON.parse(result.stdout) : undefined };
}

/** The in-toto statement `ao export` writes for a record. */
function exportedFor(repo: TestRepo, id: string) {
  const result = repo.ao(['export', '--format', 'in-toto', '--array']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout).find(
    (s: { predicate: Record<string, { record?: string }> }) =>
      s.predicate['https://agentops.dev/verdict/v1']!.record === id,
  );
}

function verifyCommit(repo: TestRepo, rev: string) {
  const result = repo.ao(['verify', '--commit', rev, '--json']);
  return { code: result.code, change: JSON.parse(result.stdout).changes[0] };
}

/**
 * base → clean (adds lib.js) → evil (adds a backdoor line to app.js) → revert (takes it out
 * again, adds notes.md). The range's combined diff shows no backdoor at all.
 */
function backdoorRange() {
  const repo = makeRepo();
  repo.write('app.js', 'export const app = 1;\n');
  const base = repo.commitAll('App');
  repo.write('lib.js', 'export const lib = 2;\n');
  const clean = repo.commitAll('Add lib');
  repo.write(
    'app.js',
    'export const app = 1;\nif (process.env.X) require("child_process").exec(process.env.X); // backdoor\n',
  );
  const evil = repo.commitAll('Tune app start-up');
  repo.write('app.js', 'export const app = 1;\n');
  repo.write('notes.md', 'Notes.\n');
  const revert = repo.commitAll('Tidy app, add notes');
  return { repo, base, clean, evil, revert, range: `${base}..${revert}` };
}

describe('a range verdict names only the commits its judges reviewed on their own', () => {
  it('names no inner commit for --run commands or a judge that reads only the combined diff: a backdoor added and reverted stays uncovered', {
    timeout: SLOW,
  }, () => {
    const { repo, base, clean, evil, range } = backdoorRange();

    const runs = checkRange(repo, range, ['--run', 'test ! -e nothing']);
    expect(runs.result.code, runs.result.stderr).toBe(0);
    expect(runs.record.subject.kind).toBe('range');
    expect(runs.record.subject.commits).toEqual([]);
    expect(runs.record.summary).toContain(
      "Names 0 of the range's 3 commits on their own (--run commands see the head only)",
    );
    expect(runs.result.stderr).toContain(`not named on their own: ${clean.slice(0, 7)} ${evil.slice(0, 7)}`);

    // pass.mjs knows nothing of `commits`: it vouches for the range as a whole only.
    const old = checkRange(repo, range, ['--judge', node('pass.mjs', 'claude-sonnet-4-5')]);
    expect(old.result.code, old.result.stderr).toBe(0);
    expect(old.record.subject.commits).toEqual([]);

    // In commit mode the gate still wants each commit: the export says FAILED beside the pass.
    const exported = exportedFor(repo, runs.record.id);
    expect(exported.predicate.verificationResult).toBe('FAILED');
    expect(exported.predicate['https://agentops.dev/verdict/v1']).toMatchObject({
      verdict: 'pass',
      gate: { outcome: 'refuses', decided: `range ${range}`, failedRule: 'no-verdict' },
    });

    // Neither pass covers the backdoor commit's digest, here or cherry-picked alone.
    expect(verifyCommit(repo, evil)).toMatchObject({ code: 1, change: { failedRule: 'no-verdict' } });
    repo.git(['checkout', '-q', '-b', 'pick', base]);
    repo.git(['cherry-pick', evil]);
    const picked = verifyCommit(repo, 'HEAD');
    expect(picked.change.digest).toBe(verifyCommit(repo, evil).change.digest);
    expect(picked).toMatchObject({ code: 1, change: { failedRule: 'no-verdict' } });
  });

  it('shows each commit its own diff, and names those the council reviewed and passed on their own', {
    timeout: SLOW,
  }, () => {
    const { repo, base, clean, evil, revert, range } = backdoorRange();
    const saved = join(tempDir(), 'request.json');

    const checked = checkRange(repo, range, ['--judge', node('commits.mjs', '--save', saved)]);
    expect(checked.result.code, checked.result.stderr).toBe(0);
    const request = JSON.parse(readFileSync(saved, 'utf8'));
    expect(validateReviewRequestShape(request)).toEqual([]);
    expect(request.diff).not.toContain('backdoor');
    expect(request.commits.map((c: { commit: string }) => c.commit)).toEqual([clean, evil, revert]);
    const evilShown = request.commits[1];
    expect(evilShown).toMatchObject({ title: 'Tune app start-up', diffTruncated: false });
    expect(evilShown.diff).toContain('+if (process.env.X) require("child_process")');
    expect(evilShown.diffBytes).toBe(Buffer.byteLength(evilShown.diff));

    // The judge listed the two clean commits: the verdict names them, and not the backdoor.
    const named = checked.record.subject.commits.map((c: { commit: string }) => c.commit);
    expect(named).toEqual([clean, revert]);
    expect(evilShown.digest).toBe(verifyCommit(repo, evil).change.digest);
    expect(verifyCommit(repo, clean)).toMatchObject({ code: 0, change: { outcome: 'covered' } });
    expect(verifyCommit(repo, evil)).toMatchObject({ code: 1, change: { failedRule: 'no-verdict' } });
    repo.git(['checkout', '-q', '-b', 'pick', base]);
    repo.git(['cherry-pick', clean]);
    expect(verifyCommit(repo, 'HEAD').code).toBe(0);
    repo.git(['cherry-pick', evil]);
    expect(verifyCommit(repo, 'HEAD')).toMatchObject({ code: 1, change: { failedRule: 'no-verdict' } });

    // A commit counts only with the quorum: one of two judges listing it is not enough.
    repo.git(['checkout', '-q', 'main']);
    const two = ['--judge', node('commits.mjs'), '--judge', node('pass.mjs', 'gpt-5')];
    expect(checkRange(repo, range, two).record.subject.commits).toEqual([]);
    expect(
      checkRange(repo, range, [...two, '--quorum', '1']).record.subject.commits.map(
        (c: { commit: string }) => c.commit,
      ),
    ).toEqual([clean, revert]);

    // A range whose every commit was reviewed gets through the gate: PASSED.
    const whole = checkRange(repo, `${base}..${clean}`, ['--judge', node('commits.mjs')]);
    expect(whole.record.subject.commits.map((c: { commit: string }) => c.commit)).toEqual([clean]);
    expect(exportedFor(repo, whole.record.id).predicate.verificationResult).toBe('PASSED');

    // A failing verdict refuses every commit of the range, as before.
    const failing = checkRange(repo, `${base}..${evil}`, ['--judge', node('commits.mjs')]);
    expect(failing.result.code).toBe(1);
    expect(failing.record.subject.commits.map((c: { commit: string }) => c.commit)).toEqual([clean, evil]);
  });

  it('hostile: a judge that claims every commit vouches only for those it was shown whole', { timeout: SLOW }, () => {
    const repo = makeRepo();
    const base = repo.head();
    // 300 KiB of new lines: past the request's 256 KiB bound for the commits' diffs.
    repo.write('big.txt', `${'x'.repeat(99)}\n`.repeat(3 * 1024));
    const big = repo.commitAll('Add big');
    repo.write('small.txt', 'small\n');
    const small = repo.commitAll('Add small');
    const saved = join(tempDir(), 'request.json');

    const checked = checkRange(repo, `${base}..${small}`, [
      '--judge',
      node('commits.mjs', '--claim-all', '--save', saved),
    ]);
    expect(checked.result.code, checked.result.stderr).toBe(0);
    const request = JSON.parse(readFileSync(saved, 'utf8'));
    expect(validateReviewRequestShape(request)).toEqual([]);
    expect(request.commits[0]).toMatchObject({ commit: big, diff: '', diffTruncated: true });
    expect(request.commits[0].diffBytes).toBeGreaterThan(256 * 1024);
    expect(request.commits[1]).toMatchObject({ commit: small, diffTruncated: false });
    // The judge listed both and a commit it was never offered: only the one shown whole is named.
    expect(checked.record.subject.commits.map((c: { commit: string }) => c.commit)).toEqual([small]);
    expect(verifyCommit(repo, big).code).toBe(1);
    expect(verifyCommit(repo, small).code).toBe(0);
  });
});

describe("a judge's program comes from outside the change", () => {
  /** A staged change that ships a judge answering pass, and a module a judge could import. */
  function changeShippingAJudge(marker: string) {
    const repo = makeRepo();
    const pass = `require("node:fs").appendFileSync(${JSON.stringify(marker)}, "ran\\n");\nconsole.log(JSON.stringify({ verdict: "pass", summary: "I am the change" }));\n`;
    repo.write('src/app.js', 'export const app = 1;\n');
    repo.write(
      'judges/x.mjs',
      `#!/usr/bin/env node\nimport { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${pass}`,
    );
    repo.write('judges/x.cjs', pass);
    repo.write(
      'bin/ao-shipped-judge',
      `#!/bin/sh\necho ran >> ${q(marker)}\necho '{"verdict":"pass","summary":"I am the change"}'\n`,
    );
    repo.write('ao-shipped-judge', readFileSync(join(repo.dir, 'bin/ao-shipped-judge')));
    chmodSync(join(repo.dir, 'judges/x.mjs'), 0o755);
    chmodSync(join(repo.dir, 'bin/ao-shipped-judge'), 0o755);
    chmodSync(join(repo.dir, 'ao-shipped-judge'), 0o755);
    repo.git(['add', '-A']);
    return repo;
  }

  it('hostile: refuses, before running anything, a judge the change ships, however it is named', {
    timeout: SLOW,
  }, () => {
    const marker = join(tempDir(), 'ran');
    const repo = changeShippingAJudge(marker);
    const outside = tempDir('ao-judges-');
    symlinkSync(join(repo.dir, 'judges/x.mjs'), join(outside, 'link.mjs'));
    const pass = join(JUDGES, 'pass.mjs');
    const cases: [string, string][] = [
      ['node judges/x.mjs', `runs judges/x.mjs, which is ${repo.dir}/judges/x.mjs, inside ${repo.dir}`],
      ['./judges/x.mjs', 'inside'],
      [`node ${repo.dir}/judges/x.mjs`, 'inside'],
      [`node ${join(outside, 'link.mjs')}`, `which is ${repo.dir}/judges/x.mjs, inside ${repo.dir}`],
      ["sh -c 'node judges/x.mjs'", 'inside'],
      ['bash -lc "node judges/x.mjs"', 'inside'],
      ['env FOO=1 timeout 30 node judges/x.mjs', 'inside'],
      [`node --require ./judges/x.cjs ${q(pass)}`, 'loads ./judges/x.cjs'],
      [`node --import=judges/x.mjs ${q(pass)}`, 'loads judges/x.mjs'],
      [`NODE_OPTIONS=--import=./judges/x.mjs node ${q(pass)}`, 'sets NODE_OPTIONS'],
      ['node $PWD/judges/x.mjs', 'expands $… when it runs'],
      ['node "$HOME/x.mjs"', 'expands $… when it runs'],
      ['node ~/x.mjs', 'starts a word with ~'],
      ['node judges/*.mjs', 'pattern character *'],
      ['node judges/x.mjs && true', 'more than one simple command'],
      ['node -e "import(\'./judges/x.mjs\')"', 'runs node -e'],
      ['python3 -m judges.x', 'runs python3 -m'],
      ['npx -y claude', 'runs npx, which takes its configuration'],
      ['sh', 'on its standard input'],
      ['ao-shipped-judge -p review', "ao-shipped-judge, which is not on the judges' PATH"],
    ];
    // The caller's PATH holds `.` and a folder of the repository: neither reaches a judge.
    const env = { PATH: `.:${join(repo.dir, 'bin')}:${process.env.PATH}` };
    const records = ledgerFiles(repo);
    for (const [judge, message] of cases) {
      const result = repo.ao(['check', '--judge', judge], { env });
      expect(result.code, `${judge}\n${result.stderr}`).toBe(2);
      expect(result.stderr, judge).toContain(message);
      expect(result.stderr, judge).toContain('fix: ');
    }
    expect(existsSync(marker)).toBe(false);
    expect(ledgerFiles(repo)).toEqual(records);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).not.toContain('.agents/ledger');

    // Committed, and checked out only in the agent's linked worktree: that is the change too.
    const ship = repo.commitAll('Ship a judge');
    const agent = join(tempDir(), 'agent');
    repo.git(['worktree', 'add', '-q', '--detach', agent, ship]);
    repo.git(['checkout', '-q', 'HEAD~1']);
    const viaWorktree = repo.ao(['check', '--commit', ship, '--judge', `node ${agent}/judges/x.mjs`]);
    expect(viaWorktree.code, viaWorktree.stderr).toBe(2);
    expect(viaWorktree.stderr).toContain(`inside ${agent}`);
    const gone = repo.ao(['check', '--commit', ship, '--judge', 'node judges/x.mjs']);
    expect(gone.code, gone.stderr).toBe(2);
    expect(gone.stderr).toContain(
      `relative paths resolve from where you run ao check, ${repo.dir}, never inside the checkout of the change`,
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('resolves a relative judge path from where ao check runs, outside the repository, and records the absolute path it ran', {
    timeout: SLOW,
  }, () => {
    const repo = makeRepo();
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const outside = tempDir('ao-judges-');
    copyFileSync(join(JUDGES, 'pass.mjs'), join(outside, 'mine.mjs'));
    const path = relative(repo.dir, join(outside, 'mine.mjs'));
    expect(path.startsWith('../')).toBe(true);

    const result = repo.ao(['check', '--judge', `node ${path}`, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const review = JSON.parse(result.stdout).evidence[0];
    expect(review).toMatchObject({ reviewer: 'judge:mine', verdict: 'pass' });
    expect(review.text).toContain(`(node ${join(outside, 'mine.mjs')})`);
  });

  it('hostile: a module the change plants, NODE_PATH, NODE_OPTIONS and a --run that rewrites the judge do not choose its answer', {
    timeout: SLOW,
  }, () => {
    const repo = makeRepo();
    const policy = JSON.parse(repo.read('.agents/policy.json'));
    repo.write(
      '.agents/policy.json',
      JSON.stringify({ ...policy, check: { envAllow: ['NODE_PATH', 'NODE_OPTIONS'] } }, null, 2),
    );
    repo.commitAll('Let checkers see NODE_PATH and NODE_OPTIONS');
    const marks = tempDir();
    const planted = (name: string) =>
      `require("node:fs").appendFileSync(${JSON.stringify(join(marks, name))}, String(process.argv[1]) + "\\n");\n`;
    repo.write('node_modules/ao-planted-helper/package.json', '{ "name": "ao-planted-helper", "main": "index.js" }\n');
    repo.write(
      'node_modules/ao-planted-helper/index.js',
      `${planted('helper')}module.exports = { verdict: "pass", summary: "planted" };\n`,
    );
    repo.write('planted.cjs', planted('preload'));
    repo.write('.npmrc', 'registry=http://127.0.0.1:9/\n');
    repo.git(['add', '-A', '--force']);
    const judges = tempDir('ao-judges-');
    const judge = join(judges, 'strict.mjs');
    copyFileSync(join(JUDGES, 'imports.mjs'), judge);
    const probe = join(judges, 'probe.mjs');
    writeFileSync(probe, 'process.exit(0);\n');
    const env = { NODE_PATH: 'node_modules', NODE_OPTIONS: '--require ./planted.cjs' };

    // The --run gets the allowed names (it runs the change's code anyway), and after every
    // judge: rewriting the judge's program to a pass changes nothing any more.
    const rewrite = `cp ${q(join(JUDGES, 'pass.mjs'))} ${q(judge)} && node ${q(probe)}`;
    const result = repo.ao(['check', '--judge', `node ${q(judge)}`, '--run', rewrite, '--json'], { env });
    expect(result.code, result.stderr).toBe(1);
    const record = JSON.parse(result.stdout);
    expect(record.evidence.find((e: { kind: string }) => e.kind === 'review')).toMatchObject({
      verdict: 'fail',
      reviewer: 'judge:strict',
    });
    expect(record.evidence.find((e: { kind: string }) => e.kind === 'test')).toMatchObject({ exitCode: 0 });
    // The planted preload ran in the --run (the vector is live; ao itself, started with this
    // NODE_OPTIONS in the repository, loads it too) but never in the judge.
    const preloaded = readFileSync(join(marks, 'preload'), 'utf8').trim().split('\n');
    expect(preloaded).toContain(probe);
    expect(preloaded).not.toContain(judge);
    expect(existsSync(join(marks, 'helper'))).toBe(false);
  });
});

describe('a pass that a promoted constraint refuses', () => {
  function withConstraint() {
    const repo = makeRepo();
    const learned = repo.ao([
      'learn',
      'Never eval input in src: it runs what an attacker sends',
      '--paths',
      'src/**',
      '--negative',
    ]);
    expect(learned.code, learned.stderr).toBe(0);
    const learning = learned.stdout.trim();
    expect(repo.ao(['promote', learning.slice(7, 19), '--forbid-pattern', 'eval\\(', '--id', 'no-eval']).code).toBe(0);
    expect(verdictStaged(repo).code).toBe(0);
    expect(repo.git(['commit', '-q', '-m', 'Promote no-eval'], { allowFail: true }).code).toBe(0);
    return { repo, learning };
  }

  const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('warns at record time, records the pass anyway, and the in-toto export states the gate refuses it under the base policy', {
    timeout: SLOW,
  }, () => {
    const { repo, learning } = withConstraint();
    const basePolicy = readFileSync(join(repo.dir, '.agents/policy.json'));
    const base = repo.head();
    repo.write('src/run.js', 'export const run = (s) => eval(s);\n');
    repo.git(['add', '-A']);

    const recorded = verdictStaged(repo);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stderr).toContain(
      'ao: warning: the gate will still refuse the staged change: promoted constraint no-eval',
    );
    expect(recorded.stderr).toContain(`learning ${learning.slice(0, 19)}`);
    expect(recorded.stderr).toContain('Never eval input in src');
    expect(recorded.stderr).toContain('src/run.js:1: export const run = (s) => eval(s);');
    expect(recorded.stderr).toContain(
      "the pass is recorded as the checker's claim; `ao verify` and CI still refuse the change",
    );
    const id = recorded.stdout.trim();
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toContain(id.slice(7));
    expect(repo.ao(['verify', '--staged']).code).toBe(1);

    // ao check records the same claim with the same warning.
    const checked = repo.ao(['check', '--judge', node('pass.mjs')]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).toContain('the gate will still refuse the staged change: promoted constraint no-eval');

    repo.git(['commit', '-q', '--no-verify', '-m', 'Add run']);
    const landed = repo.head();
    // A clean change after it passes through the gate.
    repo.write('src/ok.js', 'export const ok = 1;\n');
    repo.git(['add', '-A']);
    const clean = verdictStaged(repo);
    expect(clean.stderr).not.toContain('the gate will still refuse');
    repo.git(['commit', '-q', '-m', 'Add ok'], { allowFail: true });

    const statements = repo
      .ao(['export', '--format', 'in-toto'])
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const refused = statements.find((s) => s.predicate['https://agentops.dev/verdict/v1'].record === id);
    expect(refused.predicate.verificationResult).toBe('FAILED');
    expect(refused.predicate.verifiedLevels).toEqual(['FAILED']);
    expect(refused.predicate.policy).toEqual({
      name: '.agents/policy.json',
      uri: `urn:agentops-verdict:policy:${base}:.agents/policy.json`,
      digest: { sha256: sha256(basePolicy) },
    });
    const ext = refused.predicate['https://agentops.dev/verdict/v1'];
    expect(ext.verdict).toBe('pass');
    expect(ext.gate).toMatchObject({
      outcome: 'refuses',
      decided: `commit ${landed}`,
      failedRule: 'constraint',
      constraint: 'no-eval',
      learning,
      policy: { path: '.agents/policy.json', commit: base, sha256: sha256(basePolicy) },
    });
    expect(ext.gate.reason).toContain('src/run.js:1');
    const passed = statements.find(
      (s) => s.predicate['https://agentops.dev/verdict/v1'].record === clean.stdout.trim(),
    );
    expect(passed.predicate.verificationResult).toBe('PASSED');
    expect(passed.predicate['https://agentops.dev/verdict/v1'].gate).toMatchObject({
      outcome: 'accepts',
      decided: `commit ${repo.head()}`,
    });
  });

  it("hostile: a change that drops the constraint from the policy is still refused, and the export names the base policy, not the change's", {
    timeout: SLOW,
  }, () => {
    const { repo } = withConstraint();
    const basePolicy = readFileSync(join(repo.dir, '.agents/policy.json'));
    const base = repo.head();
    const policy = JSON.parse(basePolicy.toString());
    delete policy.constraints;
    repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
    repo.write('src/run.js', 'export const run = (s) => eval(s);\n');
    repo.git(['add', '-A']);
    const recorded = repo.ao(['verdict', 'pass', '--checker', CHECKER]);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stderr).toContain('the gate will still refuse the staged change: promoted constraint no-eval');
    repo.git(['commit', '-q', '--no-verify', '-m', 'Drop the constraint and eval']);

    // A pass that never landed has no gate decision: FAILED, never PASSED by default.
    repo.write('src/later.js', 'export const later = 1;\n');
    repo.git(['add', '-A']);
    const pending = verdictStaged(repo).stdout.trim();
    const statements = repo.ao(['export', '--format', 'in-toto', '--array']);
    expect(statements.code, statements.stderr).toBe(0);
    const all = JSON.parse(statements.stdout);
    const refused = all.find(
      (s: { predicate: Record<string, { record: string }> }) =>
        s.predicate['https://agentops.dev/verdict/v1']!.record === recorded.stdout.trim(),
    );
    expect(refused.predicate.verificationResult).toBe('FAILED');
    expect(refused.predicate.policy.digest.sha256).toBe(sha256(basePolicy));
    expect(refused.predicate['https://agentops.dev/verdict/v1'].gate).toMatchObject({
      outcome: 'refuses',
      failedRule: 'ratchet',
      constraint: 'no-eval',
      policy: { commit: base },
    });
    const unlanded = all.find(
      (s: { predicate: Record<string, { record: string }> }) =>
        s.predicate['https://agentops.dev/verdict/v1']!.record === pending,
    );
    expect(unlanded.predicate.verificationResult).toBe('FAILED');
    expect(unlanded.predicate['https://agentops.dev/verdict/v1'].gate.outcome).toBe('unknown');
  });
});
