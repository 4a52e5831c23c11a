import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as z from 'zod';
import { FAIL, fastParser } from '@/engine/scenario/fast-parse';
import { scenarioSchema } from '@/engine/scenario/schema';
import { loadScenario } from '@/engine/scenario/load';

// The loader's happy path (fast-parse.ts) must answer exactly as zod does: the same data, keys
// in the same order, for every file zod accepts, and FAIL (zod then words the issues) for every
// file zod turns down. Held to zod over every scenario and fixture, and over good files changed
// at random one value at a time.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const yamlFiles = (dir: string): string[] =>
  readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(`${dir}/${e.name}`) : /\.ya?ml$/.test(e.name) ? [`${dir}/${e.name}`] : [],
  );
const FILES = [...yamlFiles('scenarios'), ...yamlFiles('tests/fixtures/scenarios')];

const dataOf = (file: string): unknown => {
  try {
    return parse(readFileSync(`${root}${file}`, 'utf8'), { maxAliasCount: 100, logLevel: 'silent' }) as unknown;
  } catch {
    return undefined;
  }
};

const fast = fastParser(scenarioSchema);

/** A `__proto__` key anywhere: zod drops it without a word, the fast parse leaves such data to zod. */
const hasProtoKey = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && Object.entries(v).some(([k, x]) => k === '__proto__' || hasProtoKey(x));

/** zod's answer and the fast one agree (JSON text compares key order too). */
function expectSameAnswer(data: unknown): void {
  const slow = scenarioSchema.safeParse(data);
  const quick = fast(data);
  if (slow.success && hasProtoKey(data)) expect(quick).toBe(FAIL);
  else if (slow.success) {
    expect(quick).not.toBe(FAIL);
    expect(quick).toEqual(slow.data);
    expect(JSON.stringify(quick)).toBe(JSON.stringify(slow.data));
  } else expect(quick).toBe(FAIL);
}

const GOOD = FILES.map(dataOf).filter((d) => scenarioSchema.safeParse(d).success);

/** Every place in the data: the path to it. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

const REPLACEMENTS: unknown[] = [null, '', ' ', '  亲，在的  ', 0, -1, 1, 1.5, 5, 100, 101, -100, 2 ** 53, 'price', 'floor', 'sale', 'no-such', 'Not_Kebab', 'ask-size', [], [''], ['好的'], {}, { extra: 1 }, true, false];

type Change = (data: unknown) => unknown;
const change: fc.Arbitrary<Change> = fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add', 'pad'), fc.constantFrom(...REPLACEMENTS)).map(
  ([n, op, replacement]) =>
    (data: unknown) => {
      const copy = structuredClone(data);
      const all = paths(copy).filter((p) => p.length > 0);
      const path = all[n % all.length]!;
      const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy as Record<string, unknown>);
      const key = path[path.length - 1]!;
      if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (op === 'add') {
        const target = parent[key];
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)['no-such-field'] = replacement;
        else parent[key] = replacement;
      } else if (op === 'pad' && typeof parent[key] === 'string') parent[key] = ` ${parent[key] as string}\t`;
      else parent[key] = replacement;
      return copy;
    },
);

describe('the loader’s fast parse', () => {
  it('is built from the scenario schema, whose every part it knows', () => {
    expect(() => fastParser(scenarioSchema)).not.toThrow();
    expect(() => fastParser(z.string().email())).toThrow(/not supported/);
  });

  it('answers as zod does for every scenario and fixture file', () => {
    expect(GOOD.length).toBeGreaterThanOrEqual(6);
    for (const file of FILES) expect(() => expectSameAnswer(dataOf(file)), file).not.toThrow();
  });

  it('answers as zod does for good files changed at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOOD), fc.array(change, { minLength: 1, maxLength: 3 }), (good, changes) => {
        expectSameAnswer(changes.reduce((d, c) => c(d), good));
      }),
      { numRuns: 600 },
    );
  });

  it('trims, fills defaults and keeps the schema’s key order, as zod does', () => {
    const text = readFileSync(`${root}scenarios/price-haggle.yaml`, 'utf8');
    const data = parse(text) as Record<string, unknown>;
    delete data.tags;
    (data as { title: string }).title = `  ${String(data.title)}  `;
    expectSameAnswer(data);
    expect((fast(data) as { tags: string[] }).tags).toEqual([]);
    expect(loadScenario(text, 'scenarios/price-haggle.yaml').scenario).toEqual(scenarioSchema.parse(parse(text)));
  });
});
