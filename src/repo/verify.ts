import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideChange, type ChangeUnderTest, type Decision, type SignatureCheck } from '../core/coverage.js';
import { rangeFixCommand } from '../present/commands.js';
import { appendOnlyViolation, breaksAppendOnly, type LedgerProblem } from '../core/ledger.js';
import { buildManifest, pathText } from '../core/manifest.js';
import { MAX_POLICY_BYTES, parsePolicy, type AuthenticatedActor, type Policy } from '../core/policy.js';
import { AoError } from '../core/errors.js';
import { CHECKERS_PATH, POLICY_PATH, recordPath, shortId } from '../core/record.js';
import type { CommitInfo, Git } from '../git/git.js';
import { changesOfCommits, shortSha, stagedChange, type ChangeWithLedger } from './changes.js';
import { prepareConstraints } from './constraints.js';
import { LedgerView, type LedgerSource, type StartedBase } from './ledger-view.js';

export type VerifyScope =
  /** `amend`: the commit `git commit --amend` will make, which replaces HEAD. */
  | { kind: 'staged'; amend?: boolean }
  | { kind: 'commit'; rev: string }
  | { kind: 'range'; base: string; head: string }
  /** Commits reachable from `head` but not from `exclude` (rev-list arguments such as `--remotes=origin`). */
  | { kind: 'revlist'; head: string; exclude: string[]; label: string };

export interface VerifyOptions {
  ledger?: LedgerSource;
  checkerHint?: string;
  /**
   * Read the policy from this commit instead of the scope's base. The action passes the
   * target branch's tip, so that a change is judged by the gate it is asking to pass,
   * never by a policy it brings itself.
   */
  policyRev?: string;
  /** Why the policy comes from `policyRev`, in words, for the report. */
  policyWhy?: string;
  /**
   * The staged change's author, which only the JSON report shows (exempt authors never apply
   * to a staged change): the pre-commit hook, which prints no JSON, skips asking git for it.
   */
  skipStagedAuthor?: boolean;
  /**
   * Overrides how the signature check is built once the policy is known. Without it, a policy
   * with `requireSignature: true` is enforced against `.agents/checkers` at the policy's commit.
   */
  signatureCheck?: (policy: Policy, git: Git, policyRev: string | undefined) => Promise<SignatureCheck | undefined>;
  /**
   * The accounts GitHub authenticated for the event (the action passes them). An author
   * exemption is honoured only when they vouch for the author; without them (hooks,
   * `ao verify`), never.
   */
  authenticatedActor?: AuthenticatedActor;
}

export interface VerifyReport {
  ok: boolean;
  scope: { kind: VerifyScope['kind']; label: string; base?: string; head?: string };
  policy: {
    source: string;
    why?: string;
    enforced: boolean;
    mode?: Policy['mode'];
    enforcement: Enforcement;
    policy?: Policy;
  };
  ledger: { source: string; baseRecords: number; newRecords: number; problems: LedgerProblem[]; genesis?: string };
  /** In range mode: the decision on the combined change, before falling back to each commit. */
  rangeDecision?: Decision;
  decisions: Decision[];
  counts: { checked: number; covered: number; uncovered: number; exempt: number; empty: number };
  /** When several commits are uncovered for want of a verdict: the one range verdict that covers them all. */
  coverAll?: string;
  notes: string[];
}

export type Enforcement = 'enforce' | 'observe';

/**
 * Observe mode (rollout): what would fail is reported and the check passes. Only coverage is
 * observed: a broken or tampered ledger, or an invalid policy left behind, fails in every mode.
 */
export function observedFailure(report: VerifyReport, enforcement: Enforcement = report.policy.enforcement): boolean {
  return !report.ok && enforcement === 'observe' && report.ledger.problems.length === 0;
}

export interface LoadedPolicy {
  policy?: Policy;
  source: string;
  /** The commit the policy was read from. */
  rev?: string;
  /** `.agents/checkers` at the same commit (read in the same batch): the trust roots of signed verdicts. */
  checkers?: Buffer;
}

export async function policyAt(git: Git, rev: string | undefined): Promise<LoadedPolicy> {
  if (!rev) return { source: 'none (no base commit)' };
  const key = `${rev}:${POLICY_PATH}`;
  const checkersKey = `${rev}:${CHECKERS_PATH}`;
  const objects = await git.readObjects([key, checkersKey]);
  const bytes = objects.get(key);
  if (!bytes) return { source: `none at ${shortSha(rev)}`, rev };
  return {
    policy: parsePolicy(bytes, `commit ${shortSha(rev)}`),
    source: `${POLICY_PATH} at ${shortSha(rev)}`,
    rev,
    checkers: objects.get(checkersKey),
  };
}

