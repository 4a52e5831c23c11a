// One request at a time per attempt in this process: a double-clicked send or a poll racing a
// reply queue up instead of both restoring the same buyer. (Across processes the attempt's
// revision check answers 409 to the loser.)
const tails = new Map<string, Promise<unknown>>();

export async function withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
