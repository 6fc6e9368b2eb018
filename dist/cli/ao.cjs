#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
;// CONCATENATED MODULE: ./src/core/linear-regexp.ts
/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack: its work per
 * character is bounded by the size of the pattern, whatever the input. Without it no
 * forbidPattern is run at all (a backtracking engine can take exponential time), so a check
 * never depends on which engine a machine happens to have.
 *
 * The engine sits behind a V8 flag, and a flag is process-wide: each entry point sets it
 * before anything runs (src/cli/ao.ts and src/cli/process.ts, src/action/index.ts, and the tests' setup file,
 * test/helpers/process-flags.ts). Core only asks whether the engine is there.
 */
const LINEAR_ENGINE_V8_FLAG = '--enable-experimental-regexp-engine';
function hasLinearEngine() {
    try {
        // biome-ignore lint/complexity/useRegexLiterals: a literal with the l flag is a syntax error where the engine is off
        return new RegExp('a', 'l').flags.includes('l');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = require("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./src/git/user-cache.ts



/**
 * The per-user folder for what a run can reuse from an earlier one on this machine (the
 * hook's compiled code, the version of a git binary): never anything about a repository.
 * Nothing in it decides a verdict, and a file it holds that cannot be read is simply not used.
 */
function userCacheDir(options = {}) {
    const uid = process.getuid?.();
    const dir = (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
    try {
        if (options.create !== false)
            (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        // Only a folder this user owns and no one else can write (never one another user made, never a link).
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
        if (!stat.isDirectory())
            return undefined;
        if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))
            return undefined;
        return dir;
    }
    catch {
        return undefined;
    }
}
/** Only a regular file this user owns, opened without following a link or waiting on a FIFO. */
function readCacheFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const uid = process.getuid?.();
        if (!stat.isFile() || (uid !== undefined && stat.uid !== uid))
            return undefined;
        return (0,external_node_fs_namespaceObject.readFileSync)(fd);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Written whole under another name, then renamed: a reader never sees half a file. */
function writeCacheFile(path, data) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(temporary, data, { mode: 0o600, flag: 'wx' });
        (0,external_node_fs_namespaceObject.renameSync)(temporary, path);
    }
    catch {
        // Not kept this time: the next run does the work again, as this one did.
    }
}

;// CONCATENATED MODULE: ./src/cli/code-cache.ts







/** A CommonJS module as a function of what Node gives one. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '\n})';
/**
 * Runs a CommonJS bundle with V8's code cache: the pre-commit hook runs on every commit, and
 * compiling its bundle each time is a fifth of its run. A cache holds the functions compiled
 * by the run that made it, so it is made after a run, and kept per user, per Node build and
 * per bundle file (V8 itself compares only the source's length). A run that did not go the
 * whole usual way (skipped, refused, failed) compiled only part of the bundle: its cache is
 * kept as partial, and the first whole run makes the whole one from it and what it compiled
 * itself. A cache V8 rejects (another V8, other flags) is made again; a cache that cannot be
 * read or written is simply not used. Set the V8 flags before this runs: a cache is valid
 * only under the flags it was made with.
 */
function runWithCodeCache(file) {
    const { bytes, identity } = readWithIdentity(file);
    const cache = cachePaths(file, identity);
    // The build writes the hook's bundle in ASCII: read as one-byte text, V8 keeps it so.
    const text = (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    // The build stores the bundle wrapped already (.ci/build.mjs): then it is compiled as it is, no copy made.
    const source = text.startsWith(WRAPPER_HEAD) && text.endsWith(WRAPPER_TAIL) ? text : `${WRAPPER_HEAD}${text}${WRAPPER_TAIL}`;
    let loaded;
    let cachedData = cache && readCacheFile(cache.whole);
    if (cachedData)
        loaded = 'whole';
    else if (cache && (cachedData = readCacheFile(cache.partial)))
        loaded = 'partial';
    const script = new external_node_vm_namespaceObject.Script(source, { filename: file, cachedData });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, (0,external_node_module_namespaceObject.createRequire)(file), module, file, (0,external_node_path_namespaceObject.dirname)(file));
    const usable = loaded !== undefined && !script.cachedDataRejected;
    if (!cache || (usable && loaded === 'whole'))
        return;
    process.once('exit', () => {
        if (module.exports.ranWhole?.() === true) {
            writeCacheFile(cache.whole, script.createCachedData());
            (0,external_node_fs_namespaceObject.rmSync)(cache.partial, { force: true });
        }
        else if (!usable) {
            writeCacheFile(cache.partial, script.createCachedData());
        }
        else {
            return;
        }
        pruneCaches((0,external_node_path_namespaceObject.dirname)(cache.whole), [cache.whole, cache.partial]);
    });
}
/** Caches kept besides the one just made: one per bundle a user runs (an upgrade, a second install). */
const KEPT_CACHES = 8;
const CACHE_NAME = /^[0-9a-f]{40}(?:\.partial)?\.v8$/;
/**
 * Every upgrade (and every build of a working copy) is a new bundle file with a cache of its
 * own, about 300 KB: when one is made, all but the newest few others are removed. One still
 * in use is simply made again on its next run.
 */
function pruneCaches(dir, ours) {
    try {
        const others = (0,external_node_fs_namespaceObject.readdirSync)(dir)
            .filter((name) => CACHE_NAME.test(name) && !ours.includes((0,external_node_path_namespaceObject.join)(dir, name)))
            .map((name) => ({ path: (0,external_node_path_namespaceObject.join)(dir, name), stat: (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(dir, name)) }))
            .filter(({ stat }) => stat.isFile())
            .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
        for (const { path } of others.slice(KEPT_CACHES))
            (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
    }
    catch {
        // Left for the next cache made to clear.
    }
}
/** The bundle's bytes, and the identity of the file they were read from (one open: no race between them). */
function readWithIdentity(file) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd, { bigint: true });
        return {
            bytes: (0,external_node_fs_namespaceObject.readFileSync)(fd),
            identity: [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0'),
        };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Keyed by the Node build and the bundle file's identity: its path, device, inode, size, and
 * modification and change times. Any write moves the change time, and no one can set it back,
 * so a bundle changed in any way (even to the same length, inode and modification time) has
 * a new key; hashing the bytes instead would cost a millisecond on every commit.
 */
function cachePaths(file, identity) {
    const dir = userCacheDir();
    if (!dir)
        return undefined;
    const key = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${process.version}\0${process.arch}\0${file}\0${identity}`).digest('hex');
    const name = key.slice(0, 40);
    return { whole: (0,external_node_path_namespaceObject.join)(dir, `${name}.v8`), partial: (0,external_node_path_namespaceObject.join)(dir, `${name}.partial.v8`) };
}

;// CONCATENATED MODULE: ./src/cli/ao.ts
// The `ao` command (dist/cli/ao.cjs, CommonJS): `ao hook pre-commit` runs on every commit,
// so it has its own bundle, run from V8's code cache, whose first import starts git. Every
// other command is the ES module CLI beside it (dist/cli/index.js).
// Node's own modules come from a code cache built into Node, which V8 accepts only under the
// flags Node started with: the ones every command needs are loaded before ours is set
// (loaded after it, each is compiled again, and the hook's run takes a tenth longer).









// The standard streams' modules (a pipe's, a terminal's or a file's) load on first use: before the flag too.
process.stdout.writableLength;
process.stderr.writableLength;
// Before any of our code is compiled: compiled code is cached under the flags it was compiled with.
(0,external_node_v8_namespaceObject.setFlagsFromString)(LINEAR_ENGINE_V8_FLAG);
const args = process.argv.slice(2);
/** A bundle that cannot be loaded is a broken install (exit 2), never a verdict. */
function notLoaded(error) {
    process.stderr.write(`ao: the CLI could not be loaded: ${error instanceof Error ? error.message : String(error)}\n  fix: reinstall it: npm i -D @agentops/verdict\n`);
    process.exitCode = 2;
}
/** The directory it was started in, or undefined when it no longer exists. */
function workingDirectory() {
    try {
        return process.cwd();
    }
    catch {
        return undefined;
    }
}
if (workingDirectory() === undefined) {
    process.stderr.write('ao: error: the directory this was started in no longer exists\n  fix: cd into your repository and run the command again\n');
    process.exitCode = 2;
}
else if (args.length === 2 && args[0] === 'hook' && args[1] === 'pre-commit') {
    try {
        // This file is bundled as CommonJS: __dirname is the folder it was installed in.
        runWithCodeCache((0,external_node_path_namespaceObject.join)(__dirname, 'pre-commit', 'index.cjs'));
    }
    catch (error) {
        notLoaded(error);
    }
}
else {
    // Where Node has it (22.1+), compiled code is kept between runs. A no-op on older Node.
    external_node_module_namespaceObject.enableCompileCache?.();
    import(/* webpackIgnore: true */ './index.js').catch(notLoaded);
}

module.exports = __webpack_exports__;
/******/ })()
;