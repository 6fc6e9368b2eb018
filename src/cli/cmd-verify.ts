import { shortSha } from '../repo/changes.js';
import { AoError } from '../core/errors.js';
import { shortId } from '../core/record.js';
import { auditLedger } from '../repo/ledger-view.js';
import { parseRangeArg } from '../repo/subjects.js';
import { verify, type VerifyScope } from '../repo/verify.js';
import { AMEND_OPTION, oneScope, parse, SCOPE_OPTIONS } from './args.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { renderProblem, renderReport, reportJson, runnableAo, styleFor } from './output.js';

export async function cmdVerify(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('verify', args, { ...SCOPE_OPTIONS, ...AMEND_OPTION, policy: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return cli.out(HELP.verify!), 0;
  const which = oneScope('verify', values);
  if (values.amend && which !== 'staged') throw new AoError(`verify: --amend names the staged change; it cannot be combined with --${which}`, { fix: 'ao verify --amend' });
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
  const report = await verify(git, scope, {
    checkerHint: cli.env.AO_CHECKER,
    ...(policyRev ? { policyRev, policyWhy: `given with --policy ${values.policy}` } : {}),
  });
  if (values.json) cli.out(JSON.stringify(reportJson(report), null, 2));
  else cli.out(renderReport(report, styleFor(process.stdout), runnableAo(cli, git.topLevel)));
  return report.ok ? 0 : 1;
}

export async function cmdLedger(cli: Cli, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === undefined) return cli.out(HELP.ledger!), sub === undefined ? 2 : 0;
  if (sub !== 'verify') throw new AoError(`unknown command: ao ledger ${sub}`, { fix: 'ao ledger verify [--since REV]' });
  const { values } = parse('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return cli.out(HELP.ledger!), 0;
  const git = await openRepo(cli);
  const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
  const audit = await auditLedger(git, { kind: 'worktree' }, since);
  const ok = audit.problems.length === 0;
  if (values.json) {
    cli.out(JSON.stringify({ ok, source: audit.source, records: audit.records.length, heads: audit.heads, genesis: audit.genesisId ?? null, problems: audit.problems }, null, 2));
  } else {
    const style = styleFor(process.stdout);
    const lines = [
      `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${audit.records.length} records checked in the ${audit.source}${since ? `, append-only since ${shortSha(since)}` : ''}`,
      style.dim(`  heads: ${audit.heads.map(shortId).join(', ') || '(none)'}`),
    ];
    for (const problem of audit.problems) lines.push(...renderProblem(problem, style));
    cli.out(lines.join('\n'));
  }
  return ok ? 0 : 1;
}
