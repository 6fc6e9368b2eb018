/**
 * Bounds (docs/spec.md section 11): a record over 2 MiB is refused by its size before a byte
 * of it is buffered, from the working tree and from git objects alike; a subject that would
 * not fit in a record is refused when the verdict is recorded, naming the fix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../src/core/record.js';
import { Git } from '../../src/git/git.js';
import { cleanupAll, makeRepo } from '../helpers/repo.js';
import { ao } from './runner.js';

afterAll(cleanupAll);

describe('a record over the bound is never buffered', () => {
  it('readObjectsBounded keeps small objects, only the size of big ones, and says which are missing', async () => {
    const repo = makeRepo({ init: false });
    const big = Buffer.alloc(40 * 1024 * 1024, 0x61);
    writeFileSync(join(repo.dir, 'big.bin'), big);
    repo.write('small.txt', 'small\n');
    repo.write('empty.txt', '');
    repo.commitAll('blobs');
    const git = await Git.open(repo.dir);
    const names = ['HEAD:big.bin', 'HEAD:small.txt', 'HEAD:empty.txt', 'HEAD:absent.txt', 'HEAD', 'HEAD:small.txt'];
    const objects = await git.readObjectsBounded(names, MAX_RECORD_BYTES);
    expect(objects.get('HEAD:big.bin')).toEqual({
      id: repo.git(['rev-parse', 'HEAD:big.bin']).stdout.trim(),
      size: big.length,
      type: 'blob',
    });
    expect(objects.get('HEAD:small.txt')?.bytes?.toString()).toBe('small\n');
    expect(objects.get('HEAD:empty.txt')?.bytes?.length).toBe(0);
    expect(objects.has('HEAD:absent.txt')).toBe(true);
    expect(objects.get('HEAD:absent.txt')).toBeUndefined();
    expect(objects.get('HEAD')?.type).toBe('commit');
    // The 40 MiB body streamed past: nothing of it is held.
    const held = [...objects.values()].reduce((n, o) => n + (o?.bytes?.length ?? 0), 0);
    expect(held).toBeLessThan(4096);
  });
});

describe('a subject that does not fit is refused when recorded', () => {
  it('8,500 paths: over the 2 MiB record bound; 10,001 paths: over the entry bound; each exit 2 naming the split', () => {
    const repo = makeRepo({ hooks: 'none' });
    // Staged straight into the index (one blob, many paths): no need for 10,000 files on disk.
    const blob = repo.git(['hash-object', '-w', '--stdin'], { input: 'generated\n' }).stdout.trim();
    const addFiles = (from: number, to: number) => {
      const lines = [];
      for (let i = from; i < to; i++)
        lines.push(`100644 ${blob}\tgen/${Math.floor(i / 500)}/file-${String(i).padStart(5, '0')}.txt`);
      repo.git(['update-index', '--index-info'], { input: `${lines.join('\n')}\n` });
    };
    addFiles(0, 8_500);
    const tooBig = ao(repo, ['verdict', 'pass', '--checker', 'x@example.com']);
    expect(tooBig.code, tooBig.stderr).toBe(2);
    expect(tooBig.stderr).toMatch(new RegExp(`the record would be \\d+ bytes; the limit is ${MAX_RECORD_BYTES}`));
    expect(tooBig.stderr).toMatch(/fix: split the change into smaller commits, or exempt generated paths/);
    addFiles(8_500, 10_001);
    const tooMany = ao(repo, ['verdict', 'pass', '--checker', 'x@example.com']);
    expect(tooMany.code, tooMany.stderr).toBe(2);
    expect(tooMany.stderr).toMatch(/touches 10001 paths; one verdict covers at most 10000/);
    expect(tooMany.stderr).toMatch(/fix: split it into smaller commits/);
    expect(ao(repo, ['ledger', 'verify']).code).toBe(0); // nothing was written
  });
});
