import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPath, renderRecord, sealRecord, type VerdictRecord } from '../src/core/record.js';
import { parsePrivateKey } from '../src/core/ssh-keys.js';
import { signMessage } from '../src/core/sshsig.js';
import { cleanupAll, makeRepo, tempDir, CHECKER, type TestRepo } from './helpers/repo.js';
import {
  generateKey,
  makeTempDir,
  sshKeygenFingerprint,
  sshKeygenSign,
  sshKeygenVerify,
  startAgent,
  type GeneratedKey,
  type TempDir,
} from './helpers/ssh.js';

const NAMESPACE = 'agentops-verdict';

let keysDir: TempDir;
let trusted: GeneratedKey;
let untrusted: GeneratedKey;
let trustedEcdsa: GeneratedKey;

beforeAll(() => {
  keysDir = makeTempDir();
  trusted = generateKey(keysDir, 'trusted', 'ed25519');
  untrusted = generateKey(keysDir, 'untrusted', 'ed25519');
  trustedEcdsa = generateKey(keysDir, 'trusted-ecdsa', 'ecdsa', 256);
});

afterAll(() => {
  cleanupAll();
  keysDir?.remove();
});

function setPolicy(repo: TestRepo, requireSignature: boolean): void {
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  policy.requireSignature = requireSignature;
  repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
}

/** A repo whose base commit requires signatures and trusts `trusted` and `trustedEcdsa` for CHECKER. */
function signedRepo(): TestRepo {
  const repo = makeRepo();
  for (const key of [trusted, trustedEcdsa]) {
    const added = repo.ao(['checkers', 'add', CHECKER, key.publicPath]);
    expect(added.code, added.stderr).toBe(0);
  }
  setPolicy(repo, true);
  repo.commitAll('Require signed verdicts');
  return repo;
}

function stageChange(repo: TestRepo, name: string): void {
  repo.write(`src/${name}.txt`, `${name}\n`);
  repo.git(['add', '-A']);
}

function verdict(
  repo: TestRepo,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
): { record: VerdictRecord; stderr: string } {
  const result = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json', ...extra], { env });
  expect(result.code, result.stderr).toBe(0);
  return { record: JSON.parse(result.stdout) as VerdictRecord, stderr: result.stderr };
}

/** `ssh-keygen -Y verify` of a record's signature against the repo's .agents/checkers, message = the id. */
function sshKeygenVerifiesRecord(repo: TestRepo, record: VerdictRecord, principal = CHECKER): boolean {
  const sigPath = keysDir.file(`sig-${record.id.slice(7, 19)}`);
  writeFileSync(sigPath, record.signature!.signature);
  return sshKeygenVerify(join(repo.dir, '.agents/checkers'), principal, NAMESPACE, sigPath, record.id).status === 0;
}

