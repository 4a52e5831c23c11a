import { describe, expect, it } from 'vitest';
import { loadFixture, readFixture } from './fixtures';
import { loadScenarios } from '@/engine/scenario/load';
import { ISSUE_CODES } from '@/engine/scenario/issues';

// [fixture / expected code, line, column, path] — the position points at the offending key or value.
const CASES: Array<[string, number, number, string]> = [
  ['yaml-syntax', 11, 9, ''],
  ['duplicate-key', 34, 3, ''],
  ['format-version-missing', 3, 1, ''],
  ['format-version-unsupported', 3, 16, 'formatVersion'],
  ['unknown-field', 32, 3, 'persona.moood'],
  ['missing-field', 3, 1, 'title'],
  ['wrong-type', 14, 12, 'shop.product.price'],
  ['out-of-range', 8, 13, 'difficulty'],
  ['unknown-move', 65, 23, 'states.opening.on[2].when.move'],
  ['unknown-rule', 62, 23, 'states.opening.on[1].when.flag'],
  ['unknown-outcome', 91, 14, 'states.deal.outcome'],
  ['unknown-entity', 69, 28, 'states.opening.on[3].when.hasEntity'],
  ['unknown-state', 64, 15, 'states.opening.on[1].goto'],
  ['id-mismatch', 4, 5, 'id'],
  ['terminal-with-exits', 95, 5, 'states.gone.on'],
  ['no-way-out', 81, 3, 'states.angry'],
  ['transition-without-effect', 69, 9, 'states.opening.on[3]'],
  ['floor-above-price', 15, 12, 'shop.product.floor'],
  ['size-without-chart', 74, 17, 'states.size.on[0].when.size'],
  ['size-ambiguous', 18, 5, 'shop.sizes.chart'],
  ['unknown-placeholder', 90, 13, 'states.deal.lines[0]'],
  ['empty-condition', 69, 15, 'states.opening.on[3].when'],
  ['invalid-id', 92, 3, 'states.Gone'],
  ['unknown-variant', 69, 40, 'states.opening.on[3].when.variant[0]'],
  ['ended-missing', 50, 3, 'states.opening'],
  ['invalid-value', 7, 11, 'category'],
  ['no-terminal', 55, 1, 'states'],
];

describe('loadScenario', () => {
  it('loads the valid test buyer without errors or warnings', () => {
    const result = loadFixture('valid/mini-haggle.yaml');

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.scenario?.id).toBe('mini-haggle');
  });

  it.each(CASES)('reports %s at line %i, column %i', (code, line, column, path) => {
    const file = `broken/${code}.yaml`;

    const result = loadFixture(file);

    expect(result.scenario).toBeUndefined();
    const issue = result.errors[0];
    expect(issue).toMatchObject({ code, line, column, path, file, severity: 'error' });
    expect(issue?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(issue?.hint.length).toBeGreaterThan(0);
  });

  it('names the unknown state and lists the states that exist', () => {
    const [issue] = loadFixture('broken/unknown-state.yaml').errors;

    expect(issue?.message).toContain('angri');
    expect(issue?.message).toContain('angry');
    expect(issue?.hint).toContain('opening、size、angry、deal、gone');
  });

  it('suggests the closest known field for an unknown one', () => {
    const [issue] = loadFixture('broken/unknown-field.yaml').errors;

    expect(issue?.message).toContain('moood');
    expect(issue?.message).toContain('“mood”');
  });

  it('lists the valid moves for an unknown move', () => {
    const [issue] = loadFixture('broken/unknown-move.yaml').errors;

    expect(issue?.hint).toContain('hold-price');
    expect(issue?.hint).toContain('offer-discount');
  });

  it('covers every loader code with a fixture', () => {
    const loaderCodes = ISSUE_CODES.slice(ISSUE_CODES.indexOf('yaml-syntax'), ISSUE_CODES.indexOf('unreachable-state')).filter(
      (c) => c !== 'placeholder-without-value',
    );

    expect(loaderCodes.filter((c) => !CASES.some(([code]) => code === c))).toEqual([]);
  });

  it('warns when a placeholder has nothing to fill it', () => {
    const source = readFixture('valid/mini-haggle.yaml').replace('lines: [好的，那我拍了。]', "lines: ['比{competitor}便宜，那我拍了。']");

    const result = loadScenarios([{ file: 'mini-haggle.yaml', source }])[0]!;

    expect(result.errors).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: 'placeholder-without-value', severity: 'warning', path: 'states.deal.lines[0]' });
  });

  it('keeps loading the other files when one is broken', () => {
    const results = loadScenarios([
      { file: 'broken/wrong-type.yaml', source: readFixture('broken/wrong-type.yaml') },
      { file: 'valid/mini-haggle.yaml', source: readFixture('valid/mini-haggle.yaml') },
    ]);

    expect(results.map((r) => r.errors.length > 0)).toEqual([true, false]);
    expect(results[1]?.scenario?.title).toBe('测试买家：想便宜一点');
  });
});
