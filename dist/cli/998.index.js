export const id = 998;
export const ids = [998];
export const modules = {

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ runBuiltinJudge),
/* harmony export */   an: () => (/* binding */ renderJudgePrompt),
/* harmony export */   eM: () => (/* binding */ renderPlanPrompt),
/* harmony export */   parseBuiltinJudge: () => (/* binding */ parseBuiltinJudge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _core_review_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7935);








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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
                fix: '--judge openai:https://api.openai.com/v1',
            });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
                fix: '--judge openai:https://api.openai.com/v1',
            });
        if (url.username || url.password)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('--judge openai:URL must not carry credentials: the command is recorded in the ledger', {
                fix: "pass the key as OPENAI_API_KEY through the policy's check.envAllow",
            });
        return { kind: 'openai', url: url.toString().replace(/\/$/, '') };
    }
    return undefined;
}
/** The review schema as the structured-output features take it (no $id/$schema, strict objects). */
function reviewOutputSchema(strict = false) {
    const finding = {
        type: 'object',
        additionalProperties: false,
        required: strict
            ? ['severity', 'category', 'description', 'path', 'line', 'suggestedFix']
            : ['severity', 'category', 'description'],
        properties: {
            severity: { type: 'string', enum: [..._core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC] },
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
        });
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
            spawnError =
                error.code === 'ENOENT'
                    ? `${program} is not installed (not found on PATH)`
                    : error.message;
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
        child.on('close', (code) => {
            clearTimeout(timer);
            kill();
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut,
                spawnError,
            });
        });
    });
}
function failure(kind, ran, timeoutMs) {
    if (ran.spawnError)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge could not start: ${ran.spawnError}`, { fix: installHint(kind) });
    if (ran.timedOut)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge timed out after ${Math.round(timeoutMs / 1000)} s`, {
            fix: 'raise --timeout, or check that the model service answers',
        });
    // Gemini CLI reports its error as JSON on stdout (`{"error":{"message"}}`), stderr holds only warnings.
    const reported = /"error":\s*\{[^{}]*"message":\s*("(?:[^"\\]|\\.)*")/.exec(ran.stdout)?.[1];
    const tail = (reported ? String(JSON.parse(reported)) : '') ||
        ran.stderr.trim().split('\n').slice(-5).join(' | ') ||
        ran.stdout.trim().slice(0, 300);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge exited ${ran.code}: ${tail}`, { fix: installHint(kind) });
}
function installHint(kind) {
    if (kind === 'claude')
        return "install Claude Code (`npm i -g @anthropic-ai/claude-code`) and allow ANTHROPIC_API_KEY in the policy's check.envAllow";
    // Codex ignores OPENAI_BASE_URL and reads its provider and login from CODEX_HOME (the checker's HOME is empty).
    if (kind === 'codex')
        return "install Codex CLI (`npm i -g @openai/codex`) and allow OPENAI_API_KEY (or CODEX_HOME, for your Codex login and provider config) in the policy's check.envAllow";
    // With GOOGLE_GEMINI_BASE_URL set, Gemini CLI needs an auth type from its settings (GEMINI_CLI_HOME/.gemini/settings.json).
    if (kind === 'gemini')
        return "install Gemini CLI (`npm i -g @google/gemini-cli`) and allow GEMINI_API_KEY (and GEMINI_CLI_HOME, for your settings) in the policy's check.envAllow";
    return "allow OPENAI_API_KEY in the policy's check.envAllow and check the URL";
}
/** The answer as a review, strictly: anything outside the schema is an error, never a pass. */
function asReview(kind, value, model) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge answered outside the review schema: not a JSON object`);
    const answer = value;
    const findings = Array.isArray(answer.findings)
        ? answer.findings.map((item) => {
            const f = (item ?? {});
            const finding = {
                severity: f.severity,
                category: f.category,
                description: f.description,
            };
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
    const parsed = (0,_core_review_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReview */ .wV)(JSON.stringify(review));
    if (!parsed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge answered outside the review schema: ${parsed.error}`);
    return parsed.review;
}
function parseJson(kind, text, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge's ${what} is not JSON (${error.message}); it starts: ${JSON.stringify(text.trim().slice(0, 120))}`);
    }
}
async function runBuiltinJudge(judge, prompt, options) {
    const model = judge.model ?? DEFAULT_MODELS[judge.kind];
    if (judge.kind === 'openai')
        return runOpenAi(judge, model ?? 'gpt-5', prompt, options);
    const session = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)();
    const program = PROGRAMS[judge.kind];
    if (judge.kind === 'claude') {
        const args = [
            '-p',
            '--output-format',
            'json',
            '--json-schema',
            JSON.stringify(reviewOutputSchema()),
            '--session-id',
            session,
            '--no-session-persistence',
            // The checkout's own .claude settings (hooks, permissions) must not steer its judge.
            '--setting-sources',
            '',
            '--permission-mode',
            'plan',
            '--allowedTools',
            'Read,Grep,Glob',
            '--disallowedTools',
            'Bash,Edit,Write,MultiEdit,NotebookEdit,WebFetch,WebSearch',
            ...(model ? ['--model', model] : []),
        ];
        const ran = await runTool(program, args, { input: prompt, ...options });
        if (ran.spawnError || ran.timedOut)
            throw failure('claude', ran, options.timeoutMs);
        const envelope = parseJson('claude', ran.stdout, 'output');
        if (ran.code !== 0 || envelope.is_error)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the claude judge failed: ${String(envelope.result ?? ran.stderr).slice(0, 400)}`, {
                fix: installHint('claude'),
            });
        if (envelope.structured_output === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the claude judge gave no structured output (its answer did not follow the review schema)');
        // The model the CLI actually used (it resolves names and aliases): the one its usage
        // report lists, preferring the one asked for when side calls are listed too.
        const usedModels = Object.keys(envelope.modelUsage ?? {}).map((name) => name.replace(/\[.*\]$/, ''));
        const used = usedModels.length === 1 ? usedModels[0] : (usedModels.find((name) => name === model) ?? usedModels[0]);
        return {
            review: asReview('claude', envelope.structured_output, used ?? model),
            session: typeof envelope.session_id === 'string' ? envelope.session_id : session,
        };
    }
    if (judge.kind === 'codex') {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.env.TMPDIR ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'ao-codex-'));
        try {
            const schemaFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'review.schema.json');
            const lastFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'last-message.json');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(schemaFile, JSON.stringify(reviewOutputSchema(true)));
            const args = [
                'exec',
                '--skip-git-repo-check',
                '--ephemeral',
                '--sandbox',
                'read-only',
                '--output-schema',
                schemaFile,
                '--output-last-message',
                lastFile,
                ...(model ? ['-m', model] : []),
                '-',
            ];
            const ran = await runTool(program, args, { input: prompt, ...options });
            if (ran.code !== 0 || ran.spawnError || ran.timedOut)
                throw failure('codex', ran, options.timeoutMs);
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(lastFile, 'utf8');
            }
            catch {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the codex judge wrote no final message');
            }
            // Its header on stderr names the model and the (ephemeral) session it made for this run.
            const used = /^model: (.+)$/m.exec(ran.stderr)?.[1]?.trim();
            const session = /^session id: ([0-9A-Za-z-]+)$/m.exec(ran.stderr)?.[1];
            return {
                review: asReview('codex', parseJson('codex', text, 'final message'), model ?? used),
                ...(session ? { session } : {}),
            };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
        }
    }
    // Gemini CLI has no structured-output flag: the answer must be the review object, checked strictly here.
    // Headless, it refuses an untrusted folder, and trusting the checkout would apply the change's own
    // .gemini settings and .env (hooks, MCP servers, the model's base URL): it runs in an empty folder it
    // may trust, with the checkout included read-only as a workspace directory.
    const workspace = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.env.TMPDIR ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'ao-gemini-'));
    try {
        const args = [
            '--output-format',
            'json',
            '--skip-trust',
            '--approval-mode',
            'plan',
            '--include-directories',
            options.cwd,
            '--session-id',
            session,
            ...(model ? ['-m', model] : []),
            '-p',
            'Answer with exactly one JSON object of the review schema above, and nothing else.',
        ];
        const input = `${prompt}\n\nThe checkout of the change is the workspace directory ${options.cwd}.\n\nReview schema (JSON Schema):\n${JSON.stringify(reviewOutputSchema())}\n`;
        const ran = await runTool(program, args, { input, ...options, cwd: workspace });
        if (ran.code !== 0 || ran.spawnError || ran.timedOut)
            throw failure('gemini', ran, options.timeoutMs);
        const envelope = parseJson('gemini', ran.stdout.slice(ran.stdout.indexOf('{')), 'output');
        if (typeof envelope.response !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the gemini judge gave no response');
        // The model that answered (role "main"), not the router model that picked it (role "utility_router").
        const models = Object.entries(envelope.stats?.models ?? {});
        const used = (models.find(([, usage]) => usage?.roles && 'main' in usage.roles) ?? models[0])?.[0];
        return {
            review: asReview('gemini', parseJson('gemini', envelope.response.trim(), 'answer'), used ?? model),
            session,
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(workspace, { recursive: true, force: true });
    }
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
                response_format: {
                    type: 'json_schema',
                    json_schema: { name: 'review', strict: true, schema: reviewOutputSchema(true) },
                },
            }),
            signal: controller.signal,
        });
    }
    catch (error) {
        throw controller.signal.aborted
            ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge timed out after ${Math.round(options.timeoutMs / 1000)} s (${judge.url})`, {
                fix: 'raise --timeout, or check that the endpoint answers',
            })
            : new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge could not reach ${judge.url}: ${error.message}`, {
                fix: installHint('openai'),
            });
    }
    finally {
        clearTimeout(timer);
    }
    const text = await response.text();
    if (!response.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge's endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}`, {
            fix: installHint('openai'),
        });
    const body = parseJson('openai', text, 'response');
    const message = body.choices?.[0]?.message;
    if (typeof message?.refusal === 'string' && message.refusal)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge refused: ${message.refusal.slice(0, 300)}`);
    if (typeof message?.content !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V("the openai judge's response has no message content");
    return {
        review: asReview('openai', parseJson('openai', message.content, 'answer'), typeof body.model === 'string' ? body.model : model),
    };
}


/***/ })

};
