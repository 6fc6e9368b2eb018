export const id = 335;
export const ids = [335];
export const modules = {

/***/ 8335:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
var subjects = __webpack_require__(2249);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(8377);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(399);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(1037);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(1631);
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


/***/ }),

/***/ 1631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* binding */ clean),
  WN: () => (/* binding */ countsText),
  yM: () => (/* binding */ renderProblem),
  B1: () => (/* binding */ renderReport),
  l4: () => (/* binding */ reportJson),
  CU: () => (/* binding */ runnableAo),
  j9: () => (/* binding */ styleFor),
  W_: () => (/* binding */ sumCounts),
  xv: () => (/* binding */ truncate)
});

// UNUSED EXPORTS: decisionJson, renderDecision

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/present/commands.ts
/**
 * Commands printed for the user to run, as they run in that project: `ao …` where `ao` is on
 * the user's PATH, `npx ao …` where only the project's node_modules has it. Shared by the
 * CLI's reports and the action's summary.
 */
function runnable(text, ao) {
    return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}

;// CONCATENATED MODULE: ./src/cli/output.ts



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
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
/** How `ao` is run in this repository, for the commands a report prints. */
function runnableAo(cli, top) {
    const local = (0,external_node_path_.join)(top, 'node_modules', '.bin');
    // husky and npx put the project's node_modules/.bin on a hook's PATH; the user's shell has only the rest.
    for (const dir of (cli.env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir || (0,external_node_path_.resolve)(dir) === local)
            continue;
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, 'ao'), external_node_fs_.constants.X_OK);
            return 'ao';
        }
        catch {
            // not here
        }
    }
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(local, 'ao')) ? 'npx ao' : 'ao';
}
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
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean(runnable(decision.fix, ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean(runnable(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean(runnable(report.rangeDecision.fix, ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean(runnable(report.coverAll, ao))}`);
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
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null, why: report.policy.why ?? null },
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
        record: decision.record ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker } : null,
        fix: decision.fix ?? null,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prepareConstraints)
/* harmony export */ });
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4165);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7403);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9844);






/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and the
 * constraints they drop from the policy without a retirement record. Returns the lookup of
 * the learnings the constraints came from, so refusals can quote them. Costs nothing when
 * the policy has no constraints and no change touches the policy file.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$));
    const sides = touchingPolicy.length > 0 ? await policySides(git, touchingPolicy.map((c) => c.change)) : new Map();
    const before = [...sides.values()].flatMap(([b]) => ('constraints' in b ? b.constraints : []));
    for (const c of before)
        learningIds.add(c.learning);
    const learnings = learningIds.size > 0 ? await ledger.recordsById([...learningIds]) : new Map();
    const lookup = (id) => {
        const record = learnings.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    if (before.length > 0) {
        // Only a change that drops a constraint pays for reading the whole ledger.
        const isRetired = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .retirementIndex */ .gK)(await ledger.allRecords(), _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
        for (const [change, [b, a]] of sides) {
            const slips = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .findRatchetSlips */ .gA)('constraints' in b ? b.constraints : [], a, isRetired, lookup);
            if (slips.length > 0)
                change.ratchetSlips = slips;
        }
    }
    return lookup;
}
/**
 * Fills `addedLines` for every change touching a forbidPattern constraint's paths: one
 * diff-tree for all commits. The lines are read whatever the change's attributes or bytes
 * say (`Git.addedLinesBatch`); a patch above the bound leaves them unread, which refuses.
 */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(forbidding.flatMap((c) => c.paths));
    const tooLarge = `it adds more than ${_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_ADDED_LINES */ .h9.toLocaleString('en-US')} lines or ${_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_PATCH_BYTES */ .tR / (1024 * 1024)} MiB of patch to those paths, the most that is read`;
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else {
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths, PATCH_BOUNDS);
            if (!change.addedLines)
                change.addedLinesUnreadable = tooLarge;
        }
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths, PATCH_BOUNDS);
    for (const { change, item, paths } of batch) {
        const read = lines.get(item);
        if (!read) {
            change.addedLinesUnreadable = tooLarge;
            continue;
        }
        const wanted = new Set(paths);
        change.addedLines = read.filter((line) => wanted.has(line.path));
    }
}
const PATCH_BOUNDS = { maxBytes: _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_PATCH_BYTES */ .tR, maxLines: _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_ADDED_LINES */ .h9 };
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$);
        return { change, oldId: zero.test(entry.oldId) ? undefined : entry.oldId, newId: zero.test(entry.newId) ? undefined : entry.newId };
    });
    // Bounded: the policy a change carries is the change's to make as large as it likes.
    const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))], _core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const object = blobs.get(id);
        const bytes = object?.bytes;
        if (!bytes)
            return { invalid: object ? `it is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk}` : 'its content could not be read' };
        try {
            return { constraints: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)(bytes, where).constraints ?? [] };
        }
        catch (error) {
            return { invalid: error.message };
        }
    };
    const sides = new Map();
    for (const { change, oldId, newId } of pairs)
        sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
    return sides;
}


/***/ }),

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ policyAt),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   yr: () => (/* binding */ signatureCheckFor)
/* harmony export */ });
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7403);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1603);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3579);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9844);
/* harmony import */ var _core_signatures_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7882);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(767);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6702);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5435);










async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const checkersKey = `${rev}:${_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECKERS_PATH */ .Pn}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(rev)}`, rev };
    return { policy: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(bytes, `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(rev)}`), source: `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(rev)}`, rev, checkers: objects.get(checkersKey) };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    return (0,_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .makeSignatureCheck */ .n7)((0,_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCheckers */ .UZ)(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    let base;
    let head;
    let label;
    let changes;
    let rangeChange;
    let namedBase;
    let policyPromise;
    let baseListing;
    if (scope.kind === 'staged') {
        // The hook's hot path: the base ledger's listing starts now, beside the HEAD lookup.
        const listing = scope.amend ? undefined : git.lsTreeNames('HEAD', `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`);
        listing?.catch(() => undefined); // an unborn HEAD has no listing; otherwise awaited below
        const [headCommit, author] = await Promise.all([git.headCommit(), git.authorEmail()]);
        head = headCommit;
        let amending;
        if (scope.amend) {
            if (!headCommit)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('there is no commit to amend yet', { fix: 'commit without --amend' });
            [amending] = await git.listCommits(['-n', '1', headCommit]);
            base = amending?.parents[0];
        }
        else {
            if (headCommit)
                baseListing = listing;
            base = head;
        }
        label = amending ? `staged change (amending ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(amending.sha)})` : 'staged change';
        // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
        policyPromise = policyAt(git, options.policyRev ?? base);
        policyPromise.catch(() => undefined); // awaited below; an invalid policy must surface there, not as an unhandled rejection
        changes = [await (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .stagedChange */ .th)(git, head, author, amending)];
    }
    else {
        let commits;
        if (scope.kind === 'commit') {
            const commit = await git.resolveCommit(scope.rev, 'commit');
            commits = await git.listCommits(['-n', '1', commit]);
            base = commits[0]?.parents[0];
            head = commit;
            label = `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(commit)}`;
        }
        else if (scope.kind === 'range') {
            const named = await git.resolveCommit(scope.base, 'range base');
            head = await git.resolveCommit(scope.head, 'range head');
            commits = await git.listCommits([`${named}..${head}`]);
            label = `${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(named)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(head)}`;
            // A base branch that moved on since the fork: records it gained are not "deleted" by
            // the range. Judge the ledger and the combined change from the merge base; the
            // policy still comes from the base as named.
            base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
            if (base !== named) {
                namedBase = named;
                notes.push(`${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(named)} is not an ancestor of ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(head)}: the ledger and the combined change are judged from their merge base ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(base)}, the policy from ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(named)}`);
            }
        }
        else {
            head = await git.resolveCommit(scope.head, 'head');
            commits = await git.listCommits([head, '--not', ...scope.exclude]);
            base = boundaryOf(commits);
            label = scope.label;
        }
        changes = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .changesOfCommits */ .lv)(git, commits);
        if (scope.kind !== 'commit' && base && head && commits.length > 0) {
            rangeChange = {
                kind: 'range',
                label,
                manifest: (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head)),
                range: { base, head },
            };
        }
    }
    const policyRev = options.policyRev ?? namedBase ?? base;
    const loaded = await (policyPromise ?? policyAt(git, policyRev));
    // The staged scope judges what the commit will hold: the index's ledger, from the staged
    // entries already read (no working-tree scan on the hook's hot path).
    const defaultSource = scope.kind === 'staged' ? { kind: 'index', changes: changes[0]?.ledgerEntries } : { kind: 'worktree' };
    const ledger = await _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .LedgerView */ .Bw.open(git, options.ledger ?? defaultSource, base, baseListing);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            const path = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(entry.path);
            if (commitProblems.some((p) => p.path === path))
                continue;
            commitProblems.push({
                code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
                message: `${change.kind === 'staged' ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
                path,
                fix: change.kind === 'staged' ? `restore it with \`git restore --staged --worktree -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(path)}\`` : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
            });
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && (p.code === 'record-modified' || p.code === 'record-deleted'))),
        ...commitProblems,
    ];
    // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
    const stagesPolicy = scope.kind === 'staged' && changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
    const headPolicy = scope.kind !== 'staged' || stagesPolicy ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base) : undefined;
    if (headPolicy)
        problems.push(headPolicy);
    let decisions;
    let rangeDecision;
    const policy = loaded.policy;
    if (!policy) {
        const setsUp = changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
        notes.push(setsUp
            ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
            : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`);
        decisions = changes.map(({ change }) => ({ change, outcome: 'exempt', reason: `no policy at ${loaded.rev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(loaded.rev) : 'the base'}: not enforced` }));
    }
    else {
        const digests = changes.map(({ change }) => change.manifest.digest);
        if (rangeChange)
            digests.push(rangeChange.manifest.digest);
        const latest = await ledger.latestFor([...new Set(digests)]);
        // A base record that cannot be read back, unless already reported as changed by the change.
        problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
        const signatureCheck = options.signatureCheck ? await options.signatureCheck(policy, git, policyRev) : signatureCheckFor(loaded);
        if (signatureCheck && !options.signatureCheck)
            notes.push(`the policy requires signed verdicts: keys trusted by ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECKERS_PATH */ .Pn} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(loaded.rev)}`);
        // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
        const withRange = rangeChange && head && base ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }] : changes;
        const learnings = await (0,_constraints_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareConstraints */ .W)(git, policy, ledger, withRange, scope.kind === 'staged' ? base : undefined);
        const decide = (change) => (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .decideChange */ .hk)(change, { policy, lookup: (digest) => latest.get(digest), signatureCheck, checkerHint: options.checkerHint, learnings });
        if (policy.mode === 'range' && rangeChange)
            rangeDecision = decide(rangeChange);
        decisions = changes.map(({ change }) => {
            if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
                return { change, outcome: 'covered', record: rangeDecision.record, reason: `covered by range ${rangeDecision.reason}` };
            }
            return decide(change);
        });
    }
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
    // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
    const verdictCurable = (d) => d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
    const coverAll = policy && scope.kind !== 'staged' && scope.kind !== 'commit' && base && head && counts.uncovered >= 2 && decisions.filter(verdictCurable).length === counts.uncovered
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeFixCommand */ .eB)({ base, head }, policy, options.checkerHint)
        : undefined;
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: { source: loaded.source, why: options.policyWhy, enforced: !!policy, mode: policy?.mode, policy },
        ledger: {
            source: ledger.describeSource,
            baseRecords: ledger.base.size,
            newRecords: ledger.newRecords.length,
            problems,
            genesis: ledger.genesisId,
        },
        rangeDecision,
        decisions,
        counts,
        coverAll,
        notes,
    };
}
/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(git, head, base) {
    if (head !== undefined && head === base)
        return undefined;
    const name = head === undefined ? `:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}` : `${head}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const where = head === undefined ? 'the index' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(head)}`;
    const object = (await git.readObjectsBounded([name], _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk)).get(name);
    if (!object)
        return undefined;
    let reason;
    if (object.type !== 'blob')
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is not a file`;
    else if (!object.bytes)
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk}`;
    else {
        try {
            (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(object.bytes, where);
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS))
                throw error;
            reason = error.message;
        }
    }
    if (!reason)
        return undefined;
    return {
        code: 'invalid-policy',
        message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
        path: _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$,
        fix: `fix ${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
    };
}
/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits) {
    const inRange = new Set(commits.map((c) => c.sha));
    for (const commit of commits) {
        const outside = commit.parents.find((p) => !inRange.has(p));
        if (outside)
            return outside;
    }
    return undefined;
}


/***/ })

};
