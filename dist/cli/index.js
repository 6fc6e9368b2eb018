#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ openRepo),
  v: () => (/* binding */ readStdin)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
;// CONCATENATED MODULE: ./src/git/git.ts




/**
 * The one place that runs git. Every call is `git` + an argument vector (never a shell
 * string), and work over many objects or commits goes through a single batched process.
 */
const MIN_GIT_VERSION = [2, 38, 0];
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
class GitError extends core_errors/* AoError */.VS {
    constructor(args, result) {
        const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
        super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
            fix: 'check the repository with `git status` and `git fsck`, then run the command again',
        });
    }
}
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let size = 0;
        child.stdout.on('data', (chunk) => {
            if (options.onStdout)
                return options.onStdout(chunk);
            size += chunk.length;
            if (size > MAX_OUTPUT_BYTES)
                child.kill();
            else
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new core_errors/* AoError */.VS(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', { fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works' }));
            }
            else
                reject(new core_errors/* AoError */.VS(`could not run git: ${error.message}`));
        });
        // A git that exits before reading all its input is answered by its exit code, not EPIPE.
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result));
        });
        child.stdin.end(options.input ?? '');
    });
}
function cwdMissing(cwd) {
    try {
        return !(0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        return true;
    }
}
function parseGitVersion(text) {
    const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}
function versionAtLeast(version, minimum) {
    for (let i = 0; i < minimum.length; i++) {
        const a = version[i] ?? 0;
        const b = minimum[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
class Git {
    cwd;
    topLevel;
    gitDir;
    objectFormat;
    version;
    isShallow;
    emptyTree;
    zeroId;
    constructor(cwd, topLevel, gitDir, objectFormat, version, isShallow) {
        this.cwd = cwd;
        this.topLevel = topLevel;
        this.gitDir = gitDir;
        this.objectFormat = objectFormat;
        this.version = version;
        this.isShallow = isShallow;
        this.emptyTree =
            objectFormat === 'sha256'
                ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
                : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
        this.zeroId = '0'.repeat(objectFormat === 'sha256' ? 64 : 40);
    }
    /** Opens the repository containing `cwd`, refusing bare repositories and old gits. */
    static async open(cwd) {
        // The version check and the repository probe are independent: run them side by side.
        // One probe: outside a work tree --show-toplevel fails, but the lines before it still say why.
        const [versionResult, probe] = await Promise.all([
            runGit(cwd, ['version']).catch((error) => {
                throw error instanceof GitError ? new core_errors/* AoError */.VS('git is not working', { fix: 'run `git --version` and repair the git install' }) : error;
            }),
            runGit(cwd, ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--show-object-format', '--is-shallow-repository', '--absolute-git-dir', '--show-toplevel'], { okCodes: [128] }).catch((error) => (error instanceof Error ? error : new Error(String(error)))),
        ]);
        const version = parseGitVersion(versionResult.stdout.toString());
        if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
            throw new core_errors/* AoError */.VS(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
                fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
            });
        }
        if (probe instanceof Error)
            throw probe;
        const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
        if (bare === 'true') {
            throw new core_errors/* AoError */.VS('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
                fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
            });
        }
        if (inside === 'false') {
            throw new core_errors/* AoError */.VS(`${cwd} is inside the .git directory, not the working tree`, { fix: 'cd into the working tree and run the command again' });
        }
        if (probe.code !== 0 || !top) {
            throw new core_errors/* AoError */.VS(`${cwd} is not inside a git repository`, { fix: 'run the command from inside your repository, or create one with `git init`' });
        }
        return new Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
    }
    run(args, options) {
        return runGit(this.topLevel, args, options);
    }
    async text(args, options) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    hasMergeTreeStdin() {
        return versionAtLeast(this.version, [2, 40, 0]);
    }
    /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
    async resolveCommits(revs) {
        if (revs.length === 0)
            return [];
        for (const rev of revs) {
            if (/[\n\0]/.test(rev))
                throw new core_errors/* AoError */.VS(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
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
    async resolveCommit(rev, role = 'revision') {
        const [id] = await this.resolveCommits([rev]);
        if (!id) {
            throw new core_errors/* AoError */.VS(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
                fix: this.isShallow ? 'fetch the full history with `git fetch --unshallow`, then run the command again' : 'check the name with `git log --oneline -n 5 REV`',
            });
        }
        return id;
    }
    async headCommit() {
        const [id] = await this.resolveCommits(['HEAD']);
        return id;
    }
    /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
    async diffIndexCached(tree) {
        const out = await this.run(['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', tree]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
     * Porcelain `git diff` compares content where stat data is stale (a file touched but
     * unchanged), which plumbing `diff-index` would report as modified.
     */
    async diffWorktree(tree, paths) {
        const out = await this.run(['diff', '--no-ext-diff', '--no-textconv', '-z', '--raw', '--full-index', '--no-renames', tree, '--', ...paths]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    async diffTrees(a, b, paths = []) {
        const out = await this.run(['diff-tree', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', a, b, ...(paths.length ? ['--', ...paths] : [])]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
     * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
     */
    async diffBatch(items) {
        const diffs = new Map();
        if (items.length === 0)
            return diffs;
        const out = (await this.run(['diff-tree', '--stdin', '--always', '--root', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'], {
            input: items.join('\n') + '\n',
        })).stdout;
        let position = 0;
        while (position < out.length) {
            // A commit's header ends in NUL; a tree pair's header ends in a newline.
            const nul = out.indexOf(0, position);
            const newline = out.indexOf(0x0a, position);
            const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
            if (headerEnd < 0)
                break;
            const header = out.toString('latin1', position, headerEnd);
            const parsed = (0,manifest/* parseRawDiff */.LP)(out, headerEnd + 1);
            diffs.set(header, parsed.entries);
            position = parsed.end;
        }
        return diffs;
    }
    /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
    async listCommits(revListArgs) {
        const out = await this.run(['log', '--reverse', '--topo-order', '-z', '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s', ...revListArgs, '--']);
        const text = out.stdout.toString('utf8');
        if (!text)
            return [];
        return text
            .split('\0')
            .filter((line) => line.length > 0)
            .map((line) => {
            const [sha = "", tree = "", parents = "", authorName = "", authorEmail = "", subject = ""] = line.replace(/^\n/, '').split('\x1f');
            return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
        });
    }
    /**
     * The lines added by many changes in one `diff-tree --stdin -p -U0`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT" for a commit against another commit, or a
     * "TREE1 TREE2" pair). `paths` limits the diff to those exact paths; undefined: all paths.
     */
    async addedLinesBatch(items, paths) {
        const result = new Map();
        if (items.length === 0 || (paths && paths.length === 0))
            return result;
        const out = await this.run(['-c', 'core.quotePath=false', 'diff-tree', '--stdin', '--always', '--root', '-r', '-p', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', ...pathspecArgs(paths)], { input: items.join('\n') + '\n' });
        const sections = splitBatchOutput(out.stdout.toString('utf8'), items);
        items.forEach((item, i) => result.set(item, parseAddedLines(sections[i] ?? '')));
        return result;
    }
    /** The lines the index adds against `tree` (HEAD), limited to `paths`. */
    async stagedAddedLines(tree, paths) {
        if (paths && paths.length === 0)
            return [];
        const out = await this.run([
            '-c', 'core.quotePath=false', 'diff', '--cached', '-p', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', tree, ...pathspecArgs(paths),
        ]);
        return parseAddedLines(out.stdout.toString('utf8'));
    }
    /**
     * Commits for a rev-list argument vector, newest first, each with its dates and its raw
     * diff against its first parent (merges carry none), in one `git log`.
     */
    async history(revListArgs) {
        const out = (await this.run(['log', '-z', '--raw', '--root', '-r', '--no-abbrev', '--no-renames', '--diff-merges=off', '--ignore-submodules=none', '--format=%x1e%H%x1f%P%x1f%ct%x1f%at%x1f%ae', ...revListArgs, '--'])).stdout;
        const commits = [];
        let position = 0;
        while (position < out.length && out[position] === 0x1e) {
            const headerEnd = out.indexOf(0, position);
            if (headerEnd < 0)
                break;
            const [sha = '', parents = '', committed = '0', authored = '0', authorEmail = ''] = out.toString('utf8', position + 1, headerEnd).split('\x1f');
            position = headerEnd + 1;
            if (out[position] === 0x0a)
                position++;
            const parsed = (0,manifest/* parseRawDiff */.LP)(out, position);
            position = parsed.end;
            while (position < out.length && (out[position] === 0x0a || out[position] === 0))
                position++;
            commits.push({ sha, parents: parents ? parents.split(' ') : [], committedAt: Number(committed), authoredAt: Number(authored), authorEmail, entries: parsed.entries });
        }
        return commits;
    }
    /** `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge gives. */
    async mergeTrees(pairs) {
        if (pairs.length === 0)
            return [];
        if (this.hasMergeTreeStdin()) {
            const out = await this.run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
                input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
            });
            return parseMergeTreeStdin(out.stdout, pairs.length);
        }
        // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
        const results = [];
        for (const [a, b] of pairs) {
            const out = await this.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', a, b], { okCodes: [1] });
            results.push({ tree: out.stdout.toString('latin1').split('\n')[0] ?? '', clean: out.code === 0 });
        }
        return results;
    }
    async writeIndexTree() {
        return (await this.text(['write-tree'])).trim();
    }
    /**
     * The tree of the staged index, written from a copy of the index at `scratchIndex`:
     * a plain `git write-tree` would rewrite the user's index file (its cache-tree).
     */
    async writeStagedTree(scratchIndex) {
        const index = await this.gitPath('index');
        try {
            (0,external_node_fs_.copyFileSync)(index, scratchIndex);
        }
        catch (error) {
            throw new core_errors/* AoError */.VS(`cannot read the index ${index}: ${error.message}`, { fix: 'stage the change with `git add PATH`, then run the command again' });
        }
        const result = await this.run(['write-tree'], { env: { ...process.env, GIT_INDEX_FILE: scratchIndex }, okCodes: [128] });
        if (result.code !== 0 && /unmerged/.test(result.stderr)) {
            throw new core_errors/* AoError */.VS('the index has unresolved conflicts: there is no single tree to check', { fix: 'resolve the conflicts and `git add` the files, then run the command again' });
        }
        if (result.code !== 0)
            throw new GitError(['write-tree'], result);
        return result.stdout.toString().trim();
    }
    /**
     * Writes every file of `treeish` below `dir` (absolute), through a scratch index so the
     * user's index, HEAD, refs and working tree stay as they are. Checkout filters and
     * attributes apply as in a normal checkout; submodules are left empty.
     */
    async exportTree(treeish, dir, scratchIndex) {
        const env = { ...process.env, GIT_INDEX_FILE: scratchIndex };
        await this.run(['read-tree', treeish], { env });
        await this.run(['checkout-index', '--all', '--force', `--prefix=${dir.endsWith('/') ? dir : `${dir}/`}`], { env });
    }
    /**
     * The unified diff from tree `a` to tree `b` without the `exclude` paths, independent of
     * the user's diff configuration (no external diff, no textconv, no colour, a/ b/
     * prefixes). Output past `maxBytes` is cut at a line end and flagged as truncated.
     */
    async unifiedDiff(a, b, options) {
        const { maxBytes } = options;
        const out = (await this.run([
            'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-relative', '--ignore-submodules=none', '--src-prefix=a/', '--dst-prefix=b/',
            a, b, '--', '.', ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ])).stdout;
        if (out.length <= maxBytes)
            return { text: out.toString('utf8'), truncated: false, totalBytes: out.length };
        const cut = out.lastIndexOf(0x0a, maxBytes - 1);
        return { text: out.toString('utf8', 0, cut >= 0 ? cut + 1 : maxBytes), truncated: true, totalBytes: out.length };
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    /** Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids. */
    async lsTree(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--full-tree', rev, '--', prefix]);
        const entries = [];
        for (const item of out.stdout.toString('utf8').split('\0')) {
            if (!item)
                continue;
            const tab = item.indexOf('\t');
            const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
            entries.push({ mode, type, id, path: item.slice(tab + 1) });
        }
        return entries;
    }
    /** Only the paths of a recursive listing below `prefix`: the cheap form for large ledgers. */
    async lsTreeNames(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Untracked, not ignored files below `prefix` in the working tree. */
    async untrackedFiles(prefix) {
        const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Reads many objects in one `cat-file --batch`; names may be ids or `rev:path`. */
    async readObjects(names) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new core_errors/* AoError */.VS(`invalid object name ${JSON.stringify(name)}`);
        }
        const ran = await this.run(['cat-file', '--batch'], { input: names.join('\n') + '\n' });
        refuseDamagedObjects(ran.stderr);
        const out = ran.stdout;
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
     * Reads many objects in one `cat-file --batch`, like `readObjects`, but never buffers an
     * object larger than `maxBytes`: its size is read from the batch header and its bytes are
     * skipped as they stream past, so a hostile multi-gigabyte blob costs no memory. Such an
     * object comes back with `size` and `type` but no `bytes`; a missing one as `undefined`.
     */
    async readObjectsBounded(names, maxBytes) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new core_errors/* AoError */.VS(`invalid object name ${JSON.stringify(name)}`);
        }
        let index = 0;
        let header = [];
        let headerLength = 0;
        let mode = 'header';
        let remaining = 0;
        let kept;
        let current = { size: 0, type: '' };
        let broken;
        const finish = () => {
            if (kept)
                current.bytes = Buffer.concat(kept);
            result.set(names[index++], current);
            mode = 'newline';
        };
        const onStdout = (chunk) => {
            let position = 0;
            while (position < chunk.length && !broken) {
                if (mode === 'newline') {
                    position++;
                    mode = 'header';
                }
                else if (mode === 'header') {
                    const lineEnd = chunk.indexOf(0x0a, position);
                    const piece = chunk.subarray(position, lineEnd < 0 ? chunk.length : lineEnd);
                    header.push(piece);
                    headerLength += piece.length;
                    if (headerLength > 8192)
                        broken = 'an over-long header line';
                    if (lineEnd < 0)
                        break;
                    position = lineEnd + 1;
                    const line = Buffer.concat(header).toString('latin1');
                    header = [];
                    headerLength = 0;
                    if (index >= names.length)
                        broken = `unexpected output "${line.slice(0, 80)}"`;
                    else if (line.endsWith(' missing') || line.endsWith(' ambiguous'))
                        result.set(names[index++], undefined);
                    else {
                        const [, type = '', sizeText = ''] = line.split(' ');
                        const size = Number(sizeText);
                        if (!/^[0-9]+$/.test(sizeText) || !Number.isSafeInteger(size))
                            broken = `an unreadable header "${line.slice(0, 80)}"`;
                        else {
                            current = { size, type };
                            remaining = size;
                            kept = size <= maxBytes ? [] : undefined;
                            mode = 'body';
                            if (remaining === 0)
                                finish();
                        }
                    }
                }
                else {
                    const take = Math.min(remaining, chunk.length - position);
                    kept?.push(chunk.subarray(position, position + take));
                    position += take;
                    remaining -= take;
                    if (remaining === 0)
                        finish();
                }
            }
        };
        refuseDamagedObjects((await this.run(['cat-file', '--batch'], { input: names.join('\n') + '\n', onStdout })).stderr);
        if (broken || index < names.length) {
            throw new core_errors/* AoError */.VS(`git cat-file --batch gave ${broken ?? 'truncated output'}`, { fix: 'check the repository with `git fsck`, then run the command again' });
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
    async fetch(remote, refspecs, options = {}) {
        for (const spec of [remote, ...refspecs]) {
            if (/[\n\0]/.test(spec) || spec.startsWith('-'))
                throw new core_errors/* AoError */.VS(`invalid fetch argument ${JSON.stringify(spec)}`);
        }
        // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
        const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = { ...process.env, GIT_CONFIG_COUNT: String(n + 1), [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath', [`GIT_CONFIG_VALUE_${n}`]: '/dev/null' };
        await this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-auto-gc', '--no-recurse-submodules', ...(options.unshallow ? ['--unshallow'] : []), ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []), remote, ...refspecs], { env });
    }
    async stage(paths) {
        if (paths.length === 0)
            return;
        await this.run(['add', '--', ...paths]);
    }
    async configGet(key) {
        const result = await this.run(['config', '--get', key], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    async gitPath(name) {
        return (await this.text(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
    }
    /** The email git would record as the author of the next commit. */
    async authorEmail() {
        const result = await this.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
        if (result.code !== 0)
            return undefined;
        const match = /<([^>]*)>/.exec(result.stdout.toString());
        return match?.[1] || undefined;
    }
}
/**
 * `cat-file --batch` answers "missing" for an object it cannot unpack (a corrupt loose object)
 * and exits 0, saying why only on stderr: an absent policy and a damaged one must never look
 * alike, so any error there stops the command.
 */
function refuseDamagedObjects(stderr) {
    const errors = stderr.split('\n').filter((line) => /^(error|fatal):/.test(line));
    if (errors.length > 0) {
        throw new core_errors/* AoError */.VS(`git cannot read objects of this repository:\n  ${errors.slice(0, 4).join('\n  ')}`, {
            fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
        });
    }
}
/** Exact-path pathspecs; none (the whole diff, filtered afterwards) when the list is too long for argv. */
function pathspecArgs(paths) {
    if (!paths)
        return [];
    const size = paths.reduce((n, p) => n + p.length + 12, 0);
    if (paths.length > 2000 || size > 256 * 1024)
        return [];
    return ['--', ...paths.map((p) => `:(literal)${p}`)];
}
/**
 * Splits `diff-tree --stdin -p` output into one section per item, using the header git
 * prints before each: the whole line for a tree pair, the first token for commits. Patch
 * lines never consist of hex digits alone, and hunk bodies are skipped by their counts.
 */
function splitBatchOutput(text, items) {
    const lines = text.split('\n');
    const sections = items.map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = -1;
    let oldLeft = 0;
    let newLeft = 0;
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+'))
                newLeft--;
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                oldLeft--;
                newLeft--;
            }
            sections[current]?.push(line);
            continue;
        }
        if (isHeader(line, items[current + 1])) {
            current++;
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
            newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
        }
        sections[current]?.push(line);
    }
    return sections.map((s) => s.join('\n'));
}
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** The added lines of a unified diff (`git diff -p`), with their paths and new line numbers. */
function parseAddedLines(patch) {
    const added = [];
    let path;
    let oldLeft = 0;
    let newLeft = 0;
    let lineNo = 0;
    for (const line of patch.split('\n')) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+')) {
                if (path !== undefined)
                    added.push({ path, line: lineNo, text: line.slice(1) });
                lineNo++;
                newLeft--;
            }
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                lineNo++;
                oldLeft--;
                newLeft--;
            }
            continue;
        }
        if (line.startsWith('diff --git '))
            path = undefined;
        else if (line.startsWith('+++ '))
            path = parseDiffPath(line.slice(4));
        else {
            const hunk = HUNK.exec(line);
            if (hunk) {
                oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
                newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
                lineNo = Number(hunk[3]);
            }
        }
    }
    return added;
}
/** A path from a `+++ b/PATH` line: C-quoted when unusual, tab-terminated when it has spaces. */
function parseDiffPath(field) {
    if (field === '/dev/null')
        return undefined;
    let text = field;
    if (text.startsWith('"')) {
        const bytes = [];
        const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
        for (let i = 1; i < text.length && text[i] !== '"'; i++) {
            const ch = text[i];
            if (ch !== '\\') {
                bytes.push(...Buffer.from(ch, 'utf8'));
                continue;
            }
            const next = text[++i];
            if (/[0-7]/.test(next)) {
                bytes.push(parseInt(text.slice(i, i + 3), 8));
                i += 2;
            }
            else
                bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
        text = Buffer.from(bytes).toString('utf8');
    }
    else if (text.endsWith('\t'))
        text = text.slice(0, -1);
    return text.startsWith('b/') ? text.slice(2) : text;
}
function parseMergeTreeStdin(out, count) {
    // Each result: "<status>\0<tree>\0[<conflicted path>\0...]\0" with status 1 for clean.
    const tokens = out.toString('latin1').split('\0');
    const results = [];
    let i = 0;
    while (results.length < count && i < tokens.length) {
        const status = tokens[i++];
        const tree = tokens[i++] ?? '';
        while (i < tokens.length && tokens[i] !== '')
            i++;
        i++;
        results.push({ tree, clean: status === '1' });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cli/context.ts

function openRepo(cli) {
    return Git.open(cli.cwd);
}
function readStdin() {
    return new Promise((resolve, reject) => {
        if (process.stdin.isTTY)
            return resolve('');
        const chunks = [];
        process.stdin.on('data', (chunk) => chunks.push(chunk));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
    });
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Help texts: the interface, as users read it. */
const VERSION = '0.1.0';
const HELP = {
    main: `ao — proof that a code change was checked by something that did not write it

Usage: ao <command> [options]

Set up
  init [--hooks husky|git|none]      create .agents/policy.json, the ledger's genesis record, and the hooks

Record and check
  verdict pass|fail --checker ID     record a checker's verdict on the staged change, a commit or a range
  check --run CMD --judge CMD ...    run tests and independent judges on exactly the staged tree (or a
                                     commit or range) in fresh checkouts, and record their verdict
  verify [--staged|--commit REV|--range A..B] [--json]
                                     is every change in scope covered by a passing, independent verdict?
  status                             the staged change's digest and whether a verdict covers it
  ledger verify [--since REV]        the ledger's integrity, signatures included (and append-only since REV)

Signed verdicts
  checkers add ID PUBKEY-FILE        trust an SSH key for checker ID in .agents/checkers
  checkers list                      the keys .agents/checkers trusts

Read the ledger
  log [-n N] [--json]                newest records first
  show ID-PREFIX                     one record in full
  lookup COMMIT|PATH                 the verdicts that speak for a commit or touch a path
  search TEXT                        records containing TEXT

Learn and enforce (the ratchet)
  learn TEXT --paths GLOB...         record a lesson about some paths (--tag T, --from VERDICT-ID, --negative)
  promote LEARNING-ID --RULE         make it a constraint in .agents/policy.json (--require-evidence KIND,
                                     --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD)
  retire CONSTRAINT-ID --why TEXT    take a constraint out, on the record
  context [--staged|--commit REV|--paths P...] [--budget TOKENS] [--format md|json]
                                     what whoever works on those paths should know: constraints, learnings,
                                     recent failures, open ledger heads

Measure
  metrics [--since DATE] [--json]    coverage, first-pass rate, rework, constraints before/after, learnings
  report --out DIR                   a self-contained HTML page: ledger DAG, metrics charts, learnings
  export --format in-toto [--out FILE] [--array]
                                     each verdict as an in-toto Statement (SLSA verification summary)

Hooks
  hook pre-commit                    what the pre-commit hook runs
  hook pre-push REMOTE URL           what the pre-push hook runs (reads git's refs on stdin)

  demo                               a scripted walk-through in a temporary repository

Exit codes: 0 ok, 1 verification failed, 2 usage or environment error.
Docs: docs/spec.md (format), README.md (workflow). Version ${VERSION}.`,
    init: `Usage: ao init [--hooks husky|git|none]

Creates .agents/policy.json (mode "commit"), .agents/.gitattributes and the genesis record
of the ledger, and installs the pre-commit and pre-push hooks: with husky when the
repository has a package.json, otherwise in git's hooks directory. Safe to run again:
nothing that exists is overwritten, and a hook you had keeps running before ours.`,
    verdict: `Usage: ao verdict pass|fail --checker ID [options] [--staged | --commit REV | --range A..B]

Records a checker's verdict on a change and prints the new record's id.
  --checker ID          who checked (default: $AO_CHECKER); must differ from the worker
  --checker-kind KIND   agent (default), human, ci or tool
  --session S           the checker's session id (must differ from the worker's)
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND    agent (default), human, ci or tool
  --worker-session S    the worker's session id (default: $AO_WORKER_SESSION)
  --summary TEXT        one paragraph on what was checked
  --evidence KIND:TEXT  test, command, review or link (repeatable), e.g. test:"npm test: 212 passed"
  --ran CMD             the checker ran CMD and it exited 0 (repeatable); meets a requireCheck constraint
  --staged              the staged change (default); the record is staged with it
  --commit REV          one commit (a merge: only what a clean merge would not have produced)
  --range A..B          the combined change of a range, plus each commit's digest
  --sign KEY            sign the record's id (default: $AO_SIGNING_KEY): an unencrypted OpenSSH
                        private key file, or a .pub file / agent:PUBKEY to sign through ssh-agent
  --json                print the whole record instead of its id
Refuses (exit 2) when the checker is not independent or there is nothing to cover.
Under a policy with "requireSignature": true, a verdict counts only when signed by a key
that .agents/checkers at the change's base trusts for the checker (docs/signing.md).`,
    check: `Usage: ao check [--staged | --commit REV | --range A..B] [--run CMD]... [--judge CMD [--judge-name NAME]]...
                [--quorum N] [--timeout S] [--jobs N] [--checker ID] [--sign KEY] [--json]

Materialises exactly the tree under review (the staged index, not the working tree) in
fresh temporary checkouts outside yours, runs each checker there in a fresh context, and
records one verdict with all their evidence. Prints the record id (exit 0 pass, 1 fail).
  --run CMD             a command run with /bin/sh -c, e.g. "npm ci && npm test"; passes on exit 0
  --judge CMD           a reviewer program: reads one review request (JSON) on stdin, answers
                        with one review (JSON) on stdout; anything else is an error, never a pass
  --judge-name NAME     names the --judge before it (default: its program's name); its checker
                        id is judge:NAME, and a quorum counts distinct ids
  --quorum N            judges that must pass (default: all); every --run must pass too
  --timeout S           seconds each checker may take (default 600); then its process group is killed
  --jobs N              checkers running at once (default 4)
  --checker ID          who records the verdict (default: $AO_CHECKER, else ao-check@HOST)
  --checker-kind KIND   tool (default), agent, human or ci
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND, --worker-session S   as for ao verdict
  --staged              the staged change (default); the record is staged with it
  --commit REV, --range A..B               a commit, or the combined change of a range
  --sign KEY            sign the record as ao verdict --sign does (default: $AO_SIGNING_KEY)
  --json                print the whole record instead of its id
Checkers get PATH, LANG, a temporary HOME and TMPDIR, and the names in the policy's
check.envAllow; nothing else of your environment. The policy's check.minModelFamilies and
check.warnIsPass apply. Formats and an example judge: docs/check.md.`,
    verify: `Usage: ao verify [--staged | --commit REV | --range A..B] [--json]

Checks the ledger's integrity and that every change in scope is covered by a passing,
independent verdict under the policy of the scope's base. The ledger is read from the
index for --staged (a verdict just recorded is staged with the change), from the working
tree otherwise, so a verdict just recorded counts. Exit 0 covered, 1 not, 2 usage error.`,
    ledger: `Usage: ao ledger verify [--since REV] [--json]

Checks every record of the working tree's ledger: schema, byte form, id hash, path, the
chain (prev, seq, one genesis) and every signature present (over the record's id; which
keys are trusted is \`ao verify\`'s question); with --since, that every record at REV is
still here, unchanged (append-only).`,
    status: `Usage: ao status [--json]

Shows the staged change's digest and whether a verdict covers it; when a verdict covers an
earlier version of it, shows what changed since as a diff.`,
    log: `Usage: ao log [-n N] [--json]

Lists ledger records, newest first.`,
    show: `Usage: ao show ID-PREFIX [--json]

Shows one record. The prefix may omit "sha256:".`,
    lookup: `Usage: ao lookup COMMIT|PATH [--json]

For a commit: its change digest and every verdict naming it, latest last.
For a path: every verdict whose subject touches it.`,
    search: `Usage: ao search TEXT [--json]

Lists records whose text contains TEXT (case-insensitive).`,
    checkers: `Usage: ao checkers add CHECKER-ID PUBKEY-FILE
       ao checkers list [--json]

.agents/checkers lists the SSH keys trusted to sign verdicts, each bound to a checker id,
in the allowed_signers format of git and \`ssh-keygen -Y verify\`. Under a policy with
"requireSignature": true a verdict counts only when signed by a key listed there for its
checker. The copy at a change's base is the one that counts, so a change cannot trust its
own key: add keys through a reviewed change.
  add    appends "CHECKER-ID namespaces=\"agentops-verdict\" KEY" (nothing if already trusted)
  list   one line per entry: line number, checker ids, key fingerprint, options`,
    hook: `Usage: ao hook pre-commit
       ao hook pre-push REMOTE URL   (git passes the pushed refs on stdin)

HUSKY=0 skips both, as husky does.`,
    learn: `Usage: ao learn TEXT --paths GLOB... [--tag T]... [--from VERDICT-ID] [--negative] [--by ID] [--json]

Appends a learning record to the ledger: a lesson about the paths the globs name, staged to
land with the next commit. \`ao context\` shows it to whoever works on those paths.
  --paths GLOB...     the paths it is about (policy glob syntax: "*.sql" anywhere, "src/**" from the root);
                      with --from and no --paths: the paths of that verdict's findings, else of its subject
  --tag T             a tag to find it by (repeatable)
  --from VERDICT-ID   the verdict it was drawn from (an id prefix from \`ao log\`)
  --negative          a lesson about what NOT to do
  --by ID             who records it (default: $AO_WORKER, else the git author email); --by-kind KIND
Put TEXT before --paths: every word after --paths up to the next option is a glob.`,
    promote: `Usage: ao promote LEARNING-ID RULE [--id NAME] [--paths GLOB...] [--by ID] [--json]

Turns a learning into a constraint in .agents/policy.json (with a back-link to the
learning) and appends a promotion record; both are staged. The policy change is itself a
change: it needs a verdict, and binds every change after the commit that carries it.
RULE is exactly one of:
  --require-evidence KIND      verdicts on changes touching the paths carry evidence of KIND
                               (test, command, review, link)
  --require-checker-kind KIND  ...come from a checker of KIND (agent, human, ci, tool)
  --forbid-pattern REGEX       no line a change adds to the paths matches REGEX (JavaScript syntax,
                               no flags, linear-time: no backreferences or lookaround; the first
                               2000 characters of each line are tested)
  --require-check CMD          the verdict records that CMD was run and passed
                               (\`ao verdict --ran CMD\`, or \`ao check --run CMD\`)
  --id NAME      the constraint's id (default: made from the learning's text)
  --paths GLOB   the paths it binds (default: the learning's)
Refusals name the constraint and the learning. Undo only with \`ao retire\`.`,
    retire: `Usage: ao retire CONSTRAINT-ID --why TEXT [--by ID] [--json]

Takes a constraint out of .agents/policy.json and appends a retirement record saying why;
both are staged. \`ao verify\` refuses a change that drops a constraint from the policy
without a retirement record for it. If you already took it out of the file by hand, this
records the retirement only. The learning stays in the ledger.`,
    context: `Usage: ao context [--staged | --commit REV | --paths P...] [--budget TOKENS] [--format md|json]

Compiles what whoever works on the paths in play should know, most important first:
the constraints in force on them, the learnings whose globs match them (most specific,
then most recent, first), recent failed verdicts on them with their findings, and the open
heads of the ledger. Cut to the budget (default 4000 tokens, estimated as ceil(chars / 4))
as a prefix of that order; what was cut is reported. Same ledger and input, same output.
  --staged       the paths of the staged change (default; every path when nothing is staged)
  --commit REV   the paths a commit changes
  --paths P...   these paths
See docs/ratchet.md for the format.`,
    metrics: `Usage: ao metrics [--since DATE] [--json]

From the ledger and the history of HEAD alone: the share of commits covered by a passing
verdict, first-pass rate, rework (fail-to-pass cycles and time), each promoted constraint's
failure before and after its promotion, and learnings recorded and promoted per week; as a
table and a weekly trend. DATE is YYYY-MM-DD (UTC) or an ISO timestamp. Definitions:
docs/metrics.md.`,
    report: `Usage: ao report --out DIR [--since DATE]

Writes DIR/index.html: one self-contained page (no network, no external files) with the
ledger as a timeline and DAG (click a record to read it), the metrics as charts, and the
learnings and constraints with their links.`,
    export: `Usage: ao export --format in-toto [--out FILE] [--array] [--repo-uri URI]

Writes each verdict as an in-toto Statement v1 with a SLSA verification summary predicate
(https://slsa.dev/verification_summary/v1): subject = the change digest (and the commits it
landed in). JSON Lines by default (one statement per line), a JSON array with --array; to
stdout or FILE. --repo-uri (default: from remote.origin.url) forms resourceUri. Mapping:
docs/ratchet.md#in-toto.`,
    demo: `Usage: ao demo [--keep]

Walks through the product in a temporary repository: a commit refused, a verdict by a
second identity, the commit accepted, a tampered record caught.`,
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2957);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5349);


// A stray rejection is a bug, never a verdict: report it as one (exit 2), not as exit 1.
process.on('unhandledRejection', (error) => {
    process.stderr.write(`ao: internal error: ${error instanceof Error ? error.message : String(error)}\n  fix: please report this with the command you ran\n`);
    process.exit(2);
});
// A closed pipe (`ao log | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(0);
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    stdin: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .readStdin */ .v,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7911);


// Each command's module is loaded only when it runs: a hook pays for the hook, not for
// the report renderer or the checker runner (the bundle splits at these imports).
const COMMANDS = {
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5897))).cmdInit,
    verdict: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7878))).cmdVerdict,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878), __nccwpck_require__.e(273), __nccwpck_require__.e(811)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8811))).cmdCheck,
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9238))).cmdVerify,
    ledger: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9238))).cmdLedger,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(291), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdStatus,
    log: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(291), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdLog,
    show: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(291), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdShow,
    lookup: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(291), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdLookup,
    search: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(291), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdSearch,
    checkers: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(721), __nccwpck_require__.e(495)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5495))).cmdCheckers,
    hook: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(920)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5920))).cmdHook,
    demo: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(721), __nccwpck_require__.e(184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 184))).cmdDemo,
    learn: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878), __nccwpck_require__.e(273)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2273))).cmdLearn,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878), __nccwpck_require__.e(273)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2273))).cmdPromote,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878), __nccwpck_require__.e(273)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2273))).cmdRetire,
    context: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(878), __nccwpck_require__.e(273), __nccwpck_require__.e(360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5360))).cmdContext,
    metrics: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2363))).cmdMetrics,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2363))).cmdReport,
    export: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(989), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2363))).cmdExport,
};
/** Runs one `ao` invocation and returns its exit code; never throws. */
async function main(argv, cli) {
    const [command, ...args] = argv;
    try {
        if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
            cli.out(_help_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP */ ._.main);
            return command === undefined ? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_USAGE */ .Ri : 0;
        }
        if (command === '--version' || command === '-v')
            return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x), 0;
        const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!load)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
        return await (await load())(cli, args);
    }
    catch (error) {
        return reportError(cli, error);
    }
}
function reportError(cli, error) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS) {
        cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
        return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${error.stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
    return _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_USAGE */ .Ri;
}


/***/ }),

