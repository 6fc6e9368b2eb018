import { realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { isJudgeName, judgeId, judgeNameFromCommand, quorumProblem, type QuorumProblem } from '../core/council.js';
import { AoError } from '../core/errors.js';
import { shortId, type Actor } from '../core/record.js';
import { plural } from '../core/words.js';
import { shortSha } from '../repo/changes.js';
import { describeEnd, seconds, type JudgeResult } from '../core/review.js';
import { recordCheck } from '../repo/check/record.js';
import { runCheck, type CheckerResult, type CheckEvent, type CheckResult, type JudgeSpec } from '../repo/check/run.js';
import { shellQuote } from '../core/shell.js';
import type { BuiltinJudge } from '../repo/judges/builtin.js';
import {
  parse,
  parseActorKind,
  positiveSeconds,
  refuseDependentChecker,
  SCOPE_OPTIONS,
  scopeFromFlags,
  wholeNumber,
  WORKER_OPTIONS,
  workerFrom,
} from './flags.js';
import { warnIfConstraintsRefuse } from './gate-warning.js';
import { openRepo, type Cli } from './context.js';
import { contextForJudges } from '../repo/context.js';
import { signerFromFlag, signingAdvice } from '../repo/signing.js';
import { HELP } from './help.js';
import { styleFor, type Style } from '../present/output.js';
import { oneLine } from '../core/words.js';

const DEFAULT_TIMEOUT_S = 600;
const DEFAULT_JOBS = 4;
/** A record holds at most 200 evidence items; far fewer checkers are ever useful. */
const MAX_CHECKERS = 64;

export async function cmdCheck(cli: Cli, args: string[]): Promise<number> {
  const { values, tokens } = parse(
    'check',
    args,
    {
      ...SCOPE_OPTIONS,
      run: { type: 'string', multiple: true },
      judge: { type: 'string', multiple: true },
      'judge-name': { type: 'string', multiple: true },
      'judge-model': { type: 'string', multiple: true },
      quorum: { type: 'string' },
      timeout: { type: 'string' },
      jobs: { type: 'string' },
      checker: { type: 'string' },
      'checker-kind': { type: 'string' },
      ...WORKER_OPTIONS,
      sign: { type: 'string' },
      context: { type: 'string' },
      json: { type: 'boolean' },
    },
    false,
  );
  if (values.help) return (cli.out(HELP.check!), 0);
  const scope = scopeFromFlags('check', values);
  const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : positiveSeconds(values.timeout);
  // Built-in judges (claude, codex, gemini, openai:URL) become `ao judge …` commands.
  const judges = await resolveBuiltinJudges(judgesFromTokens(tokens ?? []), tokens ?? [], timeoutS);
  const runs = values.run ?? [];
  for (const command of [...runs, ...judges.map((j) => j.command)]) {
    if (command.trim() === '')
      throw new AoError('--run and --judge take a command, not an empty string', {
        fix: 'for example: --run "npm test"',
      });
  }
  if (runs.length + judges.length > MAX_CHECKERS)
    throw new AoError(`ao check runs at most ${MAX_CHECKERS} checkers at once`, {
      fix: 'fold several commands into one --run "a && b"',
    });
  const contextFrom = values.context ?? 'base';
  if (contextFrom !== 'base' && contextFrom !== 'all')
    throw new AoError(`--context must be base or all, not ${JSON.stringify(values.context)}`, { fix: '--context all' });
  const quorum = values.quorum === undefined ? undefined : wholeNumber(values.quorum, '--quorum', 1, MAX_CHECKERS);
  const unmet = quorumProblem(
    judges.map((j) => j.reviewer),
    quorum,
  );
  if (unmet) throw quorumError(unmet);
  const jobs = values.jobs === undefined ? DEFAULT_JOBS : wholeNumber(values.jobs, '--jobs', 1, MAX_CHECKERS);
  const checker: Actor = {
    id: values.checker ?? cli.env.AO_CHECKER ?? `ao-check@${hostname()}`,
    kind: parseActorKind(values['checker-kind'] ?? 'tool', '--checker-kind'),
  };
  const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');

  const git = await openRepo(cli);
  // Load the key before any checker runs: a bad key should fail fast, not after a long test run.
  const sign = await signerFromFlag(values.sign, { env: cli.env, cwd: cli.cwd });
  for (const warning of await signingAdvice(git, checker.id, sign)) cli.err(`ao: warning: ${warning}`);
  const style = styleFor(process.stderr);
  let worker: Actor | undefined;
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const name of signals) process.on(name, onSignal);
  let check: CheckResult;
  try {
    check = await runCheck(git, {
      scope,
      runs,
      judges,
      quorum,
      timeoutMs: Math.round(timeoutS * 1000),
      jobs,
      // What the ledger knows about the touched paths (docs/ratchet.md#the-context-compiler).
      context: judges.length > 0 ? await contextForJudges(git, scope, { from: contextFrom }) : '',
      parentEnv: cli.env,
      cwd: cli.cwd,
      signal: interrupt.signal,
      beforeRunning: (resolved) => {
        worker = workerFrom(cli, git, values, workerKind, resolved.authors);
        refuseDependentChecker(checker, worker);
        for (const judge of judges) refuseDependentChecker({ id: judge.reviewer, kind: 'agent' }, worker);
      },
      onEvent: (event) => cli.err(renderEvent(event, { timeoutS, jobs }, style)),
    });
  } finally {
    for (const name of signals) process.off(name, onSignal);
  }

  const { record, path } = await recordCheck(git, check, {
    checker,
    worker: worker!,
    stage: scope.kind === 'staged',
    sign,
  });
  cli.err(renderConclusion(check, style));
  if (check.namingNote && check.resolved.subject.kind === 'range' && check.subject.kind === 'range') {
    const named = new Set(check.subject.commits.map((c) => c.commit));
    const others = check.resolved.subject.commits.filter((c) => !named.has(c.commit)).map((c) => shortSha(c.commit));
    cli.err(
      `  note: ${check.namingNote}\n  not named on their own: ${others.slice(0, 8).join(' ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}` +
        `\n  in commit mode each needs its own verdict, e.g. \`ao check --commit ${others[0]} --judge ...\``,
    );
  }
  if (check.cleanupProblem) cli.err(style.dim(`  note: ${check.cleanupProblem}`));
  cli.err(
    `recorded ${check.decision.verdict} ${shortId(record.id)} for the ${check.resolved.label} by ${checker.id}\n` +
      (scope.kind === 'staged'
        ? `  ${path} is staged: it lands with the commit`
        : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``),
  );
  cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
  if (check.decision.verdict === 'pass') await warnIfConstraintsRefuse(cli, git, scope, check.resolved.baseRev);
  return check.decision.verdict === 'pass' ? 0 : 1;
}

