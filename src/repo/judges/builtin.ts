import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AoError } from '../../core/errors.js';
import { SEVERITIES } from '../../core/record.js';
import { parseReview, type Review, type ReviewRequest } from '../../core/review.js';

/**
 * The built-in judges of `ao check --judge claude|codex|gemini|openai:URL`: each renders the
 * review request (and the compiled context in it) into one prompt, asks a real agent CLI or
 * an OpenAI-compatible endpoint for a review, in a fresh session, read-only, in the
 * checker's fresh checkout, and forces the answer into the review schema with the tool's
 * own structured-output feature (Claude Code `--json-schema`, Codex `--output-schema`, the
 * chat endpoint's `response_format`; Gemini CLI has none, so its answer is validated here).
 * The judge decides nothing: the answer is parsed strictly and the council and the policy's
 * `check.failOn` decide in code.
 */

type BuiltinKind = 'claude' | 'codex' | 'gemini' | 'openai';

export interface BuiltinJudge {
  kind: BuiltinKind;
  /** The chat endpoint's base URL (openai only), e.g. http://127.0.0.1:8080/v1. */
  url?: string;
  model?: string;
}

/** Default models; `--judge-model` selects another. */
const DEFAULT_MODELS: Record<BuiltinKind, string | undefined> = {
  claude: 'claude-sonnet-4-5',
  codex: undefined,
  gemini: undefined,
  openai: 'gpt-5',
};

const PROGRAMS: Record<Exclude<BuiltinKind, 'openai'>, string> = { claude: 'claude', codex: 'codex', gemini: 'gemini' };

/** `claude`, `codex`, `gemini` or `openai:URL` as a built-in judge; undefined for a command. */
export function parseBuiltinJudge(text: string): BuiltinJudge | undefined {
  const trimmed = text.trim();
  if (trimmed === 'claude' || trimmed === 'codex' || trimmed === 'gemini') return { kind: trimmed };
  const openai = /^openai:(\S+)$/.exec(trimmed);
  if (openai) {
    let url: URL;
    try {
      url = new URL(openai[1]!);
    } catch {
      throw new AoError(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
        fix: '--judge openai:https://api.openai.com/v1',
      });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new AoError(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
        fix: '--judge openai:https://api.openai.com/v1',
      });
    if (url.username || url.password)
      throw new AoError('--judge openai:URL must not carry credentials: the command is recorded in the ledger', {
        fix: "pass the key as OPENAI_API_KEY through the policy's check.envAllow",
      });
    return { kind: 'openai', url: url.toString().replace(/\/$/, '') };
  }
  return undefined;
}

