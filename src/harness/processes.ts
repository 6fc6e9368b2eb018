import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * What ao needs to know about a process it descends from: its argument vector, its parent,
 * and when it started (so a recycled pid is never taken for the process that held it).
 * Linux: /proc; elsewhere: `ps`, run without a shell.
 */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  argv: string[];
  /** Opaque, stable for the life of the process: /proc's start tick, or ps's lstart. */
  started: string;
}

export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    const argv = readProcFile(`/proc/${pid}/cmdline`).split('\0');
    if (argv.at(-1) === '') argv.pop();
    const stat = readProcFile(`/proc/${pid}/stat`);
    // The second field, the command name, is in parentheses and may hold spaces; the
    // fields after it start with the state (3), then the parent (4); the start time is 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), argv, started: fields[19] ?? '' };
  } catch {
    // no /proc (macOS, BSD): ask ps
  }
  try {
    const out = execFileSync('ps', ['-o', 'ppid=', '-o', 'lstart=', '-o', 'args=', '-p', String(pid)], {
      encoding: 'utf8',
      timeout: 2000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // lstart is fixed-width: "Thu Dec  3 00:10:38 2026".
    const match = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(out.trim());
    if (!match) return undefined;
    return { pid, ppid: Number(match[1]), argv: match[3]!.split(/\s+/), started: match[2]!.replace(/\s+/g, ' ') };
  } catch {
    return undefined;
  }
}

/**
 * A /proc file reports no size, so readFileSync reads it through 64 KiB buffers: read to its
 * end a page at a time instead (the pre-commit hook reads two per ancestor on every commit).
 */
function readProcFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const full: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(4096);
    let used = 0;
    for (;;) {
      const read = readSync(fd, chunk, used, chunk.length - used, null);
      if (read === 0) break;
      used += read;
      if (used === chunk.length) {
        full.push(chunk);
        chunk = Buffer.allocUnsafe(chunk.length * 2);
        used = 0;
      }
    }
    return Buffer.concat([...full, chunk.subarray(0, used)]).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** This process's ancestors, nearest first, at most `limit` of them (init excluded). */
export function ancestors(limit: number): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  let pid = process.ppid;
  while (found.length < limit && pid > 1) {
    const info = processInfo(pid);
    if (!info) break;
    found.push(info);
    pid = info.ppid;
  }
  return found;
}
