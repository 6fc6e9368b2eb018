import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0');
    if (argv.at(-1) === '') argv.pop();
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
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
