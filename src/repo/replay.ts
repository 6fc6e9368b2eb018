import type { Decision } from '../core/coverage.js';
import { buildManifest } from '../core/manifest.js';
import type { CommitInfo, Git } from '../git/git.js';
import { shortSha } from './changes.js';
import { countDecisions, verify, type VerifyOptions, type VerifyReport } from './verify.js';

/**
 * Squash and rebase merges (docs/spec.md, "Replayed commits"). GitHub's squash and rebase
 * buttons, and a merge queue using either, write new commits on the base branch; their
 * digests are new, so no verdict names them. Such a commit is covered when it is provably
 * the replay of reviewed work: recomputing the three-way merge of a covered change onto the
 * commit's parent, in isolation, gives exactly its tree (the ledger aside). Candidates (a pull
 * request's head) may come from anywhere, even from the change itself: they only propose;
 * the proof is the content.
 */

/** A commit proposed as the head of the reviewed work, e.g. a pull request's head. */
export interface ReplayCandidate {
  head: string;
  /** In words, e.g. "pull request #7". */
  label: string;
}

/** At most this many candidates, and this many replays tried per commit: the work stays bounded. */
const MAX_CANDIDATES = 10;
const MAX_TRIES_PER_COMMIT = 5;

export interface ReplayResult {
  report: VerifyReport;
  /** One line per commit proved, for the log and the summary's notes. */
  proofs: string[];
}

interface Attempt {
  target: CommitInfo;
  triple: [string, string, string];
  reason: string;
  record?: Decision['record'];
}

/**
 * Turns each uncovered commit of `report` (no verdict names its digest; one parent) that is a
 * squash or a rebase of a candidate's covered commits into a covered one. `options` must be
 * the ones `report` was made with: the same ledger, policy and authenticated actor judge the
 * candidate's commits.
 */
export async function proveReplays(
  git: Git,
  report: VerifyReport,
  candidates: ReplayCandidate[],
  options: VerifyOptions,
): Promise<ReplayResult> {
  const open = report.decisions.filter(
    (d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict' && d.change.kind === 'commit' && d.change.commit,
  );
  if (open.length === 0 || candidates.length === 0 || !report.policy.enforced) return { report, proofs: [] };
  const targets = new Map(
    (await git.listCommits(['--no-walk', ...open.map((d) => d.change.commit!)])).map((c) => [c.sha, c]),
  );
  const seen = new Set<string>();
  const attempts: Attempt[] = [];
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    if (seen.has(candidate.head)) continue;
    seen.add(candidate.head);
    const tries = await attemptsFor(
      git,
      candidate,
      [...targets.values()].filter((t) => t.parents.length === 1),
      options,
    );
    attempts.push(...tries);
  }
  if (attempts.length === 0) return { report, proofs: [] };
  const trees = await git.replayTrees(attempts.map((a) => a.triple));
  const pairs = attempts.map((a, i) =>
    trees[i]!.clean && trees[i]!.tree ? `${trees[i]!.tree} ${a.target.tree}` : undefined,
  );
  const diffs = await git.diffBatch([...new Set(pairs.filter((p): p is string => !!p))]);
  const proved = new Map<string, Attempt>();
  attempts.forEach((attempt, i) => {
    const pair = pairs[i];
    if (!pair || proved.has(attempt.target.sha)) return;
    const rest = diffs.get(pair);
    // Nothing beyond the recomputed merge: the commit brings exactly the reviewed change.
    if (rest && buildManifest(rest).entries.length === 0) proved.set(attempt.target.sha, attempt);
  });
  if (proved.size === 0) return { report, proofs: [] };

  const decisions = report.decisions.map((d): Decision => {
    const attempt = d.change.commit ? proved.get(d.change.commit) : undefined;
    if (!attempt || !open.includes(d)) return d;
    return {
      change: d.change,
      outcome: 'covered',
      reason: attempt.reason,
      ...(attempt.record ? { record: attempt.record } : {}),
    };
  });
  const counts = countDecisions(decisions);
  const proofs = decisions.filter((d, i) => d !== report.decisions[i]).map((d) => `${d.change.label}: ${d.reason}`);
  return {
    report: {
      ...report,
      decisions,
      counts,
      ok: report.ledger.problems.length === 0 && counts.uncovered === 0,
      coverAll: counts.uncovered >= 2 ? report.coverAll : undefined,
    },
    proofs,
  };
}

