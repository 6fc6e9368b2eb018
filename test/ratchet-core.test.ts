import { describe, expect, it } from 'vitest';
import { compileForbidPattern, findRatchetSlips, patternWeight } from '../src/core/constraints.js';
import { compareRecords } from '../src/core/ledger.js';
import { computeMetrics, isoWeek, type CommitFact } from '../src/core/metrics.js';
import { parsePolicy } from '../src/core/policy.js';
import {
  sealRecord,
  RECORD_SCHEMA,
  type Constraint,
  type LearningRecord,
  type LedgerRecord,
  type PromotionRecord,
  type RetirementRecord,
  type VerdictRecord,
} from '../src/core/record.js';
import { validateRecordShape } from '../src/core/schemas.js';
import { scanAddedLines } from '../src/git/git.js';
import { globSpecificity } from '../src/repo/context.js';

const GENESIS = `sha256:${'0'.repeat(64)}`;
const actor = { id: 'agent@example.com', kind: 'agent' as const };
let seq = 0;
const base = (createdAt: string) => ({
  schema: RECORD_SCHEMA as typeof RECORD_SCHEMA,
  seq: ++seq,
  prev: [GENESIS],
  createdAt,
  ledger: GENESIS,
});

function learning(text: string, createdAt = '2026-11-02T10:00:00Z'): LearningRecord {
  return sealRecord<LearningRecord>({
    ...base(createdAt),
    type: 'learning',
    text,
    paths: ['src/**'],
    tags: ['x'],
    negative: false,
    author: actor,
  });
}
function verdict(
  outcome: 'pass' | 'fail',
  digest: string,
  paths: string[],
  createdAt: string,
  evidence: VerdictRecord['evidence'] = [],
): VerdictRecord {
  const entries = paths.map((path) => ({
    oldMode: '100644',
    newMode: '100644',
    oldId: 'a'.repeat(40),
    newId: 'b'.repeat(40),
    status: 'M' as const,
    path,
  }));
  return sealRecord<VerdictRecord>({
    ...base(createdAt),
    type: 'verdict',
    subject: { kind: 'staged', digest: `sha256:${digest.repeat(64).slice(0, 64)}`, entries },
    verdict: outcome,
    checker: { id: 'reviewer@example.com', kind: 'agent' },
    worker: actor,
    evidence,
    summary: '',
  });
}

describe('record and policy schemas', () => {
  it('accept the new record types and refuse what the discriminated branches do not allow', () => {
    const l = learning('Prefer small commits');
    expect(validateRecordShape(l)).toEqual([]);
    const constraint: Constraint = { id: 'no-todo', learning: l.id, paths: ['src/**'], forbidPattern: 'TODO' };
    const promotion = sealRecord<PromotionRecord>({
      ...base('2026-11-02T11:00:00Z'),
      type: 'promotion',
      learning: l.id,
      constraint,
      author: actor,
    });
    expect(validateRecordShape(promotion)).toEqual([]);
    const retirement = sealRecord<RetirementRecord>({
      ...base('2026-11-02T12:00:00Z'),
      type: 'retirement',
      constraint: 'no-todo',
      learning: l.id,
      promotion: promotion.id,
      why: 'obsolete',
      author: actor,
    });
    expect(validateRecordShape(retirement)).toEqual([]);
    expect(validateRecordShape({ ...l, extra: 1 })).not.toEqual([]);
    expect(validateRecordShape({ ...promotion, constraint: { ...constraint, requireEvidence: 'test' } })).not.toEqual(
      [],
    ); // two rules
    expect(
      validateRecordShape({ ...promotion, constraint: { id: 'x', learning: l.id, paths: ['src/**'] } }),
    ).not.toEqual([]); // no rule
    expect(validateRecordShape({ ...retirement, why: '' })).not.toEqual([]);
    const policy = (constraints: unknown) =>
      Buffer.from(JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'commit', constraints }));
    expect(parsePolicy(policy([constraint]), 'test').constraints).toEqual([constraint]);
    expect(() => parsePolicy(policy([constraint, constraint]), 'test')).toThrow(
      /two constraints have the id "no-todo"/,
    );
    expect(() => parsePolicy(policy([{ ...constraint, forbidPattern: '(?<=a)b' }]), 'test')).toThrow(
      /constraint "no-todo".*linear time/,
    );
  });
});

