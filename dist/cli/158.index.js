export const id = 158;
export const ids = [158];
export const modules = {

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
    }
    return given[0] ?? 'staged';
}
/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
const AMEND_OPTION = { amend: { type: 'boolean' } };
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};


/***/ }),

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdLedger: () => (/* binding */ cmdLedger),
  cmdVerify: () => (/* binding */ cmdVerify)
});

// EXTERNAL MODULE: ./src/repo/changes.ts
var changes = __webpack_require__(767);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(9844);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/ledger.ts
var ledger = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(1603);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/signatures.ts
var signatures = __webpack_require__(7882);
// EXTERNAL MODULE: ./src/repo/ledger-view.ts
var ledger_view = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(791);
;// CONCATENATED MODULE: ./src/repo/carry.ts










const REGULAR = new Set(['100644', '100755']);
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
        throw new errors/* AoError */.VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
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
    const reader = git.openObjectReader(core_record/* MAX_RECORD_BYTES */.xR);
    try {
        // One round per generation of missing ancestors, all through the one open reader.
        let frontier = [...wanted.keys()];
        while (frontier.length > 0) {
            const found = frontier.flatMap((id) => copies.get(id) ?? []);
            const objects = await reader.read(found.filter((copy) => REGULAR.has(copy.mode)).map((copy) => copy.id));
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
    }
    finally {
        // Closing also refuses damaged objects (cat-file reports them as missing): before any write.
        await reader.close();
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
                fix: 'drop the record that points to it from the ledger (`git rm` it), then record that change\'s verdict again with `ao verdict`',
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
        const object = REGULAR.has(file.mode) ? objects.get(file.id) : undefined;
        let reason;
        if (!REGULAR.has(file.mode))
            reason = file.mode === '120000' ? 'a symbolic link, not a record file' : 'not a regular file';
        else if (!object || object.type !== 'blob')
            reason = 'its object cannot be read';
        else if (!object.bytes)
            reason = `too-large: ${object.size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`;
        else {
            const parsed = (0,core_record/* parseRecordFile */.TG)(path, object.bytes);
            if (!parsed.ok)
                reason = `${parsed.problem.code}: ${parsed.problem.message}`;
            else {
                const record = parsed.record;
                const bad = (0,signatures/* signatureProblems */.ts)([record])[0];
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
var subjects = __webpack_require__(2249);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(8377);
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
    const pairs = attempts.map((a, i) => (trees[i].clean && trees[i].tree ? `${trees[i].tree} ${a.target.tree}` : undefined));
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
        return { change: d.change, outcome: 'covered', reason: attempt.reason, ...(attempt.record ? { record: attempt.record } : {}) };
    });
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
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
    const whole = reviewed.ledger.problems.length === 0 && reviewed.policy.enforced && reviewed.counts.uncovered === 0 && reviewed.counts.checked > 0;
    const coveredCommits = reviewed.decisions.filter((d) => d.outcome === 'covered' && d.change.kind === 'commit' && d.change.commit);
    const infos = coveredCommits.length > 0 ? await git.listCommits(['--no-walk', ...coveredCommits.map((d) => d.change.commit)]) : [];
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
                    reason: `the squash of ${candidate.label} (head ${head}): its tree is exactly the merge of ${head} onto ${(0,changes/* shortSha */.Fu)(onto)} (recomputed in isolation, base ${(0,changes/* shortSha */.Fu)(squashBase)}), and all ${reviewed.counts.checked} commits of ${(0,changes/* shortSha */.Fu)(squashBase)}..${head} are covered`,
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

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(399);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(1037);
// EXTERNAL MODULE: ./src/present/commands.ts
var commands = __webpack_require__(7987);
// EXTERNAL MODULE: ./src/present/output.ts
var output = __webpack_require__(7920);
;// CONCATENATED MODULE: ./src/cli/cmd-verify.ts













async function cmdVerify(cli, args) {
    const { values } = (0,cli_args/* parse */.qg)('verify', args, { ...cli_args/* SCOPE_OPTIONS */.gy, ...cli_args/* AMEND_OPTION */.AF, policy: { type: 'string' }, 'replay-of': { type: 'string', multiple: true }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(help/* HELP */._.verify), 0;
    const which = (0,cli_args/* oneScope */.nN)('verify', values);
    const replayOf = values['replay-of'] ?? [];
    if (replayOf.length > 0 && which !== 'range')
        throw new errors/* AoError */.VS('verify: --replay-of judges the commits of a range', { fix: 'ao verify --range A..B --replay-of PR-HEAD' });
    if (values.amend && which !== 'staged')
        throw new errors/* AoError */.VS(`verify: --amend names the staged change; it cannot be combined with --${which}`, { fix: 'ao verify --amend' });
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
        return cli.out(help/* HELP */._.ledger), sub === undefined ? 2 : 0;
    if (sub === 'carry')
        return cmdLedgerCarry(cli, rest);
    if (sub !== 'verify')
        throw new errors/* AoError */.VS(`unknown command: ao ledger ${sub}`, { fix: 'ao ledger verify [--since REV], or ao ledger carry [--dry-run]' });
    const { values } = (0,cli_args/* parse */.qg)('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(help/* HELP */._.ledger), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
    const audit = await (0,ledger_view/* auditLedger */.bV)(git, { kind: 'worktree' }, since);
    const ok = audit.problems.length === 0;
    if (values.json) {
        cli.out(JSON.stringify({ ok, source: audit.source, records: audit.records.length, heads: audit.heads, genesis: audit.genesisId ?? null, problems: audit.problems }, null, 2));
    }
    else {
        const style = (0,output/* styleFor */.j9)(process.stdout);
        const lines = [
            `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${audit.records.length} records checked in the ${audit.source}${since ? `, append-only since ${(0,changes/* shortSha */.Fu)(since)}` : ''}`,
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
    const { values } = (0,cli_args/* parse */.qg)('ledger', args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(help/* HELP */._.ledger), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const dryRun = values['dry-run'] === true;
    const result = await carryRecords(git, { dryRun });
    const ok = result.missing.length === 0;
    // A cherry-pick stopped on a conflict takes the records with it when it continues.
    const next = !ok || result.carried.length === 0 || dryRun ? undefined : (await git.resolveCommits(['CHERRY_PICK_HEAD']))[0] ? 'git cherry-pick --continue' : CARRY_COMMIT;
    if (values.json) {
        const carried = result.carried.map((c) => ({ id: c.record.id, seq: c.record.seq, type: c.record.type, path: c.path, commit: c.commit }));
        cli.out(JSON.stringify({ ok, dryRun, carried, written: result.written, missing: result.missing, next: next ?? null }, null, 2));
        return ok ? 0 : 1;
    }
    const style = (0,output/* styleFor */.j9)(process.stdout);
    const lines = [];
    if (!ok) {
        lines.push(`ao ledger carry: ${style.bad('FAILED')}: ${result.missing.length} record${result.missing.length === 1 ? '' : 's'} the ledger needs cannot be carried; nothing was written`);
        for (const problem of result.missing)
            lines.push(...(0,output/* renderProblem */.yM)(problem, style));
    }
    else if (result.carried.length === 0) {
        lines.push(`ao ledger carry: ${style.ok('ok')}: nothing to carry: every prev of the ${result.recordCount} records names a record in the ledger`);
    }
    else {
        const count = `${result.carried.length} record${result.carried.length === 1 ? '' : 's'}`;
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

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resolveSubject),
/* harmony export */   t: () => (/* binding */ parseRangeArg)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(767);



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, { fix: 'for example: --range origin/main..HEAD' });
    return { base: match[1], head: match[2] };
}
/** Builds the subject of a verdict: what exactly the checker is vouching for. */
async function resolveSubject(git, scope) {
    let resolved;
    if (scope.kind === 'staged') {
        const head = await git.headCommit();
        const author = await git.authorEmail();
        let amending;
        if (scope.amend) {
            if (!head)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('there is no commit to amend yet', { fix: 'record the verdict without --amend' });
            [amending] = await git.listCommits(['-n', '1', head]);
        }
        const staged = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedChange */ .th)(git, head, author, amending);
        const { change } = staged;
        const baseRev = amending ? amending.parents[0] : head;
        resolved = {
            subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3) },
            manifest: change.manifest,
            label: change.label,
            authors: author ? [author] : [],
            baseRev,
            diffBase: await diffBaseOf(git, staged, baseRev),
        };
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(change.cleanMerge ? 'the staged merge is clean: it needs no verdict' : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
                fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
            });
        }
    }
    else if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        const ofCommit = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, [info]))[0];
        const { change } = ofCommit;
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: { kind: 'commit', commit, digest: change.manifest.digest, entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3) },
            manifest: change.manifest,
            label: `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)}`,
            authors: info?.authorEmail ? [info.authorEmail] : [],
            baseRev: info?.parents[0],
            headRev: commit,
            diffBase: await diffBaseOf(git, ofCommit, info?.parents[0]),
        };
    }
    else {
        const base = await git.resolveCommit(scope.base, 'range base');
        const head = await git.resolveCommit(scope.head, 'range head');
        const commits = await git.listCommits([`${base}..${head}`]);
        if (commits.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the range ${scope.base}..${scope.head} holds no commits`, { fix: 'check the order: --range OLDER..NEWER' });
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head));
        const changes = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, commits)).filter((c) => c.change.manifest.entries.length > 0);
        if (manifest.entries.length === 0 && changes.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
        }
        resolved = {
            subject: {
                kind: 'range',
                base,
                head,
                digest: manifest.digest,
                entries: manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3),
                commits: changes.map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest })),
            },
            manifest,
            label: `range ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(base)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(head)}`,
            authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
            baseRev: base,
            headRev: head,
            commitChanges: changes.map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest, title: c.change.subjectLine ?? '', patchItem: c.patchItem ?? c.change.commit })),
            diffBase: base,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
            fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
        });
    }
    return resolved;
}
/** A merge is shown against the tree its manifest compares with; anything else against its first parent. */
async function diffBaseOf(git, change, firstParent) {
    if (change.merge)
        return (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewBaseTree */ .KW)(git, change.merge);
    return firstParent ?? git.emptyTree;
}


/***/ }),

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ appendRecord),
/* harmony export */   Qo: () => (/* binding */ refuseUnsafeLedgerRoot),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   gb: () => (/* binding */ refuseLinkedEntry),
/* harmony export */   h$: () => (/* binding */ lexists),
/* harmony export */   pT: () => (/* binding */ withLedgerLock),
/* harmony export */   w0: () => (/* binding */ appendVerdict)
/* harmony export */ });
/* unused harmony export readTip */
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1603);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7406);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6752);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9844);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1867);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5435);










const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's), each file
 * under the record size bound and never through a symlink.
 */
function readTip(top) {
    refuseUnsafeLedgerRoot(top);
    const paths = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .listWorktreeLedger */ .fV)(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const file = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorktreeFile */ .id)(top, path);
        refuseLinkedEntry(file);
        const parts = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRecordPath */ .OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            if (file.kind === 'file' && file.bytes) {
                const value = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
                if (Array.isArray(value?.prev))
                    prev = value.prev.filter((p) => typeof p === 'string');
            }
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
    }
    const heads = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .computeHeads */ .VG)(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Refuses a symlink found in the ledger (a record or a bucket folder): never read or written through. */
function refuseLinkedEntry(file) {
    if (file.kind !== 'symlink')
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${file.path} is a symbolic link: ao reads and writes the ledger only inside the repository, never through a link`, {
        fix: `remove the link (\`git rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(file.path)}\` if it was committed) and restore what it replaced with \`git checkout HEAD -- .agents/ledger\``,
    });
}
/** Refuses to read or write the ledger when `.agents` or `.agents/ledger` is a symlink or a file. */
function refuseUnsafeLedgerRoot(top) {
    const broken = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(top);
    if (broken) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${broken.path} is ${broken.kind === 'symlink' ? 'a symbolic link' : 'not a directory'}: ao reads and writes the ledger only inside the repository, never through a link`, {
            fix: `replace it with a real directory: \`git rm --cached ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(broken.path)}\`, move it away, and restore the ledger with \`git checkout HEAD -- .agents\``,
        });
    }
}
function parseLock(text) {
    const [pid, since = '?', host = ''] = text.trim().split(' ');
    return pid && /^[1-9][0-9]*$/.test(pid) ? { pid: Number(pid), since, host } : undefined;
}
/** True when the lock names a process on this machine that no longer exists. */
function holderIsGone(owner) {
    if (!owner || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() || owner.pid === process.pid)
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Removes a lock left by a process that died holding it (killed, or the machine crashed
 * before it could clean up), only if the file still holds exactly what was seen: the lock
 * is moved aside first, and put back if another process took it in the meantime.
 */
function breakStaleLock(lock, seen) {
    const aside = `${lock}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    let moved = '';
    try {
        moved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(aside, 'utf8');
    }
    catch {
        // unreadable: treat as someone else's
    }
    if (moved !== seen) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, lock);
        }
        catch {
            // A third process took the free slot; the one we moved keeps working either way.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(aside, { force: true });
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, LOCK_NAME);
    const mine = `${process.pid} ${new Date().toISOString()} ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}\n`;
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, mine);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot create the ledger lock ${lock}: ${error.message}`);
            let seen = '';
            try {
                seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8');
            }
            catch {
                continue; // released while we looked
            }
            const owner = parseLock(seen);
            // A writer killed between creating the lock and writing its pid leaves it empty; a live
            // one fills it within microseconds, so an unreadable lock older than that is stale.
            if (holderIsGone(owner) || (!owner && lockAgeMs(lock) > EMPTY_LOCK_GRACE_MS)) {
                breakStaleLock(lock, seen);
                continue;
            }
            if (Date.now() - started > LOCK_WAIT_MS) {
                let age = '';
                try {
                    age = `, ${Math.round((Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs) / 1000)}s ago`;
                }
                catch {
                    // The holder released it while we looked.
                }
                const holder = owner ? ` (held by process ${owner.pid}${owner.host && owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? ` on ${owner.host}` : ''} since ${owner.since}${age})` : '';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`the ledger is locked by another ao process${holder}; waited ${Math.round(LOCK_WAIT_MS / 1000)}s`, {
                    where: lock,
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(lock)}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        removeOrphans(git);
        return await work();
    }
    finally {
        // Release only our own lock: never one a waiter took over after judging ours stale.
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8') === mine)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
        }
        catch {
            // already gone
        }
    }
}
const EMPTY_LOCK_GRACE_MS = 2_000;
function lockAgeMs(lock) {
    try {
        return Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs;
    }
    catch {
        return 0;
    }
}
const TMP_DIR = 'agentops-tmp';
const TMP_SUFFIX = '.ao-tmp';
/** Exactly the names writeFileAtomic gives its temp files (in .git/, or hidden next to the target). */
const TMP_NAME = /^\.?[0-9a-f]{16}\.ao-tmp$/;
/**
 * Temp files left by a writer killed before its rename. Only called under the lock, when
 * no other writer can have one in flight, so every temp file found is an orphan.
 */
