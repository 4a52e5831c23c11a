import { describe, expect, it } from 'vitest';
import { piecesOf } from '@/engine/understand/pattern-pieces';

const chars = (source: string): string | null => {
  const c = piecesOf(source).chars;
  return c ? String.fromCharCode(...[...c].sort((a, b) => a - b)) : null;
};

describe('one reading of a pattern source for both pre-checks', () => {
  it('gives the rarest required character and the required words of the same pattern', () => {
    const p = piecesOf('(保证|一定)[^,]{0,10}(到|送达)');

    expect(new Set(p.words)).toEqual(new Set(['保证', '一定']));
    // 一 is in nearly every reply: 定 gates its branch instead.
    expect(chars('(保证|一定)[^,]{0,10}(到|送达)')).toBe([...'保定'].sort().join(''));
  });

  it('skips optional parts and lookarounds, and gives up on what it cannot read', () => {
    expect(chars('(亲亲|亲)?在(的|滴)')).toBe('在');
    expect(piecesOf('(亲亲|亲)?在(的|滴)').words).toEqual(['在的', '在滴']);
    expect(chars('(?=退)[退换]')).toBeNull();
    expect(piecesOf('(?<name>x)')).toEqual({ chars: null, words: null });
    expect(piecesOf('\\u4e00退')).toEqual({ chars: null, words: null });
  });

  it('reads a lone surrogate for the characters but not for the words', () => {
    expect(chars('\ud83d在好')).toBe('好');
    expect(piecesOf('\ud83d在好').words).toBeNull();
    expect(piecesOf('在好').words).toEqual(['在好']);
  });
});
