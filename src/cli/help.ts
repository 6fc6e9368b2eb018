/** Help texts: the interface, as users read it. */
export const VERSION = '0.1.0';

export const HELP: Record<string, string> = {
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
