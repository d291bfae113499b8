/** The Web Lock that makes one tab (or one copy of the script) at a time send a given report. */

/**
 * Runs `work` holding an exclusive Web Lock. Without `wait`, returns
 * undefined when another context holds it; with `wait`, runs once it is free.
 */
export async function withLock<T>(name: string, wait: boolean, work: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  if (wait) return locks.request(name, work);
  return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
}
