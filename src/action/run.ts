import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixText } from '../present/commands.js';
import { decisionJson, renderReport, reportJson, type Style } from '../present/output.js';
import { AoError } from '../core/errors.js';
import { plural } from '../core/words.js';
import type { LedgerProblem } from '../core/ledger.js';
import { pathText } from '../core/manifest.js';
import { LEDGER_DIR, POLICY_PATH, shortId } from '../core/record.js';
import { parseStrictJson } from '../core/strict-json.js';
import { Git } from '../git/git.js';
import { shortSha } from '../repo/changes.js';
import { auditLedger, LedgerView, type LedgerAudit } from '../repo/ledger-view.js';
import { proveReplays } from '../repo/replay.js';
import {
  observedFailure,
  policyAt,
  verify,
  type Enforcement,
  type VerifyOptions,
  type VerifyReport,
} from '../repo/verify.js';
import { associatedPulls, fetchPullHeads, pullNumbersHinted, replayable } from './landed.js';
import { ensureCommits, HistoryError } from './history.js';
import { authenticatedActorOf, planFor, wantsOf } from './plan.js';
import { openApi, type Api } from './api.js';
import { CHECK_SUMMARY_LIMIT, checkAnnotations, fitText, postCheckRun } from './checks.js';
import { commentMarker, upsertComment } from './comment.js';
import { postStatus } from './status.js';
import { commentBody, renderSummary, type LedgerFacts } from '../present/summary.js';
import { oneLine } from '../core/words.js';
import { resolveTarget } from './target.js';

/** What the runner tells a step: the event, where the repository is, where the API is. */
interface RunnerContext {
  eventName: string;
  payload: Record<string, unknown>;
  sha?: string;
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
  workspace: string;
  tempDir: string;
}

interface Inputs {
  base?: string;
  head?: string;
  path: string;
  token?: string;
  /** Empty: post no commit status. */
  statusContext: string;
  checkerHint?: string;
  /** Unset: the policy's `enforcement` decides (default enforce). */
  mode?: Enforcement;
  checkRun: 'auto' | 'true' | 'false';
  comment: boolean;
}

const DEFAULT_STATUS_CONTEXT = 'agentops/verdict';
/** Events whose commits are named by whoever starts the run, not by a change asking to land. */
const AUDIT_EVENTS = ['workflow_dispatch', 'schedule'];

/**
 * Which status a run speaks as. Only a check of what a change brings to its target (a pull
 * request, a merge queue group, a push to the default branch) posts under the coverage
 * check's own name, which branch protection requires. An audit, or a scheduled or dispatched
 * run (whoever starts it picks the commits), posts `<context>/audit`; a push to another
 * branch, which checks only the commits that push adds, posts `<context>/push`: neither can
 * turn the red status of the pull request on the same commit green.
 */
type Voice = 'coverage' | 'audit' | 'push';

function statusContextFor(context: string, voice: Voice): string {
  return voice === 'coverage' ? context : `${context}/${voice}`;
}
/** GitHub shows at most 10 error annotations a step (setFailed's is one of them); the summary is the complete list. */
const MAX_ERROR_ANNOTATIONS = 10;
const ANNOTATION_BUDGET = MAX_ERROR_ANNOTATIONS - 1;
const MAX_RESULTS = 1000;

function readContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath && existsSync(eventPath)) {
    const fix =
      'run the action as a step of a GitHub Actions workflow, which writes the payload (GITHUB_EVENT_PATH); do not rewrite that file in an earlier step';
    let bytes: Buffer;
    try {
      bytes = readFileSync(eventPath);
    } catch (error) {
      throw new AoError(
        `cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}`,
        { fix },
      );
    }
    // Strictly: with a duplicate key, which of two "sha" or "sender" fields counts would be up to the parser.
    const parsed = parseStrictJson(bytes);
    if (!parsed.ok)
      throw new AoError(`the event payload at GITHUB_EVENT_PATH (${eventPath}) is not valid JSON: ${parsed.error}`, {
        fix,
      });
    if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      throw new AoError(`the event payload at GITHUB_EVENT_PATH (${eventPath}) is not a JSON object`, { fix });
    }
    payload = parsed.value as Record<string, unknown>;
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME || '(no GITHUB_EVENT_NAME)',
    payload,
    sha: env.GITHUB_SHA || undefined,
    repository,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runUrl:
      repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
  };
}

