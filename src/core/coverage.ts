import type { AddedLine, RatchetSlipFound } from './constraints.js';
import type { Fix, FixCommand, VerdictNeed, VerdictScope } from './fix.js';
import type { Manifest } from './manifest.js';
import { pathText } from './manifest.js';
import {
  allPathsExempt,
  authorExemption,
  constraintViolations,
  policyShortfalls,
  touchesTrustRoots,
  type AuthenticatedActor,
  type LearningLookup,
  type Policy,
} from './policy.js';
import { shortId, type VerdictRecord } from './record.js';

/** One change that needs a verdict: the staged change, a commit, a merge's evil part, or a range. */
export interface ChangeUnderTest {
  kind: 'staged' | 'commit' | 'merge' | 'range';
  /** Short sha, "staged change" or "A..B". */
  label: string;
  commit?: string;
  subjectLine?: string;
  authorName?: string;
  authorEmail?: string;
  manifest: Manifest;
  /** The staged change of `git commit --amend`: against HEAD's parent, replacing HEAD. */
  amend?: boolean;
  /** A merge that `git merge-tree` reproduces exactly: nothing in it was written by hand. */
  cleanMerge?: boolean;
  /** For a range in range mode: its combined change, and the commits inside it. */
  range?: { base: string; head: string };
  /**
   * The lines the change adds to paths under forbidPattern constraints, read by the
   * repository layer (one batched git call) only when the policy has such a constraint.
   */
  addedLines?: AddedLine[];
  /** Why `addedLines` could not be read (e.g. a patch above the bound): the constraints refuse. */
  addedLinesUnreadable?: string;
  /** Constraints the change takes out of the policy, or alters, with no retirement on record. */
  ratchetSlips?: RatchetSlip[];
}

export type RatchetSlip = RatchetSlipFound;

export type Outcome = 'covered' | 'uncovered' | 'exempt' | 'empty';

export type FailedRule =
  | 'no-verdict'
  | 'verdict-fail'
  | 'not-independent'
  | 'policy'
  | 'signature'
  | 'constraint'
  | 'ratchet';

export interface Decision {
  change: ChangeUnderTest;
  outcome: Outcome;
  reason: string;
  failedRule?: FailedRule;
  /** The policy rule that was not met, when failedRule is "policy", "constraint" or "ratchet". */
  policyRule?: string;
  /** The constraint that refused the change, and the learning it was promoted from. */
  constraint?: string;
  learning?: string;
  record?: VerdictRecord;
  /** What to do about it, as data (`fixText` in src/present/commands.ts words it). */
  fix?: Fix;
}

/** Returns why a record's signature does not count, or undefined when it does (or none is needed). */
export type SignatureCheck = (record: VerdictRecord) => string | undefined;

export interface DecideOptions {
  policy: Policy;
  lookup: (digest: string) => VerdictRecord | undefined;
  signatureCheck?: SignatureCheck;
  /** Placeholder for the checker in fixing commands, e.g. "reviewer@example.com". */
  checkerHint?: string;
  /** Finds the learning a constraint came from, so a refusal can quote it. */
  learnings?: LearningLookup;
  /** Who GitHub authenticated for the event (the action only): what an author exemption rests on. */
  authenticatedActor?: AuthenticatedActor;
}

/**
 * The checker must not be the worker, nor share its session. The git author is not compared:
 * a reviewer may well commit the agent's work they checked, and without signatures any
 * identity string can be claimed anyway (docs/threat-model.md).
 */
export function independenceProblem(record: Pick<VerdictRecord, 'checker' | 'worker'>): string | undefined {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (same(record.checker.id, record.worker.id)) {
    return `checker ${record.checker.id} is also the worker: a change must be checked by something that did not write it`;
  }
  if (record.checker.session && record.worker.session && record.checker.session === record.worker.session) {
    return `checker and worker share session ${record.checker.session}: the checker must run in a fresh context`;
  }
  return undefined;
}

export function manifestPaths(manifest: Manifest): string[] {
  return manifest.entries.map((entry) => pathText(entry.path));
}

/** The verdict that would cover the change, by the checker hinted at (a placeholder without one). */
export function verdictFix(change: ChangeUnderTest, checker: string | undefined, needs: VerdictNeed[]): FixCommand {
  const scope: VerdictScope =
    change.kind === 'staged'
      ? change.amend
        ? { kind: 'staged', amend: true }
        : { kind: 'staged' }
      : change.kind === 'range' && change.range
        ? { kind: 'range', base: change.range.base, head: change.range.head }
        : { kind: 'commit', commit: change.commit ?? '' };
  return { command: 'verdict', scope, ...(checker !== undefined ? { checker } : {}), needs };
}

/** The verdict that covers a whole range: its combined change and each commit's own. */
export function rangeFix(range: { base: string; head: string }, policy: Policy, checkerHint?: string): FixCommand {
  return {
    command: 'verdict',
    scope: { kind: 'range', base: range.base, head: range.head },
    ...(checkerHint !== undefined ? { checker: checkerHint } : {}),
    needs: requiredNeeds(policy),
  };
}

