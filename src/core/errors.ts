/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status: 0 ok, 1 verification
 * failed, 2 usage or environment error (the default).
 */
export const EXIT_USAGE = 2;

export class AoError extends Error {
  readonly exitCode: number;
  readonly fix?: string;
  readonly where?: string;

  constructor(message: string, options: { fix?: string; where?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'AoError';
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.fix = options.fix;
    this.where = options.where;
  }
}
