/**
 * Words of the messages everything prints: counts that agree with their nouns, and text cut
 * to a length: anywhere (`clip`), on one line (`oneLine`), or between words (`clipAtWord`).
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

/** At most `max` characters (code points, as clipAtWord and the schemas' lengths count them), marked with "…" when cut. */
export function clip(text: string, max: number): string {
  // A string never has more code points than UTF-16 units.
  if (text.length <= max) return text;
  let count = 0;
  let cut = 0;
  let end = 0;
  for (const char of text) {
    count++;
    // Where the text is cut: before the max-th character, leaving room for the ellipsis.
    if (count === max) cut = end;
    if (count > max) return `${text.slice(0, cut)}…`;
    end += char.length;
  }
  return text;
}

/** On one line (each run of white space, line breaks included, one space; trimmed), then cut as `clip` does. */
export function oneLine(text: string, max = Infinity): string {
  return clip(text.replace(/\s+/g, ' ').trim(), max);
}