/** Pairs each --judge with the --judge-name that follows it (before the next --judge). */
function judgesFromTokens(tokens: { kind: string; name?: string; value?: string | undefined }[]): JudgeSpec[] {
  const specs: { command: string; name?: string }[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'judge') specs.push({ command: token.value ?? '' });
    if (token.name === 'judge-name') {
      const last = specs.at(-1);
      if (!last)
        throw new AoError('--judge-name names the --judge before it, and none comes before it', {
          fix: 'write it after its judge: --judge "claude -p ..." --judge-name claude',
        });
      if (last.name !== undefined)
        throw new AoError(`the judge ${JSON.stringify(last.command)} is named twice`, {
          fix: 'give each --judge at most one --judge-name, right after it',
        });
      last.name = judgeName(token.value ?? '');
    }
  }
  return specs.map((spec) => ({
    command: spec.command,
    reviewer: judgeId(spec.name ?? judgeNameFromCommand(spec.command)),
  }));
}

function judgeName(name: string): string {
  if (!isJudgeName(name)) {
    throw new AoError(
      `--judge-name ${JSON.stringify(name)} is not a judge name: letters, digits and . _ @ + -, at most 64`,
      { fix: 'for example: --judge-name claude-security' },
    );
  }
  return name;
}

function quorumError(unmet: QuorumProblem): AoError {
  switch (unmet.problem) {
    case 'no-judges':
      return new AoError('--quorum counts judges, and no --judge is given', {
        fix: 'add judges with --judge CMD, or drop --quorum',
      });
    case 'not-whole':
      return new AoError(`--quorum must be a whole number of at least 1, not ${unmet.quorum}`, { fix: '--quorum 2' });
    case 'unreachable': {
      const note =
        unmet.distinct < unmet.given
          ? ` (${unmet.given} given, but the same judge twice counts once: name them apart with --judge-name)`
          : '';
      return new AoError(
        `--quorum ${unmet.quorum} can never be met by ${unmet.distinct} distinct judge${unmet.distinct === 1 ? '' : 's'}${note}`,
        { fix: `add judges, or lower it to --quorum ${unmet.distinct}` },
      );
    }
  }
}

function renderEvent(event: CheckEvent, settings: { timeoutS: number; jobs: number }, style: Style): string {
  if (event.type === 'start') {
    const { resolved } = event;
    const paths = resolved.subject.entries.length;
    return [
      style.bold(
        `ao check: the ${resolved.label} (${plural(paths, 'path')}, digest ${shortId(resolved.subject.digest)})`,
      ),
      style.dim(
        `  ${plural(event.checkers, 'checker')}, each in a fresh checkout of tree ${event.tree.slice(0, 12)} outside this one; timeout ${settings.timeoutS} s, ${settings.jobs} at a time`,
      ),
      style.dim(`  policy: ${event.policySource}`),
    ].join('\n');
  }
  return renderChecker(event.checker, style).join('\n');
}

function renderChecker(checker: CheckerResult, style: Style): string[] {
  if (checker.kind === 'run') {
    const { outcome } = checker;
    const mark = checker.passed ? style.ok('✔') : style.bad('✘');
    const lines = [
      `  ${mark} run    ${oneLine(checker.command, 60)}  ${checker.passed ? 'passed' : style.bad('failed')} (${describeEnd(outcome)}, ${seconds(outcome.durationMs)})`,
    ];
    if (!checker.passed && checker.evidence.kind === 'test' && checker.evidence.outputTail) {
      for (const line of checker.evidence.outputTail.split('\n').slice(-10)) lines.push(style.dim(`      │ ${line}`));
    }
    return lines;
  }
  return renderJudge(checker.result, style);
}

