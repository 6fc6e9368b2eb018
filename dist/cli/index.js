#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ openRepo),
/* harmony export */   v: () => (/* binding */ readStdin)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7579);

function openRepo(cli) {
    return _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU.open(cli.cwd);
}
function readStdin() {
    return new Promise((resolve, reject) => {
        if (process.stdin.isTTY)
            return resolve('');
        const chunks = [];
        process.stdin.on('data', (chunk) => chunks.push(chunk));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
    });
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Help texts: the interface, as users read it. */
const VERSION = '0.1.0';
const HELP = {
    main: `ao — proof that a code change was checked by something that did not write it

Usage: ao <command> [options]

Set up
  init [--hooks husky|git|none]      create .agents/policy.json, the ledger's genesis record, and the hooks
  doctor [--json]                    is this clone gated? every way it is not, each with the command that fixes it
  init --agent claude|cursor|codex|gemini
                                     install the agent guards, context hooks and /validate, /council,
                                     /pre-mortem, /post-mortem for that harness (repeatable)

Record and check
  verdict pass|fail --checker ID     record a checker's verdict on the staged change, a commit or a range
  check --run CMD --judge CMD ...    run tests and independent judges on exactly the staged tree (or a
                                     commit or range) in fresh checkouts, and record their verdict
  verify [--staged|--commit REV|--range A..B] [--json]
                                     is every change in scope covered by a passing, independent verdict?
  status                             the staged change's digest and whether a verdict covers it
  ledger verify [--since REV]        the ledger's integrity, signatures included (and append-only since REV)
  ledger carry [--dry-run]           after a cherry-pick or backport: copy the records the ledger's records
                                     name in prev but lack from history (byte for byte) and stage them

Signed verdicts
  checkers add ID PUBKEY-FILE        trust an SSH key for checker ID in .agents/checkers
  checkers list                      the keys .agents/checkers trusts

Read the ledger
  log [-n N] [--json]                newest records first
  show ID-PREFIX                     one record in full
  lookup COMMIT|PATH                 the verdicts that speak for a commit or touch a path
  search TEXT                        records containing TEXT

Learn and enforce (the ratchet)
  learn TEXT --paths GLOB...         record a lesson about some paths (--tag T, --from VERDICT-ID, --negative)
  promote LEARNING-ID --RULE         make it a constraint in .agents/policy.json (--require-evidence KIND,
                                     --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD)
  retire CONSTRAINT-ID --why TEXT    take a constraint out, on the record
  context [--staged|--commit REV|--paths P...] [--budget TOKENS] [--format md|json]
                                     what whoever works on those paths should know: constraints, learnings,
                                     recent failures, open ledger heads

Measure
  metrics [--since DATE] [--json]    coverage, first-pass rate, rework, constraints before/after, learnings
  report --out DIR                   a self-contained HTML page: ledger DAG, metrics charts, learnings
  export --format in-toto [--out FILE] [--array]
                                     each verdict as an in-toto Statement (SLSA verification summary)

Hooks
  hook pre-commit                    what the pre-commit hook runs
  hook pre-push REMOTE URL           what the pre-push hook runs (reads git's refs on stdin)
  guard pre-tool|stop|session-start|prompt --harness H
                                     what the agent harness hooks run (reads the hook's JSON on stdin)
  judge claude|codex|gemini|openai:URL [--model M] [--plan FILE --paths P...]
                                     a built-in judge (what ao check --judge claude runs), or a pre-mortem

  demo                               a scripted walk-through in a temporary repository

Exit codes: 0 ok, 1 verification failed, 2 usage or environment error.
Docs: docs/spec.md (format), README.md (workflow). Version ${VERSION}.`,
    init: `Usage: ao init [--hooks husky|git|none] [--agent claude|cursor|codex|gemini ...]

Creates .agents/policy.json (mode "commit"), .agents/.gitattributes and the genesis record
of the ledger, and installs the pre-commit and pre-push hooks: with husky when the
repository has a package.json, otherwise in git's hooks directory. Safe to run again:
nothing that exists is overwritten, and a hook you had keeps running before ours.
In husky mode .husky/post-checkout copies husky's .husky/_ into each new worktree.
Ends with \`ao doctor\`'s findings: exit 1 when the clone is still not gated.

  --agent NAME   also install the guards for a coding agent's harness, at project level:
                 claude (.claude/settings.json, .claude/commands/), codex (.codex/hooks.json,
                 .codex/skills/), gemini (.gemini/settings.json, .gemini/commands/), cursor
                 (.cursor/hooks.json, .cursor/commands/). Repeatable, idempotent; your own settings
                 and hooks are kept. What each guard stops: README.md, "Use it with your agent".`,
    doctor: `Usage: ao doctor [--json]

Reports every state in which this clone (and each of its worktrees) is not gated, each
with the exact command that fixes it: core.hooksPath unset where husky needs it, or set
elsewhere (says in which config: local, global, system, worktree); a pre-commit or pre-push
hook missing, not executable, or not running \`ao hook\` so that its refusal counts (husky's
.husky/ files, plain hooks, the pre-commit framework's and lefthook's configurations are
read, never run); the ao the hook runs not found from the worktree's root; npm's
ignore-scripts=true keeping husky from installing; HUSKY=0; a set-up never made or never
committed. Exit 0 gated, 1 not gated, 2 usage or environment error.`,
    verdict: `Usage: ao verdict pass|fail --checker ID [options] [--staged | --commit REV | --range A..B]

Records a checker's verdict on a change and prints the new record's id.
  --checker ID          who checked (default: $AO_CHECKER); must differ from the worker
  --checker-kind KIND   agent (default), human, ci or tool
  --session S           the checker's session id (must differ from the worker's)
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND    agent (default), human, ci or tool
  --worker-session S    the worker's session id (default: the session of the agent harness this runs
                        under, recorded by its hooks; else $AO_WORKER_SESSION)
  --summary TEXT        one paragraph on what was checked
  --evidence KIND:TEXT  test, command, review or link (repeatable), e.g. test:"npm test: 212 passed"
  --ran CMD             the checker ran CMD and it exited 0 (repeatable); meets a requireCheck constraint
  --staged              the staged change (default); the record is staged with it
  --amend               the staged change as \`git commit --amend\` will commit it (against HEAD's parent)
  --commit REV          one commit (a merge: only what a clean merge would not have produced)
  --range A..B          the combined change of a range, plus each commit's digest
  --sign KEY            sign the record's id (default: $AO_SIGNING_KEY): an unencrypted OpenSSH
                        private key file, or a .pub file / agent:PUBKEY to sign through ssh-agent
  --json                print the whole record instead of its id
Refuses (exit 2) when the checker is not independent or there is nothing to cover.
Under a policy with "requireSignature": true, a verdict counts only when signed by a key
that .agents/checkers at the change's base trusts for the checker (docs/signing.md).`,
    check: `Usage: ao check [--staged | --commit REV | --range A..B] [--run CMD]... [--judge CMD [--judge-name NAME]]...
                [--quorum N] [--timeout S] [--jobs N] [--checker ID] [--sign KEY] [--context base|all] [--json]

Materialises exactly the tree under review (the staged index, not the working tree) in
fresh temporary checkouts outside yours, runs each checker there in a fresh context, and
records one verdict with all their evidence. Prints the record id (exit 0 pass, 1 fail).
  --run CMD             a command run with /bin/sh -c, e.g. "npm ci && npm test"; passes on exit 0
  --judge CMD           a reviewer program: reads one review request (JSON) on stdin, answers
                        with one review (JSON) on stdout; anything else is an error, never a pass.
                        One simple command whose files lie outside the repository; relative
                        paths resolve from here. Judges run before any --run
  --judge claude|codex|gemini|openai:URL
                        a built-in judge: the real agent CLI (or an OpenAI-compatible endpoint), in a
                        fresh session, read-only, its answer forced into the review schema
  --judge-model M       the model of the built-in judge before it
  --judge-name NAME     names the --judge before it (default: its program's name); its checker
                        id is judge:NAME, and a quorum counts distinct ids
  --quorum N            judges that must pass (default: all); every --run must pass too
  --timeout S           seconds each checker may take (default 600); then its process group is killed
  --jobs N              checkers running at once (default 4)
  --checker ID          who records the verdict (default: $AO_CHECKER, else ao-check@HOST)
  --checker-kind KIND   tool (default), agent, human or ci
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND, --worker-session S   as for ao verdict
  --staged              the staged change (default); the record is staged with it
  --commit REV, --range A..B               a commit, or the combined change of a range (a pass
                                           names its commits only as far as judges reviewed them)
  --sign KEY            sign the record as ao verdict --sign does (default: $AO_SIGNING_KEY)
  --context base|all    what judges are told the ledger knows: only what the change's base holds
                        (default), or also the working tree's records and policy, marked new
  --json                print the whole record instead of its id
Checkers get PATH, LANG, a temporary HOME and TMPDIR, and the names in the policy's
check.envAllow; nothing else of your environment. The policy's check.minModelFamilies,
check.warnIsPass and check.failOn apply; judges' errors never count toward the quorum, and when
they leave it out of reach the outcome is NOT PROVEN (recorded as a fail). Formats and an example judge: docs/check.md.`,
    verify: `Usage: ao verify [--staged | --amend | --commit REV | --range A..B [--replay-of REV]...] [--policy REV] [--json]

Checks the ledger's integrity and that every change in scope is covered by a passing,
independent verdict under the policy of the scope's base. The ledger is read from the
index for --staged and --amend (a verdict just recorded is staged with the change), from the
working tree for --commit, and as committed in B for --range A..B, as CI reads it (a verdict
recorded in the working tree and never committed is named, with the commit that fixes it). Under a policy with
"enforcement": "observe", an uncovered change is reported and exits 0; a broken ledger still
exits 1. Exit 0 covered, 1 not, 2 usage error.
  --amend          the staged change as \`git commit --amend\` will commit it (against HEAD's parent)
  --policy REV     judge under the policy and trusted keys at REV instead of the base's (for
                   example, to audit history from before agentops/verdict was set up)
  --replay-of REV  (a pull request's head) a commit of the range that no verdict names is
                   covered when it is exactly the squash of REV's covered commits, or one of
                   them rebased, onto its parent (docs/spec.md)`,
    ledger: `Usage: ao ledger verify [--since REV] [--json]
       ao ledger carry [--dry-run] [--json]

verify  Checks every record of the working tree's ledger: schema, byte form, id hash, path,
        the chain (prev, seq, one genesis) and every signature present (over the record's
        id; which keys are trusted is \`ao verify\`'s question); with --since, that every
        record at REV is still here, unchanged (append-only).
carry   Makes a cherry-picked or backported record whole (dangling-prev): finds the records
        that the working tree's records name in prev but the ledger lacks, and their own
        missing ancestors, anywhere in the repository's history (every ref), checks each in
        full (byte form, id, path, this ledger's genesis, signature, seq), copies them byte
        for byte, stages them and prints the commit command. Nothing to carry: exit 0. A
        record that exists nowhere, or only as refused copies: exit 1 naming it and the
        record pointing at it, and nothing is written. --dry-run lists what it would carry.`,
    status: `Usage: ao status [--json]

Shows the staged change's digest and whether a verdict covers it; when a verdict covers an
earlier version of it, shows what changed since as a diff.`,
    log: `Usage: ao log [-n N] [--json]

Lists ledger records, newest first.`,
    show: `Usage: ao show ID-PREFIX [--json]

Shows one record. The prefix may omit "sha256:".`,
    lookup: `Usage: ao lookup COMMIT|PATH [--json]

For a commit: its change digest and every verdict naming it, latest last.
For a path: every verdict whose subject touches it.`,
    search: `Usage: ao search TEXT [--json]

Lists records whose text contains TEXT (case-insensitive). Exits 1, printing
nothing on stdout, when none does.`,
    checkers: `Usage: ao checkers add CHECKER-ID PUBKEY-FILE
       ao checkers list [--json]

.agents/checkers lists the SSH keys trusted to sign verdicts, each bound to a checker id,
in the allowed_signers format of git and \`ssh-keygen -Y verify\`. Under a policy with
"requireSignature": true a verdict counts only when signed by a key listed there for its
checker. The copy at a change's base is the one that counts, so a change cannot trust its
own key: add keys through a reviewed change.
  add    appends "CHECKER-ID namespaces="agentops-verdict" KEY" (nothing if already trusted)
  list   one line per entry: line number, checker ids, key fingerprint, options`,
    hook: `Usage: ao hook pre-commit
       ao hook pre-push REMOTE URL   (git passes the pushed refs on stdin)

HUSKY=0 skips both, as husky does.`,
    learn: `Usage: ao learn TEXT --paths GLOB... [--tag T]... [--from VERDICT-ID] [--negative] [--by ID] [--json]

Appends a learning record to the ledger: a lesson about the paths the globs name, staged to
land with the next commit. \`ao context\` shows it to whoever works on those paths.
  --paths GLOB...     the paths it is about (policy glob syntax: "*.sql" anywhere, "src/**" from the root);
                      with --from and no --paths: the paths of that verdict's findings, else of its subject
  --tag T             a tag to find it by (repeatable)
  --from VERDICT-ID   the verdict it was drawn from (an id prefix from \`ao log\`)
  --negative          a lesson about what NOT to do
  --by ID             who records it (default: $AO_WORKER, else the git author email); --by-kind KIND
Put TEXT before --paths: every word after --paths up to the next option is a glob.`,
    promote: `Usage: ao promote LEARNING-ID RULE [--id NAME] [--paths GLOB...] [--by ID] [--json]

Turns a learning into a constraint in .agents/policy.json (with a back-link to the
learning) and appends a promotion record; both are staged. The policy change is itself a
change: it needs a verdict, and binds every change after the commit that carries it.
RULE is exactly one of:
  --require-evidence KIND      verdicts on changes touching the paths carry evidence of KIND
                               (test, command, review, link)
  --require-checker-kind KIND  ...come from a checker of KIND (agent, human, ci, tool)
  --forbid-pattern REGEX       no line a change adds to the paths matches REGEX (JavaScript syntax,
                               no flags, linear-time: no backreferences or lookaround; the first
                               2000 characters of each line are tested)
  --require-check CMD          the verdict records that CMD was run and passed
                               (\`ao verdict --ran CMD\`, or \`ao check --run CMD\`)
  --id NAME      the constraint's id (default: made from the learning's text)
  --paths GLOB   the paths it binds (default: the learning's)
Refusals name the constraint and the learning. Undo only with \`ao retire\`.`,
    retire: `Usage: ao retire CONSTRAINT-ID --why TEXT [--by ID] [--json]

Takes a constraint out of .agents/policy.json and appends a retirement record saying why;
both are staged. \`ao verify\` refuses a change that drops a constraint from the policy
without a retirement record for it. If you already took it out of the file by hand, this
records the retirement only. The learning stays in the ledger.`,
    context: `Usage: ao context [--staged | --commit REV | --paths P...] [--budget TOKENS] [--format md|json]

Compiles what whoever works on the paths in play should know, most important first:
the constraints in force on them, the learnings whose globs match them (most specific,
then most recent, first), recent failed verdicts on them with their findings, and the open
heads of the ledger. Record text is quoted as data; each item says who recorded it and
whether the base (HEAD, or the commit's parent) holds it or it is new. Cut to the budget
(default 4000 tokens, estimated as ceil(chars / 4) of the printed text, in either format)
as a prefix of that order; what was cut is reported. Same ledger and input, same output.
  --staged       the paths of the staged change (default; every path when nothing is staged)
  --commit REV   the paths a commit changes
  --paths P...   these files or folders, relative to the current directory or absolute
See docs/ratchet.md for the format.`,
    metrics: `Usage: ao metrics [--since DATE] [--json]

From the ledger and the history of HEAD alone: the share of commits covered by a passing
verdict, first-pass rate, rework (fail-to-pass cycles and time), each promoted constraint's
failure before and after its promotion, and learnings recorded and promoted per week; as a
table and a weekly trend. Only records a commit on the branch added count, dated no later
than that commit; each figure shows its sample size, and "insufficient data" below 10 cases.
DATE is YYYY-MM-DD (UTC) or an ISO timestamp. Definitions: docs/metrics.md.`,
    report: `Usage: ao report --out DIR [--since DATE]

Writes DIR/index.html: one self-contained page (no network, no external files) with the
ledger as a timeline and DAG (click a record to read it), the metrics as charts, and the
learnings and constraints with their links.`,
    export: `Usage: ao export --format in-toto [--out FILE] [--array] [--repo-uri URI]

Writes each verdict as an in-toto Statement v1 with a SLSA verification summary predicate
(https://slsa.dev/verification_summary/v1): subject = the change digest (and the commits it
landed in). verificationResult is PASSED only when the checker passed the change and the
gate accepts it under the policy of its base (named by commit and SHA-256). JSON Lines by
default (one statement per line), a JSON array with --array; to stdout or FILE. --repo-uri
(default: from remote.origin.url) forms resourceUri. Mapping: docs/ratchet.md#in-toto.`,
    guard: `Usage: ao guard pre-tool|stop|session-start|prompt --harness claude|cursor|codex|gemini

What the agent harness hooks installed by \`ao init --agent\` run: reads the hook's JSON on
stdin and answers in that harness's protocol.
  pre-tool        refuses shell commands that skip or disarm the gate, writes to the ledger, the
                  policy, the trusted keys, the hooks or the guards' settings, and writes whose new
                  lines break a promoted constraint
  stop            refuses to let the agent finish while its uncommitted change has no passing verdict
                  (after 3 refusals in a row on the same change it lets go, saying it is not done)
  session-start   injects the context (every event also records the harness's session, which
                  ao verdict and ao check in the agent's shell record as worker.session)
  prompt          injects the context for the paths the prompt names`,
    judge: `Usage: ao judge claude|codex|gemini|openai:URL [--model M] [--timeout S]
       ao judge claude|codex|gemini|openai:URL --plan FILE [--paths P...]

A built-in judge as a program of the ao check judge protocol: reads a review request on stdin,
asks the agent CLI (or the OpenAI-compatible endpoint) in a fresh session, read-only, with the
answer forced into the review schema, and prints the review. Exit 1 (an error in ao check)
when the tool is missing, fails, times out or answers outside the schema.
With --plan it pressure-tests a plan against the context of the planned paths (the
/pre-mortem) and prints the review; exit 1 when the judge says fail.`,
    demo: `Usage: ao demo [--keep]

Walks through the product in a temporary repository: a commit refused, a verdict by a
second identity, the commit accepted, a tampered record caught.`,
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7986);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9850);


