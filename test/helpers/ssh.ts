/** Thin wrappers around the real OpenSSH tools, always invoked without a shell. */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SSH_KEYGEN = '/usr/bin/ssh-keygen';
export const SSH_AGENT = '/usr/bin/ssh-agent';
export const SSH_ADD = '/usr/bin/ssh-add';

export interface TempDir {
  path: string;
  file(name: string): string;
  remove(): void;
}

export function makeTempDir(prefix = 'verdict-ssh-'): TempDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    path: dir,
    file: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface GeneratedKey {
  privatePath: string;
  publicPath: string;
  privateText: string;
  /** Public key line as written by ssh-keygen, including its comment. */
  publicText: string;
}

export function generateKey(
  dir: TempDir,
  name: string,
  type: 'ed25519' | 'ecdsa' | 'rsa',
  bits?: number,
  passphrase = '',
): GeneratedKey {
  const privatePath = dir.file(name);
  const args = ['-q', '-t', type, '-N', passphrase, '-C', `${name}@example.test`, '-f', privatePath];
  if (bits !== undefined) args.push('-b', String(bits));
  execFileSync(SSH_KEYGEN, args, { stdio: 'pipe' });
  return {
    privatePath,
    publicPath: `${privatePath}.pub`,
    privateText: readFileSync(privatePath, 'utf8'),
    publicText: readFileSync(`${privatePath}.pub`, 'utf8').trim(),
  };
}

/** `ssh-keygen -Y sign` with the message on stdin; returns the armored signature. */
export function sshKeygenSign(keyPath: string, namespace: string, message: Buffer | string): string {
  return execFileSync(SSH_KEYGEN, ['-Y', 'sign', '-n', namespace, '-f', keyPath], {
    input: message,
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString('utf8');
}

export interface RunResult {
  status: number | null;
  output: string;
}

function run(command: string, args: string[], input?: Buffer | string, env?: NodeJS.ProcessEnv): RunResult {
  const result = spawnSync(command, args, { input, env: env ?? process.env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function sshKeygenVerify(
  allowedSignersPath: string,
  principal: string,
  namespace: string,
  signaturePath: string,
  message: Buffer | string,
): RunResult {
  return run(
    SSH_KEYGEN,
    ['-Y', 'verify', '-f', allowedSignersPath, '-I', principal, '-n', namespace, '-s', signaturePath],
    message,
  );
}

export function sshKeygenCheckNoValidate(
  namespace: string,
  signaturePath: string,
  message: Buffer | string,
): RunResult {
  return run(SSH_KEYGEN, ['-Y', 'check-novalidate', '-n', namespace, '-s', signaturePath], message);
}

export function sshKeygenFingerprint(publicPath: string): string {
  // "256 SHA256:abc comment (ED25519)"
  return execFileSync(SSH_KEYGEN, ['-l', '-E', 'sha256', '-f', publicPath], { encoding: 'utf8' }).split(' ')[1]!;
}

export interface Agent {
  socket: string;
  add(keyPath: string): void;
  stop(): Promise<void>;
}

/** Starts a private ssh-agent in the foreground (-D) so the test owns and can kill exactly that process. */
export async function startAgent(dir: TempDir): Promise<Agent> {
  const socket = dir.file('agent.sock');
  const child: ChildProcess = spawn(SSH_AGENT, ['-D', '-a', socket], { stdio: 'ignore' });
  const deadline = Date.now() + 5000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null) throw new Error(`ssh-agent exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('ssh-agent did not create its socket');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    socket,
    add(keyPath) {
      execFileSync(SSH_ADD, ['-q', keyPath], { env: { ...process.env, SSH_AUTH_SOCK: socket }, stdio: 'pipe' });
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
