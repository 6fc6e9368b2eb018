import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanupAll,
  commitCovered,
  freshClone,
  makeRepo,
  tempDir,
  verdictStaged,
  type RunResult,
  type TestRepo,
} from './helpers/repo.js';

afterAll(cleanupAll);

/** These drive dozens of real git and ao processes; a shared two-core machine can be slow. */
const SLOW = 240_000;

// docs/spec.md section 7: a merge is recomputed from its parents' trees alone. Nothing the
// change carries (.gitattributes) and nothing local (.git/config, info/attributes, the
// user's attributes file) may make a merge that drops the base's fix look clean.

const BASE = 'export const timeout = 0; // BUG: requests never time out\n';
const FIX = 'export const timeout = 30_000; // the fix\n';
const TOPIC = 'export const timeout = 0; // tuned for the demo\n';

/** main fixes the line the topic branch also changed; HEAD is the topic, about to merge main. */
function forkedFix(topicFiles: Record<string, string> = {}): TestRepo {
  const repo = makeRepo();
  repo.write('src/app.js', BASE);
  commitCovered(repo, 'App');
  repo.git(['checkout', '-q', '-b', 'topic']);
  repo.write('src/app.js', TOPIC);
  for (const [path, content] of Object.entries(topicFiles)) repo.write(path, content);
  commitCovered(repo, 'Topic work');
  repo.git(['checkout', '-q', 'main']);
  repo.write('src/app.js', FIX);
  commitCovered(repo, 'Fix the timeout');
  repo.git(['checkout', '-q', 'topic']);
  return repo;
}

/**
 * Merges main into the topic and takes whatever git left in the working tree, as a merge
 * made under the attributes or driver would: the commit through the pre-commit hook (with
 * MERGE_HEAD staged) is made; if the hook refuses, the merge is committed past it.
 */
function mergeAsGitLeftIt(repo: TestRepo): { hook: RunResult; tip: string } {
  const tip = repo.head();
  repo.git(['merge', '-q', '--no-commit', '--no-ff', 'main'], { allowFail: true });
  repo.git(['add', '-A']);
  const hook = repo.git(['commit', '-q', '--no-edit'], { allowFail: true });
  if (hook.code !== 0) repo.git(['commit', '-q', '--no-verify', '--no-edit']);
  return { hook, tip };
}

interface MergeJudgement {
  code: number;
  outcome: string;
  digest: string;
  reason: string;
}

/** How `ao verify --range TIP..HEAD` judges the merge at HEAD. */
function judgeMerge(repo: TestRepo, tip: string): MergeJudgement {
  const verified = repo.ao(['verify', '--range', `${tip}..HEAD`, '--json']);
  const report = JSON.parse(verified.stdout);
  const merge = report.changes.find((c: { kind: string }) => c.kind === 'merge');
  expect(merge, verified.stdout).toBeDefined();
  return { code: verified.code, outcome: merge.outcome, digest: merge.digest, reason: merge.reason };
}

const variants: { name: string; topicFiles?: Record<string, string>; local?: (repo: TestRepo) => void }[] = [
  { name: "the change's .gitattributes sets * merge=union", topicFiles: { '.gitattributes': '* merge=union\n' } },
  {
    name: "the change's .gitattributes marks the file -merge",
    topicFiles: { '.gitattributes': 'src/app.js -merge\n' },
  },
  { name: "the change's .gitattributes marks the file binary", topicFiles: { '.gitattributes': 'src/*.js binary\n' } },
  {
    name: "the change names a merge driver that only this clone's .git/config defines (it keeps ours)",
    topicFiles: { '.gitattributes': '* merge=keep-ours\n' },
    local: (repo) => repo.git(['config', 'merge.keep-ours.driver', 'true']),
  },
  {
    name: "this clone's .git/info/attributes sets * merge=union",
    local: (repo) => repo.write('.git/info/attributes', '* merge=union\n'),
  },
  {
    name: "this clone's core.attributesFile marks the file -merge",
    local: (repo) => {
      const file = join(tempDir(), 'attributes');
      writeFileSync(file, 'src/app.js -merge\n');
      repo.git(['config', 'core.attributesFile', file]);
    },
  },
];