// Started by the `ao` launcher (src/cli/ao.ts), which keeps compiled code between runs where Node can.
const cli = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .processCli */ .U)();
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), cli);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/cli/report-error.ts

/** What a command that threw prints, and its exit code: an AoError says where and how to fix it; anything else is a bug. */
function reportError(cli, error) {
    if (error instanceof errors/* AoError */.V) {
        cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
        return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${error.stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
    return errors/* EXIT_USAGE */.R;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __nccwpck_require__(7911);
;// CONCATENATED MODULE: ./src/cli/main.ts



// Each command's module is loaded only when it runs: a hook pays for the hook, not for
// the report renderer or the checker runner (the bundle splits at these imports).
const COMMANDS = {
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(869), __nccwpck_require__.e(570), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3797))).cmdInit,
    doctor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(869), __nccwpck_require__.e(570), __nccwpck_require__.e(803)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4184))).cmdDoctor,
    verdict: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(796), __nccwpck_require__.e(31), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7878))).cmdVerdict,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(796), __nccwpck_require__.e(196), __nccwpck_require__.e(31), __nccwpck_require__.e(371)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2371))).cmdCheck,
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(796), __nccwpck_require__.e(360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4360))).cmdVerify,
    ledger: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(796), __nccwpck_require__.e(360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4360))).cmdLedger,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(291), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdStatus,
    log: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(291), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdLog,
    show: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(291), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdShow,
    lookup: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(291), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdLookup,
    search: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(291), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605))).cmdSearch,
    checkers: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(869), __nccwpck_require__.e(796), __nccwpck_require__.e(495)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5495))).cmdCheckers,
    hook: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(966)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5966))).cmdHook,
    demo: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 184))).cmdDemo,
    learn: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88))).cmdLearn,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88))).cmdPromote,
    retire: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(869), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88))).cmdRetire,
    context: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5360))).cmdContext,
    metrics: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(796), __nccwpck_require__.e(818)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5818))).cmdMetrics,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(796), __nccwpck_require__.e(818)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5818))).cmdReport,
    export: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(796), __nccwpck_require__.e(818)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5818))).cmdExport,
    guard: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(615), __nccwpck_require__.e(886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8334))).cmdGuard,
    judge: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(137), __nccwpck_require__.e(571), __nccwpck_require__.e(431), __nccwpck_require__.e(196), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6952))).cmdJudge,
};
/** Runs one `ao` invocation and returns its exit code; never throws. */
async function main(argv, cli) {
    const [command, ...args] = argv;
    try {
        if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
            cli.out(help/* HELP */._.main);
            return command === undefined ? errors/* EXIT_USAGE */.R : 0;
        }
        if (command === '--version' || command === '-v')
            return (cli.out(help/* VERSION */.x), 0);
        const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!load)
            throw new errors/* AoError */.V(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
        return await (await load())(cli, args);
    }
    catch (error) {
        return reportError(cli, error);
    }
}


