export const id = 8;
export const ids = [8,919];
export const modules = {

/***/ 1008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  builtinJudgeCommand: () => (/* binding */ builtinJudgeCommand),
  cmdJudge: () => (/* binding */ cmdJudge),
  judgeModels: () => (/* binding */ judgeModels),
  parseBuiltinJudge: () => (/* reexport */ parseBuiltinJudge)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schemas.ts + 5 modules
var schemas = __webpack_require__(1867);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(1603);
// EXTERNAL MODULE: ./src/repo/context.ts + 1 modules
var repo_context = __webpack_require__(5299);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/review.ts
var core_review = __webpack_require__(3021);
;// CONCATENATED MODULE: ./src/repo/judges/builtin.ts







/** Default models; `--judge-model` selects another. */
const DEFAULT_MODELS = {
    claude: 'claude-sonnet-4-5',
    codex: undefined,
    gemini: undefined,
    openai: 'gpt-5',
};
const PROGRAMS = { claude: 'claude', codex: 'codex', gemini: 'gemini' };
/** `claude`, `codex`, `gemini` or `openai:URL` as a built-in judge; undefined for a command. */
function parseBuiltinJudge(text) {
    const trimmed = text.trim();
    if (trimmed === 'claude' || trimmed === 'codex' || trimmed === 'gemini')
        return { kind: trimmed };
    const openai = /^openai:(\S+)$/.exec(trimmed);
    if (openai) {
        let url;
        try {
            url = new URL(openai[1]);
        }
        catch {
            throw new errors/* AoError */.VS(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, { fix: '--judge openai:https://api.openai.com/v1' });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new errors/* AoError */.VS(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, { fix: '--judge openai:https://api.openai.com/v1' });
        if (url.username || url.password)
            throw new errors/* AoError */.VS('--judge openai:URL must not carry credentials: the command is recorded in the ledger', { fix: 'pass the key as OPENAI_API_KEY through the policy\'s check.envAllow' });
        return { kind: 'openai', url: url.toString().replace(/\/$/, '') };
    }
    return undefined;
}
/** The review schema as the structured-output features take it (no $id/$schema, strict objects). */
function reviewOutputSchema(strict = false) {
    const finding = {
        type: 'object',
        additionalProperties: false,
        required: strict ? ['severity', 'category', 'description', 'path', 'line', 'suggestedFix'] : ['severity', 'category', 'description'],
        properties: {
            severity: { type: 'string', enum: ['info', 'low', 'medium', 'high', 'critical'] },
            category: { type: 'string' },
            description: { type: 'string' },
            path: strict ? { type: ['string', 'null'] } : { type: 'string' },
            line: strict ? { type: ['integer', 'null'] } : { type: 'integer' },
            suggestedFix: strict ? { type: ['string', 'null'] } : { type: 'string' },
        },
    };
    return {
        type: 'object',
        additionalProperties: false,
        required: ['verdict', 'summary', 'findings'],
        properties: {
            verdict: { type: 'string', enum: ['pass', 'warn', 'fail'] },
            summary: { type: 'string' },
            findings: { type: 'array', items: finding },
        },
    };
}
function renderJudgePrompt(request) {
    return `You are an independent reviewer of a code change that someone else wrote, in a fresh session.
Your working directory is a checkout of the tree after the change; read any file you need. Do not modify anything.

Judge correctness, security, tests and clarity; do not nitpick style. Answer with the review object only:
- verdict: "fail" for anything that must not land, "warn" for findings worth reading, "pass" otherwise;
- summary: one paragraph;
- findings: each with severity (info, low, medium, high, critical), category, description, and where you can
  the repository-relative path, the line and a suggested fix.

Project context (constraints, learnings and recent failures for these paths):
${request.context || '(none recorded)'}

The change (${request.subject.label}, ${request.manifest.length} file${request.manifest.length === 1 ? '' : 's'}, digest ${request.subject.digest})${request.diffTruncated ? ', diff truncated: read the files for the rest' : ''}:
${request.diff}`;
}
function renderPlanPrompt(plan, context, paths) {
    return `You are pressure-testing a plan before any code is written (a pre-mortem), in a fresh session.
Imagine the change was made exactly as planned and failed: say how. Check the plan against the project's
constraints and learnings below. Answer with the review object only: verdict "fail" when the plan must change
before coding starts, "warn" for risks worth handling, "pass" otherwise; findings name the risk and the fix.

Planned paths: ${paths.join(', ') || '(not given)'}

Project context:
${context || '(none recorded)'}

The plan:
${plan}`;
}
function runTool(program, args, options) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const out = [];
        const err = [];
        let size = 0;
        let timedOut = false;
        let spawnError;
        const kill = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // gone already
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs);
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size <= 16 * 1024 * 1024)
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 256)
                err.push(chunk);
        });
        child.on('error', (error) => {
            spawnError = error.code === 'ENOENT' ? `${program} is not installed (not found on PATH)` : error.message;
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
        child.on('close', (code) => {
            clearTimeout(timer);
            kill();
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, spawnError });
        });
    });
}
function failure(kind, ran, timeoutMs) {
    if (ran.spawnError)
        return new errors/* AoError */.VS(`the ${kind} judge could not start: ${ran.spawnError}`, { fix: installHint(kind) });
    if (ran.timedOut)
        return new errors/* AoError */.VS(`the ${kind} judge timed out after ${Math.round(timeoutMs / 1000)} s`, { fix: 'raise --timeout, or check that the model service answers' });
    const tail = ran.stderr.trim().split('\n').slice(-5).join(' | ') || ran.stdout.trim().slice(0, 300);
    return new errors/* AoError */.VS(`the ${kind} judge exited ${ran.code}: ${tail}`, { fix: installHint(kind) });
}
function installHint(kind) {
    if (kind === 'claude')
        return 'install Claude Code (`npm i -g @anthropic-ai/claude-code`) and allow ANTHROPIC_API_KEY in the policy\'s check.envAllow';
    if (kind === 'codex')
        return 'install Codex CLI (`npm i -g @openai/codex`) and allow OPENAI_API_KEY in the policy\'s check.envAllow';
    if (kind === 'gemini')
        return 'install Gemini CLI (`npm i -g @google/gemini-cli`) and allow GEMINI_API_KEY in the policy\'s check.envAllow';
    return 'allow OPENAI_API_KEY in the policy\'s check.envAllow and check the URL';
}
/** The answer as a review, strictly: anything outside the schema is an error, never a pass. */
function asReview(kind, value, model) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* AoError */.VS(`the ${kind} judge answered outside the review schema: not a JSON object`);
    const answer = value;
    const findings = Array.isArray(answer.findings)
        ? answer.findings.map((item) => {
            const f = (item ?? {});
            const finding = { severity: f.severity, category: f.category, description: f.description };
            const path = typeof f.path === 'string' ? f.path : f.location?.path;
            const line = typeof f.line === 'number' ? f.line : f.location?.line;
            if (typeof path === 'string' && path !== '')
                finding.location = typeof line === 'number' ? { path, line } : { path };
            if (typeof f.suggestedFix === 'string' && f.suggestedFix !== '')
                finding.suggestedFix = f.suggestedFix;
            for (const key of Object.keys(f))
                if (!['severity', 'category', 'description', 'path', 'line', 'suggestedFix', 'location'].includes(key))
                    finding[key] = f[key];
            return finding;
        })
        : answer.findings;
    const extra = Object.keys(answer).filter((key) => !['verdict', 'summary', 'findings'].includes(key));
    const review = { verdict: answer.verdict, summary: answer.summary };
    if (findings !== undefined)
        review.findings = findings;
    for (const key of extra)
        review[key] = answer[key];
    if (model)
        review.model = model;
    const parsed = (0,core_review/* parseReview */.wV)(JSON.stringify(review));
    if (!parsed.ok)
        throw new errors/* AoError */.VS(`the ${kind} judge answered outside the review schema: ${parsed.error}`);
    return parsed.review;
}
function parseJson(kind, text, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* AoError */.VS(`the ${kind} judge's ${what} is not JSON (${error.message}); it starts: ${JSON.stringify(text.trim().slice(0, 120))}`);
    }
}
async function runBuiltinJudge(judge, prompt, options) {
    const model = judge.model ?? DEFAULT_MODELS[judge.kind];
    if (judge.kind === 'openai')
        return runOpenAi(judge, model ?? 'gpt-5', prompt, options);
    const session = (0,external_node_crypto_.randomUUID)();
    const program = PROGRAMS[judge.kind];
    if (judge.kind === 'claude') {
        const args = [
            '-p',
            '--output-format', 'json',
            '--json-schema', JSON.stringify(reviewOutputSchema()),
            '--session-id', session,
            '--no-session-persistence',
            // The checkout's own .claude settings (hooks, permissions) must not steer its judge.
            '--setting-sources', '',
            '--permission-mode', 'plan',
            '--allowedTools', 'Read,Grep,Glob',
            '--disallowedTools', 'Bash,Edit,Write,MultiEdit,NotebookEdit,WebFetch,WebSearch',
            ...(model ? ['--model', model] : []),
        ];
        const ran = await runTool(program, args, { input: prompt, ...options });
        if (ran.spawnError || ran.timedOut)
            throw failure('claude', ran, options.timeoutMs);
        const envelope = parseJson('claude', ran.stdout, 'output');
        if (ran.code !== 0 || envelope.is_error)
            throw new errors/* AoError */.VS(`the claude judge failed: ${String(envelope.result ?? ran.stderr).slice(0, 400)}`, { fix: installHint('claude') });
        if (envelope.structured_output === undefined)
            throw new errors/* AoError */.VS('the claude judge gave no structured output (its answer did not follow the review schema)');
        // The model the CLI actually used (it resolves names and aliases): the one its usage
        // report lists, preferring the one asked for when side calls are listed too.
        const usedModels = Object.keys(envelope.modelUsage ?? {}).map((name) => name.replace(/\[.*\]$/, ''));
        const used = usedModels.length === 1 ? usedModels[0] : usedModels.find((name) => name === model) ?? usedModels[0];
        return { review: asReview('claude', envelope.structured_output, used ?? model), session: typeof envelope.session_id === 'string' ? envelope.session_id : session };
    }
    if (judge.kind === 'codex') {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.env.TMPDIR ?? (0,external_node_os_.tmpdir)(), 'ao-codex-'));
        try {
            const schemaFile = (0,external_node_path_.join)(dir, 'review.schema.json');
            const lastFile = (0,external_node_path_.join)(dir, 'last-message.json');
            (0,external_node_fs_.writeFileSync)(schemaFile, JSON.stringify(reviewOutputSchema(true)));
            const args = ['exec', '--skip-git-repo-check', '--ephemeral', '--sandbox', 'read-only', '--output-schema', schemaFile, '--output-last-message', lastFile, ...(model ? ['-m', model] : []), '-'];
            const ran = await runTool(program, args, { input: prompt, ...options });
            if (ran.code !== 0 || ran.spawnError || ran.timedOut)
                throw failure('codex', ran, options.timeoutMs);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(lastFile, 'utf8');
            }
            catch {
                throw new errors/* AoError */.VS('the codex judge wrote no final message');
            }
            const used = /^model: (.+)$/m.exec(ran.stderr)?.[1]?.trim();
            return { review: asReview('codex', parseJson('codex', text, 'final message'), model ?? used) };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    // Gemini CLI has no structured-output flag: the answer must be the review object, checked strictly here.
    const args = ['--output-format', 'json', '--approval-mode', 'plan', '--session-id', session, ...(model ? ['-m', model] : []), '-p', 'Answer with exactly one JSON object of the review schema above, and nothing else.'];
    const ran = await runTool(program, args, { input: `${prompt}\n\nReview schema (JSON Schema):\n${JSON.stringify(reviewOutputSchema())}\n`, ...options });
    if (ran.code !== 0 || ran.spawnError || ran.timedOut)
        throw failure('gemini', ran, options.timeoutMs);
    const envelope = parseJson('gemini', ran.stdout.slice(ran.stdout.indexOf('{')), 'output');
    if (typeof envelope.response !== 'string')
        throw new errors/* AoError */.VS('the gemini judge gave no response');
    const used = Object.keys(envelope.stats?.models ?? {})[0];
    return { review: asReview('gemini', parseJson('gemini', envelope.response.trim(), 'answer'), used ?? model), session };
}
async function runOpenAi(judge, model, prompt, options) {
    const key = options.env.OPENAI_API_KEY;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let response;
    try {
        response = await fetch(`${judge.url}/chat/completions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify({
                model,
                messages: [
                    { role: 'system', content: 'You review code changes and answer with the requested JSON object only.' },
                    { role: 'user', content: prompt },
                ],
                response_format: { type: 'json_schema', json_schema: { name: 'review', strict: true, schema: reviewOutputSchema(true) } },
            }),
            signal: controller.signal,
        });
    }
    catch (error) {
        throw controller.signal.aborted
            ? new errors/* AoError */.VS(`the openai judge timed out after ${Math.round(options.timeoutMs / 1000)} s (${judge.url})`, { fix: 'raise --timeout, or check that the endpoint answers' })
            : new errors/* AoError */.VS(`the openai judge could not reach ${judge.url}: ${error.message}`, { fix: installHint('openai') });
    }
    finally {
        clearTimeout(timer);
    }
    const text = await response.text();
    if (!response.ok)
        throw new errors/* AoError */.VS(`the openai judge's endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}`, { fix: installHint('openai') });
    const body = parseJson('openai', text, 'response');
    const message = body.choices?.[0]?.message;
    if (typeof message?.refusal === 'string' && message.refusal)
        throw new errors/* AoError */.VS(`the openai judge refused: ${message.refusal.slice(0, 300)}`);
    if (typeof message?.content !== 'string')
        throw new errors/* AoError */.VS('the openai judge\'s response has no message content');
    return { review: asReview('openai', parseJson('openai', message.content, 'answer'), typeof body.model === 'string' ? body.model : model) };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/cli/cmd-learn.ts
var cmd_learn = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/cli/context.ts
var cli_context = __webpack_require__(399);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(1037);
;// CONCATENATED MODULE: ./src/cli/cmd-judge.ts










const DEFAULT_TIMEOUT_S = 600;
/**
 * `ao judge KIND`: a built-in judge as a program of the `ao check` judge protocol (review
 * request on stdin, review on stdout). `ao check --judge claude` runs it in the checker's
 * fresh checkout. With `--plan FILE` it pressure-tests a plan instead (the /pre-mortem).
 */
async function cmdJudge(cli, args) {
    const { values, positionals } = (0,cli_args/* parse */.qg)('judge', (0,cmd_learn.expandMultiValue)(args, ['--paths']), {
        model: { type: 'string' },
        timeout: { type: 'string' },
        plan: { type: 'string' },
        paths: { type: 'string', multiple: true },
    });
    if (values.help)
        return cli.out(help/* HELP */._.judge), 0;
    const judge = positionals.length === 1 ? parseBuiltinJudge(positionals[0]) : undefined;
    if (!judge)
        throw new errors/* AoError */.VS('ao judge takes one judge: claude, codex, gemini or openai:URL', { fix: 'ao judge claude --model claude-sonnet-4-5 < request.json' });
    if (values.model !== undefined)
        judge.model = values.model;
    const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : Number(values.timeout);
    if (!(timeoutS > 0 && timeoutS <= 86_400))
        throw new errors/* AoError */.VS(`--timeout takes seconds, not ${JSON.stringify(values.timeout)}`, { fix: '--timeout 300' });
    const options = { cwd: cli.cwd, env: cli.env, timeoutMs: Math.round(timeoutS * 1000) };
    if (values.plan !== undefined)
        return preMortem(cli, judge, values.plan, values.paths ?? [], options);
    const text = await cli.stdin();
    let request;
    try {
        request = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* AoError */.VS(`ao judge reads a review request on stdin, and this is not JSON (${error.message})`, { fix: 'run it through `ao check --judge claude`', exitCode: 1 });
    }
    const problems = (0,schemas/* validateReviewRequestShape */.HJ)(request);
    if (problems.length > 0)
        throw new errors/* AoError */.VS(`the review request does not match agentops-verdict/review-request@1: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix: 'run it through `ao check --judge claude`', exitCode: 1 });
    try {
        const run = await runBuiltinJudge(judge, renderJudgePrompt(request), options);
        const review = run.session ? { ...run.review, summary: `${run.review.summary} [${judge.kind} session ${run.session}, fresh]`.slice(0, 4000) } : run.review;
        cli.out(JSON.stringify(review));
        return 0;
    }
    catch (error) {
        // ao check records a non-zero exit without a review as an error: never a pass.
        if (error instanceof errors/* AoError */.VS)
            throw new errors/* AoError */.VS(error.message, { fix: error.fix, exitCode: 1 });
        throw error;
    }
}
async function preMortem(cli, judge, planFile, paths, options) {
    let plan;
    try {
        plan = (0,external_node_fs_.readFileSync)(planFile, 'utf8');
    }
    catch (error) {
        throw new errors/* AoError */.VS(`cannot read the plan ${planFile}: ${error.message}`, { fix: 'write the plan to a file and pass it: ao judge claude --plan plan.md --paths src/x.ts' });
    }
    const git = await (0,cli_context/* openRepo */.B)(cli);
    const context = await (0,repo_context/* contextForJudges */.dh)(git, paths);
    const { review } = await runBuiltinJudge(judge, renderPlanPrompt(plan, context, paths), { ...options, cwd: git.topLevel });
    cli.out(JSON.stringify(review, null, 2));
    cli.err(`ao judge: pre-mortem by ${judge.kind}${review.model ? ` (${review.model})` : ''}: ${review.verdict}: ${review.summary}`);
    for (const finding of review.findings ?? [])
        cli.err(`  ${finding.severity} ${finding.category}: ${finding.description}${finding.suggestedFix ? `\n    fix: ${finding.suggestedFix}` : ''}`);
    return review.verdict === 'fail' ? 1 : 0;
}
/** The command `ao check` runs for a built-in judge: this very ao, by absolute path. */
function builtinJudgeCommand(judge, timeoutS) {
    const entry = (0,external_node_fs_.realpathSync)(process.argv[1]);
    return [process.execPath, entry, 'judge', judge.kind === 'openai' ? `openai:${judge.url}` : judge.kind, ...(judge.model ? ['--model', judge.model] : []), '--timeout', String(Math.max(0.5, timeoutS - Math.min(5, timeoutS / 10)))]
        .map(shell/* shellQuote */.Z)
        .join(' ');
}

/** The `--judge-model` given after each `--judge` (before the next), by judge index. */
function judgeModels(tokens) {
    const models = [];
    let judges = 0;
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'judge') {
            judges++;
            models.push(undefined);
        }
        if (token.name === 'judge-model') {
            if (judges === 0)
                throw new errors/* AoError */.VS('--judge-model selects the model of the --judge before it, and none comes before it', { fix: 'write it after its judge: --judge claude --judge-model claude-opus-4-1' });
            if (models[judges - 1] !== undefined)
                throw new errors/* AoError */.VS('a judge is given --judge-model twice', { fix: 'give each --judge at most one --judge-model' });
            models[judges - 1] = token.value ?? '';
        }
    }
    return models;
}


/***/ }),

/***/ 5919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdLearn: () => (/* binding */ cmdLearn),
/* harmony export */   cmdPromote: () => (/* binding */ cmdPromote),
/* harmony export */   cmdRetire: () => (/* binding */ cmdRetire),
/* harmony export */   constraintIdFor: () => (/* binding */ constraintIdFor),
/* harmony export */   expandMultiValue: () => (/* binding */ expandMultiValue),
/* harmony export */   findRecord: () => (/* binding */ findRecord),
/* harmony export */   readAllRecords: () => (/* binding */ readAllRecords)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4165);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1603);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6752);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9844);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5435);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8377);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(791);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7155);
/* harmony import */ var _cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6416);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1037);















/** Every record of the working tree's ledger, in ledger order. */
async function readAllRecords(git) {
    const view = await _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__/* .LedgerView */ .Bw.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB);
}
/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
function findRecord(records, prefix, type, role) {
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: `copy the ${role}'s id from \`ao log\`` });
    }
    const matches = records.filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
    if (matches.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${wanted} is ambiguous: ${matches.map((r) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (record.type !== type)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id)} is a ${record.type} record, not a ${type}`, { fix: `name a ${role} (see \`ao log\`)` });
    return record;
}
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
const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;
function checkGlobs(globs, flag) {
    const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
    for (const glob of cleaned) {
        if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
        }
    }
    if (cleaned.length > 100)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
    return [...new Set(cleaned)];
}
/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli, git, values) {
    const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
    if (!id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('cannot tell who is recording this', { fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`' });
    return { id, kind: (0,_cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__.parseActorKind)(values['by-kind'], '--by-kind') };
}
const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } };
/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path) {
    return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
async function cmdLearn(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('learn', expandMultiValue(args, ['--paths', '--tag']), {
        paths: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        from: { type: 'string' },
        negative: { type: 'boolean' },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.learn), 0;
    const text = positionals.join(' ').trim();
    if (!text) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao learn needs the lesson as TEXT', { fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)` });
    }
    if (text.length > 4000)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`the lesson is ${text.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const tags = [...new Set(values.tag ?? [])];
    for (const tag of tags) {
        if (!TAG_PATTERN.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`, { fix: '--tag security --tag logging' });
    }
    if (tags.length > 20)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
    let paths;
    if (values.paths?.length)
        paths = checkGlobs(values.paths, '--paths');
    else if (from) {
        // Default to what the verdict was about: its findings' paths, else the paths it covered.
        const findingPaths = from.evidence.flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : [])).filter((p) => !!p);
        const subjectPaths = from.subject.entries.map((e) => e.path).filter((p) => !!p);
        paths = [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
        if (paths.length === 0 || paths.length > 100)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`cannot take the paths from verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(from.id)} (${paths.length} paths)`, { fix: `name them: --paths 'src/**'` });
    }
    else
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao learn needs --paths: the globs the lesson is about', { fix: `ao learn "${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(text, 40)}" --paths 'src/auth/**'` });
    const author = await actorFrom(cli, git, values);
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => ({
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
        type: 'learning',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        text,
        paths,
        tags,
        negative: values.negative ?? false,
        ...(from ? { from: from.id } : {}),
        author,
    }), { stage: true });
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    cli.err(`recorded learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(from.id)})` : ''}\n` +
        `  ${path} is staged: it lands with the next commit\n` +
        `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`);
    return 0;
}
function readWorktreePolicy(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} does not exist in the working tree`, { fix: 'run `ao init` and commit the .agents/ directory' });
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    const policy = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(bytes, 'the working tree');
    return { text: bytes.toString('utf8'), json: JSON.parse(bytes.toString('utf8')), policy };
}
/** The policy file with its constraints replaced, in the file's own two-space JSON form. */
function renderPolicyWith(file, constraints) {
    const json = { ...file.json, constraints };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(Buffer.from(text), 'the working tree (after the edit)');
    return text;
}
/** The order keys take in a constraint written to the policy: id and back-link first, then paths, the rule, the note. */
function orderedConstraint(c) {
    const { kind, value } = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c);
    return { id: c.id, learning: c.learning, paths: c.paths, [kind]: value, ...(c.note ? { note: c.note } : {}) };
}
function constraintIdFor(text, taken, learningId) {
    const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    let slug = '';
    for (const word of words) {
        if (`${slug}-${word}`.length > 32)
            break;
        slug = slug ? `${slug}-${word}` : word;
    }
    if (!slug)
        slug = `c-${learningId.slice(7, 19)}`;
    let id = slug;
    for (let n = 2; taken.has(id); n++)
        id = `${slug}-${n}`;
    return id;
}
const RULE_FLAGS = {
    'require-evidence': 'requireEvidence',
    'require-checker-kind': 'requireCheckerKind',
    'forbid-pattern': 'forbidPattern',
    'require-check': 'requireCheck',
};
async function cmdPromote(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('promote', expandMultiValue(args, ['--paths']), {
        'require-evidence': { type: 'string' },
        'require-checker-kind': { type: 'string' },
        'forbid-pattern': { type: 'string' },
        'require-check': { type: 'string' },
        id: { type: 'string' },
        paths: { type: 'string', multiple: true },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.promote), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao promote needs one learning id', { fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)' });
    const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag] !== undefined);
    if (given.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`, {
            fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
        });
    }
    const flag = given[0];
    const kind = RULE_FLAGS[flag];
    const value = values[flag];
    if (kind === 'requireEvidence' && !['test', 'command', 'review', 'link'].includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, { fix: '--require-evidence test' });
    }
    if (kind === 'requireCheckerKind')
        (0,_cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__.parseActorKind)(value, '--require-checker-kind');
    if (kind === 'requireCheck' && value.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`, { fix: '--id no-console-log' });
    }
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const learning = findRecord(records, prefix, 'learning', 'learning');
    const author = await actorFrom(cli, git, values);
    const paths = values.paths?.length ? checkGlobs(values.paths, '--paths') : learning.paths;
    const note = learning.text.length > 500 ? `${learning.text.slice(0, 499)}…` : learning.text;
    let constraint;
    let restore;
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        const taken = new Set(existing.map((c) => c.id));
        const id = values.id ?? constraintIdFor(learning.text, taken, learning.id);
        if (taken.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} already has a constraint "${id}"`, { fix: 'choose another name with --id NAME' });
        const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value });
        const same = existing.find((c) => c.learning === learning.id && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c).kind === kind && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c).value === value);
        if (same)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(learning.id)} is already enforced this way by constraint "${same.id}"`, { fix: 'nothing to do; see .agents/policy.json' });
        if ('forbidPattern' in fresh)
            (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .compileForbidPattern */ .AE)(fresh, '--forbid-pattern');
        const text = renderPolicyWith(file, [...existing, fresh]);
        (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), text);
        constraint = fresh;
        restore = () => (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), file.text);
        return { schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep, type: 'promotion', seq: tip.nextSeq, prev: tip.heads, createdAt: new Date().toISOString(), ledger: tip.genesisId, learning: learning.id, constraint: fresh, author };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$]);
    const made = constraint;
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `promoted learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(learning.id)} to constraint "${made.id}" in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}: on ${made.paths.join(', ')}, ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRule */ .IO)(made)}`,
        `  ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and ${path} are staged`,
        `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${cli.env.AO_CHECKER ?? 'CHECKER-ID'}`,
        `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'));
    return 0;
}
async function cmdRetire(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('retire', args, { why: { type: 'string' }, ...BY_OPTIONS });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.retire), 0;
    const [id] = positionals;
    if (!id || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao retire needs one constraint id', { fix: `ao retire no-console-log --why "the logger now redacts secrets"` });
    const why = values.why?.trim();
    if (!why)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao retire needs --why: the ratchet only slips back on the record', { fix: `ao retire ${id} --why "what changed, so this no longer holds"` });
    if (why.length > 4000)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--why is ${why.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const author = await actorFrom(cli, git, values);
    const latestPromotion = records.filter((r) => r.type === 'promotion' && r.constraint.id === id).at(-1);
    const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
    // Taken out of the file by hand already: the retirement record is what is missing.
    const inHead = (await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .policyAt */ .E4)(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id);
    const known = inWorktree ?? inHead ?? latestPromotion?.constraint;
    // The back-link names the promotion of exactly this constraint (none for one added by hand).
    const promotion = known && records.filter((r) => r.type === 'promotion' && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .constraintKey */ .Zq)(r.constraint) === (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .constraintKey */ .Zq)(known)).at(-1);
    if (!known) {
        const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`no constraint "${id}" in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
    }
    // Still in HEAD's policy: this change takes it out, and needs a retirement of its own.
    if (!inWorktree && !inHead && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .retirementIndex */ .gK)(records, _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB)(id)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`constraint "${id}" is not in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and is already retired on record`, { fix: 'nothing to do; `ao log` shows the retirement' });
    }
    let restore;
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        if (existing.some((c) => c.id === id)) {
            (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), renderPolicyWith(file, existing.filter((c) => c.id !== id)));
            restore = () => (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), file.text);
        }
        return {
            schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
            type: 'retirement',
            seq: tip.nextSeq,
            prev: tip.heads,
            createdAt: new Date().toISOString(),
            ledger: tip.genesisId,
            constraint: id,
            learning: known.learning,
            ...(promotion ? { promotion: promotion.id } : {}),
            why,
            author,
        };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$]);
    const learning = records.find((r) => r.type === 'learning' && r.id === known.learning);
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `retired constraint "${id}" (${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .learnedIn */ .tP)(known, learning)})${inWorktree ? ` and took it out of ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}` : `; it was already out of ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}`}`,
        `  why: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(why, 200)}`,
        `  ${inWorktree ? `${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and ` : ''}${path} ${inWorktree ? 'are' : 'is'} staged`,
        inWorktree
            ? `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_14__/* .shellQuote */ .Z)(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`
            : `  commit it with the change that removed the constraint`,
        `  the learning stays in the ledger: \`ao context\` still shows it`,
    ].join('\n'));
    return 0;
}


/***/ })

};
