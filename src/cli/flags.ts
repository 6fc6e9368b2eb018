import { parseArgs, type ParseArgsConfig } from 'node:util';
import { independenceProblem } from '../core/coverage.js';
import { AoError } from '../core/errors.js';
import { ACTOR_KINDS, EVIDENCE_KINDS, isOneOf, type Actor, type ActorKind, type Evidence } from '../core/record.js';
import type { Git } from '../git/git.js';
import { harnessSessionOf } from '../harness/sessions.js';
import { parseRangeArg, type SubjectScope } from '../repo/subjects.js';
import type { Cli } from './context.js';

/**
 * The CLI's one flags helper: util.parseArgs with usage errors that point at `--help`, the
 * options several commands share, and the values flags turn into (scopes, actors,
 * evidence, globs), each refused with the flag's name and an example.
 */

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
export function parse<O extends Options>(command: string, args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new AoError(`${command}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}`, {
      fix: `see \`ao ${command} --help\``,
    });
  }
}

/** At most one of the scope flags; returns which. */
export function oneScope(
  command: string,
  values: { staged?: boolean; commit?: string; range?: string },
): 'staged' | 'commit' | 'range' {
  const given = (['staged', 'commit', 'range'] as const).filter(
    (key) => values[key] !== undefined && values[key] !== false,
  );
  if (given.length > 1) {
    throw new AoError(`${command}: --${given.join(' and --')} cannot be combined`, {
      fix: `pick one of --staged, --commit REV, --range A..B`,
    });
  }
  return given[0] ?? 'staged';
}

/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
export const AMEND_OPTION = { amend: { type: 'boolean' } } as const;

export const SCOPE_OPTIONS = {
  staged: { type: 'boolean' },
  commit: { type: 'string' },
  range: { type: 'string' },
} as const;

/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
export function expandMultiValue(args: string[], flags: string[]): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const arg of args) {
    if (arg.startsWith('-') && arg !== '-') {
      const flag = arg.split('=')[0]!;
      current = flags.includes(flag) ? flag : undefined;
      out.push(arg);
      continue;
    }
    if (current && out.at(-1) !== current) out.push(current);
    out.push(arg);
  }
  return out;
}

export function scopeFromFlags(
  command: string,
  values: { staged?: boolean; commit?: string; range?: string; amend?: boolean },
): SubjectScope {
  const which = oneScope(command, values);
  if (values.amend && which !== 'staged')
    throw new AoError(`${command}: --amend names the staged change; it cannot be combined with --${which}`, {
      fix: `ao ${command} --amend ...`,
    });
  if (which === 'commit') return { kind: 'commit', rev: values.commit! };
  if (which === 'range') return { kind: 'range', ...parseRangeArg(values.range!) };
  return values.amend ? { kind: 'staged', amend: true } : { kind: 'staged' };
}

export function parseActorKind(value: string | undefined, flag: string): ActorKind {
  const kind = value ?? 'agent';
  if (!isOneOf(ACTOR_KINDS, kind))
    throw new AoError(`${flag} must be one of ${ACTOR_KINDS.join(', ')}, not ${JSON.stringify(value)}`, {
      fix: `for example: ${flag} human`,
    });
  return kind;
}

/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
export const WORKER_OPTIONS = {
  worker: { type: 'string' },
  'worker-kind': { type: 'string' },
  'worker-session': { type: 'string' },
} as const;

/**
 * Who wrote the change: --worker, else $AO_WORKER, else the git author. Its session:
 * --worker-session, else the session of the agent harness this runs under (recorded by the
 * harness's hooks, src/harness/sessions.ts), else $AO_WORKER_SESSION.
 */
export function workerFrom(
  cli: Cli,
  git: Git,
  values: { worker?: string; 'worker-session'?: string },
  kind: ActorKind,
  authors: string[],
): Actor {
  const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
  if (!workerId)
    throw new AoError('cannot tell who wrote the change', {
      fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`',
    });
  const worker: Actor = { id: workerId, kind };
  const workerSession = values['worker-session'] ?? harnessSessionOf(git.gitDir) ?? cli.env.AO_WORKER_SESSION;
  if (workerSession) worker.session = workerSession;
  return worker;
}

/** Refuses up front what verification would refuse anyway: a checker that is the worker or shares its session. */
export function refuseDependentChecker(checker: Actor, worker: Actor): void {
  const problem = independenceProblem({ checker, worker });
  if (problem) {
    throw new AoError(`refusing to record: ${problem}`, {
      fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
    });
  }
}

/** The options naming who records a learning, promotion or retirement, shared by `ao learn`, `ao promote` and `ao retire`. */
export const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } } as const;

/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
export async function actorFrom(cli: Cli, git: Git, values: { by?: string; 'by-kind'?: string }): Promise<Actor> {
  const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
  if (!id)
    throw new AoError('cannot tell who is recording this', {
      fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`',
    });
  return { id, kind: parseActorKind(values['by-kind'], '--by-kind') };
}

export function parseEvidence(values: string[]): Evidence[] {
  return values.map((value) => {
    const colon = value.indexOf(':');
    const kind = colon > 0 ? value.slice(0, colon) : '';
    const text = value.slice(colon + 1);
    if (!isOneOf(EVIDENCE_KINDS, kind) || text.trim() === '') {
      throw new AoError(
        `--evidence takes KIND:TEXT with KIND one of ${EVIDENCE_KINDS.join(', ')}; got ${JSON.stringify(value)}`,
        {
          fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
        },
      );
    }
    if (kind === 'link') return { kind: 'link', url: text.trim() };
    return { kind, text };
  });
}

/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
export function ranEvidence(commands: string[]): Evidence[] {
  return commands.map((command) => {
    if (command.trim() === '')
      throw new AoError('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
    return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
  });
}

const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;

/** Repository-relative globs given with `flag` (no leading "/", no ".."), at most 100, without repeats. */
export function checkGlobs(globs: string[], flag: string): string[] {
  const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
  for (const glob of cleaned) {
    if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
      throw new AoError(
        `${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`,
        { fix: `for example: ${flag} 'src/auth/**' '*.sql'` },
      );
    }
  }
  if (cleaned.length > 100)
    throw new AoError(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
  return [...new Set(cleaned)];
}

/** A whole number from `min` to `max` given with `flag`. */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || value < min || value > max)
    throw new AoError(`${flag} takes a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`, {
      fix: `for example: ${flag} 2`,
    });
  return value;
}

/** `--timeout SECONDS`: more than 0, at most a day. */
export function positiveSeconds(text: string): number {
  const value = Number(text);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || value <= 0 || value > 86_400) {
    throw new AoError(`--timeout takes seconds (more than 0, at most 86400), not ${JSON.stringify(text)}`, {
      fix: 'for example: --timeout 300',
    });
  }
  return value;
}
