// Request work in short, fair turns of the event loop.
//
// Why: libuv accepts one new connection per event-loop turn (libuv PR #3696, in Node 20), and
// on SQLite (libsql is synchronous) a request runs from start to end inside the socket callback
// that read it. With 200 keep-alive clients each holding a ready request, one turn lasted
// 200 × the work of one request, so a connection in the kernel's accept queue waited one such
// turn for every connection ahead of it: seconds on a quiet machine, minutes on a busy one
// (the team-load p99 of 11.6 s against a 137 ms median). The gate lets request work run for at
// most `sliceMs` per turn; the rest wait in arrival order for the next turn, so the loop comes
// back to its poll (accepting, reading sockets, timers, WebSocket pings) every few milliseconds.
// A request that awaits I/O (PostgreSQL) frees the turn by itself; one waiting request is let
// in on every turn whatever the others do, so nothing waits on a slow one.
//
// Accepting: a connection accepted in a turn means more are likely waiting in the kernel's
// queue (200 trainees opening the day at once), and each of them needs a turn of its own. While
// connections keep arriving, a turn runs only its one waiting request, so the loop accepts about
// one connection per request's work instead of one per slice (the team-load start burst: the
// 200th connection was accepted ~200 × 4 ms after the first, and its first upload answered
// ~2 × later than any other).

export interface TurnGate {
  /** Resolves when the request may run: at once while this turn has time, else in a later turn, in arrival order. */
  enter(): Promise<void>;
  /** The request is done: the next waiting one runs now if this turn still has time. */
  leave(): void;
  /** Requests waiting for a turn (for tests and the log). */
  waiting(): number;
  /** The server accepted a connection: this turn and the next let no more work in than they must (see above). */
  accepted(): void;
}

export function createTurnGate(options: { sliceMs?: number; acceptSliceMs?: number; now?: () => number; nextTurn?: (fn: () => void) => void } = {}): TurnGate {
  const sliceMs = options.sliceMs ?? 4;
  const acceptSliceMs = options.acceptSliceMs ?? 0;
  const now = options.now ?? (() => performance.now());
  // setImmediate runs in the loop's check phase, right after the poll that read the sockets.
  const later = options.nextTurn ?? ((fn: () => void) => void setImmediate(fn));
  const queue: Array<() => void> = [];
  let turnOpen = false;
  let turnStart = 0;
  let turnSlice = sliceMs;
  // A connection was accepted since the current turn opened: the next one is short too.
  let accepting = false;

  const hasTime = () => now() - turnStart < turnSlice;
  const openTurn = () => {
    turnOpen = true;
    turnStart = now();
    turnSlice = accepting ? acceptSliceMs : sliceMs;
    accepting = false;
    later(endTurn);
  };
  function endTurn() {
    turnOpen = false;
    if (!queue.length) return;
    openTurn();
    queue.shift()!();
  }

  return {
    enter() {
      if (!turnOpen) openTurn();
      if (!queue.length && hasTime()) return Promise.resolve();
      return new Promise<void>((resolve) => queue.push(resolve));
    },
    leave() {
      if (queue.length && turnOpen && hasTime()) queue.shift()!();
    },
    waiting: () => queue.length,
    accepted() {
      accepting = true;
      turnSlice = Math.min(turnSlice, acceptSliceMs);
    },
  };
}