/***/ 457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xv: () => (/* binding */ renderJsonFile),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
function canonicalJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value))
                throw new TypeError(`not a safe integer: ${value}`);
            return String(value);
        case 'string':
            assertWellFormed(value);
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(',')}]`;
            // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
            // A key holding `undefined` is absent, as in JSON.stringify.
            const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
            const parts = keys.map((key) => {
                assertWellFormed(key);
                return `${JSON.stringify(key)}:${canonicalJson(value[key])}`;
            });
            return `{${parts.join(',')}}`;
        }
        default:
            throw new TypeError(`value of type ${typeof value} cannot be canonicalised`);
    }
}
function assertWellFormed(text) {
    if (!text.isWellFormed())
        throw new TypeError('string contains a lone UTF-16 surrogate');
}
/**
 * The on-disk form of a record: JCS key order, two-space indentation, LF line ends and a
 * final LF (exactly `JSON.stringify` with sorted keys and an indent of 2). One byte form
 * per record, so re-serialising a record is always detectable. Built in one pass: this
 * runs for every record a full ledger check reads.
 */
function renderJsonFile(value) {
    return `${pretty(value, '')}\n`;
}
function pretty(value, indent) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        let out = '[';
        for (let i = 0; i < value.length; i++)
            out += `${i ? ',' : ''}\n${inner}${pretty(value[i], inner)}`;
        return `${out}\n${indent}]`;
    }
    const record = value;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    if (keys.length === 0)
        return '{}';
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: ${pretty(record[keys[i]], inner)}`;
    return `${out}\n${indent}}`;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   VS: () => (/* binding */ AoError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_VERIFY_FAILED, isAoError */
/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status.
 */
const EXIT_OK = 0;
const EXIT_VERIFY_FAILED = 1;
const EXIT_USAGE = 2;
class AoError extends Error {
    exitCode;
    fix;
    where;
    constructor(message, options = {}) {
        super(message);
        this.name = 'AoError';
        this.exitCode = options.exitCode ?? EXIT_USAGE;
        this.fix = options.fix;
        this.where = options.where;
    }
}
function isAoError(value) {
    return value instanceof AoError;
}


/***/ }),

