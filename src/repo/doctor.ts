import { lexists } from './writer.js';
import { shellQuote } from '../core/shell.js';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

import { parseRecordPath, POLICY_PATH } from '../core/record.js';
import { runGit, type Git } from '../git/git.js';
import {
  readHookScript,
  readLefthookConfig,
  readPreCommitConfig,
  type AoCall,
  type AoProgram,
  type HookName,
} from './hook-script.js';
import { listWorktreeLedger } from './ledger-view.js';

/**
 * `ao doctor`: every way this clone can be ungated without anyone noticing (hooks git never
 * runs, hooks that do not run ao, an ao the hook cannot find, a worktree without hooks, a
 * set-up that was never made or committed), each with the command that fixes it. It reads
 * files and git's configuration; it never runs a hook.
 */

const GATE_HOOKS: readonly HookName[] = ['pre-commit', 'pre-push'];
export const SETUP_COMMIT_MESSAGE = 'Set up agentops/verdict';

export interface DoctorFinding {
  /** Stable name of the state, e.g. `hooks-path-elsewhere`. */
  code: string;
  /** `ungated`: commits or pushes here are not checked (doctor exits 1); `warning`: they are, but something is fragile. */
  severity: 'ungated' | 'warning';
  message: string;
  /** The file, config or worktree concerned. */
  where?: string;
  /** The exact command that fixes it. */
  fix: string;
  /** Another way out, when there is one. */
  alternative?: string;
}

interface ConfigValue {
  value: string;
  scope: string;
  origin: string;
}

interface HookState {
  hook: HookName;
  /** The file git runs (in the hooks directory). */
  file: string;
  /** What runs ao: the script read (the hook itself, husky's .husky/ file, a framework's config). */
  script?: string;
  manager: 'ao' | 'husky' | 'pre-commit' | 'lefthook' | 'script' | 'none';
  /** The ao program the hook runs, resolved from the worktree's root. */
  ao?: string;
  ok: boolean;
}

interface WorktreeState {
  path: string;
  current: boolean;
  hooksDir: string;
  hooks: HookState[];
  gated: boolean;
}

export interface DoctorReport {
  gated: boolean;
  top: string;
  /** core.hooksPath as git resolves it here (the last value wins), if set. */
  hooksPath?: ConfigValue;
  worktrees: WorktreeState[];
  findings: DoctorFinding[];
}

interface HookConfig {
  hooksPath: ConfigValue[];
  worktreeConfig: boolean;
}

async function readHookConfig(cwd: string, env: NodeJS.ProcessEnv): Promise<HookConfig> {
  const result = await runGit(
    cwd,
    [
      'config',
      '--show-origin',
      '--show-scope',
      '-z',
      '--get-regexp',
      '^(core\\.hookspath|extensions\\.worktreeconfig)$',
    ],
    { okCodes: [1], env },
  );
  const fields = result.stdout.toString('utf8').split('\0');
  const hooksPath: ConfigValue[] = [];
  let worktreeConfig = false;
  for (let k = 0; k + 2 < fields.length; k += 3) {
    const [scope = '', origin = '', entry = ''] = fields.slice(k, k + 3);
    const newline = entry.indexOf('\n');
    const key = newline === -1 ? entry : entry.slice(0, newline);
    const value = newline === -1 ? '' : entry.slice(newline + 1);
    if (key === 'core.hookspath') hooksPath.push({ value, scope, origin: origin.replace(/^file:/, '') });
    else if (key === 'extensions.worktreeconfig') worktreeConfig = /^(true|yes|on|1)$/i.test(value);
  }
  return { hooksPath, worktreeConfig };
}

interface Worktree {
  path: string;
  bare: boolean;
  prunable: boolean;
}

async function listWorktrees(git: Git): Promise<Worktree[]> {
  const out = (await git.run(['worktree', 'list', '--porcelain', '-z'])).stdout.toString('utf8');
  const trees: Worktree[] = [];
  let current: Worktree | undefined;
  for (const field of out.split('\0')) {
    if (field.startsWith('worktree '))
      trees.push((current = { path: field.slice('worktree '.length), bare: false, prunable: false }));
    else if (current && field === 'bare') current.bare = true;
    else if (current && field.startsWith('prunable')) current.prunable = true;
  }
  return trees;
}

