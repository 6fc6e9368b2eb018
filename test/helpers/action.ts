import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';
import { baseEnv, makeRepo, openRepo, ROOT, tempDir, verdictStaged, type TestRepo } from './repo.js';

/** The real, built action: tests run it as a runner would, as `node dist/action/index.js`. */
export const ACTION_BIN = join(ROOT, 'dist', 'action', 'index.js');
export const REPOSITORY = 'acme/widgets';
export const TOKEN = 'ghs_test-token';

/** The inputs action.yml declares, with their defaults, read from the file the runner reads. */
export function declaredInputs(): Map<string, string | undefined> {
  const lines = readFileSync(join(ROOT, 'action.yml'), 'utf8').split('\n');
  const inputs = new Map<string, string | undefined>();
  let inInputs = false;
  let current: string | undefined;
  for (const line of lines) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      inputs.set(current, undefined);
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) inputs.set(current, value[1]!.replace(/^(['"])(.*)\1$/, '$2'));
  }
  return inputs;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionOptions {
  /** The workspace: the checked-out repository. */
  cwd: string;
  event: string;
  payload: object;
  /** The payload file's exact bytes, instead of `payload` as JSON (for malformed payloads). */
  rawPayload?: string | Buffer;
  /** GITHUB_SHA: what actions/checkout checked out. */
  sha: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  apiUrl?: string;
  /** The Node binary that runs the action (default: this one); GitHub runs it on node24. */
  node?: string;
}

/** Parses a GITHUB_OUTPUT file as the runner does (`name<<DELIMITER` blocks and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Runs the bundled action with the environment a GitHub runner gives a step. */
export function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = tempDir('ao-runner-');
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  const runnerTemp = join(dir, 'tmp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, options.rawPayload ?? JSON.stringify(options.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SHA: options.sha,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerTemp,
  };
  // The runner sets every declared input: the workflow's value, or the default.
  for (const [name, fallback] of declaredInputs()) {
    const value = options.inputs?.[name] ?? (fallback === '${{ github.token }}' ? TOKEN : (fallback ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!declaredInputs().has(name)) throw new Error(`action.yml declares no input ${name}`);
  }
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [ACTION_BIN], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

/** Adds a file and commits it with a passing verdict from an independent checker (the real `ao verdict`). */
export function coveredCommit(repo: TestRepo, path: string, content: string, message: string): string {
  repo.write(path, content);
  repo.git(['add', '--', path]);
  const result = verdictStaged(repo);
  if (result.code !== 0) throw new Error(`ao verdict failed: ${result.stderr}`);
  return repo.commitAll(message);
}

/** Adds a file and commits it without any verdict. */
export function uncoveredCommit(repo: TestRepo, path: string, content: string, message: string): string {
  repo.write(path, content);
  return repo.commitAll(message);
}

/**
 * What actions/checkout does: a new repository with `origin` at a file:// URL, one fetch of
 * one commit into `localRef` (depth 1 by default, as actions/checkout's fetch-depth: 1;
 * depth 0: every branch with full history), and a detached checkout.
 */
export function checkoutLike(
  upstream: TestRepo,
  sha: string,
  localRef: string,
  options: { depth?: number } = {},
): TestRepo {
  const dir = tempDir('ao-workspace-');
  const ws = openRepo(dir, upstream.env);
  ws.git(['init', '-q']);
  ws.git(['remote', 'add', 'origin', `file://${upstream.dir}`]);
  const depth = options.depth ?? 1;
  if (depth === 0)
    ws.git([
      'fetch',
      '-q',
      '--no-tags',
      '--prune',
      '--no-recurse-submodules',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
    ]);
  if (depth > 0 || !localRef.startsWith('refs/remotes/origin/')) {
    ws.git([
      'fetch',
      '-q',
      '--no-tags',
      '--prune',
      '--no-recurse-submodules',
      ...(depth > 0 ? [`--depth=${depth}`] : []),
      'origin',
      `+${sha}:${localRef}`,
    ]);
  }
  ws.git(['checkout', '-q', '--force', '--detach', localRef]);
  return ws;
}

/** GitHub's test merge commit of a pull request, and its refs/pull/N/{head,merge}. */
export function pullRequestRefs(upstream: TestRepo, number: number, base: string, head: string): string {
  const tree = upstream.git(['merge-tree', '--write-tree', base, head]).stdout.split('\n')[0]!.trim();
  const merge = upstream
    .git(['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`])
    .stdout.trim();
  upstream.git(['update-ref', `refs/pull/${number}/head`, head]);
  upstream.git(['update-ref', `refs/pull/${number}/merge`, merge]);
  return merge;
}

/**
 * The payload fixtures below have the shapes of GitHub's published webhook examples (the
 * fields the action reads, and their neighbours, with the same types); every value is ours.
 */

/** A GitHub account as payloads show it (`sender`, `pull_request.user`, `owner`). */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export const AGENT: Account = { login: 'agent', id: 7001, type: 'User' };
export const HUMAN: Account = { login: 'octo-human', id: 7002, type: 'User' };
export const DEPENDABOT: Account = { login: 'dependabot[bot]', id: 49699333, type: 'Bot' };
/** The address GitHub gives an account's commits: `ID+LOGIN@users.noreply.github.com`. */
export const noreplyEmail = (account: Account) => `${account.id}+${account.login}@users.noreply.github.com`;

function user(account: Account): object {
  return {
    login: account.login,
    id: account.id,
    node_id: `MDQ6VXNlcj${account.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    url: `https://api.github.com/users/${account.login}`,
    html_url: `https://github.com/${account.login}`,
    type: account.type,
    site_admin: false,
  };
}

const OWNER: Account = { login: REPOSITORY.split('/')[0]!, id: 9001, type: 'Organization' };

function repository(fullName = REPOSITORY): object {
  const owner = fullName === REPOSITORY ? OWNER : { login: fullName.split('/')[0]!, id: 9002, type: 'User' as const };
  return {
    id: fullName === REPOSITORY ? 1 : 2,
    node_id: 'R_kgDOAAAAAQ',
    name: fullName.split('/')[1],
    full_name: fullName,
    private: false,
    owner: user(owner),
    html_url: `https://github.com/${fullName}`,
    fork: fullName !== REPOSITORY,
    url: `https://api.github.com/repos/${fullName}`,
    created_at: '2024-01-02T03:04:05Z',
    default_branch: 'main',
    visibility: 'public',
  };
}

/** A pull_request event payload (opened, synchronize, ...), shaped as GitHub sends it. */
export function pullRequestPayload(options: {
  number: number;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string; repo?: string };
  action?: string;
  /** Who opened the pull request (default: the agent). */
  user?: Account;
  /** Whom GitHub authenticated for this event (default: the pull request's author). */
  sender?: Account;
}): object {
  const headRepo = options.head.repo ?? REPOSITORY;
  const author = options.user ?? AGENT;
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      url: `https://api.github.com/repos/${REPOSITORY}/pulls/${options.number}`,
      id: 100_000 + options.number,
      node_id: `PR_kwDOAAAAAc${options.number}`,
      html_url: `https://github.com/${REPOSITORY}/pull/${options.number}`,
      number: options.number,
      state: 'open',
      locked: false,
      title: 'A change',
      user: user(author),
      body: null,
      created_at: '2024-01-02T03:04:05Z',
      merged_at: null,
      merge_commit_sha: null,
      draft: false,
      head: {
        label: `${headRepo.split('/')[0]}:${options.head.ref}`,
        ref: options.head.ref,
        sha: options.head.sha,
        user: user(author),
        repo: repository(headRepo),
      },
      base: {
        label: `${REPOSITORY.split('/')[0]}:${options.base.ref}`,
        ref: options.base.ref,
        sha: options.base.sha,
        user: user(OWNER),
        repo: repository(),
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      merged: false,
      mergeable: null,
      commits: 1,
    },
    repository: repository(),
    sender: user(options.sender ?? author),
  };
}

/** A push event payload, shaped as GitHub sends it (`repository.owner` with name and email, `pusher`, `head_commit`). */
export function pushPayload(options: {
  ref: string;
  before: string;
  after: string;
  forced?: boolean;
  sender?: Account;
  defaultBranch?: string | null;
}): object {
  const zero = (sha: string) => /^0+$/.test(sha);
  const sender = options.sender ?? AGENT;
  const person = { name: sender.login, email: noreplyEmail(sender), username: sender.login };
  const repo = {
    ...repository(),
    owner: { name: OWNER.login, email: null, ...user(OWNER) },
    created_at: 1_704_164_645,
    pushed_at: 1_704_164_700,
    master_branch: 'main',
  } as Record<string, unknown>;
  if (options.defaultBranch !== undefined) {
    delete repo.master_branch;
    if (options.defaultBranch === null) delete repo.default_branch;
    else repo.default_branch = options.defaultBranch;
  }
  return {
    ref: options.ref,
    before: options.before,
    after: options.after,
    repository: repo,
    pusher: { name: person.name, email: person.email },
    sender: user(sender),
    created: zero(options.before),
    deleted: zero(options.after),
    forced: options.forced ?? false,
    base_ref: null,
    compare: `https://github.com/${REPOSITORY}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: [],
    head_commit: zero(options.after)
      ? null
      : {
          id: options.after,
          tree_id: '0'.repeat(40),
          distinct: true,
          message: 'A change',
          timestamp: '2024-01-02T03:04:05Z',
          url: `https://github.com/${REPOSITORY}/commit/${options.after}`,
          author: person,
          committer: person,
          added: [],
          removed: [],
          modified: [],
        },
  };
}

/** A workflow_dispatch event payload. */
export function dispatchPayload(options: { ref?: string; sender?: Account } = {}): object {
  return {
    inputs: {},
    ref: options.ref ?? 'refs/heads/main',
    repository: repository(),
    sender: user(options.sender ?? HUMAN),
    workflow: '.github/workflows/verdict.yml',
  };
}

/** A schedule event payload: GitHub sends the cron line, the repository and its sender. */
export function schedulePayload(): object {
  return { schedule: '17 3 * * *', repository: repository(), sender: user(OWNER) };
}

/** A merge_group checks_requested payload. */
export function mergeGroupPayload(options: { base: string; head: string; sender?: Account }): object {
  const person = { name: 'GitHub', email: 'noreply@github.com' };
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: options.head,
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc',
      base_sha: options.base,
      base_ref: 'refs/heads/main',
      head_commit: {
        id: options.head,
        tree_id: '0'.repeat(40),
        message: 'Merge pull request #7',
        timestamp: '2024-01-02T03:04:05Z',
        author: person,
        committer: person,
      },
    },
    repository: repository(),
    sender: user(options.sender ?? HUMAN),
  };
}

export const ZERO_SHA = '0'.repeat(40);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local stand-in for the GitHub API's commit status endpoint, on 127.0.0.1, for a job whose
 * token has `statuses: write` and not `checks: write`: a check run is refused (kept apart in
 * `refused`, with every read, answered with an empty list), so the action falls back to the
 * status. See `githubApi` for the whole API.
 */
export async function statusServer(
  status: number,
  body: object = {},
): Promise<{ url: string; requests: RecordedRequest[]; refused: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const refused: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (/\/check-runs(\/|$)/.test(request.url)) {
        refused.push(request);
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
            status: '403',
          }),
        );
        return;
      }
      if (request.method === 'GET') {
        // Reads (which pull requests a commit belongs to): none here.
        refused.push(request);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[]');
        return;
      }
      requests.push(request);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function json<T = unknown>(text: string | undefined): T {
  return JSON.parse(text ?? 'null') as T;
}

