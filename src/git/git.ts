// fs.promises loads on first use: the pre-commit hook never needs it.
import { copyFileSync, promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddedLine } from '../core/constraints.js';
import { AoError } from '../core/errors.js';
import { parseRawDiff, type ManifestEntry } from '../core/manifest.js';
import { CatFileBatch, type BoundedObject } from './cat-file.js';
import { rememberGitVersion } from './known-version.js';
import { diffIndexArgs, MANIFEST_DIFF, startOpening } from './opening.js';
import {
  parseCommitList,
  parseDiffBatch,
  parseMergeTree,
  parseMergeTreeStdin,
  parseRawLog,
  scanAddedLines,
  splitBatchOutput,
  utf8Text,
  type CommitInfo,
  type RecomputedMerge,
} from './parse.js';
import {
  GitError,
  MIN_GIT_VERSION,
  parseGitVersion,
  runGit,
  versionAtLeast,
  type GitResult,
  type RunOptions,
} from './run.js';

/**
 * The one entry point to git: every caller goes through a `Git`. Every call is `git` + an
 * argument vector (never a shell string), and work over many objects or commits goes
 * through a single batched process. What it runs on lives beside it: one process
 * (`run.ts`), the long-lived `cat-file --batch` stream (`cat-file.ts`), and the parsers
 * of git's output (`parse.ts`).
 */

export {
  GitError,
  MIN_GIT_VERSION,
  parseGitVersion,
  runGit,
  versionAtLeast,
  type GitResult,
  type RunOptions,
} from './run.js';
export type { BoundedObject } from './cat-file.js';
export {
  parseMergeTreeStdin,
  parseTreeObject,
  scanAddedLines,
  type CommitInfo,
  type RawTreeEntry,
  type RecomputedMerge,
} from './parse.js';

/** The GIT_* variables an isolated run keeps: where git's programs and borrowed objects are, nothing that decides. */
const KEPT_GIT_VARIABLES = new Set(['GIT_EXEC_PATH', 'GIT_ALTERNATE_OBJECT_DIRECTORIES']);

/** A commit with its dates and the raw diff against its first parent (none for merges). */
export interface HistoryCommit {
  sha: string;
  parents: string[];
  /** Committer and author time, seconds since the epoch. */
  committedAt: number;
  authoredAt: number;
  authorEmail: string;
  entries: ManifestEntry[];
}

/** A file some commit added, as `addedFilesInHistory` lists it. */
export interface AddedFile {
  commit: string;
  mode: string;
  /** The blob's object id. */
  id: string;
  /** The path's raw bytes. */
  path: Buffer;
}

export interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  path: string;
}

export interface OpenOptions {
  /** For the pre-commit hook: start reading the staged change alongside the probe. */
  staged?: boolean;
}

export class Git {
  readonly emptyTree: string;
  readonly zeroId: string;
  /** Where the object store and the shallow file are, read once, for `isolated`. */
  private storage?: Promise<{ objects: string; shallow: string; shared?: string }>;
  private batch?: CatFileBatch;
  /** Reads started ahead of their caller, by bound and name (`prefetchObjectsBounded`). */
  private readonly prefetched = new Map<string, Promise<Map<string, BoundedObject | undefined>>>();
  /** The index's diff against HEAD, and HEAD as read when it started, from `open({ staged: true })`. */
  private stagedEarly?: {
    diff: Promise<GitResult | Error>;
    head: Promise<string | undefined>;
    /** Set once the diff has finished; then the first HEAD read asked for is `headAfter`. */
    done?: boolean;
    headAfter?: Promise<string | undefined>;
  };

  constructor(
    readonly cwd: string,
    readonly topLevel: string,
    readonly gitDir: string,
    readonly objectFormat: 'sha1' | 'sha256',
    readonly version: [number, number, number],
    readonly isShallow: boolean,
  ) {
    this.emptyTree =
      objectFormat === 'sha256'
        ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
        : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    this.zeroId = '0'.repeat(objectFormat === 'sha256' ? 64 : 40);
  }

