import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ancestors, processInfo, type ProcessInfo } from './processes.js';
import type { Harness } from './protocols.js';

/**
 * The worker's session, as its harness names it, for the `ao verdict` / `ao check` that the
 * agent's shell tool runs. Only the hooks are told the session id (in their JSON input), and
 * only Claude Code hands hooks a way into the shell's environment, so every hook records it
 * here, keyed by the harness process (the hook's nearest ancestor that is not a shell);
 * `ao` looks for its own nearest ancestor with a record. The records live in the git
 * directory, where no change can put them; a record whose process has ended, or whose pid
 * now belongs to a process that started later, is never matched.
 */

/** What a harness session id may look like to be recorded (UUIDs and the like; no quoting games). */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Interpreters between a harness and its hook command (`bash -c '…'`, `sh guard.sh`). */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'busybox', 'fish', 'tcsh', 'csh', 'env']);

interface SessionRecord {
  harness: Harness;
  session: string;
  pid: number;
  started: string;
}

function registry(gitDir: string): string {
  return join(gitDir, 'ao', 'harness-sessions');
}

function isShell(info: ProcessInfo): boolean {
  return SHELLS.has(basename(info.argv[0] ?? '').replace(/^-/, ''));
}

/** Called by every hook (`ao guard`): the harness process now runs this session. */
export function recordHarnessSession(
  gitDir: string,
  harness: Harness,
  session: string | undefined,
  options: { prune?: boolean } = {},
): void {
  if (!session || !SESSION_ID.test(session)) return;
  const owner = ancestors(8).find((info) => !isShell(info));
  if (!owner) return;
  const dir = registry(gitDir);
  try {
    mkdirSync(dir, { recursive: true });
    if (options.prune) prune(dir);
    const record: SessionRecord = { harness, session, pid: owner.pid, started: owner.started };
    const file = join(dir, `${owner.pid}.json`);
    // Written whole or not at all: a concurrent reader sees the old record or the new one.
    const scratch = `${file}.${process.pid}.tmp`;
    writeFileSync(scratch, JSON.stringify(record));
    renameSync(scratch, file);
  } catch {
    // A read-only git directory loses only the automatic worker.session, never a guard.
  }
}

/** Drops the records of harness processes that have ended. */
function prune(dir: string): void {
  for (const name of readdirSync(dir)) {
    const record = read(join(dir, name));
    if (!record || processInfo(record.pid)?.started !== record.started) rmSync(join(dir, name), { force: true });
  }
}

function read(file: string): SessionRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<SessionRecord>;
    if (
      typeof value.session !== 'string' ||
      !SESSION_ID.test(value.session) ||
      typeof value.harness !== 'string' ||
      !/^[a-z]+$/.test(value.harness)
    )
      return undefined;
    if (typeof value.pid !== 'number' || typeof value.started !== 'string') return undefined;
    return value as SessionRecord;
  } catch {
    return undefined;
  }
}

/**
 * The session of the harness this `ao` runs under (`HARNESS:SESSION`, as `worker.session`
 * records it): the record of its nearest ancestor, if that process is still the one that
 * recorded it. Undefined outside a harness.
 */
export function harnessSessionOf(gitDir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(registry(gitDir)).filter((name) => /^\d+\.json$/.test(name));
  } catch {
    return undefined;
  }
  if (names.length === 0) return undefined;
  const recorded = new Set(names.map((name) => Number(name.slice(0, -5))));
  for (const info of ancestors(32)) {
    if (!recorded.has(info.pid)) continue;
    const record = read(join(registry(gitDir), `${info.pid}.json`));
    if (record && record.pid === info.pid && record.started === info.started)
      return `${record.harness}:${record.session}`;
  }
  return undefined;
}
