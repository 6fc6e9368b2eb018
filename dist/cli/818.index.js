export const id = 818;
export const ids = [818];
export const modules = {

/***/ 5818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdExport: () => (/* binding */ cmdExport),
  cmdMetrics: () => (/* binding */ cmdMetrics),
  cmdReport: () => (/* binding */ cmdReport),
  exportInToto: () => (/* binding */ exportInToto),
  repoUriFrom: () => (/* binding */ repoUriFrom),
  sparkline: () => (/* binding */ sparkline)
});

// EXTERNAL MODULE: ./src/repo/changes.ts
var repo_changes = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/core/canonical.ts
var canonical = __webpack_require__(457);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/core/coverage.ts
var coverage = __webpack_require__(7989);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(4130);
;// CONCATENATED MODULE: ./src/core/intoto.ts


/**
 * A verdict as an in-toto Statement v1 whose predicate is a SLSA Verification Summary
 * (https://slsa.dev/verification_summary/v1), so supply-chain tooling can read the ledger.
 * Mapping (docs/ratchet.md#in-toto):
 *   subject[0]          the change digest: { name: <what it covers>, digest: { sha256 } }
 *   subject[1..]        the commits the change landed in: { digest: { gitCommit } }
 *   verifier.id         the checker, as a URI (mailto: for an email address)
 *   timeVerified        the record's createdAt
 *   resourceUri         <repo URI>@<commit> when both are known, else urn:agentops-verdict:change:sha256:<hex>
 *   policy              the policy the gate decided the change under: <repo>@<commit>#.agents/policy.json
 *                       (or a URN) with the SHA-256 of the policy file's bytes; the generic
 *                       independent-check policy when the base has none
 *   inputAttestations   the ledger record itself (its path and the SHA-256 of its file)
 *   verificationResult  PASSED only when the checker said pass and the gate accepts the change
 *                       under that policy; FAILED otherwise (a fail, a refusal, or no decision)
 *   verifiedLevels      AGENTOPS_INDEPENDENT_CHECK for a PASSED by an independent checker, FAILED for FAILED
 * Everything else a verdict says sits under the extension field EXTENSION_FIELD, as the VSA
 * parsing rules allow (extension field names are URIs; consumers ignore what they do not know).
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const EXTENSION_FIELD = 'https://agentops.dev/verdict/v1';
const INDEPENDENT_CHECK_POLICY = 'https://agentops.dev/verdict/policy/independent-check/v1';
const INDEPENDENT_CHECK_LEVEL = 'AGENTOPS_INDEPENDENT_CHECK';
/** An actor id as a URI: an email becomes mailto:, a URI stays, anything else becomes a URN. */
function actorUri(actor) {
    if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(actor.id))
        return `mailto:${actor.id}`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(actor.id))
        return actor.id;
    return `urn:agentops-verdict:${actor.kind}:${encodeURIComponent(actor.id)}`;
}
function subjectLabel(record) {
    const s = record.subject;
    if (s.kind === 'commit')
        return `commit ${s.commit}`;
    if (s.kind === 'range')
        return `range ${s.base}..${s.head}`;
    return 'staged change';
}
function verdictStatement(record, context) {
    const s = record.subject;
    const landed = [...new Set([...(s.kind === 'commit' ? [s.commit] : []), ...context.commits])];
    const resourceCommit = s.kind === 'commit' ? s.commit : s.kind === 'range' ? s.head : landed[0];
    const resourceUri = context.repoUri && resourceCommit
        ? `${context.repoUri}@${resourceCommit}`
        : `urn:agentops-verdict:change:sha256:${(0,core_record/* idHex */.p0)(s.digest)}`;
    const independent = !(0,coverage/* independenceProblem */.KD)(record);
    const { gate } = context;
    // The checker's pass is a claim; PASSED says the change gets through the gate as well.
    const passed = record.verdict === 'pass' && gate.outcome === 'accepts';
    const policyFile = gate.policy?.sha256 ? gate.policy : undefined;
    const policy = policyFile
        ? {
            name: core_record/* POLICY_PATH */.l$,
            uri: context.repoUri
                ? `${context.repoUri}@${policyFile.commit}#${core_record/* POLICY_PATH */.l$}`
                : `urn:agentops-verdict:policy:${policyFile.commit}:${core_record/* POLICY_PATH */.l$}`,
            digest: { sha256: policyFile.sha256 },
        }
        : { uri: INDEPENDENT_CHECK_POLICY };
    return {
        _type: STATEMENT_TYPE,
        subject: [
            { name: subjectLabel(record), digest: { sha256: (0,core_record/* idHex */.p0)(s.digest) } },
            ...landed.map((commit) => ({ name: `git commit ${commit}`, digest: { gitCommit: commit } })),
        ],
        predicateType: VSA_PREDICATE_TYPE,
        predicate: {
            verifier: { id: actorUri(record.checker) },
            timeVerified: record.createdAt,
            resourceUri,
            policy,
            inputAttestations: [{ name: context.recordPath, digest: { sha256: context.recordSha256 } }],
            verificationResult: passed ? 'PASSED' : 'FAILED',
            verifiedLevels: passed ? (independent ? [INDEPENDENT_CHECK_LEVEL] : []) : ['FAILED'],
            slsaVersion: '1.0',
            [EXTENSION_FIELD]: {
                record: record.id,
                ledger: record.ledger,
                seq: record.seq,
                subject: {
                    kind: s.kind,
                    digest: s.digest,
                    paths: s.entries.length,
                    ...(s.kind === 'commit' ? { commit: s.commit } : {}),
                    ...(s.kind === 'range' ? { base: s.base, head: s.head, commits: s.commits } : {}),
                },
                verdict: record.verdict,
                gate: {
                    outcome: gate.outcome,
                    ...(gate.decided ? { decided: gate.decided } : {}),
                    ...(gate.policy
                        ? {
                            policy: {
                                path: core_record/* POLICY_PATH */.l$,
                                commit: gate.policy.commit,
                                ...(gate.policy.sha256 ? { sha256: gate.policy.sha256 } : { missing: true }),
                            },
                        }
                        : {}),
                    reason: gate.reason,
                    ...(gate.failedRule ? { failedRule: gate.failedRule } : {}),
                    ...(gate.constraint ? { constraint: gate.constraint } : {}),
                    ...(gate.learning ? { learning: gate.learning } : {}),
                },
                checker: record.checker,
                worker: record.worker,
                independent,
                summary: record.summary,
                evidence: record.evidence,
                ...(record.signature ? { signature: record.signature } : {}),
            },
        },
    };
}

// EXTERNAL MODULE: ./src/repo/ledger-view.ts + 1 modules
var ledger_view = __webpack_require__(3263);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/signatures.ts
var signatures = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/repo/constraints.ts
var constraints = __webpack_require__(9672);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
;// CONCATENATED MODULE: ./src/repo/gate.ts











/** Commits go through `git log --no-walk` in chunks this size, to stay far below argv limits. */
const CHUNK = 2000;
async function gateViews(git, records, verdicts, landed) {
    const views = new Map();
    const commitOf = new Map();
    for (const record of verdicts) {
        const s = record.subject;
        if (s.kind === 'range')
            continue;
        const commit = s.kind === 'commit' ? s.commit : landed.get(s.digest)?.[0];
        if (commit)
            commitOf.set(record.id, commit);
        else
            views.set(record.id, {
                outcome: 'unknown',
                reason: "the staged change it covers is not on HEAD's history: it has not landed, so the gate has not decided it",
            });
    }
    const commitViews = await decideCommits(git, records, [...new Set(commitOf.values())]);
    for (const [id, commit] of commitOf)
        views.set(id, commitViews.get(commit) ?? {
            outcome: 'unknown',
            decided: `commit ${commit}`,
            reason: `git did not list commit ${(0,repo_changes/* shortSha */.Fu)(commit)}`,
        });
    for (const record of verdicts) {
        if (record.subject.kind === 'range')
            views.set(record.id, await decideRange(git, record.subject.base, record.subject.head));
    }
    return views;
}
/**
 * The changes of merge commits (what a staged merge's verdict covers: the merge against the
 * tree git merge-tree recomputes), by digest: `git log` lists merges without a diff.
 */
