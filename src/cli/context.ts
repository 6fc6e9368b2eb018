import { Git } from '../git/git.js';

/** What every command gets: where it runs and how it talks. */
export interface Cli {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: () => Promise<string>;
}

export function openRepo(cli: Cli): Promise<Git> {
  return Git.open(cli.cwd);
}

export function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) return resolve('');
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
