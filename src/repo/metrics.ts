import { AoError } from '../core/errors.js';
import { compareRecords } from '../core/ledger.js';
import { buildManifest, isLedgerEntry, pathText, type ManifestEntry } from '../core/manifest.js';
import { computeMetrics, type CommitFact, type Metrics } from '../core/metrics.js';
import { globMatcher } from '../core/policy.js';
import { parseRecordPath, type LedgerRecord } from '../core/record.js';
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
    throw new AoError(`--since takes a date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp, not ${JSON.stringify(text)}`, {
      fix: '--since 2026-01-01',
    });
  }
  return new Date(ms).toISOString();
}

/**
 * Every commit reachable from HEAD with its change digest and the ledger records it adds,
 * from one `git log` (and, when there are merges, one batched diff of each merge against its
 * first parent, for records a merge itself adds); plus, in one batched diff-tree, the lines
 * they add under forbidPattern constraints of any promotion (so before/after counts see the
 * failure itself). The whole history, whatever the window: what landed when, and which
 * commits descend from the set-up, are facts of the graph.
 */
export async function branchCommits(
  git: Git,
  records: LedgerRecord[],
): Promise<{ head?: string; commits: CommitFact[] }> {
  const head = await git.headCommit();
  if (!head) return { commits: [] };
  const history = await git.history([head]);
  // Merges come without a diff (git log --diff-merges=off): they stay for the ancestry, with no paths, so they are never counted.
  const commits: CommitFact[] = history.map((c) => {
    const manifest = buildManifest(c.entries);
    return {
      sha: c.sha,
      committedAt: c.committedAt,
      digest: manifest.digest,
      paths: manifest.entries.map((e) => pathText(e.path)),
      parents: c.parents,
      addsRecords: addedRecords(c.entries),
    };
  });
  const merges = commits.filter((c) => c.parents.length >= 2);
  if (merges.length > 0) {
    const diffs = await git.diffBatch(merges.map((m) => `${m.sha} ${m.parents[0]}`));
    for (const m of merges) m.addsRecords = addedRecords(diffs.get(m.sha) ?? []);
  }
  const forbidGlobs = records.flatMap((r) =>
    r.type === 'promotion' && 'forbidPattern' in r.constraint ? r.constraint.paths : [],
  );
  if (forbidGlobs.length > 0) {
    const matches = globMatcher([...new Set(forbidGlobs)]);
    const touching = commits.filter((c) => c.paths.some(matches));
    const paths = [...new Set(touching.flatMap((c) => c.paths.filter(matches)))].sort();
    const lines = await git.addedLinesBatch(
      touching.map((c) => c.sha),
      paths,
    );
    for (const c of touching) c.addedLines = lines.get(c.sha) ?? [];
  }
  return { head, commits };
}

/** The ids of the ledger records a raw diff adds, from their file names. */
function addedRecords(entries: ManifestEntry[]): string[] {
  return entries
    .filter((e) => e.status === 'A' && isLedgerEntry(e))
    .flatMap((e) => parseRecordPath(pathText(e.path))?.id ?? []);
}

export async function gatherMetrics(git: Git, options: { since?: string } = {}): Promise<MetricsData> {
  const audit = await auditLedger(git, { kind: 'worktree' });
  const records = [...audit.records].sort(compareRecords);
  const { head, commits } = await branchCommits(git, records);
  return {
    metrics: computeMetrics({ records, commits, head, since: options.since }),
    records,
    commits,
    head,
    ledgerProblems: audit.problems.length,
  };
}
