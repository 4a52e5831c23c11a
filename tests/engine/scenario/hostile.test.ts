import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fixturePath } from './fixtures';
import { loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { ISSUE_CODES } from '@/engine/scenario/issues';
import { MAX_SOURCE_CHARS } from '@/engine/scenario/source-guard';

// Files an adversary writes (tests/fixtures/scenarios/hostile/): each is turned down with a
// stable code at the place it goes wrong, never a stack trace. [file, code, line, column].
const REFUSED: Array<[string, string, number, number]> = [
  ['alias-undefined', 'alias-unknown', 5, 8],
  ['alias-in-lines', 'alias-unknown', 90, 12],
  ['alias-bomb', 'alias-too-many', 96, 9],
  ['alias-bomb-map', 'alias-too-many', 96, 13],
  ['alias-self', 'alias-cycle', 95, 17],
  ['nest-flow-seq', 'too-deep', 95, 71],
  ['nest-flow-map', 'too-deep', 95, 260],
  ['nest-flow-lines', 'too-deep', 72, 73],
  ['nest-flow-unclosed', 'too-deep', 95, 71],
  ['nest-block-seq', 'too-deep', 96, 10003],
  ['nest-block-map', 'too-deep', 159, 65],
  ['utf8-invalid-title', 'invalid-encoding', 5, 8],
  ['utf8-overlong', 'invalid-encoding', 5, 8],
  ['utf8-surrogate', 'invalid-encoding', 5, 8],
  ['utf8-truncated', 'invalid-encoding', 95, 3],
  ['utf16-le', 'invalid-encoding', 1, 1],
  ['latin1', 'invalid-encoding', 5, 11],
  ['replacement-char', 'invalid-encoding', 5, 8],
  ['nul-byte', 'invalid-character', 5, 18],
  ['proto-state', 'invalid-id', 92, 3],
  ['proto-variant', 'invalid-id', 37, 5],
  ['proto-lines', 'invalid-id', 44, 9],
  ['proto-top', 'unknown-field', 95, 1],
  ['proto-condition', 'empty-condition', 69, 15],
  ['duplicate-proto', 'duplicate-key', 93, 3],
  ['custom-tag', 'yaml-tag', 5, 8],
  ['binary-tag', 'wrong-type', 5, 17],
  ['set-tag', 'wrong-type', 9, 13],
  ['tostring-goto', 'invalid-id', 64, 15],
  ['constructor-variant-cond', 'unknown-variant', 69, 40],
  ['complex-key', 'invalid-id', 55, 1],
  ['null-key', 'invalid-id', 55, 1],
  ['numeric-state', 'wrong-type', 48, 11],
  ['merge-key', 'unknown-field', 26, 3],
  ['empty', 'wrong-type', 1, 1],
  ['only-comments', 'wrong-type', 1, 1],
  ['null-doc', 'wrong-type', 1, 1],
  ['scalar-root', 'wrong-type', 1, 1],
  ['list-root', 'wrong-type', 1, 1],
  ['two-documents', 'yaml-syntax', 95, 1],
  ['tabs', 'yaml-syntax', 11, 1],
  ['unterminated-quote', 'yaml-syntax', 57, 24],
  ['long-key', 'yaml-syntax', 92, 3],
  ['infinite-price', 'wrong-type', 14, 12],
  ['nan-mood', 'wrong-type', 32, 9],
  ['inf-mood', 'wrong-type', 32, 9],
  ['huge-integer', 'out-of-range', 16, 12],
  ['string-version', 'format-version-unsupported', 3, 16],
  ['many-lines', 'unknown-field', 2091, 5],
];

// Odd but well-formed files: they load (and pass the checker) like any other.
const ACCEPTED = ['alias-reused', 'bom', 'crlf', 'constructor-state', 'escape-codes', 'bidi-title', 'long-line', 'hex-difficulty', 'directive'];

const bytesOf = (name: string): Uint8Array => readFileSync(fixturePath(`hostile/${name}.yaml`));
const load = (name: string) => loadScenario(bytesOf(name), `${name}.yaml`);

describe('hostile scenario files', () => {
  it.each(REFUSED)('%s is refused with %s at %i:%i', (name, code, line, column) => {
    const result = load(name);

    expect(result.scenario).toBeUndefined();
    expect(result.errors[0]).toMatchObject({ code, line, column, file: `${name}.yaml`, severity: 'error' });
    for (const issue of result.errors) {
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.hint).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(ACCEPTED)('%s loads and passes the checker', (name) => {
    const result = load(name);

    expect(result.errors).toEqual([]);
    expect(checkScenario(result.scenario!).errors).toEqual([]);
  });

  it('every hostile fixture is listed above', () => {
    const listed = new Set([...REFUSED.map(([name]) => name), ...ACCEPTED]);
    const files = readdirSync(fixturePath('hostile')).map((f) => f.replace(/\.yaml$/, ''));

    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('a state named __proto__ is reported, not silently dropped', () => {
    const [issue] = load('proto-state').errors;

    expect(issue).toMatchObject({ code: 'invalid-id', path: 'states.__proto__' });
  });

  it('a variant named constructor is not found on the prototype', () => {
    const result = loadScenario(readFileSync(fixturePath('hostile/constructor-state.yaml')), 'constructor-state.yaml');

    expect(result.scenario?.states['constructor' as string]?.outcome).toBe('no-sale');
    expect(Object.hasOwn(result.scenario!.persona.variants!, 'constructor')).toBe(false);
  });

  it('names the encoding problem even when the text was decoded elsewhere (the app bundles text)', () => {
    const text = new TextDecoder().decode(bytesOf('utf8-invalid-title'));

    expect(loadScenario(text, 'x.yaml').errors[0]).toMatchObject({ code: 'invalid-encoding', line: 5, column: 8 });
  });

  it('refuses a file past the size limit before parsing it', () => {
    const source = `formatVersion: 1\n# ${'x'.repeat(MAX_SOURCE_CHARS)}\n`;

    expect(loadScenario(source, 'big.yaml').errors[0]).toMatchObject({ code: 'file-too-large', line: 1, column: 1 });
  });

  it('a string formatVersion says to drop the quotes', () => {
    const [issue] = load('string-version').errors;

    expect(issue?.message).toContain('文字');
    expect(issue?.hint).toContain('去掉引号');
  });

  it('covers every code of reading a file with a hostile fixture', () => {
    const reading = ISSUE_CODES.slice(ISSUE_CODES.indexOf('file-too-large'), ISSUE_CODES.indexOf('yaml-syntax'));

    expect(reading.filter((c) => c !== 'file-too-large' && !REFUSED.some(([, code]) => code === c))).toEqual([]);
  });
});