/***/ 4414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   c9: () => (/* binding */ isLedgerEntry),
/* harmony export */   kK: () => (/* binding */ compareManifests),
/* harmony export */   o3: () => (/* binding */ entryToJson),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports entryFromJson, digestOfStoredEntries, ledgerPathOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4130);


const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
// ignoreBOM: a path that starts with U+FEFF keeps it (the default would strip it, so "\uFEFFdocs/x" would read as "docs/x").
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped.
 */
function parseRawDiff(output, offset = 0) {
    const entries = [];
    let position = offset;
    while (position < output.length && output[position] === 0x3a /* ':' */) {
        const metaEnd = output.indexOf(0, position);
        const pathEnd = metaEnd < 0 ? -1 : output.indexOf(0, metaEnd + 1);
        if (metaEnd < 0 || pathEnd < 0)
            throw new Error('truncated raw diff output from git');
        const fields = output.toString('latin1', position + 1, metaEnd).split(' ');
        if (fields.length !== 5)
            throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
        const [oldMode, newMode, oldId, newId, status] = fields;
        if (!/^[ADMT]$/.test(status))
            throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
        entries.push({ oldMode, newMode, oldId, newId, status: status, path: output.subarray(metaEnd + 1, pathEnd) });
        position = pathEnd + 1;
    }
    return { entries, end: position };
}
function isLedgerEntry(entry) {
    return entry.path.length > LEDGER_PREFIX.length && entry.path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}
