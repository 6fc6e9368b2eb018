import { createHash } from 'node:crypto';

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`not a safe integer: ${value}`);
      return String(value);
    case 'string':
      assertWellFormed(value);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
      const keys = Object.keys(value as object).sort();
      const parts = keys.map((key) => {
        assertWellFormed(key);
        return `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`;
      });
      return `{${parts.join(',')}}`;
    }
    default:
      throw new TypeError(`value of type ${typeof value} cannot be canonicalised`);
  }
}

function assertWellFormed(text: string): void {
  if (!text.isWellFormed()) throw new TypeError('string contains a lone UTF-16 surrogate');
}

/**
 * The on-disk form of a record: JCS key order, two-space indentation, LF line ends and a
 * final LF. One byte form per record, so re-serialising a record is always detectable.
 */
export function renderJsonFile(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(sorted, key, {
        value: sortKeysDeep((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return sorted;
  }
  return value;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
