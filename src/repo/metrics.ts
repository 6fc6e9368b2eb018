import { AoError } from '../core/errors.js';
import { compareRecords } from '../core/ledger.js';
import { buildManifest, pathText } from '../core/manifest.js';
import { computeMetrics, type CommitFact, type Metrics } from '../core/metrics.js';
import { globMatcher } from '../core/policy.js';
import { recordPath, type LedgerRecord } from '../core/record.js';
import type { Git } from '../git/git.js';
import { auditLedger } from './ledger-view.js';

export interface MetricsData {
  metrics: Metrics;
  records: LedgerRecord[];
  commits: CommitFact[];
  head?: string;
  ledgerProblems: number;
}

/** Parses --since: YYYY-MM-DD (midnight UTC) or an ISO 8601 timestamp. */
export function parseSince(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(ms)) {
    throw new AoError(`--since takes a date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp, not ${JSON.stringify(text)}`, { fix: '--since 2026-01-01' });
  }
  return new Date(ms).toISOString();
}

/**
 * The branch's commits (reachable from HEAD) with their change digests, from one
 * `git log`; plus, in one batched diff-tree, the lines they add under forbidPattern
 * constraints of any promotion (so before/after counts see the failure itself).
 */
export async function branchCommits(git: Git, records: LedgerRecord[], since?: string): Promise<{ head?: string; commits: CommitFact[] }> {
  const head = await git.headCommit();
  if (!head) return { commits: [] };
  const history = await git.history([head, ...(since ? [`--since=${since}`] : [])]);
  const genesis = records.find((r) => r.type === 'genesis');
  const genesisPath = genesis ? recordPath(0, genesis.id) : undefined;
  // Merges come without a diff (git log --diff-merges=off): they stay for the ancestry, with no paths, so they are never counted.
  const commits: CommitFact[] = history
    .map((c) => {
      const manifest = buildManifest(c.entries);
      const adopts = !!genesisPath && c.entries.some((e) => e.status === 'A' && pathText(e.path) === genesisPath);
      return { sha: c.sha, committedAt: c.committedAt, digest: manifest.digest, paths: manifest.entries.map((e) => pathText(e.path)), parents: c.parents, ...(adopts ? { adopts } : {}) };
    });
  const forbidGlobs = records.flatMap((r) => (r.type === 'promotion' && 'forbidPattern' in r.constraint ? r.constraint.paths : []));
  if (forbidGlobs.length > 0) {
    const matches = globMatcher([...new Set(forbidGlobs)]);
    const touching = commits.filter((c) => c.paths.some(matches));
    const paths = [...new Set(touching.flatMap((c) => c.paths.filter(matches)))].sort();
    const lines = await git.addedLinesBatch(touching.map((c) => c.sha), paths);
    for (const c of touching) c.addedLines = lines.get(c.sha) ?? [];
  }
  return { head, commits };
}

export async function gatherMetrics(git: Git, options: { since?: string } = {}): Promise<MetricsData> {
  const audit = await auditLedger(git, { kind: 'worktree' });
  const records = [...audit.records].sort(compareRecords);
  const { head, commits } = await branchCommits(git, records, options.since);
  return { metrics: computeMetrics({ records, commits, since: options.since }), records, commits, head, ledgerProblems: audit.problems.length };
}
