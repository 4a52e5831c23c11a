import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { ISSUE_CODES } from '@/engine/scenario/issues';

// Good files damaged at random, as editors, copy-paste and disks damage them: whatever comes
// out, the loader answers with issues (a known code, a position inside the file, Chinese
// words), never an exception and never an internal error; what still loads is checked too.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const GOOD = [
  ...readdirSync(`${root}scenarios`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
  'tests/fixtures/scenarios/valid/mini-haggle.yaml',
].map((file) => ({ file, bytes: new Uint8Array(readFileSync(`${root}${file}`)) }));

/** Bytes that matter to YAML, UTF-8 and terminals. */
const SPECIAL = [...'[]{}&*!|>:-#\'"%@`?,\t\r\n ~'].map((c) => c.charCodeAt(0)).concat([0x00, 0x1b, 0x7f, 0x80, 0xc0, 0xe4, 0xef, 0xff]);

type Damage = (bytes: Uint8Array) => Uint8Array;
const at = (n: number, bytes: Uint8Array) => Math.floor(n * bytes.length);
const splice = (bytes: Uint8Array, start: number, remove: number, insert: number[]): Uint8Array =>
  new Uint8Array([...bytes.subarray(0, start), ...insert, ...bytes.subarray(start + remove)]);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SPECIAL)).map(([p, b]) => (x: Uint8Array) => splice(x, at(p, x), 1, [b])),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })).map(([p, bs]) => (x: Uint8Array) => splice(x, at(p, x), 0, bs)),
  fc.double({ min: 0, max: 1, noNaN: true }).map((p) => (x: Uint8Array) => x.subarray(0, at(p, x))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(([p, n]) => (x: Uint8Array) => splice(x, at(p, x), n, [])),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 })).map(
    ([p, q, n]) => (x: Uint8Array) => splice(x, at(p, x), 0, [...x.subarray(at(q, x), at(q, x) + n)]),
  ),
);

describe('randomly damaged scenario files', () => {
  it('never throw past the loader, and every issue has a code, a position and Chinese words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOOD), fc.array(damage, { minLength: 1, maxLength: 4 }), ({ file, bytes }, damages) => {
        const broken = damages.reduce<Uint8Array>((x, d) => d(x), bytes);
        const lines = new TextDecoder().decode(broken).split('\n').length;

        const result = loadScenario(broken, file);

        for (const issue of [...result.errors, ...result.warnings]) {
          expect(ISSUE_CODES).toContain(issue.code);
          expect(issue.code).not.toBe('internal-error');
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(lines + 1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        }
        if (result.scenario) expect(() => checkScenario(result.scenario!)).not.toThrow();
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
