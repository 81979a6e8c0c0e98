/**
 * Bounded concurrency for file work: many reads or writes in flight keep the file system busy (one after another,
 * each waits its own round trip), a bound keeps memory and open files in check.
 */

/** `fn` over `items`, at most `limit` at once; results in the order of `items`. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, run));
  return results;
}
