// The record helpers the case builder needs: the spec's byte form and id (sections 3-5),
// written from docs/spec.md for authoring vectors by hand.
import { createHash } from 'node:crypto';

export const WORKER = 'agent@example.com';
export const CHECKER = 'reviewer@example.com';

const present = (value) => Object.keys(value).filter((k) => value[k] !== undefined);

/** JSON of a record as the spec's byte form gives it (keys in UTF-16 order, 2-space indent, final LF). */
export function renderRecord(record) {
  const sortKeys = (value) => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      present(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  };
  return `${JSON.stringify(sortKeys(record), null, 2)}\n`;
}

export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  return `{${present(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
    .join(',')}}`;
}

export function recordId(record) {
  const { id: _id, signature: _signature, ...body } = record;
  return `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;
}

export function recordPath(seq, id) {
  return `.agents/ledger/${String(Math.floor(seq / 1000)).padStart(4, '0')}/${String(seq).padStart(8, '0')}-${id.slice(7)}.json`;
}