/** The working tree's policy file (what `ao learn`, `ao context` and `ao report` read); undefined when there is none. */
export function worktreePolicy(git: Git): { bytes: Buffer; policy: Policy } | undefined {
  const file = join(git.topLevel, POLICY_PATH);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return { bytes, policy: parsePolicy(bytes, 'the working tree') };
}

/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
export async function signatureCheckFor(loaded: LoadedPolicy): Promise<SignatureCheck | undefined> {
  if (!loaded.policy?.requireSignature || !loaded.rev) return undefined;
  // The signature code loads only when a policy asks for signatures.
  const { makeSignatureCheck, parseCheckers } = await import('../core/signatures.js');
  return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}

export async function verify(git: Git, scope: VerifyScope, options: VerifyOptions = {}): Promise<VerifyReport> {
  const notes: string[] = [];
  const resolved =
    scope.kind === 'staged' ? await resolveStaged(git, scope, options) : await resolveCommits(git, scope, notes);
  const { base, head, label, changes } = resolved;
  const policyRev = options.policyRev ?? resolved.namedBase ?? base;
  const loaded = await (resolved.policyPromise ?? policyAt(git, policyRev));
  const { ledger, problems } = await ledgerProblems(git, scope, options, resolved);
  const policy = loaded.policy;
  const { decisions, rangeDecision } = policy
    ? await decideUnderPolicy(git, policy, { loaded, policyRev, options, scope, resolved, ledger, problems, notes })
    : { decisions: unenforced(loaded, changes, label, notes), rangeDecision: undefined };

  const counts = countDecisions(decisions);
  // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
  const verdictCurable = (d: Decision) =>
    d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
  const coverAll =
    policy &&
    scope.kind !== 'staged' &&
    scope.kind !== 'commit' &&
    base &&
    head &&
    counts.uncovered >= 2 &&
    decisions.filter(verdictCurable).length === counts.uncovered
      ? rangeFixCommand({ base, head }, policy, options.checkerHint)
      : undefined;
  return {
    ok: problems.length === 0 && counts.uncovered === 0,
    scope: { kind: scope.kind, label, base, head },
    policy: {
      source: loaded.source,
      why: options.policyWhy,
      enforced: !!policy,
      mode: policy?.mode,
      enforcement: policy?.enforcement ?? 'enforce',
      policy,
    },
    ledger: {
      source: ledger.describeSource,
      baseRecords: ledger.base.size,
      newRecords: ledger.newRecords.length,
      problems,
      genesis: ledger.genesisId,
    },
    rangeDecision,
    decisions,
    counts,
    coverAll,
    notes,
  };
}

/** What a scope resolves to: its base and head, its changes, and for a range its combined change. */
interface ResolvedScope {
  base?: string;
  head?: string;
  label: string;
  changes: ChangeWithLedger[];
  rangeChange?: ChangeUnderTest;
  /** A range's base as named, when the ledger is judged from the merge base instead. */
  namedBase?: string;
  /** The staged scope's policy read and base ledger, started alongside its diff. */
  policyPromise?: Promise<LoadedPolicy>;
  ledgerBase?: StartedBase;
}

/** The staged change: against HEAD, or against HEAD's parent when amending. */
async function resolveStaged(
  git: Git,
  scope: Extract<VerifyScope, { kind: 'staged' }>,
  options: VerifyOptions,
): Promise<ResolvedScope> {
  const [head, author] = await Promise.all([
    git.headCommit(),
    options.skipStagedAuthor ? undefined : git.authorEmail(),
  ]);
  let amending: CommitInfo | undefined;
  let base = head;
  if (scope.amend) {
    if (!head) throw new AoError('there is no commit to amend yet', { fix: 'commit without --amend' });
    [amending] = await git.listCommits(['-n', '1', head]);
    base = amending?.parents[0];
  }
  const label = amending ? `staged change (amending ${shortSha(amending.sha)})` : 'staged change';
  // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
  const policyPromise = policyAt(git, options.policyRev ?? base);
  policyPromise.catch(() => undefined); // awaited by verify(); an invalid policy must surface there, not as an unhandled rejection
  const ledgerBase = LedgerView.startBase(git, base);
  const changes = [await stagedChange(git, head, author, amending)];
  return { base, head, label, changes, policyPromise, ledgerBase };
}

