import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeNameFromCommand } from '../src/core/council.js';
import { modelFamily } from '../src/core/review.js';
import { validateReviewRequestShape } from '../src/core/review-schemas.js';
import { AO_BIN, cleanupAll, makeRepo, ROOT, tempDir, WORKER, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

const JUDGES = join(ROOT, 'test', 'fixtures', 'judges');

/** Quotes one word for /bin/sh. */
function q(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command line running one of the fixture judges with this node. */
function node(script: string, ...args: string[]): string {
  return [process.execPath, join(JUDGES, script), ...args].map(q).join(' ');
}

function sh(script: string, ...args: string[]): string {
  return ['sh', join(JUDGES, script), ...args].map(q).join(' ');
}

/** A judge that prints `review` as its answer. */
function answer(review: object): string {
  return `echo ${q(JSON.stringify(review))}`;
}

/** Running and not a zombie (an unreaped zombie is dead: it runs nothing). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Every file below the checkout (not .git), with its content. */
function snapshotFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path);
    if (rel === '.git' || rel.startsWith('.git/') || !entry.isFile()) continue;
    files[rel] = readFileSync(path, 'utf8');
  }
  return files;
}

function withoutLedger<T>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('.agents/ledger/')));
}

function setCheckPolicy(repo: TestRepo, check: object): void {
  const policy = JSON.parse(repo.read('.agents/policy.json'));
  repo.write('.agents/policy.json', JSON.stringify({ ...policy, check }, null, 2));
  repo.commitAll('Policy for ao check');
}

function evidenceOf(record: { evidence: { reviewer?: string }[] }, reviewer: string) {
  return record.evidence.find((e) => e.reviewer === reviewer) as Record<string, unknown> & {
    findings?: Record<string, unknown>[];
  };
}

