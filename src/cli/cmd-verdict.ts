import { AoError } from '../core/errors.js';
import { shortId, type Actor } from '../core/record.js';
import { resolveSubject } from '../repo/subjects.js';
import { signerFromFlag, signingAdvice } from '../repo/signing.js';
import { appendVerdict } from '../repo/writer.js';
import { openRepo, type Cli } from './context.js';
import {
  AMEND_OPTION,
  parse,
  parseActorKind,
  parseEvidence,
  ranEvidence,
  refuseDependentChecker,
  SCOPE_OPTIONS,
  scopeFromFlags,
  WORKER_OPTIONS,
  workerFrom,
} from './flags.js';
import { warnIfConstraintsRefuse } from './gate-warning.js';
import { HELP } from './help.js';

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
  if (values.help) return (cli.out(HELP.verdict!), 0);
  const outcome = positionals[0];
  if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
    throw new AoError('ao verdict needs exactly one of pass or fail', {
      fix: 'for example: ao verdict pass --checker reviewer@example.com',
    });
  }
  const checkerId = values.checker ?? cli.env.AO_CHECKER;
  if (!checkerId)
    throw new AoError('no checker given', {
      fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change',
    });
  const scope = scopeFromFlags('verdict', values);
  const evidence = [...parseEvidence(values.evidence ?? []), ...ranEvidence(values.ran ?? [])];
  const checkerKind = parseActorKind(values['checker-kind'], '--checker-kind');
  const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
  const git = await openRepo(cli);
  const resolved = await resolveSubject(git, scope);
  const worker = workerFrom(cli, git, values, workerKind, resolved.authors);
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
      (scope.kind === 'staged'
        ? `  ${path} is staged: it lands with the commit`
        : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``),
  );
  if (outcome === 'pass') await warnIfConstraintsRefuse(cli, git, scope, resolved.baseRev);
  return 0;
}
