import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeUnderTest } from '../core/coverage.js';
import { buildManifest, isLedgerEntry, isLedgerPath, isRegularFileMode, type ManifestEntry } from '../core/manifest.js';
import type { CommitInfo, Git, RecomputedMerge } from '../git/git.js';
import { AoError } from '../core/errors.js';
import { LEDGER_DIR, MAX_RECORD_BYTES } from '../core/record.js';

/** A change plus what it did to the ledger, which must only ever be additions. */
export interface ChangeWithLedger {
  change: ChangeUnderTest;
  ledgerEntries: ManifestEntry[];
  /**
   * How to ask `git diff-tree --stdin` for this change's patch (a commit, "COMMIT PARENT" or
   * "TREE TREE"); undefined for the staged change against HEAD, read with `git diff --cached`.
   */
  patchItem?: string;
  /** A two-parent merge: what it is judged against (for the diff judges see, `reviewBaseTree`). */
  merge?: MergeJudged;
}

/** A two-parent merge as spec section 7 judges it. */
export interface MergeJudged {
  /** The tree `git merge-tree` recomputes (T). */
  recomputed: string;
  /** The entries for the conflicts the merge left exactly as merge-tree wrote them. */
  leftAsIs: ManifestEntry[];
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing, plus the conflicts it left
 * as merge-tree wrote them (`conflictsLeftAsIs`). Batched: one diff-tree for all commits,
 * one merge-tree (per merge on git older than 2.40), two more processes when a merge
 * left a conflict as it was.
 */
export async function changesOfCommits(git: Git, commits: CommitInfo[]): Promise<ChangeWithLedger[]> {
  await refuseShallowEdges(git, commits);
  const merges = commits.filter((c) => c.parents.length >= 2);
  const twoParentMerges = merges.filter((c) => c.parents.length === 2);
  // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
  // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
  const itemOf = (c: CommitInfo) => (c.parents.length > 2 ? `${c.sha} ${c.parents[0]}` : c.sha);
  const { judged, diffs } = await judgeMerges(
    git,
    twoParentMerges.map((c) => ({ key: c.sha, ours: c.parents[0]!, theirs: c.parents[1]!, merged: c.tree })),
    commits.filter((c) => c.parents.length !== 2).map(itemOf),
  );
  const result = commits.map((commit): ChangeWithLedger => {
    const merge = judged.get(commit.sha);
    const patchItem = merge?.patchItem ?? itemOf(commit);
    const entries = merge?.entries ?? diffs.get(commit.sha) ?? [];
    const manifest = merge?.manifest ?? buildManifest(entries);
    return {
      change: {
        kind: commit.parents.length >= 2 ? 'merge' : 'commit',
        label: shortSha(commit.sha),
        commit: commit.sha,
        subjectLine: commit.subject,
        authorName: commit.authorName,
        authorEmail: commit.authorEmail,
        manifest,
        cleanMerge: !!merge?.cleanMerge,
      },
      ledgerEntries: entries.filter(isLedgerEntry),
      patchItem,
      ...(merge ? { merge: merge.judged } : {}),
    };
  });
  await addOctopusLedgerLosses(git, commits, result);
  return result;
}

/** A two-parent merge to judge: its parents (commits) and its tree (or the staged tree). */
interface MergeInput {
  key: string;
  ours: string;
  theirs: string;
  merged: string;
}

/** A two-parent merge judged as spec section 7 says. */
interface JudgedMerge {
  judged: MergeJudged;
  /** The raw diff T → merged, and the manifest: that diff plus the conflicts left as is. */
  entries: ManifestEntry[];
  manifest: ReturnType<typeof buildManifest>;
  /** Merge-tree recomputed it cleanly and the merge changed nothing of T. */
  cleanMerge: boolean;
  /** "T MERGED": how diff-tree --stdin reads its patch. */
  patchItem: string;
}

/**
 * Spec section 7 for every two-parent merge of a batch: the tree `git merge-tree`
 * recomputes (T), the raw diff T → merge, and the conflicts left as merge-tree wrote them.
 * One merge-tree and one diff-tree for all of them; `otherItems` (commits, "COMMIT PARENT")
 * ride along in the same diff-tree, their diffs returned in `diffs`, keyed by item.
 */
async function judgeMerges(
  git: Git,
  merges: MergeInput[],
  otherItems: string[] = [],
): Promise<{ judged: Map<string, JudgedMerge>; diffs: Map<string, ManifestEntry[]> }> {
  const recomputed = await git.mergeTrees(merges.map((m) => [m.ours, m.theirs]));
  const items = merges.map((m, i) => `${recomputed[i]!.tree} ${m.merged}`);
  const diffs = await git.diffBatch([...items, ...otherItems]);
  const toJudge = merges.map(
    (m, i): MergeToJudge => ({ ...m, recomputed: recomputed[i]!, entries: diffs.get(items[i]!) ?? [] }),
  );
  const leftAsIs = await conflictsLeftAsIs(git, toJudge);
  const judged = new Map<string, JudgedMerge>();
  for (const [i, merge] of toJudge.entries()) {
    const asIs = leftAsIs.get(merge.key) ?? [];
    const manifest = buildManifest([...merge.entries, ...asIs]);
    judged.set(merge.key, {
      judged: { recomputed: merge.recomputed.tree, leftAsIs: asIs },
      entries: merge.entries,
      manifest,
      cleanMerge: merge.recomputed.clean && manifest.entries.length === 0,
      patchItem: items[i]!,
    });
  }
  return { judged, diffs };
}

interface MergeToJudge {
  key: string;
  /** The first and second parents (commits) and the merge's tree (or the staged tree). */
  ours: string;
  theirs: string;
  merged: string;
  recomputed: RecomputedMerge;
  /** The raw diff T → merged. */
  entries: ManifestEntry[];
}

/**
 * Spec section 7, conflicts left as merge-tree wrote them: for each path merge-tree lists
 * as conflicted that has no entry in the raw diff T → merge (outside the ledger), the
 * entry of that exact path in the raw diff second parent → merge, or when there is none,
 * in first parent → merge; a path in neither adds nothing. So a binary conflict committed
 * with the first parent's file (the second's fix dropped), or a text conflict committed
 * with its markers, needs a verdict. Keyed by `key`; two processes for all merges, none
 * when no merge left a conflict as it was.
 */
async function conflictsLeftAsIs(git: Git, merges: MergeToJudge[]): Promise<Map<string, ManifestEntry[]>> {
  const result = new Map<string, ManifestEntry[]>();
  const pending = merges.flatMap((merge) => {
    const changed = new Set(merge.entries.map((e) => e.path.toString('latin1')));
    const paths = merge.recomputed.conflicts.filter((p) => !changed.has(p.toString('latin1')) && !isLedgerPath(p));
    return paths.length > 0 ? [{ merge, paths }] : [];
  });
  if (pending.length === 0) return result;
  const trees = await git.treeIds([
    ...new Set(pending.flatMap(({ merge }) => [merge.ours, merge.theirs, merge.merged])),
  ]);
  const pair = (side: string, merged: string): [string, string] => [trees.get(side)!, trees.get(merged)!];
  const pairs = pending.flatMap(({ merge }) => [pair(merge.theirs, merge.merged), pair(merge.ours, merge.merged)]);
  const unionOfPaths = new Map(pending.flatMap(({ paths }) => paths.map((p) => [p.toString('latin1'), p] as const)));
  const diffs = await git.diffTreePairsAt(pairs, [...unionOfPaths.values()]);
  const byPath = (side: string, merged: string) =>
    new Map((diffs.get(pair(side, merged).join(' ')) ?? []).map((e) => [e.path.toString('latin1'), e]));
  for (const { merge, paths } of pending) {
    const fromTheirs = byPath(merge.theirs, merge.merged);
    const fromOurs = byPath(merge.ours, merge.merged);
    const entries = paths.flatMap((p) => {
      const entry = fromTheirs.get(p.toString('latin1')) ?? fromOurs.get(p.toString('latin1'));
      return entry ? [entry] : [];
    });
    result.set(merge.key, entries);
  }
  return result;
}

/**
 * The tree a merge's change is shown against: T, with each conflict left as it was shown
 * from the parent its entry compares with, so the diff to the merge is the manifest's.
 */
export async function reviewBaseTree(git: Git, merge: MergeJudged): Promise<string> {
  return git.treeWithEntries(
    merge.recomputed,
    merge.leftAsIs.map((e) => ({ mode: e.oldMode, id: e.oldId, path: e.path })),
  );
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
      const lost = (await git.diffTrees(parent, commit.sha, [`${LEDGER_DIR}/`])).filter(
        (e) => isLedgerEntry(e) && e.status !== 'A',
      );
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
    edges = new Set(
      readFileSync(await git.gitPath('shallow'), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  } catch {
    return; // no shallow file: unshallowed since
  }
  const edge = commits.find((c) => edges.has(c.sha));
  if (edge) {
    throw new AoError(
      `commit ${shortSha(edge.sha)} is at the edge of this shallow clone: its parents were not fetched, so its change cannot be computed`,
      {
        fix: 'fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again',
      },
    );
  }
}

/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
export function pendingMergeHeads(git: Git): string[] {
  const file = join(git.gitDir, 'MERGE_HEAD');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give, plus the conflicts left as merge-tree wrote them, exactly as the
 * committed merge will be judged (so a verdict on the staged merge covers the commit).
 * The ledger entries always compare with HEAD, where append-only is judged.
 *
 * With `amending` (the commit HEAD, being replaced by `git commit --amend`), the change is
 * what the amended commit will hold: the index against HEAD's parent (the empty tree for a
 * root commit, the recomputed merge for a merge), and the ledger is judged against that parent.
 */
export async function stagedChange(
  git: Git,
  head: string | undefined,
  authorEmail: string | undefined,
  amending?: CommitInfo,
): Promise<ChangeWithLedger> {
  const base = amending ? (amending.parents[0] ?? git.emptyTree) : head;
  const againstBase = await git.diffIndexCached(base ?? git.emptyTree);
  const ledgerEntries = againstBase.filter(isLedgerEntry);
  // The records it adds are read (as the ledger view will ask for them) while the manifest is built.
  git.prefetchObjectsBounded(
    ledgerEntries.filter((e) => e.status === 'A' && isRegularFileMode(e.newMode)).map((e) => e.newId),
    MAX_RECORD_BYTES,
  );
  const mergeHeads = amending ? amending.parents.slice(1) : head ? pendingMergeHeads(git) : [];
  const theirs = mergeHeads.length === 1 ? mergeHeads[0] : undefined;
  const merge =
    base && theirs
      ? (
          await judgeMerges(git, [{ key: 'staged', ours: base, theirs, merged: await git.writeIndexTree() }])
        ).judged.get('staged')
      : undefined;
  const manifest = merge?.manifest ?? buildManifest(againstBase);
  const what = merge ? 'staged merge' : 'staged change';
  return {
    change: {
      kind: 'staged',
      label: amending ? `${what} (amending ${shortSha(amending.sha)})` : what,
      authorEmail,
      manifest,
      cleanMerge: !!merge?.cleanMerge,
      ...(amending ? { amend: true } : {}),
    },
    ledgerEntries,
    patchItem: merge?.patchItem,
    ...(merge ? { merge: merge.judged } : {}),
  };
}