/** A commit, a range or a rev-list: its commits' changes, and (but for one commit) the combined change. */
async function resolveCommits(
  git: Git,
  scope: Exclude<VerifyScope, { kind: 'staged' }>,
  notes: string[],
): Promise<ResolvedScope> {
  let base: string | undefined;
  let head: string;
  let label: string;
  let commits: CommitInfo[];
  let namedBase: string | undefined;
  if (scope.kind === 'commit') {
    head = await git.resolveCommit(scope.rev, 'commit');
    commits = await git.listCommits(['-n', '1', head]);
    base = commits[0]?.parents[0];
    label = `commit ${shortSha(head)}`;
  } else if (scope.kind === 'range') {
    const named = await git.resolveCommit(scope.base, 'range base');
    head = await git.resolveCommit(scope.head, 'range head');
    commits = await git.listCommits([`${named}..${head}`]);
    label = `${shortSha(named)}..${shortSha(head)}`;
    // A base branch that moved on since the fork: records it gained are not "deleted" by
    // the range. Judge the ledger and the combined change from the merge base; the
    // policy still comes from the base as named.
    base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
    if (base !== named) {
      namedBase = named;
      notes.push(
        `${shortSha(named)} is not an ancestor of ${shortSha(head)}: the ledger and the combined change are judged from their merge base ${shortSha(base)}, the policy from ${shortSha(named)}`,
      );
    }
  } else {
    head = await git.resolveCommit(scope.head, 'head');
    commits = await git.listCommits([head, '--not', ...scope.exclude]);
    base = boundaryOf(commits);
    label = scope.label;
  }
  const changes = await changesOfCommits(git, commits);
  const rangeChange: ChangeUnderTest | undefined =
    scope.kind !== 'commit' && base && commits.length > 0
      ? { kind: 'range', label, manifest: buildManifest(await git.diffTrees(base, head)), range: { base, head } }
      : undefined;
  return { base, head, label, changes, rangeChange, namedBase };
}

/**
 * The ledger the scope is judged on and its problems: the view's, each record a change
 * deleted or modified (named by that change), and an invalid policy the change leaves behind.
 */
async function ledgerProblems(
  git: Git,
  scope: VerifyScope,
  options: VerifyOptions,
  resolved: ResolvedScope,
): Promise<{ ledger: LedgerView; problems: LedgerProblem[] }> {
  const { base, head, changes } = resolved;
  // The staged scope judges what the commit will hold: the index's ledger, from the staged
  // entries already read (no working-tree scan on the hook's hot path).
  // A range is judged on the ledger as committed in its head, as CI judges it (and in time
  // that grows with the change, not the ledger); one commit, on the working tree's.
  const defaultSource: LedgerSource =
    scope.kind === 'staged'
      ? { kind: 'index', changes: changes[0]?.ledgerEntries }
      : scope.kind !== 'commit' && head
        ? { kind: 'commit', commit: head }
        : { kind: 'worktree' };
  const ledger = await LedgerView.open(git, options.ledger ?? defaultSource, base, resolved.ledgerBase);
  const commitProblems: LedgerProblem[] = [];
  for (const { change, ledgerEntries } of changes) {
    for (const entry of ledgerEntries) {
      if (entry.status === 'A') continue;
      if (commitProblems.some((p) => p.path === pathText(entry.path))) continue;
      commitProblems.push(appendOnlyViolation(entry, { change }));
    }
  }
  // One problem per record: the commit that broke append-only says more than the ledger view.
  const brokenByCommit = new Set(commitProblems.map((p) => p.path));
  const problems = [
    ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && breaksAppendOnly(p))),
    ...commitProblems,
  ];
  // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
  const headPolicy =
    scope.kind !== 'staged' || touchesPolicy(changes)
      ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base)
      : undefined;
  if (headPolicy) problems.push(headPolicy);
  return { ledger, problems };
}

function touchesPolicy(changes: ChangeWithLedger[]): boolean {
  return changes.some(({ change }) => change.manifest.entries.some((e) => pathText(e.path) === POLICY_PATH));
}

