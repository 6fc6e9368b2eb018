import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMergeTreeStdin } from '../src/git/git.js';
import {
  cleanupAll,
  CHECKER,
  commitCovered,
  freshClone,
  makeRepo,
  ROOT,
  tempDir,
  verdictStaged,
  type RunResult,
  type TestRepo,
} from './helpers/repo.js';

afterAll(cleanupAll);

/** These drive dozens of real git and ao processes; a shared two-core machine can be slow. */
const SLOW = 240_000;

// docs/spec.md section 7, "Conflicts left as merge-tree wrote them": a merge that keeps what
// merge-tree wrote at a conflicted path (a binary conflict keeps the first parent's file and
// drops the second's fix; a text conflict keeps its markers) needs a verdict, the staged
// merge computes the same change as the commit, and judges are shown exactly that change.

type Content = string | Buffer;

interface Fork {
  /** Each side's files; `undefined` deletes the file on that side. */
  base: Record<string, Content>;
  topic: Record<string, Content | undefined>;
  fix: Record<string, Content | undefined>;
}

/** main fixes what the topic branch also changed; HEAD is the topic, about to merge main. */
function forked({ base, topic, fix }: Fork): TestRepo {
  const repo = makeRepo();
  const apply = (files: Record<string, Content | undefined>) => {
    for (const [path, content] of Object.entries(files)) {
      if (content === undefined) rmSync(join(repo.dir, path));
      else repo.write(path, content);
    }
  };
  apply(base);
  commitCovered(repo, 'App');
  repo.git(['checkout', '-q', '-b', 'topic']);
  apply(topic);
  commitCovered(repo, 'Topic work');
  repo.git(['checkout', '-q', 'main']);
  apply(fix);
  commitCovered(repo, 'Fix on main');
  repo.git(['checkout', '-q', 'topic']);
  return repo;
}

/** The tree `git merge-tree` writes for HEAD and main, given as full ids (which label the markers). */
function mergeTreeOfHeadAndMain(repo: TestRepo): { tree: string; conflicted: boolean } {
  const ids = repo.git(['rev-parse', 'HEAD', 'main']).stdout.trim().split('\n');
  const out = repo.git(['merge-tree', '--write-tree', ...ids], { allowFail: true });
  return { tree: out.stdout.split('\n')[0]!, conflicted: out.code === 1 };
}

/** `git merge --no-commit main`, which must conflict, then the index and files exactly as merge-tree wrote them. */
function stageMergeAsMergeTreeLeftIt(repo: TestRepo): string {
  const { tree, conflicted } = mergeTreeOfHeadAndMain(repo);
  expect(conflicted).toBe(true);
  expect(repo.git(['merge', '-q', '--no-commit', '--no-ff', 'main'], { allowFail: true }).code).toBe(1);
  repo.git(['read-tree', '--reset', '-u', tree]);
  return tree;
}

/** The staged change's digest and outcome, as `ao verify` (the pre-commit hook's check) reports it. */
function stagedJudgement(repo: TestRepo): { code: number; label: string; outcome: string; digest: string } {
  const verified = repo.ao(['verify', '--json']);
  const [change] = JSON.parse(verified.stdout).changes;
  return { code: verified.code, label: change.label, outcome: change.outcome, digest: change.digest };
}

/** How `ao verify --range TIP..HEAD` judges the merge at HEAD. */
function judgeMerge(
  repo: TestRepo,
  tip: string,
  env: NodeJS.ProcessEnv = {},
): { code: number; outcome: string; digest: string; reason: string } {
  const verified = repo.ao(['verify', '--range', `${tip}..HEAD`, '--json'], { env });
  const merge = JSON.parse(verified.stdout).changes.find((c: { kind: string }) => c.kind === 'merge');
  expect(merge, verified.stdout).toBeDefined();
  return { code: verified.code, outcome: merge.outcome, digest: merge.digest, reason: merge.reason };
}

function commitThroughHook(repo: TestRepo): RunResult {
  return repo.git(['commit', '-q', '--no-edit'], { allowFail: true });
}

function blobId(repo: TestRepo, rev: string, path: string): string {
  return repo.git(['rev-parse', `${rev}:${path}`]).stdout.trim();
}

const LOGO = 'assets/logo.bin';
const APP = 'src/app.js';
// A NUL byte alone makes a file binary to git: merge-tree then keeps the first parent's file.
const bin = (text: string) => Buffer.from(`PNG\0${text}\n`);

