import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeUnderTest } from '../core/coverage.js';
import { buildManifest, isLedgerEntry, type ManifestEntry } from '../core/manifest.js';
import type { CommitInfo, Git } from '../git/git.js';
import { AoError } from '../core/errors.js';
import { LEDGER_DIR } from '../core/record.js';

/** A change plus what it did to the ledger, which must only ever be additions. */
export interface ChangeWithLedger {
  change: ChangeUnderTest;
  ledgerEntries: ManifestEntry[];
  /**
   * How to ask `git diff-tree --stdin` for this change's patch (a commit, "COMMIT PARENT" or
   * "TREE TREE"); undefined for the staged change against HEAD, read with `git diff --cached`.
   */
  patchItem?: string;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing. Batched: one diff-tree for
 * all commits, one merge-tree (per merge on git older than 2.40).
 */
export async function changesOfCommits(git: Git, commits: CommitInfo[]): Promise<ChangeWithLedger[]> {
  await refuseShallowEdges(git, commits);
  const merges = commits.filter((c) => c.parents.length >= 2);
  const twoParentMerges = merges.filter((c) => c.parents.length === 2);
  const recomputed = await git.mergeTrees(twoParentMerges.map((c) => [c.parents[0]!, c.parents[1]!]));
  const mergeItem = new Map<string, string>();
  twoParentMerges.forEach((commit, i) => mergeItem.set(commit.sha, `${recomputed[i]!.tree} ${commit.tree}`));
  // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
  // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
  for (const commit of merges) if (commit.parents.length > 2) mergeItem.set(commit.sha, `${commit.sha} ${commit.parents[0]}`);

  const items = commits.map((c) => mergeItem.get(c.sha) ?? c.sha);
  const diffs = await git.diffBatch(items);
  const result = commits.map((commit, i): ChangeWithLedger => {
    const item = items[i]!;
    const octopus = commit.parents.length > 2;
    const entries = diffs.get(octopus ? commit.sha : item) ?? [];
    const manifest = buildManifest(entries);
    const isMerge = commit.parents.length >= 2;
    return {
      change: {
        kind: isMerge ? 'merge' : 'commit',
        label: shortSha(commit.sha),
        commit: commit.sha,
        subjectLine: commit.subject,
        authorName: commit.authorName,
        authorEmail: commit.authorEmail,
        manifest,
        cleanMerge: isMerge && manifest.entries.length === 0 && commit.parents.length === 2,
      },
      ledgerEntries: entries.filter(isLedgerEntry),
      patchItem: item,
    };
  });
  await addOctopusLedgerLosses(git, commits, result);
  return result;
}

/**
 * An octopus merge is judged against its first parent only, but it must keep every record
 * each of its other parents has: a record one side added and the merge drops (or changes)
 * shows as a deletion (or modification) of that parent's record. One diff per extra parent;
 * octopus merges are rare.
 */
async function addOctopusLedgerLosses(git: Git, commits: CommitInfo[], changes: ChangeWithLedger[]): Promise<void> {
  for (const [i, commit] of commits.entries()) {
    for (const parent of commit.parents.slice(1)) {
      if (commit.parents.length <= 2) break;
      const lost = (await git.diffTrees(parent, commit.sha, [`${LEDGER_DIR}/`])).filter((e) => isLedgerEntry(e) && e.status !== 'A');
      changes[i]!.ledgerEntries.push(...lost);
    }
  }
}

/**
 * In a shallow clone the oldest fetched commits look like root commits: their change would
 * be computed against nothing. Refuse, naming the fix, rather than judge a made-up change.
 */
async function refuseShallowEdges(git: Git, commits: CommitInfo[]): Promise<void> {
  if (!git.isShallow || commits.length === 0) return;
  let edges: Set<string>;
  try {
    edges = new Set(readFileSync(await git.gitPath('shallow'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
  } catch {
    return; // no shallow file: unshallowed since
  }
  const edge = commits.find((c) => edges.has(c.sha));
  if (edge) {
    throw new AoError(`commit ${shortSha(edge.sha)} is at the edge of this shallow clone: its parents were not fetched, so its change cannot be computed`, {
      fix: 'fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again',
    });
  }
}

/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
export function pendingMergeHeads(git: Git): string[] {
  const file = join(git.gitDir, 'MERGE_HEAD');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}

/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give (so only conflict resolutions and hand edits need a verdict).
 * The ledger entries always compare with HEAD, where append-only is judged.
 *
 * With `amending` (the commit HEAD, being replaced by `git commit --amend`), the change is
 * what the amended commit will hold: the index against HEAD's parent (the empty tree for a
 * root commit, the recomputed merge for a merge), and the ledger is judged against that parent.
 */
export async function stagedChange(git: Git, head: string | undefined, authorEmail: string | undefined, amending?: CommitInfo): Promise<ChangeWithLedger> {
  const base = amending ? (amending.parents[0] ?? git.emptyTree) : head;
  const againstBase = await git.diffIndexCached(base ?? git.emptyTree);
  const ledgerEntries = againstBase.filter(isLedgerEntry);
  const mergeHeads = amending ? amending.parents.slice(1) : head ? pendingMergeHeads(git) : [];
  let entries = againstBase;
  let merging = false;
  let patchItem: string | undefined;
  if (base && mergeHeads.length === 1) {
    const [recomputed] = await git.mergeTrees([[base, mergeHeads[0]!]]);
    const indexTree = await git.writeIndexTree();
    entries = await git.diffTrees(recomputed!.tree, indexTree);
    merging = true;
    patchItem = `${recomputed!.tree} ${indexTree}`;
  }
  const manifest = buildManifest(entries);
  const what = merging ? 'staged merge' : 'staged change';
  return {
    change: {
      kind: 'staged',
      label: amending ? `${what} (amending ${shortSha(amending.sha)})` : what,
      authorEmail,
      manifest,
      cleanMerge: merging && manifest.entries.length === 0,
      ...(amending ? { amend: true } : {}),
    },
    ledgerEntries,
    patchItem,
  };
}