/***/ }),

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ processCli)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: ./src/core/linear-regexp.ts
var linear_regexp = __nccwpck_require__(6962);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __nccwpck_require__(5217);
;// CONCATENATED MODULE: ./src/cli/process.ts



/**
 * What an entry point (the CLI, the pre-commit hook's own bundle) sets up before a command
 * runs, and the `Cli` it runs with: process-wide flags and handlers belong here, not in core.
 */
function processCli() {
    // forbidPattern constraints run only on V8's linear-time regular expression engine
    // (src/core/linear-regexp.ts): a flag, so process-wide, set before anything runs.
    (0,external_node_v8_namespaceObject.setFlagsFromString)(linear_regexp/* LINEAR_ENGINE_V8_FLAG */.$);
    // A stray rejection is a bug, never a verdict: report it as one (exit 2), not as exit 1.
    process.on('unhandledRejection', (error) => {
        process.stderr.write(`ao: internal error: ${error instanceof Error ? error.message : String(error)}\n  fix: please report this with the command you ran\n`);
        process.exit(2);
    });
    // A closed pipe (`ao log | head`) is the reader's choice, not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(0);
    });
    return {
        cwd: process.cwd(),
        env: process.env,
        out: (text) => void process.stdout.write(`${text}\n`),
        err: (text) => void process.stderr.write(`${text}\n`),
        stdin: context/* readStdin */.v,
    };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ EXIT_USAGE),
/* harmony export */   V: () => (/* binding */ AoError)
/* harmony export */ });
/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status: 0 ok, 1 verification
 * failed, 2 usage or environment error (the default).
 */
const EXIT_USAGE = 2;
class AoError extends Error {
    exitCode;
    fix;
    where;
    constructor(message, options = {}) {
        super(message);
        this.name = 'AoError';
        this.exitCode = options.exitCode ?? EXIT_USAGE;
        this.fix = options.fix;
        this.where = options.where;
    }
}


/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ LINEAR_ENGINE_V8_FLAG),
/* harmony export */   I: () => (/* binding */ hasLinearEngine)
/* harmony export */ });
/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack: its work per
 * character is bounded by the size of the pattern, whatever the input. Without it no
 * forbidPattern is run at all (a backtracking engine can take exponential time), so a check
 * never depends on which engine a machine happens to have.
 *
 * The engine sits behind a V8 flag, and a flag is process-wide: each entry point sets it
 * before anything runs (src/cli/ao.ts and src/cli/process.ts, src/action/index.ts, and the tests' setup file,
 * test/helpers/process-flags.ts). Core only asks whether the engine is there.
 */
const LINEAR_ENGINE_V8_FLAG = '--enable-experimental-regexp-engine';
function hasLinearEngine() {
    try {
        // biome-ignore lint/complexity/useRegexLiterals: a literal with the l flag is a syntax error where the engine is off
        return new RegExp('a', 'l').flags.includes('l');
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ isRegularFileMode),
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   c9: () => (/* binding */ isLedgerEntry),
/* harmony export */   hV: () => (/* binding */ isLedgerPath),
/* harmony export */   kK: () => (/* binding */ compareManifests),
/* harmony export */   o3: () => (/* binding */ entryToJson),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
// ignoreBOM: a path that starts with U+FEFF keeps it (the default would strip it, so "\uFEFFdocs/x" would read as "docs/x").
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped. `text` is
 * the whole output read as latin1 (one char per byte): a caller parsing one output in many
 * calls decodes it once and passes it to each.
 */
function parseRawDiff(output, offset = 0, text = output.toString('latin1')) {
    const entries = [];
    let position = offset;
    while (position < text.length && text.charCodeAt(position) === 0x3a /* ':' */) {
        const metaEnd = text.indexOf('\0', position);
        const pathEnd = metaEnd < 0 ? -1 : text.indexOf('\0', metaEnd + 1);
        if (metaEnd < 0 || pathEnd < 0)
            throw new Error('truncated raw diff output from git');
        const fields = text.slice(position + 1, metaEnd).split(' ');
        if (fields.length !== 5)
            throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
        const [oldMode, newMode, oldId, newId, status] = fields;
        if (!/^[ADMT]$/.test(status))
            throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
        entries.push({
            oldMode,
            newMode,
            oldId,
            newId,
            status: status,
            path: output.subarray(metaEnd + 1, pathEnd),
        });
        position = pathEnd + 1;
    }
    return { entries, end: position };
}
/** A regular file's mode (plain or executable): the only kind a record can be. */
function isRegularFileMode(mode) {
    return mode === '100644' || mode === '100755';
}
function isLedgerEntry(entry) {
    return isLedgerPath(entry.path);
}
function isLedgerPath(path) {
    return path.length > LEDGER_PREFIX.length && path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}
/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
function buildManifest(entries) {
    const kept = entries.filter((entry) => !isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
    // One update of the whole text: a path's bytes read as latin1 are those bytes again.
    let text = '';
    for (const entry of kept) {
        text += `${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t${entry.path.toString('latin1')}\n`;
    }
    return { digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'latin1').digest('hex')}`, entries: kept };
}
function pathText(path) {
    try {
        return utf8.decode(path);
    }
    catch {
        return path.toString('latin1');
    }
}
function entryToJson(entry) {
    const base = {
        oldMode: entry.oldMode,
        newMode: entry.newMode,
        oldId: entry.oldId,
        newId: entry.newId,
        status: entry.status,
    };
    try {
        return { ...base, path: utf8.decode(entry.path) };
    }
    catch {
        return { ...base, pathBase64: entry.path.toString('base64') };
    }
}
/** What differs between two manifests, path by path: explains a digest mismatch. */
function compareManifests(before, after) {
    const key = (e) => e.path ?? `base64:${e.pathBase64}`;
    const beforeByPath = new Map(before.map((e) => [key(e), e]));
    const afterByPath = new Map(after.map((e) => [key(e), e]));
    const changes = [];
    for (const [path, entry] of afterByPath) {
        const old = beforeByPath.get(path);
        if (!old)
            changes.push({ path, change: 'added', after: entry });
        else if (old.newId !== entry.newId ||
            old.newMode !== entry.newMode ||
            old.oldId !== entry.oldId ||
            old.status !== entry.status ||
            old.oldMode !== entry.oldMode) {
            changes.push({ path, change: 'changed', before: old, after: entry });
        }
    }
    for (const [path, entry] of beforeByPath)
        if (!afterByPath.has(path))
            changes.push({ path, change: 'removed', before: entry });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  BP: () => (/* reexport */ parseTreeObject),
  EO: () => (/* reexport */ runGit)
});

// UNUSED EXPORTS: GitError, MIN_GIT_VERSION, parseGitVersion, parseMergeTreeStdin, scanAddedLines, versionAtLeast

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/git/run.ts






/**
 * Running one git process: an argument vector (never a shell string) in a fixed
 * environment, its errors, and the version it must have. The `Git` class (git.ts) is the
 * entry point every caller uses; this is what it runs on.
 */
const MIN_GIT_VERSION = [2, 38, 0];
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** What is kept of git's stderr (it only ever explains a failure). */
const MAX_STDERR_BYTES = 4 * 1024 * 1024;
class GitError extends core_errors/* AoError */.V {
    constructor(args, result) {
        const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
        super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
            fix: 'check the repository with `git status` and `git fsck`, then run the command again',
        });
    }
}
/**
 * `git diff-tree` compares trees only, yet reads the index (16 MB in a checkout of a
 * 100,000-record ledger, a fifth of a second): pointed at an index that does not exist, it
 * reads an empty one. Its raw output never depends on the index.
 */
function treeOnlyIndex(args) {
    let i = 0;
    while (args[i] === '-c')
        i += 2;
    return args[i] === 'diff-tree' ? { GIT_INDEX_FILE: NO_INDEX } : {};
}
const NO_INDEX = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `agentops-verdict-no-index-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`, 'index');
function gitEnv(args, options) {
    return {
        ...(options.env ?? process.env),
        // Replace refs are local (never fetched by default): a verifier elsewhere would not see them.
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        GIT_NO_REPLACE_OBJECTS: '1',
        ...treeOnlyIndex(args),
    };
}
function runGit(cwd, args, options = {}) {
    if (options.viaFiles && options.input === undefined && !options.onStdout && options.maxStdoutBytes === undefined) {
        const files = outputFiles();
        if (files)
            return runGitViaFiles(cwd, args, options, files);
    }
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: gitEnv(args, options),
            // No input: git reads an empty stdin from /dev/null (a pipe for it costs every spawn).
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let size = 0;
        let truncated = false;
        const limit = options.maxStdoutBytes ?? MAX_OUTPUT_BYTES;
        child.stdout.on('data', (chunk) => {
            if (options.onStdout)
                return options.onStdout(chunk);
            if (truncated)
                return;
            size += chunk.length;
            if (size <= limit)
                return void out.push(chunk);
            child.kill();
            if (options.maxStdoutBytes === undefined)
                return;
            truncated = true;
            out.push(chunk.subarray(0, chunk.length - (size - limit)));
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        child.on('error', (error) => reject(spawnError(cwd, error)));
        // A git that exits before reading all its input is answered by its exit code, not EPIPE.
        child.stdin?.on('error', () => undefined);
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (truncated)
                resolve({ ...result, truncated });
            else if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Two files for git's stdout and stderr, opened by this process alone and unlinked at once: nothing is left behind. */
function outputFiles() {
    if (process.platform === 'win32')
        return undefined;
    const opened = [];
    try {
        for (let i = 0; i < 2; i++) {
            const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `agentops-verdict-git-${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
            // wx: made here, never an existing file or a link someone planted.
            opened.push((0,external_node_fs_.openSync)(path, 'wx+', 0o600));
            (0,external_node_fs_.unlinkSync)(path);
        }
        return [opened[0], opened[1]];
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_.closeSync)(fd);
        return undefined;
    }
}
function runGitViaFiles(cwd, args, options, [out, err]) {
    return new Promise((resolve, reject) => {
        // Once only: a failed spawn is followed by 'close' too, and a closed fd number may already be another file's.
        let released = false;
        const release = () => {
            if (released)
                return;
            released = true;
            (0,external_node_fs_.closeSync)(out);
            (0,external_node_fs_.closeSync)(err);
        };
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: gitEnv(args, options), stdio: ['ignore', out, err] });
        }
        catch (error) {
            release();
            throw error;
        }
        child.on('error', (error) => {
            release();
            reject(spawnError(cwd, error));
        });
        child.on('close', (code) => {
            if (released)
                return;
            let stdout;
            let stderr;
            try {
                stdout = readWritten(out, MAX_OUTPUT_BYTES);
                stderr = (readWritten(err, MAX_STDERR_BYTES) ?? Buffer.alloc(0)).toString('utf8');
            }
            catch (error) {
                return reject(new core_errors/* AoError */.V(`could not read the output of git ${args[0]}: ${error.message}`));
            }
            finally {
                release();
            }
            const result = { stdout: stdout ?? Buffer.alloc(0), stderr, code: code ?? 128 };
            // Output past the bound is a failure whatever the exit code says (the pipe path stops git there).
            if (stdout && (result.code === 0 || options.okCodes?.includes(result.code)))
                resolve(result);
            else
                reject(new GitError(args, stdout ? result : { ...result, stderr: `more than ${MAX_OUTPUT_BYTES} bytes of output\n${stderr}` }));
        });
    });
}
/** What git wrote to `fd`, from its start; undefined past `limit` bytes. */
function readWritten(fd, limit) {
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    if (size > limit)
        return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, read);
        if (n === 0)
            break;
        read += n;
    }
    return bytes.subarray(0, read);
}
function spawnError(cwd, error) {
    if (error.code !== 'ENOENT')
        return new core_errors/* AoError */.V(`could not run git: ${error.message}`);
    return new core_errors/* AoError */.V(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', {
        fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works',
    });
}
function cwdMissing(cwd) {
    try {
        return !(0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        return true;
    }
}
function parseGitVersion(text) {
    const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}
function versionAtLeast(version, minimum) {
    for (let i = 0; i < minimum.length; i++) {
        const a = version[i] ?? 0;
        const b = minimum[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
/**
 * `cat-file --batch` answers "missing" for an object it cannot unpack (a corrupt loose object)
 * and exits 0, saying why only on stderr: an absent policy and a damaged one must never look
 * alike, so any error there stops the command.
 */
function damagedObjectsError(stderr) {
    const errors = stderr.split('\n').filter((line) => /^(error|fatal):/.test(line));
    if (errors.length === 0)
        return undefined;
    return new core_errors/* AoError */.V(`git cannot read objects of this repository:\n  ${errors.slice(0, 4).join('\n  ')}`, {
        fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
    });
}

;// CONCATENATED MODULE: ./src/git/cat-file.ts



/** How long an idle batch process is kept: a long-lived caller (a test runner) keeps no idle gits. */
const BATCH_IDLE_MS = 1000;
/**
 * One long-lived `git cat-file --batch`: requests are written as they come and answered in
 * order, so every object a command reads, however many rounds it takes, costs one process.
 * Objects larger than a request's bound are never buffered. The process holds the event
 * loop only while a request is pending, and is let go once idle.
 */
class CatFileBatch {
    cwd;
    child;
    queue = [];
    stderr = '';
    failure;
    idle;
    header = [];
    headerLength = 0;
    mode = 'header';
    remaining = 0;
    kept;
    current = { id: '', size: 0, type: '' };
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(names, maxBytes) {
        const result = new Map();
        if (names.length === 0)
            return Promise.resolve(result);
        for (const name of names) {
            if (/[\n\0]/.test(name))
                return Promise.reject(new core_errors/* AoError */.V(`invalid object name ${JSON.stringify(name)}`));
        }
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            const child = this.process();
            this.queue.push({ names, maxBytes, result, answered: 0, resolve, reject });
            this.hold(true);
            child.stdin.write(`${names.join('\n')}\n`);
        });
    }
    process() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = undefined;
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            // As every other git we run (run.ts): replace refs are local, so a verifier elsewhere would not see them.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        this.stderr = '';
        this.mode = 'header';
        this.header = [];
        this.headerLength = 0;
        child.stdout.on('data', (chunk) => {
            if (this.child === child)
                this.onData(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 64 * 1024)
                this.stderr += chunk.toString('utf8');
        });
        child.stdin.on('error', () => undefined);
        child.on('error', (error) => {
            if (this.child === child)
                this.fail(spawnError(this.cwd, error));
        });
        child.on('close', (code) => {
            if (this.child !== child)
                return;
            this.child = undefined;
            if (this.queue.length > 0) {
                this.fail(damagedObjectsError(this.stderr) ??
                    new core_errors/* AoError */.V(`git cat-file --batch stopped (exit ${code ?? 'by a signal'}) before answering`, {
                        fix: 'check the repository with `git fsck`, then run the command again',
                    }));
            }
        });
        return child;
    }
    /** Keeps the event loop alive while requests are pending; once idle, lets the process go after a while. */
    hold(active) {
        const child = this.child;
        if (!child)
            return;
        const handles = [child, child.stdin, child.stdout, child.stderr];
        for (const handle of handles)
            (active ? handle.ref : handle.unref)?.call(handle);
        if (active)
            return;
        this.idle = setTimeout(() => {
            if (this.queue.length > 0 || this.child !== child)
                return;
            this.child = undefined;
            child.stdin.end();
        }, BATCH_IDLE_MS);
        this.idle.unref();
    }
    fail(error) {
        this.failure ??= error;
        for (const request of this.queue.splice(0))
            request.reject(error);
        // Let the process go: whatever it still writes (the rest of an object it was sending) is nobody's answer.
        const child = this.child;
        this.child = undefined;
        child?.kill();
    }
    finish() {
        const request = this.queue[0];
        if (!request)
            return this.broken('an object nobody asked for');
        if (this.kept)
            this.current.bytes = Buffer.concat(this.kept);
        request.result.set(request.names[request.answered++], this.current);
        this.mode = 'newline';
        this.completeIfAnswered();
    }
    completeIfAnswered() {
        const request = this.queue[0];
        if (!request || request.answered < request.names.length)
            return;
        this.queue.shift();
        if (this.queue.length === 0)
            this.hold(false);
        // git reports an object it cannot unpack on stderr, before it answers "missing" on stdout:
        // looking once the current poll phase is over sees what git wrote first.
        setImmediate(() => {
            const damaged = damagedObjectsError(this.stderr);
            if (damaged) {
                this.fail(damaged);
                request.reject(damaged);
            }
            else
                request.resolve(request.result);
        });
    }
    onData(chunk) {
        let position = 0;
        while (position < chunk.length) {
            if (this.mode === 'newline') {
                position++;
                this.mode = 'header';
            }
            else if (this.mode === 'header') {
                const lineEnd = chunk.indexOf(0x0a, position);
                const piece = chunk.subarray(position, lineEnd < 0 ? chunk.length : lineEnd);
                this.header.push(piece);
                this.headerLength += piece.length;
                if (this.headerLength > 8192)
                    return this.broken('an over-long header line');
                if (lineEnd < 0)
                    return;
                position = lineEnd + 1;
                const line = Buffer.concat(this.header).toString('latin1');
                this.header = [];
                this.headerLength = 0;
                const request = this.queue[0];
                if (!request)
                    return this.broken(`unexpected output "${line.slice(0, 80)}"`);
                if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
                    request.result.set(request.names[request.answered++], undefined);
                    this.completeIfAnswered();
                    continue;
                }
                const [id = '', type = '', sizeText = ''] = line.split(' ');
                const size = Number(sizeText);
                if (!/^[0-9]+$/.test(sizeText) || !Number.isSafeInteger(size))
                    return this.broken(`an unreadable header "${line.slice(0, 80)}"`);
                this.current = { id, size, type };
                this.remaining = size;
                this.kept = size <= request.maxBytes ? [] : undefined;
                this.mode = 'body';
                if (size === 0)
                    this.finish();
            }
            else {
                const take = Math.min(this.remaining, chunk.length - position);
                this.kept?.push(chunk.subarray(position, position + take));
                position += take;
                this.remaining -= take;
                if (this.remaining === 0)
                    this.finish();
            }
        }
    }
    broken(what) {
        this.fail(new core_errors/* AoError */.V(`git cat-file --batch gave ${what}`, {
            fix: 'check the repository with `git fsck`, then run the command again',
        }));
    }
}