describe('merges are recomputed from the two trees alone', () => {
  it.each(variants)(
    'a merge that keeps what git left when $name needs a verdict, here and in a fresh clone',
    ({ topicFiles, local }) => {
      const repo = forkedFix(topicFiles);
      local?.(repo);
      const { hook, tip } = mergeAsGitLeftIt(repo);
      expect(repo.read('src/app.js')).not.toBe(FIX); // the attribute or driver left the topic's line in
      expect(hook.code, hook.stderr).toBe(1);
      expect(hook.stderr).toContain('staged merge');

      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 1, outcome: 'uncovered' });
      expect(here.reason).toContain('no verdict');
      const clone = freshClone(repo, 'topic');
      expect(judgeMerge(clone, tip)).toEqual(here);
    },
    SLOW,
  );

  it(
    'a verdict recorded under a local merge.conflictStyle covers the merge in a fresh clone',
    () => {
      const repo = forkedFix();
      repo.git(['config', 'merge.conflictStyle', 'diff3']);
      repo.git(['config', 'merge.renames', 'false']);
      const tip = repo.head();
      expect(repo.git(['merge', '-q', '--no-commit', 'main'], { allowFail: true }).code).toBe(1);
      repo.write('src/app.js', 'export const timeout = 30_000; // the fix, tuned for the demo\n');
      expect(commitCovered(repo, 'Merge main')).toBe(repo.head());
      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 0, outcome: 'covered' });
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
    },
    SLOW,
  );

  it(
    'a genuinely clean merge stays empty, whatever the attributes and local drivers say',
    () => {
      const repo = makeRepo();
      repo.write('src/app.js', BASE);
      commitCovered(repo, 'App');
      repo.git(['checkout', '-q', '-b', 'topic']);
      repo.write('src/other.js', 'export const other = 1;\n');
      repo.write('.gitattributes', '* merge=union\nsrc/app.js merge=keep-ours\n');
      commitCovered(repo, 'Topic work');
      repo.git(['checkout', '-q', 'main']);
      repo.write('src/app.js', FIX);
      commitCovered(repo, 'Fix the timeout');
      repo.git(['checkout', '-q', 'topic']);
      repo.git(['config', 'merge.keep-ours.driver', 'true']);
      repo.write('.git/info/attributes', '* -merge\n');
      const { hook, tip } = mergeAsGitLeftIt(repo);
      expect(hook.code, hook.stderr).toBe(0);
      expect(repo.read('src/app.js')).toBe(FIX);
      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 0, outcome: 'empty' });
      expect(here.reason).toContain('clean merge');
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
    },
    SLOW,
  );

  it(
    'leaves no throwaway git directory behind, also when git fails inside it',
    () => {
      const repo = forkedFix();
      const tip = repo.head();
      repo.git(['merge', '-q', '--no-commit', 'main'], { allowFail: true });
      repo.write('src/app.js', TOPIC);
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '--no-verify', '--no-edit']);
      const tmp = join(tempDir(), 'tmp');
      mkdirSync(tmp);
      const env = { TMPDIR: tmp };
      expect(repo.ao(['verify', '--range', `${tip}..HEAD`], { env }).code).toBe(1);
      expect(readdirSync(tmp)).toEqual([]);

      // The fix's blob is gone: merge-tree cannot recompute the merge, which is an error, not a pass.
      const blob = repo.git(['rev-parse', 'main:src/app.js']).stdout.trim();
      rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      const damaged = repo.ao(['verify', '--range', `${tip}..HEAD`], { env });
      expect(damaged.code, damaged.stderr).toBe(2);
      expect(damaged.stderr).toContain('git merge-tree');
      expect(readdirSync(tmp)).toEqual([]);
    },
    SLOW,
  );
});

/** A repository whose policy forbids console.log in src/** (docs/ratchet.md). */
function forbiddingConsoleLog(): TestRepo {
  const repo = makeRepo();
  const learned = repo.ao([
    'learn',
    'Never call console.log in src: it leaks tokens',
    '--paths',
    'src/**',
    '--negative',
  ]);
  expect(learned.code, learned.stderr).toBe(0);
  const promoted = repo.ao([
    'promote',
    learned.stdout.trim().slice(7, 19),
    '--forbid-pattern',
    'console\\.log',
    '--id',
    'no-console-log',
  ]);
  expect(promoted.code, promoted.stderr).toBe(0);
  commitCovered(repo, 'Forbid console.log');
  return repo;
}