function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const input = (name: string) => core.getInput(name) || undefined;
  // The runner sets every declared input, defaults included; an unset one means "not run by a runner".
  const statusContext =
    env['INPUT_STATUS-CONTEXT'] === undefined ? DEFAULT_STATUS_CONTEXT : core.getInput('status-context');
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (input(name) ?? fallback).trim().toLowerCase();
    if (!(allowed as readonly string[]).includes(value)) {
      throw new AoError(`the ${name} input is ${JSON.stringify(input(name))}; it takes ${allowed.join(' or ')}`, {
        fix: `set \`${name}: ${fallback}\` (or remove it) in the workflow step's \`with:\``,
      });
    }
    return value as T;
  };
  const mode = input('mode') ? choice('mode', ['observe', 'enforce'] as const, 'enforce') : undefined;
  return {
    base: input('base'),
    head: input('head'),
    path: input('path') ?? '.',
    token: input('token') ?? (env.GITHUB_TOKEN || undefined),
    statusContext,
    checkerHint: input('checker'),
    mode,
    checkRun: choice('check-run', ['auto', 'true', 'false'] as const, 'auto'),
    comment: choice('comment', ['true', 'false'] as const, 'false') === 'true',
  };
}

interface Outcome {
  result: 'pass' | 'fail';
  /** Observe mode: it would fail, and passes; every message says so. */
  observed?: boolean;
  title: string;
  why?: string;
  head?: string;
  report?: VerifyReport;
  audit?: LedgerAudit;
  ledger?: LedgerFacts;
  policyRev?: string;
  policyWhy?: string;
  notes: string[];
  error?: { message: string; fix?: string; yaml?: string };
}

/** How authors run `ao` in the checked-out repository: `npx ao` where it is a dependency of its package.json. */
function aoCommandIn(dir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const deps = [pkg.dependencies, pkg.devDependencies].filter(
      (d): d is Record<string, unknown> => !!d && typeof d === 'object',
    );
    return deps.some((d) => Object.hasOwn(d, '@agentops/verdict')) ? 'npx ao' : 'ao';
  } catch {
    return 'ao';
  }
}

