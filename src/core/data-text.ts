/**
 * Text from records (learnings, summaries, findings, ids of actors, paths) shown to a model or
 * a person as data, never as structure or instructions: it can hold a carriage return that
 * forges a heading, a bidi override that reorders a line, or "ignore previous instructions".
 */

/** Control, format and separator characters that can change how a line reads or breaks. */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text as one quoted string: JSON string syntax (`"`, `\` and every control character
 * escaped, lone surrogates too), plus the format characters JSON leaves raw. It never spans
 * lines, never ends early, and reads as a quotation.
 */
export function quoteData(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/** The text unquoted but on one line: only control, format and separator characters escaped. */
export function inertText(text: string): string {
  return escapeUnsafe(text);
}