/** The hooks directory git uses for a worktree whose top is `top`, given core.hooksPath. */
function hooksDirFor(top: string, value: ConfigValue | undefined, commonDir: string, env: NodeJS.ProcessEnv): string {
  if (!value) return join(commonDir, 'hooks');
  const path = value.value;
  if (path === '~' || path.startsWith('~/')) return join(env.HOME || homedir(), path.slice(1));
  return isAbsolute(path) ? path : join(top, path);
}

function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const MAX_SCRIPT_BYTES = 256 * 1024;

function readSmallFile(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_SCRIPT_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Finds an executable `name` on a PATH whose relative entries are taken from `top` (where hooks run). */
function which(name: string, pathDirs: string[], top: string): string | undefined {
  for (const dir of pathDirs) {
    const candidate = join(isAbsolute(dir) ? dir : join(top, dir), name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** True when `file` belongs to the @agentops/verdict package (following links, as exec does). */
function isAgentopsAo(file: string): boolean {
  let dir: string;
  try {
    dir = dirname(realpathSync(file));
  } catch {
    return false;
  }
  for (let up = 0; up < 6; up++) {
    const text = readSmallFile(join(dir, 'package.json'));
    if (text) {
      try {
        if ((JSON.parse(text) as { name?: unknown }).name === '@agentops/verdict') return true;
      } catch {
        // not a package manifest we can read; keep looking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return false;
}

type Resolution = { file: string } | { missing: string };

/** What file the hook's ao program is, looked up from the worktree's root as the hook would. */
function resolveAo(program: AoProgram, top: string, env: NodeJS.ProcessEnv, huskyPath: boolean): Resolution {
  const path = (env.PATH ?? '').split(':');
  const searched = huskyPath ? ['node_modules/.bin', ...path] : path;
  const local = join(top, 'node_modules', '.bin', 'ao');
  const byName = (name: string, dirs: string[]): Resolution => {
    const found = name.includes('/')
      ? isExecutableFile(resolve(top, name))
        ? resolve(top, name)
        : undefined
      : which(name, dirs, top);
    return found
      ? { file: found }
      : {
          missing: name.includes('/')
            ? `${name} is not an executable file`
            : `no executable ${name} on ${huskyPath ? "husky's PATH (node_modules/.bin, then PATH)" : 'PATH'}`,
        };
  };
  switch (program.kind) {
    case 'name':
      return byName('ao', searched);
    case 'runner':
      if (isExecutableFile(local)) return { file: local };
      return which('ao', path, top)
        ? { file: which('ao', path, top)! }
        : {
            missing: `neither node_modules/.bin/ao nor an ao on PATH${program.fetches ? `, so ${program.runner} would fetch and run whatever package the registry has under that name` : ''}`,
          };
    case 'path': {
      const text = program.text
        .replace(/^(\$\{?root\}?|\$\(git rev-parse --show-toplevel\))\//, `${top}/`)
        .replace(/^~\//, `${env.HOME || homedir()}/`);
      if (text.includes('$')) return { missing: `cannot tell what ${program.text} is` };
      return byName(isAbsolute(text) ? text : `./${text}`, []);
    }
    case 'variable': {
      const aoBin = env.AO_BIN;
      if (aoBin) return byName(aoBin, path);
      if (program.text === '$AO_BIN') return { missing: 'AO_BIN is not set' };
      // Our plain hooks: $AO_BIN, else node_modules/.bin/ao, else ao on PATH.
      if (isExecutableFile(local)) return { file: local };
      return byName('ao', path);
    }
  }
}

/** Whether the repository's package.json depends on @agentops/verdict, and the install command its lockfile implies. */
function installCommand(top: string): string {
  const pkg = readSmallFile(join(top, 'package.json'));
  if (!pkg) return 'npm i -g @agentops/verdict';
  let depends = false;
  try {
    const parsed = JSON.parse(pkg) as Record<string, Record<string, unknown> | undefined>;
    depends = ['dependencies', 'devDependencies', 'optionalDependencies'].some(
      (key) => parsed[key]?.['@agentops/verdict'] !== undefined,
    );
  } catch {
    // an unreadable package.json: suggest adding the dependency
  }
  const manager = existsSync(join(top, 'pnpm-lock.yaml'))
    ? 'pnpm'
    : existsSync(join(top, 'yarn.lock'))
      ? 'yarn'
      : 'npm';
  if (depends) return `${manager} install`;
  return manager === 'npm' ? 'npm i -D @agentops/verdict' : `${manager} add -D @agentops/verdict`;
}

/** The install that makes ao resolvable from `top` (a global one needs no `cd`). */
function installAt(ctx: Context, top: string): string {
  const command = installCommand(top);
  return command.includes(' -g ') ? command : at(ctx, top, command);
}

const LEFTHOOK_CONFIGS = [
  'lefthook.yml',
  '.lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yaml',
  '.config/lefthook.yml',
  '.config/lefthook.yaml',
  'lefthook.json',
  '.lefthook.json',
  'lefthook.toml',
  '.lefthook.toml',
];

interface Inspection {
  state: HookState;
  /** What is wrong with this hook, if anything. */
  problem?: Omit<DoctorFinding, 'severity'> & { severity?: DoctorFinding['severity'] };
  warnings: DoctorFinding[];
  /** For `ao-not-found`: what was looked up, so one missing ao makes one finding for both hooks. */
  lookup?: { program: string; missing: string };
}

function describeProgram(program: AoProgram): string {
  if (program.kind === 'variable')
    return program.text === '$ao' ? 'ao ($AO_BIN, else node_modules/.bin/ao, else ao on PATH)' : `\`${program.text}\``;
  return `\`${program.runner ? `${program.runner} ` : ''}${program.text}\``;
}

interface Context {
  git: Git;
  env: NodeJS.ProcessEnv;
  cwd: string;
  commonDir: string;
}

/** A path as the user should type it: relative to where they are when that is shorter. */
function shown(ctx: Context, path: string): string {
  const rel = relative(ctx.cwd, path);
  return shellQuote(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

/** `command`, run at `dir` (prefixed with a `cd` when that is not where the user is). */
function at(ctx: Context, dir: string, command: string): string {
  return resolve(ctx.cwd) === resolve(dir) ? command : `cd ${shellQuote(dir)} && ${command}`;
}

function usesHusky(top: string, hooksPath: ConfigValue | undefined): boolean {
  if (hooksPath && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath.value)) return true;
  for (const hook of GATE_HOOKS) if (lexists(join(top, '.husky', hook))) return true;
  const pkg = readSmallFile(join(top, 'package.json'));
  return pkg !== undefined && /"prepare"\s*:\s*"[^"]*\bhusky\b/.test(pkg);
}

/** Reads one hook in one worktree: does git run it, and does it run ao so that ao decides? */
function inspectHook(ctx: Context, top: string, hooksDir: string, hook: HookName): Inspection {
  const file = join(hooksDir, hook);
  const state: HookState = { hook, file, manager: 'none', ok: false };
  const warnings: DoctorFinding[] = [];
  const plainFix = 'ao init --hooks git';
  if (!existsSync(file) || !statSync(file).isFile()) {
    return {
      state,
      warnings,
      problem: {
        code: 'hook-missing',
        message: `there is no ${hook} hook in ${hooksDir}, so git runs none`,
        where: file,
        fix: at(ctx, top, usesHusky(top, undefined) ? 'ao init --hooks husky' : plainFix),
      },
    };
  }
  if (!isExecutableFile(file)) {
    return {
      state,
      warnings,
      problem: {
        code: 'hook-not-executable',
        message: `${file} is not executable, so git skips it (with only a hint on stderr)`,
        where: file,
        fix: `chmod +x ${shown(ctx, file)}`,
      },
    };
  }
  if (statSync(file).size > MAX_SCRIPT_BYTES) {
    return {
      state,
      warnings,
      problem: {
        code: 'hook-does-not-run-ao',
        message: `${file} is larger than ${MAX_SCRIPT_BYTES / 1024} KiB: ao doctor does not read it, and cannot say it runs ao`,
        where: file,
        fix: `\${EDITOR:-vi} ${shown(ctx, file)}`,
      },
    };
  }
  const text = readSmallFile(file) ?? '';
  let reading: { runsAo: boolean; call?: AoCall; detail?: string; remote?: boolean; why?: string };
  let script = file;
  let huskyPath = false;
  let fix = plainFix;
  if (/^\s*\.\s+"\$\(dirname "\$0"\)\/h"\s*$/m.test(text)) {
    // husky 9: .husky/_/<hook> sources .husky/_/h, which runs .husky/<hook> with `sh -e`
    // and node_modules/.bin first on PATH; a missing .husky/<hook> passes silently.
    state.manager = 'husky';
    huskyPath = true;
    fix = 'ao init --hooks husky';
    script = join(dirname(hooksDir), hook);
    if (!existsSync(join(hooksDir, 'h'))) {
      return {
        state,
        warnings,
        problem: {
          code: 'husky-incomplete',
          message: `${join(hooksDir, 'h')} (husky's runner) is missing, so ${hook} fails for every commit`,
          where: hooksDir,
          fix: at(ctx, top, 'npx husky'),
        },
      };
    }
    const body = readSmallFile(script);
    if (body === undefined) {
      return {
        state: { ...state, script },
        warnings,
        problem: {
          code: 'hook-missing',
          message: `husky runs ${script}, which does not exist: husky then lets every ${hook === 'pre-push' ? 'push' : 'commit'} through`,
          where: script,
          fix: at(ctx, top, fix),
        },
      };
    }
    reading = readHookScript(body, hook, { errexit: true });
  } else if (/File generated by pre-commit: https:\/\/pre-commit\.com/.test(text)) {
    state.manager = 'pre-commit';
    const configured = /--config=([^\s)]+)/.exec(text)?.[1] ?? '.pre-commit-config.yaml';
    script = isAbsolute(configured) ? configured : join(top, configured);
    const config = readSmallFile(script);
    reading = config === undefined ? { runsAo: false, detail: 'it does not exist' } : readPreCommitConfig(config, hook);
  } else if (/^[^#\n]*\blefthook\b/m.test(text) && /call_lefthook|lefthook[^\n]*\brun\b/.test(text)) {
    state.manager = 'lefthook';
    const name = LEFTHOOK_CONFIGS.find((candidate) => existsSync(join(top, candidate)));
    script = join(top, name ?? 'lefthook.yml');
    const config = readSmallFile(script);
    if (config !== undefined && name?.endsWith('.toml')) {
      warnings.push({
        code: 'config-unreadable',
        severity: 'warning',
        message: `ao doctor cannot read TOML, so it did not check that ${script} runs \`ao hook ${hook}\``,
        where: script,
        fix: `grep -n 'ao hook ${hook}' ${shown(ctx, script)}`,
      });
      reading = { runsAo: true, detail: 'not checked (TOML)' };
    } else
      reading =
        config === undefined
          ? { runsAo: false, detail: 'there is no lefthook configuration' }
          : readLefthookConfig(config, hook, name?.endsWith('.json') === true);
    if (reading.runsAo) {
      const local = LEFTHOOK_CONFIGS.map((n) => n.replace(/^(\.?(?:config\/)?lefthook)/, '$1-local')).find(
        (candidate) => existsSync(join(top, candidate)),
      );
      const override = local ? readSmallFile(join(top, local)) : undefined;
      if (override && readLefthookConfig(override, hook, local!.endsWith('.json')).detail.includes('skip: true')) {
        reading = { runsAo: false, detail: `${local} skips it (\`skip: true\`)` };
        script = join(top, local!);
      }
    }
  } else {
    state.manager = text.includes('agentops/verdict') ? 'ao' : 'script';
    reading = readHookScript(text, hook);
  }
  state.script = script;
  if (!reading.runsAo) {
    const what = script === file ? file : `${script} (which ${file} runs through ${state.manager})`;
    // ao init adds its line where none is; a line that is there but cannot refuse needs a hand.
    const byHand = 'why' in reading && reading.why !== 'no-call';
    if (state.manager === 'lefthook' && !byHand) fix = lefthookFix(script, hook);
    return {
      state,
      warnings,
      problem: {
        code: 'hook-does-not-run-ao',
        message: `${what} does not run ao so that it can refuse: ${reading.detail}`,
        where: script,
        fix: byHand ? `\${EDITOR:-vi} ${shown(ctx, script)}` : at(ctx, top, fix),
      },
    };
  }
  state.ok = true;
  // A framework that installs ao itself (a pre-commit hook from our repository) needs no lookup.
  if (reading.call && !reading.remote) {
    const found = resolveAo(reading.call.program, top, ctx.env, huskyPath);
    if ('missing' in found) {
      state.ok = false;
      const program = describeProgram(reading.call.program);
      return {
        state,
        warnings,
        lookup: { program, missing: found.missing },
        problem: {
          code: 'ao-not-found',
          message: `${script} runs ${program}, which does not resolve from ${top}: ${found.missing}; every ${hook === 'pre-push' ? 'push' : 'commit'} then fails`,
          where: script,
          fix: installAt(ctx, top),
          alternative: reading.call.program.kind === 'variable' ? 'export AO_BIN=/path/to/ao' : undefined,
        },
      };
    }
    state.ao = found.file;
    if (!isAgentopsAo(found.file)) {
      warnings.push({
        code: 'ao-not-ours',
        severity: 'warning',
        message: `the ao that ${script} runs is ${found.file}, which is not part of the @agentops/verdict package`,
        where: found.file,
        fix: installAt(ctx, top),
      });
    }
  }
  return { state, warnings };
}

/** lefthook installs its own hook over ours on every `npm install`: the fix belongs in its configuration. */
function lefthookFix(config: string, hook: HookName): string {
  const text = readSmallFile(config) ?? '';
  const run = `npx --no-install ao hook ${hook}${hook === 'pre-push' ? ' {1} {2}' : ''}`;
  if (config.endsWith('.json') || config.endsWith('.toml') || new RegExp(`^["']?${hook}["']?:`, 'm').test(text)) {
    return `\${EDITOR:-vi} ${shellQuote(config)}   # under ${hook}: add a command with run: ${run}${hook === 'pre-push' ? ' and use_stdin: true' : ''}`;
  }
  const block = `${hook}:\\n  commands:\\n    agentops-verdict:\\n      run: ${run}\\n${hook === 'pre-push' ? '      use_stdin: true\\n' : ''}`;
  return `printf '${block}' >> ${shellQuote(config)}`;
}

interface NpmSetting {
  where: string;
}

/** Where `ignore-scripts=true` is set for npm in this clone: the project's .npmrc, the user's, the environment. */
function ignoreScriptsSources(top: string, env: NodeJS.ProcessEnv): NpmSetting[] {
  const found: NpmSetting[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (key.toLowerCase() === 'npm_config_ignore_scripts' && /^(true|1)$/i.test(value ?? ''))
      found.push({ where: `the environment (${key}=${value})` });
  }
  const userConfig = env.npm_config_userconfig || env.NPM_CONFIG_USERCONFIG || join(env.HOME || homedir(), '.npmrc');
  for (const file of [join(top, '.npmrc'), userConfig]) {
    const text = readSmallFile(file);
    if (!text) continue;
    text.split('\n').forEach((line, index) => {
      if (/^\s*ignore-scripts\s*=\s*true\s*$/i.test(line)) found.push({ where: `${file}:${index + 1}` });
    });
  }
  return found;
}

/** The findings about core.hooksPath's value, given where the ao hooks really are. */
function hooksPathFix(
  ctx: Context,
  tree: string,
  value: ConfigValue,
  target: 'husky' | string,
): { fix: string; alternative?: string } {
  if (value.scope === 'worktree') return { fix: at(ctx, tree, 'git config --worktree --unset core.hooksPath') };
  if (value.scope === 'command')
    return {
      fix: 'unset GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT',
      alternative: 'drop the `-c core.hooksPath=...` from the git command',
    };
  if (target === 'husky') return { fix: at(ctx, ctx.git.topLevel, 'npx husky') };
  if (value.scope === 'local') return { fix: 'git config --local --unset core.hooksPath' };
  // A global or system value: override it for this repository only, in every worktree.
  return {
    fix: `git config --local core.hooksPath ${shellQuote(target)}`,
    alternative: `git config --${value.scope} --unset core.hooksPath (for every repository)`,
  };
}

export async function diagnose(git: Git, env: NodeJS.ProcessEnv): Promise<DoctorReport> {
  const [config, paths, worktrees, headPolicy] = await Promise.all([
    readHookConfig(git.topLevel, env),
    git.text(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir']),
    listWorktrees(git),
    git.readObjects([`HEAD:${POLICY_PATH}`]),
  ]);
  const [currentHooksDir = '', commonDir = ''] = paths.split('\n');
  const ctx: Context = { git, env, cwd: git.cwd, commonDir };
  const top = git.topLevel;
  const findings: DoctorFinding[] = [];
  const add = (finding: DoctorFinding) => {
    if (!findings.some((f) => f.code === finding.code && f.fix === finding.fix && f.message === finding.message))
      findings.push(finding);
  };

  // Set up at all, and committed?
  const policyHere = lexists(join(top, POLICY_PATH));
  const genesis = listWorktreeLedger(top)
    .map(parseRecordPath)
    .some((parts) => parts?.seq === 0);
  if (!policyHere || !genesis) {
    // Nothing is enforced, whatever the hooks are; `ao init` sets up the hooks too.
    const finding: DoctorFinding = {
      code: 'not-set-up',
      severity: 'ungated',
      message: `agentops/verdict is not set up in this repository (${!policyHere ? `no ${POLICY_PATH}` : 'no genesis record in .agents/ledger'})`,
      where: top,
      fix: at(ctx, top, 'ao init'),
    };
    return { gated: false, top, hooksPath: config.hooksPath.at(-1), worktrees: [], findings: [finding] };
  } else if (!headPolicy.get(`HEAD:${POLICY_PATH}`)) {
    add({
      code: 'setup-not-committed',
      severity: 'ungated',
      message: `${POLICY_PATH} is not committed yet: the gate starts at the commit after it (until then the base has no policy and nothing is enforced)`,
      where: top,
      fix: at(ctx, top, `git add .agents && git commit -m ${shellQuote(SETUP_COMMIT_MESSAGE)}`),
    });
  }

  if (env.HUSKY === '0') {
    add({
      code: 'hooks-disabled',
      severity: 'ungated',
      message: 'HUSKY=0 is set in the environment: every ao hook (husky or plain) lets everything through',
      where: 'environment',
      fix: 'unset HUSKY',
    });
  }

  const hooksPath = config.hooksPath.at(-1);
  const husky = usesHusky(top, hooksPath);
  if (husky) {
    const init = join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'husky', 'init.sh');
    const text = readSmallFile(init);
    if (text && /^[^#\n]*\bHUSKY=0\b/m.test(text)) {
      add({
        code: 'hooks-disabled',
        severity: 'ungated',
        message: `${init} sets HUSKY=0, and husky sources it before every hook: no hook runs`,
        where: init,
        fix: `sed -i.bak '/HUSKY=0/d' ${shellQuote(init)}`,
      });
    }
  }
  const ignoreScripts = husky ? ignoreScriptsSources(top, env) : [];
  const states: WorktreeState[] = [];

  // This worktree first (its findings lead), whatever spelling of its path git recorded.
  const isTop = (path: string) => samePath(path, top);
  const ordered = [...worktrees].sort((a, b) => Number(isTop(b.path)) - Number(isTop(a.path)));
  if (!ordered.some((tree) => isTop(tree.path))) ordered.unshift({ path: top, bare: false, prunable: false });
  for (const tree of ordered) {
    if (tree.bare || tree.prunable || !existsSync(tree.path)) continue;
    const current = isTop(tree.path);
    let value = hooksPath;
    let dir = current ? currentHooksDir : hooksDirFor(tree.path, hooksPath, commonDir, env);
    if (!current && config.worktreeConfig) {
      // Per-worktree configuration may set its own hooks path: ask git there.
      value = (await readHookConfig(tree.path, env)).hooksPath.at(-1);
      dir = hooksDirFor(tree.path, value, commonDir, env);
    }
    const label = current ? '' : `in worktree ${tree.path}: `;
    const inspections = GATE_HOOKS.map((hook) => inspectHook(ctx, tree.path, dir, hook));
    const state: WorktreeState = {
      path: tree.path,
      current,
      hooksDir: dir,
      hooks: inspections.map((i) => i.state),
      gated: inspections.every((i) => !i.problem),
    };
    states.push(state);
    for (const inspection of inspections)
      for (const warning of inspection.warnings) add({ ...warning, message: label + warning.message });
    if (state.gated) continue;

    // Why does git not run ao here? The root cause first: one fix, not one per hook file.
    const treeHusky = husky || usesHusky(tree.path, value);
    const huskyDir = join(tree.path, '.husky', '_');
    const sourceOf = value ? `${value.scope} config (${value.origin})` : '';
    if (treeHusky && !value) {
      if (ignoreScripts.length > 0) {
        add({
          code: 'ignore-scripts',
          severity: 'ungated',
          message: `${label}husky never ran here: core.hooksPath is not set, because npm's ignore-scripts=true (in ${ignoreScripts.map((s) => s.where).join(', ')}) stops \`npm install\` from running package.json's "prepare": "husky"; git runs the hooks in ${dir} instead`,
          where: ignoreScripts[0]!.where,
          fix: at(ctx, tree.path, 'npx husky'),
          alternative: 'or use plain git hooks, which need no install script: ao init --hooks git',
        });
      } else {
        add({
          code: 'hooks-path-unset',
          severity: 'ungated',
          message: `${label}core.hooksPath is not set, so git runs the hooks in ${dir}, not husky's .husky/_ (husky has not run in this clone)`,
          where: dir,
          fix: at(ctx, tree.path, 'npx husky'),
        });
      }
      continue;
    }
    if (treeHusky && value && resolve(dir) !== resolve(huskyDir)) {
      add({
        code: 'hooks-path-elsewhere',
        severity: 'ungated',
        message: `${label}core.hooksPath is ${JSON.stringify(value.value)} (set in ${sourceOf}), so git runs the hooks in ${dir}, which do not run ao; husky's hooks in .husky/_ never run`,
        where: value.origin,
        ...hooksPathFix(ctx, tree.path, value, 'husky'),
      });
      continue;
    }
    if (treeHusky && value && resolve(dir) === resolve(huskyDir) && !existsSync(huskyDir)) {
      // husky's output is gitignored: a clone or worktree that never ran husky has none.
      const source = [top, ...worktrees.map((w) => w.path)]
        .map((p) => join(p, '.husky', '_'))
        .find((p) => p !== huskyDir && existsSync(join(p, 'h')));
      const npx = existsSync(join(tree.path, 'node_modules', '.bin', 'husky'));
      add({
        code: current ? 'husky-not-installed' : 'worktree-without-hooks',
        severity: 'ungated',
        message: `${label}${huskyDir} does not exist, so git finds no hooks here (core.hooksPath ${JSON.stringify(value.value)} is relative to each worktree, and husky's output is not committed)`,
        where: tree.path,
        fix: source && !npx ? `cp -R ${shellQuote(source)} ${shellQuote(huskyDir)}` : at(ctx, tree.path, 'npx husky'),
        alternative: source && npx ? `cp -R ${shellQuote(source)} ${shellQuote(huskyDir)}` : undefined,
      });
      continue;
    }
    if (!treeHusky && value) {
      const repoHooks = join(commonDir, 'hooks');
      const repoHooksRunAo =
        resolve(repoHooks) !== resolve(dir) &&
        GATE_HOOKS.every((hook) => !inspectHook(ctx, tree.path, repoHooks, hook).problem);
      if (repoHooksRunAo || value.scope === 'global' || value.scope === 'system') {
        const { fix, alternative } = hooksPathFix(ctx, tree.path, value, repoHooks);
        add({
          code: 'hooks-path-elsewhere',
          severity: 'ungated',
          message: `${label}core.hooksPath is ${JSON.stringify(value.value)} (set in ${sourceOf}), so git runs the hooks in ${dir}, which do not run ao${repoHooksRunAo ? `; the ao hooks in ${repoHooks} never run` : `; this repository's own hooks directory ${repoHooks} is never used`}`,
          where: value.origin,
          fix: repoHooksRunAo ? fix : `${at(ctx, top, 'ao init --hooks git')} && ${fix}`,
          alternative,
        });
        continue;
      }
    }
    const [first, second] = inspections;
    if (
      first?.lookup &&
      second?.lookup &&
      first.problem?.fix === second.problem?.fix &&
      first.lookup.missing === second.lookup.missing &&
      first.lookup.program === second.lookup.program
    ) {
      // One ao that cannot be found: one finding for both hooks.
      const scripts = inspections.map((i) => i.state.script ?? i.state.file).join(' and ');
      add({
        ...first.problem!,
        severity: 'ungated',
        where: tree.path,
        message: `${label}${scripts} run ${first.lookup.program}, which does not resolve from ${tree.path}: ${first.lookup.missing}; every commit and push then fails`,
      });
      continue;
    }
    for (const inspection of inspections) {
      if (inspection.problem)
        add({ severity: 'ungated', ...inspection.problem, message: label + inspection.problem.message });
    }
  }

  if (husky) {
    if (ignoreScripts.length > 0 && !findings.some((f) => f.code === 'ignore-scripts')) {
      add({
        code: 'ignore-scripts',
        severity: 'warning',
        message: `npm's ignore-scripts=true (in ${ignoreScripts.map((s) => s.where).join(', ')}): \`npm install\` never runs "prepare": "husky", so a fresh clone gets no hooks until someone runs \`npx husky\` there`,
        where: ignoreScripts[0]!.where,
        fix: 'npx husky',
        alternative: 'or use plain git hooks, which need no install script: ao init --hooks git',
      });
    }
    const pkg = readSmallFile(join(top, 'package.json'));
    if (pkg !== undefined && !/"prepare"\s*:\s*"[^"]*\bhusky\b/.test(pkg)) {
      add({
        code: 'no-prepare-script',
        severity: 'warning',
        message:
          'package.json has no "prepare" script running husky, so a fresh clone gets no hooks from `npm install`',
        where: join(top, 'package.json'),
        fix: at(
          ctx,
          top,
          /"prepare"\s*:/.test(pkg)
            ? 'npm pkg set scripts.prepare="husky && $(npm pkg get scripts.prepare | tr -d \'"\')"'
            : 'npm pkg set scripts.prepare=husky',
        ),
      });
    }
    const postCheckout = readSmallFile(join(top, '.husky', 'post-checkout'));
    if (!postCheckout?.includes(HUSKY_WORKTREE_LINE)) {
      add({
        code: 'worktrees-not-covered',
        severity: 'warning',
        message:
          "`git worktree add` will make worktrees without husky's hooks: .husky/post-checkout does not copy .husky/_ into them",
        where: join(top, '.husky', 'post-checkout'),
        fix: at(ctx, top, 'ao init --hooks husky'),
      });
    }
  }

  return { gated: !findings.some((f) => f.severity === 'ungated'), top, hooksPath, worktrees: states, findings };
}

/**
 * The line `ao init` adds to .husky/post-checkout. `git worktree add` runs post-checkout
 * from the worktree it was run in (so $0 is that worktree's .husky/post-checkout, an
 * absolute path) with the new worktree as the current directory: copy husky's gitignored
 * .husky/_ there, so the relative core.hooksPath finds hooks in the new worktree too.
 */
export const HUSKY_WORKTREE_LINE =
  'if [ -d .husky ] && [ ! -d .husky/_ ] && [ -d "$(dirname "$0")/_" ]; then cp -R "$(dirname "$0")/_" .husky/_; fi';

/**
 * Where `ao init --hooks git` installs: git's hooks directory, unless core.hooksPath comes
 * from the user's global or system configuration (a directory shared by every repository):
 * then this repository's own, which `ao doctor` then reports as hidden.
 */
export async function plainHooksDir(git: Git, env: NodeJS.ProcessEnv): Promise<string> {
  const [config, paths] = await Promise.all([
    readHookConfig(git.topLevel, env),
    git.text(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir']),
  ]);
  const [hooksDir = '', commonDir = ''] = paths.split('\n');
  const scope = config.hooksPath.at(-1)?.scope;
  return scope === 'global' || scope === 'system' || scope === 'command' ? join(commonDir, 'hooks') : hooksDir;
}