/** The replays a candidate offers each target: the squash of the whole change, or one covered commit rebased. */
async function attemptsFor(
  git: Git,
  candidate: ReplayCandidate,
  targets: CommitInfo[],
  options: VerifyOptions,
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const byParent = new Map<string, CommitInfo[]>();
  for (const target of targets) byParent.set(target.parents[0]!, [...(byParent.get(target.parents[0]!) ?? []), target]);
  // The reviewed change: from the merge base with the branch the commits landed on, to the head.
  const parent = targets[0]?.parents[0];
  if (!parent) return attempts;
  const base = await git.mergeBase(parent, candidate.head);
  if (!base || base === candidate.head) return attempts;
  let reviewed: VerifyReport;
  try {
    reviewed = await verify(
      git,
      { kind: 'range', base, head: candidate.head },
      { ...options, policyWhy: options.policyWhy },
    );
  } catch {
    return attempts; // a candidate that cannot be judged proves nothing
  }
  const whole =
    reviewed.ledger.problems.length === 0 &&
    reviewed.policy.enforced &&
    reviewed.counts.uncovered === 0 &&
    reviewed.counts.checked > 0;
  const coveredCommits = reviewed.decisions.filter(
    (d) => d.outcome === 'covered' && d.change.kind === 'commit' && d.change.commit,
  );
  const infos =
    coveredCommits.length > 0
      ? await git.listCommits(['--no-walk', ...coveredCommits.map((d) => d.change.commit!)])
      : [];
  const info = new Map(infos.map((c) => [c.sha, c]));
  const head = shortSha(candidate.head);
  const last = [...reviewed.decisions].reverse().find((d) => d.record)?.record;
  for (const [onto, group] of byParent) {
    const squashBase: string | undefined = onto === parent ? base : await git.mergeBase(onto, candidate.head);
    for (const target of group) {
      // The squash of the change reviewed above: the same merge base, or it is not that change.
      if (whole && squashBase === base) {
        attempts.push({
          target,
          triple: [squashBase, onto, candidate.head],
          record: last,
          reason: `the squash of ${candidate.label} (head ${head}): its tree is exactly the merge of ${head} onto ${shortSha(onto)} (recomputed in isolation, base ${shortSha(squashBase)}), and ${reviewed.counts.checked === 1 ? 'the one commit' : `all ${reviewed.counts.checked} commits`} of ${shortSha(squashBase)}..${head} ${reviewed.counts.checked === 1 ? 'is' : 'are'} covered`,
        });
      }
      // A rebased commit keeps its author and message: those pick the commit to try (the tree decides).
      const matches = coveredCommits
        .map((d) => ({ d, c: info.get(d.change.commit!) }))
        .filter(
          ({ c }) =>
            c && c.parents.length === 1 && c.subject === target.subject && c.authorEmail === target.authorEmail,
        )
        .slice(0, MAX_TRIES_PER_COMMIT);
      for (const { d, c } of matches) {
        attempts.push({
          target,
          triple: [c!.parents[0]!, onto, c!.sha],
          record: d.record,
          reason: `commit ${shortSha(c!.sha)} of ${candidate.label}, rebased: its tree is exactly ${shortSha(c!.sha)}'s change replayed onto ${shortSha(onto)} (recomputed in isolation), and ${shortSha(c!.sha)} is covered (${d.reason})`,
        });
      }
    }
  }
  return attempts;
}