;// CONCATENATED MODULE: ./src/git/user-cache.ts



/**
 * The per-user folder for what a run can reuse from an earlier one on this machine (the
 * hook's compiled code, the version of a git binary): never anything about a repository.
 * Nothing in it decides a verdict, and a file it holds that cannot be read is simply not used.
 */
function userCacheDir(options = {}) {
    const uid = process.getuid?.();
    const dir = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
    try {
        if (options.create !== false)
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        // Only a folder this user owns and no one else can write (never one another user made, never a link).
        const stat = (0,external_node_fs_.lstatSync)(dir);
        if (!stat.isDirectory())
            return undefined;
        if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))
            return undefined;
        return dir;
    }
    catch {
        return undefined;
    }
}
/** Only a regular file this user owns, opened without following a link or waiting on a FIFO. */
function readCacheFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const uid = process.getuid?.();
        if (!stat.isFile() || (uid !== undefined && stat.uid !== uid))
            return undefined;
        return (0,external_node_fs_.readFileSync)(fd);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Written whole under another name, then renamed: a reader never sees half a file. */
function writeCacheFile(path, data) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, data, { mode: 0o600, flag: 'wx' });
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch {
        // Not kept this time: the next run does the work again, as this one did.
    }
}

;// CONCATENATED MODULE: ./src/git/known-version.ts





/**
 * `git version`, remembered per git binary: asking costs the pre-commit hook one process on
 * every commit, and the answer changes only when the binary does. A binary is the `git` that
 * exec finds on PATH, known by its path and its file's device, inode, size, and modification
 * and change times (a write moves the change time, and no one can set it back). Nothing is
 * remembered for a script (a wrapper that runs some other git), a relative PATH entry (it
 * depends on the folder), or Windows: those ask git every time. Only the hook reads it, and
 * makes the folder; every other command asks git, and corrects a remembered answer it finds.
 */
function gitBinaryKey(path) {
    if (process.platform === 'win32')
        return undefined;
    for (const dir of (path ?? '').split(external_node_path_.delimiter)) {
        if (!(0,external_node_path_.isAbsolute)(dir))
            return undefined;
        const file = (0,external_node_path_.join)(dir, 'git');
        try {
            // Most PATH entries hold no git: an absent one is an answer, not an error to build.
            const stat = (0,external_node_fs_.statSync)(file, { bigint: true, throwIfNoEntry: false });
            if (!stat?.isFile() || (stat.mode & 73n) === 0n)
                continue;
            if (startsWithShebang(file))
                return undefined;
            return [file, stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0');
        }
        catch {
            // Not here (or not readable): exec would go on to the next entry too.
        }
    }
    return undefined;
}
function startsWithShebang(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head.toString('latin1') === '#!';
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function versionFile(binary, create) {
    const dir = userCacheDir({ create });
    return dir && (0,external_node_path_.join)(dir, `git-${(0,external_node_crypto_.createHash)('sha256').update(binary).digest('hex').slice(0, 40)}.version`);
}
/** A version too old is never taken from here: git is asked, and says so itself. */
function rememberedGitVersion(binary) {
    const file = versionFile(binary, false);
    const match = file && /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})\n$/.exec(readCacheFile(file)?.toString('latin1') ?? '');
    const version = match
        ? [Number(match[1]), Number(match[2]), Number(match[3])]
        : undefined;
    return version && versionAtLeast(version, MIN_GIT_VERSION) ? version : undefined;
}
/**
 * Writes the version down unless that is what is there already (every command but the hook
 * gets here, and must not write a file each time). `create`: make the cache folder if there
 * is none (the hook); otherwise only a folder already there is written.
 */