/** No policy at the base: nothing is enforced, and the notes say why. */
function unenforced(loaded: LoadedPolicy, changes: ChangeWithLedger[], label: string, notes: string[]): Decision[] {
  notes.push(
    touchesPolicy(changes)
      ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
      : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`,
  );
  return changes.map(({ change }) => ({
    change,
    outcome: 'exempt',
    reason: `no policy at ${loaded.rev ? shortSha(loaded.rev) : 'the base'}: not enforced`,
  }));
}

/**
 * Each change decided under the policy (`decideChange`), with the records that decide its
 * digest, the signature rule and the constraints; in range mode the combined change first,
 * whose cover covers every commit that changes something.
 */
async function decideUnderPolicy(
  git: Git,
  policy: Policy,
  args: {
    loaded: LoadedPolicy;
    policyRev?: string;
    options: VerifyOptions;
    scope: VerifyScope;
    resolved: ResolvedScope;
    ledger: LedgerView;
    problems: LedgerProblem[];
    notes: string[];
  },
): Promise<{ decisions: Decision[]; rangeDecision?: Decision }> {
  const { loaded, options, ledger, problems, notes } = args;
  const { base, head, changes, rangeChange } = args.resolved;
  const digests = changes.map(({ change }) => change.manifest.digest);
  // The combined change decides only in range mode: in commit mode its digest is never looked up.
  if (rangeChange && policy.mode === 'range') digests.push(rangeChange.manifest.digest);
  const latest = await ledger.latestFor([...new Set(digests)]);
  // A base record that cannot be read back, unless already reported as changed by the change.
  problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
  const signatureCheck = options.signatureCheck
    ? await options.signatureCheck(policy, git, args.policyRev)
    : await signatureCheckFor(loaded);
  if (signatureCheck && !options.signatureCheck)
    notes.push(`the policy requires signed verdicts: keys trusted by ${CHECKERS_PATH} at ${shortSha(loaded.rev!)}`);
  // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
  const withRange =
    rangeChange && head && base
      ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }]
      : changes;
  const learnings = await prepareConstraints(
    git,
    policy,
    ledger,
    withRange,
    args.scope.kind === 'staged' ? base : undefined,
  );
  const decide = (change: ChangeUnderTest) =>
    decideChange(change, {
      policy,
      lookup: (digest) => latest.get(digest),
      signatureCheck,
      checkerHint: options.checkerHint,
      learnings,
      authenticatedActor: options.authenticatedActor,
    });
  const rangeDecision = policy.mode === 'range' && rangeChange ? decide(rangeChange) : undefined;
  const decisions = changes.map(({ change }) => {
    if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
      return {
        change,
        outcome: 'covered',
        record: rangeDecision.record,
        reason: `covered by range ${rangeDecision.reason}`,
      } satisfies Decision;
    }
    return decide(change);
  });
  return { decisions, rangeDecision };
}

/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(
  git: Git,
  head: string | undefined,
  base: string | undefined,
): Promise<LedgerProblem | undefined> {
  if (head !== undefined && head === base) return undefined;
  const name = head === undefined ? `:${POLICY_PATH}` : `${head}:${POLICY_PATH}`;
  const where = head === undefined ? 'the index' : `commit ${shortSha(head)}`;
  const object = (await git.readObjectsBounded([name], MAX_POLICY_BYTES)).get(name);
  if (!object) return undefined;
  let reason: string | undefined;
  if (object.type !== 'blob') reason = `${POLICY_PATH} at ${where} is not a file`;
  else if (!object.bytes)
    reason = `${POLICY_PATH} at ${where} is ${object.size} bytes; the limit is ${MAX_POLICY_BYTES}`;
  else {
    try {
      parsePolicy(object.bytes, where);
    } catch (error) {
      if (!(error instanceof AoError)) throw error;
      reason = error.message;
    }
  }
  if (!reason) return undefined;
  return {
    code: 'invalid-policy',
    message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
    path: POLICY_PATH,
    fix: `fix ${POLICY_PATH} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
  };
}

/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits: CommitInfo[]): string | undefined {
  const inRange = new Set(commits.map((c) => c.sha));
  for (const commit of commits) {
    const outside = commit.parents.find((p) => !inRange.has(p));
    if (outside) return outside;
  }
  return undefined;
}

/** A change the committed ledger leaves uncovered that a record in the working tree covers. */
export interface UncommittedCover {
  label: string;
  /** The covering record's id and path. */
  record: string;
  path: string;
}

/**
 * Changes `atTip` (a report on the ledger as committed) leaves without a verdict that the
 * working tree's ledger covers: a verdict recorded and never committed. Said outright, since
 * a fresh clone will not have it. Reads the working tree, so it is asked only after a failure.
 */
export async function uncommittedCover(
  git: Git,
  scope: VerifyScope,
  options: VerifyOptions,
  atTip: VerifyReport,
): Promise<UncommittedCover[]> {
  const uncovered = atTip.decisions.filter((d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict');
  if (uncovered.length === 0) return [];
  let inWorktree: VerifyReport;
  try {
    inWorktree = await verify(git, scope, { ...options, ledger: { kind: 'worktree' } });
  } catch {
    return [];
  }
  const found: UncommittedCover[] = [];
  for (const decision of uncovered) {
    const there = inWorktree.decisions.find(
      (d) => d.change.label === decision.change.label && d.change.manifest.digest === decision.change.manifest.digest,
    );
    if (there?.outcome === 'covered' && there.record)
      found.push({
        label: decision.change.label,
        record: shortId(there.record.id),
        path: recordPath(there.record.seq, there.record.id),
      });
  }
  return found;
}

/** How many decisions have each outcome: the counts every report carries. */
export function countDecisions(decisions: Decision[]): VerifyReport['counts'] {
  const count = (outcome: Decision['outcome']) => decisions.filter((d) => d.outcome === outcome).length;
  return {
    checked: decisions.length,
    covered: count('covered'),
    uncovered: count('uncovered'),
    exempt: count('exempt'),
    empty: count('empty'),
  };
}
