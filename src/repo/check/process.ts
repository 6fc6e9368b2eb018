import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { MAX_REVIEW_BYTES, type ProcessOutcome } from '../../core/review.js';
import type { Box } from './sandbox.js';

/** SIGKILL follows a timeout's SIGTERM this much later; pipes held open this long after the leader exits are cut. */
const KILL_GRACE_MS = 2000;
/** What a --run command's output tail is taken from; its digest covers every byte. */
const RUN_TAIL_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 4 * 1024;

export interface Ran {
  outcome: ProcessOutcome;
  /** run: the last bytes of stdout and stderr together; judge: stdout. */
  output: string;
  overflow: boolean;
  digest: string;
  stderrTail: string;
}

/**
 * Runs `/bin/sh -c command` in the box as the leader of a new process group (and session,
 * so it has no terminal). When the leader exits, the rest of its group is killed: nothing a
 * checker starts outlives it. When the time limit passes, the group gets SIGTERM, and
 * SIGKILL once KILL_GRACE_MS have passed.
 */
export function runProcess(args: {
  command: string;
  box: Box;
  timeoutMs: number;
  stop: AbortSignal;
  mode: 'run' | 'judge';
  input?: string;
}): Promise<Ran> {
  const { box, mode } = args;
  return new Promise((resolve) => {
    const started = Date.now();
    const hash = createHash('sha256');
    let kept: Buffer[] = [];
    let keptBytes = 0;
    let overflow = false;
    let stderrTail = Buffer.alloc(0);
    let timedOut = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let endedAt = 0;
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    let onStop = () => undefined as void;
    const finish = (spawnError?: string) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      // Whatever the checker left running (a server, a watcher, a TERM-ignoring child) ends with it.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      args.stop.removeEventListener('abort', onStop);
      const durationMs = (endedAt || Date.now()) - started;
      const output = Buffer.concat(kept);
      resolve({
        outcome: {
          exitCode: exit?.code ?? null,
          signal: timedOut ? null : (exit?.signal ?? null),
          durationMs,
          timedOut,
          timeoutMs: args.timeoutMs,
          spawnError,
        },
        output: output.toString('utf8'),
        overflow,
        digest: `sha256:${hash.digest('hex')}`,
        stderrTail: stderrTail.toString('utf8').trim(),
      });
    };

    const child = spawn('/bin/sh', ['-c', args.command], {
      cwd: box.tree,
      env: box.env,
      detached: true,
      stdio: [mode === 'judge' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) {
      child.on('error', (error) => finish(error.message));
      return;
    }
    const pid = child.pid;
    onStop = () => killGroup(pid, 'SIGKILL');
    if (args.stop.aborted) onStop();
    else args.stop.addEventListener('abort', onStop);

    const keepTail = (chunk: Buffer) => {
      kept.push(chunk);
      keptBytes += chunk.length;
      if (keptBytes > RUN_TAIL_BYTES * 2) {
        const all = Buffer.concat(kept);
        kept = [all.subarray(all.length - RUN_TAIL_BYTES)];
        keptBytes = RUN_TAIL_BYTES;
      }
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      if (mode === 'run') {
        hash.update(chunk);
        keepTail(chunk);
      } else if (!overflow) {
        keptBytes += chunk.length;
        if (keptBytes > MAX_REVIEW_BYTES) overflow = true;
        else kept.push(chunk);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (mode === 'run') {
        hash.update(chunk);
        keepTail(chunk);
      } else {
        stderrTail = Buffer.concat([stderrTail, chunk]);
        if (stderrTail.length > STDERR_TAIL_BYTES)
          stderrTail = stderrTail.subarray(stderrTail.length - STDERR_TAIL_BYTES);
      }
    });
    if (child.stdin) {
      // A judge that answers without reading its request closes the pipe: not our error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(args.input ?? '');
    }

    timers.push(
      setTimeout(() => {
        timedOut = true;
        killGroup(pid, 'SIGTERM');
        timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
      }, args.timeoutMs),
    );
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      endedAt = Date.now();
      // After a timeout the rest of the group has its grace period to shut down; otherwise it goes now.
      if (!timedOut) killGroup(pid, 'SIGKILL');
      // A process that left the group but holds our pipes open must not hold up the check.
      timers.push(
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        }, KILL_GRACE_MS),
      );
    });
    child.on('error', (error) => {
      if (!exit) finish(error.message);
    });
    child.on('close', () => finish());
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}