function rememberGitVersion(binary, version, create) {
    const file = versionFile(binary, create);
    const text = `${version.join('.')}\n`;
    if (file && readCacheFile(file)?.toString('latin1') !== text)
        writeCacheFile(file, text);
}

;// CONCATENATED MODULE: ./src/git/opening.ts




/** The raw diff form every manifest is read from (docs/spec.md): paths whole, ids full, no renames, submodules as gitlinks. */
const MANIFEST_DIFF = ['-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'];
/** The index's raw diff against `tree`, ledger paths included. */
function diffIndexArgs(tree) {
    return ['diff-index', '--cached', ...MANIFEST_DIFF, tree];
}
/** One probe: outside a work tree --show-toplevel fails, but the lines before it still say why. */
const PROBE = [
    'rev-parse',
    '--is-bare-repository',
    '--is-inside-work-tree',
    '--show-object-format',
    '--is-shallow-repository',
    '--absolute-git-dir',
    '--show-toplevel',
];
const asError = (error) => (error instanceof Error ? error : new Error(String(error)));
/** Starts opening the repository at `cwd`; `staged` for the pre-commit hook, which takes a remembered version. */
function startOpening(cwd, staged) {
    // The probe first: its answer is the first one awaited.
    const probe = runGit(cwd, PROBE, { okCodes: [128], viaFiles: staged }).catch(asError);
    let stagedStart;
    if (staged) {
        const batch = new CatFileBatch(cwd);
        const head = batch.read(['HEAD^{commit}'], 0).then((objects) => {
            const object = objects.get('HEAD^{commit}');
            return object?.type === 'commit' ? object.id : undefined;
        }, () => undefined);
        const diff = runGit(cwd, diffIndexArgs('HEAD'), { okCodes: [128], viaFiles: true }).catch(asError);
        stagedStart = { batch, head, diff };
    }
    // Every other command asks git for its version, and corrects a remembered answer it finds.
    const binary = gitBinaryKey(process.env.PATH);
    const remembered = binary && staged ? rememberedGitVersion(binary) : undefined;
    const version = remembered
        ? undefined
        : runGit(cwd, ['version']).catch((error) => error instanceof GitError
            ? new core_errors/* AoError */.V('git is not working', { fix: 'run `git --version` and repair the git install' })
            : asError(error));
    return { cwd, binary, remembered, version, probe, staged: stagedStart };
}

;// CONCATENATED MODULE: ./src/git/parse.ts


/** `git log -z --format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s`: one commit a NUL-ended record. */
function parseCommitList(text) {
    return text
        .split('\0')
        .filter((line) => line.length > 0)
        .map((line) => {
        const [sha = '', tree = '', parents = '', authorName = '', authorEmail = '', subject = ''] = line
            .replace(/^\n/, '')
            .split('\x1f');
        return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
    });
}
/**
 * `git log -z --raw --format=%x1e<header>`: each commit's header (up to its NUL, read as
 * UTF-8) and the raw diff entries that follow it.
 */
function parseRawLog(out) {
    const commits = [];
    const text = out.toString('latin1');
    let position = 0;
    while (position < out.length && out[position] === 0x1e) {
        const headerEnd = out.indexOf(0, position);
        if (headerEnd < 0)
            break;
        const header = out.toString('utf8', position + 1, headerEnd);
        position = headerEnd + 1;
        if (out[position] === 0x0a)
            position++;
        const parsed = (0,manifest/* parseRawDiff */.LP)(out, position, text);
        commits.push({ header, entries: parsed.entries });
        position = parsed.end;
        while (position < out.length && (out[position] === 0x0a || out[position] === 0))
            position++;
    }
    return commits;
}
/** The entries of a raw tree object: "<mode> <name>\0<id bytes>" repeated. */
function parseTreeObject(bytes, idBytes) {
    const entries = [];
    let position = 0;
    while (position < bytes.length) {
        const space = bytes.indexOf(0x20, position);
        const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > bytes.length)
            throw new core_errors/* AoError */.V('git returned a tree object that cannot be parsed', {
                fix: 'check the repository with `git fsck`',
            });
        entries.push({
            mode: bytes.toString('latin1', position, space).padStart(6, '0'),
            name: bytes.subarray(space + 1, nul),
            id: bytes.toString('hex', nul + 1, nul + 1 + idBytes),
        });
        position = nul + 1 + idBytes;
    }
    return entries;
}
/**
 * The added lines of a unified diff (`git diff -p`), with their paths and new line numbers.
 * With `items`, the output of `diff-tree --stdin -p` is split into one list per item, by the
 * header git prints before each: the whole line for a tree pair, the first token for
 * commits (patch lines never consist of hex digits alone, and hunk bodies are skipped by
 * their counts); `headers` counts the headers seen. An item adding more than `maxLines`
 * lines gets undefined. One pass, line by line: a huge patch is never split into an array.
 */
function scanAddedLines(patch, items, maxLines = Infinity) {
    const sections = (items ?? ['']).map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = items ? -1 : 0;
    let path;
    let oldLeft = 0;
    let newLeft = 0;
    let lineNo = 0;
    for (let start = 0; start < patch.length;) {
        const newline = patch.indexOf('\n', start);
        const end = newline < 0 ? patch.length : newline;
        const line = patch.slice(start, end);
        start = end + 1;
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+')) {
                const added = sections[current];
                if (added && path !== undefined) {
                    if (added.length >= maxLines)
                        sections[current] = undefined;
                    else
                        added.push({ path, line: lineNo, text: line.slice(1) });
                }
                lineNo++;
                newLeft--;
            }
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                lineNo++;
                oldLeft--;
                newLeft--;
            }
            continue;
        }
        if (items && isHeader(line, items[current + 1])) {
            current++;
            path = undefined;
        }
        else if (line.startsWith('diff --git '))
            path = undefined;
        else if (line.startsWith('+++ '))
            path = parseDiffPath(line.slice(4));
        else {
            const hunk = HUNK.exec(line);
            if (hunk) {
                oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
                newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
                lineNo = Number(hunk[3]);
            }
        }
    }
    return { sections, headers: items ? current + 1 : 1 };
}
/**
 * Splits `diff-tree --stdin -p` output into one section per item, using the header git
 * prints before each: the whole line for a tree pair, the first token for commits. Patch
 * lines never consist of hex digits alone, and hunk bodies are skipped by their counts.
 */
