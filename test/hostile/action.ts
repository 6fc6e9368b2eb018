/**
 * Runs the bundled GitHub Action (dist/action/index.js) over a built case exactly as a runner
 * does for a pull request: a fresh workspace fetched like actions/checkout (depth 1, GitHub's
 * test merge commit checked out), the event payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and every input action.yml declares as INPUT_* (defaults unless
 * set). The commit status is switched off (status-context: ''): no network.
 *
 * Until dist/action/index.js exists on this branch the corpus skips these runs.
 * HOSTILE_ACTION_BIN and HOSTILE_ACTION_YML point at another build (e.g. a worktree's).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRepo } from '../fixtures/hostile/corpus.js';
import { baseEnv, openRepo, ROOT, tempDir } from '../helpers/repo.js';
import { HANG_MS, type Outcome } from './runner.js';

export const ACTION_BIN = process.env.HOSTILE_ACTION_BIN ?? join(ROOT, 'dist', 'action', 'index.js');
const ACTION_YML = process.env.HOSTILE_ACTION_YML ?? join(ROOT, 'action.yml');
const REPOSITORY = 'acme/widgets';

/** The inputs action.yml declares, with their defaults. */
function declaredInputs(): Map<string, string> {
  const inputs = new Map<string, string>();
  let inInputs = false;
  let current: string | undefined;
  for (const line of readFileSync(ACTION_YML, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (name) inputs.set((current = name[1]!), '');
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) inputs.set(current, value[1]!.replace(/^(['"])(.*)\1$/, '$2'));
  }
  return inputs;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('='))
      outputs[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
  }
  return outputs;
}

export interface ActionOutcome extends Outcome {
  outputs: Record<string, string>;
  summary: string;
}

/** The case as pull request #7 feature → main, checked by the bundled action. */
export async function runActionOnCase(
  repo: CaseRepo,
  extra: { env?: NodeJS.ProcessEnv; inputs?: Record<string, string> } = {},
): Promise<ActionOutcome> {
  const base = repo.git(['rev-parse', 'main']).stdout.trim();
  const head = repo.git(['rev-parse', 'feature']).stdout.trim();
  // GitHub's test merge commit and its refs.
  const tree = repo.git(['merge-tree', '--write-tree', base, head], { allowFail: true }).stdout.split('\n')[0]!.trim();
  const merge = repo
    .git(['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`])
    .stdout.trim();
  repo.git(['update-ref', 'refs/pull/7/head', head]);
  repo.git(['update-ref', 'refs/pull/7/merge', merge]);
  // What actions/checkout does with fetch-depth 1.
  const ws = openRepo(tempDir('ao-workspace-'), repo.env);
  ws.git(['init', '-q']);
  ws.git(['remote', 'add', 'origin', `file://${repo.dir}`]);
  ws.git(['fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${merge}:refs/remotes/pull/7/merge`]);
  ws.git(['checkout', '-q', '--force', '--detach', 'refs/remotes/pull/7/merge']);

  const dir = tempDir('ao-runner-');
  const paths = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    temp: join(dir, 'tmp'),
  };
  mkdirSync(paths.temp);
  // The shapes of GitHub's published examples: accounts with login, id and type.
  const agent = { login: 'agent', id: 7001, node_id: 'MDQ6VXNlcjcwMDE=', type: 'User', site_admin: false };
  const repository = {
    id: 1,
    node_id: 'R_kgDOAAAAAQ',
    name: 'widgets',
    full_name: REPOSITORY,
    private: false,
    owner: { login: 'acme', id: 9001, type: 'Organization', site_admin: false },
    default_branch: 'main',
    fork: false,
  };
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      merge_commit_sha: null,
      user: agent,
      head: { label: 'acme:feature', ref: 'feature', sha: head, user: agent, repo: repository },
      base: { label: 'acme:main', ref: 'main', sha: base, user: repository.owner, repo: repository },
    },
    repository,
    sender: agent,
  };
  writeFileSync(paths.event, JSON.stringify(payload));
  writeFileSync(paths.output, '');
  writeFileSync(paths.summary, '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SHA: merge,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: paths.temp,
  };
  for (const [name, fallback] of declaredInputs())
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] =
      fallback === '${{ github.token }}' ? 'ghs_test-token' : fallback;
  env['INPUT_STATUS-CONTEXT'] = '';
  for (const [name, value] of Object.entries(extra.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, extra.env);

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_BIN], { cwd: ws.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        timedOut,
        outputs: parseOutputs(readFileSync(paths.output, 'utf8')),
        summary: readFileSync(paths.summary, 'utf8'),
      });
    });
  });
}

export const actionRunner = existsSync(ACTION_BIN) && existsSync(ACTION_YML) ? runActionOnCase : undefined;
