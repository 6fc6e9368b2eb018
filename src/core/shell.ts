/**
 * Quotes a value for a POSIX shell. Every value from the repository (a path, a record's
 * checker, a branch, a remote) that enters a printed "ready to paste" command goes through
 * here, so pasting the fix can never run code a record, a path or a subject carries.
 */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) && !text.startsWith('-') ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