function splitBatchOutput(text, items) {
    const lines = text.split('\n');
    const sections = items.map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = -1;
    let oldLeft = 0;
    let newLeft = 0;
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+'))
                newLeft--;
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                oldLeft--;
                newLeft--;
            }
            sections[current]?.push(line);
            continue;
        }
        if (isHeader(line, items[current + 1])) {
            current++;
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
            newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
        }
        sections[current]?.push(line);
    }
    return sections.map((s) => s.join('\n'));
}
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** A path from a `+++ b/PATH` line: C-quoted when unusual, tab-terminated when it has spaces. */
function parseDiffPath(field) {
    if (field === '/dev/null')
        return undefined;
    let text = field;
    if (text.startsWith('"')) {
        const bytes = [];
        const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
        for (let i = 1; i < text.length && text[i] !== '"'; i++) {
            const ch = text[i];
            if (ch !== '\\') {
                bytes.push(...Buffer.from(ch, 'utf8'));
                continue;
            }
            const next = text[++i];
            if (/[0-7]/.test(next)) {
                bytes.push(parseInt(text.slice(i, i + 3), 8));
                i += 2;
            }
            else
                bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
        text = Buffer.from(bytes).toString('utf8');
    }
    else if (text.endsWith('\t'))
        text = text.slice(0, -1);
    return text.startsWith('b/') ? text.slice(2) : text;
}
function parseMergeTreeStdin(out, count) {
    // Each result (git-merge-tree(1), --stdin implies -z; no messages):
    // "<status>\0<tree>\0[<conflicted path>\0...]\0", status 1 for clean, 0 for conflicts.
    const tokens = splitNul(out);
    const results = [];
    let i = 0;
    while (results.length < count && i < tokens.length) {
        const status = tokens[i++].toString('latin1');
        const tree = tokens[i++]?.toString('latin1') ?? '';
        const conflicts = [];
        // A path is never empty: the empty token is the block's closing NUL.
        while (i < tokens.length && tokens[i].length > 0)
            conflicts.push(tokens[i++]);
        i++;
        results.push({ tree, clean: status === '1', conflicts: uniquePaths(conflicts) });
    }
    if (results.length < count) {
        throw new core_errors/* AoError */.V(`git merge-tree --stdin answered ${results.length} of ${count} merges`, {
            fix: 'check the repository with `git fsck`, then run the command again',
        });
    }
    return results;
}
/** The output of one `git merge-tree --write-tree -z --name-only` (no --stdin): "TREE\0" then each conflicted path and a NUL. */
function parseMergeTree(out, clean) {
    const [tree = '', ...paths] = splitNul(out);
    return { tree: tree.toString('latin1'), clean, conflicts: uniquePaths(paths.filter((p) => p.length > 0)) };
}
/** The NUL-separated tokens of `out` (a trailing NUL ends the last token; it opens no new one). */
function splitNul(out) {
    const tokens = [];
    let start = 0;
    while (start < out.length) {
        const nul = out.indexOf(0, start);
        const end = nul < 0 ? out.length : nul;
        tokens.push(out.subarray(start, end));
        start = end + 1;
    }
    return tokens;
}
function uniquePaths(paths) {
    return paths.filter((path, i) => i === 0 || !path.equals(paths[i - 1]));
}
/** The output of `diff-tree --stdin -z --raw`, keyed by each item's header. */
function parseDiffBatch(out) {
    const diffs = new Map();
    const text = out.toString('latin1');
    let position = 0;
    while (position < out.length) {
        // A commit's header ends in NUL; a tree pair's header ends in a newline.
        const nul = out.indexOf(0, position);
        const newline = out.indexOf(0x0a, position);
        const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
        if (headerEnd < 0)
            break;
        const header = out.toString('latin1', position, headerEnd);
        const parsed = (0,manifest/* parseRawDiff */.LP)(out, headerEnd + 1, text);
        diffs.set(header, parsed.entries);
        position = parsed.end;
    }
    return diffs;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8Text(path) {
    try {
        return strictUtf8.decode(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts
// fs.promises loads on first use: the pre-commit hook never needs it.










/**
 * The one entry point to git: every caller goes through a `Git`. Every call is `git` + an
 * argument vector (never a shell string), and work over many objects or commits goes
 * through a single batched process. What it runs on lives beside it: one process
 * (`run.ts`), the long-lived `cat-file --batch` stream (`cat-file.ts`), and the parsers
 * of git's output (`parse.ts`).
 */


/** The GIT_* variables an isolated run keeps: where git's programs and borrowed objects are, nothing that decides. */
const KEPT_GIT_VARIABLES = new Set(['GIT_EXEC_PATH', 'GIT_ALTERNATE_OBJECT_DIRECTORIES']);
class Git {
    cwd;
    topLevel;
    gitDir;
    objectFormat;
    version;
    isShallow;
    emptyTree;
    zeroId;
    /** Where the object store and the shallow file are, read once, for `isolated`. */
    storage;
    batch;
    /** Reads started ahead of their caller, by bound and name (`prefetchObjectsBounded`). */
    prefetched = new Map();
    /** The index's diff against HEAD, and HEAD as read when it started, from `open({ staged: true })`. */
    stagedEarly;
    constructor(cwd, topLevel, gitDir, objectFormat, version, isShallow) {
        this.cwd = cwd;
        this.topLevel = topLevel;
        this.gitDir = gitDir;
        this.objectFormat = objectFormat;
        this.version = version;
        this.isShallow = isShallow;
        this.emptyTree =
            objectFormat === 'sha256'
                ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
                : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
        this.zeroId = '0'.repeat(objectFormat === 'sha256' ? 64 : 40);
    }
    /** Opens the repository containing `cwd`, refusing bare repositories and old gits. */
    static async open(cwd, options = {}) {
        // The pre-commit hook's work starts with the probe: the index's diff against HEAD and the
        // object reader (asked for HEAD at once), so git works while the rest of Node starts.
        // Whatever they answer is used only once the probe has found a working tree.
        const opening = startOpening(cwd, !!options.staged);
        const [versionResult, probe] = await Promise.all([opening.version, opening.probe]);
        if (versionResult instanceof Error)
            throw versionResult;
        const version = opening.remembered ?? parseGitVersion(versionResult?.stdout.toString() ?? '');
        if (version && opening.binary && !opening.remembered)
            rememberGitVersion(opening.binary, version, !!options.staged);
        if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
            throw new core_errors/* AoError */.V(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
                fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
            });
        }
        if (probe instanceof Error)
            throw probe;
        const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
        if (bare === 'true') {
            throw new core_errors/* AoError */.V('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
                fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
            });
        }
        if (inside === 'false') {
            throw new core_errors/* AoError */.V(`${cwd} is inside the .git directory, not the working tree`, {
                fix: 'cd into the working tree and run the command again',
            });
        }
        if (probe.code !== 0 || !top) {
            throw new core_errors/* AoError */.V(`${cwd} is not inside a git repository`, {
                fix: 'run the command from inside your repository, or create one with `git init`',
            });
        }
        const git = new Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
        // Every later git runs at the top level: what was started elsewhere (a relative GIT_DIR
        // could name another repository there) is dropped.
        if (opening.staged && top === cwd) {
            git.batch = opening.staged.batch;
            const early = { diff: opening.staged.diff, head: opening.staged.head };
            early.diff.then(() => {
                early.done = true;
            });
            git.stagedEarly = early;
        }
        return git;
    }
    run(args, options) {
        return runGit(this.topLevel, args, options);
    }
    async text(args, options) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    /** The directories of every working tree of this repository (the main one and linked ones). */
    async worktreePaths() {
        const out = await this.run(['worktree', 'list', '--porcelain', '-z']);
        return out.stdout
            .toString('utf8')
            .split('\0')
            .filter((line) => line.startsWith('worktree '))
            .map((line) => line.slice('worktree '.length));
    }
    hasMergeTreeStdin() {
        return versionAtLeast(this.version, [2, 40, 0]);
    }
    /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
    async resolveCommits(revs) {
        if (revs.length === 0)
            return [];
        for (const rev of revs) {
            if (/[\n\0]/.test(rev))
                throw new core_errors/* AoError */.V(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
        }
        // Read through the repository's one batch process; commit objects are small.
        const objects = await this.objectReader().read(revs.map((rev) => `${rev}^{commit}`), 0);
        return revs.map((rev) => {
            const object = objects.get(`${rev}^{commit}`);
            return object?.type === 'commit' ? object.id : undefined;
        });
    }
    async resolveCommit(rev, role = 'revision') {
        const [id] = await this.resolveCommits([rev]);
        if (!id) {
            throw new core_errors/* AoError */.V(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
                fix: this.isShallow
                    ? 'fetch the full history with `git fetch --unshallow`, then run the command again'
                    : 'check the name with `git log --oneline -n 5 REV`',
            });
        }
        return id;
    }
    headCommit() {
        const read = this.resolveCommits(['HEAD']).then(([id]) => id);
        // A read asked for once the early diff is done is also the read that confirms it (no second round trip).
        if (this.stagedEarly?.done)
            this.stagedEarly.headAfter ??= read;
        return read;
    }
    /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
    async diffIndexCached(tree) {
        const early = this.stagedEarly;
        this.stagedEarly = undefined;
        if (early) {
            const [result, before] = await Promise.all([early.diff, early.head]);
            // Started against the name HEAD: it counts only if HEAD, read as it started and again
            // now that it is done, is the commit asked for both times (and git commit itself
            // refuses to land on a HEAD that moved while its hooks ran). It is parsed while git
            // answers the second read.
            if (!(result instanceof Error) && result.code === 0 && before === tree) {
                const after = early.headAfter ?? this.headCommit();
                after.catch(() => undefined); // awaited below unless the parse throws first
                const entries = (0,manifest/* parseRawDiff */.LP)(result.stdout).entries;
                if ((await after) === tree)
                    return entries;
            }
        }
        const out = await this.run(diffIndexArgs(tree));
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
     * Porcelain `git diff` compares content where stat data is stale (a file touched but
     * unchanged), which plumbing `diff-index` would report as modified.
     */
    async diffWorktree(tree, paths) {
        const out = await this.run([
            'diff',
            '--no-ext-diff',
            '--no-textconv',
            '-z',
            '--raw',
            '--full-index',
            '--no-renames',
            tree,
            '--',
            ...paths,
        ]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    async diffTrees(a, b, paths = []) {
        const out = await this.run(['diff-tree', ...MANIFEST_DIFF, a, b, ...(paths.length ? ['--', ...paths] : [])]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
     * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
     */
    async diffBatch(items) {
        if (items.length === 0)
            return new Map();
        const out = await this.run([...RAW_DIFF_STDIN], { input: items.join('\n') + '\n' });
        return parseDiffBatch(out.stdout);
    }
    /**
     * Raw diffs for many "TREE1 TREE2" pairs in one `diff-tree --stdin`, limited to `paths`
     * (each with what lies below it; callers keep the exact paths they asked for), keyed by
     * the pair. Run in isolation, so no GIT_*_PATHSPECS variable changes what the pathspecs
     * match; a path list too long for argv, or a path that is not UTF-8, reads whole diffs.
     */
    async diffTreePairsAt(pairs, paths) {
        if (pairs.length === 0 || paths.length === 0)
            return new Map();
        const texts = paths.map(utf8Text);
        const pathspecs = texts.every((t) => t !== undefined) ? pathspecArgs(texts) : [];
        const out = await this.isolated((run) => run([...RAW_DIFF_STDIN, ...pathspecs], { input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n' }));
        return parseDiffBatch(out.stdout);
    }
    /** The tree id of each commit or tree id, in one `cat-file --batch-check`. */
    async treeIds(ids) {
        const trees = new Map();
        if (ids.length === 0)
            return trees;
        const out = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: ids.map((id) => `${id}^{tree}`).join('\n') + '\n',
        });
        const lines = out.stdout.toString('latin1').split('\n');
        ids.forEach((id, i) => {
            const [tree, type] = (lines[i] ?? '').split(' ');
            if (type !== 'tree' || !tree)
                throw new core_errors/* AoError */.V(`${id} names no tree in this repository`, {
                    fix: 'check the repository with `git fsck`, then run the command again',
                });
            trees.set(id, tree);
        });
        return trees;
    }
    /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
    async listCommits(revListArgs) {
        const out = await this.run([
            'log',
            '--reverse',
            '--topo-order',
            '-z',
            '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s',
            ...revListArgs,
            '--',
        ]);
        return parseCommitList(out.stdout.toString('utf8'));
    }
    /**
     * The lines added by many changes in one `diff-tree --stdin -p -U0`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT" for a commit against another commit, or a
     * "TREE1 TREE2" pair). `paths` limits the diff to those exact paths; undefined: all paths.
     * Read in isolation and as text (`readPatch`). With `maxBytes`, a batch whose patch passes
     * the bound is read on from the first item it did not finish (so it costs one more process
     * per `maxBytes` of patch); an item whose own patch passes it, or that adds more than
     * `maxLines` lines, maps to undefined.
     */
    async addedLinesBatch(items, paths, bounds = {}) {
        const { maxBytes, maxLines } = bounds;
        const result = new Map();
        if (items.length === 0 || (paths && paths.length === 0))
            return result;
        await this.isolated(async (run) => {
            let rest = items;
            while (rest.length > 0) {
                const patch = await readPatch(run, ['--stdin', '--always', '--root'], paths, maxBytes, rest.join('\n') + '\n');
                const { sections, headers } = scanAddedLines(patch.text, rest, maxLines);
                // Cut short, the last item whose header arrived may be incomplete: only those before it count.
                const complete = patch.truncated ? Math.max(headers - 1, 0) : rest.length;
                rest.slice(0, complete).forEach((item, i) => result.set(item, sections[i]));
                if (patch.truncated && complete === 0)
                    result.set(rest[0], undefined);
                rest = rest.slice(Math.max(complete, 1));
            }
        });
        return result;
    }
    /**
     * The lines the index adds against `tree` (HEAD), limited to `paths`: the index is written
     * as a tree from a copy (the user's index stays untouched) and read like `addedLinesBatch`;
     * undefined when its patch passes a bound.
     */
    async stagedAddedLines(tree, paths, bounds = {}) {
        if (paths && paths.length === 0)
            return [];
        const patch = await this.isolated(async (run, dir) => readPatch(run, [tree, await this.writeStagedTree((0,external_node_path_.join)(dir, 'index'))], paths, bounds.maxBytes));
        return patch.truncated ? undefined : scanAddedLines(patch.text, undefined, bounds.maxLines).sections[0];
    }
    /**
     * Commits for a rev-list argument vector, newest first, each with its dates and its raw
     * diff against its first parent (merges carry none), in one `git log`.
     */
    async history(revListArgs) {
        const out = (await this.run([
            'log',
            '-z',
            '--raw',
            '--root',
            '-r',
            '--no-abbrev',
            '--no-renames',
            '--diff-merges=off',
            '--ignore-submodules=none',
            '--format=%x1e%H%x1f%P%x1f%ct%x1f%at%x1f%ae',
            ...revListArgs,
            '--',
        ])).stdout;
        return parseRawLog(out).map(({ header, entries }) => {
            const [sha = '', parents = '', committed = '0', authored = '0', authorEmail = ''] = header.split('\x1f');
            return {
                sha,
                parents: parents ? parents.split(' ') : [],
                committedAt: Number(committed),
                authoredAt: Number(authored),
                authorEmail,
                entries,
            };
        });
    }
    /**
     * `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge
     * gives. Run in a throwaway git directory (`isolated`), so it depends on nothing but the
     * two commits: no attributes (`merge=union`, `-merge`, drivers, `text`/`eol`), no merge
     * driver or conflict style from any config, no replace refs or grafts, no rerere. The
     * trees it writes land in this repository's object store, where later diffs read them.
     */
    async mergeTrees(pairs) {
        if (pairs.length === 0)
            return [];
        return this.isolated(async (run) => this.mergeTreesIn(run, pairs));
    }
    async mergeTreesIn(run, pairs) {
        if (this.hasMergeTreeStdin()) {
            const out = await run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
                input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
            });
            return parseMergeTreeStdin(out.stdout, pairs.length);
        }
        // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
        const results = [];
        for (const [a, b] of pairs) {
            const out = await run(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', a, b], {
                okCodes: [1],
            });
            results.push(parseMergeTree(out.stdout, out.code === 0));
        }
        return results;
    }
    /**
     * Three-way merges with a given base, `[base, ours, theirs]` commits each: the tree of
     * `git merge-tree --write-tree --merge-base BASE OURS THEIRS` (git 2.40), in the same
     * throwaway directory as `mergeTrees`, on every git version: two scratch commits with the
     * trees of OURS and THEIRS and one parent holding BASE's tree have BASE's tree as their
     * only merge base, so merging them is that merge. The scratch commits are unreachable
     * objects; a handful of git processes serve every triple.
     */
    async replayTrees(triples) {
        if (triples.length === 0)
            return [];
        return this.isolated(async (run, dir) => {
            const revs = triples.flat();
            const trees = (await run(['rev-parse', ...revs.map((rev) => `${rev}^{tree}`)])).stdout
                .toString('latin1')
                .trim()
                .split('\n');
            // Commit objects written in two batches (the children name their parent's id), fixed identity and date.
            const person = 'ao <ao@invalid> 0 +0000';
            const hashCommits = async (bodies) => {
                const files = await Promise.all(bodies.map(async (body, i) => {
                    const file = (0,external_node_path_.join)(dir, `commit-${i}`);
                    await external_node_fs_.promises.writeFile(file, body);
                    return file;
                }));
                return (await run(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], { input: files.join('\n') + '\n' })).stdout
                    .toString('latin1')
                    .trim()
                    .split('\n');
            };
            const commit = (tree, parent) => `tree ${tree}\n${parent ? `parent ${parent}\n` : ''}author ${person}\ncommitter ${person}\n\nreplay\n`;
            const roots = await hashCommits(triples.map((_, i) => commit(trees[i * 3])));
            const sides = await hashCommits(triples.flatMap((_, i) => [commit(trees[i * 3 + 1], roots[i]), commit(trees[i * 3 + 2], roots[i])]));
            return this.mergeTreesIn(run, triples.map((_, i) => [sides[i * 2], sides[i * 2 + 1]]));
        });
    }
    /**
     * A tree like `tree` with the given entries in place of its own at their paths (mode
     * `000000`: none), written from a scratch index in isolation. Entries are files,
     * symlinks or gitlinks; one that needs a path where `tree` has a folder replaces the folder.
     */
    async treeWithEntries(tree, entries) {
        if (entries.length === 0)
            return tree;
        return this.isolated(async (run) => {
            await run(['read-tree', tree]);
            const lines = entries.map((e) => Buffer.concat([
                Buffer.from(/^0+$/.test(e.mode) ? `0 ${this.zeroId}\t` : `${e.mode} ${e.id}\t`, 'latin1'),
                e.path,
                Buffer.from([0]),
            ]));
            await run(['update-index', '-z', '--index-info'], { input: Buffer.concat(lines) });
            return (await run(['write-tree'])).stdout.toString('latin1').trim();
        });
    }
    /**
     * Runs `work` in a throwaway git directory that shares this repository's object store and
     * nothing else: an empty config (so no merge drivers, textconv or external diff, conflict
     * style, rename settings, rerere), no info/attributes, no refs (so no replace refs), no
     * grafts, and no working tree (so no .gitattributes is read, not even the checked-out
     * one); the user's global and system config and attributes are off, and so are the
     * environment's GIT_* settings. What git computes there depends only on the objects it is
     * given, on every machine. The directory is made by hand (no `git init`) and removed
     * afterwards, also on error; objects git writes land in the real object store.
     */
    async isolated(work) {
        this.storage ??= Promise.all([
            this.text(['rev-parse', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'shallow']),
            this.configGet('core.sharedRepository'),
        ]).then(([paths, shared]) => {
            const [objects = '', shallow = ''] = paths.split('\n');
            return { objects, shallow, shared };
        });
        const { objects, shallow, shared } = await this.storage;
        const dir = await external_node_fs_.promises.mkdtemp((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ao-git-')).catch((error) => {
            throw new core_errors/* AoError */.V(`cannot create a temporary directory in ${(0,external_node_os_.tmpdir)()}: ${error.message}`, {
                fix: 'set TMPDIR to a writable directory, then run the command again',
            });
        });
        try {
            const empty = (0,external_node_path_.join)(dir, 'empty');
            await Promise.all([
                external_node_fs_.promises.writeFile((0,external_node_path_.join)(dir, 'HEAD'), 'ref: refs/heads/none\n'),
                external_node_fs_.promises.mkdir((0,external_node_path_.join)(dir, 'refs')),
                external_node_fs_.promises.writeFile(empty, ''),
                external_node_fs_.promises.writeFile((0,external_node_path_.join)(dir, 'config'), this.objectFormat === 'sha256'
                    ? '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectFormat = sha256\n'
                    : '[core]\n\trepositoryformatversion = 0\n\tbare = true\n'),
                // The shallow boundary keeps history walks (merge bases) inside what was fetched, as in the repository itself.
                this.isShallow ? external_node_fs_.promises.copyFile(shallow, (0,external_node_path_.join)(dir, 'shallow')).catch(() => undefined) : undefined,
            ]);
            // Permissions only: a group-shared repository's new object folders stay writable by the group.
            const settings = [
                ['core.attributesFile', empty],
                ...(shared ? [['core.sharedRepository', shared]] : []),
            ];
            const env = {};
            for (const [key, value] of Object.entries(process.env)) {
                if (!/^GIT_/i.test(key) || KEPT_GIT_VARIABLES.has(key.toUpperCase()))
                    env[key] = value;
            }
            Object.assign(env, {
                GIT_DIR: dir,
                GIT_OBJECT_DIRECTORY: objects,
                GIT_CONFIG_NOSYSTEM: '1',
                GIT_CONFIG_GLOBAL: empty,
                GIT_ATTR_NOSYSTEM: '1',
                GIT_CONFIG_COUNT: String(settings.length),
                ...Object.fromEntries(settings.flatMap(([key, value], i) => [
                    [`GIT_CONFIG_KEY_${i}`, key],
                    [`GIT_CONFIG_VALUE_${i}`, value],
                ])),
            });
            return await work((args, options = {}) => runGit(dir, args, { ...options, env: { ...env, ...options.env } }), dir);
        }
        finally {
            await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
        }
    }
    async writeIndexTree() {
        return (await this.text(['write-tree'])).trim();
    }
    /**
     * The tree of the staged index, written from a copy of the index at `scratchIndex`:
     * a plain `git write-tree` would rewrite the user's index file (its cache-tree).
     */
    async writeStagedTree(scratchIndex) {
        const index = await this.gitPath('index');
        try {
            (0,external_node_fs_.copyFileSync)(index, scratchIndex);
        }
        catch (error) {
            throw new core_errors/* AoError */.V(`cannot read the index ${index}: ${error.message}`, {
                fix: 'stage the change with `git add PATH`, then run the command again',
            });
        }
        const result = await this.run(['write-tree'], {
            env: { ...process.env, GIT_INDEX_FILE: scratchIndex },
            okCodes: [128],
        });
        if (result.code !== 0 && /unmerged/.test(result.stderr)) {
            throw new core_errors/* AoError */.V('the index has unresolved conflicts: there is no single tree to check', {
                fix: 'resolve the conflicts and `git add` the files, then run the command again',
            });
        }
        if (result.code !== 0)
            throw new GitError(['write-tree'], result);
        return result.stdout.toString().trim();
    }
    /**
     * Writes every file of `treeish` below `dir` (absolute), through a scratch index so the
     * user's index, HEAD, refs and working tree stay as they are. Checkout filters and
     * attributes apply as in a normal checkout; submodules are left empty.
     */
    async exportTree(treeish, dir, scratchIndex) {
        const env = { ...process.env, GIT_INDEX_FILE: scratchIndex };
        await this.run(['read-tree', treeish], { env });
        await this.run(['checkout-index', '--all', '--force', `--prefix=${dir.endsWith('/') ? dir : `${dir}/`}`], { env });
    }
    /**
     * The unified diff from tree `a` to tree `b` without the `exclude` paths, as judges see
     * it: run in isolation (`isolated`) and as text, so neither the user's diff configuration
     * nor an attribute of the change (`-diff`, `binary`, a textconv or external diff) hides
     * or rewrites a file's lines; no colour, a/ b/ prefixes. Output past `maxBytes` is cut
     * at a line end and flagged as truncated.
     */
    async unifiedDiff(a, b, options) {
        const { maxBytes } = options;
        const args = [
            'diff',
            '--text',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--no-relative',
            '--ignore-submodules=none',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            a,
            b,
            '--',
            '.',
            ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ];
        const out = (await this.isolated((run) => run(args))).stdout;
        if (out.length <= maxBytes)
            return { text: out.toString('utf8'), truncated: false, totalBytes: out.length };
        const cut = out.lastIndexOf(0x0a, maxBytes - 1);
        return { text: out.toString('utf8', 0, cut >= 0 ? cut + 1 : maxBytes), truncated: true, totalBytes: out.length };
    }
    /**
     * The unified diffs of many changes in one `diff-tree --stdin -p`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT", or a "TREE1 TREE2" pair), with the same
     * settings as `unifiedDiff`. Each diff ends with a newline unless it is empty.
     */
    async patchBatch(items, options = {}) {
        const result = new Map();
        if (items.length === 0)
            return result;
        const out = await this.run([
            'diff-tree',
            '--stdin',
            '--always',
            '--root',
            '-r',
            '-p',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--ignore-submodules=none',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            '--',
            '.',
            ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ], { input: items.join('\n') + '\n' });
        const sections = splitBatchOutput(out.stdout.toString('utf8'), items);
        items.forEach((item, i) => {
            const text = (sections[i] ?? '').replace(/\n+$/, '');
            result.set(item, text ? `${text}\n` : '');
        });
        return result;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    /**
     * Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids; with
     * `recursive: false`, the entries the paths name themselves (a folder as one tree entry).
     */
    async lsTree(rev, prefix, options = {}) {
        const paths = typeof prefix === 'string' ? [prefix] : prefix;
        const out = await this.run([
            'ls-tree',
            ...(options.recursive === false ? [] : ['-r']),
            '-z',
            '--full-tree',
            rev,
            '--',
            ...paths,
        ]);
        const entries = [];
        for (const item of out.stdout.toString('utf8').split('\0')) {
            if (!item)
                continue;
            const tab = item.indexOf('\t');
            const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
            entries.push({ mode, type, id, path: item.slice(tab + 1) });
        }
        return entries;
    }
    /** Only the paths of a recursive listing below `prefix`: the cheap form for large ledgers. */
    async lsTreeNames(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Untracked, not ignored files below `prefix` in the working tree. */
    async untrackedFiles(prefix) {
        const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** The object ids of many names (`rev:path`) in one `cat-file --batch-check`; undefined for a missing one. */
    async objectIds(names) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new core_errors/* AoError */.V(`invalid object name ${JSON.stringify(name)}`);
        }
        const ran = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: names.join('\n') + '\n',
        });
        const lines = ran.stdout.toString('latin1').split('\n');
        names.forEach((name, i) => {
            const line = lines[i] ?? '';
            result.set(name, / (missing|ambiguous)$/.test(line) ? undefined : line.split(' ')[0]);
        });
        return result;
    }
    /**
     * The one `git cat-file --batch` process of this repository, started on first use and kept
     * for every later object read (policy, records, trees, commit lookups): no process per read.
     */
    objectReader() {
        this.batch ??= new CatFileBatch(this.topLevel);
        return this.batch;
    }
    /** Reads many objects by id or `rev:path` (unbounded: for small files such as the policy). */
    async readObjects(names) {
        const objects = await this.objectReader().read(names, Number.POSITIVE_INFINITY);
        const result = new Map();
        for (const name of names)
            result.set(name, objects.get(name)?.bytes);
        return result;
    }
    /**
     * Reads many objects, like `readObjects`, but never buffers an object larger than
     * `maxBytes`: its size is read from the batch header and its bytes are skipped as they
     * stream past, so a hostile multi-gigabyte blob costs no memory. Such an object comes back
     * with `size` and `type` but no `bytes`; a missing one as `undefined`.
     */
    async readObjectsBounded(names, maxBytes) {
        // A whole-ledger read asks for every record: no key is made per name unless something was read ahead.
        if (this.prefetched.size === 0)
            return this.objectReader().read(names, maxBytes);
        const early = new Set();
        const rest = [];
        for (const name of names) {
            const key = `${maxBytes}\0${name}`;
            const read = this.prefetched.get(key);
            this.prefetched.delete(key);
            if (read)
                early.add(read);
            else
                rest.push(name);
        }
        if (early.size === 0)
            return this.objectReader().read(names, maxBytes);
        const reads = await Promise.all([...early, this.objectReader().read(rest, maxBytes)]);
        const result = new Map();
        for (const name of names)
            result.set(name, reads.find((read) => read.has(name))?.get(name));
        return result;
    }
    /**
     * Starts reading objects that `readObjectsBounded` will be asked for under the same bound,
     * so git reads them while the caller works on something else. Each is taken once.
     */
    prefetchObjectsBounded(names, maxBytes) {
        if (names.length === 0)
            return;
        const read = this.objectReader().read(names, maxBytes);
        read.catch(() => undefined); // the reader that takes it sees the failure
        for (const name of names)
            this.prefetched.set(`${maxBytes}\0${name}`, read);
    }
    /**
     * Every file added below `prefix` by any commit reachable from any ref (a merge diffed
     * against its first parent, so a record added by the merge itself is found too), newest
     * commit first, in one `git log`. Deleted or changed files are not listed: only additions.
     */
    async addedFilesInHistory(prefix) {
        const out = (await this.run([
            'log',
            '--all',
            '--full-history',
            '--diff-merges=first-parent',
            '--diff-filter=A',
            '-z',
            '--raw',
            '-r',
            '--no-abbrev',
            '--no-renames',
            '--ignore-submodules=none',
            '--format=%x1e%H',
            '--',
            prefix,
        ])).stdout;
        return parseRawLog(out).flatMap(({ header: commit, entries }) => entries
            .filter((entry) => entry.status === 'A')
            .map((entry) => ({ commit, mode: entry.newMode, id: entry.newId, path: entry.path })));
    }
    /**
     * Fetches `refspecs` from `remote` in one process, with whatever credentials are already
     * configured for it (in CI: those actions/checkout persisted as `http.extraheader`).
     * `unshallow` also fetches the complete history of a shallow clone; `depth` limits what a
     * shallow clone gets (e.g. 1: one commit, no history). No tags, no
     * FETCH_HEAD, no automatic gc, and hooks are off: nothing the repository's content
     * could have installed runs.
     */
    async fetch(remote, refspecs, options = {}) {
        for (const spec of [remote, ...refspecs]) {
            if (/[\n\0]/.test(spec) || spec.startsWith('-'))
                throw new core_errors/* AoError */.V(`invalid fetch argument ${JSON.stringify(spec)}`);
        }
        // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
        const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = {
            ...process.env,
            GIT_CONFIG_COUNT: String(n + 1),
            [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath',
            [`GIT_CONFIG_VALUE_${n}`]: '/dev/null',
        };
        await this.run([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-auto-gc',
            '--no-recurse-submodules',
            ...(options.unshallow ? ['--unshallow'] : []),
            ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []),
            remote,
            ...refspecs,
        ], { env });
    }
    /** Stages exact paths, passed on stdin so that any number of them fits. */
    async stage(paths) {
        if (paths.length === 0)
            return;
        await this.run(['add', '--pathspec-from-file=-', '--pathspec-file-nul'], {
            input: paths.map((path) => `:(literal)${path}\0`).join(''),
        });
    }
    /** Every configured remote with its fetch and push URLs, in one `git config` call. */
    async remotes() {
        const result = await this.run(['config', '-z', '--get-regexp', '^remote\\..*\\.(url|pushurl)$'], { okCodes: [1] });
        const remotes = new Map();
        for (const item of result.stdout.toString('utf8').split('\0')) {
            const newline = item.indexOf('\n');
            if (newline < 0)
                continue;
            const key = item.slice(0, newline);
            const name = key.replace(/^remote\./, '').replace(/\.(url|pushurl)$/, '');
            remotes.set(name, [...(remotes.get(name) ?? []), item.slice(newline + 1)]);
        }
        return remotes;
    }
    /**
     * What this clone last saw of a remote's branches: its tracking refs as
     * `refs/heads/NAME -> sha`, and the branch `refs/remotes/REMOTE/HEAD` points at, if set.
     */
    async trackingRefs(remote) {
        const prefix = `refs/remotes/${remote}/`;
        const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)', prefix]);
        const tips = new Map();
        let head;
        for (const line of out.split('\n')) {
            const [ref = '', sha = '', symref = ''] = line.split('\0');
            if (!ref.startsWith(prefix))
                continue;
            const branch = ref.slice(prefix.length);
            if (branch === 'HEAD') {
                if (symref.startsWith(prefix))
                    head = `refs/heads/${symref.slice(prefix.length)}`;
                continue;
            }
            tips.set(`refs/heads/${branch}`, sha);
        }
        return { tips, head };
    }
    /** Asks the remote itself for its branches and default branch (`git ls-remote --symref`): network. */
    async lsRemote(remote) {
        if (/[\n\0]/.test(remote) || remote.startsWith('-'))
            throw new core_errors/* AoError */.V(`invalid remote ${JSON.stringify(remote)}`, { fix: 'push to a remote name or URL' });
        const out = await this.text(['ls-remote', '--symref', remote, 'HEAD', 'refs/heads/*']);
        const tips = new Map();
        let head;
        for (const line of out.split('\n')) {
            const symref = /^ref: (refs\/heads\/\S+)\tHEAD$/.exec(line);
            if (symref) {
                head = symref[1];
                continue;
            }
            const [sha = '', ref = ''] = line.split('\t');
            if (ref.startsWith('refs/heads/'))
                tips.set(ref, sha);
        }
        return { tips, head };
    }
    async configGet(key) {
        const result = await this.run(['config', '--get', key], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    async gitPath(name) {
        return (await this.text(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
    }
    /** The email git would record as the author of the next commit. */
    async authorEmail() {
        const result = await this.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
        if (result.code !== 0)
            return undefined;
        const match = /<([^>]*)>/.exec(result.stdout.toString());
        return match?.[1] || undefined;
    }
}
/**
 * The patch of `diff-tree -p -U0` for `target` (two trees, or --stdin and its input), read
 * for the lines changes add: `--text`, so no NUL byte or binary guess hides a file's lines
 * (and, run in isolation, no attribute either: `-diff`, `binary`, a textconv or external
 * diff); no preimage for deleted files (`--irreversible-delete`), since only added lines
 * are tested. Past `maxBytes` git is stopped and the text so far comes back `truncated`.
 */
async function readPatch(run, target, paths, maxBytes, input) {
    const out = await run([
        '-c',
        'core.quotePath=false',
        'diff-tree',
        '-r',
        '-p',
        '-U0',
        '--text',
        '--irreversible-delete',
        '--no-renames',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        ...target,
        ...pathspecArgs(paths),
    ], { input, maxStdoutBytes: maxBytes });
    return { text: out.stdout.toString('utf8'), truncated: !!out.truncated };
}
/** Exact-path pathspecs; none (the whole diff, filtered afterwards) when the list is too long for argv. */
function pathspecArgs(paths) {
    if (!paths)
        return [];
    const size = paths.reduce((n, p) => n + p.length + 12, 0);
    if (paths.length > 2000 || size > 256 * 1024)
        return [];
    return ['--', ...paths.map((p) => `:(literal)${p}`)];
}
const RAW_DIFF_STDIN = ['diff-tree', '--stdin', '--always', '--root', ...MANIFEST_DIFF];


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