/** The review schema as the structured-output features take it (no $id/$schema, strict objects). */
function reviewOutputSchema(strict = false): object {
  const finding = {
    type: 'object',
    additionalProperties: false,
    required: strict
      ? ['severity', 'category', 'description', 'path', 'line', 'suggestedFix']
      : ['severity', 'category', 'description'],
    properties: {
      severity: { type: 'string', enum: [...SEVERITIES] },
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

export function renderJudgePrompt(request: ReviewRequest): string {
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

export function renderPlanPrompt(plan: string, context: string, paths: string[]): string {
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

export interface JudgeRun {
  review: Review;
  /** The session the judge ran in (fresh, made up by ao for this run), when the tool has one. */
  session?: string;
}

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  spawnError?: string;
}

function runTool(
  program: string,
  args: string[],
  options: { input: string; cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let spawnError: string | undefined;
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 16 * 1024 * 1024) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 256) err.push(chunk);
    });
    child.on('error', (error) => {
      spawnError =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
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

function failure(kind: BuiltinKind, ran: Spawned, timeoutMs: number): AoError {
  if (ran.spawnError)
    return new AoError(`the ${kind} judge could not start: ${ran.spawnError}`, { fix: installHint(kind) });
  if (ran.timedOut)
    return new AoError(`the ${kind} judge timed out after ${Math.round(timeoutMs / 1000)} s`, {
      fix: 'raise --timeout, or check that the model service answers',
    });
  // Gemini CLI reports its error as JSON on stdout (`{"error":{"message"}}`), stderr holds only warnings.
  const reported = /"error":\s*\{[^{}]*"message":\s*("(?:[^"\\]|\\.)*")/.exec(ran.stdout)?.[1];
  const tail =
    (reported ? String(JSON.parse(reported)) : '') ||
    ran.stderr.trim().split('\n').slice(-5).join(' | ') ||
    ran.stdout.trim().slice(0, 300);
  return new AoError(`the ${kind} judge exited ${ran.code}: ${tail}`, { fix: installHint(kind) });
}

function installHint(kind: BuiltinKind): string {
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
function asReview(kind: BuiltinKind, value: unknown, model: string | undefined): Review {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new AoError(`the ${kind} judge answered outside the review schema: not a JSON object`);
  const answer = value as { verdict?: unknown; summary?: unknown; findings?: unknown };
  const findings = Array.isArray(answer.findings)
    ? answer.findings.map((item: unknown) => {
        const f = (item ?? {}) as Record<string, unknown>;
        const finding: Record<string, unknown> = {
          severity: f.severity,
          category: f.category,
          description: f.description,
        };
        const path = typeof f.path === 'string' ? f.path : (f.location as { path?: unknown } | undefined)?.path;
        const line = typeof f.line === 'number' ? f.line : (f.location as { line?: unknown } | undefined)?.line;
        if (typeof path === 'string' && path !== '')
          finding.location = typeof line === 'number' ? { path, line } : { path };
        if (typeof f.suggestedFix === 'string' && f.suggestedFix !== '') finding.suggestedFix = f.suggestedFix;
        for (const key of Object.keys(f))
          if (!['severity', 'category', 'description', 'path', 'line', 'suggestedFix', 'location'].includes(key))
            finding[key] = f[key];
        return finding;
      })
    : answer.findings;
  const extra = Object.keys(answer).filter((key) => !['verdict', 'summary', 'findings'].includes(key));
  const review: Record<string, unknown> = { verdict: answer.verdict, summary: answer.summary };
  if (findings !== undefined) review.findings = findings;
  for (const key of extra) review[key] = (answer as Record<string, unknown>)[key];
  if (model) review.model = model;
  const parsed = parseReview(JSON.stringify(review));
  if (!parsed.ok) throw new AoError(`the ${kind} judge answered outside the review schema: ${parsed.error}`);
  return parsed.review;
}

function parseJson(kind: BuiltinKind, text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AoError(
      `the ${kind} judge's ${what} is not JSON (${(error as Error).message}); it starts: ${JSON.stringify(text.trim().slice(0, 120))}`,
    );
  }
}

export async function runBuiltinJudge(
  judge: BuiltinJudge,
  prompt: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<JudgeRun> {
  const model = judge.model ?? DEFAULT_MODELS[judge.kind];
  if (judge.kind === 'openai') return runOpenAi(judge, model ?? 'gpt-5', prompt, options);
  const session = randomUUID();
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
    if (ran.spawnError || ran.timedOut) throw failure('claude', ran, options.timeoutMs);
    const envelope = parseJson('claude', ran.stdout, 'output') as {
      is_error?: boolean;
      result?: unknown;
      structured_output?: unknown;
      session_id?: unknown;
      modelUsage?: Record<string, unknown>;
    };
    if (ran.code !== 0 || envelope.is_error)
      throw new AoError(`the claude judge failed: ${String(envelope.result ?? ran.stderr).slice(0, 400)}`, {
        fix: installHint('claude'),
      });
    if (envelope.structured_output === undefined)
      throw new AoError('the claude judge gave no structured output (its answer did not follow the review schema)');
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
    const dir = mkdtempSync(join(options.env.TMPDIR ?? tmpdir(), 'ao-codex-'));
    try {
      const schemaFile = join(dir, 'review.schema.json');
      const lastFile = join(dir, 'last-message.json');
      writeFileSync(schemaFile, JSON.stringify(reviewOutputSchema(true)));
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
      if (ran.code !== 0 || ran.spawnError || ran.timedOut) throw failure('codex', ran, options.timeoutMs);
      let text: string;
      try {
        text = readFileSync(lastFile, 'utf8');
      } catch {
        throw new AoError('the codex judge wrote no final message');
      }
      // Its header on stderr names the model and the (ephemeral) session it made for this run.
      const used = /^model: (.+)$/m.exec(ran.stderr)?.[1]?.trim();
      const session = /^session id: ([0-9A-Za-z-]+)$/m.exec(ran.stderr)?.[1];
      return {
        review: asReview('codex', parseJson('codex', text, 'final message'), model ?? used),
        ...(session ? { session } : {}),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Gemini CLI has no structured-output flag: the answer must be the review object, checked strictly here.
  // Headless, it refuses an untrusted folder, and trusting the checkout would apply the change's own
  // .gemini settings and .env (hooks, MCP servers, the model's base URL): it runs in an empty folder it
  // may trust, with the checkout included read-only as a workspace directory.
  const workspace = mkdtempSync(join(options.env.TMPDIR ?? tmpdir(), 'ao-gemini-'));
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
    if (ran.code !== 0 || ran.spawnError || ran.timedOut) throw failure('gemini', ran, options.timeoutMs);
    const envelope = parseJson('gemini', ran.stdout.slice(ran.stdout.indexOf('{')), 'output') as {
      response?: unknown;
      stats?: { models?: Record<string, { roles?: Record<string, unknown> } | undefined> };
      session_id?: unknown;
    };
    if (typeof envelope.response !== 'string') throw new AoError('the gemini judge gave no response');
    // The model that answered (role "main"), not the router model that picked it (role "utility_router").
    const models = Object.entries(envelope.stats?.models ?? {});
    const used = (models.find(([, usage]) => usage?.roles && 'main' in usage.roles) ?? models[0])?.[0];
    return {
      review: asReview('gemini', parseJson('gemini', envelope.response.trim(), 'answer'), used ?? model),
      session,
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function runOpenAi(
  judge: BuiltinJudge,
  model: string,
  prompt: string,
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<JudgeRun> {
  const key = options.env.OPENAI_API_KEY;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
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
  } catch (error) {
    throw controller.signal.aborted
      ? new AoError(`the openai judge timed out after ${Math.round(options.timeoutMs / 1000)} s (${judge.url})`, {
          fix: 'raise --timeout, or check that the endpoint answers',
        })
      : new AoError(`the openai judge could not reach ${judge.url}: ${(error as Error).message}`, {
          fix: installHint('openai'),
        });
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  if (!response.ok)
    throw new AoError(`the openai judge's endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}`, {
      fix: installHint('openai'),
    });
  const body = parseJson('openai', text, 'response') as {
    model?: unknown;
    choices?: { message?: { content?: unknown; refusal?: unknown } }[];
  };
  const message = body.choices?.[0]?.message;
  if (typeof message?.refusal === 'string' && message.refusal)
    throw new AoError(`the openai judge refused: ${message.refusal.slice(0, 300)}`);
  if (typeof message?.content !== 'string') throw new AoError("the openai judge's response has no message content");
  return {
    review: asReview(
      'openai',
      parseJson('openai', message.content, 'answer'),
      typeof body.model === 'string' ? body.model : model,
    ),
  };
}
