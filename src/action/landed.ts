import type { Git } from '../git/git.js';
import type { ReplayCandidate } from '../repo/replay.js';
import type { VerifyReport } from '../repo/verify.js';
import { apiFailure, type Api } from './api.js';
import { REMOTE } from './history.js';

/**
 * Which pull requests the commits of a squash or rebase merge may come from, for
 * src/repo/replay.ts to prove or not. Every source is only a hint (a "(#12)" in a subject is
 * written by whoever merged): the proof is by content, so a wrong hint proves nothing.
 */

const MAX_PULLS = 10;
const FETCHED = 'refs/agentops-verdict/pull-';

/** GitHub's squash subject ends "(#12)"; its merge queue branch is gh-readonly-queue/BASE/pr-12-SHA. */
export function pullNumbersHinted(subjects: (string | undefined)[], queueRef?: string): number[] {
  const numbers: number[] = [];
  const queued = queueRef ? /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d{1,9})-[0-9a-f]+$/.exec(queueRef) : null;
  if (queued) numbers.push(Number(queued[1]));
  for (const subject of subjects) {
    const match = subject ? /\(#(\d{1,9})\)\s*$/.exec(subject) : null;
    if (match) numbers.push(Number(match[1]));
  }
  return numbers;
}

/** `GET /repos/{owner}/{repo}/commits/{sha}/pulls`: the pull requests GitHub associates with each commit. */
export async function associatedPulls(api: Api, shas: string[], log: string[]): Promise<number[]> {
  const numbers: number[] = [];
  for (const sha of shas.slice(0, MAX_PULLS)) {
    try {
      const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        commit_sha: sha,
        per_page: 10,
      });
      for (const pull of Array.isArray(data) ? (data as { number?: unknown }[]) : []) {
        if (typeof pull.number === 'number' && Number.isSafeInteger(pull.number) && pull.number > 0)
          numbers.push(pull.number);
      }
    } catch (error) {
      log.push(`could not ask GitHub which pull request ${sha.slice(0, 7)} came from: ${apiFailure(error).message}`);
      break;
    }
  }
  return numbers;
}

/** Fetches refs/pull/N/head for each number (GitHub keeps them after the merge), in one fetch when it can. */
export async function fetchPullHeads(git: Git, numbers: number[], log: string[]): Promise<ReplayCandidate[]> {
  const unique = [...new Set(numbers)].filter((n) => n > 0).slice(0, MAX_PULLS);
  if (unique.length === 0) return [];
  const spec = (n: number) => `+refs/pull/${n}/head:${FETCHED}${n}`;
  try {
    await git.fetch(REMOTE, unique.map(spec));
  } catch {
    for (const n of unique)
      await git.fetch(REMOTE, [spec(n)]).catch(() => log.push(`could not fetch refs/pull/${n}/head from ${REMOTE}`));
  }
  const heads = await git.resolveCommits(unique.map((n) => `${FETCHED}${n}`));
  const candidates: ReplayCandidate[] = [];
  unique.forEach((n, i) => {
    if (heads[i]) candidates.push({ head: heads[i]!, label: `pull request #${n}` });
  });
  return candidates;
}

/** The commits that a replay could cover: uncovered for want of any verdict naming them. */
export function replayable(report: VerifyReport): string[] {
  return report.decisions
    .filter((d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict' && d.change.commit)
    .map((d) => d.change.commit!);
}
