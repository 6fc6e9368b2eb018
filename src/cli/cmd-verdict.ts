import { shellQuote } from '../core/shell.js';
import { AoError } from '../core/errors.js';
import { independenceProblem } from '../core/coverage.js';
import { shortId, type Actor, type ActorKind, type Evidence } from '../core/record.js';
import { resolveSubject, parseRangeArg, type SubjectScope } from '../repo/subjects.js';
import { signerFromFlag, signingAdvice } from '../repo/signing.js';
import { appendVerdict } from '../repo/writer.js';
import { AMEND_OPTION, oneScope, parse, SCOPE_OPTIONS } from './args.js';
import { openRepo, type Cli } from './context.js';
import { fixText } from '../present/commands.js';
import { clean } from '../present/output.js';

import { policyAt, verify, type VerifyReport } from '../repo/verify.js';
import type { Git } from '../git/git.js';
import { HELP } from './help.js';

const KINDS: ActorKind[] = ['agent', 'human', 'ci', 'tool'];

export function parseActorKind(value: string | undefined, flag: string): ActorKind {
  const kind = (value ?? 'agent') as ActorKind;
  if (!KINDS.includes(kind)) throw new AoError(`${flag} must be one of ${KINDS.join(', ')}, not ${JSON.stringify(value)}`, { fix: `for example: ${flag} human` });
  return kind;
}

export function parseEvidence(values: string[]): Evidence[] {
  return values.map((value) => {
    const colon = value.indexOf(':');
    const kind = colon > 0 ? value.slice(0, colon) : '';
    const text = value.slice(colon + 1);
    if (!['test', 'command', 'review', 'link'].includes(kind) || text.trim() === '') {
      throw new AoError(`--evidence takes KIND:TEXT with KIND one of test, command, review, link; got ${JSON.stringify(value)}`, {
        fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
      });
    }
    if (kind === 'link') return { kind: 'link', url: text.trim() };
    return { kind: kind as 'test' | 'command' | 'review', text };
  });
}

