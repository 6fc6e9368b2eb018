/**
 * Commands printed for the user to run, as they run in that project: `ao …` where `ao` is on
 * the user's PATH, `npx ao …` where only the project's node_modules has it. Shared by the
 * CLI's reports and the action's summary.
 */
export function runnable(text: string, ao: string): string {
  return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}
