import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { AoError } from '../core/errors.js';
import { parseRawDiff, type ManifestEntry } from '../core/manifest.js';

/**
 * The one place that runs git. Every call is `git` + an argument vector (never a shell
 * string), and work over many objects or commits goes through a single batched process.
 */

export const MIN_GIT_VERSION = [2, 38, 0] as const;
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface RunOptions {
  input?: string | Buffer;
  /** Exit codes that are answers rather than failures (e.g. `merge-base --is-ancestor`). */
  okCodes?: number[];
  env?: NodeJS.ProcessEnv;
}

export class GitError extends AoError {
  constructor(args: string[], result: GitResult) {
    const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
    super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
      fix: 'check the repository with `git status` and `git fsck`, then run the command again',
    });
  }
}

export function runGit(cwd: string, args: string[], options: RunOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) child.kill();
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new AoError(
            cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH',
            { fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works' },
          ),
        );
      } else reject(new AoError(`could not run git: ${error.message}`));
    });
    // A git that exits before reading all its input is answered by its exit code, not EPIPE.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
      if (result.code === 0 || options.okCodes?.includes(result.code)) resolve(result);
      else reject(new GitError(args, result));
    });
    child.stdin.end(options.input ?? '');
  });
}

function cwdMissing(cwd: string): boolean {
  try {
    return !statSync(cwd).isDirectory();
  } catch {
    return true;
  }
}