/** Prints text that may hold anything, with workflow commands off, so no line of it can be one. */
function logUntrusted(text: string): void {
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n${text}\n::${token}::\n`);
}

/** The check run when the token may (`check-run: auto|true`), else, or also on failure, the commit status. */
async function postResult(
  ctx: RunnerContext,
  inputs: Inputs,
  api: Api,
  outcome: Outcome,
  context: string,
  markdown: string,
): Promise<void> {
  const head = outcome.head!;
  if (inputs.checkRun !== 'false') {
    const level = outcome.observed ? 'warning' : 'failure';
    const failing = outcome.result === 'fail' || outcome.observed;
    const { annotations, left } = failing
      ? checkAnnotations(outcome.report?.decisions ?? [], outcome.ledger?.problems ?? [], level)
      : { annotations: [], left: 0 };
    const posted = await postCheckRun(api, {
      name: context,
      headSha: head,
      conclusion: outcome.observed ? 'neutral' : outcome.result === 'pass' ? 'success' : 'failure',
      title: statusDescription(outcome),
      summary: fitText(
        markdown,
        CHECK_SUMMARY_LIMIT,
        `the job summary${ctx.runUrl ? ` (${ctx.runUrl})` : ''} and the results-file output have the rest`,
      ),
      detailsUrl: ctx.runUrl,
      annotations,
    });
    if (posted.posted) {
      core.info(
        `posted check run ${context} on ${shortSha(head)} with ${posted.annotated} annotation${posted.annotated === 1 ? '' : 's'} in ${posted.requests} request${posted.requests === 1 ? '' : 's'}${left ? ` (${left} more in the job summary)` : ''}`,
      );
      return;
    }
    const why = `could not create the check run "${context}" on ${shortSha(head)}: ${posted.failure.message}${posted.failure.denied ? '; give the job `permissions: checks: write`, or set `check-run: false`' : ''}. Posting the commit status instead`;
    if (inputs.checkRun === 'true') core.warning(`agentops/verdict: ${why}`);
    else core.notice(`agentops/verdict: ${why}`);
  }
  const posted = await postStatus({
    apiUrl: ctx.apiUrl,
    token: inputs.token!,
    repository: ctx.repository!,
    sha: head,
    state: outcome.error ? 'error' : outcome.result === 'pass' ? 'success' : 'failure',
    context,
    description: statusDescription(outcome),
    targetUrl: ctx.runUrl,
  });
  if (posted.posted) core.info(`posted commit status ${context} on ${shortSha(head)}`);
  else
    core.warning(
      `agentops/verdict: could not post the commit status "${context}" on ${shortSha(head)}: ${posted.why}. The check itself is unaffected.`,
    );
}

/** The pull request's one comment (the comment input): created on the first failure, then kept up to date. */
async function commentOn(
  ctx: RunnerContext,
  api: Api,
  outcome: Outcome,
  context: string,
  markdown: string,
  ao: string,
): Promise<void> {
  const pr = ctx.payload.pull_request as Record<string, unknown> | undefined;
  const number = typeof pr?.number === 'number' ? pr.number : undefined;
  if (!pr || number === undefined) return; // only pull requests have a conversation
  const repoOf = (side: unknown) =>
    ((side as { repo?: { full_name?: unknown } } | undefined)?.repo?.full_name as string | undefined) ?? undefined;
  const fork = repoOf(pr.head) !== undefined && repoOf(pr.head) !== repoOf(pr.base);
  const readOnly =
    'a pull request from a fork gets a read-only token under pull_request (use pull_request_target, or read the job summary); elsewhere give the job `permissions: pull-requests: write`';
  if (fork && ctx.eventName === 'pull_request') {
    core.notice(`agentops/verdict: no pull request comment: ${readOnly}`);
    return;
  }
  const body = commentBody({
    outcome: outcome.result === 'fail' || outcome.observed ? 'failing' : 'passing',
    observed: !!outcome.observed,
    report: outcome.report,
    problems: outcome.ledger?.problems ?? [],
    error: outcome.error,
    head: outcome.head,
    runUrl: ctx.runUrl,
    ao,
    summary: markdown,
  });
  const result = await upsertComment(api, number, commentMarker(context), body);
  if (result.done === 'created' || result.done === 'updated')
    core.info(`${result.done} the pull request comment (${result.id})`);
  else if (result.done === 'denied')
    core.notice(`agentops/verdict: no pull request comment: ${result.failure.message}: ${readOnly}`);
  else if (result.done === 'failed')
    core.warning(
      `agentops/verdict: could not write the pull request comment: ${result.failure.message}. The check itself is unaffected.`,
    );
}

const PLAIN: Style = { ok: (t) => t, bad: (t) => t, dim: (t) => t, bold: (t) => t };

async function check(
  ctx: RunnerContext,
  inputs: Inputs,
  setTitle: (title: string) => void,
  setHead: (sha: string) => void,
  setVoice: (voice: Voice) => void,
): Promise<Outcome> {
  const plan = planFor({ name: ctx.eventName, payload: ctx.payload, sha: ctx.sha }, inputs);
  setTitle(plan.title);
  if (plan.kind === 'audit') setVoice('audit');
  else if (plan.kind === 'push' && !plan.isDefault) setVoice('push');
  core.info(`agentops/verdict: ${plan.title}`);
  if (plan.kind === 'nothing') return { result: 'pass', title: plan.title, why: oneLine(plan.why, 300), notes: [] };

  // Known before any git work where the event names it, so even a failure to fetch reports on it.
  const named = plan.kind === 'push' ? plan.after.rev : plan.head.rev;
  if (/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(named)) setHead(named);
  const { wants, history } = wantsOf(plan);
  const had = await ensureCommits(await Git.open(resolve(ctx.workspace, inputs.path)), wants, { history });
  for (const line of had.log) core.info(`  ${line}`);
  const git = had.git;
  const target = await resolveTarget(git, plan, had.shas);
  if (target.kind === 'nothing') return { result: 'pass', title: plan.title, why: target.why, notes: [] };
  setHead(target.head);
  const headWhy = `\`${shortSha(target.head)}\` (the ${plan.kind === 'push' ? 'pushed commit' : plan.kind === 'audit' ? plan.head.role : 'head'})`;

  if (target.kind === 'audit') {
    const [audit, setup] = await Promise.all([
      auditLedger(git, { kind: 'commit', commit: target.head }),
      setupProblems(git, target.head),
    ]);
    // A commit that is not set up has nothing an audit could vouch for: a failure, never a pass.
    if (!audit.genesisId && !audit.problems.some((p) => p.code === 'no-genesis'))
      setup.unshift(noLedger(target.head, audit.records.length));
    audit.problems.push(...setup);
    return {
      result: audit.problems.length === 0 ? 'pass' : 'fail',
      title: plan.title,
      why: target.why,
      head: target.head,
      audit,
      ledger: { source: headWhy, records: audit.records.length, heads: audit.heads, problems: audit.problems },
      notes: [],
    };
  }

  const options: VerifyOptions = {
    ledger: { kind: 'commit', commit: target.head },
    policyRev: target.policyRev,
    checkerHint: inputs.checkerHint,
    authenticatedActor: authenticatedActorOf({ name: ctx.eventName, payload: ctx.payload }),
  };
  let report = await verify(git, target.scope, options);
  const replays: string[] = [];
  // A squash or rebase merge (buttons or merge queue) writes commits no verdict names: prove them replays of a covered pull request.
  if ((plan.kind === 'push' || ctx.eventName === 'merge_group') && replayable(report).length > 0) {
    const proved = await proveLanded(ctx, inputs, git, report, options);
    report = proved.report;
    replays.push(...proved.proofs);
  }
  const view = await LedgerView.open(git, { kind: 'commit', commit: target.head }, report.scope.base);
  const notes = [...target.notes, ...report.notes, ...replays];
  const declared = report.policy.policy?.enforcement;
  // The policy at the base outranks the workflow's input, which a pull request can edit.
  const enforcement: Enforcement = declared === 'enforce' ? 'enforce' : (inputs.mode ?? declared ?? 'enforce');
  if (declared === 'enforce' && inputs.mode === 'observe')
    notes.push(
      'the mode input says observe, but the policy at the base says "enforcement": "enforce", so it is enforced',
    );
  const observed = observedFailure(report, enforcement);
  if (
    report.policy.enforced &&
    report.decisions.some((d) => d.change.manifest.entries.some((e) => pathText(e.path) === POLICY_PATH))
  ) {
    notes.push(
      `this change modifies ${POLICY_PATH}: it is judged by the policy it would land under${target.policyRev ? ` (at ${shortSha(target.policyRev)})` : ''}, and the new policy applies only to changes after it lands`,
    );
  }
  return {
    result: report.ok || observed ? 'pass' : 'fail',
    observed,
    title: plan.title,
    why: target.why,
    head: target.head,
    report,
    policyRev: target.policyRev ?? report.scope.base,
    policyWhy: target.policyWhy,
    ledger: {
      source: headWhy,
      records: report.ledger.baseRecords + report.ledger.newRecords,
      added: report.ledger.newRecords,
      heads: await view.heads(),
      problems: report.ledger.problems,
      appendOnlySince: report.scope.base,
    },
    notes,
  };
}