function removeOrphans(git) {
    const dirs = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR)];
    if (!(0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(git.topLevel)) {
        try {
            for (const bucket of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN), { withFileTypes: true }))
                if (bucket.isDirectory())
                    dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN, bucket.name));
        }
        catch {
            // no ledger yet
        }
    }
    for (const dir of dirs) {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
        }
        catch {
            continue;
        }
        for (const name of names)
            if (TMP_NAME.test(name))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { force: true });
    }
}
/**
 * Writes bytes so that a crash at any point leaves the whole file or nothing: a temp file in
 * `.git/` (so a crash leaves nothing under `.agents/`), fsynced, renamed into place, and the
 * folder fsynced. Refuses to write through a symlinked folder, which could lead out of the
 * repository. When `.git` is on another file system than the working tree (rename cannot
 * cross), the temp file goes next to the target under a name no verifier accepts as a
 * record, and the next writer removes it if a crash left it behind.
 */
function writeFileAtomic(git, target, content) {
    refuseLinkedFolders(git.topLevel, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    const tmpDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tmpDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const name = `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}${TMP_SUFFIX}`;
    let tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmpDir, name);
    writeSynced(tmp, content);
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
        catch (error) {
            if (error.code !== 'EXDEV')
                throw error;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
            tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${name}`);
            writeSynced(tmp, content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot move the new record into ${target}: ${error.message}`, { fix: 'check that the repository is writable, then run the command again' });
    }
    try {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(dir);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(dir);
        }
    }
    catch {
        // Some file systems cannot fsync a directory; the rename itself is still atomic.
    }
}
function writeSynced(path, content) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Every existing folder from `top` down to `dir` must be a real directory, not a symlink. */
function refuseLinkedFolders(top, dir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, dir);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`refusing to write outside the repository: ${dir}`);
    let current = top;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, part);
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch {
            return; // the rest is created as real directories
        }
        if (!stat.isDirectory()) {
            const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, current);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${shown} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ao writes records only inside the repository, never through a link`, {
                fix: `replace ${shown} with a real directory (\`git checkout HEAD -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(shown)}\` restores the committed one), then run the command again`,
            });
        }
    }
}
/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
function appendVerdict(git, body, options = {}) {
    return appendRecord(git, (tip) => ({
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
        type: 'verdict',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        ...body,
    }), options);
}
/** Appends one record on top of the current heads, atomically and under the ledger lock. */
async function appendRecord(git, makeBody, options = {}) {
    return withLedgerLock(git, async () => {
        const tip = readTip(git.topLevel);
        let record = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .sealRecord */ .xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .validateRecordShape */ .R$)(record);
        if (problems.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`refusing to write an invalid record: ${(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSchemaProblems */ .xe)(problems)}`, { fix: 'shorten or correct the values given on the command line' });
        const size = Buffer.byteLength((0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (size > _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`the record would be ${size} bytes; the limit is ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
        const path = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordPath */ .lX)(record.seq, record.id);
        writeFileAtomic(git, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, path), (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}
/** Like existsSync, but true for a symlink whatever it points at (a dangling one included). */
function lexists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
