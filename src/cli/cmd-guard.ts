import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AoError } from '../core/errors.js';
import { shellQuote } from '../core/shell.js';
import { Git } from '../git/git.js';
import { guardShell, type Refusal } from '../harness/guard-shell.js';
import { guardWriteConstraints, guardWriteTarget } from '../harness/guard-write.js';
import {
  allowStop,
  allowTool,
  blockStop,
  GUARD_EVENTS,
  HARNESSES,
  injectContext,
  parseHookInput,
  refuseTool,
  type GuardEvent,
  type Harness,
  type HookInput,
  type HookOutput,
} from '../harness/protocols.js';
import { checkStop, countRefusal, MAX_STOP_REFUSALS, resetRefusals } from '../harness/stop.js';
import { readHarnessConfig } from '../harness/install.js';
import { recordHarnessSession } from '../harness/sessions.js';
import { compileContext } from '../repo/context.js';
import { policyAt } from '../repo/verify.js';
import { parse } from './flags.js';
import type { Cli } from './context.js';
import { HELP } from './help.js';
import { runnableAo } from '../present/commands.js';
import { renderDecision, renderProblem, styleFor } from '../present/output.js';

/** Context budgets (tokens): the whole picture at session start, a short one per prompt. */
const SESSION_BUDGET = 2000;
const PROMPT_BUDGET = 800;

/**
 * `ao guard EVENT --harness H`: what a harness's hooks run (installed by `ao init --agent`).
 * Reads the hook's JSON on stdin and answers in that harness's protocol. Anything it cannot
 * judge is refused rather than let through, except a stop that has been refused
 * MAX_STOP_REFUSALS times in a row on the same state (the agent is told it is not done).
 */
export async function cmdGuard(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('guard', args, { harness: { type: 'string' } });
  if (values.help) return (cli.out(HELP.guard!), 0);
  const event = positionals[0] as GuardEvent | undefined;
  if (!event || !GUARD_EVENTS.includes(event))
    throw new AoError(`ao guard takes an event: ${GUARD_EVENTS.join(', ')}`, {
      fix: 'ao guard pre-tool --harness claude (the harness hooks run it; see `ao init --agent`)',
    });
  const harness = (values.harness ?? 'claude') as Harness;
  if (!HARNESSES.includes(harness))
    throw new AoError(`--harness must be one of ${HARNESSES.join(', ')}, not ${JSON.stringify(values.harness)}`, {
      fix: 'ao guard pre-tool --harness claude',
    });
  const text = await cli.stdin();
  let raw: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    raw = parsed as Record<string, unknown>;
  } catch (error) {
    return emit(
      cli,
      failClosed(harness, event, `ao guard: the hook input is not a JSON object (${(error as Error).message})`),
    );
  }
  const input = parseHookInput(harness, event, raw);
  try {
    return emit(cli, await handle(cli, harness, event, input));
  } catch (error) {
    const message =
      error instanceof AoError
        ? `ao guard: ${error.message}${error.fix ? `\n  fix: ${error.fix}` : ''}`
        : `ao guard: internal error: ${(error as Error).message}`;
    return emit(cli, failClosed(harness, event, message, input));
  }
}

function emit(cli: Cli, output: HookOutput): number {
  if (output.stdout !== undefined) cli.out(output.stdout);
  if (output.stderr !== undefined) cli.err(output.stderr);
  return output.exitCode;
}

/** An error never lets a tool through; a stop is let through after a repeated refusal, so no loop. */
function failClosed(harness: Harness, event: GuardEvent, message: string, input?: HookInput): HookOutput {
  if (event === 'pre-tool') return refuseTool(harness, `${message}\n  (the guard refuses what it cannot check)`);
  if (event === 'stop') return input?.stopRepeated ? allowStop(harness, message) : blockStop(harness, message);
  return { stderr: message, exitCode: 0 };
}

async function openAt(cli: Cli, input: HookInput): Promise<Git | undefined> {
  const cwd = input.cwd && existsSync(input.cwd) ? input.cwd : cli.cwd;
  try {
    return await Git.open(cwd);
  } catch {
    return undefined;
  }
}

async function handle(cli: Cli, harness: Harness, event: GuardEvent, input: HookInput): Promise<HookOutput> {
  const git = await openAt(cli, input);
  // Outside a git repository there is no gate to skip and no ledger to protect.
  if (!git)
    return event === 'pre-tool'
      ? allowTool(harness)
      : event === 'stop'
        ? allowStop(harness)
        : injectContext(harness, event, '');
  const cwd = input.cwd && existsSync(input.cwd) ? input.cwd : cli.cwd;
  // Every hook says which session the harness runs now (a /clear starts another one).
  recordHarnessSession(git.gitDir, harness, input.session, { prune: event === 'session-start' });
  if (event === 'pre-tool') return preTool(git, harness, input, cwd);
  if (event === 'stop') return stop(cli, git, harness, input);
  if (event === 'session-start') {
    recordSession(cli, harness, input);
    return injectContext(harness, event, await sessionContext(cli, git, [], SESSION_BUDGET, true));
  }
  const paths = mentionedPaths(git, input.prompt ?? '');
  return injectContext(
    harness,
    event,
    paths.length > 0 ? await sessionContext(cli, git, paths, PROMPT_BUDGET, false) : '',
  );
}

