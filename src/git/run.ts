import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AoError } from '../core/errors.js';

/**
 * Running one git process: an argument vector (never a shell string) in a fixed
 * environment, its errors, and the version it must have. The `Git` class (git.ts) is the
 * entry point every caller uses; this is what it runs on.
 */

export const MIN_GIT_VERSION = [2, 38, 0] as const;
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** What is kept of git's stderr (it only ever explains a failure). */
const MAX_STDERR_BYTES = 4 * 1024 * 1024;

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
  /** Set when stdout passed `maxStdoutBytes`: git was stopped and `stdout` holds what came before. */
  truncated?: boolean;
}

export interface RunOptions {
  input?: string | Buffer;
  /** Exit codes that are answers rather than failures (e.g. `merge-base --is-ancestor`). */
  okCodes?: number[];
  env?: NodeJS.ProcessEnv;
  /** Receives stdout as it arrives instead of buffering it (for output of unbounded size). */
  onStdout?: (chunk: Buffer) => void;
  /** Stops git once stdout passes this many bytes and answers with `truncated` set (whatever the exit code). */
  maxStdoutBytes?: number;
  /**
   * For output waited for whole, with no input: git writes it to temporary files (unlinked
   * at once), read when it exits. A pipe is a stream on each side, and the events of two
   * streams per process cost the pre-commit hook, whose first gits are done long before Node
   * gets to them, more than the bytes do. Pipes where that cannot be (Windows, no temporary
   * folder).
   */
  viaFiles?: boolean;
}

export class GitError extends AoError {
  constructor(args: string[], result: GitResult) {
    const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
    super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
      fix: 'check the repository with `git status` and `git fsck`, then run the command again',
    });
  }
}

/**
 * `git diff-tree` compares trees only, yet reads the index (16 MB in a checkout of a
 * 100,000-record ledger, a fifth of a second): pointed at an index that does not exist, it
 * reads an empty one. Its raw output never depends on the index.
 */
function treeOnlyIndex(args: string[]): { GIT_INDEX_FILE?: string } {
  let i = 0;
  while (args[i] === '-c') i += 2;
  return args[i] === 'diff-tree' ? { GIT_INDEX_FILE: NO_INDEX } : {};
}
const NO_INDEX = join(tmpdir(), `agentops-verdict-no-index-${randomBytes(12).toString('hex')}`, 'index');

function gitEnv(args: string[], options: RunOptions): NodeJS.ProcessEnv {
  return {
    ...(options.env ?? process.env),
    // Replace refs are local (never fetched by default): a verifier elsewhere would not see them.
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_NO_REPLACE_OBJECTS: '1',
    ...treeOnlyIndex(args),
  };
}

export function runGit(cwd: string, args: string[], options: RunOptions = {}): Promise<GitResult> {
  if (options.viaFiles && options.input === undefined && !options.onStdout && options.maxStdoutBytes === undefined) {
    const files = outputFiles();
    if (files) return runGitViaFiles(cwd, args, options, files);
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: gitEnv(args, options),
      // No input: git reads an empty stdin from /dev/null (a pipe for it costs every spawn).
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let truncated = false;
    const limit = options.maxStdoutBytes ?? MAX_OUTPUT_BYTES;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (options.onStdout) return options.onStdout(chunk);
      if (truncated) return;
      size += chunk.length;
      if (size <= limit) return void out.push(chunk);
      child.kill();
      if (options.maxStdoutBytes === undefined) return;
      truncated = true;
      out.push(chunk.subarray(0, chunk.length - (size - limit)));
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(spawnError(cwd, error)));
    // A git that exits before reading all its input is answered by its exit code, not EPIPE.
    child.stdin?.on('error', () => undefined);
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
      if (truncated) resolve({ ...result, truncated });
      else if (result.code === 0 || options.okCodes?.includes(result.code)) resolve(result);
      else reject(new GitError(args, result));
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Two files for git's stdout and stderr, opened by this process alone and unlinked at once: nothing is left behind. */
function outputFiles(): [number, number] | undefined {
  if (process.platform === 'win32') return undefined;
  const opened: number[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const path = join(tmpdir(), `agentops-verdict-git-${process.pid}-${randomBytes(8).toString('hex')}`);
      // wx: made here, never an existing file or a link someone planted.
      opened.push(openSync(path, 'wx+', 0o600));
      unlinkSync(path);
    }
    return [opened[0]!, opened[1]!];
  } catch {
    for (const fd of opened) closeSync(fd);
    return undefined;
  }
}

function runGitViaFiles(
  cwd: string,
  args: string[],
  options: RunOptions,
  [out, err]: [number, number],
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    // Once only: a failed spawn is followed by 'close' too, and a closed fd number may already be another file's.
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      closeSync(out);
      closeSync(err);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', args, { cwd, env: gitEnv(args, options), stdio: ['ignore', out, err] });
    } catch (error) {
      release();
      throw error;
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      release();
      reject(spawnError(cwd, error));
    });
    child.on('close', (code) => {
      if (released) return;
      let stdout: Buffer | undefined;
      let stderr: string;
      try {
        stdout = readWritten(out, MAX_OUTPUT_BYTES);
        stderr = (readWritten(err, MAX_STDERR_BYTES) ?? Buffer.alloc(0)).toString('utf8');
      } catch (error) {
        return reject(new AoError(`could not read the output of git ${args[0]}: ${(error as Error).message}`));
      } finally {
        release();
      }
      const result = { stdout: stdout ?? Buffer.alloc(0), stderr, code: code ?? 128 };
      // Output past the bound is a failure whatever the exit code says (the pipe path stops git there).
      if (stdout && (result.code === 0 || options.okCodes?.includes(result.code))) resolve(result);
      else
        reject(
          new GitError(
            args,
            stdout ? result : { ...result, stderr: `more than ${MAX_OUTPUT_BYTES} bytes of output\n${stderr}` },
          ),
        );
    });
  });
}

/** What git wrote to `fd`, from its start; undefined past `limit` bytes. */
function readWritten(fd: number, limit: number): Buffer | undefined {
  const size = fstatSync(fd).size;
  if (size > limit) return undefined;
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

export function spawnError(cwd: string, error: NodeJS.ErrnoException): AoError {
  if (error.code !== 'ENOENT') return new AoError(`could not run git: ${error.message}`);
  return new AoError(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', {
    fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works',
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

/**
 * `cat-file --batch` answers "missing" for an object it cannot unpack (a corrupt loose object)
 * and exits 0, saying why only on stderr: an absent policy and a damaged one must never look
 * alike, so any error there stops the command.
 */
export function damagedObjectsError(stderr: string): AoError | undefined {
  const errors = stderr.split('\n').filter((line) => /^(error|fatal):/.test(line));
  if (errors.length === 0) return undefined;
  return new AoError(`git cannot read objects of this repository:\n  ${errors.slice(0, 4).join('\n  ')}`, {
    fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
  });
}
