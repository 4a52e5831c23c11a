// A seeded pseudo-random source whose whole state is one 32-bit integer, so it can live
// in the buyer's context and survive a JSON round trip of the persisted snapshot.
// Algorithm: mulberry32 (small, fast, good enough for picking line variants).

/** Turns any integer seed into a well-mixed starting state (seed 0 and 1 differ a lot). */
export function seedState(seed: number): number {
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** One draw in [0, 1) and the state to use for the next draw. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Picks one item; the caller keeps the returned state. */
export function pick<T>(items: readonly [T, ...T[]] | readonly T[], state: number): { item: T; state: number } {
  if (items.length === 0) throw new Error('pick() needs at least one item');
  const draw = nextRandom(state);
  const item = items[Math.floor(draw.value * items.length)] as T;
  return { item, state: draw.state };
}