/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
function buildManifest(entries) {
    const kept = entries.filter((entry) => !isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const entry of kept) {
        hash.update(`${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t`, 'latin1');
        hash.update(entry.path);
        hash.update('\n', 'latin1');
    }
    return { digest: `sha256:${hash.digest('hex')}`, entries: kept };
}
function pathText(path) {
    try {
        return utf8.decode(path);
    }
    catch {
        return path.toString('latin1');
    }
}
function entryToJson(entry) {
    const base = { oldMode: entry.oldMode, newMode: entry.newMode, oldId: entry.oldId, newId: entry.newId, status: entry.status };
    try {
        return { ...base, path: utf8.decode(entry.path) };
    }
    catch {
        return { ...base, pathBase64: entry.path.toString('base64') };
    }
}
function entryFromJson(json) {
    const path = json.path !== undefined ? Buffer.from(json.path, 'utf8') : Buffer.from(json.pathBase64 ?? '', 'base64');
    return { oldMode: json.oldMode, newMode: json.newMode, oldId: json.oldId, newId: json.newId, status: json.status, path };
}
/** The manifest digest recomputed from a record's stored entries. */
function digestOfStoredEntries(entries) {
    return buildManifest(entries.map(entryFromJson)).digest;
}
function ledgerPathOf(entry) {
    const text = pathText(entry.path);
    return isLedgerPath(text) ? text : undefined;
}
/** What differs between two manifests, path by path: explains a digest mismatch. */
function compareManifests(before, after) {
    const key = (e) => e.path ?? `base64:${e.pathBase64}`;
    const beforeByPath = new Map(before.map((e) => [key(e), e]));
    const afterByPath = new Map(after.map((e) => [key(e), e]));
    const changes = [];
    for (const [path, entry] of afterByPath) {
        const old = beforeByPath.get(path);
        if (!old)
            changes.push({ path, change: 'added', after: entry });
        else if (old.newId !== entry.newId || old.newMode !== entry.newMode || old.oldId !== entry.oldId || old.status !== entry.status || old.oldMode !== entry.oldMode) {
            changes.push({ path, change: 'changed', before: old, after: entry });
        }
    }
    for (const [path, entry] of beforeByPath)
        if (!afterByPath.has(path))
            changes.push({ path, change: 'removed', before: entry });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   OT: () => (/* binding */ parseRecordPath),
/* harmony export */   TG: () => (/* binding */ parseRecordFile),
/* harmony export */   Xz: () => (/* binding */ newGenesis),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   l$: () => (/* binding */ POLICY_PATH),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   p0: () => (/* binding */ idHex),
/* harmony export */   sF: () => (/* binding */ renderRecord),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports SEQ_PER_BUCKET, computeRecordId, isLedgerPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(457);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(563);



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
function computeRecordId(record) {
    const { id: _id, signature: _signature, ...body } = record;
    return `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(body))}`;
}
function sealRecord(body) {
    return { ...body, id: computeRecordId(body) };
}
function newGenesis(now = new Date()) {
    return sealRecord({
        schema: RECORD_SCHEMA,
        type: 'genesis',
        seq: 0,
        prev: [],
        createdAt: now.toISOString(),
        nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
    });
}
function renderRecord(record) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJsonFile */ .Xv)(record);
}
function idHex(id) {
    return id.slice('sha256:'.length);
}
/** `.agents/ledger/<bucket>/<seq>-<hex>.json`: sorted by seq when listed, one folder a thousand. */
function recordPath(seq, id) {
    const bucket = String(Math.floor(seq / SEQ_PER_BUCKET)).padStart(4, '0');
    return `${LEDGER_DIR}/${bucket}/${String(seq).padStart(8, '0')}-${idHex(id)}.json`;
}
const RECORD_PATH_PATTERN = /^\.agents\/ledger\/([0-9]{4,})\/([0-9]{8,})-([0-9a-f]{64})\.json$/;
/** Reads seq and id off a record's path; `undefined` when the path is not a record path. */
function parseRecordPath(path) {
    const match = RECORD_PATH_PATTERN.exec(path);
    if (!match)
        return undefined;
    const [, bucket, seqText, hex] = match;
    const seq = Number(seqText);
    if (!Number.isSafeInteger(seq))
        return undefined;
    // The one spelling recordPath() gives: the right bucket, no padding beyond the minimum.
    const bucketNumber = Math.floor(seq / SEQ_PER_BUCKET);
    if (Number(bucket) !== bucketNumber || bucket.length !== Math.max(4, String(bucketNumber).length))
        return undefined;
    if (seqText.length !== Math.max(8, String(seq).length))
        return undefined;
    return { seq, id: `sha256:${hex}` };
}
function isLedgerPath(path) {
    return path.startsWith(`${LEDGER_DIR}/`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in order: size, UTF-8, JSON, schema, the single byte form, the id, the path.
 */
function parseRecordFile(path, bytes) {
    const fail = (code, message) => ({ ok: false, problem: { code, message } });
    if (bytes.length > MAX_RECORD_BYTES) {
        return fail('too-large', `record file is ${bytes.length} bytes; the limit is ${MAX_RECORD_BYTES}`);
    }
    if (bytes.length === 0)
        return fail('empty', 'record file is empty');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return fail('bom', 'record file starts with a byte order mark');
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return fail('invalid-utf8', 'record file is not valid UTF-8');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail('invalid-json', `record file is not valid JSON (${error.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail('not-an-object', 'record file does not hold a JSON object');
    }
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRecordShape */ .R$)(value);
    if (problems.length > 0)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSchemaProblems */ .xe)(problems)}`);
    const record = value;
    // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
    // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
    if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
        return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
    }
    const { id: _id, signature: _signature, ...body } = record;
    const expectedId = `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(JSON.stringify(body))}`;
    if (expectedId !== record.id) {
        return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
    }
    const expectedPath = recordPath(record.seq, record.id);
    if (expectedPath !== path) {
        return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
    }
    const pathProblem = record.type === 'verdict' ? base64PathProblem(record.subject.entries) : undefined;
    if (pathProblem)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${pathProblem}`);
    return { ok: true, record };
}
/** The schema's path rule, applied to raw bytes read as latin1 (one char per byte). */
const RAW_PATH_RULE = /^(?!\/)(?![\s\S]*(?:^|\/)\.{1,2}(?:\/|$))(?![\s\S]*\/\/)(?![\s\S]*\/$)[^\u0000]+$/;
/**
 * What JSON Schema cannot say about `pathBase64`: it holds a path that is not valid UTF-8
 * (a UTF-8 path is stored as `path`), in canonical base64, and obeying the same rule as
 * `path` (relative, no `.` or `..` segments, no empty segments, no NUL).
 */
function base64PathProblem(entries) {
    for (const [index, entry] of entries.entries()) {
        if (entry.pathBase64 === undefined)
            continue;
        const where = `/subject/entries/${index}/pathBase64`;
        const bytes = Buffer.from(entry.pathBase64, 'base64');
        if (bytes.toString('base64') !== entry.pathBase64)
            return `${where} is not canonical base64`;
        if (isUtf8(bytes))
            return `${where} holds a UTF-8 path, which must be stored as "path"`;
        if (!RAW_PATH_RULE.test(bytes.toString('latin1')))
            return `${where} is not a relative path inside the repository (leading "/", "." or ".." segment, empty segment, or NUL)`;
    }
    return undefined;
}
function isUtf8(bytes) {
    try {
        utf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** True when every object's keys are in JCS (UTF-16) order and every string is well-formed. */
function sortedAndWellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(sortedAndWellFormed);
    let previous;
    for (const key of Object.keys(value)) {
        if ((previous !== undefined && previous >= key) || !key.isWellFormed())
            return false;
        if (!sortedAndWellFormed(value[key]))
            return false;
        previous = key;
    }
    return true;
}
function shortId(id) {
    return id.slice(0, 'sha256:'.length + 12);
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape),
  HJ: () => (/* binding */ validateReviewRequestShape),
  QN: () => (/* binding */ validateReviewShape)
});

// UNUSED EXPORTS: POLICY_SCHEMA_ID, RECORD_SCHEMA_ID, REVIEW_REQUEST_SCHEMA_ID, REVIEW_SCHEMA_ID, describe

;// CONCATENATED MODULE: ./schemas/record.v1.schema.json
const record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/record/v1.json"}');
;// CONCATENATED MODULE: ./schemas/policy.v1.schema.json
const policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/policy/v1.json"}');
;// CONCATENATED MODULE: ./schemas/review-request.v1.schema.json
const review_request_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/review-request/v1.json"}');
;// CONCATENATED MODULE: ./schemas/review.v1.schema.json
const review_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/review/v1.json"}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.

const runtime0 = typeof equal === 'function' ? { default: equal } : equal;

const runtime1 = typeof ucs2length === 'function' ? { default: ucs2length } : ucs2length;
const validateRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}};
const schema32 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};
const schema33 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema34 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");
const pattern6 = new RegExp("^[0-9a-f]{32}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate21.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("genesis" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
const _errs10 = errors;
if(0 !== data.seq){
validate21.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length > 0){
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data6 = data.nonce;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};
const schema53 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};
const schema64 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func0 = runtime0.default;
const func3 = runtime1.default;
const pattern25 = new RegExp("^[^\\u0000-\\u001f]+$", "u");
const schema40 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};
const schema41 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema43 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const pattern14 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
const schema42 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};
const schema45 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"};
const pattern12 = new RegExp("^[0-7]{6}$", "u");
const pattern16 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func3(data5) > 4096){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data5)){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func3(data6) > 8192){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(func3(data6) < 4){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
else {
if(!pattern17.test(data6)){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "staged"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("staged" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.entries !== undefined){
let data2 = data.entries;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data2)){
if(data2.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate24(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "commit"){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data.kind !== undefined){
const _errs15 = errors;
if("commit" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.digest !== undefined){
let data5 = data.digest;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.entries !== undefined){
let data6 = data.entries;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
if(data6.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate24(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid8 = _errs21 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.commit !== undefined){
let data8 = data.commit;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "range"){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data.kind !== undefined){
const _errs28 = errors;
if("range" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs28 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.digest !== undefined){
let data10 = data.digest;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs29 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.entries !== undefined){
let data11 = data.entries;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data11)){
if(data11.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate24(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid13 = _errs34 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.base !== undefined){
let data13 = data.base;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.head !== undefined){
let data14 = data.head;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern14.test(data14)){
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs38 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.commits !== undefined){
let data15 = data.commits;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data15)){
if(data15.length > 10000){
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid16 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
const _errs43 = errors;
if(errors === _errs43){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing4;
if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data16){
if(!((key3 === "commit") || (key3 === "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data16.commit !== undefined){
let data17 = data16.commit;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs46 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data16.digest !== undefined){
let data18 = data16.digest;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs49 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs43 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs41 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema55 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};
const schema56 = {"type":"string","minLength":1,"maxLength":4000};
const pattern32 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");
const schema61 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate30.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema61.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) > 4096){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data2)){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func3(data4) > 4000){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data5 = data.suggestedFix;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "test"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("test" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.text !== undefined){
let data1 = data.text;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func3(data1) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.command !== undefined){
let data2 = data.command;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.exitCode !== undefined){
let data3 = data.exitCode;
const _errs11 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 255 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data3 < -1 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.durationMs !== undefined){
let data4 = data.durationMs;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputDigest !== undefined){
let data5 = data.outputDigest;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputTail !== undefined){
let data6 = data.outputTail;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.error !== undefined){
let data7 = data.error;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(func3(data7) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "command"){
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data){
if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data.kind !== undefined){
const _errs25 = errors;
if("command" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.text !== undefined){
let data9 = data.text;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data9 === "string"){
if(func3(data9) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data9) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.command !== undefined){
let data10 = data.command;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func3(data10) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.exitCode !== undefined){
let data11 = data.exitCode;
const _errs31 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs31){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 255 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data11 < -1 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.durationMs !== undefined){
let data12 = data.durationMs;
const _errs33 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputDigest !== undefined){
let data13 = data.outputDigest;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputTail !== undefined){
let data14 = data.outputTail;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(func3(data14) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.error !== undefined){
let data15 = data.error;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data15 === "string"){
if(func3(data15) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "review"){
const _errs42 = errors;
if(errors === _errs42){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs44 = errors;
for(const key2 in data){
if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs44 === errors){
if(data.kind !== undefined){
const _errs45 = errors;
if("review" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.text !== undefined){
let data17 = data.text;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(func3(data17) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.reviewer !== undefined){
let data18 = data.reviewer;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.model !== undefined){
let data19 = data.model;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data19 === "string"){
if(func3(data19) > 200){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data19) < 1){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.family !== undefined){
let data20 = data.family;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data20 === "string"){
if(func3(data20) > 100){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data20) < 1){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.verdict !== undefined){
let data21 = data.verdict;
const _errs55 = errors;
if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){
validate29.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema55.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.findings !== undefined){
let data22 = data.findings;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data22)){
if(data22.length > 500){
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
const _errs58 = errors;
if(!(validate30(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.error !== undefined){
let data24 = data.error;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data24 === "string"){
if(func3(data24) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs63 = errors;
for(const key3 in data){
if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data.kind !== undefined){
const _errs64 = errors;
if("link" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.url !== undefined){
let data26 = data.url;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data26 === "string"){
if(func3(data26) > 2000){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
else {
if(func3(data26) < 1){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern32.test(data26)){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs65 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.text !== undefined){
let data27 = data.text;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data27 === "string"){
if(func3(data27) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate22.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("verdict" !== data.type){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs20 = errors;
if(!(validate23(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data9 = data.verdict;
const _errs21 = errors;
if(!((data9 === "pass") || (data9 === "fail"))){
validate22.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema35.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checker !== undefined){
let data10 = data.checker;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/checker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.worker !== undefined){
let data14 = data.worker;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.id === undefined) && (missing2 = "id")) || ((data14.kind === undefined) && (missing2 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key2 in data14){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "session"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.id !== undefined){
let data15 = data14.id;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.kind !== undefined){
let data16 = data14.kind;
const _errs37 = errors;
if(!((((data16 === "agent") || (data16 === "human")) || (data16 === "ci")) || (data16 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/worker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.session !== undefined){
let data17 = data14.session;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data17 === "string"){
if(func3(data17) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data17)){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs38 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data18 = data.evidence;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data18)){
if(data18.length > 200){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];
return false;
}
else {
var valid11 = true;
const len1 = data18.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(!(validate29(data18[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid11 = _errs42 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data20 = data.summary;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data20 === "string"){
if(func3(data20) > 4000){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data21 = data.signature;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing3;
if((((data21.format === undefined) && (missing3 = "format")) || ((data21.namespace === undefined) && (missing3 = "namespace"))) || ((data21.signature === undefined) && (missing3 = "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data21){
if(!(((key3 === "format") || (key3 === "namespace")) || (key3 === "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data21.format !== undefined){
const _errs49 = errors;
if("sshsig" !== data21.format){
validate22.errors = [{instancePath:instancePath+"/signature/format",schemaPath:"#/$defs/signature/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.namespace !== undefined){
const _errs50 = errors;
if("agentops-verdict" !== data21.namespace){
validate22.errors = [{instancePath:instancePath+"/signature/namespace",schemaPath:"#/$defs/signature/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs50 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.signature !== undefined){
let data24 = data21.signature;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data24 === "string"){
if(func3(data24) > 16384){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];
return false;
}
else {
if(func3(data24) < 1){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema71 = {"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};
const pattern37 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern38 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.paths === undefined) && (missing0 = "paths"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.negative === undefined) && (missing0 = "negative"))) || ((data.author === undefined) && (missing0 = "author"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema65.properties, key0))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate33.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("learning" !== data.type){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "learning"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data8 = data.text;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paths !== undefined){
let data9 = data.paths;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data9)){
if(data9.length > 100){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data10 === "string"){
if(func3(data10) > 1000){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data10)){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs25 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data11 = data.tags;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data11)){
if(data11.length > 20){
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
var valid11 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs30 = errors;
if(errors === _errs30){
if(typeof data12 === "string"){
if(!pattern38.test(data12)){
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs30 === errors;
if(!valid11){
break;
}
}
if(valid11){
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data11[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices0[item0] = i5;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.negative !== undefined){
const _errs32 = errors;
if(typeof data.negative !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data14 = data.from;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data15 = data.author;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if(((data15.id === undefined) && (missing1 = "id")) || ((data15.kind === undefined) && (missing1 = "kind"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs40 = errors;
for(const key1 in data15){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs40 === errors){
if(data15.id !== undefined){
let data16 = data15.id;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data16 === "string"){
if(func3(data16) > 256){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data16) < 1){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data16)){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs41 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.kind !== undefined){
let data17 = data15.kind;
const _errs43 = errors;
if(!((((data17 === "agent") || (data17 === "human")) || (data17 === "ci")) || (data17 === "tool"))){
validate33.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs43 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.session !== undefined){
let data18 = data15.session;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data18)){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs44 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema80 = {"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};
const schema81 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"};
const pattern47 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data2)){
if(data2.length > 100){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data3)){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs20 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate35.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/properties/requireEvidence/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireEvidence.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs21 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate35.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/properties/requireCheckerKind/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireCheckerKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.author === undefined) && (missing0 = "author"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema74.properties, key0))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate34.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("promotion" !== data.type){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data8 = data.learning;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
const _errs23 = errors;
if(!(validate35(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data10 = data.author;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs30 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate34.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs31 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.why === undefined) && (missing0 = "why"))) || ((data.author === undefined) && (missing0 = "author"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema85.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate37.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("retirement" !== data.type){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retirement"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
let data8 = data.constraint;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern47.test(data8)){
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data9 = data.learning;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promotion !== undefined){
let data10 = data.promotion;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.why !== undefined){
let data11 = data.why;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(func3(data11) > 4000){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data12 = data.author;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.id === undefined) && (missing1 = "id")) || ((data12.kind === undefined) && (missing1 = "kind"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key1 in data12){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data12.id !== undefined){
let data13 = data12.id;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.kind !== undefined){
let data14 = data12.kind;
const _errs38 = errors;
if(!((((data14 === "agent") || (data14 === "human")) || (data14 === "ci")) || (data14 === "tool"))){
validate37.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs38 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.session !== undefined){
let data15 = data12.session;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs39 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "genesis"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "verdict"){
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "learning"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "promotion"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "retirement"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

const validatePolicy = validate43;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"},"check":{"description":"How `ao check` runs checkers and counts its council of judges. Read from the base of the change under check, like the rest of the policy, so a change cannot loosen the rules it is checked under. See docs/check.md.","type":"object","properties":{"minModelFamilies":{"description":"The passing judges must come from at least this many distinct model families (anthropic, openai, google, ...): an agent reviewing work of its own family shares its blind spots. Judges whose family is unknown do not count. Default: no requirement.","type":"integer","minimum":1,"maximum":20},"warnIsPass":{"description":"Whether a judge's \"warn\" counts as a pass. Default: true.","type":"boolean"},"envAllow":{"description":"Names of environment variables passed through to checkers, besides PATH and LANG (HOME and TMPDIR are always fresh temporary directories). AO_* and GIT_* names cannot be allowed: they carry the worker's identity and point at the user's repository.","type":"array","items":{"$ref":"#/$defs/envName"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"constraints":{"description":"Learnings promoted into rules (ao promote). Removing one needs a retirement record (ao retire).","type":"array","maxItems":500,"items":{"$ref":"#/$defs/constraint"}}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"envName":{"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},"evidenceKind":{"enum":["test","command","review","link"]},"constraint":{"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false}}};
const schema96 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"};
const schema97 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};
const schema98 = {"enum":["test","command","review","link"]};
const schema99 = {"enum":["agent","human","ci","tool"]};
const schema103 = {"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"};
const pattern61 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern62 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");
const pattern64 = new RegExp("^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
const schema104 = {"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 100){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data3)){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs18 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate44.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs20 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate44.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema95.properties, key0))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) > 2000){
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema !== undefined){
const _errs4 = errors;
if("agentops-verdict/policy@1" !== data.schema){
validate43.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs5 = errors;
if(!((data2 === "commit") || (data2 === "range"))){
validate43.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema95.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exempt !== undefined){
let data3 = data.exempt;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!((key1 === "paths") || (key1 === "authors"))){
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.paths !== undefined){
let data4 = data3.paths;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 500){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func3(data5) > 1000){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data5)){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.authors !== undefined){
let data6 = data3.authors;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
if(data6.length > 100){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func3(data7) > 320){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];
return false;
}
else {
if(func3(data7) < 3){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern62.test(data7)){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i3 = data6.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data6[i3], data6[j1])){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.require !== undefined){
let data8 = data.require;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs21 = errors;
for(const key2 in data8){
if(!((key2 === "evidence") || (key2 === "checkerKinds"))){
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.evidence !== undefined){
let data9 = data8.evidence;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
const _errs24 = errors;
if(!((((data10 === "test") || (data10 === "command")) || (data10 === "review")) || (data10 === "link"))){
validate43.errors = [{instancePath:instancePath+"/require/evidence/" + i4,schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data9.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data9[i5], data9[j2])){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs22 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.checkerKinds !== undefined){
let data11 = data8.checkerKinds;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data11)){
if(data11.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data11.length < 1){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data11.length;
for(let i6=0; i6<len3; i6++){
let data12 = data11[i6];
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds/" + i6,schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs28 === errors;
if(!valid12){
break;
}
}
if(valid12){
let i7 = data11.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data11[i7], data11[j3])){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data13 = data.rules;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data13)){
if(data13.length > 500){
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid15 = true;
const len4 = data13.length;
for(let i8=0; i8<len4; i8++){
let data14 = data13[i8];
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if(((data14.paths === undefined) && (missing1 = "paths")) || ((data14.anyOf === undefined) && (missing1 = "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data14){
if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.name !== undefined){
let data15 = data14.name;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 200){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs35 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.paths !== undefined){
let data16 = data14.paths;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data16)){
if(data16.length > 100){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data16.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len5 = data16.length;
for(let i9=0; i9<len5; i9++){
let data17 = data16[i9];
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data17 === "string"){
if(func3(data17) > 1000){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data17)){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs39 === errors;
if(!valid17){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs37 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.anyOf !== undefined){
let data18 = data14.anyOf;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data18)){
if(data18.length > 20){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
if(data18.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len6 = data18.length;
for(let i10=0; i10<len6; i10++){
let data19 = data18[i10];
const _errs44 = errors;
if(errors === _errs44){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs46 = errors;
for(const key4 in data19){
if(!((key4 === "checkerKind") || (key4 === "evidence"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data19.checkerKind !== undefined){
let data20 = data19.checkerKind;
const _errs47 = errors;
if(!((((data20 === "agent") || (data20 === "human")) || (data20 === "ci")) || (data20 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs47 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data19.evidence !== undefined){
let data21 = data19.evidence;
const _errs49 = errors;
if(!((((data21 === "test") || (data21 === "command")) || (data21 === "review")) || (data21 === "link"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs49 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs44 === errors;
if(!valid19){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs42 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs32 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requireSignature !== undefined){
const _errs51 = errors;
if(typeof data.requireSignature !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.check !== undefined){
let data23 = data.check;
const _errs53 = errors;
if(errors === _errs53){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs55 = errors;
for(const key5 in data23){
if(!(((key5 === "minModelFamilies") || (key5 === "warnIsPass")) || (key5 === "envAllow"))){
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs55 === errors){
if(data23.minModelFamilies !== undefined){
let data24 = data23.minModelFamilies;
const _errs56 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs56){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 20 || isNaN(data24)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data24 < 1 || isNaN(data24)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid23 = _errs56 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data23.warnIsPass !== undefined){
const _errs58 = errors;
if(typeof data23.warnIsPass !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/check/warnIsPass",schemaPath:"#/properties/check/properties/warnIsPass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid23 = _errs58 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data23.envAllow !== undefined){
let data26 = data23.envAllow;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data26)){
if(data26.length > 100){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid24 = true;
const len7 = data26.length;
for(let i11=0; i11<len7; i11++){
let data27 = data26[i11];
const _errs62 = errors;
const _errs63 = errors;
if(errors === _errs63){
if(typeof data27 === "string"){
if(!pattern64.test(data27)){
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/pattern",keyword:"pattern",params:{pattern: "^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs62 === errors;
if(!valid24){
break;
}
}
if(valid24){
let i12 = data26.length;
let j4;
if(i12 > 1){
outer4:
for(;i12--;){
for(j4 = i12; j4--;){
if(func0(data26[i12], data26[j4])){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid23 = _errs60 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraints !== undefined){
let data28 = data.constraints;
const _errs65 = errors;
if(errors === _errs65){
if(Array.isArray(data28)){
if(data28.length > 500){
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid27 = true;
const len8 = data28.length;
for(let i13=0; i13<len8; i13++){
const _errs67 = errors;
if(!(validate44(data28[i13], {instancePath:instancePath+"/constraints/" + i13,parentData:data28,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid27 = _errs67 === errors;
if(!valid27){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validateReviewRequest = validate46;
const schema108 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review-request/v1.json","title":"agentops/verdict review request, format version 1","description":"What `ao check --judge CMD` writes to the judge's stdin: one JSON object, then end of file. The judge runs in a fresh temporary checkout of exactly the tree under review (its working directory) and answers with one review (review.v1.schema.json) on stdout. See docs/check.md.","type":"object","required":["schema","reviewer","subject","manifest","diff","diffTruncated","diffBytes","context","answerSchema"],"properties":{"schema":{"const":"agentops-verdict/review-request@1"},"reviewer":{"description":"The checker id this judge's review is recorded under, e.g. judge:claude.","type":"string","minLength":1,"maxLength":256},"subject":{"description":"What is under review. `digest` is the manifest digest the verdict will name.","type":"object","required":["kind","label","digest"],"properties":{"kind":{"enum":["staged","commit","range"]},"label":{"type":"string","minLength":1,"maxLength":200},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"commit":{"$ref":"#/$defs/objectId"},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},"manifest":{"description":"Every changed path outside .agents/ledger/, sorted by path bytes, as in the verdict's subject.","type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"diff":{"description":"The unified diff of the change (git diff, a/ and b/ prefixes, no renames, ledger excluded). Cut at a line end past 256 KiB: see diffTruncated.","type":"string"},"diffTruncated":{"description":"True when `diff` was cut; it then ends with a line starting \"[ao: diff truncated\".","type":"boolean"},"diffBytes":{"description":"The size of the whole diff in bytes, before any cut.","type":"integer","minimum":0,"maximum":9007199254740991},"context":{"description":"Markdown: the project's compiled context for the touched paths (conventions, owners, rules). May be empty.","type":"string"},"answerSchema":{"description":"The format the answer must have.","const":"agentops-verdict/review@1"}},"additionalProperties":false,"$defs":{"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"description":"A added, D deleted, M modified, T type changed.","enum":["A","D","M","T"]},"path":{"description":"The path, when it is valid UTF-8.","type":"string","minLength":1},"pathBase64":{"description":"The path's bytes in base64, when they are not valid UTF-8.","type":"string","minLength":4}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false}}};
const schema109 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const schema112 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"description":"A added, D deleted, M modified, T type changed.","enum":["A","D","M","T"]},"path":{"description":"The path, when it is valid UTF-8.","type":"string","minLength":1},"pathBase64":{"description":"The path's bytes in base64, when they are not valid UTF-8.","type":"string","minLength":4}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate47.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate47.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate47.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate47.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate47.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate47.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema112.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func3(data5) < 1){
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) < 4){
validate47.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/review-request/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.reviewer === undefined) && (missing0 = "reviewer"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.manifest === undefined) && (missing0 = "manifest"))) || ((data.diff === undefined) && (missing0 = "diff"))) || ((data.diffTruncated === undefined) && (missing0 = "diffTruncated"))) || ((data.diffBytes === undefined) && (missing0 = "diffBytes"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.answerSchema === undefined) && (missing0 = "answerSchema"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema108.properties, key0))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/review-request@1" !== data.schema){
validate46.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review-request@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reviewer !== undefined){
let data1 = data.reviewer;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 256){
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
let data2 = data.subject;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.kind === undefined) && (missing1 = "kind")) || ((data2.label === undefined) && (missing1 = "label"))) || ((data2.digest === undefined) && (missing1 = "digest"))){
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((((((key1 === "kind") || (key1 === "label")) || (key1 === "digest")) || (key1 === "commit")) || (key1 === "base")) || (key1 === "head"))){
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.kind !== undefined){
let data3 = data2.kind;
const _errs8 = errors;
if(!(((data3 === "staged") || (data3 === "commit")) || (data3 === "range"))){
validate46.errors = [{instancePath:instancePath+"/subject/kind",schemaPath:"#/properties/subject/properties/kind/enum",keyword:"enum",params:{allowedValues: schema108.properties.subject.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.label !== undefined){
let data4 = data2.label;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func3(data4) > 200){
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.digest !== undefined){
let data5 = data2.digest;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate46.errors = [{instancePath:instancePath+"/subject/digest",schemaPath:"#/properties/subject/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/digest",schemaPath:"#/properties/subject/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.commit !== undefined){
let data6 = data2.commit;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
validate46.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.base !== undefined){
let data7 = data2.base;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
validate46.errors = [{instancePath:instancePath+"/subject/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.head !== undefined){
let data8 = data2.head;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate46.errors = [{instancePath:instancePath+"/subject/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manifest !== undefined){
let data9 = data.manifest;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 10000){
validate46.errors = [{instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(!(validate47(data9[i0], {instancePath:instancePath+"/manifest/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diff !== undefined){
const _errs25 = errors;
if(typeof data.diff !== "string"){
validate46.errors = [{instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diffTruncated !== undefined){
const _errs27 = errors;
if(typeof data.diffTruncated !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/diffTruncated",schemaPath:"#/properties/diffTruncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diffBytes !== undefined){
let data13 = data.diffBytes;
const _errs29 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data13 < 0 || isNaN(data13)){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
const _errs31 = errors;
if(typeof data.context !== "string"){
validate46.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.answerSchema !== undefined){
const _errs33 = errors;
if("agentops-verdict/review@1" !== data.answerSchema){
validate46.errors = [{instancePath:instancePath+"/answerSchema",schemaPath:"#/properties/answerSchema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validateReview = validate49;
const schema115 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review/v1.json","title":"agentops/verdict review, format version 1","description":"What a judge run by `ao check --judge` prints on stdout: exactly one JSON object of this shape and nothing else. Anything that is not (no answer, invalid JSON, an unknown field, a timeout, a crash) is recorded as an error, never as a pass. See docs/check.md.","type":"object","required":["verdict","summary"],"properties":{"schema":{"const":"agentops-verdict/review@1"},"verdict":{"description":"pass: good to land. warn: lands, with findings worth reading (a pass unless the policy sets check.warnIsPass to false). fail: must not land as is.","enum":["pass","warn","fail"]},"summary":{"description":"One paragraph: what was reviewed and why this verdict.","type":"string","minLength":1,"maxLength":4000},"model":{"description":"The model that reviewed, when the judge is an agent, e.g. claude-sonnet-4-5 or gpt-5. Its model family is derived from it unless `family` is given.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"},"family":{"description":"The model family (vendor lineage), e.g. anthropic, openai, google. Overrides the one derived from `model`.","type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500}},"additionalProperties":false,"$defs":{"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},"finding":{"type":"object","required":["severity","category","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"description":"e.g. correctness, security, tests, performance, style.","type":"string","minLength":1,"maxLength":200},"location":{"type":"object","required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000}},"additionalProperties":false},"description":{"type":"string","minLength":1,"maxLength":4000},"suggestedFix":{"type":"string","minLength":1,"maxLength":4000}},"additionalProperties":false}}};
const pattern76 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern77 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const schema116 = {"type":"object","required":["severity","category","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"description":"e.g. correctness, security, tests, performance, style.","type":"string","minLength":1,"maxLength":200},"location":{"type":"object","required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000}},"additionalProperties":false},"description":{"type":"string","minLength":1,"maxLength":4000},"suggestedFix":{"type":"string","minLength":1,"maxLength":4000}},"additionalProperties":false};
const schema117 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"};
const pattern78 = new RegExp("^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.severity === undefined) && (missing0 = "severity")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.description === undefined) && (missing0 = "description"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "severity") || (key0 === "category")) || (key0 === "location")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate50.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema116.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data2 = data.location;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.path === undefined) && (missing1 = "path")){
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((key1 === "path") || (key1 === "line"))){
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.path !== undefined){
let data3 = data2.path;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func3(data3) > 4096){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern78.test(data3)){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.line !== undefined){
let data4 = data2.line;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000000 || isNaN(data4)){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data6 = data.suggestedFix;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func3(data6) > 4000){
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data6) < 1){
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/review/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.verdict === undefined) && (missing0 = "verdict")) || ((data.summary === undefined) && (missing0 = "summary"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "schema") || (key0 === "verdict")) || (key0 === "summary")) || (key0 === "model")) || (key0 === "family")) || (key0 === "findings"))){
validate49.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/review@1" !== data.schema){
validate49.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data1 = data.verdict;
const _errs3 = errors;
if(!(((data1 === "pass") || (data1 === "warn")) || (data1 === "fail"))){
validate49.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema115.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data2 = data.summary;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.model !== undefined){
let data3 = data.model;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(func3(data3) > 200){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern76.test(data3)){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.family !== undefined){
let data4 = data.family;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func3(data4) > 100){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern77.test(data4)){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""}];
return false;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data5 = data.findings;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
if(data5.length > 500){
validate49.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate50(data5[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/core/schemas.ts





const RECORD_SCHEMA_ID = record_v1_schema_namespaceObject.Od;
const POLICY_SCHEMA_ID = policy_v1_schema_namespaceObject.Od;
const REVIEW_REQUEST_SCHEMA_ID = review_request_v1_schema_namespaceObject.Od;
const REVIEW_SCHEMA_ID = review_v1_schema_namespaceObject.Od;
function describe(errors) {
    return (errors ?? []).map((error) => {
        const pointer = error.instancePath || '/';
        const extra = error.keyword === 'additionalProperties'
            ? ` (unknown field "${error.params.additionalProperty}")`
            : error.keyword === 'enum'
                ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
                : error.keyword === 'const'
                    ? ` (${JSON.stringify(error.params.allowedValue)})`
                    : '';
        return { pointer, message: `${error.message ?? 'is invalid'}${extra}` };
    });
}
// Every validator is precompiled at build time (.ci/gen-validators.mjs): no schema is
// compiled when a command runs, and the hooks do not load ajv's compiler at all.
function validateRecordShape(value) {
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
function validateReviewRequestShape(value) {
    return validateReviewRequest(value) ? [] : describe(validateReviewRequest.errors);
}
/** A judge's answer. */
function validateReviewShape(value) {
    return validateReview(value) ? [] : describe(validateReview.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