function renderJudge(result: JudgeResult, style: Style): string[] {
  const mark =
    result.verdict === 'pass'
      ? style.ok('✔')
      : result.verdict === 'warn'
        ? style.ok('~')
        : result.verdict === 'fail'
          ? style.bad('✘')
          : style.bad('!');
  const model = result.review?.model
    ? ` (${result.review.model}${result.family ? `, ${result.family}` : ''})`
    : result.family
      ? ` (${result.family})`
      : '';
  const word = result.verdict === 'pass' || result.verdict === 'warn' ? result.verdict : style.bad(result.verdict);
  const lines = [`  ${mark} judge  ${result.reviewer}${model}  ${word} (${seconds(result.durationMs)})`];
  if (result.error) lines.push(`      ${style.bad(oneLine(result.error, 300))}`);
  if (result.review) {
    lines.push(style.dim(`      ${oneLine(result.review.summary, 200)}`));
    for (const finding of result.review.findings ?? []) {
      const where = finding.location
        ? ` ${finding.location.path}${finding.location.line ? `:${finding.location.line}` : ''}`
        : '';
      lines.push(`      ${finding.severity} ${finding.category}${where}: ${oneLine(finding.description, 200)}`);
      if (finding.suggestedFix) lines.push(style.dim(`        fix: ${oneLine(finding.suggestedFix, 200)}`));
    }
  }
  return lines;
}

function renderConclusion(check: CheckResult, style: Style): string {
  const { decision } = check;
  const lines: string[] = [];
  if (decision.judges.distinct > 0) {
    lines.push(
      `  council: ${decision.judges.passed} of ${plural(decision.judges.distinct, 'judge')} passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}` +
        (decision.judges.duplicates.length
          ? style.dim(` (counted once: ${decision.judges.duplicates.join(', ')})`)
          : ''),
    );
  }
  const word =
    decision.verdict === 'pass'
      ? style.ok('PASS')
      : decision.outcome === 'not proven'
        ? style.bad('NOT PROVEN')
        : style.bad('FAIL');
  lines.push(`verdict: ${word}${decision.reasons.length ? `: ${decision.reasons.join('; ')}` : ''}`);
  return lines.join('\n');
}

/** `--judge claude|codex|gemini|openai:URL` (with an optional `--judge-model M` after it) as the `ao judge` command that runs it. */
async function resolveBuiltinJudges(
  judges: JudgeSpec[],
  tokens: { kind: string; name?: string; value?: string | undefined }[],
  timeoutS: number,
): Promise<JudgeSpec[]> {
  const { parseBuiltinJudge } = await import('../repo/judges/builtin.js');
  const models = judgeModels(tokens);
  return judges.map((judge, index) => {
    const builtin = parseBuiltinJudge(judge.command);
    if (!builtin) {
      if (models[index] !== undefined)
        throw new AoError(
          `--judge-model selects the model of a built-in judge (claude, codex, gemini, openai:URL), not of ${JSON.stringify(judge.command)}`,
          { fix: "pass the model in the judge's own command instead" },
        );
      return judge;
    }
    if (models[index] !== undefined) builtin.model = models[index];
    const reviewer =
      judge.reviewer === judgeId(judgeNameFromCommand(judge.command)) ? judgeId(builtin.kind) : judge.reviewer;
    return { command: builtinJudgeCommand(builtin, timeoutS), reviewer };
  });
}

/** The command `ao check` runs for a built-in judge: this very ao, by absolute path (`ao judge KIND`). */
function builtinJudgeCommand(judge: BuiltinJudge, timeoutS: number): string {
  const entry = realpathSync(process.argv[1]!);
  return [
    process.execPath,
    entry,
    'judge',
    judge.kind === 'openai' ? `openai:${judge.url}` : judge.kind,
    ...(judge.model ? ['--model', judge.model] : []),
    '--timeout',
    String(Math.max(0.5, timeoutS - Math.min(5, timeoutS / 10))),
  ]
    .map(shellQuote)
    .join(' ');
}

/** The `--judge-model` given after each `--judge` (before the next), by judge index. */
function judgeModels(tokens: { kind: string; name?: string; value?: string | undefined }[]): (string | undefined)[] {
  const models: (string | undefined)[] = [];
  let judges = 0;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'judge') {
      judges++;
      models.push(undefined);
    }
    if (token.name === 'judge-model') {
      if (judges === 0)
        throw new AoError('--judge-model selects the model of the --judge before it, and none comes before it', {
          fix: 'write it after its judge: --judge claude --judge-model claude-opus-4-1',
        });
      if (models[judges - 1] !== undefined)
        throw new AoError('a judge is given --judge-model twice', {
          fix: 'give each --judge at most one --judge-model',
        });
      models[judges - 1] = token.value ?? '';
    }
  }
  return models;
}