export function expectPass(run: ActionRun): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.outputs.result).toBe('pass');
}

export function expectFail(run: ActionRun): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
  expect(run.outputs.result).toBe('fail');
}

/** An upstream with main (set up, one covered commit) and a branch `feature` checked out off it. */
export function upstreamWithFeature(): { up: TestRepo; base: string } {
  const up = makeRepo();
  coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
  const base = up.head();
  up.git(['checkout', '-q', '-b', 'feature']);
  return { up, base };
}

/** Opens a pull request feature → main: its refs on the upstream, and a checkout of its merge ref (shallow by default). */
export function openPullRequest(
  up: TestRepo,
  base: string,
  head: string,
  number = 7,
  options: { depth?: number } = {},
) {
  const merge = pullRequestRefs(up, number, base, head);
  const ws = checkoutLike(up, merge, `refs/remotes/pull/${number}/merge`, options);
  const payload = pullRequestPayload({ number, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } });
  return { ws, merge, payload };
}

/** The workflow commands a runner would act on in a step's stdout, honouring ::stop-commands::. */
export function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopped !== undefined) {
      if (line.trim() === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const match = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line.trim());
    if (!match) continue;
    if (match[1] === 'stop-commands') stopped = match[3];
    else commands.push(line.trim());
  }
  return commands;
}

