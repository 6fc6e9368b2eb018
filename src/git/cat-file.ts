import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { AoError } from '../core/errors.js';
import { damagedObjectsError, spawnError } from './run.js';

/** An object read under a size bound: `bytes` only when it was within the bound. */
export interface BoundedObject {
  /** The object's id, as the batch header gives it. */
  id: string;
  size: number;
  type: string;
  bytes?: Buffer;
}

interface BatchRequest {
  names: string[];
  maxBytes: number;
  result: Map<string, BoundedObject | undefined>;
  answered: number;
  resolve: (result: Map<string, BoundedObject | undefined>) => void;
  reject: (error: Error) => void;
}

/** How long an idle batch process is kept: a long-lived caller (a test runner) keeps no idle gits. */
const BATCH_IDLE_MS = 1000;

/**
 * One long-lived `git cat-file --batch`: requests are written as they come and answered in
 * order, so every object a command reads, however many rounds it takes, costs one process.
 * Objects larger than a request's bound are never buffered. The process holds the event
 * loop only while a request is pending, and is let go once idle.
 */
export class CatFileBatch {
  private child?: ChildProcessWithoutNullStreams;
  private readonly queue: BatchRequest[] = [];
  private stderr = '';
  private failure?: Error;
  private idle?: NodeJS.Timeout;
  private header: Buffer[] = [];
  private headerLength = 0;
  private mode: 'header' | 'body' | 'newline' = 'header';
  private remaining = 0;
  private kept?: Buffer[];
  private current: BoundedObject = { id: '', size: 0, type: '' };

  constructor(private readonly cwd: string) {}

  read(names: string[], maxBytes: number): Promise<Map<string, BoundedObject | undefined>> {
    const result = new Map<string, BoundedObject | undefined>();
    if (names.length === 0) return Promise.resolve(result);
    for (const name of names) {
      if (/[\n\0]/.test(name)) return Promise.reject(new AoError(`invalid object name ${JSON.stringify(name)}`));
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const child = this.process();
      this.queue.push({ names, maxBytes, result, answered: 0, resolve, reject });
      this.hold(true);
      child.stdin.write(`${names.join('\n')}\n`);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      // As every other git we run (run.ts): replace refs are local, so a verifier elsewhere would not see them.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.stderr = '';
    this.mode = 'header';
    this.header = [];
    this.headerLength = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (this.child === child) this.onData(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 64 * 1024) this.stderr += chunk.toString('utf8');
    });
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (this.child === child) this.fail(spawnError(this.cwd, error));
    });
    child.on('close', (code) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.queue.length > 0) {
        this.fail(
          damagedObjectsError(this.stderr) ??
            new AoError(`git cat-file --batch stopped (exit ${code ?? 'by a signal'}) before answering`, {
              fix: 'check the repository with `git fsck`, then run the command again',
            }),
        );
      }
    });
    return child;
  }

  /** Keeps the event loop alive while requests are pending; once idle, lets the process go after a while. */
  private hold(active: boolean): void {
    const child = this.child;
    if (!child) return;
    const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as {
      ref?: () => void;
      unref?: () => void;
    }[];
    for (const handle of handles) (active ? handle.ref : handle.unref)?.call(handle);
    if (active) return;
    this.idle = setTimeout(() => {
      if (this.queue.length > 0 || this.child !== child) return;
      this.child = undefined;
      child.stdin.end();
    }, BATCH_IDLE_MS);
    this.idle.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.queue.splice(0)) request.reject(error);
    // Let the process go: whatever it still writes (the rest of an object it was sending) is nobody's answer.
    const child = this.child;
    this.child = undefined;
    child?.kill();
  }

  private finish(): void {
    const request = this.queue[0];
    if (!request) return this.broken('an object nobody asked for');
    if (this.kept) this.current.bytes = Buffer.concat(this.kept);
    request.result.set(request.names[request.answered++]!, this.current);
    this.mode = 'newline';
    this.completeIfAnswered();
  }

  private completeIfAnswered(): void {
    const request = this.queue[0];
    if (!request || request.answered < request.names.length) return;
    this.queue.shift();
    if (this.queue.length === 0) this.hold(false);
    // git reports an object it cannot unpack on stderr, before it answers "missing" on stdout:
    // looking once the current poll phase is over sees what git wrote first.
    setImmediate(() => {
      const damaged = damagedObjectsError(this.stderr);
      if (damaged) {
        this.fail(damaged);
        request.reject(damaged);
      } else request.resolve(request.result);
    });
  }

  private onData(chunk: Buffer): void {
    let position = 0;
    while (position < chunk.length) {
      if (this.mode === 'newline') {
        position++;
        this.mode = 'header';
      } else if (this.mode === 'header') {
        const lineEnd = chunk.indexOf(0x0a, position);
        const piece = chunk.subarray(position, lineEnd < 0 ? chunk.length : lineEnd);
        this.header.push(piece);
        this.headerLength += piece.length;
        if (this.headerLength > 8192) return this.broken('an over-long header line');
        if (lineEnd < 0) return;
        position = lineEnd + 1;
        const line = Buffer.concat(this.header).toString('latin1');
        this.header = [];
        this.headerLength = 0;
        const request = this.queue[0];
        if (!request) return this.broken(`unexpected output "${line.slice(0, 80)}"`);
        if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
          request.result.set(request.names[request.answered++]!, undefined);
          this.completeIfAnswered();
          continue;
        }
        const [id = '', type = '', sizeText = ''] = line.split(' ');
        const size = Number(sizeText);
        if (!/^[0-9]+$/.test(sizeText) || !Number.isSafeInteger(size))
          return this.broken(`an unreadable header "${line.slice(0, 80)}"`);
        this.current = { id, size, type };
        this.remaining = size;
        this.kept = size <= request.maxBytes ? [] : undefined;
        this.mode = 'body';
        if (size === 0) this.finish();
      } else {
        const take = Math.min(this.remaining, chunk.length - position);
        this.kept?.push(chunk.subarray(position, position + take));
        position += take;
        this.remaining -= take;
        if (this.remaining === 0) this.finish();
      }
    }
  }

  private broken(what: string): void {
    this.fail(
      new AoError(`git cat-file --batch gave ${what}`, {
        fix: 'check the repository with `git fsck`, then run the command again',
      }),
    );
  }
}