/** Pull requests the pushed or queued commits may be squashes or rebases of, fetched, and the proof. */
async function proveLanded(ctx: RunnerContext, inputs: Inputs, git: Git, report: VerifyReport, options: VerifyOptions) {
  const open = replayable(report);
  const subjects = report.decisions
    .filter((d) => d.change.commit && open.includes(d.change.commit))
    .map((d) => d.change.subjectLine);
  const queueRef =
    typeof (ctx.payload.merge_group as Record<string, unknown> | undefined)?.head_ref === 'string'
      ? ((ctx.payload.merge_group as Record<string, unknown>).head_ref as string)
      : undefined;
  const numbers = pullNumbersHinted(subjects, queueRef);
  const log: string[] = [];
  const api = inputs.token && ctx.repository ? await openApi(ctx.apiUrl, inputs.token, ctx.repository) : undefined;
  if (api) numbers.push(...(await associatedPulls(api, open, log)));
  const candidates = await fetchPullHeads(git, numbers, log);
  for (const line of log) core.info(`  ${line}`);
  if (candidates.length === 0) return { report, proofs: [] };
  core.info(`  trying ${candidates.map((c) => c.label).join(', ')} as the source of a squash or rebase merge`);
  return proveReplays(git, report, candidates, options);
}

const SETUP_FIX =
  "set agentops/verdict up with `ao init` and commit the .agents/ directory (policy.json and the ledger's genesis record); or audit a commit that has it (the head input)";

