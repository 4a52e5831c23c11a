// The request gate (src/server/http/turn-gate.ts): work runs at once while the event-loop turn
// has time, later requests wait in arrival order for later turns, one waiting request is let in
// on every turn whatever the running ones do, and the server log is written in batches. The
// clock and the turns are the test's own, so nothing here depends on the machine's speed.
import { describe, expect, it } from 'vitest';
import { createTurnGate } from '@/server/http/turn-gate';
import { batchedLog } from '@/server/log-lines';

function harness(sliceMs = 4) {
  let clock = 0;
  const turns: Array<() => void> = [];
  const gate = createTurnGate({ sliceMs, now: () => clock, nextTurn: (fn) => turns.push(fn) });
  const order: string[] = [];
  const admit = (name: string) => void gate.enter().then(() => order.push(name));
  const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));
  const nextTurn = async () => {
    const due = turns.splice(0);
    due.forEach((fn) => fn());
    await flushMicrotasks();
  };
  return { gate, order, admit, flushMicrotasks, nextTurn, advance: (ms: number) => (clock += ms) };
}

describe('the turn gate', () => {
  it('lets requests in at once while the turn has time', async () => {
    const h = harness();
    h.admit('a');
    h.admit('b');
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b']);
    expect(h.gate.waiting()).toBe(0);
  });

  it('keeps the rest for later turns, in arrival order, and fills each turn up to its slice', async () => {
    const h = harness(4);
    h.admit('a');
    await h.flushMicrotasks();
    h.advance(5); // a's work used up the turn
    h.gate.leave();
    ['b', 'c', 'd'].forEach(h.admit);
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a']);
    expect(h.gate.waiting()).toBe(3);

    // Next turn: b runs; it finishes quickly, so c runs in the same turn; c uses the turn up.
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b']);
    h.advance(1);
    h.gate.leave();
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b', 'c']);
    h.advance(4);
    h.gate.leave();
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b', 'c']);
    // A newcomer waits behind d, even with the turn's time left.
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b', 'c', 'd']);
    h.admit('e');
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lets one waiting request in on every turn even when the running ones await I/O', async () => {
    const h = harness(4);
    h.admit('a');
    await h.flushMicrotasks();
    h.advance(5);
    ['b', 'c'].forEach(h.admit);
    await h.flushMicrotasks();
    // a never leaves (it waits on the database): b and c still get their turns.
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b']);
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b', 'c']);
    expect(h.gate.waiting()).toBe(0);
  });
});

describe('the turn gate while connections are being accepted', () => {
  it('lets no more work into the turn that accepted one, nor into the next, then returns to full slices', async () => {
    const h = harness(4);
    h.admit('a');
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a']);
    // The loop accepted a connection in this turn: the turn's remaining time is given up.
    h.gate.accepted();
    h.gate.leave();
    ['b', 'c', 'd', 'e'].forEach(h.admit);
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a']);

    // The next turn runs its one waiting request only, though b took no time at all.
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b']);
    h.gate.leave();
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b']);

    // No connection accepted since: the turn after that is a full slice again.
    await h.nextTurn();
    expect(h.order).toEqual(['a', 'b', 'c']);
    h.advance(1);
    h.gate.leave();
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b', 'c', 'd']);
    h.gate.leave();
    await h.flushMicrotasks();
    expect(h.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(h.gate.waiting()).toBe(0);
  });

  it('still lets one waiting request in on every turn while connections keep arriving', async () => {
    const h = harness(4);
    h.admit('a');
    await h.flushMicrotasks();
    h.gate.accepted();
    ['b', 'c', 'd'].forEach(h.admit);
    await h.flushMicrotasks();
    for (const expected of [['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']]) {
      h.gate.accepted();
      await h.nextTurn();
      h.gate.leave();
      await h.flushMicrotasks();
      expect(h.order).toEqual(expected);
    }
  });
});

describe('the batched log', () => {
  it('writes the lines of one turn in one write, in order, each stamped', async () => {
    const writes: string[] = [];
    const log = batchedLog((text) => writes.push(text), () => 'T');
    log('one');
    log('two');
    expect(writes).toEqual([]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['T one\nT two\n']);
    log('three');
    log.flush();
    expect(writes).toEqual(['T one\nT two\n', 'T three\n']);
  });
});
