// How one git process is run (src/git/run.ts): through pipes, or (for the pre-commit hook's
// first gits) through unlinked temporary files. Both must give git's answer byte for byte,
// fail alike, leave nothing behind, and never lose a file descriptor.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGit, type GitResult } from '../src/git/run.js';
import { cleanupAll, makeRepo, tempDir } from './helpers/repo.js';

afterAll(cleanupAll);

/** Open descriptors, once the pipes of processes already answered have closed (they close a tick later). */
async function openFds(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return readdirSync('/proc/self/fd').length;
}

async function settle(run: Promise<GitResult>): Promise<GitResult | { error: string }> {
  return run.catch((error: Error) => ({ error: error.message }));
}

describe.skipIf(process.platform !== 'linux')('git run through files or pipes', () => {
  let tmp: string;
  const saved = process.env.TMPDIR;
  // The runs' temporary folder, set by each test once its repository is made.
  const useTmp = () => {
    process.env.TMPDIR = tmp;
  };
  beforeEach(() => {
    tmp = tempDir('ao-run-tmp-');
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  });

  it('gives the same bytes, exit code and errors either way, and leaves no file or descriptor behind', async () => {
    const repo = makeRepo({ hooks: 'none' });
    for (let i = 0; i < 300; i++) repo.write(`src/${i % 7}/f${i}.txt`, `${i}\n`);
    // A path git must quote in text output, and bytes that are not UTF-8: raw output keeps both.
    writeFileSync(join(repo.dir, 'src', 'tab\there.txt'), 'x\n');
    writeFileSync(
      Buffer.concat([Buffer.from(`${join(repo.dir, 'src')}/`), Buffer.from([0x66, 0xff, 0x2e, 0x74])]),
      'y\n',
    );
    repo.git(['add', '-A']);
    useTmp();
    const before = await openFds();
    const cases: [string[], number[]][] = [
      [['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', '--no-renames', 'HEAD'], [128]],
      [['rev-parse', '--absolute-git-dir', '--show-toplevel'], [128]],
      [['rev-parse', '--verify', 'no-such-ref'], []],
      [['diff-index', '--cached', 'no-such-tree'], [128]],
    ];
    for (const [args, okCodes] of cases) {
      const piped = await settle(runGit(repo.dir, args, { okCodes }));
      const filed = await settle(runGit(repo.dir, args, { okCodes, viaFiles: true }));
      expect(filed, args.join(' ')).toEqual(piped);
    }
    const diff = (await runGit(repo.dir, cases[0]![0], { viaFiles: true })).stdout;
    expect(diff.length).toBeGreaterThan(300 * 100);
    expect(diff.includes(Buffer.from([0x66, 0xff, 0x2e, 0x74]))).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
    expect(await openFds()).toBe(before);
  });

  it('says git is missing as the pipe path does, without losing a descriptor', async () => {
    const repo = makeRepo({ hooks: 'none' });
    const empty = tempDir('ao-no-git-');
    useTmp();
    const before = await openFds();
    const env = { ...process.env, PATH: empty };
    const piped = await settle(runGit(repo.dir, ['version'], { env }));
    const filed = await settle(runGit(repo.dir, ['version'], { env, viaFiles: true }));
    expect(filed).toEqual(piped);
    expect(filed).toEqual({ error: 'git is not installed or not on PATH' });
    expect(await openFds()).toBe(before);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('takes the pipes when no temporary file can be made there', async () => {
    const repo = makeRepo({ hooks: 'none' });
    process.env.TMPDIR = join(tmp, 'not-there');
    const filed = await runGit(repo.dir, ['rev-parse', '--show-toplevel'], { viaFiles: true });
    expect(filed.stdout.toString().trim()).toBe(repo.dir);
    // A file where the folder should be: the same.
    writeFileSync(join(tmp, 'a-file'), '');
    process.env.TMPDIR = join(tmp, 'a-file');
    expect((await runGit(repo.dir, ['rev-parse', '--show-toplevel'], { viaFiles: true })).code).toBe(0);
    mkdirSync(join(tmp, 'kept'));
    expect(readdirSync(tmp).sort()).toEqual(['a-file', 'kept']);
  });
});