export function parseGitVersion(text: string): [number, number, number] | undefined {
  const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

export function versionAtLeast(version: readonly number[], minimum: readonly number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    const a = version[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  subject: string;
}

export interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  path: string;
}

export class Git {
  readonly emptyTree: string;
  readonly zeroId: string;

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
  static async open(cwd: string): Promise<Git> {
    const versionText = (await runGit(cwd, ['version']).catch((error: unknown) => {
      throw error instanceof GitError ? new AoError('git is not working', { fix: 'run `git --version` and repair the git install' }) : error;
    })).stdout.toString();
    const version = parseGitVersion(versionText);
    if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
      throw new AoError(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
        fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
      });
    }
    const probe = await runGit(cwd, ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--show-object-format', '--is-shallow-repository', '--absolute-git-dir'], { okCodes: [128] });
    if (probe.code !== 0) {
      throw new AoError(`${cwd} is not inside a git repository`, { fix: 'run the command from inside your repository, or create one with `git init`' });
    }
    const [bare, inside, format, shallow, gitDir] = probe.stdout.toString().trim().split('\n');
    if (bare === 'true') {
      throw new AoError('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
        fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
      });
    }
    if (inside !== 'true') {
      throw new AoError(`${cwd} is inside the .git directory, not the working tree`, { fix: 'cd into the working tree and run the command again' });
    }
    const top = (await runGit(cwd, ['rev-parse', '--show-toplevel'])).stdout.toString().trim();
    return new Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
  }

  run(args: string[], options?: RunOptions): Promise<GitResult> {
    return runGit(this.topLevel, args, options);
  }

  async text(args: string[], options?: RunOptions): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8');
  }

  hasMergeTreeStdin(): boolean {
    return versionAtLeast(this.version, [2, 40, 0]);
  }

  /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
  async resolveCommits(revs: string[]): Promise<(string | undefined)[]> {
    if (revs.length === 0) return [];
    for (const rev of revs) {
      if (/[\n\0]/.test(rev)) throw new AoError(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
    }
    const result = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
      input: revs.map((rev) => `${rev}^{commit}`).join('\n') + '\n',
    });
    return result.stdout
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => {
        const [id, type] = line.split(' ');
        return type === 'commit' ? id : undefined;
      });
  }

  async resolveCommit(rev: string, role = 'revision'): Promise<string> {
    const [id] = await this.resolveCommits([rev]);
    if (!id) {
      throw new AoError(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
        fix: this.isShallow ? 'fetch the full history with `git fetch --unshallow`, then run the command again' : 'check the name with `git log --oneline -n 5 REV`',
      });
    }
    return id;
  }

  async headCommit(): Promise<string | undefined> {
    const [id] = await this.resolveCommits(['HEAD']);
    return id;
  }

  /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
  async diffIndexCached(tree: string): Promise<ManifestEntry[]> {
    const out = await this.run(['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', tree]);
    return parseRawDiff(out.stdout).entries;
  }

  /** Raw diff of tree `a` against the working tree (tracked files only), limited to `paths`. */
  async diffIndexWorktree(tree: string, paths: string[]): Promise<ManifestEntry[]> {
    const out = await this.run(['diff-index', '-z', '-r', '--raw', '--full-index', '--no-renames', tree, '--', ...paths]);
    return parseRawDiff(out.stdout).entries;
  }

  async diffTrees(a: string, b: string, paths: string[] = []): Promise<ManifestEntry[]> {
    const out = await this.run(['diff-tree', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', a, b, ...(paths.length ? ['--', ...paths] : [])]);
    return parseRawDiff(out.stdout).entries;
  }

  /**
   * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
   * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
   */
  async diffBatch(items: string[]): Promise<Map<string, ManifestEntry[]>> {
    const diffs = new Map<string, ManifestEntry[]>();
    if (items.length === 0) return diffs;
    const out = (
      await this.run(['diff-tree', '--stdin', '--always', '--root', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'], {
        input: items.join('\n') + '\n',
      })
    ).stdout;
    let position = 0;
    while (position < out.length) {
      // A commit's header ends in NUL; a tree pair's header ends in a newline.
      const nul = out.indexOf(0, position);
      const newline = out.indexOf(0x0a, position);
      const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
      if (headerEnd < 0) break;
      const header = out.toString('latin1', position, headerEnd);
      const parsed = parseRawDiff(out, headerEnd + 1);
      diffs.set(header, parsed.entries);
      position = parsed.end;
    }
    return diffs;
  }

  /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
  async listCommits(revListArgs: string[]): Promise<CommitInfo[]> {
    const out = await this.run(['log', '--reverse', '--topo-order', '-z', '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s', ...revListArgs, '--']);
    const text = out.stdout.toString('utf8');
    if (!text) return [];
    return text
      .split('\0')
      .filter((line) => line.length > 0)
      .map((line) => {
        const [sha = "", tree = "", parents = "", authorName = "", authorEmail = "", subject = ""] = line.replace(/^\n/, '').split('\x1f');
        return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
      });
  }

  /** `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge gives. */
  async mergeTrees(pairs: [string, string][]): Promise<{ tree: string; clean: boolean }[]> {
    if (pairs.length === 0) return [];
    if (this.hasMergeTreeStdin()) {
      const out = await this.run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
        input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
      });
      return parseMergeTreeStdin(out.stdout, pairs.length);
    }
    // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
    const results: { tree: string; clean: boolean }[] = [];
    for (const [a, b] of pairs) {
      const out = await this.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', a, b], { okCodes: [1] });
      results.push({ tree: out.stdout.toString('latin1').split('\n')[0] ?? '', clean: out.code === 0 });
    }
    return results;
  }

  async writeIndexTree(): Promise<string> {
    return (await this.text(['write-tree'])).trim();
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
    return result.code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.run(['merge-base', a, b], { okCodes: [1] });
    return result.code === 0 ? result.stdout.toString().trim() : undefined;
  }

  /** Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids. */
  async lsTree(rev: string, prefix: string): Promise<TreeEntry[]> {
    const out = await this.run(['ls-tree', '-r', '-z', '--full-tree', rev, '--', prefix]);
    const entries: TreeEntry[] = [];
    for (const item of out.stdout.toString('utf8').split('\0')) {
      if (!item) continue;
      const tab = item.indexOf('\t');
      const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
      entries.push({ mode, type, id, path: item.slice(tab + 1) });
    }
    return entries;
  }

  /** Untracked, not ignored files below `prefix` in the working tree. */
  async untrackedFiles(prefix: string): Promise<string[]> {
    const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
    return out.stdout.toString('utf8').split('\0').filter(Boolean);
  }

  /** Reads many objects in one `cat-file --batch`; names may be ids or `rev:path`. */
  async readObjects(names: string[]): Promise<Map<string, Buffer | undefined>> {
    const result = new Map<string, Buffer | undefined>();
    if (names.length === 0) return result;
    for (const name of names) {
      if (/[\n\0]/.test(name)) throw new AoError(`invalid object name ${JSON.stringify(name)}`);
    }
    const out = (await this.run(['cat-file', '--batch'], { input: names.join('\n') + '\n' })).stdout;
    let position = 0;
    for (const name of names) {
      const lineEnd = out.indexOf(0x0a, position);
      const header = out.toString('latin1', position, lineEnd);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        result.set(name, undefined);
        position = lineEnd + 1;
        continue;
      }
      const size = Number(header.split(' ')[2]);
      const start = lineEnd + 1;
      result.set(name, out.subarray(start, start + size));
      position = start + size + 1;
    }
    return result;
  }

  /**
   * Fetches `refspecs` from `remote` in one process, with whatever credentials are already
   * configured for it (in CI: those actions/checkout persisted as `http.extraheader`).
   * `unshallow` also fetches the complete history of a shallow clone; `depth` limits what a
   * shallow clone gets (e.g. 1: one commit, no history). No tags, no
   * FETCH_HEAD, no automatic gc, and hooks are off: nothing the repository's content
   * could have installed runs.
   */
  async fetch(remote: string, refspecs: string[], options: { unshallow?: boolean; depth?: number } = {}): Promise<void> {
    for (const spec of [remote, ...refspecs]) {
      if (/[\n\0]/.test(spec) || spec.startsWith('-')) throw new AoError(`invalid fetch argument ${JSON.stringify(spec)}`);
    }
    // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
    const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
    const env = { ...process.env, GIT_CONFIG_COUNT: String(n + 1), [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath', [`GIT_CONFIG_VALUE_${n}`]: '/dev/null' };
    await this.run(
      ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-auto-gc', '--no-recurse-submodules', ...(options.unshallow ? ['--unshallow'] : []), ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []), remote, ...refspecs],
      { env },
    );
  }

  async stage(paths: string[]): Promise<void> {
    if (paths.length === 0) return;
    await this.run(['add', '--', ...paths]);
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

function parseMergeTreeStdin(out: Buffer, count: number): { tree: string; clean: boolean }[] {
  // Each result: "<status>\0<tree>\0[<conflicted path>\0...]\0" with status 1 for clean.
  const tokens = out.toString('latin1').split('\0');
  const results: { tree: string; clean: boolean }[] = [];
  let i = 0;
  while (results.length < count && i < tokens.length) {
    const status = tokens[i++];
    const tree = tokens[i++] ?? '';
    while (i < tokens.length && tokens[i] !== '') i++;
    i++;
    results.push({ tree, clean: status === '1' });
  }
  return results;
}
