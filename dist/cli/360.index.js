export const id = 360;
export const ids = [360];
export const modules = {

/***/ 4360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdLedger: () => (/* binding */ cmdLedger),
  cmdVerify: () => (/* binding */ cmdVerify)
});

// EXTERNAL MODULE: ./src/repo/changes.ts
var changes = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/ledger.ts
var ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/signatures.ts
var signatures = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/repo/ledger-view.ts + 1 modules
var ledger_view = __webpack_require__(3263);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/repo/carry.ts










async function carryRecords(git, options = {}) {
    const top = git.topLevel;
    (0,writer/* refuseUnsafeLedgerRoot */.Qo)(top);
    const paths = (0,ledger_view/* listWorktreeLedger */.fV)(top);
    const files = paths.map((path) => (0,ledger_view/* readWorktreeFile */.id)(top, path));
    for (const file of files)
        (0,writer/* refuseLinkedEntry */.gb)(file);
    const checked = (0,ledger/* checkRecords */.fi)(new ledger/* BaseListing */.wB(), files);
    const genesisId = checked.genesisId;
    if (!genesisId) {
        throw new errors/* AoError */.V('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', {
            fix: 'run `ao init` and commit the .agents/ directory',
        });
    }
    // Present means a file at the record's path, valid or not: a broken one is `ao ledger
    // verify`'s to report, and is never overwritten here.
    const seqs = new Map();
    for (const path of paths) {
        const parts = (0,core_record/* parseRecordPath */.OT)(path);
        if (parts)
            seqs.set(parts.id, parts.seq);
    }
    const wanted = new Map();
    const want = (record, path, root) => {
        const by = { id: record.id, path };
        for (const prev of record.prev)
            if (!seqs.has(prev) && !wanted.has(prev))
                wanted.set(prev, { by, root: root ?? by });
    };
    for (const record of checked.records)
        want(record, (0,core_record/* recordPath */.lX)(record.seq, record.id));
    const result = { carried: [], missing: [], written: [], recordCount: checked.records.length };
    if (wanted.size === 0)
        return result;
    const copies = copiesById(await git.addedFilesInHistory(`${core_record/* LEDGER_DIR */.EN}/`));
    const carried = new Map();
    // One round per generation of missing ancestors, all through the repository's one reader.
    let frontier = [...wanted.keys()];
    while (frontier.length > 0) {
        const found = frontier.flatMap((id) => copies.get(id) ?? []);
        const objects = await git.readObjectsBounded(found.filter((copy) => (0,manifest/* isRegularFileMode */.EU)(copy.mode)).map((copy) => copy.id), core_record/* MAX_RECORD_BYTES */.xR);
        const before = new Set(wanted.keys());
        for (const id of frontier) {
            const outcome = judgeCopies(id, copies.get(id) ?? [], objects, genesisId);
            const need = wanted.get(id);
            if ('copy' in outcome) {
                carried.set(id, outcome.copy);
                seqs.set(id, outcome.copy.record.seq);
                want(outcome.copy.record, outcome.copy.path, need.root);
            }
            else
                result.missing.push(missingProblem(id, need, outcome));
        }
        frontier = [...wanted.keys()].filter((id) => !before.has(id));
    }
    // Rule 6 over the closure: every parent is now known, so a copy with a wrong seq is caught
    // here rather than by the verifier after it was written.
    for (const copy of carried.values()) {
        const parents = copy.record.prev.map((prev) => seqs.get(prev));
        if (parents.some((seq) => seq === undefined))
            continue; // already blocked by a missing parent
        const expected = 1 + Math.max(...parents);
        if (copy.record.seq !== expected) {
            result.missing.push({
                code: 'bad-seq',
                message: `record ${(0,core_record/* shortId */.m_)(copy.record.id)} found at commit ${(0,changes/* shortSha */.Fu)(copy.commit)} has seq ${copy.record.seq}, but one more than its parents' largest seq is ${expected}: it is not a record this ledger can hold`,
                path: copy.path,
                recordId: copy.record.id,
                fix: "drop the record that points to it from the ledger (`git rm` it), then record that change's verdict again with `ao verdict`",
            });
        }
    }
    result.carried = [...carried.values()].sort((a, b) => a.record.seq - b.record.seq || (a.path < b.path ? -1 : 1));
    if (result.missing.length > 0 || options.dryRun || result.carried.length === 0)
        return result;
    await (0,writer/* withLedgerLock */.pT)(git, async () => {
        (0,writer/* refuseUnsafeLedgerRoot */.Qo)(top);
        // Parents first: a run cut short leaves records whose prev are all present, and a rerun finishes.
        for (const copy of result.carried) {
            const target = (0,external_node_path_.join)(top, copy.path);
            if ((0,writer/* lexists */.h$)(target))
                continue; // written meanwhile by another run: never overwritten
            (0,writer/* writeFileAtomic */.Zf)(git, target, copy.bytes);
            result.written.push(copy.path);
        }
        await git.stage(result.carried.map((copy) => copy.path));
    });
    return result;
}
/** Copies of each record id added anywhere in history, one per distinct (blob, path). */
function copiesById(files) {
    const byId = new Map();
    const seen = new Set();
    for (const file of files) {
        const parts = (0,core_record/* parseRecordPath */.OT)((0,manifest/* pathText */.LF)(file.path));
        if (!parts)
            continue;
        const key = `${file.mode} ${file.id} ${(0,manifest/* pathText */.LF)(file.path)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const list = byId.get(parts.id);
        if (list)
            list.push(file);
        else
            byId.set(parts.id, [file]);
    }
    return byId;
}
/**
 * The one copy of `id` that may be carried: a regular file within the size bound that
 * parses in byte form, hashes to `id`, sits at its own path, belongs to this ledger, is no
 * genesis, and carries no broken signature. Two valid copies with different bytes (the id
 * leaves out `signature`, so they differ only there) are ambiguous: neither is chosen.
 */
function judgeCopies(id, found, objects, genesisId) {
    const refused = [];
    const valid = [];
    for (const file of found) {
        const path = (0,manifest/* pathText */.LF)(file.path);
        const where = `commit ${(0,changes/* shortSha */.Fu)(file.commit)}, ${path}`;
        const object = (0,manifest/* isRegularFileMode */.EU)(file.mode) ? objects.get(file.id) : undefined;
        let reason;
        if (!(0,manifest/* isRegularFileMode */.EU)(file.mode))
            reason = file.mode === '120000' ? 'a symbolic link, not a record file' : 'not a regular file';
        else if (object?.type !== 'blob')
            reason = 'its object cannot be read';
        else if (!object.bytes)
            reason = `too-large: ${object.size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`;
        else {
            const parsed = (0,core_record/* parseRecordFile */.TG)(path, object.bytes);
            if (!parsed.ok)
                reason = `${parsed.problem.code}: ${parsed.problem.message}`;
            else {
                const record = parsed.record;
                const bad = (0,signatures.signatureProblems)([record])[0];
                if (record.id !== id)
                    reason = `id-mismatch: it is record ${(0,core_record/* shortId */.m_)(record.id)}`;
                else if (record.type === 'genesis')
                    reason = `second-genesis: a genesis record (this ledger's genesis is ${(0,core_record/* shortId */.m_)(genesisId)})`;
                else if (record.ledger !== genesisId)
                    reason = `foreign-record: it belongs to another ledger (its genesis is ${(0,core_record/* shortId */.m_)(record.ledger)}, this ledger's is ${(0,core_record/* shortId */.m_)(genesisId)})`;
                else if (bad)
                    reason = `bad-signature: ${bad.message}`;
                else if (!valid.some((copy) => Buffer.compare(copy.bytes, object.bytes) === 0))
                    valid.push({ record, path, bytes: object.bytes, commit: file.commit });
            }
        }
        if (reason)
            refused.push({ where, reason });
    }
    if (valid.length === 1)
        return { copy: valid[0] };
    return { refused, ambiguous: valid };
}
function missingProblem(id, { by, root }, outcome) {
    const through = root.id === by.id ? '' : `, an ancestor of ${(0,core_record/* shortId */.m_)(root.id)} carried from history`;
    const named = `record ${id} (named in prev of ${(0,core_record/* shortId */.m_)(by.id)}, ${by.path}${through})`;
    const drop = `drop the record that needs it (\`git rm ${(0,shell/* shellQuote */.Z)(root.path)}\`) and record that change's verdict again with \`ao verdict\``;
    if (outcome.ambiguous.length > 1) {
        const first = outcome.ambiguous[0];
        return {
            code: 'dangling-prev',
            message: `${named} has ${outcome.ambiguous.length} different valid copies in history (${outcome.ambiguous.map((c) => `commit ${(0,changes/* shortSha */.Fu)(c.commit)}`).join(', ')}): they differ in their signature, and ao does not choose between them`,
            path: root.path,
            recordId: id,
            fix: `take the copy from the branch the change came from, e.g. \`git checkout ${first.commit} -- ${(0,shell/* shellQuote */.Z)(first.path)}\`, then run \`ao ledger carry\` again`,
        };
    }
    if (outcome.refused.length > 0) {
        return {
            code: 'dangling-prev',
            message: `${named} is in history only as copies that are refused: ${outcome.refused.map((r) => `${r.where}: ${r.reason}`).join('; ')}`,
            path: root.path,
            recordId: id,
            fix: `fetch the branch it came from (\`git fetch --all\`) and run \`ao ledger carry\` again; if no intact copy exists, ${drop}`,
        };
    }
    return {
        code: 'dangling-prev',
        message: `${named} exists nowhere in this repository's history (no ref reaches a commit that adds it)`,
        path: root.path,
        recordId: id,
        fix: `fetch the branch it came from (\`git fetch --all\`) and run \`ao ledger carry\` again; if it was never published, ${drop}`,
    };
}