  /** Opens the repository containing `cwd`, refusing bare repositories and old gits. */
  static async open(cwd: string, options: OpenOptions = {}): Promise<Git> {
    // The pre-commit hook's work starts with the probe: the index's diff against HEAD and the
    // object reader (asked for HEAD at once), so git works while the rest of Node starts.
    // Whatever they answer is used only once the probe has found a working tree.
    const opening = startOpening(cwd, !!options.staged);
    const [versionResult, probe] = await Promise.all([opening.version, opening.probe]);
    if (versionResult instanceof Error) throw versionResult;
    const version = opening.remembered ?? parseGitVersion(versionResult?.stdout.toString() ?? '');
    if (version && opening.binary && !opening.remembered) rememberGitVersion(opening.binary, version, !!options.staged);
    if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
      throw new AoError(
        `git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`,
        {
          fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
        },
      );
    }
    if (probe instanceof Error) throw probe;
    const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
    if (bare === 'true') {
      throw new AoError('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
        fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
      });
    }
    if (inside === 'false') {
      throw new AoError(`${cwd} is inside the .git directory, not the working tree`, {
        fix: 'cd into the working tree and run the command again',
      });
    }
    if (probe.code !== 0 || !top) {
      throw new AoError(`${cwd} is not inside a git repository`, {
        fix: 'run the command from inside your repository, or create one with `git init`',
      });
    }
    const git = new Git(
      cwd,
      top,
      gitDir ?? '.git',
      format === 'sha256' ? 'sha256' : 'sha1',
      version,
      shallow === 'true',
    );
    // Every later git runs at the top level: what was started elsewhere (a relative GIT_DIR
    // could name another repository there) is dropped.
    if (opening.staged && top === cwd) {
      git.batch = opening.staged.batch;
      const early: NonNullable<Git['stagedEarly']> = { diff: opening.staged.diff, head: opening.staged.head };
      early.diff.then(() => {
        early.done = true;
      });
      git.stagedEarly = early;
    }
    return git;
  }

  run(args: string[], options?: RunOptions): Promise<GitResult> {
    return runGit(this.topLevel, args, options);
  }

  async text(args: string[], options?: RunOptions): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8');
  }

  /** The directories of every working tree of this repository (the main one and linked ones). */
  async worktreePaths(): Promise<string[]> {
    const out = await this.run(['worktree', 'list', '--porcelain', '-z']);
    return out.stdout
      .toString('utf8')
      .split('\0')
      .filter((line) => line.startsWith('worktree '))
      .map((line) => line.slice('worktree '.length));
  }

  hasMergeTreeStdin(): boolean {
    return versionAtLeast(this.version, [2, 40, 0]);
  }

  /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
  async resolveCommits(revs: string[]): Promise<(string | undefined)[]> {
    if (revs.length === 0) return [];
    for (const rev of revs) {
      if (/[\n\0]/.test(rev))
        throw new AoError(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
    }
    // Read through the repository's one batch process; commit objects are small.
    const objects = await this.objectReader().read(
      revs.map((rev) => `${rev}^{commit}`),
      0,
    );
    return revs.map((rev) => {
      const object = objects.get(`${rev}^{commit}`);
      return object?.type === 'commit' ? object.id : undefined;
    });
  }

  async resolveCommit(rev: string, role = 'revision'): Promise<string> {
    const [id] = await this.resolveCommits([rev]);
    if (!id) {
      throw new AoError(
        `${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`,
        {
          fix: this.isShallow
            ? 'fetch the full history with `git fetch --unshallow`, then run the command again'
            : 'check the name with `git log --oneline -n 5 REV`',
        },
      );
    }
    return id;
  }

  headCommit(): Promise<string | undefined> {
    const read = this.resolveCommits(['HEAD']).then(([id]) => id);
    // A read asked for once the early diff is done is also the read that confirms it (no second round trip).
    if (this.stagedEarly?.done) this.stagedEarly.headAfter ??= read;
    return read;
  }

  /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
  async diffIndexCached(tree: string): Promise<ManifestEntry[]> {
    const early = this.stagedEarly;
    this.stagedEarly = undefined;
    if (early) {
      const [result, before] = await Promise.all([early.diff, early.head]);
      // Started against the name HEAD: it counts only if HEAD, read as it started and again
      // now that it is done, is the commit asked for both times (and git commit itself
      // refuses to land on a HEAD that moved while its hooks ran). It is parsed while git
      // answers the second read.
      if (!(result instanceof Error) && result.code === 0 && before === tree) {
        const after = early.headAfter ?? this.headCommit();
        after.catch(() => undefined); // awaited below unless the parse throws first
        const entries = parseRawDiff(result.stdout).entries;
        if ((await after) === tree) return entries;
      }
    }
    const out = await this.run(diffIndexArgs(tree));
    return parseRawDiff(out.stdout).entries;
  }

  /**
   * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
   * Porcelain `git diff` compares content where stat data is stale (a file touched but
   * unchanged), which plumbing `diff-index` would report as modified.
   */
  async diffWorktree(tree: string, paths: string[]): Promise<ManifestEntry[]> {
    const out = await this.run([
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '-z',
      '--raw',
      '--full-index',
      '--no-renames',
      tree,
      '--',
      ...paths,
    ]);
    return parseRawDiff(out.stdout).entries;
  }

  async diffTrees(a: string, b: string, paths: string[] = []): Promise<ManifestEntry[]> {
    const out = await this.run(['diff-tree', ...MANIFEST_DIFF, a, b, ...(paths.length ? ['--', ...paths] : [])]);
    return parseRawDiff(out.stdout).entries;
  }

  /**
   * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
   * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
   */
  async diffBatch(items: string[]): Promise<Map<string, ManifestEntry[]>> {
    if (items.length === 0) return new Map();
    const out = await this.run([...RAW_DIFF_STDIN], { input: items.join('\n') + '\n' });
    return parseDiffBatch(out.stdout);
  }

  /**
   * Raw diffs for many "TREE1 TREE2" pairs in one `diff-tree --stdin`, limited to `paths`
   * (each with what lies below it; callers keep the exact paths they asked for), keyed by
   * the pair. Run in isolation, so no GIT_*_PATHSPECS variable changes what the pathspecs
   * match; a path list too long for argv, or a path that is not UTF-8, reads whole diffs.
   */
  async diffTreePairsAt(pairs: [string, string][], paths: Buffer[]): Promise<Map<string, ManifestEntry[]>> {
    if (pairs.length === 0 || paths.length === 0) return new Map();
    const texts = paths.map(utf8Text);
    const pathspecs = texts.every((t): t is string => t !== undefined) ? pathspecArgs(texts) : [];
    const out = await this.isolated((run) =>
      run([...RAW_DIFF_STDIN, ...pathspecs], { input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n' }),
    );
    return parseDiffBatch(out.stdout);
  }

  /** The tree id of each commit or tree id, in one `cat-file --batch-check`. */
  async treeIds(ids: string[]): Promise<Map<string, string>> {
    const trees = new Map<string, string>();
    if (ids.length === 0) return trees;
    const out = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
      input: ids.map((id) => `${id}^{tree}`).join('\n') + '\n',
    });
    const lines = out.stdout.toString('latin1').split('\n');
    ids.forEach((id, i) => {
      const [tree, type] = (lines[i] ?? '').split(' ');
      if (type !== 'tree' || !tree)
        throw new AoError(`${id} names no tree in this repository`, {
          fix: 'check the repository with `git fsck`, then run the command again',
        });
      trees.set(id, tree);
    });
    return trees;
  }

  /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
  async listCommits(revListArgs: string[]): Promise<CommitInfo[]> {
    const out = await this.run([
      'log',
      '--reverse',
      '--topo-order',
      '-z',
      '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s',
      ...revListArgs,
      '--',
    ]);
    return parseCommitList(out.stdout.toString('utf8'));
  }

  /**
   * The lines added by many changes in one `diff-tree --stdin -p -U0`, keyed by item (as for
   * `diffBatch`: a commit id, "COMMIT PARENT" for a commit against another commit, or a
   * "TREE1 TREE2" pair). `paths` limits the diff to those exact paths; undefined: all paths.
   * Read in isolation and as text (`readPatch`). With `maxBytes`, a batch whose patch passes
   * the bound is read on from the first item it did not finish (so it costs one more process
   * per `maxBytes` of patch); an item whose own patch passes it, or that adds more than
   * `maxLines` lines, maps to undefined.
   */
  async addedLinesBatch(
    items: string[],
    paths?: string[],
    bounds: PatchBounds = {},
  ): Promise<Map<string, AddedLine[] | undefined>> {
    const { maxBytes, maxLines } = bounds;
    const result = new Map<string, AddedLine[] | undefined>();
    if (items.length === 0 || (paths && paths.length === 0)) return result;
    await this.isolated(async (run) => {
      let rest = items;
      while (rest.length > 0) {
        const patch = await readPatch(run, ['--stdin', '--always', '--root'], paths, maxBytes, rest.join('\n') + '\n');
        const { sections, headers } = scanAddedLines(patch.text, rest, maxLines);
        // Cut short, the last item whose header arrived may be incomplete: only those before it count.
        const complete = patch.truncated ? Math.max(headers - 1, 0) : rest.length;
        rest.slice(0, complete).forEach((item, i) => result.set(item, sections[i]));
        if (patch.truncated && complete === 0) result.set(rest[0]!, undefined);
        rest = rest.slice(Math.max(complete, 1));
      }
    });
    return result;
  }

  /**
   * The lines the index adds against `tree` (HEAD), limited to `paths`: the index is written
   * as a tree from a copy (the user's index stays untouched) and read like `addedLinesBatch`;
   * undefined when its patch passes a bound.
   */
  async stagedAddedLines(tree: string, paths?: string[], bounds: PatchBounds = {}): Promise<AddedLine[] | undefined> {
    if (paths && paths.length === 0) return [];
    const patch = await this.isolated(async (run, dir) =>
      readPatch(run, [tree, await this.writeStagedTree(join(dir, 'index'))], paths, bounds.maxBytes),
    );
    return patch.truncated ? undefined : scanAddedLines(patch.text, undefined, bounds.maxLines).sections[0];
  }

  /**
   * Commits for a rev-list argument vector, newest first, each with its dates and its raw
   * diff against its first parent (merges carry none), in one `git log`.
   */
  async history(revListArgs: string[]): Promise<HistoryCommit[]> {
    const out = (
      await this.run([
        'log',
        '-z',
        '--raw',
        '--root',
        '-r',
        '--no-abbrev',
        '--no-renames',
        '--diff-merges=off',
        '--ignore-submodules=none',
        '--format=%x1e%H%x1f%P%x1f%ct%x1f%at%x1f%ae',
        ...revListArgs,
        '--',
      ])
    ).stdout;
    return parseRawLog(out).map(({ header, entries }) => {
      const [sha = '', parents = '', committed = '0', authored = '0', authorEmail = ''] = header.split('\x1f');
      return {
        sha,
        parents: parents ? parents.split(' ') : [],
        committedAt: Number(committed),
        authoredAt: Number(authored),
        authorEmail,
        entries,
      };
    });
  }

  /**
   * `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge
   * gives. Run in a throwaway git directory (`isolated`), so it depends on nothing but the
   * two commits: no attributes (`merge=union`, `-merge`, drivers, `text`/`eol`), no merge
   * driver or conflict style from any config, no replace refs or grafts, no rerere. The
   * trees it writes land in this repository's object store, where later diffs read them.
   */
  async mergeTrees(pairs: [string, string][]): Promise<RecomputedMerge[]> {
    if (pairs.length === 0) return [];
    return this.isolated(async (run) => this.mergeTreesIn(run, pairs));
  }

  private async mergeTreesIn(run: IsolatedRun, pairs: [string, string][]): Promise<RecomputedMerge[]> {
    if (this.hasMergeTreeStdin()) {
      const out = await run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
        input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
      });
      return parseMergeTreeStdin(out.stdout, pairs.length);
    }
    // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
    const results: RecomputedMerge[] = [];
    for (const [a, b] of pairs) {
      const out = await run(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', a, b], {
        okCodes: [1],
      });
      results.push(parseMergeTree(out.stdout, out.code === 0));
    }
    return results;
  }

  /**
   * Three-way merges with a given base, `[base, ours, theirs]` commits each: the tree of
   * `git merge-tree --write-tree --merge-base BASE OURS THEIRS` (git 2.40), in the same
   * throwaway directory as `mergeTrees`, on every git version: two scratch commits with the
   * trees of OURS and THEIRS and one parent holding BASE's tree have BASE's tree as their
   * only merge base, so merging them is that merge. The scratch commits are unreachable
   * objects; a handful of git processes serve every triple.
   */
  async replayTrees(triples: [string, string, string][]): Promise<RecomputedMerge[]> {
    if (triples.length === 0) return [];
    return this.isolated(async (run, dir) => {
      const revs = triples.flat();
      const trees = (await run(['rev-parse', ...revs.map((rev) => `${rev}^{tree}`)])).stdout
        .toString('latin1')
        .trim()
        .split('\n');
      // Commit objects written in two batches (the children name their parent's id), fixed identity and date.
      const person = 'ao <ao@invalid> 0 +0000';
      const hashCommits = async (bodies: string[]): Promise<string[]> => {
        const files = await Promise.all(
          bodies.map(async (body, i) => {
            const file = join(dir, `commit-${i}`);
            await fsp.writeFile(file, body);
            return file;
          }),
        );
        return (
          await run(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], { input: files.join('\n') + '\n' })
        ).stdout
          .toString('latin1')
          .trim()
          .split('\n');
      };
      const commit = (tree: string, parent?: string) =>
        `tree ${tree}\n${parent ? `parent ${parent}\n` : ''}author ${person}\ncommitter ${person}\n\nreplay\n`;
      const roots = await hashCommits(triples.map((_, i) => commit(trees[i * 3]!)));
      const sides = await hashCommits(
        triples.flatMap((_, i) => [commit(trees[i * 3 + 1]!, roots[i]), commit(trees[i * 3 + 2]!, roots[i])]),
      );
      return this.mergeTreesIn(
        run,
        triples.map((_, i) => [sides[i * 2]!, sides[i * 2 + 1]!]),
      );
    });
  }

  /**
   * A tree like `tree` with the given entries in place of its own at their paths (mode
   * `000000`: none), written from a scratch index in isolation. Entries are files,
   * symlinks or gitlinks; one that needs a path where `tree` has a folder replaces the folder.
   */
  async treeWithEntries(tree: string, entries: { mode: string; id: string; path: Buffer }[]): Promise<string> {
    if (entries.length === 0) return tree;
    return this.isolated(async (run) => {
      await run(['read-tree', tree]);
      const lines = entries.map((e) =>
        Buffer.concat([
          Buffer.from(/^0+$/.test(e.mode) ? `0 ${this.zeroId}\t` : `${e.mode} ${e.id}\t`, 'latin1'),
          e.path,
          Buffer.from([0]),
        ]),
      );
      await run(['update-index', '-z', '--index-info'], { input: Buffer.concat(lines) });
      return (await run(['write-tree'])).stdout.toString('latin1').trim();
    });
  }

  /**
   * Runs `work` in a throwaway git directory that shares this repository's object store and
   * nothing else: an empty config (so no merge drivers, textconv or external diff, conflict
   * style, rename settings, rerere), no info/attributes, no refs (so no replace refs), no
   * grafts, and no working tree (so no .gitattributes is read, not even the checked-out
   * one); the user's global and system config and attributes are off, and so are the
   * environment's GIT_* settings. What git computes there depends only on the objects it is
   * given, on every machine. The directory is made by hand (no `git init`) and removed
   * afterwards, also on error; objects git writes land in the real object store.
   */
  private async isolated<T>(work: (run: IsolatedRun, dir: string) => Promise<T>): Promise<T> {
    this.storage ??= Promise.all([
      this.text(['rev-parse', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'shallow']),
      this.configGet('core.sharedRepository'),
    ]).then(([paths, shared]) => {
      const [objects = '', shallow = ''] = paths.split('\n');
      return { objects, shallow, shared };
    });
    const { objects, shallow, shared } = await this.storage;
    const dir = await fsp.mkdtemp(join(tmpdir(), 'ao-git-')).catch((error: Error) => {
      throw new AoError(`cannot create a temporary directory in ${tmpdir()}: ${error.message}`, {
        fix: 'set TMPDIR to a writable directory, then run the command again',
      });
    });
    try {
      const empty = join(dir, 'empty');
      await Promise.all([
        fsp.writeFile(join(dir, 'HEAD'), 'ref: refs/heads/none\n'),
        fsp.mkdir(join(dir, 'refs')),
        fsp.writeFile(empty, ''),
        fsp.writeFile(
          join(dir, 'config'),
          this.objectFormat === 'sha256'
            ? '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectFormat = sha256\n'
            : '[core]\n\trepositoryformatversion = 0\n\tbare = true\n',
        ),
        // The shallow boundary keeps history walks (merge bases) inside what was fetched, as in the repository itself.
        this.isShallow ? fsp.copyFile(shallow, join(dir, 'shallow')).catch(() => undefined) : undefined,
      ]);
      // Permissions only: a group-shared repository's new object folders stay writable by the group.
      const settings: [string, string][] = [
        ['core.attributesFile', empty],
        ...(shared ? [['core.sharedRepository', shared] as [string, string]] : []),
      ];
      const env: NodeJS.ProcessEnv = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (!/^GIT_/i.test(key) || KEPT_GIT_VARIABLES.has(key.toUpperCase())) env[key] = value;
      }
      Object.assign(env, {
        GIT_DIR: dir,
        GIT_OBJECT_DIRECTORY: objects,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: empty,
        GIT_ATTR_NOSYSTEM: '1',
        GIT_CONFIG_COUNT: String(settings.length),
        ...Object.fromEntries(
          settings.flatMap(([key, value], i) => [
            [`GIT_CONFIG_KEY_${i}`, key],
            [`GIT_CONFIG_VALUE_${i}`, value],
          ]),
        ),
      });
      return await work(
        (args, options = {}) => runGit(dir, args, { ...options, env: { ...env, ...options.env } }),
        dir,
      );
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  }

  async writeIndexTree(): Promise<string> {
    return (await this.text(['write-tree'])).trim();
  }

  /**
   * The tree of the staged index, written from a copy of the index at `scratchIndex`:
   * a plain `git write-tree` would rewrite the user's index file (its cache-tree).
   */
  async writeStagedTree(scratchIndex: string): Promise<string> {
    const index = await this.gitPath('index');
    try {
      copyFileSync(index, scratchIndex);
    } catch (error) {
      throw new AoError(`cannot read the index ${index}: ${(error as Error).message}`, {
        fix: 'stage the change with `git add PATH`, then run the command again',
      });
    }
    const result = await this.run(['write-tree'], {
      env: { ...process.env, GIT_INDEX_FILE: scratchIndex },
      okCodes: [128],
    });
    if (result.code !== 0 && /unmerged/.test(result.stderr)) {
      throw new AoError('the index has unresolved conflicts: there is no single tree to check', {
        fix: 'resolve the conflicts and `git add` the files, then run the command again',
      });
    }
    if (result.code !== 0) throw new GitError(['write-tree'], result);
    return result.stdout.toString().trim();
  }

  /**
   * Writes every file of `treeish` below `dir` (absolute), through a scratch index so the
   * user's index, HEAD, refs and working tree stay as they are. Checkout filters and
   * attributes apply as in a normal checkout; submodules are left empty.
   */
  async exportTree(treeish: string, dir: string, scratchIndex: string): Promise<void> {
    const env = { ...process.env, GIT_INDEX_FILE: scratchIndex };
    await this.run(['read-tree', treeish], { env });
    await this.run(['checkout-index', '--all', '--force', `--prefix=${dir.endsWith('/') ? dir : `${dir}/`}`], { env });
  }

  /**
   * The unified diff from tree `a` to tree `b` without the `exclude` paths, as judges see
   * it: run in isolation (`isolated`) and as text, so neither the user's diff configuration
   * nor an attribute of the change (`-diff`, `binary`, a textconv or external diff) hides
   * or rewrites a file's lines; no colour, a/ b/ prefixes. Output past `maxBytes` is cut
   * at a line end and flagged as truncated.
   */
  async unifiedDiff(
    a: string,
    b: string,
    options: { maxBytes: number; exclude?: string[] },
  ): Promise<{ text: string; truncated: boolean; totalBytes: number }> {
    const { maxBytes } = options;
    const args = [
      'diff',
      '--text',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-renames',
      '--no-relative',
      '--ignore-submodules=none',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      a,
      b,
      '--',
      '.',
      ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
    ];
    const out = (await this.isolated((run) => run(args))).stdout;
    if (out.length <= maxBytes) return { text: out.toString('utf8'), truncated: false, totalBytes: out.length };
    const cut = out.lastIndexOf(0x0a, maxBytes - 1);
    return { text: out.toString('utf8', 0, cut >= 0 ? cut + 1 : maxBytes), truncated: true, totalBytes: out.length };
  }

  /**
   * The unified diffs of many changes in one `diff-tree --stdin -p`, keyed by item (as for
   * `diffBatch`: a commit id, "COMMIT PARENT", or a "TREE1 TREE2" pair), with the same
   * settings as `unifiedDiff`. Each diff ends with a newline unless it is empty.
   */
  async patchBatch(items: string[], options: { exclude?: string[] } = {}): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (items.length === 0) return result;
    const out = await this.run(
      [
        'diff-tree',
        '--stdin',
        '--always',
        '--root',
        '-r',
        '-p',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-renames',
        '--ignore-submodules=none',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--',
        '.',
        ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
      ],
      { input: items.join('\n') + '\n' },
    );
    const sections = splitBatchOutput(out.stdout.toString('utf8'), items);
    items.forEach((item, i) => {
      const text = (sections[i] ?? '').replace(/\n+$/, '');
      result.set(item, text ? `${text}\n` : '');
    });
    return result;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
    return result.code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.run(['merge-base', a, b], { okCodes: [1] });
    return result.code === 0 ? result.stdout.toString().trim() : undefined;
  }

  /**
   * Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids; with
   * `recursive: false`, the entries the paths name themselves (a folder as one tree entry).
   */
  async lsTree(rev: string, prefix: string | string[], options: { recursive?: boolean } = {}): Promise<TreeEntry[]> {
    const paths = typeof prefix === 'string' ? [prefix] : prefix;
    const out = await this.run([
      'ls-tree',
      ...(options.recursive === false ? [] : ['-r']),
      '-z',
      '--full-tree',
      rev,
      '--',
      ...paths,
    ]);
    const entries: TreeEntry[] = [];
    for (const item of out.stdout.toString('utf8').split('\0')) {
      if (!item) continue;
      const tab = item.indexOf('\t');
      const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
      entries.push({ mode, type, id, path: item.slice(tab + 1) });
    }
    return entries;
  }

  /** Only the paths of a recursive listing below `prefix`: the cheap form for large ledgers. */
  async lsTreeNames(rev: string, prefix: string): Promise<string[]> {
    const out = await this.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', prefix]);
    return out.stdout.toString('utf8').split('\0').filter(Boolean);
  }

  /** Untracked, not ignored files below `prefix` in the working tree. */
  async untrackedFiles(prefix: string): Promise<string[]> {
    const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
    return out.stdout.toString('utf8').split('\0').filter(Boolean);
  }

  /** The object ids of many names (`rev:path`) in one `cat-file --batch-check`; undefined for a missing one. */
  async objectIds(names: string[]): Promise<Map<string, string | undefined>> {
    const result = new Map<string, string | undefined>();
    if (names.length === 0) return result;
    for (const name of names) {
      if (/[\n\0]/.test(name)) throw new AoError(`invalid object name ${JSON.stringify(name)}`);
    }
    const ran = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
      input: names.join('\n') + '\n',
    });
    const lines = ran.stdout.toString('latin1').split('\n');
    names.forEach((name, i) => {
      const line = lines[i] ?? '';
      result.set(name, / (missing|ambiguous)$/.test(line) ? undefined : line.split(' ')[0]);
    });
    return result;
  }

  /**
   * The one `git cat-file --batch` process of this repository, started on first use and kept
   * for every later object read (policy, records, trees, commit lookups): no process per read.
   */
  private objectReader(): CatFileBatch {
    this.batch ??= new CatFileBatch(this.topLevel);
    return this.batch;
  }

  /** Reads many objects by id or `rev:path` (unbounded: for small files such as the policy). */
  async readObjects(names: string[]): Promise<Map<string, Buffer | undefined>> {
    const objects = await this.objectReader().read(names, Number.POSITIVE_INFINITY);
    const result = new Map<string, Buffer | undefined>();
    for (const name of names) result.set(name, objects.get(name)?.bytes);
    return result;
  }

  /**
   * Reads many objects, like `readObjects`, but never buffers an object larger than
   * `maxBytes`: its size is read from the batch header and its bytes are skipped as they
   * stream past, so a hostile multi-gigabyte blob costs no memory. Such an object comes back
   * with `size` and `type` but no `bytes`; a missing one as `undefined`.
   */
  async readObjectsBounded(names: string[], maxBytes: number): Promise<Map<string, BoundedObject | undefined>> {
    // A whole-ledger read asks for every record: no key is made per name unless something was read ahead.
    if (this.prefetched.size === 0) return this.objectReader().read(names, maxBytes);
    const early = new Set<Promise<Map<string, BoundedObject | undefined>>>();
    const rest: string[] = [];
    for (const name of names) {
      const key = `${maxBytes}\0${name}`;
      const read = this.prefetched.get(key);
      this.prefetched.delete(key);
      if (read) early.add(read);
      else rest.push(name);
    }
    if (early.size === 0) return this.objectReader().read(names, maxBytes);
    const reads = await Promise.all([...early, this.objectReader().read(rest, maxBytes)]);
    const result = new Map<string, BoundedObject | undefined>();
    for (const name of names) result.set(name, reads.find((read) => read.has(name))?.get(name));
    return result;
  }

  /**
   * Starts reading objects that `readObjectsBounded` will be asked for under the same bound,
   * so git reads them while the caller works on something else. Each is taken once.
   */
  prefetchObjectsBounded(names: string[], maxBytes: number): void {
    if (names.length === 0) return;
    const read = this.objectReader().read(names, maxBytes);
    read.catch(() => undefined); // the reader that takes it sees the failure
    for (const name of names) this.prefetched.set(`${maxBytes}\0${name}`, read);
  }

  /**
   * Every file added below `prefix` by any commit reachable from any ref (a merge diffed
   * against its first parent, so a record added by the merge itself is found too), newest
   * commit first, in one `git log`. Deleted or changed files are not listed: only additions.
   */
  async addedFilesInHistory(prefix: string): Promise<AddedFile[]> {
    const out = (
      await this.run([
        'log',
        '--all',
        '--full-history',
        '--diff-merges=first-parent',
        '--diff-filter=A',
        '-z',
        '--raw',
        '-r',
        '--no-abbrev',
        '--no-renames',
        '--ignore-submodules=none',
        '--format=%x1e%H',
        '--',
        prefix,
      ])
    ).stdout;
    return parseRawLog(out).flatMap(({ header: commit, entries }) =>
      entries
        .filter((entry) => entry.status === 'A')
        .map((entry) => ({ commit, mode: entry.newMode, id: entry.newId, path: entry.path })),
    );
  }

  /**
   * Fetches `refspecs` from `remote` in one process, with whatever credentials are already
   * configured for it (in CI: those actions/checkout persisted as `http.extraheader`).
   * `unshallow` also fetches the complete history of a shallow clone; `depth` limits what a
   * shallow clone gets (e.g. 1: one commit, no history). No tags, no
   * FETCH_HEAD, no automatic gc, and hooks are off: nothing the repository's content
   * could have installed runs.
   */
  async fetch(
    remote: string,
    refspecs: string[],
    options: { unshallow?: boolean; depth?: number } = {},
  ): Promise<void> {
    for (const spec of [remote, ...refspecs]) {
      if (/[\n\0]/.test(spec) || spec.startsWith('-'))
        throw new AoError(`invalid fetch argument ${JSON.stringify(spec)}`);
    }
    // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
    const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
    const env = {
      ...process.env,
      GIT_CONFIG_COUNT: String(n + 1),
      [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath',
      [`GIT_CONFIG_VALUE_${n}`]: '/dev/null',
    };
    await this.run(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-auto-gc',
        '--no-recurse-submodules',
        ...(options.unshallow ? ['--unshallow'] : []),
        ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []),
        remote,
        ...refspecs,
      ],
      { env },
    );
  }

  /** Stages exact paths, passed on stdin so that any number of them fits. */
  async stage(paths: string[]): Promise<void> {
    if (paths.length === 0) return;
    await this.run(['add', '--pathspec-from-file=-', '--pathspec-file-nul'], {
      input: paths.map((path) => `:(literal)${path}\0`).join(''),
    });
  }

  /** Every configured remote with its fetch and push URLs, in one `git config` call. */
  async remotes(): Promise<Map<string, string[]>> {
    const result = await this.run(['config', '-z', '--get-regexp', '^remote\\..*\\.(url|pushurl)$'], { okCodes: [1] });
    const remotes = new Map<string, string[]>();
    for (const item of result.stdout.toString('utf8').split('\0')) {
      const newline = item.indexOf('\n');
      if (newline < 0) continue;
      const key = item.slice(0, newline);
      const name = key.replace(/^remote\./, '').replace(/\.(url|pushurl)$/, '');
      remotes.set(name, [...(remotes.get(name) ?? []), item.slice(newline + 1)]);
    }
    return remotes;
  }

  /**
   * What this clone last saw of a remote's branches: its tracking refs as
   * `refs/heads/NAME -> sha`, and the branch `refs/remotes/REMOTE/HEAD` points at, if set.
   */
  async trackingRefs(remote: string): Promise<{ tips: Map<string, string>; head?: string }> {
    const prefix = `refs/remotes/${remote}/`;
    const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)', prefix]);
    const tips = new Map<string, string>();
    let head: string | undefined;
    for (const line of out.split('\n')) {
      const [ref = '', sha = '', symref = ''] = line.split('\0');
      if (!ref.startsWith(prefix)) continue;
      const branch = ref.slice(prefix.length);
      if (branch === 'HEAD') {
        if (symref.startsWith(prefix)) head = `refs/heads/${symref.slice(prefix.length)}`;
        continue;
      }
      tips.set(`refs/heads/${branch}`, sha);
    }
    return { tips, head };
  }

  /** Asks the remote itself for its branches and default branch (`git ls-remote --symref`): network. */
  async lsRemote(remote: string): Promise<{ tips: Map<string, string>; head?: string }> {
    if (/[\n\0]/.test(remote) || remote.startsWith('-'))
      throw new AoError(`invalid remote ${JSON.stringify(remote)}`, { fix: 'push to a remote name or URL' });
    const out = await this.text(['ls-remote', '--symref', remote, 'HEAD', 'refs/heads/*']);
    const tips = new Map<string, string>();
    let head: string | undefined;
    for (const line of out.split('\n')) {
      const symref = /^ref: (refs\/heads\/\S+)\tHEAD$/.exec(line);
      if (symref) {
        head = symref[1];
        continue;
      }
      const [sha = '', ref = ''] = line.split('\t');
      if (ref.startsWith('refs/heads/')) tips.set(ref, sha);
    }
    return { tips, head };
  }

  async configGet(key: string): Promise<string | undefined> {
    const result = await this.run(['config', '--get', key], { okCodes: [1] });
    return result.code === 0 ? result.stdout.toString().trim() : undefined;
  }

  async gitPath(name: string): Promise<string> {
    return (await this.text(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
  }

  /** The email git would record as the author of the next commit. */
  async authorEmail(): Promise<string | undefined> {
    const result = await this.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
    if (result.code !== 0) return undefined;
    const match = /<([^>]*)>/.exec(result.stdout.toString());
    return match?.[1] || undefined;
  }
}

/** Bounds on reading a patch: its bytes, and the lines one change adds. */
export interface PatchBounds {
  maxBytes?: number;
  maxLines?: number;
}

type IsolatedRun = (args: string[], options?: RunOptions) => Promise<GitResult>;

/**
 * The patch of `diff-tree -p -U0` for `target` (two trees, or --stdin and its input), read
 * for the lines changes add: `--text`, so no NUL byte or binary guess hides a file's lines
 * (and, run in isolation, no attribute either: `-diff`, `binary`, a textconv or external
 * diff); no preimage for deleted files (`--irreversible-delete`), since only added lines
 * are tested. Past `maxBytes` git is stopped and the text so far comes back `truncated`.
 */
async function readPatch(
  run: IsolatedRun,
  target: string[],
  paths: string[] | undefined,
  maxBytes: number | undefined,
  input?: string,
): Promise<{ text: string; truncated: boolean }> {
  const out = await run(
    [
      '-c',
      'core.quotePath=false',
      'diff-tree',
      '-r',
      '-p',
      '-U0',
      '--text',
      '--irreversible-delete',
      '--no-renames',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      ...target,
      ...pathspecArgs(paths),
    ],
    { input, maxStdoutBytes: maxBytes },
  );
  return { text: out.stdout.toString('utf8'), truncated: !!out.truncated };
}

/** Exact-path pathspecs; none (the whole diff, filtered afterwards) when the list is too long for argv. */
function pathspecArgs(paths: string[] | undefined): string[] {
  if (!paths) return [];
  const size = paths.reduce((n, p) => n + p.length + 12, 0);
  if (paths.length > 2000 || size > 256 * 1024) return [];
  return ['--', ...paths.map((p) => `:(literal)${p}`)];
}

const RAW_DIFF_STDIN = ['diff-tree', '--stdin', '--always', '--root', ...MANIFEST_DIFF] as const;