async function mergeLandings(git, merges) {
    const landed = new Map();
    const infos = [];
    for (let i = 0; i < merges.length; i += CHUNK)
        infos.push(...(await git.listCommits(['--no-walk=unsorted', ...merges.slice(i, i + CHUNK)])));
    let changes;
    try {
        changes = await (0,repo_changes/* changesOfCommits */.lv)(git, infos);
    }
    catch (error) {
        // A shallow edge: those verdicts stay undecided ("unknown"), never accepted.
        if (error instanceof errors/* AoError */.V)
            return landed;
        throw error;
    }
    for (const { change } of changes) {
        if (change.manifest.entries.length === 0)
            continue;
        (landed.get(change.manifest.digest) ?? landed.set(change.manifest.digest, []).get(change.manifest.digest)).push(change.commit);
    }
    return landed;
}
async function decideCommits(git, records, commits) {
    const views = new Map();
    const ids = await git.resolveCommits(commits);
    const present = commits.filter((commit, i) => {
        if (!ids[i])
            views.set(commit, {
                outcome: 'unknown',
                decided: `commit ${commit}`,
                reason: `commit ${(0,repo_changes/* shortSha */.Fu)(commit)} is not in this repository`,
            });
        return !!ids[i];
    });
    const infos = [];
    for (let i = 0; i < present.length; i += CHUNK)
        infos.push(...(await git.listCommits(['--no-walk=unsorted', ...present.slice(i, i + CHUNK)])));
    let changes;
    try {
        changes = await (0,repo_changes/* changesOfCommits */.lv)(git, infos);
    }
    catch (error) {
        if (!(error instanceof errors/* AoError */.V))
            throw error;
        for (const info of infos)
            views.set(info.sha, { outcome: 'unknown', decided: `commit ${info.sha}`, reason: error.message });
        return views;
    }
    // The policy and trusted keys at each base, read once per distinct blob; commits grouped by them.
    const bases = [...new Set(infos.flatMap((c) => c.parents.slice(0, 1)))];
    const names = bases.flatMap((base) => [`${base}:${core_record/* POLICY_PATH */.l$}`, `${base}:${signatures.CHECKERS_PATH}`]);
    const blobIds = await git.objectIds(names);
    const blobs = await git.readObjectsBounded([...new Set([...blobIds.values()].filter((id) => !!id))], core_policy/* MAX_POLICY_BYTES */.mk);
    const index = new core_ledger/* DigestIndex */.Hm();
    index.add(records);
    const byId = new Map(records.map((r) => [r.id, r]));
    const ledger = {
        recordsById: async (wanted) => new Map(wanted.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)]] : []))),
        allRecords: async () => records,
    };
    const groups = new Map();
    infos.forEach((info, i) => {
        const base = info.parents[0];
        if (!base) {
            views.set(info.sha, {
                outcome: 'accepts',
                decided: `commit ${info.sha}`,
                reason: 'a root commit: there is no policy at its base, so nothing is enforced',
            });
            return;
        }
        const policyId = blobIds.get(`${base}:${core_record/* POLICY_PATH */.l$}`);
        const checkersId = blobIds.get(`${base}:${signatures.CHECKERS_PATH}`);
        const key = `${policyId ?? '-'} ${checkersId ?? '-'}`;
        const group = groups.get(key) ?? groups.set(key, { policyId, checkersId, members: [] }).get(key);
        group.members.push({ change: changes[i], base });
    });
    for (const { policyId, checkersId, members } of groups.values()) {
        const decided = (c) => `commit ${c.change.commit}`;
        if (!policyId) {
            for (const { change, base } of members)
                views.set(change.change.commit, {
                    outcome: 'accepts',
                    decided: decided(change),
                    policy: { commit: base },
                    reason: `no policy at ${(0,repo_changes/* shortSha */.Fu)(base)}: nothing is enforced`,
                });
            continue;
        }
        const bytes = blobs.get(policyId)?.bytes;
        const policyAt = (base) => ({ commit: base, ...(bytes ? { sha256: (0,canonical/* sha256Hex */.fg)(bytes) } : {}) });
        const first = members[0].base;
        try {
            if (!bytes)
                throw new errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${(0,repo_changes/* shortSha */.Fu)(first)} is not a file of at most ${core_policy/* MAX_POLICY_BYTES */.mk} bytes`);
            // Every base in the group holds these same bytes, and the same trusted keys.
            const parsed = (0,core_policy/* parsePolicy */.ON)(bytes, `commit ${(0,repo_changes/* shortSha */.Fu)(first)}`);
            const checkers = checkersId ? blobs.get(checkersId)?.bytes : undefined;
            const signatureCheck = await (0,verify/* signatureCheckFor */.yr)({ policy: parsed, rev: first, checkers, source: '' });
            const learnings = await (0,constraints/* prepareConstraints */.W)(git, parsed, ledger, members.map((m) => m.change), undefined);
            for (const { change, base } of members) {
                const decision = (0,coverage/* decideChange */.hk)(change.change, {
                    policy: parsed,
                    lookup: (digest) => index.latestFor(digest),
                    signatureCheck,
                    learnings,
                });
                views.set(change.change.commit, viewOf(decision, decided(change), policyAt(base)));
            }
        }
        catch (error) {
            if (!(error instanceof errors/* AoError */.V))
                throw error;
            for (const { change, base } of members)
                views.set(change.change.commit, {
                    outcome: 'unknown',
                    decided: decided(change),
                    policy: policyAt(base),
                    reason: error.message,
                });
        }
    }
    return views;
}
/**
 * A range verdict: `ao verify --range BASE..HEAD` on the ledger as it stands in the working
 * tree (a record just written is judged with it), ledger problems included.
 */
async function decideRange(git, base, head) {
    const decided = `range ${base}..${head}`;
    try {
        const report = await (0,verify/* verify */.MX)(git, { kind: 'range', base, head }, { ledger: { kind: 'worktree' } });
        const bytes = (await git.readObjectsBounded([`${base}:${core_record/* POLICY_PATH */.l$}`], core_policy/* MAX_POLICY_BYTES */.mk)).get(`${base}:${core_record/* POLICY_PATH */.l$}`)?.bytes;
        const policy = { commit: base, ...(bytes ? { sha256: (0,canonical/* sha256Hex */.fg)(bytes) } : {}) };
        if (report.ok) {
            const reason = report.rangeDecision?.outcome === 'covered'
                ? report.rangeDecision.reason
                : `${report.counts.covered} of ${(0,words/* plural */.LS)(report.counts.checked, 'commit')} covered, the others exempt or empty`;
            return { outcome: 'accepts', decided, policy, reason };
        }
        const refusal = [report.rangeDecision, ...report.decisions].find((d) => d?.outcome === 'uncovered');
        if (refusal)
            return viewOf(refusal, decided, policy);
        return {
            outcome: 'refuses',
            decided,
            policy,
            reason: report.ledger.problems[0]?.message ?? 'ao verify refuses the range',
        };
    }
    catch (error) {
        if (!(error instanceof errors/* AoError */.V))
            throw error;
        return { outcome: 'unknown', decided, reason: error.message };
    }
}
function viewOf(decision, decided, policy) {
    const outcome = decision.outcome === 'uncovered' ? 'refuses' : 'accepts';
    return {
        outcome,
        decided,
        policy,
        reason: decision.reason,
        ...(decision.failedRule ? { failedRule: decision.failedRule } : {}),
        ...(decision.constraint ? { constraint: decision.constraint } : {}),
        ...(decision.learning ? { learning: decision.learning } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/manifest.ts
var core_manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/constraints.ts
var core_constraints = __webpack_require__(8555);
;// CONCATENATED MODULE: ./src/core/metrics.ts



/** Below this many cases a share, a time or a before/after effect is marked insufficient. */
const MIN_SAMPLE = 10;
/** Weeks shown in the trend: the most recent this many that hold data, gaps included. */
const MAX_WEEKS = 104;
function computeMetrics(input) {
    const sinceMs = input.since ? Date.parse(input.since) : -Infinity;
    const graph = commitGraph(input.commits, input.head);
    const landed = landRecords(input.records, input.commits, graph.at);
    const inWindow = (l) => l.at >= sinceMs;
    const all = [...landed.values()].sort((a, b) => (0,core_ledger/* compareRecords */.aB)(a.record, b.record));
    const records = all.filter(inWindow);
    const allVerdicts = all.filter((l) => l.record.type === 'verdict');
    // Non-merge commits that change something outside the ledger, in the window.
    const changes = input.commits.filter((c) => c.paths.length > 0);
    const commits = changes
        .filter((c) => graph.at(c.sha) >= sinceMs)
        .sort((a, b) => graph.at(a.sha) - graph.at(b.sha) || (a.sha < b.sha ? -1 : 1));
    // Coverage counts only commits made under agentops/verdict: the descendants of the commit that set it up.
    const genesis = all.find((l) => l.record.type === 'genesis');
    const adoption = genesis?.commit;
    const enforced = adoption ? commits.filter((c) => graph.descends(c.sha, adoption)) : commits;
    // Coverage: the latest landed verdict naming a commit's digest decides, as `ao verify` does
    // (whatever its date: a verdict from before the window still covers a commit in it).
    const latest = latestByDigest(allVerdicts.map((l) => l.record));
    const coveredBy = (c) => {
        const v = latest.get(c.digest);
        return v?.verdict === 'pass' ? v : undefined;
    };
    const uncovered = enforced.filter((c) => !coveredBy(c)).map((c) => c.sha);
    // Subjects count when their change landed: a verdict on work that never lands measures nothing.
    const onBranch = new Set(changes.map((c) => c.digest));
    const grouped = groupSubjects(records.filter((l) => l.record.type === 'verdict').map((l) => l.record), (v) => landed.get(v.id).at);
    const subjects = grouped.filter((s) => s.verdicts.some((v) => (0,core_ledger/* digestsNamedBy */.mJ)(v).some((d) => onBranch.has(d))));
    const firstPassed = subjects.filter((s) => s.verdicts[0].verdict === 'pass');
    const cycles = subjects.flatMap((s) => s.cycles);
    const consistent = cycles.filter((c) => c.hours >= 0);
    const constraints = constraintMetrics(all, commits, graph, latest, sinceMs);
    const weekly = weeklyMetrics(enforced, graph.at, coveredBy, subjects, records);
    return {
        since: input.since ?? null,
        minSample: MIN_SAMPLE,
        records: {
            landed: landed.size,
            unlanded: input.records.length - landed.size,
            datedAfterLanding: [...landed.values()].filter((l) => Date.parse(l.record.createdAt) > graph.at(l.commit)).length,
        },
        coverage: {
            adoptedIn: adoption ?? null,
            commits: enforced.length,
            covered: enforced.length - uncovered.length,
            share: ratio(enforced.length - uncovered.length, enforced.length),
            uncovered,
            insufficient: enforced.length < MIN_SAMPLE,
        },
        firstPass: {
            subjects: subjects.length,
            firstPassed: firstPassed.length,
            rate: ratio(firstPassed.length, subjects.length),
            insufficient: subjects.length < MIN_SAMPLE,
            unlanded: grouped.length - subjects.length,
        },
        rework: {
            subjectsReworked: subjects.filter((s) => s.cycles.length > 0).length,
            cycles: cycles.length,
            cyclesPerSubject: ratio(cycles.length, subjects.length),
            stillFailing: subjects.filter((s) => s.verdicts.at(-1).verdict === 'fail').length,
            failToPass: { ...durationStats(consistent.map((c) => c.hours)), inconsistent: cycles.length - consistent.length },
        },
        constraints,
        learnings: {
            recorded: records.filter((l) => l.record.type === 'learning').length,
            promoted: records.filter((l) => l.record.type === 'promotion').length,
            retired: records.filter((l) => l.record.type === 'retirement').length,
        },
        weekly,
    };
}
function commitGraph(commits, head) {
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    const parents = new Set(commits.flatMap((c) => c.parents));
    const tip = (head ? bySha.get(head) : undefined) ?? commits.find((c) => !parents.has(c.sha));
    const tipMs = tip ? tip.committedAt * 1000 : Infinity;
    const children = new Map();
    for (const c of commits)
        for (const p of c.parents)
            (children.get(p) ?? children.set(p, []).get(p)).push(c.sha);
    const descendants = new Map();
    return {
        at: (sha) => Math.min((bySha.get(sha)?.committedAt ?? 0) * 1000, tipMs),
        descends: (sha, ancestor) => {
            let set = descendants.get(ancestor);
            if (!set) {
                set = new Set();
                const stack = [...(children.get(ancestor) ?? [])];
                while (stack.length > 0) {
                    const next = stack.pop();
                    if (set.has(next))
                        continue;
                    set.add(next);
                    stack.push(...(children.get(next) ?? []));
                }
                descendants.set(ancestor, set);
            }
            return set.has(sha);
        },
    };
}
/**
 * The records a commit on the branch added, each with the earliest such commit and its date
 * bounded: no later than that commit, no earlier than the records it points to (docs/metrics.md#terms).
 */
function landRecords(records, commits, at) {
    const addedIn = new Map();
    for (const c of commits) {
        for (const id of c.addsRecords ?? []) {
            const known = addedIn.get(id);
            if (!known || at(c.sha) < at(known) || (at(c.sha) === at(known) && c.sha < known))
                addedIn.set(id, c.sha);
        }
    }
    const landed = new Map();
    for (const record of [...records].sort(core_ledger/* compareRecords */.aB)) {
        const commit = addedIn.get(record.id);
        if (!commit)
            continue;
        const claimed = Date.parse(record.createdAt);
        const after = Math.max(-Infinity, ...record.prev.map((p) => landed.get(p)?.at ?? -Infinity));
        landed.set(record.id, { record, commit, at: Math.min(Math.max(claimed, after), at(commit)) });
    }
    return landed;
}
function latestByDigest(verdicts) {
    const latest = new Map();
    for (const v of [...verdicts].sort(core_ledger/* compareRecords */.aB))
        for (const d of (0,core_ledger/* digestsNamedBy */.mJ)(v))
            latest.set(d, v); // sorted: later wins
    return latest;
}
/**
 * Groups verdicts into subjects, one piece of work each (docs/metrics.md#subjects): a verdict
 * on a digest already seen joins that digest's subject; otherwise it continues the most recent
 * open subject (last verdict a fail) of the same worker whose paths overlap its own; otherwise
 * it starts a new subject. `at` dates a verdict (default: its createdAt).
 */
function groupSubjects(verdicts, at = (v) => Date.parse(v.createdAt)) {
    const subjects = [];
    const byDigest = new Map();
    for (const v of [...verdicts].sort(core_ledger/* compareRecords */.aB)) {
        const paths = v.subject.entries.map((e) => e.path ?? e.pathBase64 ?? '');
        let subject = byDigest.get(v.subject.digest);
        if (!subject) {
            for (let i = subjects.length - 1; i >= 0; i--) {
                const s = subjects[i];
                if (s.verdicts.at(-1).verdict === 'fail' && s.worker === v.worker.id && paths.some((p) => s.paths.has(p))) {
                    subject = s;
                    break;
                }
            }
        }
        if (!subject) {
            subject = { verdicts: [], worker: v.worker.id, paths: new Set(), cycles: [] };
            subjects.push(subject);
        }
        const previous = subject.verdicts.at(-1);
        if (previous?.verdict === 'fail' && v.verdict === 'pass') {
            // The failing streak began at the first fail after the last pass (or at the start).
            let start = subject.verdicts.length - 1;
            while (start > 0 && subject.verdicts[start - 1].verdict === 'fail')
                start--;
            const failAt = at(subject.verdicts[start]);
            const passAt = at(v);
            subject.cycles.push({ failAt, passAt, hours: (passAt - failAt) / 3_600_000 });
        }
        subject.verdicts.push(v);
        for (const p of paths)
            subject.paths.add(p);
        byDigest.set(v.subject.digest, subject);
    }
    return subjects;
}
function constraintMetrics(all, commits, graph, latest, sinceMs) {
    const promotions = all.filter((l) => l.record.type === 'promotion');
    const retirements = all.filter((l) => l.record.type === 'retirement');
    const failed = all.filter((l) => l.record.type === 'verdict' && l.record.verdict === 'fail' && l.at >= sinceMs);
    return promotions.map(({ record: promotion, commit: promotedIn, at: promotedAt }) => {
        const c = promotion.constraint;
        const matches = (0,core_policy/* globMatcher */.fU)(c.paths);
        // The retirement of this promotion: one linking it, else the first later one naming the constraint.
        const retirement = retirements.find((r) => r.record.promotion === promotion.id) ??
            retirements.find((r) => r.record.promotion === undefined && r.record.constraint === c.id && (0,core_ledger/* compareRecords */.aB)(promotion, r.record) < 0);
        // Bound by the constraint: the commits after the one that carried it, until the one that retired it.
        const after = (sha) => graph.descends(sha, promotedIn) && !(retirement && graph.descends(sha, retirement.commit));
        const before = (sha) => !graph.descends(sha, promotedIn);
        const occurs = occurrenceTest(c, latest);
        const period = (inPeriod) => {
            const touching = commits.filter((k) => inPeriod(k.sha) && k.paths.some(matches));
            const tested = touching.map(occurs);
            const occurrences = tested.filter((t) => t === true).length;
            const failedVerdicts = failed.filter((v) => inPeriod(v.commit) && v.record.subject.entries.some((e) => !!e.path && matches(e.path))).length;
            return {
                commits: touching.length,
                occurrences,
                rate: ratio(occurrences, touching.length),
                failedVerdicts,
                unchecked: tested.filter((t) => t === undefined).length,
                insufficient: touching.length < MIN_SAMPLE,
            };
        };
        const b = period(before);
        const a = period(after);
        return {
            constraint: c.id,
            promotion: promotion.id,
            learning: promotion.learning,
            rule: (0,core_constraints/* describeRule */.IO)(c),
            paths: c.paths,
            promotedIn,
            promotedAt: new Date(promotedAt).toISOString(),
            retiredIn: retirement?.commit ?? null,
            retiredAt: retirement ? new Date(retirement.at).toISOString() : null,
            before: b,
            after: a,
            effect: {
                rateChange: a.rate === null || b.rate === null ? null : round(a.rate - b.rate),
                insufficient: b.insufficient || a.insufficient,
            },
        };
    });
}
/**
 * Whether a commit commits the failure a constraint names (docs/metrics.md#constraints);
 * undefined when it cannot be told: a forbidPattern whose test would exceed the work bound.
 */
function occurrenceTest(c, latest) {
    const matches = (0,core_policy/* globMatcher */.fU)(c.paths);
    if ('forbidPattern' in c) {
        let regex;
        try {
            regex = (0,core_constraints/* compileForbidPattern */.AE)(c);
        }
        catch {
            return () => false; // an unusable pattern never bound anything; `ao verify` reports it
        }
        return (commit) => {
            const lines = commit.addedLines ?? [];
            if ((0,core_constraints/* scanWork */.ZI)([c], lines, core_policy/* globMatcher */.fU) > core_constraints/* MAX_SCAN_WORK */.ZA)
                return undefined;
            return lines.some((l) => matches(l.path) && regex.test(l.text));
        };
    }
    return (commit) => {
        const v = latest.get(commit.digest);
        return v?.verdict === 'pass' && !(0,core_constraints/* verdictMeets */.iX)(c, v);
    };
}
function weeklyMetrics(commits, at, coveredBy, subjects, records) {
    const weeks = new Map();
    const week = (ms) => {
        const { week, start } = isoWeek(ms);
        let w = weeks.get(week);
        if (!w) {
            w = {
                week,
                start,
                commits: 0,
                covered: 0,
                coverageShare: null,
                subjects: 0,
                firstPassed: 0,
                firstPassRate: null,
                failToPassCycles: 0,
                learnings: 0,
                promotions: 0,
                retirements: 0,
                insufficient: { coverage: true, firstPass: true },
            };
            weeks.set(week, w);
        }
        return w;
    };
    for (const c of commits) {
        const w = week(at(c.sha));
        w.commits++;
        if (coveredBy(c))
            w.covered++;
    }
    const landedAt = new Map(records.map((l) => [l.record.id, l.at]));
    for (const s of subjects) {
        const w = week(landedAt.get(s.verdicts[0].id) ?? s.cycles[0]?.failAt ?? 0);
        w.subjects++;
        if (s.verdicts[0].verdict === 'pass')
            w.firstPassed++;
        for (const cycle of s.cycles)
            week(cycle.passAt).failToPassCycles++;
    }
    for (const { record: r, at: ms } of records) {
        if (r.type === 'learning')
            week(ms).learnings++;
        else if (r.type === 'promotion')
            week(ms).promotions++;
        else if (r.type === 'retirement')
            week(ms).retirements++;
    }
    if (weeks.size === 0)
        return [];
    // Fill the gaps between the first and last week, so a trend shows quiet weeks as zeros.
    const starts = [...weeks.values()].map((w) => Date.parse(`${w.start}T00:00:00Z`));
    const last = Math.max(...starts);
    const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * 7 * 86_400_000);
    const out = [];
    for (let t = first; t <= last; t += 7 * 86_400_000) {
        const w = week(t);
        w.coverageShare = ratio(w.covered, w.commits);
        w.firstPassRate = ratio(w.firstPassed, w.subjects);
        w.insufficient = { coverage: w.commits < MIN_SAMPLE, firstPass: w.subjects < MIN_SAMPLE };
        out.push(w);
    }
    return out;
}
/** ISO 8601 week (UTC) of an instant: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(ms) {
    const date = new Date(ms);
    const day = (date.getUTCDay() + 6) % 7; // Monday 0
    const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day);
    const thursday = new Date(monday + 3 * 86_400_000);
    const year = thursday.getUTCFullYear();
    const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    return { week: `${year}-W${String(week).padStart(2, '0')}`, start: new Date(monday).toISOString().slice(0, 10) };
}
function durationStats(hours) {
    if (hours.length === 0)
        return { count: 0, medianHours: null, meanHours: null, maxHours: null, insufficient: true };
    const sorted = [...hours].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return {
        count: sorted.length,
        medianHours: round(median),
        meanHours: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
        maxHours: round(sorted.at(-1)),
        insufficient: sorted.length < MIN_SAMPLE,
    };
}
function ratio(part, whole) {
    return whole === 0 ? null : round(part / whole);
}
function round(value) {
    return Math.round(value * 10_000) / 10_000;
}

;// CONCATENATED MODULE: ./src/repo/metrics.ts







/** Parses --since: YYYY-MM-DD (midnight UTC) or an ISO 8601 timestamp. */
function parseSince(text) {
    if (text === undefined)
        return undefined;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
    const ms = Date.parse(iso);
    if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(ms)) {
        throw new errors/* AoError */.V(`--since takes a date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp, not ${JSON.stringify(text)}`, {
            fix: '--since 2026-01-01',
        });
    }
    return new Date(ms).toISOString();
}
/**
 * Every commit reachable from HEAD with its change digest and the ledger records it adds,
 * from one `git log` (and, when there are merges, one batched diff of each merge against its
 * first parent, for records a merge itself adds); plus, in one batched diff-tree, the lines
 * they add under forbidPattern constraints of any promotion (so before/after counts see the
 * failure itself). The whole history, whatever the window: what landed when, and which
 * commits descend from the set-up, are facts of the graph.
 */
async function branchCommits(git, records) {
    const head = await git.headCommit();
    if (!head)
        return { commits: [] };
    const history = await git.history([head]);
    // Merges come without a diff (git log --diff-merges=off): they stay for the ancestry, with no paths, so they are never counted.
    const commits = history.map((c) => {
        const manifest = (0,core_manifest/* buildManifest */.u1)(c.entries);
        return {
            sha: c.sha,
            committedAt: c.committedAt,
            digest: manifest.digest,
            paths: manifest.entries.map((e) => (0,core_manifest/* pathText */.LF)(e.path)),
            parents: c.parents,
            addsRecords: addedRecords(c.entries),
        };
    });
    const merges = commits.filter((c) => c.parents.length >= 2);
    if (merges.length > 0) {
        const diffs = await git.diffBatch(merges.map((m) => `${m.sha} ${m.parents[0]}`));
        for (const m of merges)
            m.addsRecords = addedRecords(diffs.get(m.sha) ?? []);
    }
    const forbidGlobs = records.flatMap((r) => r.type === 'promotion' && 'forbidPattern' in r.constraint ? r.constraint.paths : []);
    if (forbidGlobs.length > 0) {
        const matches = (0,core_policy/* globMatcher */.fU)([...new Set(forbidGlobs)]);
        const touching = commits.filter((c) => c.paths.some(matches));
        const paths = [...new Set(touching.flatMap((c) => c.paths.filter(matches)))].sort();
        const lines = await git.addedLinesBatch(touching.map((c) => c.sha), paths);
        for (const c of touching)
            c.addedLines = lines.get(c.sha) ?? [];
    }
    return { head, commits };
}
/** The ids of the ledger records a raw diff adds, from their file names. */
function addedRecords(entries) {
    return entries
        .filter((e) => e.status === 'A' && (0,core_manifest/* isLedgerEntry */.c9)(e))
        .flatMap((e) => (0,core_record/* parseRecordPath */.OT)((0,core_manifest/* pathText */.LF)(e.path))?.id ?? []);
}
async function gatherMetrics(git, options = {}) {
    const audit = await (0,ledger_view/* auditLedger */.bV)(git, { kind: 'worktree' });
    const records = [...audit.records].sort(core_ledger/* compareRecords */.aB);
    const { head, commits } = await branchCommits(git, records);
    return {
        metrics: computeMetrics({ records, commits, head, since: options.since }),
        records,
        commits,
        head,
        ledgerProblems: audit.problems.length,
    };
}

;// CONCATENATED MODULE: ./src/present/report-assets.generated.ts
// Generated by .ci/gen-report-assets.mjs from src/present/report/: do not edit by hand.
const REPORT_CSS = ":root {\n  --fg: #1d2329;\n  --muted: #5f6b76;\n  --line: #d8dee4;\n  --bg: #f6f8fa;\n  --card: #fff;\n  --accent: #1565c0;\n}\n* {\n  box-sizing: border-box;\n}\nbody {\n  margin: 0;\n  font:\n    14px / 1.45 system-ui,\n    -apple-system,\n    \"Segoe UI\",\n    Roboto,\n    sans-serif;\n  color: var(--fg);\n  background: var(--bg);\n}\nheader {\n  background: #fff;\n  border-bottom: 1px solid var(--line);\n  padding: 16px 28px 0;\n}\nh1 {\n  font-size: 20px;\n  margin: 0 0 2px;\n}\nh2 {\n  font-size: 18px;\n  margin: 28px 0 12px;\n}\nh3 {\n  font-size: 15px;\n  margin: 22px 0 8px;\n}\n.sub {\n  color: var(--muted);\n  margin: 0 0 8px;\n}\nnav a {\n  display: inline-block;\n  margin-right: 18px;\n  padding: 6px 0 10px;\n  color: var(--accent);\n  text-decoration: none;\n  font-weight: 600;\n}\nmain {\n  padding: 0 28px 60px;\n  max-width: 1400px;\n}\n.cards {\n  display: flex;\n  flex-wrap: wrap;\n  gap: 12px;\n}\n.card {\n  background: var(--card);\n  border: 1px solid var(--line);\n  border-radius: 8px;\n  padding: 12px 16px;\n  min-width: 180px;\n  flex: 1;\n}\n.card .label {\n  color: var(--muted);\n  font-size: 12px;\n  text-transform: uppercase;\n  letter-spacing: 0.04em;\n}\n.card .value {\n  font-size: 28px;\n  font-weight: 700;\n}\n.card .detail {\n  color: var(--muted);\n  font-size: 12px;\n}\n.charts {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(540px, 1fr));\n  gap: 14px;\n  margin-top: 14px;\n}\n.chart-box {\n  margin: 0;\n  background: var(--card);\n  border: 1px solid var(--line);\n  border-radius: 8px;\n  padding: 10px 10px 4px;\n}\n.chart-box figcaption span {\n  color: var(--muted);\n  font-size: 12px;\n}\nsvg.chart {\n  width: 100%;\n  height: auto;\n  display: block;\n}\nsvg .grid {\n  stroke: #eef1f4;\n}\nsvg .value {\n  font-size: 11px;\n  fill: var(--fg);\n}\nsvg .axis {\n  stroke: #9aa5b1;\n}\nsvg .tick {\n  font-size: 11px;\n  fill: var(--muted);\n}\nsvg .bg {\n  fill: #fafbfc;\n}\nsvg .empty-text {\n  fill: var(--muted);\n  font-size: 14px;\n}\n.dag-wrap {\n  overflow-x: auto;\n  background: var(--card);\n  border: 1px solid var(--line);\n  border-radius: 8px;\n  padding: 6px;\n}\nsvg.dag .edge {\n  fill: none;\n  stroke: #b0bac5;\n  stroke-width: 1.5;\n}\nsvg.dag .node {\n  cursor: pointer;\n}\nsvg.dag .node text {\n  font-size: 10px;\n  fill: var(--muted);\n}\nsvg.dag .node:hover circle,\nsvg.dag .node:focus circle,\nsvg.dag .node.selected circle {\n  stroke: #111;\n  stroke-width: 3;\n}\n.legend span {\n  margin-right: 14px;\n  color: var(--muted);\n  font-size: 12px;\n}\ntable {\n  border-collapse: collapse;\n  background: var(--card);\n  width: 100%;\n}\nth,\ntd {\n  border-bottom: 1px solid var(--line);\n  padding: 5px 8px;\n  text-align: left;\n  vertical-align: top;\n}\nth {\n  font-size: 12px;\n  color: var(--muted);\n  font-weight: 600;\n  background: #fbfcfd;\n}\n.timeline td:nth-child(5) {\n  max-width: 680px;\n}\n.dot {\n  display: inline-block;\n  width: 9px;\n  height: 9px;\n  border-radius: 50%;\n  margin-right: 6px;\n}\na.rec {\n  font-family: ui-monospace, SFMono-Regular, Menlo, monospace;\n  font-size: 12px;\n  color: var(--accent);\n}\ncode {\n  font-family: ui-monospace, SFMono-Regular, Menlo, monospace;\n  font-size: 12px;\n  background: #eef1f4;\n  padding: 0 3px;\n  border-radius: 3px;\n}\n.tag {\n  background: #e3f2fd;\n  color: #0d47a1;\n  border-radius: 10px;\n  padding: 0 7px;\n  font-size: 12px;\n}\n.ok {\n  color: #2e7d32;\n}\n.bad {\n  color: #c62828;\n  font-weight: 600;\n}\n.muted,\n.note {\n  color: var(--muted);\n}\ndetails.weekly {\n  margin-top: 14px;\n}\ndetails.weekly summary {\n  cursor: pointer;\n  color: var(--accent);\n  font-weight: 600;\n}\n#panel {\n  position: fixed;\n  top: 0;\n  right: 0;\n  bottom: 0;\n  width: min(560px, 92vw);\n  background: #fff;\n  border-left: 1px solid var(--line);\n  box-shadow: -6px 0 24px rgba(0, 0, 0, 0.12);\n  padding: 14px 18px;\n  overflow: auto;\n  z-index: 5;\n}\n#panel[hidden] {\n  display: none;\n}\n.panel-head {\n  display: flex;\n  justify-content: space-between;\n  align-items: center;\n}\n#panel-close {\n  font-size: 22px;\n  border: 0;\n  background: none;\n  cursor: pointer;\n}\n#panel dl {\n  display: grid;\n  grid-template-columns: 110px 1fr;\n  gap: 4px 10px;\n}\n#panel dt {\n  color: var(--muted);\n}\n#panel dd {\n  margin: 0;\n  word-break: break-word;\n  white-space: pre-wrap;\n}\n#panel pre {\n  background: #f6f8fa;\n  padding: 10px;\n  overflow: auto;\n  font-size: 12px;\n  max-height: 50vh;\n}\n";
const REPORT_JS = "// The report page's only script, inlined by the build (.ci/gen-report-assets.mjs): opens a\n// record in the side panel from the DAG, the timeline or any link (also via #record=ID).\n// Type-checked against the record types by src/present/report/tsconfig.json.\n/** @typedef {import('../../core/record.js').LedgerRecord} LedgerRecord */\n/** @typedef {import('../../core/constraints.js').RuleKind} RuleKind */\n(function () {\n  'use strict';\n  /** @param {string} id */\n  function element(id) {\n    var found = document.getElementById(id);\n    if (!found) throw new Error('the report page has no #' + id);\n    return found;\n  }\n  /** @type {{ records: LedgerRecord[]; ruleKinds: readonly RuleKind[] }} */\n  var data = JSON.parse(element('ledger-data').textContent || '{\"records\":[],\"ruleKinds\":[]}');\n  /** @type {Record<string, LedgerRecord>} */\n  var byId = {};\n  data.records.forEach(function (r) {\n    byId[r.id] = r;\n  });\n  var panel = element('panel');\n  var fields = element('panel-fields');\n  /** @param {string} id */\n  function short(id) {\n    return id.slice(0, 19);\n  }\n  /**\n   * @param {string} label\n   * @param {string | undefined} value\n   * @param {string} [id] a record id the value links to\n   */\n  function add(label, value, id) {\n    if (value === undefined || value === null || value === '') return;\n    var dt = document.createElement('dt');\n    dt.textContent = label;\n    var dd = document.createElement('dd');\n    if (id && byId[id]) {\n      var a = document.createElement('a');\n      a.className = 'rec';\n      a.href = '#record=' + id;\n      a.setAttribute('data-id', id);\n      a.textContent = short(id);\n      dd.appendChild(a);\n    } else dd.textContent = String(value);\n    fields.appendChild(dt);\n    fields.appendChild(dd);\n  }\n  /** @param {string | null} id */\n  function open(id) {\n    var r = id === null ? undefined : byId[id];\n    if (!r) return false;\n    fields.textContent = '';\n    var kind = r.type === 'verdict' ? 'verdict ' + r.verdict : r.type;\n    element('panel-title').textContent = '#' + r.seq + ' ' + kind + ' ' + short(r.id);\n    add('id', r.id);\n    add('created', r.createdAt);\n    (r.prev || []).forEach(function (p) {\n      add('prev', short(p), p);\n    });\n    if (r.type === 'verdict') {\n      var s = r.subject;\n      add(\n        'subject',\n        s.kind +\n          (s.kind === 'commit' ? ' ' + s.commit : '') +\n          (s.kind === 'range' ? ' ' + s.base.slice(0, 12) + '..' + s.head.slice(0, 12) : '') +\n          ', ' +\n          s.entries.length +\n          (s.entries.length === 1 ? ' path' : ' paths'),\n      );\n      add(\n        'paths',\n        s.entries\n          .slice(0, 30)\n          .map(function (e) {\n            return e.status + ' ' + (e.path || '(base64)');\n          })\n          .join('\\n') + (s.entries.length > 30 ? '\\n…' : ''),\n      );\n      add(\n        'checker',\n        r.checker.id + ' (' + r.checker.kind + ')' + (r.checker.session ? ' session ' + r.checker.session : ''),\n      );\n      add('worker', r.worker.id + ' (' + r.worker.kind + ')');\n      add('summary', r.summary);\n      r.evidence.forEach(function (e) {\n        add(\n          'evidence',\n          e.kind +\n            ': ' +\n            (e.kind === 'link' ? e.url : e.text) +\n            ('command' in e && e.command ? ' [' + e.command + ']' : ''),\n        );\n        ((e.kind === 'review' && e.findings) || []).forEach(function (f) {\n          add(\n            'finding',\n            f.severity + (f.path ? ' ' + f.path + (f.line ? ':' + f.line : '') : '') + ': ' + f.description,\n          );\n        });\n      });\n      if (r.signature) add('signature', r.signature.format);\n    } else if (r.type === 'learning') {\n      add('lesson', (r.negative ? 'AVOID: ' : '') + r.text);\n      add('paths', r.paths.join(', '));\n      add('tags', r.tags.join(', '));\n      if (r.from) add('from verdict', short(r.from), r.from);\n      add('by', r.author.id + ' (' + r.author.kind + ')');\n    } else if (r.type === 'promotion') {\n      var constraint = r.constraint;\n      add('learning', short(r.learning), r.learning);\n      add('constraint', constraint.id);\n      add('paths', constraint.paths.join(', '));\n      data.ruleKinds.forEach(function (k) {\n        var rule = /** @type {Partial<Record<RuleKind, string>>} */ (constraint)[k];\n        if (rule) add(k, rule);\n      });\n      add('by', r.author.id + ' (' + r.author.kind + ')');\n    } else if (r.type === 'retirement') {\n      add('constraint', r.constraint);\n      add('why', r.why);\n      add('learning', short(r.learning), r.learning);\n      if (r.promotion) add('promotion', short(r.promotion), r.promotion);\n      add('by', r.author.id + ' (' + r.author.kind + ')');\n    }\n    element('panel-json').textContent = JSON.stringify(r, null, 2);\n    Array.prototype.forEach.call(document.querySelectorAll('.node.selected'), function (/** @type {Element} */ n) {\n      n.classList.remove('selected');\n    });\n    var node = document.querySelector('.node[data-id=\"' + id + '\"]');\n    if (node) node.classList.add('selected');\n    panel.hidden = false;\n    return true;\n  }\n  document.addEventListener('click', function (event) {\n    var target = event.target instanceof Element ? event.target.closest('[data-id]') : null;\n    if (target && open(target.getAttribute('data-id'))) {\n      event.preventDefault();\n      // A file:// page may not rewrite its own URL in every browser: the panel works without it.\n      try {\n        history.replaceState(null, '', '#record=' + target.getAttribute('data-id'));\n      } catch {\n        /* ignore */\n      }\n    }\n  });\n  document.addEventListener('keydown', function (event) {\n    if (event.key === 'Escape') panel.hidden = true;\n    if (\n      (event.key === 'Enter' || event.key === ' ') &&\n      event.target instanceof Element &&\n      event.target.classList.contains('node')\n    ) {\n      event.preventDefault();\n      open(event.target.getAttribute('data-id'));\n    }\n  });\n  element('panel-close').addEventListener('click', function () {\n    panel.hidden = true;\n  });\n  var match = /^#record=(sha256:[0-9a-f]{64})$/.exec(location.hash);\n  if (match) open(match[1] ?? null);\n})();\n";

;// CONCATENATED MODULE: ./src/present/report.ts





/** Records drawn in the DAG and listed in the timeline: the most recent this many. */
const REPORT_MAX_RECORDS = 400;
function renderReportPage(input) {
    const records = [...input.records].sort(core_ledger/* compareRecords */.aB);
    const shown = records.slice(-REPORT_MAX_RECORDS);
    // The panel can open every record the page links to: the shown ones and all knowledge records.
    const linked = new Map();
    for (const r of shown)
        linked.set(r.id, r);
    for (const r of records)
        if (r.type === 'learning' || r.type === 'promotion' || r.type === 'retirement')
            linked.set(r.id, r);
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of records) {
        const from = r.type === 'learning' && r.from ? byId.get(r.from) : undefined;
        if (from)
            linked.set(from.id, from);
    }
    // The page's script lists a promotion's rule by the kinds core declares, sent with the records.
    const data = { records: [...linked.values()].sort(core_ledger/* compareRecords */.aB), ruleKinds: core_constraints/* RULE_KINDS */.rI };
    const m = input.metrics;
    const title = input.title ?? 'agentops/verdict report';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>
${REPORT_CSS}</style>
</head>
<body>
<header>
  <h1>${esc(title)}</h1>
  <p class="sub">${input.head ? `HEAD <code>${esc(input.head.slice(0, 12))}</code> · ` : ''}${(0,words/* plural */.LS)(records.length, 'ledger record')} · ${(0,words/* plural */.LS)(m.coverage.commits, 'commit')}${m.since ? ` since ${esc(m.since.slice(0, 10))}` : ''}${input.ledgerProblems ? ` · <span class="bad">${(0,words/* plural */.LS)(input.ledgerProblems, 'ledger problem')}: run ao ledger verify</span>` : ''}</p>
  <nav><a href="#metrics">Metrics</a><a href="#ledger">Ledger</a><a href="#knowledge">Learnings &amp; constraints</a></nav>
</header>
<main>
<section id="metrics">
  <h2>Measured compounding</h2>
  <div class="cards">
    ${card('Coverage', pct(m.coverage.share), `${m.coverage.covered} of ${(0,words/* plural */.LS)(m.coverage.commits, 'commit')} ${m.coverage.covered === 1 ? 'has' : 'have'} a passing verdict${few(m.coverage.commits, m.minSample)}`)}
    ${card('First-pass rate', pct(m.firstPass.rate), `${m.firstPass.firstPassed} of ${(0,words/* plural */.LS)(m.firstPass.subjects, 'subject')} passed ${m.firstPass.subjects === 1 ? 'its' : 'their'} first verdict${few(m.firstPass.subjects, m.minSample)}`)}
    ${card('Rework', String(m.rework.cycles), `fail→pass cycles in ${(0,words/* plural */.LS)(m.rework.subjectsReworked, 'subject')}; ${m.rework.stillFailing} still failing`)}
    ${card('Fail → pass', hours(m.rework.failToPass.medianHours), `median time (mean ${hours(m.rework.failToPass.meanHours)})${few(m.rework.failToPass.count, m.minSample)}`)}
    ${card('Learnings', String(m.learnings.recorded), `${m.learnings.promoted} promoted, ${m.learnings.retired} retired`)}
  </div>
  <div class="charts">
    ${chartBox('Coverage by week', 'Share of the week’s commits covered by a passing verdict.', rateChart('coverage', m.weekly, (w) => w.coverageShare, '#2e7d32'))}
    ${chartBox('First-pass rate by week', 'Share of subjects whose first verdict passed, by the week of that verdict.', rateChart('first-pass', m.weekly, (w) => w.firstPassRate, '#1565c0'))}
    ${chartBox('Rework by week', 'Fail→pass cycles, by the week of the pass.', barChart('rework', m.weekly.map((w) => w.week), [{ name: 'cycles', color: '#ef6c00', values: m.weekly.map((w) => w.failToPassCycles) }]))}
    ${chartBox('Learnings by week', 'Learnings recorded and promoted to constraints.', barChart('learnings', m.weekly.map((w) => w.week), [
        { name: 'recorded', color: '#1565c0', values: m.weekly.map((w) => w.learnings) },
        { name: 'promoted', color: '#6a1b9a', values: m.weekly.map((w) => w.promotions) },
    ]))}
    ${chartBox('Constraints: the failure before and after promotion', 'Share of commits touching the constraint’s paths that committed the failure it names.', constraintChart(m))}
  </div>
  ${weeklyTable(m.weekly)}
</section>
<section id="ledger">
  <h2>The ledger</h2>
  <p class="note">Each dot is a record, placed by its sequence number; lines join a record to the records it names in <code>prev</code> (the DAG). Click one to read it.${records.length > shown.length ? ` The ${shown.length} most recent of ${records.length} records are drawn.` : ''}</p>
  <div class="legend">${LEGEND}</div>
  <div class="dag-wrap">${dagSvg(shown)}</div>
  <h3>Timeline</h3>
  <table class="timeline"><thead><tr><th>seq</th><th>record</th><th>when (UTC)</th><th>type</th><th>what</th></tr></thead><tbody>
  ${[...shown].reverse().map(timelineRow).join('\n  ')}
  </tbody></table>
</section>
<section id="knowledge">
  <h2>Learnings and constraints</h2>
  ${constraintsTable(records, input.constraints)}
  ${learningsTable(records, input.constraints)}
</section>
</main>
<aside id="panel" hidden aria-live="polite">
  <div class="panel-head"><strong id="panel-title"></strong><button id="panel-close" type="button" aria-label="Close">×</button></div>
  <dl id="panel-fields"></dl>
  <details open><summary>Record JSON</summary><pre id="panel-json"></pre></details>
</aside>
<script type="application/json" id="ledger-data">${jsonForScript(data)}</script>
<script>
${REPORT_JS}</script>
</body>
</html>
`;
}
function esc(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** JSON inside a <script> element: nothing in it can close the element or start a comment. */
function jsonForScript(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
function pct(value) {
    return value === null ? '–' : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}
function hours(value) {
    if (value === null)
        return '–';
    return value < 1
        ? `${Math.round(value * 60)} min`
        : value < 48
            ? `${value.toFixed(1)} h`
            : `${(value / 24).toFixed(1)} d`;
}
function card(label, value, detail) {
    return `<div class="card"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div><div class="detail">${esc(detail)}</div></div>`;
}
function chartBox(title, caption, svg) {
    return `<figure class="chart-box"><figcaption><strong>${esc(title)}</strong><br><span>${esc(caption)}</span></figcaption>${svg}</figure>`;
}
const W = 520;
const H = 220;
const PAD = { left: 44, right: 12, top: 14, bottom: 42 };
function report_frame(id, inner, yTicks) {
    const grid = yTicks
        .map((t) => `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${esc(t.label)}</text>`)
        .join('');
    return `<svg class="chart" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart">${grid}<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>${inner}</svg>`;
}
function emptyChart(id, message) {
    return `<svg class="chart empty" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart"><rect class="bg" x="0" y="0" width="${W}" height="${H}"/><text class="empty-text" x="${W / 2}" y="${H / 2}" text-anchor="middle">${esc(message)}</text></svg>`;
}
function xLabels(labels, x) {
    const every = Math.max(1, Math.ceil(labels.length / 8));
    return labels
        .map((label, i) => i % every === 0 || i === labels.length - 1
        ? `<text class="tick" x="${x(i).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(label.replace(/^\d{4}-/, ''))}</text>`
        : '')
        .join('');
}
/** A share (0..1) per week as a line with points; weeks without data leave a gap. */
function rateChart(id, weeks, value, color) {
    if (weeks.every((w) => value(w) === null))
        return emptyChart(id, 'no data yet');
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (i) => PAD.left + (weeks.length === 1 ? plotW / 2 : (i * plotW) / (weeks.length - 1));
    const y = (v) => PAD.top + plotH * (1 - v);
    const segments = [];
    let current = [];
    const points = [];
    weeks.forEach((w, i) => {
        const v = value(w);
        if (v === null) {
            if (current.length)
                segments.push(current.join(' '));
            current = [];
            return;
        }
        current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
        points.push(`<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${color}"><title>${esc(`${w.week}: ${pct(v)}`)}</title></circle>`);
    });
    if (current.length)
        segments.push(current.join(' '));
    const lines = segments
        .map((s) => `<polyline class="series" points="${s}" fill="none" stroke="${color}" stroke-width="2.5"/>`)
        .join('');
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ y: y(v), label: `${v * 100}%` }));
    return report_frame(id, `${lines}${points.join('')}${xLabels(weeks.map((w) => w.week), x)}`, ticks);
}
/** Grouped bars, one group per label. */
function barChart(id, labels, series, options = {}) {
    const format = options.format ?? String;
    const tick = options.tick ?? format;
    const max = Math.max(0, ...series.flatMap((s) => s.values));
    if (labels.length === 0 || (max === 0 && !options.zeroIsData))
        return emptyChart(id, 'nothing recorded yet');
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const top = niceMax(max);
    const group = plotW / labels.length;
    const barW = Math.max(2, Math.min(28, (group * 0.8) / series.length));
    const x = (i) => PAD.left + group * i + group / 2;
    const y = (v) => PAD.top + plotH * (1 - v / top);
    const labelled = labels.length * series.length <= 24;
    const bars = labels
        .map((label, i) => series
        .map((s, k) => {
        const v = s.values[i] ?? 0;
        const left = x(i) - (barW * series.length) / 2 + k * barW;
        // A zero still gets a sliver, so "none" reads as a value rather than a gap.
        const height = Math.max(1.5, H - PAD.bottom - y(v));
        const value = labelled
            ? `<text class="value" x="${(left + (barW - 1) / 2).toFixed(1)}" y="${(H - PAD.bottom - height - 4).toFixed(1)}" text-anchor="middle">${esc(format(v))}</text>`
            : '';
        return `<rect class="bar" x="${left.toFixed(1)}" y="${(H - PAD.bottom - height).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${height.toFixed(1)}" fill="${s.color}"><title>${esc(`${label} ${s.name}: ${format(v)}`)}</title></rect>${value}`;
    })
        .join(''))
        .join('');
    const ticks = [0, 0.5, 1].map((f) => ({ y: y(top * f), label: tick(top * f) }));
    const legend = series.length > 1
        ? series
            .map((s, k) => `<rect x="${PAD.left + 8 + k * 160}" y="${H - 14}" width="10" height="10" fill="${s.color}"/><text class="tick" x="${PAD.left + 22 + k * 160}" y="${H - 5}">${esc(s.name)}</text>`)
            .join('')
        : '';
    return report_frame(id, `${bars}${xLabels(labels, x)}${legend}`, ticks);
}
function niceMax(max) {
    if (max <= 1)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * magnitude >= max)
            return step * magnitude;
    return 10 * magnitude;
}
function constraintChart(m) {
    if (m.constraints.length === 0)
        return emptyChart('constraints', 'no constraint promoted yet');
    // A rate is null when no commit of the period touched the constraint's paths.
    if (m.constraints.every((c) => c.before.rate === null && c.after.rate === null))
        return emptyChart('constraints', 'no commit has touched a constraint’s paths yet');
    // An effect resting on too few commits says so under its bars (docs/metrics.md).
    const labels = m.constraints.map((c) => c.effect.insufficient ? `${c.constraint} (insufficient data)` : c.constraint);
    // Percentages as measured: a rate under 1% is a bar labelled "<1%", never rounded away to nothing.
    return barChart('constraints', labels, [
        { name: 'before promotion', color: '#c62828', values: m.constraints.map((c) => (c.before.rate ?? 0) * 100) },
        { name: 'after promotion', color: '#2e7d32', values: m.constraints.map((c) => (c.after.rate ?? 0) * 100) },
    ], { format: percentLabel, tick: (v) => `${Number(v.toFixed(1))}%`, zeroIsData: true });
}
function percentLabel(v) {
    return v > 0 && v < 1 ? '<1%' : `${Math.round(v)}%`;
}
function weeklyTable(weeks) {
    if (weeks.length === 0)
        return '';
    const rows = [...weeks]
        .reverse()
        .map((w) => `<tr><td>${esc(w.week)}</td><td>${w.commits}</td><td>${pct(w.coverageShare)}</td><td>${w.subjects}</td><td>${pct(w.firstPassRate)}</td><td>${w.failToPassCycles}</td><td>${w.learnings}</td><td>${w.promotions}</td><td>${w.retirements}</td></tr>`)
        .join('');
    return `<details class="weekly"><summary>Week by week</summary><table><thead><tr><th>week</th><th>commits</th><th>covered</th><th>subjects</th><th>first pass</th><th>fail→pass</th><th>learned</th><th>promoted</th><th>retired</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}
const TYPE_COLORS = {
    genesis: '#37474f',
    pass: '#2e7d32',
    fail: '#c62828',
    learning: '#1565c0',
    promotion: '#6a1b9a',
    retirement: '#757575',
};
const LEGEND = Object.entries(TYPE_COLORS)
    .map(([name, color]) => `<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="${color}"/></svg> ${name === 'pass' || name === 'fail' ? `verdict ${name}` : name}</span>`)
    .join('');
function colorOf(record) {
    return TYPE_COLORS[record.type === 'verdict' ? record.verdict : record.type];
}
function dagSvg(records) {
    if (records.length === 0)
        return emptyChart('dag', 'the ledger is empty');
    const seqs = [...new Set(records.map((r) => r.seq))].sort((a, b) => a - b);
    const column = new Map(seqs.map((s, i) => [s, i]));
    const lanes = new Map();
    const used = new Map();
    for (const r of records) {
        const lane = used.get(r.seq) ?? 0;
        lanes.set(r.id, lane);
        used.set(r.seq, lane + 1);
    }
    const maxLanes = Math.max(...used.values());
    const step = 34;
    const laneH = 30;
    const width = 40 + seqs.length * step;
    const height = 30 + maxLanes * laneH;
    const pos = new Map(records.map((r) => [r.id, { x: 24 + column.get(r.seq) * step, y: 22 + lanes.get(r.id) * laneH }]));
    const edges = [];
    for (const r of records) {
        const to = pos.get(r.id);
        for (const prev of r.prev) {
            const from = pos.get(prev);
            if (!from)
                continue;
            const mid = (from.x + to.x) / 2;
            edges.push(`<path class="edge" d="M${from.x},${from.y} C${mid},${from.y} ${mid},${to.y} ${to.x},${to.y}"/>`);
        }
    }
    const nodes = records
        .map((r) => {
        const p = pos.get(r.id);
        return `<g class="node" data-id="${r.id}" tabindex="0" role="button" aria-label="${esc(`record ${r.seq}: ${summaryOf(r)}`)}"><circle cx="${p.x}" cy="${p.y}" r="9" fill="${colorOf(r)}"/><text x="${p.x}" y="${p.y + 22}" text-anchor="middle">${r.seq}</text><title>${esc(`#${r.seq} ${(0,core_record/* shortId */.m_)(r.id)} ${summaryOf(r)}`)}</title></g>`;
    })
        .join('');
    return `<svg class="dag" id="dag" viewBox="0 0 ${width} ${height + 10}" width="${width}" height="${height + 10}" role="img" aria-label="ledger DAG">${edges.join('')}${nodes}</svg>`;
}
function summaryOf(r) {
    switch (r.type) {
        case 'genesis':
            return 'genesis: the ledger begins';
        case 'verdict':
            return `${r.verdict} by ${r.checker.id} for ${r.worker.id}${r.summary ? `: ${(0,words/* clipAtWord */.Yk)(r.summary.split('\n')[0], 100)}` : ''}`;
        case 'learning':
            return `${r.negative ? 'avoid: ' : ''}${(0,words/* clipAtWord */.Yk)(r.text.split('\n')[0], 120)}`;
        case 'promotion':
            return `constraint "${r.constraint.id}": ${(0,core_constraints/* describeRule */.IO)(r.constraint)}`;
        case 'retirement':
            return `constraint "${r.constraint}" retired: ${(0,words/* clipAtWord */.Yk)(r.why.split('\n')[0], 100)}`;
    }
}
function recordLink(id, text) {
    return `<a class="rec" href="#record=${esc(id)}" data-id="${esc(id)}">${esc(text ?? (0,core_record/* shortId */.m_)(id))}</a>`;
}
function timelineRow(r) {
    const type = r.type === 'verdict' ? `verdict ${r.verdict}` : r.type;
    return `<tr><td>${r.seq}</td><td>${recordLink(r.id)}</td><td>${esc(r.createdAt.slice(0, 16).replace('T', ' '))}</td><td><span class="dot" style="background:${colorOf(r)}"></span>${esc(type)}</td><td>${esc(summaryOf(r))}</td></tr>`;
}
function constraintsTable(records, current) {
    const promotions = records.filter((r) => r.type === 'promotion');
    const retirements = records.filter((r) => r.type === 'retirement');
    const learnings = new Map(records.filter((r) => r.type === 'learning').map((r) => [r.id, r]));
    const isRetired = (0,core_constraints/* retirementIndex */.gK)(records, core_ledger/* compareRecords */.aB);
    const ids = [...new Set([...current.map((c) => c.id), ...promotions.map((p) => p.constraint.id)])];
    if (ids.length === 0)
        return '<h3>Constraints</h3><p class="note">No constraint yet: <code>ao promote LEARNING-ID --require-evidence test</code> makes one.</p>';
    const rows = ids.map((id) => {
        const active = current.find((c) => c.id === id);
        const promotion = promotions.filter((p) => p.constraint.id === id).at(-1);
        const constraint = active ?? promotion.constraint;
        const retirement = retirements.filter((r) => r.constraint === id).at(-1);
        const status = active
            ? '<span class="ok">in the policy</span>'
            : isRetired(id) && retirement
                ? `<span class="muted">retired: ${esc((0,words/* clipAtWord */.Yk)(retirement.why.split('\n')[0], 120))}</span> ${recordLink(retirement.id)}`
                : '<span class="muted">not in the policy</span>';
        const learning = learnings.get(constraint.learning);
        return `<tr id="constraint-${esc(id)}"><td><code>${esc(id)}</code></td><td>${esc((0,core_constraints/* describeRule */.IO)(constraint))}</td><td>${constraint.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${recordLink(constraint.learning)}${learning ? ` “${esc((0,words/* clipAtWord */.Yk)(learning.text.split('\n')[0], 100))}”` : ''}</td><td>${promotion ? recordLink(promotion.id) : '–'}</td><td>${status}</td></tr>`;
    });
    return `<h3>Constraints</h3><table class="knowledge"><thead><tr><th>id</th><th>rule</th><th>paths</th><th>learned in</th><th>promotion</th><th>status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function learningsTable(records, current) {
    const learnings = records.filter((r) => r.type === 'learning').reverse();
    if (learnings.length === 0)
        return '<h3>Learnings</h3><p class="note">No learning yet: <code>ao learn "TEXT" --paths GLOB</code> records one.</p>';
    const promotions = records.filter((r) => r.type === 'promotion');
    const rows = learnings.map((l) => {
        const constraints = [...new Set(promotions.filter((p) => p.learning === l.id).map((p) => p.constraint.id))];
        const enforced = constraints
            .map((id) => `<a href="#constraint-${esc(id)}"><code>${esc(id)}</code></a>${current.some((c) => c.id === id) ? '' : ' (retired)'}`)
            .join(', ');
        return `<tr><td>${recordLink(l.id)}</td><td>${esc(l.createdAt.slice(0, 10))}</td><td>${l.negative ? '<span class="bad">avoid</span> ' : ''}${esc(l.text)}</td><td>${l.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${l.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</td><td>${l.from ? recordLink(l.from) : '–'}</td><td>${enforced || '–'}</td></tr>`;
    });
    return `<h3>Learnings</h3><table class="knowledge"><thead><tr><th>record</th><th>date</th><th>lesson</th><th>paths</th><th>tags</th><th>from verdict</th><th>enforced by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
/** The sample-size note under a figure: "n=…", and "insufficient data" below the minimum (docs/metrics.md). */
function few(n, min) {
    return n < min ? ` · n=${n}: insufficient data` : ` · n=${n}`;
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/cmd-metrics.ts
















async function cmdMetrics(cli, args) {
    const { values } = (0,flags/* parse */.qg)('metrics', args, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.metrics), 0);
    const since = parseSince(values.since);
    const git = await (0,context/* openRepo */.B)(cli);
    const data = await gatherMetrics(git, { since });
    if (values.json)
        cli.out(JSON.stringify(data.metrics, null, 2));
    else
        cli.out(renderMetrics(data.metrics, data.head));
    return 0;
}
function cmd_metrics_pct(value) {
    return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}
function cmd_metrics_hours(value) {
    return value === null ? '–' : `${value.toFixed(1)} h`;
}
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of shares (0..1); a week without data is a space, one with too few cases a dot. */
function sparkline(values, insufficient = []) {
    return values
        .map((v, i) => (v === null ? ' ' : insufficient[i] ? '·' : BARS[Math.min(7, Math.floor(v * 8))]))
        .join('');
}
/** The mark a figure resting on `n` cases gets below the minimum sample. */
function sample(n, min) {
    return n < min ? `  [insufficient data: n=${n}, fewer than ${min}]` : `  (n=${n})`;
}
function renderMetrics(m, head) {
    const lines = [];
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`ao metrics: HEAD ${head ? (0,repo_changes/* shortSha */.Fu)(head) : '(no commits)'}, ${m.since ? `since ${m.since}` : 'all history'}  (definitions: docs/metrics.md)`);
    lines.push('');
    lines.push(`  records      ${m.records.landed} added by commits on the branch (counted); ${m.records.unlanded} not (not counted)` +
        (m.records.datedAfterLanding
            ? `; ${plural(m.records.datedAfterLanding, 'record')} dated after the commit that added it, dated by that commit`
            : ''));
    lines.push(`  coverage     ${cmd_metrics_pct(m.coverage.share)}  ${m.coverage.covered} of ${plural(m.coverage.commits, 'commit')} covered by a passing verdict${sample(m.coverage.commits, m.minSample)}`);
    lines.push(`  first pass   ${cmd_metrics_pct(m.firstPass.rate)}  ${m.firstPass.firstPassed} of ${plural(m.firstPass.subjects, 'subject')} passed ${m.firstPass.subjects === 1 ? 'its' : 'their'} first verdict${sample(m.firstPass.subjects, m.minSample)}` +
        (m.firstPass.unlanded
            ? `; ${plural(m.firstPass.unlanded, 'subject')} whose change never landed, not counted`
            : ''));
    const f = m.rework.failToPass;
    lines.push(`  rework       ${plural(m.rework.cycles, 'fail→pass cycle')} in ${plural(m.rework.subjectsReworked, 'subject')}` +
        ` (${m.rework.cyclesPerSubject ?? '–'} per subject); ${m.rework.stillFailing} still failing; fail→pass median ${cmd_metrics_hours(f.medianHours)}, mean ${cmd_metrics_hours(f.meanHours)}${sample(f.count, m.minSample)}` +
        (f.inconsistent ? `; ${plural(f.inconsistent, 'cycle')} whose pass is dated before its fail, left out` : ''));
    lines.push(`  learnings    ${m.learnings.recorded} recorded, ${m.learnings.promoted} promoted, ${m.learnings.retired} retired`);
    if (m.constraints.length > 0) {
        lines.push('', '  constraint                         before: commits  failure  failed verdicts   after: commits  failure  failed verdicts');
        for (const c of m.constraints) {
            const period = (p) => `${String(p.commits).padStart(15)}  ${`${p.occurrences} (${cmd_metrics_pct(p.rate)})`.padStart(7)}  ${String(p.failedVerdicts).padStart(15)}`;
            lines.push(`  ${(0,words/* clip */.$Q)(c.constraint, 32).padEnd(32)} ${period(c.before)}  ${period(c.after)}${c.retiredAt ? '  (retired)' : ''}`);
            const effect = c.effect.insufficient
                ? `effect: insufficient data (before n=${c.before.commits}, after n=${c.after.commits}; fewer than ${m.minSample} in a period)`
                : `effect: the failure rate moved ${c.effect.rateChange === null ? '–' : `${(c.effect.rateChange * 100).toFixed(1)} points`} (before n=${c.before.commits}, after n=${c.after.commits})`;
            const unchecked = c.before.unchecked + c.after.unchecked;
            lines.push(`    ${(0,words/* clip */.$Q)(c.rule, 100)}; promoted in ${(0,repo_changes/* shortSha */.Fu)(c.promotedIn)} (${c.promotedAt.slice(0, 10)}); ${effect}${unchecked ? `; ${plural(unchecked, 'commit')} too large to test` : ''}`);
        }
    }
    if (m.weekly.length > 0) {
        lines.push('', '  week       commits  covered  subjects  first pass  fail→pass  learned  promoted  retired');
        for (const w of m.weekly)
            lines.push(`  ${weekRow(w)}`);
        lines.push('', `  trend      coverage ${sparkline(m.weekly.map((w) => w.coverageShare), m.weekly.map((w) => w.insufficient.coverage))}   first pass ${sparkline(m.weekly.map((w) => w.firstPassRate), m.weekly.map((w) => w.insufficient.firstPass))}   (oldest → newest week; * and · : fewer than ${m.minSample} cases, insufficient data)`);
    }
    return lines.join('\n');
}
function weekRow(w) {
    const share = (value, insufficient) => `${cmd_metrics_pct(value)}${value !== null && insufficient ? '*' : ' '}`;
    return `${w.week.padEnd(9)}  ${String(w.commits).padStart(7)}  ${share(w.coverageShare, w.insufficient.coverage).padStart(8)}  ${String(w.subjects).padStart(8)}  ${share(w.firstPassRate, w.insufficient.firstPass).padStart(10)}  ${String(w.failToPassCycles).padStart(9)}  ${String(w.learnings).padStart(7)}  ${String(w.promotions).padStart(8)}  ${String(w.retirements).padStart(7)}`;
}
async function cmdReport(cli, args) {
    const { values } = (0,flags/* parse */.qg)('report', args, { out: { type: 'string' }, since: { type: 'string' }, title: { type: 'string' } }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.report), 0);
    if (!values.out)
        throw new errors/* AoError */.V('ao report needs --out DIR', { fix: 'ao report --out ao-report' });
    const since = parseSince(values.since);
    const git = await (0,context/* openRepo */.B)(cli);
    const data = await gatherMetrics(git, { since });
    const constraints = (0,verify/* worktreePolicy */.O9)(git)?.policy.constraints ?? [];
    const html = renderReportPage({
        records: data.records,
        metrics: data.metrics,
        constraints,
        head: data.head,
        title: values.title,
        ledgerProblems: data.ledgerProblems,
    });
    const dir = (0,external_node_path_.resolve)(cli.cwd, values.out);
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'index.html'), html);
    }
    catch (error) {
        throw new errors/* AoError */.V(`cannot write ${(0,external_node_path_.join)(dir, 'index.html')}: ${error.message}`, {
            fix: 'choose a writable directory with --out DIR',
        });
    }
    cli.out((0,external_node_path_.join)(dir, 'index.html'));
    cli.err(`ao report: wrote ${(0,external_node_path_.join)(dir, 'index.html')} (${Math.round(html.length / 1024)} KiB, self-contained: open it in any browser, offline)`);
    return 0;
}
/** A repository URI for resourceUri: git+https://host/path or git+ssh://user@host/path from remote.origin.url. */
function repoUriFrom(url) {
    if (!url)
        return undefined;
    const clean = url.replace(/\.git$/, '');
    if (/^https?:\/\//.test(clean))
        return `git+${clean.replace(/\/\/[^@/]*@/, '//')}`;
    if (/^ssh:\/\//.test(clean))
        return `git+${clean}`;
    const scp = /^([^@\s/]+)@([^:\s/]+):(.+)$/.exec(clean);
    if (scp)
        return `git+ssh://${scp[1]}@${scp[2]}/${scp[3].replace(/^\//, '')}`;
    return undefined; // a local path names no place another machine can find
}
async function cmdExport(cli, args) {
    const { values } = (0,flags/* parse */.qg)('export', args, { format: { type: 'string' }, out: { type: 'string' }, array: { type: 'boolean' }, 'repo-uri': { type: 'string' } }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.export), 0);
    if (values.format !== 'in-toto') {
        throw new errors/* AoError */.V(values.format === undefined
            ? 'ao export needs --format'
            : `unknown export format ${JSON.stringify(values.format)}`, { fix: 'ao export --format in-toto [--out FILE]' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const statements = await exportInToto(git, values['repo-uri'] ?? repoUriFrom(await git.configGet('remote.origin.url')));
    const text = values.array
        ? `${JSON.stringify(statements, null, 2)}\n`
        : statements.map((s) => `${JSON.stringify(s)}\n`).join('');
    if (values.out) {
        const file = (0,external_node_path_.resolve)(cli.cwd, values.out);
        try {
            (0,external_node_fs_.writeFileSync)(file, text);
        }
        catch (error) {
            throw new errors/* AoError */.V(`cannot write ${file}: ${error.message}`, {
                fix: 'choose a writable path with --out FILE',
            });
        }
        cli.err(`ao export: wrote ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'} to ${file}`);
    }
    else {
        if (text)
            cli.out(text.replace(/\n$/, ''));
        cli.err(`ao export: ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'}`);
    }
    return 0;
}
/** Every verdict of the working tree's ledger as a statement, in ledger order. */
async function exportInToto(git, repoUri) {
    const audit = await (0,ledger_view/* auditLedger */.bV)(git, { kind: 'worktree' });
    if (audit.problems.length > 0) {
        throw new errors/* AoError */.V(`the ledger has ${(0,words/* plural */.LS)(audit.problems.length, 'problem')}: exporting it would vouch for records that do not verify`, { fix: 'run `ao ledger verify` and repair the ledger first' });
    }
    const verdicts = audit.records
        .filter((r) => r.type === 'verdict')
        .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
    const { commits } = await branchCommits(git, []);
    const landed = new Map();
    for (const c of [...commits].reverse())
        (landed.get(c.digest) ?? landed.set(c.digest, []).get(c.digest)).push(c.sha);
    // A staged merge's verdict covers the merge's own change, which git log does not list.
    const unplaced = verdicts.some((r) => r.subject.kind === 'staged' && !landed.has(r.subject.digest));
    const merges = unplaced
        ? [...commits]
            .reverse()
            .filter((c) => c.parents.length >= 2)
            .map((c) => c.sha)
        : [];
    for (const [digest, shas] of await mergeLandings(git, merges))
        landed.set(digest, [...(landed.get(digest) ?? []), ...shas]);
    // The gate's decision on each verdict's change, beside the checker's claim.
    const gates = await gateViews(git, audit.records, verdicts, landed);
    return verdicts.map((record) => verdictStatement(record, {
        recordPath: (0,core_record/* recordPath */.lX)(record.seq, record.id),
        recordSha256: (0,canonical/* sha256Hex */.fg)((0,core_record/* renderRecord */.sF)(record)),
        commits: landed.get(record.subject.digest) ?? [],
        repoUri,
        gate: gates.get(record.id),
    }));
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   HW: () => (/* binding */ workerFrom),
/* harmony export */   LC: () => (/* binding */ positiveSeconds),
/* harmony export */   M2: () => (/* binding */ actorFrom),
/* harmony export */   Nz: () => (/* binding */ refuseDependentChecker),
/* harmony export */   Y4: () => (/* binding */ WORKER_OPTIONS),
/* harmony export */   b_: () => (/* binding */ ranEvidence),
/* harmony export */   dP: () => (/* binding */ parseActorKind),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   tC: () => (/* binding */ BY_OPTIONS),
/* harmony export */   uX: () => (/* binding */ scopeFromFlags),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   zA: () => (/* binding */ expandMultiValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7989);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4130);
/* harmony import */ var _harness_sessions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7247);
/* harmony import */ var _repo_subjects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2743);






/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { help: { type: 'boolean', short: 'h' }, ...options },
            allowPositionals,
            strict: true,
            tokens: true,
        });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, {
            fix: `see \`ao ${command} --help\``,
        });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: --${given.join(' and --')} cannot be combined`, {
            fix: `pick one of --staged, --commit REV, --range A..B`,
        });
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
/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
function expandMultiValue(args, flags) {
    const out = [];
    let current;
    for (const arg of args) {
        if (arg.startsWith('-') && arg !== '-') {
            const flag = arg.split('=')[0];
            current = flags.includes(flag) ? flag : undefined;
            out.push(arg);
            continue;
        }
        if (current && out.at(-1) !== current)
            out.push(current);
        out.push(arg);
    }
    return out;
}
function scopeFromFlags(command, values) {
    const which = oneScope(command, values);
    if (values.amend && which !== 'staged')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: --amend names the staged change; it cannot be combined with --${which}`, {
            fix: `ao ${command} --amend ...`,
        });
    if (which === 'commit')
        return { kind: 'commit', rev: values.commit };
    if (which === 'range')
        return { kind: 'range', ...(0,_repo_subjects_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRangeArg */ .t)(values.range) };
    return values.amend ? { kind: 'staged', amend: true } : { kind: 'staged' };
}
function parseActorKind(value, flag) {
    const kind = value ?? 'agent';
    if (!(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneOf */ .EK)(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTOR_KINDS */ .qr, kind))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag} must be one of ${_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTOR_KINDS */ .qr.join(', ')}, not ${JSON.stringify(value)}`, {
            fix: `for example: ${flag} human`,
        });
    return kind;
}
/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
const WORKER_OPTIONS = {
    worker: { type: 'string' },
    'worker-kind': { type: 'string' },
    'worker-session': { type: 'string' },
};
/**
 * Who wrote the change: --worker, else $AO_WORKER, else the git author. Its session:
 * --worker-session, else the session of the agent harness this runs under (recorded by the
 * harness's hooks, src/harness/sessions.ts), else $AO_WORKER_SESSION.
 */
function workerFrom(cli, git, values, kind, authors) {
    const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
    if (!workerId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('cannot tell who wrote the change', {
            fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`',
        });
    const worker = { id: workerId, kind };
    const workerSession = values['worker-session'] ?? (0,_harness_sessions_js__WEBPACK_IMPORTED_MODULE_4__/* .harnessSessionOf */ .e)(git.gitDir) ?? cli.env.AO_WORKER_SESSION;
    if (workerSession)
        worker.session = workerSession;
    return worker;
}
/** Refuses up front what verification would refuse anyway: a checker that is the worker or shares its session. */
function refuseDependentChecker(checker, worker) {
    const problem = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .independenceProblem */ .KD)({ checker, worker });
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`refusing to record: ${problem}`, {
            fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
        });
    }
}
/** The options naming who records a learning, promotion or retirement, shared by `ao learn`, `ao promote` and `ao retire`. */
const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } };
/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli, git, values) {
    const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
    if (!id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('cannot tell who is recording this', {
            fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`',
        });
    return { id, kind: parseActorKind(values['by-kind'], '--by-kind') };
}
function parseEvidence(values) {
    return values.map((value) => {
        const colon = value.indexOf(':');
        const kind = colon > 0 ? value.slice(0, colon) : '';
        const text = value.slice(colon + 1);
        if (!(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneOf */ .EK)(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .At, kind) || text.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`--evidence takes KIND:TEXT with KIND one of ${_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .At.join(', ')}; got ${JSON.stringify(value)}`, {
                fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
            });
        }
        if (kind === 'link')
            return { kind: 'link', url: text.trim() };
        return { kind, text };
    });
}
/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
function ranEvidence(commands) {
    return commands.map((command) => {
        if (command.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
        return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
    });
}
const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
/** Repository-relative globs given with `flag` (no leading "/", no ".."), at most 100, without repeats. */
function checkGlobs(globs, flag) {
    const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
    for (const glob of cleaned) {
        if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
        }
    }
    if (cleaned.length > 100)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
    return [...new Set(cleaned)];
}
/** A whole number from `min` to `max` given with `flag`. */
function wholeNumber(text, flag, min, max) {
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || value < min || value > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag} takes a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`, {
            fix: `for example: ${flag} 2`,
        });
    return value;
}
/** `--timeout SECONDS`: more than 0, at most a day. */
function positiveSeconds(text) {
    const value = Number(text);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || value <= 0 || value > 86_400) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`--timeout takes seconds (more than 0, at most 86400), not ${JSON.stringify(text)}`, {
            fix: 'for example: --timeout 300',
        });
    }
    return value;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ recordHarnessSession),