// EXTERNAL MODULE: ./src/repo/subjects.ts
var subjects = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
;// CONCATENATED MODULE: ./src/repo/replay.ts



/** At most this many candidates, and this many replays tried per commit: the work stays bounded. */
const MAX_CANDIDATES = 10;
const MAX_TRIES_PER_COMMIT = 5;
/**
 * Turns each uncovered commit of `report` (no verdict names its digest; one parent) that is a
 * squash or a rebase of a candidate's covered commits into a covered one. `options` must be
 * the ones `report` was made with: the same ledger, policy and authenticated actor judge the
 * candidate's commits.
 */
async function proveReplays(git, report, candidates, options) {
    const open = report.decisions.filter((d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict' && d.change.kind === 'commit' && d.change.commit);
    if (open.length === 0 || candidates.length === 0 || !report.policy.enforced)
        return { report, proofs: [] };
    const targets = new Map((await git.listCommits(['--no-walk', ...open.map((d) => d.change.commit)])).map((c) => [c.sha, c]));
    const seen = new Set();
    const attempts = [];
    for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
        if (seen.has(candidate.head))
            continue;
        seen.add(candidate.head);
        const tries = await attemptsFor(git, candidate, [...targets.values()].filter((t) => t.parents.length === 1), options);
        attempts.push(...tries);
    }
    if (attempts.length === 0)
        return { report, proofs: [] };
    const trees = await git.replayTrees(attempts.map((a) => a.triple));
    const pairs = attempts.map((a, i) => trees[i].clean && trees[i].tree ? `${trees[i].tree} ${a.target.tree}` : undefined);
    const diffs = await git.diffBatch([...new Set(pairs.filter((p) => !!p))]);
    const proved = new Map();
    attempts.forEach((attempt, i) => {
        const pair = pairs[i];
        if (!pair || proved.has(attempt.target.sha))
            return;
        const rest = diffs.get(pair);
        // Nothing beyond the recomputed merge: the commit brings exactly the reviewed change.
        if (rest && (0,manifest/* buildManifest */.u1)(rest).entries.length === 0)
            proved.set(attempt.target.sha, attempt);
    });
    if (proved.size === 0)
        return { report, proofs: [] };
    const decisions = report.decisions.map((d) => {
        const attempt = d.change.commit ? proved.get(d.change.commit) : undefined;
        if (!attempt || !open.includes(d))
            return d;
        return {
            change: d.change,
            outcome: 'covered',
            reason: attempt.reason,
            ...(attempt.record ? { record: attempt.record } : {}),
        };
    });
    const counts = (0,verify/* countDecisions */.vc)(decisions);
    const proofs = decisions.filter((d, i) => d !== report.decisions[i]).map((d) => `${d.change.label}: ${d.reason}`);
    return {
        report: {
            ...report,
            decisions,
            counts,
            ok: report.ledger.problems.length === 0 && counts.uncovered === 0,
            coverAll: counts.uncovered >= 2 ? report.coverAll : undefined,
        },
        proofs,
    };
}
/** The replays a candidate offers each target: the squash of the whole change, or one covered commit rebased. */
async function attemptsFor(git, candidate, targets, options) {
    const attempts = [];
    const byParent = new Map();
    for (const target of targets)
        byParent.set(target.parents[0], [...(byParent.get(target.parents[0]) ?? []), target]);
    // The reviewed change: from the merge base with the branch the commits landed on, to the head.
    const parent = targets[0]?.parents[0];
    if (!parent)
        return attempts;
    const base = await git.mergeBase(parent, candidate.head);
    if (!base || base === candidate.head)
        return attempts;
    let reviewed;
    try {
        reviewed = await (0,verify/* verify */.MX)(git, { kind: 'range', base, head: candidate.head }, { ...options, policyWhy: options.policyWhy });
    }
    catch {
        return attempts; // a candidate that cannot be judged proves nothing
    }
    const whole = reviewed.ledger.problems.length === 0 &&
        reviewed.policy.enforced &&
        reviewed.counts.uncovered === 0 &&
        reviewed.counts.checked > 0;
    const coveredCommits = reviewed.decisions.filter((d) => d.outcome === 'covered' && d.change.kind === 'commit' && d.change.commit);
    const infos = coveredCommits.length > 0
        ? await git.listCommits(['--no-walk', ...coveredCommits.map((d) => d.change.commit)])
        : [];
    const info = new Map(infos.map((c) => [c.sha, c]));
    const head = (0,changes/* shortSha */.Fu)(candidate.head);
    const last = [...reviewed.decisions].reverse().find((d) => d.record)?.record;
    for (const [onto, group] of byParent) {
        const squashBase = onto === parent ? base : await git.mergeBase(onto, candidate.head);
        for (const target of group) {
            // The squash of the change reviewed above: the same merge base, or it is not that change.
            if (whole && squashBase === base) {
                attempts.push({
                    target,
                    triple: [squashBase, onto, candidate.head],
                    record: last,
                    reason: `the squash of ${candidate.label} (head ${head}): its tree is exactly the merge of ${head} onto ${(0,changes/* shortSha */.Fu)(onto)} (recomputed in isolation, base ${(0,changes/* shortSha */.Fu)(squashBase)}), and ${reviewed.counts.checked === 1 ? 'the one commit' : `all ${reviewed.counts.checked} commits`} of ${(0,changes/* shortSha */.Fu)(squashBase)}..${head} ${reviewed.counts.checked === 1 ? 'is' : 'are'} covered`,
                });
            }
            // A rebased commit keeps its author and message: those pick the commit to try (the tree decides).
            const matches = coveredCommits
                .map((d) => ({ d, c: info.get(d.change.commit) }))
                .filter(({ c }) => c && c.parents.length === 1 && c.subject === target.subject && c.authorEmail === target.authorEmail)
                .slice(0, MAX_TRIES_PER_COMMIT);
            for (const { d, c } of matches) {
                attempts.push({
                    target,
                    triple: [c.parents[0], onto, c.sha],
                    record: d.record,
                    reason: `commit ${(0,changes/* shortSha */.Fu)(c.sha)} of ${candidate.label}, rebased: its tree is exactly ${(0,changes/* shortSha */.Fu)(c.sha)}'s change replayed onto ${(0,changes/* shortSha */.Fu)(onto)} (recomputed in isolation), and ${(0,changes/* shortSha */.Fu)(c.sha)} is covered (${d.reason})`,
                });
            }
        }
    }
    return attempts;
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/present/commands.ts
var commands = __webpack_require__(1805);
// EXTERNAL MODULE: ./src/present/output.ts
var output = __webpack_require__(2726);
;// CONCATENATED MODULE: ./src/cli/cmd-verify.ts














async function cmdVerify(cli, args) {
    const { values } = (0,flags/* parse */.qg)('verify', args, {
        ...flags/* SCOPE_OPTIONS */.gy,
        ...flags/* AMEND_OPTION */.AF,
        policy: { type: 'string' },
        'replay-of': { type: 'string', multiple: true },
        json: { type: 'boolean' },
    }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.verify), 0);
    const which = (0,flags/* oneScope */.nN)('verify', values);
    const replayOf = values['replay-of'] ?? [];
    if (replayOf.length > 0 && which !== 'range')
        throw new errors/* AoError */.V('verify: --replay-of judges the commits of a range', {
            fix: 'ao verify --range A..B --replay-of PR-HEAD',
        });
    if (values.amend && which !== 'staged')
        throw new errors/* AoError */.V(`verify: --amend names the staged change; it cannot be combined with --${which}`, {
            fix: 'ao verify --amend',
        });
    const scope = which === 'commit'
        ? { kind: 'commit', rev: values.commit }
        : which === 'range'
            ? { kind: 'range', ...(0,subjects/* parseRangeArg */.t)(values.range) }
            : values.amend
                ? { kind: 'staged', amend: true }
                : { kind: 'staged' };
    const git = await (0,context/* openRepo */.B)(cli);
    // --policy REV: judge under the policy (and trust roots) at REV, e.g. to audit history from before set-up.
    const policyRev = values.policy !== undefined ? await git.resolveCommit(values.policy, '--policy') : undefined;
    const options = {
        checkerHint: cli.env.AO_CHECKER,
        ...(policyRev ? { policyRev, policyWhy: `given with --policy ${values.policy}` } : {}),
    };
    let report = await (0,verify/* verify */.MX)(git, scope, options);
    // --replay-of REV: commits of the range may be the squash or rebase of REV's reviewed work (docs/spec.md#replayed-commits).
    if (replayOf.length > 0) {
        const candidates = await Promise.all(replayOf.map(async (rev) => ({ head: await git.resolveCommit(rev, '--replay-of'), label: rev })));
        const proved = await proveReplays(git, report, candidates, options);
        report = proved.report;
    }
    // The range was judged on the ledger as committed; a verdict recorded and never committed is named.
    if (!report.ok &&
        scope.kind === 'range' &&
        report.scope.head !== undefined &&
        report.scope.head === (await git.headCommit())) {
        for (const cover of await (0,verify/* uncommittedCover */.P8)(git, scope, options, report)) {
            report.notes.push(`${cover.label} is covered by verdict ${cover.record} (${cover.path}), recorded in the working tree but never committed: CI will not see it. Commit it: git add .agents/ledger && git commit -m 'Record verdicts'`);
        }
    }
    if (values.json)
        cli.out(JSON.stringify((0,output/* reportJson */.l4)(report), null, 2));
    else
        cli.out((0,output/* renderReport */.B1)(report, (0,output/* styleFor */.j9)(process.stdout), (0,commands/* runnableAo */.CU)(cli, git.topLevel)));
    if ((0,verify/* observedFailure */.x8)(report)) {
        cli.err(`agentops/verdict: ${output/* OBSERVE_WARNING */.qg}`);
        return 0;
    }
    return report.ok ? 0 : 1;
}
async function cmdLedger(cli, args) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h' || sub === undefined)
        return (cli.out(help/* HELP */._.ledger), sub === undefined ? 2 : 0);
    if (sub === 'carry')
        return cmdLedgerCarry(cli, rest);
    if (sub !== 'verify')
        throw new errors/* AoError */.V(`unknown command: ao ledger ${sub}`, {
            fix: 'ao ledger verify [--since REV], or ao ledger carry [--dry-run]',
        });
    const { values } = (0,flags/* parse */.qg)('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.ledger), 0);
    const git = await (0,context/* openRepo */.B)(cli);
    const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
    const audit = await (0,ledger_view/* auditLedger */.bV)(git, { kind: 'worktree' }, since);
    const ok = audit.problems.length === 0;
    if (values.json) {
        cli.out(JSON.stringify({
            ok,
            source: audit.source,
            records: audit.records.length,
            heads: audit.heads,
            genesis: audit.genesisId ?? null,
            problems: audit.problems,
        }, null, 2));
    }
    else {
        const style = (0,output/* styleFor */.j9)(process.stdout);
        const lines = [
            `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${(0,words/* plural */.LS)(audit.records.length, 'record')} checked in the ${audit.source}${since ? `, append-only since ${(0,changes/* shortSha */.Fu)(since)}` : ''}`,
            style.dim(`  heads: ${audit.heads.map(core_record/* shortId */.m_).join(', ') || '(none)'}`),
        ];
        for (const problem of audit.problems)
            lines.push(...(0,output/* renderProblem */.yM)(problem, style));
        cli.out(lines.join('\n'));
    }
    return ok ? 0 : 1;
}
const CARRY_COMMIT = "git commit -m 'Carry ledger records for a backport'";
/** `ao ledger carry`: copies the records the ledger's `prev` name but lack from history. */
async function cmdLedgerCarry(cli, args) {
    const { values } = (0,flags/* parse */.qg)('ledger', args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.ledger), 0);
    const git = await (0,context/* openRepo */.B)(cli);
    const dryRun = values['dry-run'] === true;
    const result = await carryRecords(git, { dryRun });
    const ok = result.missing.length === 0;
    // A cherry-pick stopped on a conflict takes the records with it when it continues.
    const next = !ok || result.carried.length === 0 || dryRun
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
        cli.out(JSON.stringify({ ok, dryRun, carried, written: result.written, missing: result.missing, next: next ?? null }, null, 2));
        return ok ? 0 : 1;
    }
    const style = (0,output/* styleFor */.j9)(process.stdout);
    const lines = [];
    if (!ok) {
        lines.push(`ao ledger carry: ${style.bad('FAILED')}: ${(0,words/* plural */.LS)(result.missing.length, 'record')} the ledger needs cannot be carried; nothing was written`);
        for (const problem of result.missing)
            lines.push(...(0,output/* renderProblem */.yM)(problem, style));
    }
    else if (result.carried.length === 0) {
        lines.push(`ao ledger carry: ${style.ok('ok')}: nothing to carry: every prev of the ${(0,words/* plural */.LS)(result.recordCount, 'record')} names a record in the ledger`);
    }
    else {
        const count = (0,words/* plural */.LS)(result.carried.length, 'record');
        lines.push(`ao ledger carry: ${dryRun ? `would carry ${count} from history (dry run: nothing written)` : `carried ${count} from history into ${'.agents/ledger/'} and staged them`}`);
        for (const c of result.carried)
            lines.push(`  + ${(0,core_record/* shortId */.m_)(c.record.id)}  seq ${c.record.seq}  ${c.record.type}  from commit ${(0,changes/* shortSha */.Fu)(c.commit)}  ${(0,output/* clean */.uH)(c.path)}`);
        if (next)
            lines.push(`next: ${next}`, style.dim('  (the records change no code, so that commit needs no verdict; `ao ledger verify` checks the result)'));
        else
            lines.push('run `ao ledger carry` without --dry-run to write and stage them');
    }
    cli.out(lines.join('\n'));
    return ok ? 0 : 1;
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   X4: () => (/* binding */ renderDecision),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   qg: () => (/* binding */ OBSERVE_WARNING),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   yM: () => (/* binding */ renderProblem)
/* harmony export */ });
/* unused harmony export decisionJson */
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1805);