describe('ao check', () => {
  it('checks exactly the staged tree in a fresh checkout outside the repository, and records a passing verdict', () => {
    const repo = makeRepo();
    repo.write('src/a.txt', 'staged\n');
    repo.git(['add', 'src/a.txt']);
    repo.write('src/a.txt', 'dirty\n');
    repo.write('untracked.txt', 'not part of the change\n');
    const tmp = tempDir('ao-check-tmp-');
    const saved = join(tempDir(), 'request.json');

    const result = repo.ao(
      [
        'check',
        '--run',
        'grep -qx staged src/a.txt && test ! -e untracked.txt && echo tree-ok',
        '--judge',
        node('pass.mjs', 'claude-sonnet-4-5', '--save', saved),
        '--json',
      ],
      { env: { TMPDIR: tmp } },
    );
    expect(result.code, result.stderr).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.verdict).toBe('pass');
    expect(record.checker).toEqual({ id: expect.stringMatching(/^ao-check@/), kind: 'tool' });
    expect(record.worker.id).toBe(WORKER.email);
    expect(record.evidence[0]).toMatchObject({
      kind: 'test',
      command: 'grep -qx staged src/a.txt && test ! -e untracked.txt && echo tree-ok',
      exitCode: 0,
      outputTail: 'tree-ok',
      outputDigest: `sha256:${createHash('sha256').update('tree-ok\n').digest('hex')}`,
    });
    expect(record.evidence[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(record.evidence[1]).toMatchObject({
      kind: 'review',
      reviewer: 'judge:pass',
      verdict: 'pass',
      model: 'claude-sonnet-4-5',
      family: 'anthropic',
    });
    expect(record.summary).toContain('Judges: 1 of 1 passed (quorum 1); model families: anthropic');
    expect(result.stderr).toContain('verdict: PASS');

    // The judge got a valid request about exactly this change, and saw the staged tree.
    const seen = JSON.parse(readFileSync(saved, 'utf8'));
    expect(validateReviewRequestShape(seen.request)).toEqual([]);
    expect(seen.request.subject).toEqual({ kind: 'staged', label: 'staged change', digest: record.subject.digest });
    expect(seen.request.manifest).toEqual(record.subject.entries);
    expect(seen.request.diff).toContain('+staged');
    expect(seen.request.diff).not.toContain('dirty');
    expect(seen.request.context).toBe('');
    expect(seen.files).toContain('src/a.txt');
    expect(seen.files).not.toContain('untracked.txt');
    expect(seen.cwd.startsWith(`${tmp}/`)).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);

    // The user's checkout is as it was, and the verdict covers the staged change.
    expect(repo.read('src/a.txt')).toBe('dirty\n');
    expect(repo.read('untracked.txt')).toBe('not part of the change\n');
    expect(repo.ao(['verify', '--staged']).code).toBe(0);
    const commit = repo.git(['commit', '-m', 'Add a'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
  });

  it('records failing runs, failing judges and every broken answer as a failed verdict, never as a pass', () => {
    const repo = makeRepo();
    repo.write('src/b.js', 'export const b = 1;\n');
    repo.write('review.mjs', 'console.log(JSON.stringify({ verdict: "pass", summary: "I wrote myself" }));\n');
    repo.git(['add', '-A']);

    const result = repo.ao([
      'check',
      '--run',
      'echo boom; exit 4',
      '--judge',
      node('fail.mjs', 'gpt-5'),
      '--judge',
      sh('garbage.sh'),
      '--judge',
      'exit 3',
      '--judge-name',
      'crash',
      '--judge',
      answer({ verdict: 'approve', summary: 'fine' }),
      '--judge-name',
      'wrong-schema',
      '--judge',
      'cat review.mjs',
      '--judge-name',
      'self',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(1);
    const record = JSON.parse(result.stdout);
    expect(record.verdict).toBe('fail');
    expect(record.evidence[0]).toMatchObject({ kind: 'test', exitCode: 4, outputTail: 'boom' });
    const failed = evidenceOf(record, 'judge:fail');
    expect(failed).toMatchObject({ verdict: 'fail', model: 'gpt-5', family: 'openai' });
    expect(failed.findings).toEqual([
      {
        severity: 'high',
        category: 'correctness',
        path: 'review.mjs',
        line: 1,
        description: 'The first line of review.mjs changes behaviour callers rely on.',
        suggestedFix: 'Keep the old behaviour behind a flag.',
      },
    ]);
    expect(evidenceOf(record, 'judge:garbage')).toMatchObject({
      verdict: 'error',
      error: expect.stringContaining('not one JSON document'),
    });
    expect(evidenceOf(record, 'judge:crash')).toMatchObject({
      verdict: 'error',
      error: expect.stringContaining('exited 3'),
    });
    expect(evidenceOf(record, 'judge:wrong-schema')).toMatchObject({
      verdict: 'error',
      error: expect.stringContaining('/verdict must be equal to one of the allowed values'),
    });
    expect(evidenceOf(record, 'judge:self')).toMatchObject({
      verdict: 'error',
      error: expect.stringContaining('cannot judge itself'),
    });
    expect(record.summary).toContain('0 of 5 judges passed; the quorum is 5');
    expect(result.stderr).toContain('verdict: FAIL');
    expect(result.stderr).toContain('high correctness review.mjs:1');

    // A failed verdict is recorded and staged, and it does not cover the change.
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toContain(`.agents/ledger/0000/00000001-`);
    expect(repo.ao(['verify', '--staged']).code).toBe(1);
  });

  it("hostile: reads a judge's answer strictly, so an answer that says pass to one parser and fail to another is an error", () => {
    const repo = makeRepo();
    repo.write('src/b.js', 'export const b = 1;\n');
    repo.git(['add', '-A']);
    // JSON.parse keeps the last "verdict" (pass), a reader of the text sees the first (fail): neither may decide.
    const answers: [string, string][] = [
      ['{"verdict":"fail","summary":"a bug in b.js","verdict":"pass"}', 'duplicate key "verdict" at line 1, column 45'],
      ['{"verdict":"pass","summary":"fine"}{"verdict":"fail","summary":"a bug"}', 'after the JSON value'],
      ['{"verdict":"pass","summary":"fine \\ud800"}', 'lone surrogate'],
      ['\ufeff{"verdict":"pass","summary":"fine"}', 'byte order mark'],
    ];
    const args = answers.flatMap(([text], i) => [
      '--judge',
      `printf '%s' ${q(text)}`,
      '--judge-name',
      `two-faced-${i}`,
    ]);
    const result = repo.ao(['check', ...args, '--json']);
    expect(result.code, result.stderr).toBe(1);
    const record = JSON.parse(result.stdout);
    expect(record.verdict).toBe('fail');
    answers.forEach(([, error], i) => {
      expect(evidenceOf(record, `judge:two-faced-${i}`)).toMatchObject({
        verdict: 'error',
        error: expect.stringContaining(error),
      });
    });
  });

  it('kills the whole process group of a checker that hangs, within its time limit', () => {
    const repo = makeRepo();
    repo.write('src/c.txt', 'c\n');
    repo.commitAll('Add c');
    const pids = tempDir();
    const started = Date.now();
    const result = repo.ao([
      'check',
      '--commit',
      'HEAD',
      '--run',
      sh('hang.sh', join(pids, 'run')),
      '--judge',
      sh('hang.sh', join(pids, 'judge')),
      '--timeout',
      '1',
      '--json',
    ]);
    const elapsed = Date.now() - started;
    expect(result.code, result.stderr).toBe(1);
    // 1 s limit, 2 s grace at most, and ao's own start-up on a slow machine.
    expect(elapsed).toBeLessThan(8000);
    const record = JSON.parse(result.stdout);
    expect(record.evidence[0]).toMatchObject({
      kind: 'test',
      exitCode: null,
      error: 'timed out after 1.0 s: its process group was killed',
    });
    expect(record.evidence[1]).toMatchObject({
      kind: 'review',
      verdict: 'error',
      error: expect.stringContaining('timed out after 1.0 s'),
    });
    for (const name of ['run', 'judge']) {
      const grandchild = Number(readFileSync(join(pids, name), 'utf8'));
      expect(grandchild).toBeGreaterThan(0);
      expect(isAlive(grandchild), `${name}'s grandchild sleep ${grandchild} is still running`).toBe(false);
    }
    // A commit's verdict is written, not staged.
    expect(repo.git(['status', '--porcelain']).stdout).toMatch(/^\?\? \.agents\/ledger\//m);
  });

  it('stops every checker, records nothing and cleans up when interrupted', async () => {
    const repo = makeRepo();
    repo.write('src/i.txt', 'i\n');
    repo.git(['add', 'src/i.txt']);
    const tmp = tempDir('ao-check-tmp-');
    const pidFile = join(tempDir(), 'judge');
    const child = spawn(process.execPath, [AO_BIN, 'check', '--judge', sh('hang.sh', pidFile)], {
      cwd: repo.dir,
      env: { ...repo.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 20_000;
    while (!(existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(isAlive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout.trim()).toBe('src/i.txt');
    expect(
      existsSync(join(repo.dir, '.agents/ledger/0000/')) && readdirSync(join(repo.dir, '.agents/ledger/0000/')).length,
    ).toBe(1);
  });

  it("gives checkers none of the worker session's environment, only the allowlist", () => {
    const repo = makeRepo();
    setCheckPolicy(repo, { envAllow: ['ALLOWED_VAR'] });
    repo.write('src/d.txt', 'd\n');
    repo.git(['add', 'src/d.txt']);
    const tmp = tempDir('ao-check-tmp-');
    const secrets = {
      GITHUB_TOKEN: 'ghp_fake0123456789',
      ANTHROPIC_API_KEY: 'sk-ant-fake-key',
      CLAUDE_CODE_SESSION_ID: 'session-of-the-worker',
    };
    const result = repo.ao(['check', '--judge', node('env-snoop.mjs'), '--json'], {
      env: {
        ...secrets,
        AO_WORKER: 'coding-agent',
        AO_WORKER_SESSION: 'worker-session-1',
        ALLOWED_VAR: 'yes',
        TMPDIR: tmp,
      },
    });
    expect(result.code, result.stderr).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.worker).toEqual({ id: 'coding-agent', kind: 'agent', session: 'worker-session-1' });
    const review = evidenceOf(record, 'judge:env-snoop');
    expect(review.verdict).toBe('pass');
    const [, names, home] = /env: ([^;]*); HOME=(.*)$/.exec(String(review.text))!;
    const seen = names!.split(',');
    expect(seen).toContain('ALLOWED_VAR');
    // sh itself adds PWD, and may add SHLVL, OLDPWD and _.
    for (const name of seen)
      expect(['PATH', 'LANG', 'HOME', 'TMPDIR', 'ALLOWED_VAR', 'PWD', 'SHLVL', 'OLDPWD', '_']).toContain(name);
    expect(home!.startsWith(`${tmp}/`)).toBe(true);
    expect(existsSync(home!)).toBe(false);
    const stored = readFileSync(
      join(repo.dir, repo.git(['diff', '--cached', '--name-only', '--', '.agents/ledger']).stdout.trim()),
      'utf8',
    );
    for (const value of Object.values(secrets)) expect(stored.includes(value), value).toBe(false);
  });

  it("leaves the user's checkout, index, HEAD and refs untouched when a checker deletes its files", () => {
    const repo = makeRepo();
    repo.write('src/e.txt', 'e\n');
    repo.write('src/keep.txt', 'keep\n');
    repo.commitAll('Add e');
    repo.write('src/e.txt', 'e staged\n');
    repo.git(['add', 'src/e.txt']);
    repo.write('src/keep.txt', 'keep, dirty\n');
    repo.write('notes.txt', 'untracked\n');
    const tmp = tempDir('ao-check-tmp-');
    const before = {
      files: snapshotFiles(repo.dir),
      index: repo.git(['ls-files', '--stage']).stdout,
      head: repo.head(),
      refs: repo.git(['for-each-ref']).stdout,
      worktrees: repo.git(['worktree', 'list', '--porcelain']).stdout,
    };

    const result = repo.ao(['check', '--run', 'rm -rf ./* ./.agents && echo gone', '--judge', sh('deleter.sh')], {
      env: { TMPDIR: tmp },
    });
    expect(result.code, result.stderr).toBe(0);

    expect(withoutLedger(snapshotFiles(repo.dir))).toEqual(withoutLedger(before.files));
    const indexNow = repo
      .git(['ls-files', '--stage'])
      .stdout.split('\n')
      .filter((line) => !line.includes('.agents/ledger/0000/00000001-'));
    expect(indexNow.join('\n')).toBe(before.index);
    expect(repo.head()).toBe(before.head);
    expect(repo.git(['for-each-ref']).stdout).toBe(before.refs);
    expect(repo.git(['worktree', 'list', '--porcelain']).stdout).toBe(before.worktrees);
    expect(readdirSync(tmp)).toEqual([]);
    expect(repo.ao(['verify', '--staged']).code).toBe(0);
  });

  it('passes a council of three on a quorum of two distinct judges, and records their model families', () => {
    const repo = makeRepo();
    repo.write('src/f.txt', 'f\n');
    repo.git(['add', 'src/f.txt']);
    const council = [
      '--judge',
      node('pass.mjs', 'claude-opus-4-1'),
      '--judge-name',
      'claude',
      '--judge',
      node('pass.mjs', 'gpt-5-codex'),
      '--judge-name',
      'codex',
      '--judge',
      node('fail.mjs', 'gemini-2.5-pro'),
      '--judge-name',
      'gemini',
    ];

    const unanimous = repo.ao(['check', ...council, '--json']);
    expect(unanimous.code, unanimous.stderr).toBe(1);
    expect(JSON.parse(unanimous.stdout).summary).toContain('2 of 3 judges passed; the quorum is 3');

    const quorum = repo.ao(['check', ...council, '--quorum', '2', '--json']);
    expect(quorum.code, quorum.stderr).toBe(0);
    const record = JSON.parse(quorum.stdout);
    expect(record.verdict).toBe('pass');
    expect(record.summary).toContain('Judges: 2 of 3 passed (quorum 2); model families: anthropic, openai.');
    expect(
      record.evidence.map((e: { reviewer: string; family: string; verdict: string }) => [
        e.reviewer,
        e.family,
        e.verdict,
      ]),
    ).toEqual([
      ['judge:claude', 'anthropic', 'pass'],
      ['judge:codex', 'openai', 'pass'],
      ['judge:gemini', 'google', 'fail'],
    ]);
    expect(quorum.stderr).toContain('council: 2 of 3 judges passed (quorum 2)');
    expect(repo.ao(['verify', '--staged']).code).toBe(0);

    // The same judge twice is one judge: a quorum of two cannot be met by it.
    const twice = repo.ao(['check', '--judge', node('pass.mjs'), '--judge', node('pass.mjs'), '--quorum', '2']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(
      '--quorum 2 can never be met by 1 distinct judge (2 given, but the same judge twice counts once',
    );
  });

  it('holds the council to the policy: distinct model families, and warn as a failure when the policy says so', () => {
    const repo = makeRepo();
    setCheckPolicy(repo, { minModelFamilies: 2, warnIsPass: false });
    repo.write('src/g.txt', 'g\n');
    repo.git(['add', 'src/g.txt']);

    const oneFamily = repo.ao([
      'check',
      '--quorum',
      '2',
      '--judge',
      node('pass.mjs', 'claude-opus-4-1'),
      '--judge-name',
      'opus',
      '--judge',
      node('pass.mjs', 'us.anthropic.claude-sonnet-4-5-v1:0'),
      '--judge-name',
      'sonnet',
      '--judge',
      answer({ verdict: 'warn', summary: 'minor nits', model: 'gpt-5' }),
      '--judge-name',
      'gpt',
      '--json',
    ]);
    expect(oneFamily.code, oneFamily.stderr).toBe(1);
    const summary = JSON.parse(oneFamily.stdout).summary;
    expect(summary).toContain('the passing judges span 1 model family (anthropic); the policy requires 2');
    expect(summary).toContain('Judges: 2 of 3 passed (quorum 2)');

    const twoFamilies = repo.ao([
      'check',
      '--judge',
      node('pass.mjs', 'claude-opus-4-1'),
      '--judge-name',
      'opus',
      '--judge',
      answer({ verdict: 'pass', summary: 'fine', model: 'my-finetune', family: 'Google' }),
      '--judge-name',
      'tuned',
    ]);
    expect(twoFamilies.code, twoFamilies.stderr).toBe(0);
    expect(twoFamilies.stderr).toContain('model families: anthropic, google');
  });

  it('refuses, before running anything, what cannot give a valid verdict', () => {
    const repo = makeRepo();
    repo.write('src/h.txt', 'h\n');
    repo.git(['add', 'src/h.txt']);
    const marker = join(tempDir(), 'ran');
    const touch = `touch ${q(marker)}`;
    const cases: [string[], string][] = [
      [[], 'needs something to check with'],
      [['--judge-name', 'early', '--judge', touch], '--judge-name names the --judge before it'],
      [['--run', touch, '--timeout', '0'], '--timeout takes seconds'],
      [['--run', touch, '--quorum', '1'], '--quorum counts judges, and no --judge is given'],
      [['--run', touch, '--checker', WORKER.email], `checker ${WORKER.email} is also the worker`],
      [['--run', touch, '--commit', 'HEAD', '--staged'], 'cannot be combined'],
    ];
    for (const [args, message] of cases) {
      const result = repo.ao(['check', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('fix:');
    }
    expect(existsSync(marker)).toBe(false);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout.trim()).toBe('src/h.txt');
  });
});

describe('ao check naming rules', () => {
  it('names a judge by the program its command runs', () => {
    expect(judgeNameFromCommand('claude -p "review this change"')).toBe('claude');
    expect(judgeNameFromCommand("'/usr/bin/node' '/opt/judges/strict.mjs' --model x")).toBe('strict');
    expect(judgeNameFromCommand('ANTHROPIC_MODEL=x npx -y @anthropic-ai/claude-code -p hi')).toBe('claude-code');
    expect(judgeNameFromCommand("sh -c 'codex exec --json'")).toBe('codex');
    expect(judgeNameFromCommand('timeout 30 ./judge.sh')).toBe('judge');
    expect(judgeNameFromCommand('node -e "process.exit(1)"')).toBe('node');
  });

  it('derives model families from model names, provider prefixes and all', () => {
    expect(modelFamily('claude-sonnet-4-5')).toBe('anthropic');
    expect(modelFamily('us.anthropic.claude-3-7-sonnet-20250219-v1:0')).toBe('anthropic');
    expect(modelFamily('openrouter/openai/gpt-4.1')).toBe('openai');
    expect(modelFamily('o3-mini')).toBe('openai');
    expect(modelFamily('models/gemini-2.5-pro')).toBe('google');
    expect(modelFamily('my-finetune')).toBeUndefined();
    expect(modelFamily('my-finetune', 'Meta')).toBe('meta');
  });
});