function noLedger(head: string, records: number): LedgerProblem {
  return {
    code: 'no-genesis',
    message: `there is no ledger at ${shortSha(head)}: ${records === 0 ? `${LEDGER_DIR}/ holds no records` : 'no genesis record'}, so agentops/verdict is not set up at this commit`,
    path: LEDGER_DIR,
    fix: SETUP_FIX,
  };
}

/** What an audited commit needs besides an intact ledger: a valid policy, which judges every later change. */
async function setupProblems(git: Git, head: string): Promise<LedgerProblem[]> {
  try {
    const loaded = await policyAt(git, head);
    if (loaded.policy) return [];
    return [
      {
        code: 'no-policy',
        message: `there is no ${POLICY_PATH} at ${shortSha(head)}, so agentops/verdict is not set up at this commit`,
        path: POLICY_PATH,
        fix: SETUP_FIX,
      },
    ];
  } catch (error) {
    if (!(error instanceof AoError)) throw error;
    return [
      { code: 'invalid-policy', message: error.message, path: POLICY_PATH, fix: error.fix ?? `fix ${POLICY_PATH}` },
    ];
  }
}

function failureLine(outcome: Outcome): string {
  if (outcome.error)
    return oneLine(`${outcome.error.message}${outcome.error.fix ? `; fix: ${outcome.error.fix}` : ''}`, 1000);
  const parts: string[] = [];
  const report = outcome.report;
  if (report && report.counts.uncovered > 0) {
    const first = report.decisions.find((d) => d.outcome === 'uncovered')!;
    parts.push(
      `${report.counts.uncovered} of ${plural(report.counts.checked, 'commit')} ${report.counts.uncovered === 1 ? 'lacks' : 'lack'} a passing verdict from an independent checker (first: ${first.change.label} ${oneLine(first.change.subjectLine ?? '', 60)}); fix: ${fixText(first.fix) ?? first.reason}${report.counts.uncovered > 1 ? ' (the job summary lists every fix)' : ''}`,
    );
  }
  const problems = outcome.ledger?.problems ?? [];
  if (problems.length > 0) {
    const first = problems[0]!;
    parts.push(
      `the ledger has ${problems.length} problem${problems.length === 1 ? '' : 's'} (first: ${first.message}); fix: ${first.fix}`,
    );
  }
  return oneLine(`agentops/verdict: ${parts.join('; and ') || 'failed'}`, 1000);
}

function annotate(outcome: Outcome): void {
  const items: { message: string; title: string; file?: string }[] = [];
  for (const problem of outcome.ledger?.problems ?? []) {
    items.push({
      title: `Ledger problem (${problem.code})`,
      message: `${problem.message}. Fix: ${problem.fix}`,
      file: problem.path,
    });
  }
  for (const decision of outcome.report?.decisions ?? []) {
    if (decision.outcome !== 'uncovered') continue;
    items.push({
      title: oneLine(`${decision.change.label} ${decision.change.subjectLine ?? ''}`, 100),
      message: `${decision.reason}. Fix: ${fixText(decision.fix) ?? 'record a passing verdict from an independent checker'}`,
    });
  }
  const shown = items.length > ANNOTATION_BUDGET ? items.slice(0, ANNOTATION_BUDGET - 1) : items;
  for (const item of shown) core.error(item.message, { title: item.title, ...(item.file ? { file: item.file } : {}) });
  if (shown.length < items.length) {
    core.error(
      `GitHub shows at most ${MAX_ERROR_ANNOTATIONS} error annotations a step: the job summary lists all ${items.length} failures, each with its fix.`,
      {
        title: `… and ${items.length - shown.length} more`,
      },
    );
  }
}

/** What the status and the check run's title say: the counts, and "observe mode: would fail" when that is what happened. */
function statusDescription(outcome: Outcome): string {
  if (outcome.observed) return `observe mode: would fail: ${failingCounts(outcome)}`;
  if (outcome.error) return oneLine(`could not check: ${outcome.error.message}`, 140);
  const report = outcome.report;
  const problems = outcome.ledger?.problems.length ?? 0;
  if (report) {
    const { counts } = report;
    if (outcome.result === 'pass')
      return `${counts.covered} of ${counts.checked} commit${counts.checked === 1 ? '' : 's'} covered${counts.checked > counts.covered ? ' (the rest exempt or need none)' : ''}`;
    return failingCounts(outcome);
  }
  return problems
    ? `ledger audit: ${plural(problems, 'problem')}`
    : `ledger audit: ${plural(outcome.ledger?.records ?? 0, 'record')} ok`;
}

