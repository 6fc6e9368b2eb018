export const id = 895;
export const ids = [895];
export const modules = {

/***/ 3895:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
// EXTERNAL MODULE: ./src/repo/ledger-view.ts
var ledger_view = __webpack_require__(1721);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(9381);
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
            if (exists(target))
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
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/repo/subjects.ts
var subjects = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(2151);
;// CONCATENATED MODULE: ./src/cli/cmd-verify.ts











async function cmdVerify(cli, args) {
    const { values } = (0,cli_args/* parse */.qg)('verify', args, { ...cli_args/* SCOPE_OPTIONS */.gy, ...cli_args/* AMEND_OPTION */.AF, policy: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(help/* HELP */._.verify), 0;
    const which = (0,cli_args/* oneScope */.nN)('verify', values);
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
    const report = await (0,verify/* verify */.MX)(git, scope, {
        checkerHint: cli.env.AO_CHECKER,
        ...(policyRev ? { policyRev, policyWhy: `given with --policy ${values.policy}` } : {}),
    });
    if (values.json)
        cli.out(JSON.stringify((0,output/* reportJson */.l4)(report), null, 2));
    else
        cli.out((0,output/* renderReport */.B1)(report, (0,output/* styleFor */.j9)(process.stdout), (0,output/* runnableAo */.CU)(cli, git.topLevel)));
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


/***/ })

};