function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
/**
 * Text from the change under test (commit subjects, paths, record fields) is printed only
 * after control characters are made visible: a commit subject or a record summary holding
 * terminal escape sequences, newlines or bidirectional overrides must not be able to
 * rewrite what the report says (erase a FAILED line, forge an "ok").
 */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** Said wherever observe mode lets a failing check pass. */
const OBSERVE_WARNING = 'observe mode: would fail (the policy\'s "enforcement" is "observe"): nothing is refused until it is "enforce"';
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
function sumCounts(all) {
    const total = { checked: 0, covered: 0, uncovered: 0, exempt: 0, empty: 0 };
    for (const c of all)
        for (const key of Object.keys(total))
            total[key] += c[key];
    return total;
}
/** The exact count line: every outcome named, never "covered" for what was exempt. */
function countsText(counts, noun = 'commit') {
    const parts = [`${counts.covered} covered`];
    if (counts.exempt)
        parts.push(`${counts.exempt} exempt`);
    if (counts.empty)
        parts.push(`${counts.empty} need${counts.empty === 1 ? 's' : ''} none`);
    if (counts.uncovered)
        parts.push(`${counts.uncovered} uncovered`);
    return `${counts.checked} ${noun}${counts.checked === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}
function renderDecision(decision, style, ao = 'ao') {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered'
        ? style.bad(MARK.uncovered)
        : decision.outcome === 'covered'
            ? style.ok(MARK.covered)
            : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix), ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.ledger.baseRecords + report.ledger.newRecords, 'record')} (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(report.rangeDecision.fix), ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(report.coverAll, ao))}`);
    }
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style, ao));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: {
            source: report.policy.source,
            enforced: report.policy.enforced,
            mode: report.policy.mode ?? null,
            enforcement: report.policy.enforcement,
            why: report.policy.why ?? null,
        },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        coverAll: report.coverAll ?? null,
        notes: report.notes,
    };
}
function decisionJson(decision) {
    const { change } = decision;
    return {
        kind: change.kind,
        label: change.label,
        commit: change.commit ?? null,
        subject: change.subjectLine ?? null,
        author: change.authorEmail ?? null,
        digest: change.manifest.digest,
        paths: change.manifest.entries.length,
        outcome: decision.outcome,
        reason: decision.reason,
        failedRule: decision.failedRule ?? null,
        policyRule: decision.policyRule ?? null,
        constraint: decision.constraint ?? null,
        learning: decision.learning ?? null,
        record: decision.record
            ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker }
            : null,
        fix: (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix) ?? null,
    };
}


/***/ })

};
