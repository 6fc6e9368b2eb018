import { it } from 'vitest';
import { renderRecord, sealRecord, RECORD_SCHEMA } from '/work/wt-hostile/src/core/record.ts';
it('size', () => {
  for (const [len, idlen, path] of [[40, 40, 'src/components/file0000.ts'], [64, 64, 'src/components/file0000.ts']] as const) {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ oldMode: '100644', newMode: '100644', oldId: 'a'.repeat(idlen), newId: 'b'.repeat(idlen), status: 'M' as const, path: path.replace('0000', String(i).padStart(4, '0')) }));
    const r = sealRecord({ schema: RECORD_SCHEMA, type: 'verdict', seq: 1, prev: ['sha256:' + 'c'.repeat(64)], createdAt: '2025-01-01T00:00:00Z', ledger: 'sha256:' + 'd'.repeat(64), subject: { kind: 'commit', commit: 'e'.repeat(idlen), digest: 'sha256:' + 'f'.repeat(64), entries }, verdict: 'pass', checker: { id: 'a', kind: 'agent' }, worker: { id: 'b', kind: 'agent' }, evidence: [], summary: '' } as any);
    const size = Buffer.byteLength(renderRecord(r as any));
    console.log(idlen, 'bytes per entry', size / 1000, 'entries in 2MiB', Math.floor(2 * 1024 * 1024 / (size / 1000)));
  }
});