/** The change is refused by the pre-commit hook, and as a commit by `ao verify --commit`; `expected` is in both reasons. */
function expectRefusedBoth(repo: TestRepo, files: Record<string, string | Buffer>, expected: string): void {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git(['add', '-A']);
  expect(verdictStaged(repo).code).toBe(0);
  const hook = repo.git(['commit', '-q', '-m', 'Sneak a log in'], { allowFail: true });
  expect(hook.code, hook.stderr).toBe(1);
  expect(hook.stderr).toContain('constraint "no-console-log"');
  expect(hook.stderr).toContain(expected);
  repo.git(['commit', '-q', '--no-verify', '-m', 'Sneak a log in']);
  const verified = repo.ao(['verify', '--commit', 'HEAD', '--json']);
  expect(verified.code).toBe(1);
  const [change] = JSON.parse(verified.stdout).changes;
  expect(change).toMatchObject({ outcome: 'uncovered', failedRule: 'constraint', constraint: 'no-console-log' });
  expect(change.reason).toContain(expected);
  repo.git(['reset', '-q', '--hard', 'HEAD~1']);
}

describe('forbidPattern reads every added line, whatever the change says about its files', () => {
  it(
    "refuses lines in files the change's .gitattributes marks -diff, binary or textconv, in a file with a NUL byte, and after 5,000 spaces",
    () => {
      const repo = forbiddingConsoleLog();
      expectRefusedBoth(
        repo,
        { '.gitattributes': 'src/hidden.js -diff\n', 'src/hidden.js': 'export const x = 1;\nconsole.log("token");\n' },
        'src/hidden.js:2: console.log("token");',
      );
      expectRefusedBoth(
        repo,
        { '.gitattributes': 'src/blob.js binary\n', 'src/blob.js': 'console.log("token");\n' },
        'src/blob.js:1',
      );
      // A diff driver whose textconv (configured in this clone only) prints nothing, and an external diff.
      repo.git(['config', 'diff.quiet.textconv', 'true']);
      repo.git(['config', 'diff.external', 'true']);
      expectRefusedBoth(
        repo,
        { '.gitattributes': 'src/conv.js diff=quiet\n', 'src/conv.js': 'console.log("token");\n' },
        'src/conv.js:1',
      );
      expectRefusedBoth(
        repo,
        { 'src/nul.js': Buffer.from('const sep = "\0";\nconsole.log(sep);\n') },
        'src/nul.js:2: console.log(sep);',
      );
      expectRefusedBoth(
        repo,
        { 'src/indented.js': `${' '.repeat(5000)}console.log(1);\n` },
        'src/indented.js:1: console.log(1);',
      );
    },
    SLOW,
  );

  it(
    'refuses a change above the bounds as not checkable, and still reads the commits after it',
    () => {
      const repo = forbiddingConsoleLog();
      const base = repo.head();
      repo.write('src/generated.js', 'x\n'.repeat(1_000_001));
      repo.git(['add', '-A']);
      const staged = JSON.parse(repo.ao(['verify', '--json']).stdout).changes[0];
      expect(staged).toMatchObject({ outcome: 'uncovered', failedRule: 'constraint' });
      expect(staged.reason).toContain('could not be checked: it adds more than 1,000,000 lines or 32 MiB of patch');
      expect(staged.fix).toContain('split the change into smaller commits');
      repo.git(['commit', '-q', '--no-verify', '-m', 'Many lines']);
      const manyLines = repo.head();

      // 33 MiB of patch, then a small commit: the batch is read on past the one it cut short.
      repo.write('src/huge.js', `${'y'.repeat(1023)}\n`.repeat(33 * 1024));
      repo.git(['add', '-A']);
      expect(JSON.parse(repo.ao(['verify', '--json']).stdout).changes[0].reason).toContain('could not be checked');
      repo.git(['commit', '-q', '--no-verify', '-m', 'Huge']);
      const huge = repo.head();
      repo.write('src/small.js', 'console.log("after the huge one");\n');
      const small = repo.commitAll('Small');
      repo.write('src/fine.js', 'export const fine = true;\n');
      const fine = repo.commitAll('Fine');
      for (const sha of [manyLines, huge, small, fine])
        expect(repo.ao(['verdict', 'pass', '--commit', sha, '--checker', 'reviewer@example.com']).code).toBe(0);

      repo.commitAll('Record verdicts');
      const report = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
      const byCommit = Object.fromEntries(report.changes.map((c: { commit: string }) => [c.commit, c]));
      expect(byCommit[manyLines].reason).toContain('could not be checked');
      expect(byCommit[huge].reason).toContain('could not be checked');
      expect(byCommit[small].reason).toContain('src/small.js:1: console.log("after the huge one");');
      expect(byCommit[fine].outcome).toBe('covered');
    },
    SLOW,
  );
});
