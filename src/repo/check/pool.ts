/** Runs at most `limit` jobs at once; the first error stops the rest and is rethrown once all have settled. */
export async function pool<T>(
  jobs: (() => Promise<T>)[],
  limit: number,
  hooks: { stop: AbortController; onDone: (result: T) => void },
): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < jobs.length && !failure && !hooks.stop.signal.aborted) {
      const index = next++;
      try {
        results[index] = await jobs[index]!();
        hooks.onDone(results[index]!);
      } catch (error) {
        failure ??= { error };
        hooks.stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
