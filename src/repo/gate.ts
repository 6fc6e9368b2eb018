import { sha256Hex } from '../core/canonical.js';
import { decideChange, type Decision } from '../core/coverage.js';
import { AoError } from '../core/errors.js';
import { plural } from '../core/words.js';
import { DigestIndex } from '../core/ledger.js';
import { MAX_POLICY_BYTES, parsePolicy } from '../core/policy.js';
import { POLICY_PATH, type LedgerRecord, type VerdictRecord } from '../core/record.js';
import { CHECKERS_PATH } from '../core/signatures.js';
import type { CommitInfo, Git } from '../git/git.js';
import { changesOfCommits, shortSha, type ChangeWithLedger } from './changes.js';
import { prepareConstraints } from './constraints.js';
import { signatureCheckFor, verify } from './verify.js';

/**
 * The gate's decision on the change each verdict speaks for, for `ao export`: a verdict is the
 * checker's claim; whether the change lands is the gate's, under the policy of the change's
 * base. Decided exactly as `ao verify --commit C` (or `--range A..B`) decides it, with the whole
 * ledger as exported: for a commit verdict, that commit; for a staged verdict, the first commit
 * on HEAD's history it landed in; for a range verdict, the range.
 */

interface GatePolicy {
  /** The commit the policy was read from (the change's base). */
  commit: string;
  /** SHA-256 (hex) of the policy file's bytes there; absent when there is no policy. */
  sha256?: string;
}

export interface GateView {
  /** accepts: covered, exempt or empty; refuses: uncovered; unknown: no decision could be reached (never an acceptance). */
  outcome: 'accepts' | 'refuses' | 'unknown';
  /** What was decided: `commit SHA` or `range BASE..HEAD`. */
  decided?: string;
  policy?: GatePolicy;
  /** The decision's own words, as `ao verify` prints them. */
  reason: string;
  failedRule?: Decision['failedRule'];
  constraint?: string;
  learning?: string;
}

/** Commits go through `git log --no-walk` in chunks this size, to stay far below argv limits. */
const CHUNK = 2000;

export async function gateViews(
  git: Git,
  records: LedgerRecord[],
  verdicts: VerdictRecord[],
  landed: Map<string, string[]>,
): Promise<Map<string, GateView>> {
  const views = new Map<string, GateView>();
  const commitOf = new Map<string, string>();
  for (const record of verdicts) {
    const s = record.subject;
    if (s.kind === 'range') continue;
    const commit = s.kind === 'commit' ? s.commit : landed.get(s.digest)?.[0];
    if (commit) commitOf.set(record.id, commit);
    else
      views.set(record.id, {
        outcome: 'unknown',
        reason:
          "the staged change it covers is not on HEAD's history: it has not landed, so the gate has not decided it",
      });
  }
  const commitViews = await decideCommits(git, records, [...new Set(commitOf.values())]);
  for (const [id, commit] of commitOf)
    views.set(
      id,
      commitViews.get(commit) ?? {
        outcome: 'unknown',
        decided: `commit ${commit}`,
        reason: `git did not list commit ${shortSha(commit)}`,
      },
    );
  for (const record of verdicts) {
    if (record.subject.kind === 'range')
      views.set(record.id, await decideRange(git, record.subject.base, record.subject.head));
  }
  return views;
}

/**
 * The changes of merge commits (what a staged merge's verdict covers: the merge against the
 * tree git merge-tree recomputes), by digest: `git log` lists merges without a diff.
 */
export async function mergeLandings(git: Git, merges: string[]): Promise<Map<string, string[]>> {
  const landed = new Map<string, string[]>();
  const infos: CommitInfo[] = [];
  for (let i = 0; i < merges.length; i += CHUNK)
    infos.push(...(await git.listCommits(['--no-walk=unsorted', ...merges.slice(i, i + CHUNK)])));
  let changes: ChangeWithLedger[];
  try {
    changes = await changesOfCommits(git, infos);
  } catch (error) {
    // A shallow edge: those verdicts stay undecided ("unknown"), never accepted.
    if (error instanceof AoError) return landed;
    throw error;
  }
  for (const { change } of changes) {
    if (change.manifest.entries.length === 0) continue;
    (landed.get(change.manifest.digest) ?? landed.set(change.manifest.digest, []).get(change.manifest.digest)!).push(
      change.commit!,
    );
  }
  return landed;
}