/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
export function ranEvidence(commands: string[]): Evidence[] {
  return commands.map((command) => {
    if (command.trim() === '') throw new AoError('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
    return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
  });
}

/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
export const WORKER_OPTIONS = {
  worker: { type: 'string' },
  'worker-kind': { type: 'string' },
  'worker-session': { type: 'string' },
} as const;

/** Who wrote the change: --worker, else $AO_WORKER, else the git author. */
export function workerFrom(cli: Cli, values: { worker?: string; 'worker-session'?: string }, kind: ActorKind, authors: string[]): Actor {
  const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
  if (!workerId) throw new AoError('cannot tell who wrote the change', { fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`' });
  const worker: Actor = { id: workerId, kind };
  const workerSession = values['worker-session'] ?? cli.env.AO_WORKER_SESSION;
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

export function scopeFromFlags(command: string, values: { staged?: boolean; commit?: string; range?: string; amend?: boolean }): SubjectScope {
  const which = oneScope(command, values);
  if (values.amend && which !== 'staged') throw new AoError(`${command}: --amend names the staged change; it cannot be combined with --${which}`, { fix: `ao ${command} --amend ...` });
  if (which === 'commit') return { kind: 'commit', rev: values.commit! };
  if (which === 'range') return { kind: 'range', ...parseRangeArg(values.range!) };
  return values.amend ? { kind: 'staged', amend: true } : { kind: 'staged' };
}

export async function cmdVerdict(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('verdict', args, {
    ...SCOPE_OPTIONS,
    ...AMEND_OPTION,
    checker: { type: 'string' },
    'checker-kind': { type: 'string' },
    session: { type: 'string' },
    ...WORKER_OPTIONS,
    summary: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    ran: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    sign: { type: 'string' },
  });
  if (values.help) return cli.out(HELP.verdict!), 0;
  const outcome = positionals[0];
  if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
    throw new AoError('ao verdict needs exactly one of pass or fail', { fix: 'for example: ao verdict pass --checker reviewer@example.com' });
  }
  const checkerId = values.checker ?? cli.env.AO_CHECKER;
  if (!checkerId) throw new AoError('no checker given', { fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change' });
  const scope = scopeFromFlags('verdict', values);
  const evidence = [...parseEvidence(values.evidence ?? []), ...ranEvidence(values.ran ?? [])];
  const checkerKind = parseActorKind(values['checker-kind'], '--checker-kind');
  const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
  const git = await openRepo(cli);
  const resolved = await resolveSubject(git, scope);
  const worker = workerFrom(cli, values, workerKind, resolved.authors);
  const checker: Actor = { id: checkerId, kind: checkerKind };
  if (values.session) checker.session = values.session;
  refuseDependentChecker(checker, worker);

  const sign = await signerFromFlag(values.sign, { env: cli.env, cwd: cli.cwd });
  for (const warning of await signingAdvice(git, checker.id, sign)) cli.err(`ao: warning: ${warning}`);
  const { record, path } = await appendVerdict(
    git,
    { subject: resolved.subject, verdict: outcome, checker, worker, evidence, summary: values.summary ?? '' },
    { stage: scope.kind === 'staged', sign },
  );
  if (values.json) cli.out(JSON.stringify(record, null, 2));
  else cli.out(record.id);
  cli.err(
    `recorded ${outcome} ${shortId(record.id)} for the ${resolved.label} (digest ${shortId(resolved.subject.digest)}) by ${checker.id}` +
      `${sign ? `, signed with ${sign.publicKey.fingerprint} (${sign.via})` : ''}\n` +
      (scope.kind === 'staged' ? `  ${path} is staged: it lands with the commit` : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``),
  );
  if (outcome === 'pass') await warnIfConstraintsRefuse(cli, git, scope, resolved.baseRev);
  return 0;
}

/**
 * A pass recorded on a change that a promoted constraint refuses changes nothing: the gate
 * refuses it whatever its verdicts say. The record stays (the checker's claim is theirs to
 * make); the gate's answer is printed beside it, as `ao verify` on the same scope gives it.
 */
export async function warnIfConstraintsRefuse(cli: Cli, git: Git, scope: SubjectScope, baseRev: string | undefined): Promise<void> {
  let report: VerifyReport;
  try {
    // Only a base policy with constraints can refuse through one: most passes cost one read.
    if (!(await policyAt(git, baseRev)).policy?.constraints?.length) return;
    report = await verify(git, scope, { checkerHint: cli.env.AO_CHECKER });
  } catch (error) {
    cli.err(`ao: warning: could not ask the gate whether a promoted constraint refuses the change: ${(error as Error).message}`);
    return;
  }
  const seen = new Set<string>();
  for (const decision of [report.rangeDecision, ...report.decisions]) {
    if (!decision || decision.outcome !== 'uncovered' || !decision.constraint) continue;
    const key = `${decision.change.label}\0${decision.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = decision.change.kind === 'staged' ? 'the staged change' : decision.change.kind === 'range' ? `the range ${decision.change.label}` : `commit ${decision.change.label}`;
    cli.err(
      `ao: warning: the gate will still refuse ${clean(what)}: promoted constraint ${clean(decision.constraint)} (learning ${decision.learning ? shortId(decision.learning) : 'unknown'}) refuses it, whatever its verdicts say\n` +
        `  ${clean(decision.reason)}\n` +
        '  the pass is recorded as the checker\'s claim; `ao verify` and CI still refuse the change\n' +
        (decision.fix ? `  fix: ${clean(fixText(decision.fix))}\n` : '') +
        `  check: ao verify${scopeFlag(scope)}`,
    );
  }
}

function scopeFlag(scope: SubjectScope): string {
  if (scope.kind === 'commit') return ` --commit ${shellQuote(scope.rev)}`;
  if (scope.kind === 'range') return ` --range ${shellQuote(`${scope.base}..${scope.head}`)}`;
  return ' --staged';
}
