import { shortSha } from '../repo/changes.js';
import { AoError } from '../core/errors.js';
import { shortId } from '../core/record.js';
import { plural } from '../core/words.js';
import { carryRecords } from '../repo/carry.js';
import { auditLedger } from '../repo/ledger-view.js';
import { parseRangeArg } from '../repo/subjects.js';
import { proveReplays } from '../repo/replay.js';
import { observedFailure, uncommittedCover, verify, type VerifyScope } from '../repo/verify.js';
import { AMEND_OPTION, oneScope, parse, SCOPE_OPTIONS } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { runnableAo } from '../present/commands.js';
import { clean, OBSERVE_WARNING, renderProblem, renderReport, reportJson, styleFor } from '../present/output.js';

export async function cmdVerify(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse(
    'verify',
    args,
    {
      ...SCOPE_OPTIONS,
      ...AMEND_OPTION,
      policy: { type: 'string' },
      'replay-of': { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    false,
  );
  if (values.help) return (cli.out(HELP.verify!), 0);
  const which = oneScope('verify', values);
  const replayOf = values['replay-of'] ?? [];
  if (replayOf.length > 0 && which !== 'range')
    throw new AoError('verify: --replay-of judges the commits of a range', {
      fix: 'ao verify --range A..B --replay-of PR-HEAD',
    });
  if (values.amend && which !== 'staged')
    throw new AoError(`verify: --amend names the staged change; it cannot be combined with --${which}`, {
      fix: 'ao verify --amend',
    });
  const scope: VerifyScope =
    which === 'commit'
      ? { kind: 'commit', rev: values.commit! }
      : which === 'range'
        ? { kind: 'range', ...parseRangeArg(values.range!) }
        : values.amend
          ? { kind: 'staged', amend: true }
          : { kind: 'staged' };
  const git = await openRepo(cli);
  // --policy REV: judge under the policy (and trust roots) at REV, e.g. to audit history from before set-up.
  const policyRev = values.policy !== undefined ? await git.resolveCommit(values.policy, '--policy') : undefined;
  const options = {
    checkerHint: cli.env.AO_CHECKER,
    ...(policyRev ? { policyRev, policyWhy: `given with --policy ${values.policy}` } : {}),
  };
  let report = await verify(git, scope, options);
  // --replay-of REV: commits of the range may be the squash or rebase of REV's reviewed work (docs/spec.md#replayed-commits).
  if (replayOf.length > 0) {
    const candidates = await Promise.all(
      replayOf.map(async (rev) => ({ head: await git.resolveCommit(rev, '--replay-of'), label: rev })),
    );
    const proved = await proveReplays(git, report, candidates, options);
    report = proved.report;
  }
  // The range was judged on the ledger as committed; a verdict recorded and never committed is named.
  if (
    !report.ok &&
    scope.kind === 'range' &&
    report.scope.head !== undefined &&
    report.scope.head === (await git.headCommit())
  ) {
    for (const cover of await uncommittedCover(git, scope, options, report)) {
      report.notes.push(
        `${cover.label} is covered by verdict ${cover.record} (${cover.path}), recorded in the working tree but never committed: CI will not see it. Commit it: git add .agents/ledger && git commit -m 'Record verdicts'`,
      );
    }
  }
  if (values.json) cli.out(JSON.stringify(reportJson(report), null, 2));
  else cli.out(renderReport(report, styleFor(process.stdout), runnableAo(cli, git.topLevel)));
  if (observedFailure(report)) {
    cli.err(`agentops/verdict: ${OBSERVE_WARNING}`);
    return 0;
  }
  return report.ok ? 0 : 1;
}

export async function cmdLedger(cli: Cli, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === undefined) return (cli.out(HELP.ledger!), sub === undefined ? 2 : 0);
  if (sub === 'carry') return cmdLedgerCarry(cli, rest);
  if (sub !== 'verify')
    throw new AoError(`unknown command: ao ledger ${sub}`, {
      fix: 'ao ledger verify [--since REV], or ao ledger carry [--dry-run]',
    });
  const { values } = parse('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.ledger!), 0);
  const git = await openRepo(cli);
  const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
  const audit = await auditLedger(git, { kind: 'worktree' }, since);
  const ok = audit.problems.length === 0;
  if (values.json) {
    cli.out(
      JSON.stringify(
        {
          ok,
          source: audit.source,
          records: audit.records.length,
          heads: audit.heads,
          genesis: audit.genesisId ?? null,
          problems: audit.problems,
        },
        null,
        2,
      ),
    );
  } else {
    const style = styleFor(process.stdout);
    const lines = [
      `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${plural(audit.records.length, 'record')} checked in the ${audit.source}${since ? `, append-only since ${shortSha(since)}` : ''}`,
      style.dim(`  heads: ${audit.heads.map(shortId).join(', ') || '(none)'}`),
    ];
    for (const problem of audit.problems) lines.push(...renderProblem(problem, style));
    cli.out(lines.join('\n'));
  }
  return ok ? 0 : 1;
}

const CARRY_COMMIT = "git commit -m 'Carry ledger records for a backport'";

/** `ao ledger carry`: copies the records the ledger's `prev` name but lack from history. */
async function cmdLedgerCarry(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('ledger', args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.ledger!), 0);
  const git = await openRepo(cli);
  const dryRun = values['dry-run'] === true;
  const result = await carryRecords(git, { dryRun });
  const ok = result.missing.length === 0;
  // A cherry-pick stopped on a conflict takes the records with it when it continues.
  const next =
    !ok || result.carried.length === 0 || dryRun
      ? undefined
      : (await git.resolveCommits(['CHERRY_PICK_HEAD']))[0]
        ? 'git cherry-pick --continue'
        : CARRY_COMMIT;
  if (values.json) {
    const carried = result.carried.map((c) => ({
      id: c.record.id,
      seq: c.record.seq,
      type: c.record.type,
      path: c.path,
      commit: c.commit,
    }));
    cli.out(
      JSON.stringify(
        { ok, dryRun, carried, written: result.written, missing: result.missing, next: next ?? null },
        null,
        2,
      ),
    );
    return ok ? 0 : 1;
  }
  const style = styleFor(process.stdout);
  const lines: string[] = [];
  if (!ok) {
    lines.push(
      `ao ledger carry: ${style.bad('FAILED')}: ${plural(result.missing.length, 'record')} the ledger needs cannot be carried; nothing was written`,
    );
    for (const problem of result.missing) lines.push(...renderProblem(problem, style));
  } else if (result.carried.length === 0) {
    lines.push(
      `ao ledger carry: ${style.ok('ok')}: nothing to carry: every prev of the ${plural(result.recordCount, 'record')} names a record in the ledger`,
    );
  } else {
    const count = plural(result.carried.length, 'record');
    lines.push(
      `ao ledger carry: ${dryRun ? `would carry ${count} from history (dry run: nothing written)` : `carried ${count} from history into ${'.agents/ledger/'} and staged them`}`,
    );
    for (const c of result.carried)
      lines.push(
        `  + ${shortId(c.record.id)}  seq ${c.record.seq}  ${c.record.type}  from commit ${shortSha(c.commit)}  ${clean(c.path)}`,
      );
    if (next)
      lines.push(
        `next: ${next}`,
        style.dim(
          '  (the records change no code, so that commit needs no verdict; `ao ledger verify` checks the result)',
        ),
      );
    else lines.push('run `ao ledger carry` without --dry-run to write and stage them');
  }
  cli.out(lines.join('\n'));
  return ok ? 0 : 1;
}