function failingCounts(outcome: Outcome): string {
  const counts = outcome.report?.counts;
  const problems = outcome.ledger?.problems.length ?? 0;
  return (
    [
      counts?.uncovered
        ? `${counts.uncovered} of ${plural(counts.checked, 'commit')} ${counts.uncovered === 1 ? 'needs' : 'need'} a verdict`
        : '',
      problems ? `ledger: ${plural(problems, 'problem')}` : '',
    ]
      .filter(Boolean)
      .join('; ') || 'failed'
  );
}

function writeResultsFile(ctx: RunnerContext, outcome: Outcome): string | undefined {
  const body = {
    result: outcome.result,
    observed: outcome.observed === true,
    event: ctx.eventName,
    title: outcome.title,
    head: outcome.head ?? null,
    verify: outcome.report ? reportJson(outcome.report) : null,
    audit: outcome.audit
      ? {
          ok: outcome.audit.problems.length === 0,
          source: outcome.audit.source,
          records: outcome.audit.records.length,
          heads: outcome.audit.heads,
          genesis: outcome.audit.genesisId ?? null,
          problems: outcome.audit.problems,
        }
      : null,
    ledger: outcome.ledger
      ? { records: outcome.ledger.records, added: outcome.ledger.added ?? null, heads: outcome.ledger.heads }
      : null,
    error: outcome.error ?? null,
  };
  const file = join(ctx.tempDir, `agentops-verdict-${randomBytes(6).toString('hex')}.json`);
  try {
    writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
    return file;
  } catch (error) {
    core.warning(`could not write the results file ${file}: ${(error as Error).message}`);
    return undefined;
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let title = env.GITHUB_EVENT_NAME ? `${env.GITHUB_EVENT_NAME} event` : 'change';
  let head: string | undefined;
  // A scheduled or dispatched run names its own commits: it never speaks as the coverage check.
  const dispatched = AUDIT_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '');
  let voice: Voice = dispatched ? 'audit' : 'coverage';
  let ctx: RunnerContext | undefined;
  let inputs: Inputs | undefined;
  let outcome: Outcome;
  try {
    ctx = readContext(env);
    inputs = readInputs(env);
    outcome = await check(
      ctx,
      inputs,
      (t) => (title = t),
      (h) => (head = h),
      (v) => (voice = dispatched ? 'audit' : v),
    );
  } catch (error) {
    const known = error instanceof AoError;
    if (!known) core.debug((error as Error).stack ?? String(error));
    outcome = {
      result: 'fail',
      title,
      head,
      notes: [],
      error: known
        ? { message: error.message, fix: error.fix, yaml: error instanceof HistoryError ? error.yaml : undefined }
        : {
            message: `internal error: ${(error as Error).message ?? String(error)}`,
            fix: 'please report this with the workflow run (ACTIONS_STEP_DEBUG=true shows the stack)',
          },
    };
  }
  // A payload that could not be read still leaves the runner's own folders to publish into.
  ctx ??= {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: {},
    serverUrl: 'https://github.com',
    apiUrl: '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
  };
  await publish(ctx, inputs, outcome, inputs?.statusContext ? statusContextFor(inputs.statusContext, voice) : '');
}

