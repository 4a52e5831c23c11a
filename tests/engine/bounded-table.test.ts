import { describe, expect, it } from 'vitest';
import { boundedTable } from '@/engine/bounded-table';

describe('a bounded table of readings', () => {
  it('reads a key once while it is kept, null included, and empties itself when full', () => {
    const reads: string[] = [];
    const read = boundedTable(2, (k: string) => {
      reads.push(k);
      return k === 'calm' ? null : k.length;
    });
    expect([read('calm'), read('calm'), read('abc'), read('abc')]).toEqual([null, null, 3, 3]);
    expect(reads).toEqual(['calm', 'abc']);
    read('x'); // full: emptied, then x kept
    read('calm');
    expect(reads).toEqual(['calm', 'abc', 'x', 'calm']);
  });
});
