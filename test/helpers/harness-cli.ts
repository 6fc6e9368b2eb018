import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AO_BIN, tempDir } from './repo.js';

/**
 * The real agent CLIs, installed from the npm registry outside the project (never into its
 * node_modules) into a cache directory the tests share: `$AO_HARNESS_CLI_DIR`, else
 * `$TMPDIR/ao-harness-cli`. Installed once; later runs find them there.
 */
export const HARNESS_CLI_VERSIONS = {
  claude: '@anthropic-ai/claude-code@2.1.197',
  codex: '@openai/codex@0.171.0',
  gemini: '@google/gemini-cli@0.61.0',
} as const;

export function harnessCliDir(): string {
  return process.env.AO_HARNESS_CLI_DIR ?? join(tmpdir(), 'ao-harness-cli');
}

/** The bin directory holding the CLI, installing it first when it is missing. */
export function ensureHarnessCli(name: keyof typeof HARNESS_CLI_VERSIONS): string {
  const dir = harnessCliDir();
  const bin = join(dir, 'node_modules', '.bin');
  if (existsSync(join(bin, name))) return bin;
  mkdirSync(dir, { recursive: true });
  // Test files run in parallel workers: one installs while the others wait for it.
  const lock = join(dir, '.installing');
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${lock} has been held for 10 minutes: remove it if no install is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!existsSync(join(bin, name)))
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', HARNESS_CLI_VERSIONS[name]], {
        stdio: 'pipe',
        timeout: 600_000,
      });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(
      `could not install ${HARNESS_CLI_VERSIONS[name]} into ${dir} (the harness tests run the real CLI): ${stderr.slice(-800)}`,
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(join(bin, name)))
    throw new Error(`installed ${HARNESS_CLI_VERSIONS[name]} into ${dir}, but ${join(bin, name)} is missing`);
  return bin;
}

export interface HarnessCli {
  /** The bin directory holding the CLI. */
  bin?: string;
  /** Why the tests that need it are skipped: only ever because the npm registry is out of reach. */
  skipped?: string;
}

/**
 * The CLI for a test file's `beforeAll`: installed (or found in the cache), or, only when the
 * install failed because the npm registry cannot be reached, a reason for `ctx.skip`. Any
 * other failure to install fails the tests.
 */
export function harnessCli(name: keyof typeof HARNESS_CLI_VERSIONS): HarnessCli {
  try {
    return { bin: ensureHarnessCli(name) };
  } catch (error) {
    const unreachable = registryUnreachable();
    if (unreachable) {
      const skipped = `the npm registry cannot be reached (${unreachable}), so ${HARNESS_CLI_VERSIONS[name]} cannot be installed: the tests that run the real CLI are skipped`;
      console.warn(skipped);
      return { skipped };
    }
    throw error;
  }
}

function registryUnreachable(): string | undefined {
  try {
    execFileSync('npm', ['ping', '--fetch-retries=0', '--fetch-timeout=20000'], { stdio: 'pipe', timeout: 60_000 });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim() ?? '';
    // npm's reason, e.g. "request to https://registry.npmjs.org/-/ping failed, reason: getaddrinfo ENOTFOUND".
    const reason = /request to .*$/m.exec(stderr)?.[0] ?? /npm error code \S+/.exec(stderr)?.[0] ?? String(error);
    return reason.slice(0, 200);
  }
}

/** A directory with `ao` on it, as a user's PATH would have it. */
export function aoOnPath(): string {
  const dir = tempDir('ao-bin-');
  writeFileSync(
    join(dir, 'ao'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(AO_BIN)} "$@"\n`,
  );
  chmodSync(join(dir, 'ao'), 0o755);
  return dir;
}