async function publish(
  ctx: RunnerContext,
  inputs: Inputs | undefined,
  outcome: Outcome,
  statusContext: string,
): Promise<void> {
  const report = outcome.report;
  const decisions = report?.decisions ?? [];
  const uncovered = decisions.filter((d) => d.outcome === 'uncovered').map((d) => d.change.commit ?? d.change.label);

  // The log: the same report `ao verify` prints. It holds text from the change under test
  // (subjects, ledger file names), so the runner is told not to read commands in it.
  if (report) {
    core.startGroup(`ao verify ${report.scope.label}: ${report.ok ? 'ok' : 'FAILED'}`);
    logUntrusted(renderReport(report, PLAIN, aoCommandIn(resolve(ctx.workspace, inputs?.path ?? '.'))));
    core.endGroup();
  }
  if (outcome.audit) {
    const audit = outcome.audit;
    logUntrusted(
      [
        `ao ledger verify: ${audit.problems.length === 0 ? 'ok' : 'FAILED'}: ${plural(audit.records.length, 'record')} checked at ${audit.source}`,
        ...audit.problems.flatMap((p) => [`  ✘ ${p.message}`, `      fix: ${p.fix}`]),
      ].join('\n'),
    );
  }
  if (outcome.notes.length > 0) logUntrusted(outcome.notes.map((note) => `note: ${note}`).join('\n'));
  if (report && !report.policy.enforced)
    core.warning(`agentops/verdict: ${report.notes[0] ?? 'no policy at the base: coverage is not enforced'}`);

  core.setOutput('result', outcome.result);
  core.setOutput('observed', outcome.observed ? 'would-fail' : '');
  core.setOutput('checked', String(report?.counts.checked ?? 0));
  core.setOutput('covered', String(report?.counts.covered ?? 0));
  core.setOutput('uncovered', JSON.stringify(uncovered));
  core.setOutput('ledger-head', (outcome.ledger?.heads ?? []).join(' '));
  core.setOutput('results', JSON.stringify(decisions.slice(0, MAX_RESULTS).map(decisionJson)));
  const resultsFile = writeResultsFile(ctx, outcome);
  if (resultsFile) core.setOutput('results-file', resultsFile);
  if (decisions.length > MAX_RESULTS)
    core.info(
      `the results output holds the first ${MAX_RESULTS} of ${decisions.length} commits; ${resultsFile ?? 'the results file'} holds them all`,
    );

  const markdown = renderSummary({
    result: outcome.result,
    observed: outcome.observed,
    title: outcome.title,
    why: outcome.why,
    report,
    policyRev: outcome.policyRev,
    policyWhy: outcome.policyWhy,
    ledger: outcome.ledger,
    notes: outcome.notes,
    error: outcome.error,
    commitUrl: ctx.repository ? (sha) => `${ctx.serverUrl}/${ctx.repository}/commit/${sha}` : undefined,
    ao: aoCommandIn(resolve(ctx.workspace, inputs?.path ?? '.')),
  });
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdown, true).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${(error as Error).message}`);
    }
  }

  if (outcome.result === 'fail') annotate(outcome);
  if (outcome.observed)
    core.warning(
      `agentops/verdict: observe mode: would fail: ${failureLine(outcome).replace(/^agentops\/verdict: /, '')}`,
      { title: 'observe mode: would fail' },
    );

  const api =
    inputs?.token && ctx.repository
      ? await openApi(ctx.apiUrl, inputs.token, ctx.repository).catch(() => undefined)
      : undefined;
  if (inputs && statusContext && outcome.head) {
    if (!inputs.token)
      core.warning(
        'agentops/verdict: no token, so no commit status was posted (set the token input, or `status-context: ""` to post none)',
      );
    else if (!ctx.repository || !api)
      core.warning(
        `agentops/verdict: GITHUB_REPOSITORY is ${ctx.repository ? JSON.stringify(ctx.repository) + ', not owner/name' : 'not set'}, so no commit status was posted`,
      );
    else await postResult(ctx, inputs, api, outcome, statusContext, markdown);
  }
  if (inputs?.comment && api)
    await commentOn(
      ctx,
      api,
      outcome,
      statusContext || inputs.statusContext || DEFAULT_STATUS_CONTEXT,
      markdown,
      aoCommandIn(resolve(ctx.workspace, inputs.path)),
    );
  else if (inputs?.comment)
    core.notice('agentops/verdict: no pull request comment: there is no token (the token input) or GITHUB_REPOSITORY');

  if (outcome.result === 'fail') core.setFailed(failureLine(outcome));
  else if (outcome.observed)
    core.info(
      'agentops/verdict: observe mode: would fail; passing (the policy\'s "enforcement", or the mode input, is "observe")',
    );
  else
    core.info(
      `agentops/verdict: pass${report ? `: ${report.counts.covered} of ${plural(report.counts.checked, 'commit')} covered` : ''}${outcome.ledger ? `; ledger ${plural(outcome.ledger.records, 'record')}, head ${outcome.ledger.heads.map(shortId).join(', ') || '(none)'}` : ''}`,
    );
}
