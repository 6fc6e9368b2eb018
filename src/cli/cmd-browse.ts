import { createTwoFilesPatch } from 'diff';
import { AoError } from '../core/errors.js';
import { plural } from '../core/words.js';
import { compareManifests, entryToJson } from '../core/manifest.js';
import { compareRecords, digestsNamedBy } from '../core/ledger.js';
import { shortId, type LedgerRecord, type VerdictRecord } from '../core/record.js';
import { changesOfCommits, shortSha, stagedChange } from '../repo/changes.js';
import { LedgerView, readAllRecords } from '../repo/ledger-view.js';
import { prepareConstraints } from '../repo/constraints.js';
import { policyAt, signatureCheckFor } from '../repo/verify.js';
import { decideChange } from '../core/coverage.js';
import { describeRule } from '../core/constraints.js';
import { parse } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { fixText } from '../present/commands.js';
import { clean, styleFor } from '../present/output.js';
import { clip } from '../core/words.js';

export function recordLine(record: LedgerRecord): string {
  return clean(rawRecordLine(record));
}

function rawRecordLine(record: LedgerRecord): string {
  const when = record.createdAt.slice(0, 16).replace('T', ' ');
  const start = `${String(record.seq).padStart(5)}  ${shortId(record.id)}  ${when}`;
  switch (record.type) {
    case 'genesis':
      return `${start}  genesis`;
    case 'learning':
      return `${start}  learning${record.negative ? ' (avoid)' : ''}  "${clip(record.text.split('\n')[0]!, 60)}"  on ${record.paths.join(', ')}${record.tags.length ? `  [${record.tags.join(', ')}]` : ''}  by ${record.author.id}`;
    case 'promotion':
      return `${start}  promotion  ${shortId(record.learning)} -> constraint "${record.constraint.id}" (${describeRule(record.constraint)})  by ${record.author.id}`;
    case 'retirement':
      return `${start}  retirement  constraint "${record.constraint}": ${clip(record.why.split('\n')[0]!, 60)}  by ${record.author.id}`;
    case 'verdict':
      break;
  }
  const scope =
    record.subject.kind === 'commit'
      ? `commit ${shortSha(record.subject.commit)}`
      : record.subject.kind === 'range'
        ? `range ${shortSha(record.subject.base)}..${shortSha(record.subject.head)}`
        : 'staged';
  return `${String(record.seq).padStart(5)}  ${shortId(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${clip(record.summary.split('\n')[0]!, 60)}` : ''}`;
}

export async function cmdLog(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('log', args, { n: { type: 'string', short: 'n' }, json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.log!), 0);
  const limit = values.n === undefined ? Infinity : Number(values.n);
  if (values.n !== undefined && (!Number.isInteger(limit) || limit < 0))
    throw new AoError(`-n takes a whole number, not ${JSON.stringify(values.n)}`, { fix: 'ao log -n 20' });
  const records = (await readAllRecords(await openRepo(cli))).reverse().slice(0, limit);
  cli.out(values.json ? JSON.stringify(records, null, 2) : records.map(recordLine).join('\n'));
  return 0;
}

export async function cmdShow(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('show', args, { json: { type: 'boolean' } });
  if (values.help) return (cli.out(HELP.show!), 0);
  const [prefix] = positionals;
  if (!prefix || positionals.length !== 1)
    throw new AoError('ao show needs one record id prefix', { fix: 'ao show sha256:1a2b3c (see `ao log` for ids)' });
  const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
  if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted))
    throw new AoError(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, {
      fix: 'copy an id from `ao log`',
    });
  const matches = (await readAllRecords(await openRepo(cli))).filter((r) => r.id.startsWith(wanted));
  if (matches.length === 0) throw new AoError(`no record id starts with ${wanted}`, { fix: 'list ids with `ao log`' });
  if (matches.length > 1)
    throw new AoError(`${wanted} is ambiguous: ${matches.map((r) => shortId(r.id)).join(', ')}`, {
      fix: 'give more digits',
    });
  const record = matches[0]!;
  if (values.json) cli.out(JSON.stringify(record, null, 2));
  else {
    const lines = [recordLine(record), `  prev: ${record.prev.map(shortId).join(', ') || '(none)'}`];
    if (record.type === 'verdict') {
      lines.push(
        `  subject: ${record.subject.kind} ${record.subject.digest}, ${plural(record.subject.entries.length, 'path')}`,
      );
      for (const entry of record.subject.entries.slice(0, 50))
        lines.push(`    ${entry.status} ${entry.path ?? `(base64) ${entry.pathBase64}`}`);
      if (record.subject.entries.length > 50) lines.push(`    … and ${record.subject.entries.length - 50} more`);
      for (const evidence of record.evidence)
        lines.push(`  evidence ${evidence.kind}: ${evidence.kind === 'link' ? evidence.url : evidence.text}`);
      if (record.summary) lines.push(`  summary: ${record.summary}`);
      if (record.signature) lines.push(`  signed (${record.signature.format})`);
    } else if (record.type === 'learning') {
      lines.push(`  text: ${record.text}`, `  paths: ${record.paths.join(', ')}`);
      if (record.tags.length) lines.push(`  tags: ${record.tags.join(', ')}`);
      if (record.negative) lines.push('  negative: a lesson about what not to do');
      if (record.from) lines.push(`  from verdict: ${record.from}`);
      lines.push(`  recorded by: ${record.author.id} (${record.author.kind})`);
    } else if (record.type === 'promotion') {
      lines.push(
        `  learning: ${record.learning}`,
        `  constraint: ${JSON.stringify(record.constraint)}`,
        `  promoted by: ${record.author.id} (${record.author.kind})`,
      );
    } else if (record.type === 'retirement') {
      lines.push(`  constraint: ${record.constraint}`, `  learning: ${record.learning}`);
      if (record.promotion) lines.push(`  retires promotion: ${record.promotion}`);
      lines.push(`  why: ${record.why}`, `  retired by: ${record.author.id} (${record.author.kind})`);
    }
    cli.out(lines.map(clean).join('\n'));
  }
  return 0;
}

export async function cmdSearch(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('search', args, { json: { type: 'boolean' } });
  if (values.help) return (cli.out(HELP.search!), 0);
  const given = positionals.join(' ');
  const text = given.toLowerCase();
  if (!text) throw new AoError('ao search needs some text', { fix: 'ao search "flaky test"' });
  const hits = (await readAllRecords(await openRepo(cli)))
    .filter((r) => JSON.stringify(r).toLowerCase().includes(text))
    .reverse();
  if (values.json) cli.out(JSON.stringify(hits, null, 2));
  // No match prints no line on stdout (a script counting lines counts none); the reason goes to stderr.
  else if (hits.length === 0) cli.err(`ao search: no record contains ${clean(JSON.stringify(given))}`);
  else cli.out(hits.map(recordLine).join('\n'));
  return hits.length > 0 ? 0 : 1;
}

export async function cmdLookup(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('lookup', args, { json: { type: 'boolean' } });
  if (values.help) return (cli.out(HELP.lookup!), 0);
  const [target] = positionals;
  if (!target || positionals.length !== 1)
    throw new AoError('ao lookup needs a commit or a path', { fix: 'ao lookup HEAD, or ao lookup src/index.ts' });
  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const [commit] = await git.resolveCommits([target]);
  let hits: VerdictRecord[];
  let heading: string;
  if (commit) {
    const [info] = await git.listCommits(['-n', '1', commit]);
    const { change } = (await changesOfCommits(git, [info!]))[0]!;
    const digest = change.manifest.digest;
    hits = records.filter((r): r is VerdictRecord => r.type === 'verdict' && digestsNamedBy(r).includes(digest));
    heading = `commit ${shortSha(commit)} ${info?.subject ?? ''}: digest ${digest}${change.manifest.entries.length === 0 ? ' (changes nothing outside the ledger)' : ''}`;
  } else {
    const path = target.replace(/^\.\//, '');
    hits = records.filter(
      (r): r is VerdictRecord =>
        r.type === 'verdict' && r.subject.entries.some((e) => e.path === path || e.path?.startsWith(`${path}/`)),
    );
    heading = `verdicts touching ${path}`;
  }
  if (values.json) cli.out(JSON.stringify({ heading, records: hits }, null, 2));
  else cli.out([clean(heading), ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
  return 0;
}

export async function cmdStatus(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('status', args, { json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.status!), 0);
  const git = await openRepo(cli);
  const head = await git.headCommit();
  const staged = await stagedChange(git, head, await git.authorEmail());
  const { change } = staged;
  const loaded = await policyAt(git, head);
  const view = await LedgerView.open(git, { kind: 'worktree' }, head);
  const latest = await view.latestFor([change.manifest.digest]);
  const learnings = loaded.policy ? await prepareConstraints(git, loaded.policy, view, [staged], head) : undefined;
  const signatureCheck = await signatureCheckFor(loaded);
  const decision = loaded.policy
    ? decideChange(change, {
        policy: loaded.policy,
        lookup: (d) => latest.get(d),
        checkerHint: cli.env.AO_CHECKER,
        signatureCheck,
        learnings,
      })
    : undefined;
  // The newest verdict on an earlier version of the staged change: a new staged-kind record.
  const earlier = view.newRecords
    .filter(
      (r): r is VerdictRecord =>
        r.type === 'verdict' && r.subject.kind === 'staged' && r.subject.digest !== change.manifest.digest,
    )
    .sort(compareRecords)
    .at(-1);
  const since = earlier ? compareManifests(earlier.subject.entries, change.manifest.entries.map(entryToJson)) : [];
  if (values.json) {
    cli.out(
      JSON.stringify(
        {
          digest: change.manifest.digest,
          paths: change.manifest.entries.length,
          outcome: decision?.outcome ?? 'not-enforced',
          reason: decision?.reason ?? loaded.source,
          fix: fixText(decision?.fix) ?? null,
          earlierVerdict: earlier
            ? {
                id: earlier.id,
                digest: earlier.subject.digest,
                changedSince: since.map((c) => ({ path: c.path, change: c.change })),
              }
            : null,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const style = styleFor(process.stdout);
  const lines = [
    `staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`,
  ];
  if (!decision) lines.push(`  policy: ${loaded.source} (not enforced yet)`);
  else {
    const mark =
      decision.outcome === 'covered'
        ? style.ok('covered')
        : decision.outcome === 'uncovered'
          ? style.bad('NOT covered')
          : decision.outcome;
    lines.push(`  ${mark}: ${decision.reason}`);
    if (decision.fix) lines.push(`  fix: ${fixText(decision.fix)}`);
  }
  if (earlier && decision?.outcome !== 'covered') {
    lines.push(
      '',
      `verdict ${shortId(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${shortId(earlier.subject.digest)}); since then:`,
    );
    const blobs = await git.readObjects([
      ...new Set(
        since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id): id is string => !!id && !/^0+$/.test(id)),
      ),
    ]);
    for (const change of since) {
      const oldText =
        change.before && !/^0+$/.test(change.before.newId)
          ? (blobs.get(change.before.newId)?.toString('utf8') ?? '')
          : '';
      const newText =
        change.after && !/^0+$/.test(change.after.newId) ? (blobs.get(change.after.newId)?.toString('utf8') ?? '') : '';
      lines.push(
        `  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`,
      );
      if (change.change === 'changed')
        lines.push(
          createTwoFilesPatch(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', {
            context: 2,
          }).trimEnd(),
        );
    }
  }
  cli.out(lines.join('\n'));
  return decision?.outcome === 'uncovered' ? 1 : 0;
}
