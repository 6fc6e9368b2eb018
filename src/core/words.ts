/**
 * Words of the messages everything prints: counts that agree with their nouns, and text
 * shown as prose cut between words.
 */

/** A count and its noun, agreeing: "1 record", "2 records", "0 records". */
export function plural(n: number, one: string, many = `${one}s`, format: (n: number) => string = String): string {
  return `${format(n)} ${n === 1 ? one : many}`;
}

/**
 * At most `max` characters (code points, never half a surrogate pair), cut after the last
 * whole word that fits and marked with "…"; a single word longer than half of `max` is cut
 * inside it.
 */
export function clipAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  // The first character left out is a space: the head ends with a whole word.
  if (/\s/.test(chars[max - 1]!)) return `${head.trimEnd()}…`;
  const space = head.search(/\s+\S*$/);
  return `${space > head.length / 2 ? head.slice(0, space) : head}…`;
}