const cases: { name: string; fork: Fork; expected: (repo: TestRepo) => object }[] = [
  {
    name: "a binary conflict (the base's fix dropped)",
    fork: { base: { [LOGO]: bin('v1') }, topic: { [LOGO]: bin('v1, topic') }, fix: { [LOGO]: bin('v1, fixed') } },
    // What the merge did to main's file: main's fix → the topic's file.
    expected: (repo) => ({
      oldMode: '100644',
      newMode: '100644',
      oldId: blobId(repo, 'main', LOGO),
      newId: blobId(repo, 'topic', LOGO),
      status: 'M',
      path: LOGO,
    }),
  },
  {
    name: 'a text conflict committed with its markers',
    fork: {
      base: { [APP]: 'timeout = 0;\n' },
      topic: { [APP]: 'timeout = 5;\n' },
      fix: { [APP]: 'timeout = 30000;\n' },
    },
    expected: (repo) => ({
      oldMode: '100644',
      newMode: '100644',
      oldId: blobId(repo, 'main', APP),
      newId: blobId(repo, 'HEAD', APP),
      status: 'M',
      path: APP,
    }),
  },
  {
    name: "a modify/delete conflict keeping the second parent's file (compared with the first parent)",
    fork: { base: { [APP]: 'timeout = 0;\n' }, topic: { [APP]: undefined }, fix: { [APP]: 'timeout = 30000;\n' } },
    expected: (repo) => ({
      oldMode: '000000',
      newMode: '100644',
      oldId: '0'.repeat(40),
      newId: blobId(repo, 'main', APP),
      status: 'A',
      path: APP,
    }),
  },
];

describe('a conflicted merge committed as merge-tree left it needs a verdict', () => {
  it.each(cases)(
    '$name: in the pre-commit hook, in ao verify --range and in a fresh clone',
    ({ fork, expected }) => {
      const repo = forked(fork);
      const tip = repo.head();
      const tree = stageMergeAsMergeTreeLeftIt(repo);
      const staged = stagedJudgement(repo);
      expect(staged).toMatchObject({ code: 1, label: 'staged merge', outcome: 'uncovered' });
      const hook = commitThroughHook(repo);
      expect(hook.code, hook.stderr).toBe(1);
      expect(hook.stderr).toContain('staged merge');
      expect(hook.stderr).toContain('no verdict');
      repo.git(['commit', '-q', '--no-verify', '--no-edit']);
      // The merge is exactly what merge-tree wrote: nothing but the conflict makes it a change.
      expect(repo.git(['rev-parse', 'HEAD^{tree}']).stdout.trim()).toBe(tree);

      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 1, outcome: 'uncovered', digest: staged.digest });
      expect(here.reason).toContain('no verdict');
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
      // A pathspec setting in this shell's environment does not change which entries are read.
      expect(judgeMerge(repo, tip, { GIT_LITERAL_PATHSPECS: '1' })).toEqual(here);

      // The change is what the merge did to the second parent's file, exactly.
      const recorded = repo.ao(['verdict', 'pass', '--commit', 'HEAD', '--checker', CHECKER, '--json']);
      expect(recorded.code, recorded.stderr).toBe(0);
      expect(JSON.parse(recorded.stdout).subject.entries).toEqual([expected(repo)]);
      expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
    },
    SLOW,
  );

  it(
    'hostile: conflicted paths with a newline and bytes that are not UTF-8, committed with git commit-tree, a verdict from the staged merge covering them in a fresh clone',
    () => {
      const name = Buffer.concat([Buffer.from('assets/we\nird-'), Buffer.from([0xff, 0xfe]), Buffer.from('.bin')]);
      const repo = makeRepo();
      const file = Buffer.concat([Buffer.from(`${repo.dir}/`), name]);
      const write = (content: Buffer) => {
        repo.write('assets/.keep', '');
        writeFileSync(file, content);
      };
      write(bin('v1'));
      repo.write(APP, 'timeout = 0;\n');
      commitCovered(repo, 'App');
      repo.git(['checkout', '-q', '-b', 'topic']);
      write(bin('v1, topic'));
      repo.write(APP, 'timeout = 5;\n');
      commitCovered(repo, 'Topic work');
      repo.git(['checkout', '-q', 'main']);
      write(bin('v1, fixed'));
      repo.write(APP, 'timeout = 30000;\n');
      commitCovered(repo, 'Fix on main');
      repo.git(['checkout', '-q', 'topic']);
      const tip = repo.head();

      // The verdict is recorded on the staged merge, then the merge is made with plumbing alone.
      const tree = stageMergeAsMergeTreeLeftIt(repo);
      const recorded = verdictStaged(repo, ['--json']);
      expect(recorded.code, recorded.stderr).toBe(0);
      const { subject } = JSON.parse(recorded.stdout);
      expect(
        subject.entries.map(
          (e: { path?: string; pathBase64?: string }) =>
            e.path ?? Buffer.from(e.pathBase64!, 'base64').toString('latin1'),
        ),
      ).toEqual([name.toString('latin1'), APP]);
      const withVerdict = repo.git(['write-tree']).stdout.trim();
      const merge = repo
        .git(['commit-tree', withVerdict, '-p', 'HEAD', '-p', 'main', '-m', 'Merge main as merge-tree left it'])
        .stdout.trim();
      repo.git(['reset', '-q', '--hard', merge]);
      expect(
        repo
          .git(['diff-tree', '-r', '--name-only', tree, 'HEAD'])
          .stdout.trim()
          .split('\n')
          .every((p) => p.startsWith('.agents/ledger/')),
      ).toBe(true);

      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 0, outcome: 'covered', digest: subject.digest });
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
    },
    SLOW,
  );
});