/** A comment as the REST API returns it (`GET /repos/{owner}/{repo}/issues/{n}/comments`). */
export interface ApiComment {
  id: number;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export interface CheckRunRecord {
  id: number;
  created: Record<string, unknown>;
  updates: Record<string, unknown>[];
  /** Every annotation sent, in order: the POST's, then each PATCH's. */
  annotations: Record<string, unknown>[];
}

export interface GitHubApiOptions {
  /** Endpoints this token may not use: answered 403 "Resource not accessible by integration". */
  deny?: ('checks' | 'statuses' | 'comments' | 'pulls')[];
  /** Comments already on each issue. */
  comments?: Record<number, ApiComment[]>;
  /** The pull requests GitHub associates with a commit (GET .../commits/{sha}/pulls). */
  pulls?: Record<string, { number: number; head: string }[]>;
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

/**
 * A local GitHub REST API on 127.0.0.1 that replies as GitHub's REST docs specify and records
 * what it was sent: commit statuses; check runs (POST creates one, PATCH appends annotations;
 * more than 50 annotations in one request is a 422, as on GitHub); issue comments (list with
 * per_page and page, create, update); and the pull requests associated with a commit.
 */
export async function githubApi(options: GitHubApiOptions = {}) {
  const requests: RecordedRequest[] = [];
  const statuses: Record<string, unknown>[] = [];
  const checkRuns: CheckRunRecord[] = [];
  const comments = new Map<number, ApiComment[]>(
    Object.entries(options.comments ?? {}).map(([n, list]) => [Number(n), list.map((c) => ({ ...c }))]),
  );
  let nextId = 5000;
  const stamp = '2024-01-02T03:04:05Z';
  const denied = (what: NonNullable<GitHubApiOptions['deny']>[number]) => options.deny?.includes(what);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(data));
      };
      const forbidden = () =>
        reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        });
      const invalid = (message: string) =>
        reply(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'CheckRun', code: 'invalid', message }],
          documentation_url: 'https://docs.github.com/rest/checks/runs',
          status: '422',
        });
      if (req.headers.authorization !== `token ${TOKEN}`)
        return reply(401, { message: 'Bad credentials', status: '401' });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const repo = `/repos/${REPOSITORY}`;
      let m: RegExpExecArray | null;
      if (req.method === 'POST' && (m = new RegExp(`^${repo}/statuses/([0-9a-f]+)$`).exec(path))) {
        if (denied('statuses')) return forbidden();
        statuses.push({ sha: m[1], ...input });
        return reply(201, {
          id: nextId++,
          state: input.state,
          context: input.context,
          description: input.description,
          created_at: stamp,
        });
      }
      if (req.method === 'POST' && path === `${repo}/check-runs`) {
        if (denied('checks')) return forbidden();
        const output = (input.output ?? {}) as { annotations?: Record<string, unknown>[] };
        if ((output.annotations?.length ?? 0) > 50) return invalid('Only 50 annotations may be sent per request');
        const run: CheckRunRecord = {
          id: nextId++,
          created: input,
          updates: [],
          annotations: [...(output.annotations ?? [])],
        };
        checkRuns.push(run);
        return reply(201, {
          id: run.id,
          head_sha: input.head_sha,
          name: input.name,
          status: input.status,
          conclusion: input.conclusion,
          output: { title: (input.output as { title?: string })?.title, annotations_count: run.annotations.length },
          html_url: `https://github.com/${REPOSITORY}/runs/${run.id}`,
        });
      }
      if (req.method === 'PATCH' && (m = new RegExp(`^${repo}/check-runs/(\\d+)$`).exec(path))) {
        const run = checkRuns.find((r) => r.id === Number(m![1]));
        if (!run) return reply(404, { message: 'Not Found', status: '404' });
        const output = (input.output ?? {}) as { annotations?: Record<string, unknown>[] };
        if ((output.annotations?.length ?? 0) > 50) return invalid('Only 50 annotations may be sent per request');
        run.updates.push(input);
        run.annotations.push(...(output.annotations ?? []));
        return reply(200, { id: run.id, output: { annotations_count: run.annotations.length } });
      }
      if ((m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(path))) {
        const issue = Number(m[1]);
        const list = comments.get(issue) ?? [];
        if (req.method === 'GET') {
          const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
          const page = Number(url.searchParams.get('page') ?? 1);
          return reply(200, list.slice((page - 1) * perPage, page * perPage));
        }
        if (req.method === 'POST') {
          if (denied('comments')) return forbidden();
          const comment: ApiComment = {
            id: nextId++,
            body: String(input.body),
            user: ACTIONS_BOT,
            created_at: stamp,
            updated_at: stamp,
          };
          comments.set(issue, [...list, comment]);
          return reply(201, comment);
        }
      }
      if (req.method === 'PATCH' && (m = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(path))) {
        if (denied('comments')) return forbidden();
        const comment = [...comments.values()].flat().find((c) => c.id === Number(m![1]));
        if (!comment) return reply(404, { message: 'Not Found', status: '404' });
        comment.body = String(input.body);
        return reply(200, comment);
      }
      if (req.method === 'GET' && (m = new RegExp(`^${repo}/commits/([0-9a-f]+)/pulls$`).exec(path))) {
        if (denied('pulls')) return forbidden();
        return reply(
          200,
          (options.pulls?.[m[1]!] ?? []).map((p) => ({
            number: p.number,
            state: 'closed',
            merged_at: stamp,
            head: { sha: p.head, ref: 'feature' },
            base: { ref: 'main' },
          })),
        );
      }
      return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    statuses,
    checkRuns,
    comments,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