async function decideCommits(git: Git, records: LedgerRecord[], commits: string[]): Promise<Map<string, GateView>> {
  const views = new Map<string, GateView>();
  const ids = await git.resolveCommits(commits);
  const present = commits.filter((commit, i) => {
    if (!ids[i])
      views.set(commit, {
        outcome: 'unknown',
        decided: `commit ${commit}`,
        reason: `commit ${shortSha(commit)} is not in this repository`,
      });
    return !!ids[i];
  });
  const infos: CommitInfo[] = [];
  for (let i = 0; i < present.length; i += CHUNK)
    infos.push(...(await git.listCommits(['--no-walk=unsorted', ...present.slice(i, i + CHUNK)])));
  let changes: ChangeWithLedger[];
  try {
    changes = await changesOfCommits(git, infos);
  } catch (error) {
    if (!(error instanceof AoError)) throw error;
    for (const info of infos)
      views.set(info.sha, { outcome: 'unknown', decided: `commit ${info.sha}`, reason: error.message });
    return views;
  }

  // The policy and trusted keys at each base, read once per distinct blob; commits grouped by them.
  const bases = [...new Set(infos.flatMap((c) => c.parents.slice(0, 1)))];
  const names = bases.flatMap((base) => [`${base}:${POLICY_PATH}`, `${base}:${CHECKERS_PATH}`]);
  const blobIds = await git.objectIds(names);
  const blobs = await git.readObjectsBounded(
    [...new Set([...blobIds.values()].filter((id): id is string => !!id))],
    MAX_POLICY_BYTES,
  );
  const index = new DigestIndex();
  index.add(records);
  const byId = new Map(records.map((r) => [r.id, r]));
  const ledger = {
    recordsById: async (wanted: string[]) =>
      new Map(wanted.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : []))),
    allRecords: async () => records,
  };
  const groups = new Map<
    string,
    { policyId?: string; checkersId?: string; members: { change: ChangeWithLedger; base: string }[] }
  >();
  infos.forEach((info, i) => {
    const base = info.parents[0];
    if (!base) {
      views.set(info.sha, {
        outcome: 'accepts',
        decided: `commit ${info.sha}`,
        reason: 'a root commit: there is no policy at its base, so nothing is enforced',
      });
      return;
    }
    const policyId = blobIds.get(`${base}:${POLICY_PATH}`);
    const checkersId = blobIds.get(`${base}:${CHECKERS_PATH}`);
    const key = `${policyId ?? '-'} ${checkersId ?? '-'}`;
    const group = groups.get(key) ?? groups.set(key, { policyId, checkersId, members: [] }).get(key)!;
    group.members.push({ change: changes[i]!, base });
  });
  for (const { policyId, checkersId, members } of groups.values()) {
    const decided = (c: ChangeWithLedger) => `commit ${c.change.commit}`;
    if (!policyId) {
      for (const { change, base } of members)
        views.set(change.change.commit!, {
          outcome: 'accepts',
          decided: decided(change),
          policy: { commit: base },
          reason: `no policy at ${shortSha(base)}: nothing is enforced`,
        });
      continue;
    }
    const bytes = blobs.get(policyId)?.bytes;
    const policyAt = (base: string): GatePolicy => ({ commit: base, ...(bytes ? { sha256: sha256Hex(bytes) } : {}) });
    const first = members[0]!.base;
    try {
      if (!bytes)
        throw new AoError(`${POLICY_PATH} at ${shortSha(first)} is not a file of at most ${MAX_POLICY_BYTES} bytes`);
      // Every base in the group holds these same bytes, and the same trusted keys.
      const parsed = parsePolicy(bytes, `commit ${shortSha(first)}`);
      const checkers = checkersId ? blobs.get(checkersId)?.bytes : undefined;
      const signatureCheck = await signatureCheckFor({ policy: parsed, rev: first, checkers, source: '' });
      const learnings = await prepareConstraints(
        git,
        parsed,
        ledger,
        members.map((m) => m.change),
        undefined,
      );
      for (const { change, base } of members) {
        const decision = decideChange(change.change, {
          policy: parsed,
          lookup: (digest) => index.latestFor(digest),
          signatureCheck,
          learnings,
        });
        views.set(change.change.commit!, viewOf(decision, decided(change), policyAt(base)));
      }
    } catch (error) {
      if (!(error instanceof AoError)) throw error;
      for (const { change, base } of members)
        views.set(change.change.commit!, {
          outcome: 'unknown',
          decided: decided(change),
          policy: policyAt(base),
          reason: error.message,
        });
    }
  }
  return views;
}

/**
 * A range verdict: `ao verify --range BASE..HEAD` on the ledger as it stands in the working
 * tree (a record just written is judged with it), ledger problems included.
 */
async function decideRange(git: Git, base: string, head: string): Promise<GateView> {
  const decided = `range ${base}..${head}`;
  try {
    const report = await verify(git, { kind: 'range', base, head }, { ledger: { kind: 'worktree' } });
    const bytes = (await git.readObjectsBounded([`${base}:${POLICY_PATH}`], MAX_POLICY_BYTES)).get(
      `${base}:${POLICY_PATH}`,
    )?.bytes;
    const policy: GatePolicy = { commit: base, ...(bytes ? { sha256: sha256Hex(bytes) } : {}) };
    if (report.ok) {
      const reason =
        report.rangeDecision?.outcome === 'covered'
          ? report.rangeDecision.reason
          : `${report.counts.covered} of ${plural(report.counts.checked, 'commit')} covered, the others exempt or empty`;
      return { outcome: 'accepts', decided, policy, reason };
    }
    const refusal = [report.rangeDecision, ...report.decisions].find((d) => d?.outcome === 'uncovered');
    if (refusal) return viewOf(refusal, decided, policy);
    return {
      outcome: 'refuses',
      decided,
      policy,
      reason: report.ledger.problems[0]?.message ?? 'ao verify refuses the range',
    };
  } catch (error) {
    if (!(error instanceof AoError)) throw error;
    return { outcome: 'unknown', decided, reason: error.message };
  }
}

function viewOf(decision: Decision, decided: string, policy: GatePolicy): GateView {
  const outcome = decision.outcome === 'uncovered' ? 'refuses' : 'accepts';
  return {
    outcome,
    decided,
    policy,
    reason: decision.reason,
    ...(decision.failedRule ? { failedRule: decision.failedRule } : {}),
    ...(decision.constraint ? { constraint: decision.constraint } : {}),
    ...(decision.learning ? { learning: decision.learning } : {}),
  };
}