describe('a conflict resolved by hand', () => {
  it(
    'needs a verdict for exactly the resolution, and a verdict on the staged merge covers the commit (and its amend)',
    () => {
      const repo = forked({
        base: { [APP]: 'timeout = 0;\n', [LOGO]: bin('v1') },
        topic: { [APP]: 'timeout = 5;\n', [LOGO]: bin('v1, topic') },
        fix: { [APP]: 'timeout = 30000;\n', [LOGO]: bin('v1, fixed') },
      });
      const tip = repo.head();
      const { tree } = mergeTreeOfHeadAndMain(repo);
      expect(repo.git(['merge', '-q', '--no-commit', 'main'], { allowFail: true }).code).toBe(1);
      // The text conflict is resolved; the binary one keeps the topic's file, as git left it.
      repo.write(APP, 'timeout = 30000; // tuned\n');
      repo.git(['add', '-A']);
      const refused = commitThroughHook(repo);
      expect(refused.code, refused.stderr).toBe(1);
      expect(refused.stderr).toContain('staged merge');

      const recorded = verdictStaged(repo, ['--json']);
      expect(recorded.code, recorded.stderr).toBe(0);
      const { subject } = JSON.parse(recorded.stdout);
      const resolution = repo.git(['hash-object', APP]).stdout.trim();
      expect(subject.entries).toEqual([
        // The binary conflict left as it was: main's fix → the topic's file.
        {
          oldMode: '100644',
          newMode: '100644',
          oldId: blobId(repo, 'main', LOGO),
          newId: blobId(repo, 'topic', LOGO),
          status: 'M',
          path: LOGO,
        },
        // The resolution, against what merge-tree wrote (its markers).
        {
          oldMode: '100644',
          newMode: '100644',
          oldId: blobId(repo, tree, APP),
          newId: resolution,
          status: 'M',
          path: APP,
        },
      ]);
      const accepted = commitThroughHook(repo);
      expect(accepted.code, accepted.stderr).toBe(0);

      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 0, outcome: 'covered', digest: subject.digest });
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
      // Amending the merge (same tree, same parents) is the same change: the verdict still covers it.
      const amended = repo.git(['commit', '-q', '--amend', '--no-edit'], { allowFail: true });
      expect(amended.code, amended.stderr).toBe(0);
      expect(judgeMerge(repo, tip)).toMatchObject({ code: 0, outcome: 'covered', digest: subject.digest });
    },
    SLOW,
  );

  it(
    "taking the second parent's binary file is a resolution too: it needs a verdict",
    () => {
      const repo = forked({
        base: { [LOGO]: bin('v1') },
        topic: { [LOGO]: bin('v1, topic') },
        fix: { [LOGO]: bin('v1, fixed') },
      });
      const tip = repo.head();
      expect(repo.git(['merge', '-q', '--no-commit', 'main'], { allowFail: true }).code).toBe(1);
      repo.git(['checkout', '--theirs', '--', LOGO]);
      repo.git(['add', '-A']);
      expect(commitThroughHook(repo).code).toBe(1);
      repo.git(['commit', '-q', '--no-verify', '--no-edit']);
      expect(judgeMerge(repo, tip)).toMatchObject({ code: 1, outcome: 'uncovered' });
    },
    SLOW,
  );
});