describe('forbidPattern guard', () => {
  it('weighs patterns and compiles linear-time patterns only', () => {
    expect(patternWeight('console\\.log')).toBe(11);
    expect(patternWeight('(?:ab)+c*')).toBe(10);
    expect(patternWeight('[(+)]+')).toBe(12);
    const regex = compileForbidPattern({ id: 'c', forbidPattern: '(a+)+$' });
    const started = Date.now();
    expect(regex.test(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(() => compileForbidPattern({ id: 'c', forbidPattern: 'x'.repeat(501) })).toThrow(/limit is 500/);
  });
});

describe('patch parsing', () => {
  it('reads added lines with paths and numbers, and splits diff-tree --stdin output by item', () => {
    const patch = [
      'diff --git a/src/a b.js b/src/a b.js',
      'index 1..2 100644',
      '--- a/src/a b.js\t',
      '+++ b/src/a b.js\t',
      '@@ -2 +2,2 @@ ctx',
      '-old',
      '+++ not a header',
      '+second',
      'diff --git "a/q\\"x" "b/q\\"x"',
      '--- /dev/null',
      '+++ "b/q\\"x\\303\\251"',
      '@@ -0,0 +1 @@',
      '+z',
    ].join('\n');
    expect(scanAddedLines(patch).sections[0]).toEqual([
      { path: 'src/a b.js', line: 2, text: '++ not a header' },
      { path: 'src/a b.js', line: 3, text: 'second' },
      { path: 'q"xé', line: 1, text: 'z' },
    ]);
    const c1 = 'a'.repeat(40);
    const c2 = 'b'.repeat(40);
    const batch = [c1, 'diff --git a/x b/x', '+++ b/x', '@@ -0,0 +1,2 @@', `+${c2}`, '+second', c2, ''].join('\n');
    expect(scanAddedLines(batch, [c1, `${c2} ${c1}`])).toEqual({
      sections: [
        [
          { path: 'x', line: 1, text: c2 },
          { path: 'x', line: 2, text: 'second' },
        ],
        [],
      ],
      headers: 2,
    });
    expect(scanAddedLines(batch, [c1, `${c2} ${c1}`], 1).sections).toEqual([undefined, []]);
  });
});

describe('metrics', () => {
  it('groups verdicts into subjects and measures rework and weeks exactly', () => {
    seq = 0;
    const records: LedgerRecord[] = [
      verdict('fail', '1', ['src/a.ts'], '2026-11-02T10:00:00Z'), // subject 1 starts failing (Monday, W45)
      verdict('fail', '2', ['src/a.ts', 'src/b.ts'], '2026-11-02T12:00:00Z'), // same worker, overlapping: still subject 1
      verdict('pass', '3', ['src/a.ts'], '2026-11-02T16:00:00Z'), // fail -> pass after 6 hours
      verdict('pass', '4', ['src/c.ts'], '2026-11-09T09:00:00Z'), // subject 2, first pass (W46)
      verdict('fail', '5', ['src/a.ts'], '2026-11-10T09:00:00Z'), // subject 3: subject 1 closed with its pass
      verdict('pass', '5', ['src/a.ts'], '2026-11-10T11:00:00Z'), // same digest re-checked: 2 hours
      verdict('fail', '6', ['src/d.ts'], '2026-11-11T09:00:00Z'), // subject 4, still failing
      learning('One', '2026-11-03T00:00:00Z'),
    ];
    // A chain of commits; the last adds every record (ledger-only, so not counted), after all their dates.
    const commits: CommitFact[] = [];
    const commit = (sha: string, at: string, digest: string, paths: string[], addsRecords: string[] = []) => {
      commits.push({
        sha,
        committedAt: Date.parse(at) / 1000,
        digest: `sha256:${digest.repeat(64).slice(0, 64)}`,
        paths,
        parents: commits.length ? [commits.at(-1)!.sha] : [],
        addsRecords,
      });
    };
    commit('c1', '2026-11-02T17:00:00Z', '3', ['src/a.ts']);
    commit('c2', '2026-11-09T10:00:00Z', '4', ['src/c.ts']);
    commit('c5', '2026-11-10T12:00:00Z', '5', ['src/a.ts']);
    commit('c6', '2026-11-11T10:00:00Z', '6', ['src/d.ts']);
    commit('c3', '2026-11-12T10:00:00Z', '9', ['x']);
    commit(
      'ledger',
      '2026-11-12T12:00:00Z',
      '0',
      [],
      records.map((r) => r.id),
    );
    const m = computeMetrics({ records, commits });
    expect(m.records).toEqual({ landed: 8, unlanded: 0, datedAfterLanding: 0 });
    expect(m.coverage).toMatchObject({
      commits: 5,
      covered: 3,
      share: 0.6,
      uncovered: ['c6', 'c3'],
      insufficient: true,
    });
    expect(m.firstPass).toEqual({ subjects: 4, firstPassed: 1, rate: 0.25, insufficient: true, unlanded: 0 });
    expect(m.rework).toEqual({
      subjectsReworked: 2,
      cycles: 2,
      cyclesPerSubject: 0.5,
      stillFailing: 1,
      failToPass: { count: 2, medianHours: 4, meanHours: 4, maxHours: 6, insufficient: true, inconsistent: 0 },
    });
    expect(
      m.weekly.map((w) => [w.week, w.commits, w.covered, w.subjects, w.firstPassed, w.failToPassCycles, w.learnings]),
    ).toEqual([
      ['2026-W45', 1, 1, 1, 0, 1, 1],
      ['2026-W46', 4, 2, 3, 1, 1, 0],
    ]);
    expect(computeMetrics({ records, commits, since: '2026-11-09T00:00:00Z' }).firstPass.subjects).toBe(3);
    expect(isoWeek(Date.parse('2027-01-01T00:00:00Z')).week).toBe('2026-W53');
    expect(isoWeek(Date.parse('2024-12-30T00:00:00Z'))).toEqual({ week: '2025-W01', start: '2024-12-30' });
  });

  it('the ratchet: a dropped constraint slips unless retired after its latest promotion', () => {
    seq = 0;
    const l = learning('No TODOs');
    const c: Constraint = { id: 'no-todo', learning: l.id, paths: ['src/**'], forbidPattern: 'TODO' };
    const promotion = sealRecord<PromotionRecord>({
      ...base('2026-11-02T11:00:00Z'),
      type: 'promotion',
      learning: l.id,
      constraint: c,
      author: actor,
    });
    const retired = sealRecord<RetirementRecord>({
      ...base('2026-11-02T12:00:00Z'),
      type: 'retirement',
      constraint: 'no-todo',
      learning: l.id,
      why: 'gone',
      author: actor,
    });
    const again = sealRecord<PromotionRecord>({
      ...base('2026-11-02T13:00:00Z'),
      type: 'promotion',
      learning: l.id,
      constraint: c,
      author: actor,
    });
    const ledger = new Map<string, LedgerRecord>([l, promotion, retired, again].map((r) => [r.id, r]));
    const inputs = (retirements: RetirementRecord[]) => ({ retirements, record: (id: string) => ledger.get(id) });
    expect(findRatchetSlips([c], { constraints: [] }, inputs([]))[0]!.message).toMatch(/removes constraint "no-todo"/);
    expect(findRatchetSlips([c], { constraints: [] }, inputs([retired]))).toEqual([]);
    // A later promotion under the same id does not undo the retirement the change carries.
    expect(findRatchetSlips([c], { constraints: [again.constraint] }, inputs([retired]))).toEqual([]);
    expect(compareRecords(retired, again)).toBeLessThan(0);
    expect(findRatchetSlips([c], { constraints: [{ ...c, note: 'reworded' }] }, inputs([]))).toEqual([]);
    expect(findRatchetSlips([c], { invalid: 'bad JSON' }, inputs([]))[0]!.message).toMatch(/leaves .*invalid/);
    expect(globSpecificity('src/auth/login.ts')).toBeGreaterThan(globSpecificity('src/auth/**'));
  });
});
