// The conformance cases: how each vector's history is built, and the decision docs/spec.md
// says it must get. generate.mjs turns each into vectors/NAME.json. Expectations are written
// here from the spec; only digests are filled in from the history (generate.mjs).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CHECKER, WORKER, renderRecord, recordId, recordPath } from './records.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// Decisions and problems, in the vector's terms.
const covered = () => ({ outcome: 'covered' });
const empty = () => ({ outcome: 'empty' });
const exempt = () => ({ outcome: 'exempt' });
const uncovered = (failedRule) => ({ outcome: 'uncovered', failedRule });
const problem = (code, path) => (path ? { code, path } : { code });

// Checks.
const range = (name, base, head, expect) => ({ name, command: 'verify-range', base, head, expect });
const commitCheck = (name, commit, expect, worktree) => ({
  name,
  command: 'verify-commit',
  commit,
  ...(worktree ? { worktree } : {}),
  expect,
});
const ledger = (name, worktree, since, expect) => ({
  name,
  command: 'ledger-verify',
  worktree,
  ...(since ? { since } : {}),
  expect,
});

const pass = (h, scope = []) => h.verdict(['pass', '--checker', CHECKER, ...scope]);
const passCommit = (h, name, extra = []) => pass(h, ['--commit', h.id(name), ...extra]);

/** A subject for records whose coverage does not matter (file-level vectors). */
const FAKE_SUBJECT = {
  kind: 'staged',
  digest: `sha256:${sha256('not a real change')}`,
  entries: [
    {
      oldMode: '000000',
      newMode: '100644',
      oldId: '0'.repeat(40),
      newId: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
      status: 'A',
      path: 'x',
    },
  ],
};

/** A sealed record body that is not written: its canonical text, id and path, to mutate. */
function slot(h, fields) {
  // Attached to the genesis, never to another planted file (which may not be a record).
  const record = h.record({ subject: FAKE_SUBJECT, prev: [h.genesis().id], seq: 1, ...fields }, { write: false });
  const { path, ...body } = record;
  return { record: body, path, text: renderRecord(body) };
}

/** Writes `bytes` at the slot's own path; returns the path. */
function plant(h, summary, mutate, fields = {}) {
  const s = slot(h, { summary, ...fields });
  h.raw(s.path, mutate(s.text, s.record));
  return s.path;
}

/** The tree git merge-tree writes for two commits (no attributes in the scratch repo). */
function mergeTreeBlob(h, ours, theirs, path) {
  const out = spawnSync('git', ['merge-tree', '--write-tree', '--no-messages', h.id(ours), h.id(theirs)], {
    cwd: h.dir,
    env: h.env,
    encoding: 'utf8',
  });
  const tree = out.stdout.split('\n')[0].trim();
  return spawnSync('git', ['cat-file', 'blob', `${tree}:${path}`], { cwd: h.dir, env: h.env }).stdout;
}

const POLICY = (extra = {}) => ({
  schema: 'agentops-verdict/policy@1',
  mode: 'commit',
  exempt: { paths: [], authors: [] },
  require: { evidence: [] },
  rules: [],
  ...extra,
});

