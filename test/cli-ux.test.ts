import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, openRepo, tempDir, verdictStaged, CHECKER } from './helpers/repo.js';

afterAll(cleanupAll);

describe('exit codes and messages', () => {
  it('usage errors exit 2 with the fixing command, never a stack trace', () => {
    const repo = makeRepo();
    const cases: [string[], string][] = [
      [['frobnicate'], 'ao --help'],
      [['verdict', 'maybe', '--checker', CHECKER], 'pass or fail'],
      [['verdict', 'pass'], '--checker ID'],
      [['verdict', 'pass', '--checker', CHECKER, '--commit', 'HEAD', '--range', 'a..b'], 'cannot be combined'],
      [['verdict', 'pass', '--checker', CHECKER, '--evidence', 'nonsense'], 'KIND:TEXT'],
      [['verdict', 'pass', '--checker', CHECKER, '--checker-kind', 'robot'], 'agent, human, ci, tool'],
      [['verdict', 'pass', '--checker', CHECKER], 'nothing is staged'],
      [['verdict', 'pass', '--checker', CHECKER, '--commit', 'no-such-rev'], 'does not name a commit'],
      [['verify', '--range', 'HEAD'], 'A..B'],
      [['verify', '--bogus'], "Unknown option '--bogus'"],
      [['log', '-n', 'x'], 'whole number'],
    ];
    for (const [args, expected] of cases) {
      const result = repo.ao(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(expected);
      expect(result.stderr).toContain('fix:');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(repo.ao(['--help']).code).toBe(0);
    expect(repo.ao([]).code).toBe(2);
  });

  it('outside a repository, and before ao init', () => {
    const outside = openRepo(tempDir());
    const result = outside.ao(['verify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git repository');
    const bare = makeRepo({ init: false });
    bare.write('a.txt', 'a\n');
    bare.git(['add', '-A']);
    const noLedger = bare.ao(['verdict', 'pass', '--checker', CHECKER]);
    expect(noLedger.code).toBe(2);
    expect(noLedger.stderr).toContain('ao init');
  });
});

describe('ao status', () => {
  it('shows which files changed since the verdict, as a diff', () => {
    const repo = makeRepo();
    repo.write('src/a.js', 'line 1\nline 2\nline 3\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    expect(repo.ao(['status']).stdout).toContain('covered');
    repo.write('src/a.js', 'line 1\nline two\nline 3\n');
    repo.write('src/b.js', 'new\n');
    repo.git(['add', '-A']);
    const status = repo.ao(['status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('covers an earlier version');
    expect(status.stdout).toContain('changed: src/a.js');
    expect(status.stdout).toContain('-line 2');
    expect(status.stdout).toContain('+line two');
    expect(status.stdout).toContain('now also staged: src/b.js');
    const json = JSON.parse(repo.ao(['status', '--json']).stdout);
    expect(json.earlierVerdict.changedSince).toEqual([
      { path: 'src/a.js', change: 'changed' },
      { path: 'src/b.js', change: 'added' },
    ]);
  });
});

describe('ao verify --json', () => {
  it('has a stable, documented shape', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    const sha = repo.commitAll('Uncovered');
    const result = repo.ao(['verify', '--commit', 'HEAD', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      'ok',
      'scope',
      'policy',
      'ledger',
      'range',
      'changes',
      'counts',
      'coverAll',
      'notes',
    ]);
    expect(report.changes[0]).toMatchObject({
      kind: 'commit',
      commit: sha,
      subject: 'Uncovered',
      author: 'agent@example.com',
      outcome: 'uncovered',
      failedRule: 'no-verdict',
      fix: `ao verdict pass --commit ${sha.slice(0, 12)} --checker CHECKER-ID`,
    });
    expect(report.counts).toEqual({ checked: 1, covered: 0, uncovered: 1, exempt: 0, empty: 0 });
  });
});
