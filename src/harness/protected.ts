import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * The files an agent must not write itself: what the gate reads (the ledger, the policy,
 * the trusted keys), what runs the gate (git hooks, husky's hooks) and what arms the
 * harness guards (their hook settings and launcher). `ao` writes the first group; people
 * write the rest.
 */
const AO_WRITES = ['.agents/ledger', '.agents/policy.json', '.agents/checkers'] as const;
const HOOK_FILES = ['.husky', '.git/hooks', '.git/config'] as const;
const HARNESS_FILES = [
  '.agents/harness',
  '.claude/settings.json',
  '.claude/settings.local.json',
  '.cursor/hooks.json',
  '.codex/hooks.json',
  '.codex/config.toml',
  '.gemini/settings.json',
] as const;

export interface ProtectedHit {
  /** The protected path, repository-relative. */
  path: string;
  why: string;
  instead: string;
}

function describeProtected(path: string): { why: string; instead: string } {
  if (path === '.agents/ledger' || path.startsWith('.agents/ledger/')) {
    return {
      why: 'ledger records are written only by ao (hash-chained, append-only)',
      instead: 'record a verdict with `ao check` or `ao verdict`, a learning with `ao learn`',
    };
  }
  if (path === '.agents/policy.json') {
    return {
      why: 'the policy is written only by ao and by people (a change cannot loosen its own gate)',
      instead: 'use `ao promote` / `ao retire`, or ask a person to edit the policy',
    };
  }
  if (path === '.agents/checkers')
    return {
      why: 'the trusted signing keys are written only by `ao checkers add`',
      instead: 'ask a person to run `ao checkers add ID KEY`',
    };
  if (path === '.husky' || path.startsWith('.husky/') || path.startsWith('.git/hooks') || path === '.git/config') {
    return {
      why: 'the git hooks (and the config that points at them) run the gate',
      instead: 'leave the hooks alone; if one is wrong, say so and let a person fix it',
    };
  }
  return { why: 'these settings arm the agent guards', instead: 'ask a person to change the harness settings' };
}

/** Every protected path, repository-relative. */
function protectedPaths(): string[] {
  return [...AO_WRITES, ...HOOK_FILES, ...HARNESS_FILES];
}

/**
 * Whether writing or removing `target` (as the agent wrote it, relative to `cwd`) touches a
 * protected path: the path itself, something inside it, or a directory holding one
 * (`rm -rf .agents`). Symlinks are resolved as far as they exist, so a link into the
 * ledger is the ledger. A target with glob characters is matched like the shell would.
 */
export function protectedHit(
  target: string,
  cwd: string,
  top: string,
  options: { glob?: boolean; ancestors?: boolean } = {},
): ProtectedHit | undefined {
  if (target === '') return undefined;
  const absolute = isAbsolute(target) ? normalize(target) : resolve(cwd, target);
  const realTop = realpathOrSelf(top);
  const candidates = new Set([absolute, resolveExisting(absolute)]);
  for (const candidate of candidates) {
    for (const base of new Set([top, realTop])) {
      const rel = relative(base, candidate);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      const hit = matchProtected(rel.split(sep).join('/'), options.glob === true, options.ancestors !== false);
      if (hit) return { path: hit, ...describeProtected(hit) };
    }
  }
  return undefined;
}

function matchProtected(rel: string, glob: boolean, ancestors: boolean): string | undefined {
  const path = rel === '' ? '.' : rel;
  const hasGlob = glob && /[*?[]/.test(path);
  for (const root of protectedPaths()) {
    if (hasGlob) {
      // The glob names the protected path, something inside it, or (removals) a directory above it.
      const isMatch = picomatch(path, { dot: false });
      const above = root.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
      if (isMatch(root) || isMatch(`${root}/x`) || (ancestors && above.some((a) => isMatch(a)))) return root;
      continue;
    }
    if (path === root || path.startsWith(`${root}/`)) return root;
    if (ancestors && (path === '.' || `${root}/`.startsWith(`${path}/`))) return root;
  }
  return undefined;
}

/** The real path of the longest existing prefix of `path`, with the rest appended. */
export function resolveExisting(path: string): string {
  let head = path;
  const rest: string[] = [];
  for (let i = 0; i < 256; i++) {
    if (existsSync(head)) {
      try {
        return join(realpathSync(head), ...rest.reverse());
      } catch {
        return path;
      }
    }
    const parent = dirname(head);
    if (parent === head) break;
    rest.push(head.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    head = parent;
  }
  return path;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