describe('signed verdicts', () => {
  it('ao check --sign records a signed council verdict that the hook accepts', () => {
    const repo = signedRepo();
    stageChange(repo, 'checked');
    const result = repo.ao([
      'check',
      '--run',
      'test -f src/checked.txt',
      '--checker',
      CHECKER,
      '--sign',
      trusted.privatePath,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const record = JSON.parse(result.stdout) as VerdictRecord;
    expect(record.signature?.format).toBe('sshsig');
    expect(sshKeygenVerifiesRecord(repo, record)).toBe(true);
    const commit = repo.git(['commit', '-q', '-m', 'Checked'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
  });

  it('accepts a verdict signed by a trusted key (hook and ao verify), and ssh-keygen -Y verify agrees', () => {
    const repo = signedRepo();
    stageChange(repo, 'a');
    const { record, stderr } = verdict(repo, ['--sign', trusted.privatePath]);
    expect(stderr).toContain(`signed with ${sshKeygenFingerprint(trusted.publicPath)} (key file)`);
    expect(record.signature).toMatchObject({ format: 'sshsig', namespace: NAMESPACE });
    // Ed25519 is deterministic: byte for byte what `ssh-keygen -Y sign -n agentops-verdict` makes of the id.
    expect(record.signature!.signature).toBe(sshKeygenSign(trusted.privatePath, NAMESPACE, record.id));
    expect(sshKeygenVerifiesRecord(repo, record)).toBe(true);
    expect(sshKeygenVerifiesRecord(repo, record, 'someone-else@example.com')).toBe(false);

    const commit = repo.git(['commit', '-q', '-m', 'Add a'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
    const verified = repo.ao(['verify', '--commit', 'HEAD']);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('requires signed verdicts');

    // ECDSA too (randomised, so compared through ssh-keygen -Y verify rather than byte for byte).
    stageChange(repo, 'b');
    const ecdsa = verdict(repo, ['--sign', trustedEcdsa.privatePath]).record;
    expect(sshKeygenVerifiesRecord(repo, ecdsa)).toBe(true);
    expect(repo.git(['commit', '-q', '-m', 'Add b'], { allowFail: true }).code).toBe(0);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  });

  it('refuses unsigned verdicts and verdicts signed by an untrusted key, saying which and how to fix it', () => {
    const repo = signedRepo();
    stageChange(repo, 'a');
    expect(verdict(repo).stderr).toContain('requires signed verdicts: this one is unsigned');
    let commit = repo.git(['commit', '-q', '-m', 'Add a'], { allowFail: true });
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('it is unsigned');
    expect(commit.stderr).toContain('--sign ~/.ssh/id_ed25519');

    const { record, stderr } = verdict(repo, ['--sign', untrusted.privatePath]);
    const fingerprint = sshKeygenFingerprint(untrusted.publicPath);
    expect(stderr).toContain(`does not trust key ${fingerprint}`);
    commit = repo.git(['commit', '-q', '-m', 'Add a'], { allowFail: true });
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain(`signed by key ${fingerprint} (ssh-ed25519), which .agents/checkers at`);
    expect(commit.stderr).toContain(`ao checkers add ${CHECKER} KEY.pub`);
    const verified = repo.ao(['verify', '--staged', '--json']);
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.stdout).changes[0].failedRule).toBe('signature');
    // The signature itself is fine (ledger verify passes); ssh-keygen also refuses its key for CHECKER.
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
    expect(sshKeygenVerifiesRecord(repo, record)).toBe(false);
  });

  it('verifies signatures made by ssh-keygen -Y sign, and refuses one over anything but the exact id', () => {
    const repo = signedRepo();
    stageChange(repo, 'a');
    const { record } = verdict(repo);
    const path = recordPath(record.seq, record.id);
    const withSignature = (message: string) => {
      const signature = sshKeygenSign(trusted.privatePath, NAMESPACE, message);
      repo.write(path, renderRecord({ ...record, signature: { format: 'sshsig', namespace: NAMESPACE, signature } }));
      repo.git(['add', path]);
    };

    withSignature(`${record.id}\n`); // `echo ID |` instead of `printf %s ID |`
    const bad = repo.ao(['ledger', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`${path}: the signature of record`);
    expect(bad.stdout).toContain('does not verify');
    expect(repo.ao(['verify', '--staged']).code).toBe(1);

    withSignature(record.id);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
    const commit = repo.git(['commit', '-q', '-m', 'Add a'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
  });

  it('signs through ssh-agent: a .pub path in AO_SIGNING_KEY, or --sign agent:PUB', async () => {
    const agentDir = makeTempDir('verdict-agent-');
    const agent = await startAgent(agentDir);
    try {
      agent.add(trusted.privatePath);
      const repo = signedRepo();
      const env = { SSH_AUTH_SOCK: agent.socket };
      stageChange(repo, 'a');
      expect(verdict(repo, [], { ...env, AO_SIGNING_KEY: trusted.publicPath }).stderr).toContain('(ssh-agent)');
      expect(repo.git(['commit', '-q', '-m', 'Add a'], { allowFail: true }).code).toBe(0);
      stageChange(repo, 'b');
      const { record } = verdict(repo, ['--sign', `agent:${trusted.publicPath}`], env);
      expect(sshKeygenVerifiesRecord(repo, record)).toBe(true);
      expect(repo.git(['commit', '-q', '-m', 'Add b'], { allowFail: true }).code).toBe(0);
      // The agent does not hold the untrusted key: refused before anything is written.
      stageChange(repo, 'c');
      const refused = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--sign', untrusted.publicPath], { env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('does not hold key');
      expect(repo.git(['status', '--porcelain', '.agents/ledger']).stdout).toBe('');
    } finally {
      await agent.stop();
      agentDir.remove();
    }
  });

  it('trusts .agents/checkers as the base has it: a change cannot add its own key', () => {
    const repo = signedRepo();
    repo.git(['checkout', '-q', '-b', 'feature']);
    const added = repo.ao(['checkers', 'add', CHECKER, untrusted.publicPath]);
    expect(added.code).toBe(0);
    stageChange(repo, 'a');
    verdict(repo, ['--sign', untrusted.privatePath]);
    const commit = repo.git(['commit', '-q', '-m', 'Trust my own key'], { allowFail: true });
    expect(commit.code).not.toBe(0);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Trust my own key']);
    expect(repo.read('.agents/checkers')).toContain(readFileSync(untrusted.publicPath, 'utf8').split(' ')[1]);
    const range = repo.ao(['verify', '--range', 'main..feature']);
    expect(range.code).toBe(1);
    expect(range.stdout).toContain(`signed by key ${sshKeygenFingerprint(untrusted.publicPath)}`);
    expect(range.stdout).toMatch(/\.agents\/checkers at [0-9a-f]{7} does not trust/);
    // The pre-push hook runs the same verification.
    const main = repo.git(['rev-parse', 'main']).stdout.trim();
    const remote = join(tempDir(), 'remote.git');
    repo.git(['init', '-q', '--bare', '-b', 'main', remote]);
    repo.git(['remote', 'add', 'origin', remote]);
    repo.git(['push', '-q', '--no-verify', 'origin', 'main', `${main}:refs/heads/feature`]);
    const push = repo.ao(['hook', 'pre-push', 'origin', remote], {
      input: `refs/heads/feature ${repo.head()} refs/heads/feature ${main}\n`,
    });
    expect(push.code).toBe(1);
    expect(push.stderr).toContain(`signed by key ${sshKeygenFingerprint(untrusted.publicPath)}`);
    // Once the key has landed (here: by fast-forward), it is the base's, and it counts.
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '-q', '--ff-only', 'feature']);
    stageChange(repo, 'b');
    verdict(repo, ['--sign', untrusted.privatePath]);
    const later = repo.git(['commit', '-q', '-m', 'Add b'], { allowFail: true });
    expect(later.code, later.stderr).toBe(0);
  });

  it('explains a policy that requires signatures without .agents/checkers', () => {
    const repo = makeRepo();
    setPolicy(repo, true);
    repo.commitAll('Require signed verdicts, forgetting the keys');
    stageChange(repo, 'a');
    const verified = repo.ao(['verify', '--staged']);
    expect(verified.code).toBe(2);
    expect(verified.stderr).toContain('sets "requireSignature": true, but .agents/checkers does not exist there');
    expect(verified.stderr).toContain('ao checkers add CHECKER-ID');
  });

  it('ao ledger verify checks every signature of a 10,000-record ledger in-process, and pinpoints a bad one', () => {
    const repo = signedRepo();
    stageChange(repo, 'a');
    const { record: first } = verdict(repo, ['--sign', trusted.privatePath]);
    const signer = parsePrivateKey(trusted.privateText);
    let prev = first;
    let started = performance.now();
    const paths: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const { id: _id, signature: _signature, ...body } = prev;
      const record = sealRecord<VerdictRecord>({ ...body, seq: prev.seq + 1, prev: [prev.id] });
      const signed = {
        ...record,
        signature: {
          format: 'sshsig' as const,
          namespace: NAMESPACE as typeof NAMESPACE,
          signature: signMessage(record.id, NAMESPACE, signer),
        },
      };
      const path = recordPath(signed.seq, signed.id);
      repo.write(path, renderRecord(signed));
      paths.push(path);
      prev = signed;
    }
    const built = performance.now() - started;
    // Swap one record's signature for a valid signature over another record's id.
    const victim = paths[5_000]!;
    const donor = JSON.parse(repo.read(paths[5_001]!)) as VerdictRecord;
    repo.write(
      victim,
      renderRecord({ ...(JSON.parse(repo.read(victim)) as VerdictRecord), signature: donor.signature }),
    );

    started = performance.now();
    const audit = repo.ao(['ledger', 'verify', '--json']);
    const elapsed = performance.now() - started;
    console.log(
      `signed ledger: built 10,000 records in ${built.toFixed(0)} ms; \`ao ledger verify\` took ${elapsed.toFixed(0)} ms`,
    );
    expect(elapsed).toBeLessThan(30_000); // a few seconds on a quiet machine; generous for a busy CI box
    const report = JSON.parse(audit.stdout) as { records: number; problems: { code: string; path: string }[] };
    expect(report.records).toBe(10_002);
    // Every other signature verified: the one bad record is the only problem.
    expect(report.problems).toEqual([expect.objectContaining({ code: 'bad-signature', path: victim })]);
    expect(audit.code).toBe(1);
  });
});