/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
export function decideChange(change: ChangeUnderTest, options: DecideOptions): Decision {
  const { policy } = options;
  if (change.manifest.entries.length === 0) {
    return {
      change,
      outcome: 'empty',
      reason: change.cleanMerge
        ? 'clean merge: git merge-tree reproduces it exactly'
        : 'changes nothing outside the ledger',
    };
  }
  // The ratchet holds whoever made the change and whatever a verdict says.
  const slip = change.ratchetSlips?.[0];
  if (slip) {
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'ratchet',
      policyRule: `constraint ${slip.constraint}`,
      constraint: slip.constraint,
      learning: slip.learning,
      reason: change.ratchetSlips!.map((s) => s.message).join('; '),
      fix: slip.fix ?? [
        'record why with `',
        { command: 'retire', constraint: slip.constraint },
        '` (a retirement record lands with the change), or put the constraint back in .agents/policy.json',
      ],
    };
  }
  const violations = constraintViolations(
    policy,
    manifestPaths(change.manifest),
    change.addedLines,
    options.learnings,
    change.addedLinesUnreadable,
  );
  if (violations.length > 0) {
    const first = violations[0]!;
    const where = first.lines
      .slice(0, 5)
      .map((l) => `${l.path}:${l.line}`)
      .join(', ');
    const rewrite =
      change.kind === 'staged'
        ? `remove the matching lines (${where}), stage the result, and record a verdict on it`
        : `rewrite ${change.label} without the matching lines (${where}): \`git commit --amend\` if it is the last commit, else \`git rebase -i ${change.range ? change.range.base.slice(0, 12) : `${change.commit?.slice(0, 12)}~1`}\``;
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'constraint',
      policyRule: `constraint ${first.constraint.id}`,
      constraint: first.constraint.id,
      learning: first.constraint.learning,
      reason: violations.map((v) => v.message).join('; '),
      fix: [
        `${first.fix ?? rewrite}; if the learning no longer holds: `,
        { command: 'retire', constraint: first.constraint.id },
      ],
    };
  }
  const paths = manifestPaths(change.manifest);
  // An exempt author (a bot) may not touch what decides the gate itself; and since the change
  // writes its own author email, only an authenticated account can vouch for it.
  const author =
    change.kind !== 'staged' && !touchesTrustRoots(paths)
      ? authorExemption(policy, change.authorEmail, options.authenticatedActor)
      : undefined;
  if (author?.honoured) return { change, outcome: 'exempt', reason: author.reason };
  const decided = decideByVerdict(change, options, paths);
  return author?.why && decided.outcome === 'uncovered'
    ? { ...decided, reason: `${decided.reason}; ${author.why}` }
    : decided;
}

function decideByVerdict(change: ChangeUnderTest, options: DecideOptions, paths: string[]): Decision {
  const { policy } = options;
  if (allPathsExempt(policy, paths)) {
    return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
  }
  const verdict = (needs: VerdictNeed[]) => verdictFix(change, options.checkerHint, needs);
  const record = options.lookup(change.manifest.digest);
  if (!record) {
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'no-verdict',
      reason: `no verdict covers its changes (digest ${shortId(change.manifest.digest)})`,
      fix: [verdict(requiredNeeds(policy))],
    };
  }
  const by = `verdict ${shortId(record.id)} by ${record.checker.id}`;
  if (record.verdict !== 'pass') {
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'verdict-fail',
      record,
      reason: `the latest ${by} says fail${record.summary ? `: ${firstLine(record.summary)}` : ''}`,
      fix: ['address the failure, then ', verdict(requiredNeeds(policy))],
    };
  }
  const independence = independenceProblem(record);
  if (independence) {
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'not-independent',
      record,
      reason: `${by}: ${independence}`,
      fix: [verdict(requiredNeeds(policy))],
    };
  }
  const shortfalls = policyShortfalls(policy, record, paths, options.learnings);
  if (shortfalls.length > 0) {
    const constraint = shortfalls.find((s) => s.constraint)?.constraint;
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'policy',
      policyRule: shortfalls[0]!.rule,
      constraint: constraint?.id,
      learning: constraint?.learning,
      record,
      reason: `${by} passes, but ${shortfalls.map((s) => s.message).join('; ')}`,
      fix: [verdict(shortfalls.flatMap((s) => s.needs))],
    };
  }
  const signatureProblem = options.signatureCheck?.(record);
  if (signatureProblem) {
    const signed = verdictFix(change, record.checker.id, [...requiredNeeds(policy), { need: 'signature' }]);
    return {
      change,
      outcome: 'uncovered',
      failedRule: 'signature',
      record,
      reason: `${by}: ${signatureProblem}`,
      fix: [signed],
    };
  }
  return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}

/** What every verdict must carry under the policy: its checker kind (unless agents may check), its evidence kinds. */
function requiredNeeds(policy: Policy): VerdictNeed[] {
  const needs: VerdictNeed[] = (policy.require?.evidence ?? []).map((evidence) => ({ need: 'evidence', evidence }));
  const kinds = policy.require?.checkerKinds;
  if (kinds?.[0] && !kinds.includes('agent')) needs.unshift({ need: 'checker-kind', checkerKind: kinds[0] });
  return needs;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
