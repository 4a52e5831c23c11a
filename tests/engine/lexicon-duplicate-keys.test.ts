// JSON.parse keeps the last of two equal keys in one object, so a second "exclude" written into an
// entry silently replaces the first (found in session 13: a review-induce exclusion that never ran).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The keys that appear twice in one object of a JSON text, with their object's path. */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Array<{ keys: Set<string>; path: string; isObject: boolean }> = [];
  let i = 0;
  let lastKey = '';
  const readString = (): string => {
    let out = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      out += text[i];
      i++;
    }
    i++;
    return out;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const s = readString();
      let j = i;
      while (/\s/u.test(text[j] ?? '')) j++;
      const top = stack[stack.length - 1];
      if (text[j] === ':' && top?.isObject) {
        if (top.keys.has(s)) found.push(`${top.path}.${s}`);
        top.keys.add(s);
        lastKey = s;
      }
      continue;
    }
    if (ch === '{' || ch === '[') stack.push({ keys: new Set(), path: `${stack[stack.length - 1]?.path ?? ''}${ch === '{' ? `.${lastKey}` : '[]'}`, isObject: ch === '{' });
    if (ch === '}' || ch === ']') stack.pop();
    i++;
  }
  return found;
}

describe('lexicon files', () => {
  it('finds a key written twice in one object', () => {
    expect(duplicateKeys('{"a": {"x": 1, "y": "}", "x": 2}, "b": [{"x": 1}, {"x": 2}]}')).toEqual(['..a.x']);
  });

  it('hold no key twice in one object', () => {
    const dir = resolve(__dirname, '../../src/engine/lexicon');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'classifier-model.json')) {
      expect(duplicateKeys(readFileSync(resolve(dir, file), 'utf8')), file).toEqual([]);
    }
  });
});