export const cases = [
  // ---------------------------------------------------------------- coverage by digest (8)
  {
    name: 'covered-commit',
    spec: ['7', '8'],
    description:
      'A commit, then a commit holding a passing verdict on it: the first is covered, the second changes only the ledger (empty).',
    build(h) {
      h.setup();
      h.write('src/app.js', 'export const answer = 42;\n');
      h.commit('c1');
      passCommit(h, 'c1');
      h.commit('c2', { message: 'Record verdict\n' });
    },
    checks: () => [
      range('range', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: empty() } }),
      commitCheck('commit-c1', 'c1', { exit: 0, problems: [], changes: { c1: covered() } }, 'c2'),
      commitCheck('commit-c1-before-its-verdict', 'c1', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('no-verdict') },
      }),
      ledger('ledger', 'c2', 'base', { exit: 0, problems: [] }),
    ],
  },
  {
    name: 'covered-staged-same-commit',
    spec: ['7', '8'],
    description:
      'A staged verdict recorded with the change it covers, in the same commit: the ledger is outside every manifest, so the staged digest is the commit digest.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'one\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
    },
    checks: () => [range('range', 'base', 'c1', { exit: 0, problems: [], changes: { c1: covered() } })],
  },
  {
    name: 'uncovered-no-verdict',
    spec: ['8'],
    description: 'A commit no verdict names: uncovered, no-verdict, exit 1; the ledger itself is fine.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'unreviewed\n');
      h.commit('c1');
    },
    checks: () => [
      range('range', 'base', 'c1', { exit: 1, problems: [], changes: { c1: uncovered('no-verdict') } }),
      ledger('ledger', 'c1', 'base', { exit: 0, problems: [] }),
    ],
  },
  {
    name: 'verdict-fail',
    spec: ['8'],
    description: 'The only verdict naming the digest says fail.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'broken\n');
      h.commit('c1');
      h.verdict(['fail', '--checker', CHECKER, '--commit', h.id('c1'), '--summary', 'tests fail']);
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', { exit: 1, problems: [], changes: { c1: uncovered('verdict-fail'), c2: empty() } }),
    ],
  },
  {
    name: 'order-later-pass-wins',
    spec: ['8'],
    description: 'fail at seq 1, then pass at seq 2 for the same digest: the later (higher seq) pass decides.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'fixed\n');
      h.commit('c1');
      h.verdict(['fail', '--checker', CHECKER, '--commit', h.id('c1')]);
      passCommit(h, 'c1');
      h.commit('c2');
    },
    checks: () => [range('range', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: empty() } })],
  },
  {
    name: 'order-later-fail-wins',
    spec: ['8'],
    description: 'pass at seq 1, then fail at seq 2 in a later commit: the fail decides.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'regressed\n');
      h.commit('c1');
      passCommit(h, 'c1');
      h.commit('c2');
      h.verdict(['fail', '--checker', CHECKER, '--commit', h.id('c1')]);
      h.commit('c3');
    },
    checks: () => [
      range('range-before-fail', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: empty() } }),
      range('range', 'base', 'c3', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('verdict-fail'), c2: empty(), c3: empty() },
      }),
    ],
  },
  {
    name: 'order-createdat-as-instants',
    spec: ['8'],
    description:
      'Two verdicts at the same seq (a fork): pass at 00:00:00Z, fail at 00:00:00.000000001Z. Compared as instants the fail is later and decides; compared as strings ("Z" > ".") the pass would.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'racy\n');
      h.commit('c1');
      const subject = h.subject(['--commit', h.id('c1')]);
      const genesis = h.genesis().id;
      h.record({ subject, prev: [genesis], createdAt: '2024-01-01T00:00:00Z', verdict: 'pass' });
      h.record({ subject, prev: [genesis], createdAt: '2024-01-01T00:00:00.000000001Z', verdict: 'fail' });
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', { exit: 1, problems: [], changes: { c1: uncovered('verdict-fail'), c2: empty() } }),
    ],
  },
  {
    name: 'order-id-breaks-ties',
    spec: ['8'],
    description:
      "Two verdicts at the same seq and the same instant written two ways (00:00:00Z and 00:00:00.000Z): the larger id decides. The fail has the larger id; as strings the pass's createdAt would sort last.",
    build(h) {
      h.setup();
      h.write('src/app.js', 'tied\n');
      h.commit('c1');
      const subject = h.subject(['--commit', h.id('c1')]);
      const genesis = h.genesis().id;
      const passing = h.record(
        { subject, prev: [genesis], createdAt: '2024-01-01T00:00:00Z', verdict: 'pass' },
        { write: false },
      );
      for (let n = 0; ; n++) {
        const failing = h.record(
          { subject, prev: [genesis], createdAt: '2024-01-01T00:00:00.000Z', verdict: 'fail', summary: `attempt ${n}` },
          { write: false },
        );
        if (failing.id > passing.id) {
          h.record({ subject, prev: [genesis], createdAt: '2024-01-01T00:00:00Z', verdict: 'pass' });
          h.record({
            subject,
            prev: [genesis],
            createdAt: '2024-01-01T00:00:00.000Z',
            verdict: 'fail',
            summary: `attempt ${n}`,
          });
          break;
        }
      }
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', { exit: 1, problems: [], changes: { c1: uncovered('verdict-fail'), c2: empty() } }),
    ],
  },
  {
    name: 'range-verdict-names-commits',
    spec: ['7', '8'],
    description:
      "One range verdict (ao verdict --range) names the combined digest and each commit's own: in commit mode every commit is covered by it.",
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.commit('c1');
      h.write('src/b.js', 'b\n');
      h.commit('c2');
      pass(h, ['--range', `${h.id('base')}..${h.id('c2')}`]);
      h.commit('c3');
    },
    checks: () => [
      range('range', 'base', 'c3', { exit: 0, problems: [], changes: { c1: covered(), c2: covered(), c3: empty() } }),
    ],
  },
  {
    name: 'monotonicity-base-fail-outranks',
    spec: ['6', '8'],
    description:
      'The base holds a fail (seq 2) for a digest; the change adds a pass for it at seq 1 (prev: the genesis, a valid record). The base record sorts last and decides: a verifier reading only new records would wrongly accept.',
    build(h) {
      h.setup();
      h.write('src/a.js', 'reviewed and refused\n');
      h.commit('x');
      const subject = h.subject(['--commit', h.id('x')]);
      h.checkout('base');
      h.record({ subject: FAKE_SUBJECT, summary: 'an unrelated verdict' });
      h.commit('m1');
      h.record({ subject, verdict: 'fail', summary: 'refused' });
      h.commit('m2');
      h.write('src/a.js', 'reviewed and refused\n');
      h.record({ subject, prev: [h.genesis().id], seq: 1, verdict: 'pass', summary: 'self-approved on a side line' });
      h.commit('f1');
    },
    checks: () => [range('range', 'm2', 'f1', { exit: 1, problems: [], changes: { f1: uncovered('verdict-fail') } })],
  },

  {
    name: 'range-base-moved-on',
    spec: ['6', '9', '10'],
    description:
      'ao verify --range A..B where A is not an ancestor of B (the base branch moved on): the commits are those of A..B, the ledger and append-only are judged from the merge base (the record A gained is not "deleted"), the policy is read from A itself, whose exemption applies.',
    build(h) {
      h.setup();
      h.write(
        '.agents/policy.json',
        `${JSON.stringify(POLICY({ exempt: { paths: ['src/generated/**'], authors: [] } }), null, 2)}\n`,
      );
      h.git(['add', '-A']);
      pass(h);
      h.commit('m1');
      h.checkout('base');
      h.write('src/generated/table.js', 'generated\n');
      h.commit('f1');
    },
    checks: () => [
      range('range', 'm1', 'f1', { exit: 0, problems: [], changes: { f1: exempt() } }),
      range('range-from-merge-base', 'base', 'f1', { exit: 1, problems: [], changes: { f1: uncovered('no-verdict') } }),
    ],
  },

  // ---------------------------------------------------------------- independence (8, step 6)
  {
    name: 'independence-same-id',
    spec: ['8'],
    description: 'checker.id equals worker.id after trimming, case-insensitively: not independent.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'self-reviewed\n');
      h.commit('c1');
      h.record({
        subject: h.subject(['--commit', h.id('c1')]),
        checker: { id: '  AGENT@Example.COM ', kind: 'agent' },
        worker: { id: WORKER, kind: 'agent' },
      });
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('not-independent'), c2: empty() },
      }),
    ],
  },
  {
    name: 'independence-same-session',
    spec: ['8'],
    description: 'Different ids, but checker and worker share a session: not independent.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'same context\n');
      h.commit('c1');
      h.record({
        subject: h.subject(['--commit', h.id('c1')]),
        checker: { id: 'checker-agent', kind: 'agent', session: 'sess-7' },
        worker: { id: 'worker-agent', kind: 'agent', session: 'sess-7' },
      });
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('not-independent'), c2: empty() },
      }),
    ],
  },
  {
    name: 'independence-git-author-not-compared',
    spec: ['8'],
    description:
      "The checker's id is the git author's email, the worker is someone else, only the checker has a session: independent (the git author is not compared; sessions only when both have one).",
    build(h) {
      h.setup();
      h.write('src/app.js', 'committed by its reviewer\n');
      h.commit('c1');
      h.record({
        subject: h.subject(['--commit', h.id('c1')]),
        checker: { id: WORKER, kind: 'human', session: 's-1' },
        worker: { id: 'coding-agent', kind: 'agent' },
      });
      h.commit('c2');
    },
    checks: () => [range('range', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: empty() } })],
  },

  // ---------------------------------------------------------------- record files (6.1-6.3)
  {
    name: 'record-bytes',
    spec: ['4', '6'],
    description:
      'Files at record paths that are not records: empty, BOM, invalid UTF-8, not JSON (incl. NaN and Infinity, which lenient parsers accept), not an object.',
    build(h) {
      h.setup();
      const problems = [];
      const add = (code, summary, mutate) => problems.push(problem(code, plant(h, summary, mutate)));
      add('empty', 'empty', () => '');
      add('bom', 'bom', (t) => `\ufeff${t}`);
      add('invalid-utf8', 'BAD', (t) =>
        Buffer.concat(
          t
            .split('"BAD"')
            .flatMap((part, i) => (i ? [Buffer.from([0x22, 0xff, 0x22]), Buffer.from(part)] : [Buffer.from(part)])),
        ),
      );
      add('invalid-utf8', 'SURROGATE', (t) =>
        Buffer.concat(
          t
            .split('SURROGATE')
            .flatMap((part, i) => (i ? [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(part)] : [Buffer.from(part)])),
        ),
      );
      add('invalid-json', 'truncated', (t) => t.slice(0, 40));
      add('invalid-json', 'trailing', (t) => `${t}x`);
      add('invalid-json', 'nan', (t) => t.replace(/"seq": \d+/, '"seq": NaN'));
      add('invalid-json', 'infinity', (t) => t.replace(/"seq": \d+/, '"seq": Infinity'));
      add('invalid-json', 'leading-zero', (t) => t.replace(/"seq": (\d+)/, '"seq": 0$1'));
      add('invalid-json', 'single-quotes', (t) => t.replace('"single-quotes"', "'single-quotes'"));
      add('not-an-object', 'array', () => '[]\n');
      add('not-an-object', 'null', () => 'null\n');
      add('not-an-object', 'string', () => '"record"\n');
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems }),
      range('range', 'base', 'c1', { exit: 1, problems: h.problems, changes: { c1: empty() } }),
    ],
  },
  {
    name: 'record-byte-form',
    spec: ['3', '4', '6'],
    description:
      'Records whose JSON value is fine but whose bytes are not the one canonical form: key order, whitespace, line ends, escapes, a duplicate key (the last one counts until the byte form refuses it), a lone surrogate.',
    build(h) {
      h.setup();
      const problems = [];
      const add = (summary, mutate, fields) =>
        problems.push(problem('not-canonical', plant(h, summary, mutate, fields)));
      const withKeysIn = (order) => (t, record) =>
        `${JSON.stringify(Object.fromEntries(order(Object.keys(record)).map((k) => [k, record[k]])), null, 2)}\n`;
      add(
        'unsorted',
        withKeysIn((keys) => [...keys].sort().reverse()),
      );
      add('compact', (t) => `${JSON.stringify(JSON.parse(t))}\n`);
      add('four spaces', (t) => `${JSON.stringify(JSON.parse(t), null, 4)}\n`);
      add('crlf', (t) => t.replace(/\n/g, '\r\n'));
      add('no final newline', (t) => t.slice(0, -1));
      add('two final newlines', (t) => `${t}\n`);
      add('leading space', (t) => ` ${t}`);
      add('trailing space', (t) => t.replace('{\n', '{ \n'));
      add('caf\u00e9', (t) => t.replace('caf\u00e9', 'caf\\u00e9'));
      add('a/b', (t) => t.replace('a/b', 'a\\/b'));
      add('\u{1F600}', (t) => t.replace('\u{1F600}', '\\ud83d\\ude00'));
      add('\u001f', (t) => t.replace('\\u001f', '\\u001F'));
      add('escaped key', (t) => t.replace('"summary"', '"\\u0073ummary"'));
      add('dup same', (t) => t.replace('"summary": "dup same",', '"summary": "dup same",\n  "summary": "dup same",'));
      add('dup first invalid', (t) => t.replace(/"seq": (\d+),/, '"seq": "one",\n  "seq": $1,'));
      add('LONE', (t) => t.replace('"LONE"', '"\\ud800"'));
      add('LONE-LOW', (t) => t.replace('"LONE-LOW"', '"x\\udc00y"'));
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems }),
      range('range', 'base', 'c1', { exit: 1, problems: h.problems, changes: { c1: empty() } }),
    ],
  },
  {
    name: 'record-numbers',
    spec: ['2', '3', '4', '6'],
    description:
      'Numbers: 1.0, 1e0, -0 and 1E2 are integers to JSON Schema but not the canonical spelling (not-canonical); 1.5, 2^53+1, -1, 256 and 1e400 are outside the schema (schema).',
    build(h) {
      h.setup();
      const problems = [];
      const evidence = [{ kind: 'test', text: 'unit tests', exitCode: 0, durationMs: 12 }];
      const add = (code, summary, mutate) => problems.push(problem(code, plant(h, summary, mutate, { evidence })));
      const seqTo = (text) => (t) => t.replace(/"seq": \d+/, `"seq": ${text}`);
      const exitTo = (text) => (t) => t.replace('"exitCode": 0', `"exitCode": ${text}`);
      add('not-canonical', 'seq 1.0', (t) => t.replace(/"seq": (\d+)/, '"seq": $1.0'));
      add('not-canonical', 'seq 1e0', (t) => t.replace(/"seq": (\d+)/, '"seq": $1e0'));
      add('not-canonical', 'exit -0', exitTo('-0'));
      add('not-canonical', 'exit 1E2', exitTo('1E2'));
      add('schema', 'seq 1.5', seqTo('1.5'));
      add('schema', 'seq 2^53+1', seqTo('9007199254740993'));
      add('schema', 'seq -1', seqTo('-1'));
      add('schema', 'exit 256', exitTo('256'));
      add('schema', 'exit 1e400', exitTo('1e400'));
      add('schema', 'duration 2^53', (t) => t.replace('"durationMs": 12', '"durationMs": 9007199254740992'));
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems })],
  },
  {
    name: 'record-schema',
    spec: ['2', '6', '7'],
    description: 'Sealed records (the id matches, the byte form is canonical) that break the schema, one way each.',
    build(h) {
      h.setup();
      const problems = [];
      const genesis = h.genesis().id;
      const add = (fields, summary) => {
        const s = slot(h, { summary, ...fields });
        h.raw(s.path, s.text);
        problems.push(problem('schema', s.path));
      };
      add({ reviewedBy: 'someone' }, 'unknown field');
      add({ schema: 'agentops-verdict/record@2' }, 'future schema');
      add({ type: 'approval' }, 'unknown type');
      add({ createdAt: '2024-01-01T00:00:00+00:00' }, 'not UTC');
      add({ createdAt: '2024-01-01 00:00:00Z' }, 'no T');
      add({ createdAt: '2024-01-01T00:00:00.1234567890Z' }, 'ten fraction digits');
      add({ verdict: 'maybe' }, 'verdict maybe');
      add({ checker: { id: 'robot', kind: 'robot' } }, 'actor kind');
      add({ checker: { id: 'bell\u0007', kind: 'agent' } }, 'control character in id');
      add({ checker: { id: '', kind: 'agent' } }, 'empty id');
      add({ prev: [] }, 'verdict without prev');
      add({ prev: [genesis, genesis] }, 'duplicate prev');
      add({ evidence: [{ kind: 'vibes', text: 'trust me' }] }, 'evidence kind');
      add(
        { subject: { ...FAKE_SUBJECT, digest: FAKE_SUBJECT.digest.toUpperCase().replace('SHA256', 'sha256') } },
        'uppercase digest',
      );
      add(
        { subject: { ...FAKE_SUBJECT, entries: [{ ...FAKE_SUBJECT.entries[0], path: '../outside' }] } },
        'dot-dot path',
      );
      add({ subject: { ...FAKE_SUBJECT, entries: [{ ...FAKE_SUBJECT.entries[0], path: 'a//b' }] } }, 'empty segment');
      add({ nonce: '0'.repeat(32) }, 'verdict with a nonce');
      // A missing field: sealed without `summary`.
      const s = slot(h, { summary: 'to drop' });
      const { summary: _summary, id: _id, ...rest } = s.record;
      const dropped = { ...rest, id: recordId(rest) };
      h.raw(recordPath(dropped.seq, dropped.id), renderRecord(dropped));
      problems.push(problem('schema', recordPath(dropped.seq, dropped.id)));
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems })],
  },
  {
    name: 'record-path-base64',
    spec: ['7'],
    description:
      'pathBase64 holds only paths that are not UTF-8, in canonical base64, and obeying the path rule: a UTF-8 path, non-canonical base64 and a ".." segment are each schema problems; a real non-UTF-8 path is valid.',
    build(h) {
      h.setup();
      const problems = [];
      const entry = (pathBase64) => ({
        ...FAKE_SUBJECT,
        entries: [
          {
            oldMode: '000000',
            newMode: '100644',
            oldId: '0'.repeat(40),
            newId: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
            status: 'A',
            pathBase64,
          },
        ],
      });
      const add = (code, pathBase64, summary) => {
        const s = slot(h, { summary, subject: entry(pathBase64) });
        h.raw(s.path, s.text);
        if (code) problems.push(problem(code, s.path));
      };
      add('schema', Buffer.from('plain.txt').toString('base64'), 'utf-8 path in base64');
      add('schema', '/x==', 'non-canonical base64');
      add('schema', Buffer.from([0x2e, 0x2e, 0x2f, 0xff]).toString('base64'), 'dot-dot in raw bytes');
      add(undefined, Buffer.from([0x61, 0xff, 0x2e, 0x74]).toString('base64'), 'valid non-utf-8 path');
      // Schema problems come before the byte form, the id and the path (spec 6): this one is
      // also stored at the wrong path, and is still a schema problem.
      const both = slot(h, {
        summary: 'utf-8 path in base64, wrong path',
        subject: entry(Buffer.from('plain.txt').toString('base64')),
      });
      const misplaced = both.path.replace('/00000001-', '/00000002-');
      h.raw(misplaced, both.text);
      problems.push(problem('schema', misplaced));
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems })],
  },
  {
    name: 'record-astral-keys',
    spec: ['3', '4', '6'],
    description:
      'JCS sorts keys by UTF-16 code units: U+1F600 (D83D DE00) sorts before U+FF61, the reverse of code-point order. Every key a valid record can hold is ASCII, so such keys are unknown fields: both orders are schema problems (the schema is checked before the byte form).',
    build(h) {
      h.setup();
      const problems = [];
      for (const [summary, compare] of [
        ['utf-16 order', undefined],
        ['code-point order', cmpCodePoints],
      ]) {
        const s = slot(h, { summary, '\uff61': 1, '\u{1F600}': 2 });
        const keys = Object.keys(s.record).sort(compare);
        const text = `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, s.record[k]])), null, 2)}\n`;
        h.raw(s.path, text);
        problems.push(problem('schema', s.path));
      }
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems })],
  },
  {
    name: 'record-strings-valid',
    spec: ['3', '4'],
    description:
      'Valid, canonical records whose strings hold what escaping gets wrong: short escapes (\\b \\f \\n \\r \\t), other controls as lowercase \\u00XX, DEL, U+2028, U+FEFF, astral and NFD characters raw, quote and backslash escaped, "/" unescaped. They cover their commit.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'strings\n');
      h.commit('c1');
      const subject = h.subject(['--commit', h.id('c1')]);
      h.record({
        subject,
        summary:
          'tab\t nl\n cr\r bs\b ff\f ctl\u0001\u001f del\u007f ls\u2028 ps\u2029 bom\ufeff astral\u{1F600} nfd e\u0301 quote" back\\ slash/ \\ud800 literal',
        checker: { id: 'r\u00e9viewer \u{1F9EA}', kind: 'agent', session: 'e\u0301' },
      });
      h.commit('c2');
    },
    checks: () => [
      ledger('ledger', 'c2', 'base', { exit: 0, problems: [] }),
      range('range', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: empty() } }),
    ],
  },
  {
    name: 'record-id-and-path',
    spec: ['5', '6'],
    description:
      'A record edited after sealing (id-mismatch); valid records at the wrong path (wrong seq, wrong bucket, extra bucket padding: path-mismatch); names that are not record names (stray-file).',
    build(h) {
      h.setup();
      const problems = [];
      const edited = slot(h, { summary: 'approved' });
      h.raw(edited.path, edited.text.replace('"approved"', '"approved by everyone"'));
      problems.push(problem('id-mismatch', edited.path));
      const moved = (summary, where) => {
        const s = slot(h, { summary });
        const path = where(s.record.id.slice(7));
        h.raw(path, s.text);
        problems.push(problem('path-mismatch', path));
      };
      moved('wrong seq', (hex) => `.agents/ledger/0000/00000002-${hex}.json`);
      moved('wrong bucket', (hex) => `.agents/ledger/0001/00000001-${hex}.json`);
      moved('padded bucket', (hex) => `.agents/ledger/00000/00000001-${hex}.json`);
      moved('padded seq', (hex) => `.agents/ledger/0000/000000001-${hex}.json`);
      const stray = (path, text) => {
        h.raw(path, text);
        problems.push(problem('stray-file', path));
      };
      const valid = slot(h, { summary: 'stray copies' });
      stray('.agents/ledger/0000/notes.txt', 'notes\n');
      stray('.agents/ledger/README.md', '# ledger\n');
      stray(`.agents/ledger/0000/00000001-${valid.record.id.slice(7).toUpperCase()}.json`, valid.text);
      stray(`${valid.path}.bak`, valid.text);
      stray(`.agents/ledger/0000/00000001-${valid.record.id.slice(7, 40)}.json`, valid.text);
      h.problems = problems;
      h.commit('c1');
    },
    checks: (h) => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems }),
      range('range', 'base', 'c1', { exit: 1, problems: h.problems, changes: { c1: empty() } }),
    ],
  },
  {
    name: 'ledger-not-a-file',
    spec: ['5', '6'],
    description:
      'At record paths: a symbolic link, a submodule (gitlink); a bucket that is a symbolic link. Each is not-a-file; nothing behind a link is read.',
    build(h) {
      h.setup();
      const linked = slot(h, { summary: 'behind a link' });
      h.raw('outside/record.json', linked.text);
      h.symlink('../../../outside/record.json', linked.path);
      h.symlink('../../outside', '.agents/ledger/0001');
      const gitlink = slot(h, { summary: 'a submodule' });
      h.git(['add', '-A']);
      h.git(['update-index', '--add', '--cacheinfo', `160000,${h.id('base')},${gitlink.path}`]);
      h.commit('c1', { add: false });
      h.problems = [
        problem('not-a-file', linked.path),
        problem('not-a-file', '.agents/ledger/0001'),
        problem('not-a-file', gitlink.path),
      ];
    },
    checks: (h) => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: h.problems }),
      range('range', 'base', 'c1', { exit: 1, problems: h.problems, changes: { c1: uncovered('no-verdict') } }),
    ],
  },
  {
    name: 'ledger-root-symlink',
    spec: ['6'],
    description:
      '.agents/ledger replaced by a symbolic link to a copy of the ledger elsewhere: not-a-file, nothing behind it is read, and every base record counts as deleted. The link itself is a path outside .agents/ledger/, so the commit needs a verdict too.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
      h.git(['mv', '.agents/ledger', 'elsewhere']);
      h.symlink('../elsewhere', '.agents/ledger');
      h.commit('c2');
    },
    checks: (h) => {
      const listing = h
        .git(['ls-tree', '-r', '--name-only', h.id('c1'), '.agents/ledger/'])
        .trim()
        .split('\n');
      const deleted = listing.map((path) => problem('record-deleted', path));
      return [
        ledger('ledger', 'c2', 'c1', { exit: 1, problems: [problem('not-a-file', '.agents/ledger'), ...deleted] }),
        range('range', 'c1', 'c2', {
          exit: 1,
          problems: [problem('not-a-file', '.agents/ledger'), ...deleted],
          changes: { c2: uncovered('no-verdict') },
        }),
      ];
    },
  },

  // ---------------------------------------------------------------- the chain (3, 6.4-6.6)
  {
    name: 'chain-second-genesis',
    spec: ['6'],
    description: 'A second genesis record added to a ledger that has one.',
    build(h) {
      h.setup();
      h.record({
        type: 'genesis',
        seq: 0,
        prev: [],
        nonce: sha256('another ledger').slice(0, 32),
        ledger: undefined,
        subject: undefined,
        verdict: undefined,
        checker: undefined,
        worker: undefined,
        evidence: undefined,
        summary: undefined,
      });
      h.commit('c1');
    },
    checks: () => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: [problem('second-genesis')] }),
      range('range', 'base', 'c1', { exit: 1, problems: [problem('second-genesis')], changes: { c1: empty() } }),
    ],
  },
  {
    name: 'chain-no-genesis',
    spec: ['6'],
    description:
      'The genesis deleted while a verdict still names it: the full audit finds no genesis and a dangling prev; against the base it is a deleted record.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
      h.genesisPath = recordPath(0, h.genesis().id);
      h.remove(h.genesisPath);
      h.commit('c2');
    },
    checks: (h) => [
      ledger('ledger', 'c2', undefined, { exit: 1, problems: [problem('no-genesis'), problem('dangling-prev')] }),
      ledger('ledger-since', 'c2', 'c1', {
        exit: 1,
        problems: [problem('no-genesis'), problem('dangling-prev'), problem('record-deleted', h.genesisPath)],
      }),
      range('range', 'c1', 'c2', {
        exit: 1,
        problems: [problem('record-deleted', h.genesisPath)],
        changes: { c2: empty() },
      }),
    ],
  },
  {
    name: 'chain-foreign-record',
    spec: ['2', '6'],
    description:
      "A verdict whose `ledger` names another repository's genesis (copied in): foreign-record. A record that breaks rules 4-6 is still read, so it names its digest, but the ledger problem fails the check.",
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.commit('c1');
      h.record({ subject: h.subject(['--commit', h.id('c1')]), ledger: `sha256:${sha256('some other genesis')}` });
      h.commit('c2');
    },
    checks: () => [
      ledger('ledger', 'c2', undefined, { exit: 1, problems: [problem('foreign-record')] }),
      range('range', 'base', 'c2', {
        exit: 1,
        problems: [problem('foreign-record')],
        changes: { c1: covered(), c2: empty() },
      }),
    ],
  },
  {
    name: 'chain-dangling-prev',
    spec: ['6'],
    description:
      'A record whose prev names an id with no record (a cherry-pick without its ancestors): dangling-prev; its seq is not judged.',
    build(h) {
      h.setup();
      h.record({ subject: FAKE_SUBJECT, prev: [`sha256:${sha256('missing ancestor')}`], seq: 7 });
      h.commit('c1');
    },
    checks: () => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: [problem('dangling-prev')] }),
      range('range', 'base', 'c1', { exit: 1, problems: [problem('dangling-prev')], changes: { c1: empty() } }),
    ],
  },
  {
    name: 'chain-bad-seq',
    spec: ['2', '6'],
    description:
      'seq must be 1 + the largest seq among prev: a record at seq 5 on the genesis, and a join of seq 1 and seq 2 at seq 2.',
    build(h) {
      h.setup();
      h.record({ subject: FAKE_SUBJECT, seq: 5, summary: 'skips ahead' });
      const genesis = h.genesis().id;
      const one = h.record({ subject: FAKE_SUBJECT, prev: [genesis], seq: 1, summary: 'one' });
      const two = h.record({ subject: FAKE_SUBJECT, prev: [one.id], seq: 2, summary: 'two' });
      h.record({ subject: FAKE_SUBJECT, prev: [one.id, two.id], seq: 2, summary: 'bad join' });
      h.commit('c1');
    },
    checks: () => [
      ledger('ledger', 'c1', undefined, { exit: 1, problems: [problem('bad-seq')] }),
      range('range', 'base', 'c1', { exit: 1, problems: [problem('bad-seq')], changes: { c1: empty() } }),
    ],
  },
  {
    name: 'chain-fork-and-join',
    spec: ['3', '6', '7'],
    description:
      'Two branches each append a verdict at seq 1 (a fork, valid); their clean merge needs none; the next record names both heads at seq 2 and joins them.',
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('base');
      h.write('src/b.js', 'b\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1');
      h.write('src/c.js', 'c\n');
      h.git(['add', '-A']);
      const join = pass(h);
      if (join.prev.length !== 2 || join.seq !== 2) throw new Error('the join does not name both heads');
      h.commit('c1');
    },
    checks: () => [
      ledger('ledger-forked', 'm', 'base', { exit: 0, problems: [] }),
      ledger('ledger-joined', 'c1', 'base', { exit: 0, problems: [] }),
      range('range', 'base', 'c1', {
        exit: 0,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: empty(), c1: covered() },
      }),
    ],
  },

  // ---------------------------------------------------------------- append-only (6)
  {
    name: 'append-only-modified',
    spec: ['6'],
    description:
      'A later commit edits a record that was at the base: record-modified. The edited bytes also no longer hash to the id.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.git(['add', '-A']);
      h.path = pass(h, ['--summary', 'looked fine']).path;
      h.commit('c1');
      h.write(h.path, h.read(h.path).replace('looked fine', 'looked great'));
      h.commit('c2');
    },
    checks: (h) => [
      range('range', 'c1', 'c2', { exit: 1, problems: [problem('record-modified', h.path)], changes: { c2: empty() } }),
      ledger('ledger', 'c2', undefined, { exit: 1, problems: [problem('id-mismatch', h.path)] }),
      ledger('ledger-since', 'c2', 'c1', {
        exit: 1,
        problems: [problem('id-mismatch', h.path), problem('record-modified', h.path)],
      }),
    ],
  },
  {
    name: 'append-only-deleted',
    spec: ['6'],
    description:
      'A later commit deletes the newest record: the chain left behind is valid on its own (a rollback), but against the base it is record-deleted.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.git(['add', '-A']);
      h.path = pass(h).path;
      h.commit('c1');
      h.remove(h.path);
      h.commit('c2');
    },
    checks: (h) => [
      range('range', 'c1', 'c2', { exit: 1, problems: [problem('record-deleted', h.path)], changes: { c2: empty() } }),
      ledger('ledger', 'c2', undefined, { exit: 0, problems: [] }),
      ledger('ledger-since', 'c2', 'c1', { exit: 1, problems: [problem('record-deleted', h.path)] }),
    ],
  },
  {
    name: 'append-only-within-range',
    spec: ['6'],
    description:
      "Inside one range: a record added in c1 and deleted in c2, another added in c1 and edited in c3. base..c3 shows neither as a change to a base record; each commit's own diff does.",
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      h.deleted = pass(h).path;
      h.commit('c1');
      h.edited = h.record({ subject: FAKE_SUBJECT, summary: 'original' }).path;
      h.commit('c2a');
      h.remove(h.deleted);
      h.commit('c2');
      h.write(h.edited, h.read(h.edited).replace('original', 'rewritten'));
      h.commit('c3');
    },
    checks: (h) => [
      range('range', 'base', 'c3', {
        exit: 1,
        problems: [
          problem('record-deleted', h.deleted),
          problem('id-mismatch', h.edited),
          problem('record-modified', h.edited),
        ],
        changes: { c1: uncovered('no-verdict'), c2a: empty(), c2: empty(), c3: empty() },
      }),
      ledger('ledger-since', 'c3', 'base', {
        exit: 1,
        problems: [
          problem('record-deleted', h.deleted),
          problem('id-mismatch', h.edited),
          problem('record-modified', h.edited),
        ],
      }),
    ],
  },
  {
    name: 'append-only-retyped',
    spec: ['6'],
    description: 'A record replaced by a symbolic link to an edited copy (a type change, status T): record-modified.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.git(['add', '-A']);
      h.path = pass(h).path;
      h.commit('c1');
      h.write('copy.json', h.read(h.path).replace('"pass"', '"pass" '));
      h.symlink('../../../copy.json', h.path);
      h.commit('c2');
    },
    checks: (h) => [
      range('range', 'c1', 'c2', {
        exit: 1,
        problems: [problem('record-modified', h.path)],
        changes: { c2: uncovered('no-verdict') },
      }),
    ],
  },
  {
    name: 'append-only-merge-drops-record',
    spec: ['6', '7'],
    description:
      'A merge whose tree lacks a record one side added: against the recomputed merge tree that is a deletion (record-deleted), and the commit that record covered is left uncovered.',
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('base');
      h.write('src/b.js', 'b\n');
      h.git(['add', '-A']);
      h.dropped = pass(h).path;
      h.commit('b1');
      h.checkout('a1');
      h.merge('m', 'b1', { resolve: { [h.dropped]: null } });
    },
    checks: (h) => [
      range('range', 'base', 'm', {
        exit: 1,
        problems: [problem('record-deleted', h.dropped)],
        changes: { a1: covered(), b1: uncovered('no-verdict'), m: empty() },
      }),
      ledger('ledger-since', 'm', 'base', { exit: 1, problems: [problem('record-deleted', h.dropped)] }),
    ],
  },
  {
    name: 'merge-octopus',
    spec: ['6', '7'],
    description:
      'An octopus merge is judged against its first parent (so it needs a verdict for what the other parents bring), and it must keep every record each other parent has: the one it drops is record-deleted.',
    build(h) {
      h.setup();
      for (const side of ['a', 'b', 'c']) {
        h.checkout('base');
        h.write(`src/${side}.js`, `${side}\n`);
        h.git(['add', '-A']);
        const record = pass(h);
        if (side === 'c') h.dropped = record.path;
        h.commit(`${side}1`);
      }
      h.checkout('a1');
      h.merge('m', ['b1', 'c1'], { resolve: { [h.dropped]: null } });
    },
    checks: (h) => [
      range('range', 'base', 'm', {
        exit: 1,
        problems: [problem('record-deleted', h.dropped)],
        changes: { a1: covered(), b1: covered(), c1: uncovered('no-verdict'), m: uncovered('no-verdict') },
      }),
    ],
  },

  // ---------------------------------------------------------------- merges (7)
  {
    name: 'merge-clean',
    spec: ['7', '8'],
    description: 'A merge git merge-tree reproduces exactly: its manifest is empty, it needs no verdict.',
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('base');
      h.write('src/b.js', 'b\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1');
    },
    checks: () => [
      range('range', 'base', 'm', { exit: 0, problems: [], changes: { a1: covered(), b1: covered(), m: empty() } }),
    ],
  },
  {
    name: 'merge-evil',
    spec: ['7', '8'],
    description:
      'A merge with an edit of its own: only the difference from the recomputed merge is its change; uncovered until a verdict names that digest.',
    build(h) {
      h.setup();
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('base');
      h.write('src/b.js', 'b\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1', { resolve: { 'src/b.js': 'b, quietly changed in the merge\n' } });
      passCommit(h, 'm');
      h.commit('c1');
    },
    checks: () => [
      range('range-unreviewed', 'base', 'm', {
        exit: 1,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: uncovered('no-verdict') },
      }),
      range('range', 'base', 'c1', {
        exit: 0,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: covered(), c1: empty() },
      }),
    ],
  },
  {
    name: 'merge-conflict-resolved',
    spec: ['7', '8'],
    description:
      "Both sides change the same line; the merge resolves it by hand. Its change is the resolution against merge-tree's conflicted tree.",
    build(h) {
      h.setup();
      h.write('src/config.txt', 'timeout = 10\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c0');
      h.write('src/config.txt', 'timeout = 20\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('c0');
      h.write('src/config.txt', 'timeout = 30\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1', { resolve: { 'src/config.txt': 'timeout = 25\n' } });
      passCommit(h, 'm');
      h.commit('c1');
    },
    checks: () => [
      range('range-unreviewed', 'c0', 'm', {
        exit: 1,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: uncovered('no-verdict') },
      }),
      range('range', 'c0', 'c1', {
        exit: 0,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: covered(), c1: empty() },
      }),
    ],
  },
  {
    name: 'merge-conflict-left-as-written',
    spec: ['7'],
    description:
      'A text conflict committed exactly as merge-tree writes it (its markers name the parents by full id): no entry against T, so the conflicted path adds the entry of TREE(P2) -> merge. Not empty: it needs a verdict.',
    build(h) {
      h.setup();
      h.write('src/config.txt', 'timeout = 10\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c0');
      h.write('src/config.txt', 'timeout = 20\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('c0');
      h.write('src/config.txt', 'timeout = 30\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1', { resolve: { 'src/config.txt': mergeTreeBlob(h, 'b1', 'a1', 'src/config.txt') } });
      passCommit(h, 'm');
      h.commit('c1');
    },
    checks: () => [
      range('range-unreviewed', 'c0', 'm', {
        exit: 1,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: uncovered('no-verdict') },
      }),
      range('range', 'c0', 'c1', {
        exit: 0,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: covered(), c1: empty() },
      }),
    ],
  },
  {
    name: 'merge-binary-conflict-first-parent-kept',
    spec: ['7'],
    description:
      "A binary file changed on both sides; merge-tree keeps the first parent's file at the conflict and the merge commits just that, silently dropping the second parent's fix. Not empty: the entry TREE(P2) -> merge is its change.",
    build(h) {
      h.setup();
      h.write('assets/logo.bin', Buffer.from([0, 1, 2, 3, 0, 0xff]));
      h.git(['add', '-A']);
      pass(h);
      h.commit('c0');
      h.write('assets/logo.bin', Buffer.from([0, 1, 2, 3, 0, 0xaa]));
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('c0');
      h.write('assets/logo.bin', Buffer.from([0, 1, 2, 3, 0, 0xbb]));
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1', { resolve: { 'assets/logo.bin': Buffer.from([0, 1, 2, 3, 0, 0xbb]) } });
    },
    checks: () => [
      range('range', 'c0', 'm', {
        exit: 1,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: uncovered('no-verdict') },
      }),
    ],
  },
  {
    name: 'merge-attributes-ignored',
    spec: ['0', '7'],
    description:
      "The repository says `*.txt merge=union`, so git merge writes both sides without a conflict. The verifier recomputes the merge with no attributes: there it conflicts, so the union is the merge's own change and needs a verdict.",
    build(h) {
      h.setup();
      h.write('.gitattributes', '*.txt merge=union\n');
      h.write('src/list.txt', 'alpha\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c0');
      h.write('src/list.txt', 'alpha\nbeta\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('a1');
      h.checkout('c0');
      h.write('src/list.txt', 'alpha\ngamma\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('b1');
      h.merge('m', 'a1');
      if (!h.read('src/list.txt').includes('beta') || h.read('src/list.txt').includes('<<<<<<<'))
        throw new Error('the union merge did not happen');
    },
    checks: () => [
      range('range', 'c0', 'm', {
        exit: 1,
        problems: [],
        changes: { a1: covered(), b1: covered(), m: uncovered('no-verdict') },
      }),
    ],
  },

  // ---------------------------------------------------------------- manifests (7): renames, modes, paths
  {
    name: 'rename-and-mode',
    spec: ['7'],
    description:
      'Renames are a deletion plus an addition (no rename detection): a verdict on the rename covers it; the same rename with one byte changed, and a mode-only change, are new digests.',
    build(h) {
      h.setup();
      h.write('src/old.txt', 'content\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
      h.git(['mv', 'src/old.txt', 'src/new.txt']);
      pass(h);
      h.commit('c2');
      h.git(['mv', 'src/new.txt', 'src/newer.txt']);
      h.write('src/newer.txt', 'content!\n');
      h.commit('c3');
      h.git(['update-index', '--chmod=+x', 'src/newer.txt']);
      h.commit('c4', { add: false });
    },
    checks: () => [
      range('range', 'base', 'c4', {
        exit: 1,
        problems: [],
        changes: { c1: covered(), c2: covered(), c3: uncovered('no-verdict'), c4: uncovered('no-verdict') },
      }),
    ],
  },
  {
    name: 'paths-nfc-nfd',
    spec: ['7'],
    description:
      'Paths are raw bytes, never normalised: "caf\u00e9.txt" (NFC) and "cafe\u0301.txt" (NFD) are two files. Renaming NFC to NFD is a change of its own, not covered by the verdict on the NFC file.',
    build(h) {
      h.setup();
      h.write('caf\u00e9.txt', 'menu\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
      h.git(['mv', 'caf\u00e9.txt', 'cafe\u0301.txt']);
      h.commit('c2');
      h.write('caf\u00e9.txt', 'menu\n');
      h.git(['add', '-A']);
      pass(h);
      h.commit('c3');
    },
    checks: () => [
      range('range', 'base', 'c3', {
        exit: 1,
        problems: [],
        changes: { c1: covered(), c2: uncovered('no-verdict'), c3: covered() },
      }),
    ],
  },
  {
    name: 'paths-unusual-bytes',
    spec: ['7'],
    description:
      'Paths with a space, a double quote, a backslash, a newline, a tab, a leading dash, a leading U+FEFF, a right-to-left override, and bytes that are not UTF-8 (stored as pathBase64): ordinary entries, digested as raw bytes, unquoted.',
    build(h) {
      h.setup();
      for (const name of [
        'with space.txt',
        'quote".txt',
        'back\\slash.txt',
        'new\nline.txt',
        'tab\there.txt',
        '-leading-dash',
        '\ufeffbom.txt',
        '\u202eevil.txt',
        'docs/.hidden',
      ])
        h.write(name, `${name}\n`);
      writeFileSync(
        Buffer.concat([Buffer.from(`${h.dir}/`), Buffer.from('latin\xe9.txt', 'latin1')]),
        'latin-1 name\n',
      );
      h.git(['add', '-A']);
      const record = pass(h);
      if (!record.subject.entries.some((e) => e.pathBase64)) throw new Error('no pathBase64 entry');
      h.commit('c1');
    },
    checks: () => [range('range', 'base', 'c1', { exit: 0, problems: [], changes: { c1: covered() } })],
  },
  {
    name: 'paths-astral-order',
    spec: ['7'],
    description:
      'The manifest sorts paths by raw bytes: "z" < "\u00e9" < U+E000 < U+FF61 < U+1F600 (UTF-8 order, = code points). UTF-16 order would put U+1F600 before U+E000. c2 has a verdict whose digest was computed in UTF-16 order: it names no real digest, so c2 is uncovered.',
    build(h) {
      h.setup();
      const names = ['z.txt', '\u00e9.txt', '\ue000.txt', '\uff61.txt', '\u{1F600}.txt'];
      for (const name of names) h.write(`a/${name}`, `${name}\n`);
      h.git(['add', '-A']);
      pass(h);
      h.commit('c1');
      for (const name of names) h.write(`b/${name}`, `${name}\n`);
      h.commit('c2');
      const subject = h.subject(['--commit', h.id('c2')]);
      const utf16 = [...subject.entries].sort((x, y) => (x.path < y.path ? -1 : 1));
      const line = (e) => `${e.oldMode} ${e.newMode} ${e.oldId} ${e.newId} ${e.status}\t${e.path}\n`;
      const wrong = `sha256:${createHash('sha256').update(utf16.map(line).join(''), 'utf8').digest('hex')}`;
      if (wrong === subject.digest) throw new Error('the orders agree');
      h.record({ subject: { ...subject, digest: wrong, entries: utf16 } });
      h.commit('c3');
    },
    checks: () => [
      range('range', 'base', 'c3', {
        exit: 1,
        problems: [],
        changes: { c1: covered(), c2: uncovered('no-verdict'), c3: empty() },
      }),
    ],
  },

  // ---------------------------------------------------------------- needs none, exemptions, policy (8, 9)
  {
    name: 'needs-none',
    spec: ['7', '8'],
    description:
      'Changes with an empty manifest need no verdict: an empty commit, a commit that only adds records, a clean merge.',
    build(h) {
      h.setup();
      h.commit('c1', { message: 'Nothing at all\n' });
      h.record({ subject: FAKE_SUBJECT, summary: 'a record for something else' });
      h.commit('c2');
      h.checkout('base');
      h.record({ subject: FAKE_SUBJECT, summary: 'a record on a side branch' });
      h.commit('b1');
      h.checkout('c2');
      h.merge('m', 'b1');
    },
    checks: () => [
      range('range', 'base', 'm', {
        exit: 0,
        problems: [],
        changes: { c1: empty(), c2: empty(), b1: empty(), m: empty() },
      }),
    ],
  },
  {
    name: 'exempt-paths',
    spec: ['8', '9'],
    description:
      'exempt.paths at the base: "docs/**", "*.md" (no "/": a file name at any depth), ".agents/**". Dotfiles match. Not exempt: a change with one path outside them, and the trust roots .agents/policy.json and .agents/checkers whatever the globs say.',
    build(h) {
      h.setup({ policy: POLICY({ exempt: { paths: ['docs/**', '*.md', '.agents/**'], authors: [] } }) });
      h.write('docs/guide.txt', 'guide\n');
      h.write('docs/.hidden', 'hidden\n');
      h.commit('c1');
      h.write('src/deep/notes.md', 'notes\n');
      h.commit('c2');
      h.write('docs/more.txt', 'more\n');
      h.write('src/app.js', 'code\n');
      h.commit('c3');
      h.write(
        '.agents/policy.json',
        `${JSON.stringify(POLICY({ exempt: { paths: ['docs/**', '*.md', '.agents/**', 'src/**'], authors: [] } }), null, 2)}\n`,
      );
      h.commit('c4');
      h.write('.agents/checkers', '# no trusted keys yet\n');
      h.commit('c5');
      h.write('.agents/notes.txt', 'notes\n');
      h.commit('c6');
    },
    checks: () => [
      range('range', 'base', 'c6', {
        exit: 1,
        problems: [],
        changes: {
          c1: exempt(),
          c2: exempt(),
          c3: uncovered('no-verdict'),
          c4: uncovered('no-verdict'),
          c5: uncovered('no-verdict'),
          c6: exempt(),
        },
      }),
    ],
  },
  {
    name: 'exempt-author-not-honoured',
    spec: ['8', '9'],
    description:
      "exempt.authors matches the commit's author email, but the email is the change's own claim: outside the GitHub Action (no authenticated sender) it is never honoured.",
    build(h) {
      h.setup({ policy: POLICY({ exempt: { paths: [], authors: ['*[bot]@users.noreply.github.com'] } }) });
      h.write('package-lock.json', '{}\n');
      h.commit('c1', { author: '49699333+dependabot[bot]@users.noreply.github.com' });
    },
    checks: () => [range('range', 'base', 'c1', { exit: 1, problems: [], changes: { c1: uncovered('no-verdict') } })],
  },
  {
    name: 'policy-from-the-base',
    spec: ['0', '9', '10'],
    description:
      "c1 rewrites the policy to exempt everything. It is judged by the base's policy (uncovered), and so is c2 in the range base..c2; verified on its own, c2's base is c1, whose policy exempts it.",
    build(h) {
      h.setup();
      h.write(
        '.agents/policy.json',
        `${JSON.stringify(POLICY({ exempt: { paths: ['**'], authors: [] } }), null, 2)}\n`,
      );
      h.write('src/a.js', 'a\n');
      h.commit('c1');
      h.write('src/b.js', 'b\n');
      h.commit('c2');
    },
    checks: () => [
      range('range', 'base', 'c2', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('no-verdict'), c2: uncovered('no-verdict') },
      }),
      commitCheck('commit-c2', 'c2', { exit: 0, problems: [], changes: { c2: exempt() } }),
      range('range-from-c1', 'c1', 'c2', { exit: 0, problems: [], changes: { c2: exempt() } }),
    ],
  },
  {
    name: 'policy-absent-at-base',
    spec: ['9', '10'],
    description:
      'History from before set-up: with no policy at the base nothing is enforced (every commit exempt, exit 0), including the commit that sets it up.',
    build(h) {
      h.write('README.md', 'before\n');
      h.commit('c0');
      h.write('src/a.js', 'a\n');
      h.commit('c1');
      h.ao(['init', '--hooks', 'none']);
      h.commit('c2');
      h.write('src/b.js', 'b\n');
      h.commit('c3');
    },
    checks: () => [
      commitCheck('root', 'c0', { exit: 0, problems: [], changes: { c0: exempt() } }),
      range('range', 'c0', 'c2', { exit: 0, problems: [], changes: { c1: exempt(), c2: exempt() } }),
      range('range-after-setup', 'c2', 'c3', { exit: 1, problems: [], changes: { c3: uncovered('no-verdict') } }),
    ],
  },
  {
    name: 'policy-invalid-left-behind',
    spec: ['9'],
    description:
      'A change that leaves an invalid policy is refused (invalid-policy) whatever its verdicts say: a duplicate key, an unknown field, trailing data, a byte order mark.',
    build(h) {
      h.setup();
      const valid = JSON.stringify(POLICY(), null, 2);
      const variants = {
        dup: valid.replace('"mode": "commit",', '"mode": "commit",\n  "mode": "range",'),
        unknown: valid.replace('"mode": "commit",', '"mode": "commit",\n  "strict": true,'),
        trailing: `${valid}\n{}\n`,
        bom: `\ufeff${valid}\n`,
      };
      for (const [name, text] of Object.entries(variants)) {
        h.checkout('base');
        h.write('.agents/policy.json', text);
        h.git(['add', '-A']);
        pass(h);
        h.commit(name);
      }
    },
    checks: () =>
      ['dup', 'unknown', 'trailing', 'bom'].map((name) =>
        range(`range-${name}`, 'base', name, {
          exit: 1,
          problems: [problem('invalid-policy', '.agents/policy.json')],
          changes: { [name]: covered() },
        }),
      ),
  },
  {
    name: 'policy-invalid-at-base',
    spec: ['9', '13'],
    description: 'An invalid policy at the base (a duplicate key) is an error, exit 2: nothing can be judged under it.',
    build(h) {
      h.setup();
      h.write(
        '.agents/policy.json',
        JSON.stringify(POLICY(), null, 2).replace('"mode": "commit",', '"mode": "commit",\n  "mode": "range",'),
      );
      h.commit('c1');
      h.write('src/a.js', 'a\n');
      h.commit('c2');
    },
    checks: () => [range('range', 'c1', 'c2', { exit: 2 })],
  },
  {
    name: 'policy-requirements',
    spec: ['8', '9'],
    description:
      'require.evidence ["test"] for every change, and a rule: src/auth/** needs a human checker. A verdict lacking either is uncovered (policy).',
    build(h) {
      h.setup({
        policy: POLICY({
          require: { evidence: ['test'] },
          rules: [{ name: 'auth', paths: ['src/auth/**'], anyOf: [{ checkerKind: 'human' }] }],
        }),
      });
      const step = (name, path, extra) => {
        h.write(path, `${name}\n`);
        h.git(['add', '-A']);
        pass(h, extra);
        h.commit(name);
      };
      step('c1', 'src/a.js', []);
      step('c2', 'src/b.js', ['--evidence', 'test:npm test: 12 passed']);
      step('c3', 'src/auth/login.js', ['--evidence', 'test:npm test: 12 passed']);
      step('c4', 'src/auth/token.js', ['--evidence', 'test:npm test: 12 passed', '--checker-kind', 'human']);
    },
    checks: () => [
      range('range', 'base', 'c4', {
        exit: 1,
        problems: [],
        changes: { c1: uncovered('policy'), c2: covered(), c3: uncovered('policy'), c4: covered() },
      }),
    ],
  },
  {
    name: 'policy-observe',
    spec: ['9', '13'],
    description:
      'enforcement "observe" at the base: an uncovered commit is reported and exits 0; a ledger problem still fails (exit 1).',
    build(h) {
      h.setup({ policy: POLICY({ enforcement: 'observe' }) });
      h.write('src/a.js', 'a\n');
      h.git(['add', '-A']);
      h.path = pass(h).path;
      h.commit('c1');
      h.write('src/b.js', 'b\n');
      h.commit('c2');
      h.remove(h.path);
      h.commit('c3');
    },
    checks: (h) => [
      range('range', 'base', 'c2', { exit: 0, problems: [], changes: { c1: covered(), c2: uncovered('no-verdict') } }),
      range('range-tampered', 'c1', 'c3', {
        exit: 1,
        problems: [problem('record-deleted', h.path)],
        changes: { c2: uncovered('no-verdict'), c3: empty() },
      }),
    ],
  },
  {
    name: 'policy-range-mode',
    spec: ['8', '9'],
    description: 'mode "range": one verdict on the combined change base..head covers every non-empty commit in it.',
    build(h) {
      h.setup({ policy: POLICY({ mode: 'range' }) });
      h.write('src/a.js', 'a\n');
      h.commit('c1');
      h.write('src/b.js', 'b\n');
      h.commit('c2');
      pass(h, ['--range', `${h.id('base')}..${h.id('c2')}`]);
      h.commit('c3');
    },
    checks: () => [
      range('range', 'base', 'c3', {
        exit: 0,
        problems: [],
        range: covered(),
        changes: { c1: covered(), c2: covered(), c3: empty() },
      }),
    ],
  },

  // ---------------------------------------------------------------- signatures (6.7)
  {
    name: 'signature-invalid',
    spec: ['6'],
    description:
      'A verdict carrying a signature that does not verify is a ledger problem whether or not the policy requires signatures.',
    build(h) {
      h.setup();
      h.write('src/app.js', 'x\n');
      h.commit('c1');
      h.path = h.record({
        subject: h.subject(['--commit', h.id('c1')]),
        signature: {
          format: 'sshsig',
          namespace: 'agentops-verdict',
          signature: '-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n-----END SSH SIGNATURE-----\n',
        },
      }).path;
      h.commit('c2');
    },
    checks: (h) => [ledger('ledger', 'c2', undefined, { exit: 1, problems: [problem('bad-signature', h.path)] })],
  },
];

function cmpCodePoints(a, b) {
  const x = [...a].map((c) => c.codePointAt(0));
  const y = [...b].map((c) => c.codePointAt(0));
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