async function preTool(git: Git, harness: Harness, input: HookInput, cwd: string): Promise<HookOutput> {
  const refusals: Refusal[] = [];
  if (input.shell !== undefined)
    refusals.push(...guardShell(input.shell, { cwd, top: git.topLevel, aliases: await gitAliases(git) }));
  if (input.writes.length > 0) {
    for (const write of input.writes) {
      const refusal = guardWriteTarget(write, cwd, git.topLevel);
      if (refusal) refusals.push(refusal);
    }
    if (refusals.length === 0) {
      const head = await git.headCommit();
      // Constraints in force are those in HEAD's policy: the same ones `git commit` will apply.
      const { policy } = await policyAt(git, head);
      for (const write of input.writes) refusals.push(...guardWriteConstraints(write, policy, cwd, git.topLevel));
    }
  }
  if (refusals.length === 0) return allowTool(harness);
  const lines = ['agentops/verdict refused this:'];
  for (const refusal of refusals.slice(0, 5)) {
    lines.push(`  ✘ ${refusal.reason}`, `      in: ${refusal.command}`, `      instead: ${refusal.instead}`);
  }
  if (refusals.length > 5) lines.push(`  … and ${refusals.length - 5} more`);
  return refuseTool(harness, lines.join('\n'));
}

async function stop(cli: Cli, git: Git, harness: Harness, input: HookInput): Promise<HookOutput> {
  const session = input.session ?? 'unknown-session';
  const check = await checkStop(git);
  if (check.covered) {
    resetRefusals(git, session);
    return allowStop(harness);
  }
  const ao = runnableAo(cli, git.topLevel);
  const style = styleFor({ isTTY: false } as NodeJS.WriteStream);
  const lines = [
    `Not done yet: the change you made (${describePaths(check.paths)}) has no passing verdict from an independent checker.`,
  ];
  for (const decision of check.report?.decisions.filter((d) => d.outcome === 'uncovered') ?? [])
    lines.push(...renderDecision(decision, style, ao));
  for (const problem of check.report?.ledger.problems ?? []) lines.push(...renderProblem(problem, style, ao));
  const checkCommand = readHarnessConfig(git.topLevel)?.checkCommand ?? `${ao} check --judge claude`;
  lines.push(
    `Get it checked: \`git add -A && ${checkCommand}\` (or /validate). Fix what the judges find, then check again.`,
  );
  const previous = countRefusal(git, session, check.stateKey);
  if (previous >= MAX_STOP_REFUSALS) {
    return allowStop(
      harness,
      `agentops/verdict: stopping after ${MAX_STOP_REFUSALS} refusals, and the change is NOT done:\n${lines.join('\n')}`,
    );
  }
  return blockStop(harness, lines.join('\n'));
}

function describePaths(paths: string[]): string {
  const shown = paths.slice(0, 3).map(shellQuote).join(', ');
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown;
}

/**
 * Claude Code also hands the session to the agent's shell through its env file, as
 * AO_WORKER_SESSION (src/harness/sessions.ts records it for every harness).
 */
function recordSession(cli: Cli, harness: Harness, input: HookInput): void {
  if (!input.session) return;
  const envFile = harness === 'claude' ? cli.env.CLAUDE_ENV_FILE : undefined;
  if (envFile) appendFileSync(envFile, `export AO_WORKER_SESSION=${shellQuote(`${harness}:${input.session}`)}\n`);
}

async function sessionContext(
  cli: Cli,
  git: Git,
  extraPaths: string[],
  budget: number,
  withGateNote: boolean,
): Promise<string> {
  const changed = await changedPaths(git);
  const paths = [...new Set([...changed, ...extraPaths])];
  const compiled = await compileContext(git, { paths, budget, format: 'md' });
  const { constraints, learnings, failedVerdicts } = compiled.json;
  const known = constraints.length + learnings.length + failedVerdicts.length > 0;
  const ao = runnableAo(cli, git.topLevel);
  const checkCommand = readHarnessConfig(git.topLevel)?.checkCommand ?? `${ao} check --judge claude`;
  const parts: string[] = [];
  if (withGateNote) {
    parts.push(
      `agentops/verdict guards this repository: a change is done only when an independent checker's verdict covers it. ` +
        `Before you finish, stage the change and run \`${checkCommand}\`; \`git commit\` is refused without it. ` +
        `Never skip the hooks (--no-verify, HUSKY=0) and never edit .agents/ledger, .agents/policy.json or .agents/checkers: only ao writes them.`,
    );
  }
  if (known) parts.push(compiled.text.trimEnd());
  return parts.join('\n\n');
}

async function changedPaths(git: Git): Promise<string[]> {
  const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
  return status.stdout
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3))
    .filter((path) => !path.startsWith('.agents/'));
}

/** Words of a prompt that name files of the repository (`src/a.ts`, `./lib/x.js`). */
function mentionedPaths(git: Git, prompt: string): string[] {
  const found = new Set<string>();
  for (const match of prompt.matchAll(
    /(?:^|[\s`'"(])((?:\.\/)?[A-Za-z0-9_.@-]+(?:\/[A-Za-z0-9_.@-]+)+|[A-Za-z0-9_@-]+\.[A-Za-z0-9]{1,8})(?=$|[\s`'"),:;])/g,
  )) {
    const path = match[1]!.replace(/^\.\//, '');
    // As for the change's paths, ao's own files are not what the work is about (the session
    // context a harness prepends to the prompt names them).
    if (found.size < 50 && !path.startsWith('.agents/') && existsSync(join(git.topLevel, path))) found.add(path);
  }
  return [...found];
}

async function gitAliases(git: Git): Promise<Map<string, string>> {
  const result = await git.run(['config', '--get-regexp', '^alias\\.'], { okCodes: [1] });
  const aliases = new Map<string, string>();
  for (const line of result.stdout.toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (line.startsWith('alias.') && space > 6) aliases.set(line.slice(6, space).toLowerCase(), line.slice(space + 1));
  }
  return aliases;
}