describe('a clean merge', () => {
  it(
    'stays empty, binary files included, whatever the change says about them',
    () => {
      const repo = forked({
        base: { [LOGO]: bin('v1'), [APP]: 'timeout = 0;\n' },
        topic: { [LOGO]: bin('v2'), '.gitattributes': '* merge=union -diff\n' },
        fix: { [APP]: 'timeout = 30000;\n' },
      });
      const tip = repo.head();
      expect(mergeTreeOfHeadAndMain(repo).conflicted).toBe(false);
      repo.git(['merge', '-q', '--no-commit', 'main']);
      expect(stagedJudgement(repo)).toMatchObject({ code: 0, outcome: 'empty' });
      const hook = commitThroughHook(repo);
      expect(hook.code, hook.stderr).toBe(0);
      const here = judgeMerge(repo, tip);
      expect(here).toMatchObject({ code: 0, outcome: 'empty' });
      expect(here.reason).toContain('clean merge');
      expect(judgeMerge(freshClone(repo, 'topic'), tip)).toEqual(here);
    },
    SLOW,
  );
});

const PASS_JUDGE = join(ROOT, 'test', 'fixtures', 'judges', 'pass.mjs');

/** Runs `ao check` with a judge that saves its review request; returns the request. */
function requestSeenByJudge(
  repo: TestRepo,
  scope: string[],
): { manifest: { path: string }[]; diff: string; subject: { digest: string } } {
  const saved = join(tempDir(), 'request.json');
  const checked = repo.ao([
    'check',
    ...scope,
    '--judge',
    `'${process.execPath}' '${PASS_JUDGE}' --save '${saved}'`,
    '--json',
  ]);
  expect(checked.code, checked.stderr).toBe(0);
  return JSON.parse(readFileSync(saved, 'utf8')).request;
}

describe('judges see exactly the change, as text', () => {
  it(
    "a conflicted merge left as it was is shown against the second parent's file, though the change marks it -diff and binary",
    () => {
      const repo = forked({
        base: { [LOGO]: bin('v1') },
        topic: { [LOGO]: bin('v1, topic'), '.gitattributes': '*.bin -diff binary\n' },
        fix: { [LOGO]: bin('v1, fixed') },
      });
      stageMergeAsMergeTreeLeftIt(repo);
      const staged = requestSeenByJudge(repo, []);
      expect(staged.manifest.map((e) => e.path)).toEqual([LOGO]);
      expect(staged.diff).not.toContain('Binary files');
      expect(staged.diff).toContain(`-PNG\0v1, fixed\n+PNG\0v1, topic\n`);

      repo.git(['commit', '-q', '--no-verify', '--no-edit']);
      const committed = requestSeenByJudge(repo, ['--commit', 'HEAD']);
      expect(committed.subject.digest).toBe(staged.subject.digest);
      expect(committed.manifest).toEqual(staged.manifest);
      expect(committed.diff).toBe(staged.diff);
    },
    SLOW,
  );

  it(
    "a plain change to a file its .gitattributes marks -diff, under this clone's diff.external and textconv, shows its lines",
    () => {
      const repo = makeRepo();
      repo.write('.gitattributes', 'secret.txt -diff\nconv.txt diff=quiet\n');
      commitCovered(repo, 'Attributes');
      repo.git(['config', 'diff.quiet.textconv', 'true']);
      repo.git(['config', 'diff.external', 'true']);
      repo.write('secret.txt', 'the line a judge must read\n');
      repo.write('conv.txt', 'a line textconv would hide\n');
      repo.git(['add', '-A']);
      const request = requestSeenByJudge(repo, []);
      expect(request.diff).not.toContain('Binary files');
      expect(request.diff).toContain('+the line a judge must read\n');
      expect(request.diff).toContain('+a line textconv would hide\n');
    },
    SLOW,
  );
});

describe('merge-tree --stdin output (git 2.40 and later)', () => {
  it('reads each block: status, tree, conflicted paths, closing NUL', () => {
    const tree1 = 'a'.repeat(40);
    const tree2 = 'b'.repeat(40);
    const odd = Buffer.from([0x61, 0x0a, 0xff]);
    const out = Buffer.concat([Buffer.from(`0\0${tree1}\0src/x.js\0`), odd, Buffer.from(`\0\x001\0${tree2}\0\0`)]);
    expect(parseMergeTreeStdin(out, 2)).toEqual([
      { tree: tree1, clean: false, conflicts: [Buffer.from('src/x.js'), odd] },
      { tree: tree2, clean: true, conflicts: [] },
    ]);
    expect(() => parseMergeTreeStdin(Buffer.from(`1\0${tree2}\0\0`), 2)).toThrow('answered 1 of 2 merges');
  });
});
