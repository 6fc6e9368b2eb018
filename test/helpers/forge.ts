import {
  RECORD_SCHEMA,
  recordPath,
  renderRecord,
  sealRecord,
  type LedgerRecord,
  type UnsignedBody,
} from '../../src/core/record.js';
import type { TestRepo } from './repo.js';

/** What a forged record's author chooses; the chain fields (seq, prev, ledger) are filled in. */
export type ForgedBody = Omit<UnsignedBody<LedgerRecord>, 'schema' | 'seq' | 'prev' | 'ledger'> &
  Record<string, unknown>;

/**
 * Seals a record by hand, as an adversary (or a careless script) would, on the working
 * tree's ledger heads, writes it where `ao` would and stages it. It is well formed and
 * chained: whatever the ledger makes of it, it is not a broken record.
 */
export function appendForged(repo: TestRepo, body: ForgedBody): LedgerRecord {
  const records = JSON.parse(repo.ao(['log', '--json']).stdout) as LedgerRecord[];
  const genesis = records.find((r) => r.type === 'genesis')!;
  const pointed = new Set(records.flatMap((r) => r.prev));
  const heads = records.filter((r) => !pointed.has(r.id));
  const seq = Math.max(...heads.map((r) => r.seq)) + 1;
  const record = sealRecord({
    schema: RECORD_SCHEMA,
    seq,
    prev: heads.map((r) => r.id).sort(),
    ledger: genesis.id,
    ...body,
  } as UnsignedBody<LedgerRecord>);
  const path = recordPath(record.seq, record.id);
  repo.write(path, renderRecord(record));
  repo.git(['add', '--', path]);
  return record;
}
