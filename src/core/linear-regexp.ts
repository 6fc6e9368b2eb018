/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack: its work per
 * character is bounded by the size of the pattern, whatever the input. Without it no
 * forbidPattern is run at all (a backtracking engine can take exponential time), so a check
 * never depends on which engine a machine happens to have.
 *
 * The engine sits behind a V8 flag, and a flag is process-wide: each entry point sets it
 * before anything runs (src/cli/ao.ts and src/cli/process.ts, src/action/index.ts, and the tests' setup file,
 * test/helpers/process-flags.ts). Core only asks whether the engine is there.
 */
export const LINEAR_ENGINE_V8_FLAG = '--enable-experimental-regexp-engine';

export function hasLinearEngine(): boolean {
  try {
    // biome-ignore lint/complexity/useRegexLiterals: a literal with the l flag is a syntax error where the engine is off
    return new RegExp('a', 'l').flags.includes('l');
  } catch {
    return false;
  }
}