/* harmony export */   e: () => (/* binding */ harnessSessionOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6257);



/**
 * The worker's session, as its harness names it, for the `ao verdict` / `ao check` that the
 * agent's shell tool runs. Only the hooks are told the session id (in their JSON input), and
 * only Claude Code hands hooks a way into the shell's environment, so every hook records it
 * here, keyed by the harness process (the hook's nearest ancestor that is not a shell);
 * `ao` looks for its own nearest ancestor with a record. The records live in the git
 * directory, where no change can put them; a record whose process has ended, or whose pid
 * now belongs to a process that started later, is never matched.
 */
/** What a harness session id may look like to be recorded (UUIDs and the like; no quoting games). */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Interpreters between a harness and its hook command (`bash -c '…'`, `sh guard.sh`). */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'busybox', 'fish', 'tcsh', 'csh', 'env']);
function registry(gitDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'ao', 'harness-sessions');
}
function isShell(info) {
    return SHELLS.has((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(info.argv[0] ?? '').replace(/^-/, ''));
}
/** Called by every hook (`ao guard`): the harness process now runs this session. */
function recordHarnessSession(gitDir, harness, session, options = {}) {
    if (!session || !SESSION_ID.test(session))
        return;
    const owner = (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T)(8).find((info) => !isShell(info));
    if (!owner)
        return;
    const dir = registry(gitDir);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        if (options.prune)
            prune(dir);
        const record = { harness, session, pid: owner.pid, started: owner.started };
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${owner.pid}.json`);
        // Written whole or not at all: a concurrent reader sees the old record or the new one.
        const scratch = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(scratch, JSON.stringify(record));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(scratch, file);
    }
    catch {
        // A read-only git directory loses only the automatic worker.session, never a guard.
    }
}
/** Drops the records of harness processes that have ended. */
function prune(dir) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        const record = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        if (!record || (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ .i)(record.pid)?.started !== record.started)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), { force: true });
    }
}
function read(file) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (typeof value.session !== 'string' ||
            !SESSION_ID.test(value.session) ||
            typeof value.harness !== 'string' ||
            !/^[a-z]+$/.test(value.harness))
            return undefined;
        if (typeof value.pid !== 'number' || typeof value.started !== 'string')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/**
 * The session of the harness this `ao` runs under (`HARNESS:SESSION`, as `worker.session`
 * records it): the record of its nearest ancestor, if that process is still the one that
 * recorded it. Undefined outside a harness.
 */
function harnessSessionOf(gitDir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(registry(gitDir)).filter((name) => /^\d+\.json$/.test(name));
    }
    catch {
        return undefined;
    }
    if (names.length === 0)
        return undefined;
    const recorded = new Set(names.map((name) => Number(name.slice(0, -5))));
    for (const info of (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T)(32)) {
        if (!recorded.has(info.pid))
            continue;
        const record = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(registry(gitDir), `${info.pid}.json`));
        if (record && record.pid === info.pid && record.started === info.started)
            return `${record.harness}:${record.session}`;
    }
    return undefined;
}


/***/ }),

/***/ 2743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resolveSubject),
/* harmony export */   t: () => (/* binding */ parseRangeArg)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4414);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2757);



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, {
            fix: 'for example: --range origin/main..HEAD',
        });
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('there is no commit to amend yet', { fix: 'record the verdict without --amend' });
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(change.cleanMerge
                ? 'the staged merge is clean: it needs no verdict'
                : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: {
                kind: 'commit',
                commit,
                digest: change.manifest.digest,
                entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3),
            },
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the range ${scope.base}..${scope.head} holds no commits`, {
                fix: 'check the order: --range OLDER..NEWER',
            });
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head));
        const changes = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, commits)).filter((c) => c.change.manifest.entries.length > 0);
        if (manifest.entries.length === 0 && changes.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
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
            commitChanges: changes.map((c) => ({
                commit: c.change.commit,
                digest: c.change.manifest.digest,
                title: c.change.subjectLine ?? '',
                patchItem: c.patchItem ?? c.change.commit,
            })),
            diffBase: base,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
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


/***/ })

};
