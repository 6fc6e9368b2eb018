import { AoError } from '../core/errors.js';
import { buildManifest, entryToJson, type Manifest } from '../core/manifest.js';
import type { Subject } from '../core/record.js';
import type { CommitInfo, Git } from '../git/git.js';
import { changesOfCommits, reviewBaseTree, shortSha, stagedChange, type ChangeWithLedger } from './changes.js';

export type SubjectScope =
  | { kind: 'staged'; amend?: boolean }
  | { kind: 'commit'; rev: string }
  | { kind: 'range'; base: string; head: string };

export interface ResolvedSubject {
  subject: Subject;
  manifest: Manifest;
  label: string;
  /** Who wrote the change as git sees it: the next commit's author, or the commits' authors. */
  authors: string[];
  /** Base and head trees for materialising or diffing the change. */
  baseRev?: string;
  headRev?: string;
  /** A range's commits that change something, oldest first, with what `Git.patchBatch` needs to show each on its own. */
  commitChanges?: { commit: string; digest: string; title: string; patchItem: string }[];
  /** The tree the change is shown against, so its diff to the head is exactly the manifest. */
  diffBase: string;
}

const MAX_ENTRIES = 10_000;

export function parseRangeArg(text: string): { base: string; head: string } {
  const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
  if (!match)
    throw new AoError(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, {
      fix: 'for example: --range origin/main..HEAD',
    });
  return { base: match[1]!, head: match[2]! };
}

/** Builds the subject of a verdict: what exactly the checker is vouching for. */
export async function resolveSubject(git: Git, scope: SubjectScope): Promise<ResolvedSubject> {
  let resolved: ResolvedSubject;
  if (scope.kind === 'staged') {
    const head = await git.headCommit();
    const author = await git.authorEmail();
    let amending: CommitInfo | undefined;
    if (scope.amend) {
      if (!head) throw new AoError('there is no commit to amend yet', { fix: 'record the verdict without --amend' });
      [amending] = await git.listCommits(['-n', '1', head]);
    }
    const staged = await stagedChange(git, head, author, amending);
    const { change } = staged;
    const baseRev = amending ? amending.parents[0] : head;
    resolved = {
      subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(entryToJson) },
      manifest: change.manifest,
      label: change.label,
      authors: author ? [author] : [],
      baseRev,
      diffBase: await diffBaseOf(git, staged, baseRev),
    };
    if (change.manifest.entries.length === 0) {
      throw new AoError(
        change.cleanMerge
          ? 'the staged merge is clean: it needs no verdict'
          : 'nothing is staged outside .agents/ledger/: there is no change to cover',
        {
          fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
        },
      );
    }
  } else if (scope.kind === 'commit') {
    const commit = await git.resolveCommit(scope.rev, 'commit');
    const [info] = await git.listCommits(['-n', '1', commit]);
    const ofCommit = (await changesOfCommits(git, [info!]))[0]!;
    const { change } = ofCommit;
    if (change.manifest.entries.length === 0) {
      throw new AoError(
        `commit ${shortSha(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`,
        { fix: 'name a commit that changes files, e.g. --commit HEAD' },
      );
    }
    resolved = {
      subject: {
        kind: 'commit',
        commit,
        digest: change.manifest.digest,
        entries: change.manifest.entries.map(entryToJson),
      },
      manifest: change.manifest,
      label: `commit ${shortSha(commit)}`,
      authors: info?.authorEmail ? [info.authorEmail] : [],
      baseRev: info?.parents[0],
      headRev: commit,
      diffBase: await diffBaseOf(git, ofCommit, info?.parents[0]),
    };
  } else {
    const base = await git.resolveCommit(scope.base, 'range base');
    const head = await git.resolveCommit(scope.head, 'range head');
    const commits = await git.listCommits([`${base}..${head}`]);
    if (commits.length === 0)
      throw new AoError(`the range ${scope.base}..${scope.head} holds no commits`, {
        fix: 'check the order: --range OLDER..NEWER',
      });
    const manifest = buildManifest(await git.diffTrees(base, head));
    const changes = (await changesOfCommits(git, commits)).filter((c) => c.change.manifest.entries.length > 0);
    if (manifest.entries.length === 0 && changes.length === 0) {
      throw new AoError(
        `the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`,
      );
    }
    resolved = {
      subject: {
        kind: 'range',
        base,
        head,
        digest: manifest.digest,
        entries: manifest.entries.map(entryToJson),
        commits: changes.map((c) => ({ commit: c.change.commit!, digest: c.change.manifest.digest })),
      },
      manifest,
      label: `range ${shortSha(base)}..${shortSha(head)}`,
      authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
      baseRev: base,
      headRev: head,
      commitChanges: changes.map((c) => ({
        commit: c.change.commit!,
        digest: c.change.manifest.digest,
        title: c.change.subjectLine ?? '',
        patchItem: c.patchItem ?? c.change.commit!,
      })),
      diffBase: base,
    };
  }
  if (resolved.subject.entries.length > MAX_ENTRIES) {
    throw new AoError(
      `the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`,
      {
        fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
      },
    );
  }
  return resolved;
}

/** A merge is shown against the tree its manifest compares with; anything else against its first parent. */
async function diffBaseOf(git: Git, change: ChangeWithLedger, firstParent: string | undefined): Promise<string> {
  if (change.merge) return reviewBaseTree(git, change.merge);
  return firstParent ?? git.emptyTree;
}
