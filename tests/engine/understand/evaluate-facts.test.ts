import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledReply } from '@/engine/understand/evaluate';
import type { Understanding } from '@/engine/understanding-types';

const reply = (flags: string[], context?: LabelledReply['context']): LabelledReply => ({ text: '48小时发货', moves: [], flags, ...(context ? { context } : {}) });
const reads = (rules: string[]) => (): Understanding => ({ moves: [], flags: rules.map((rule) => ({ rule, evidence: '' })), entities: {} }) as unknown as Understanding;

describe('fact-wrong in a labelled set', () => {
  it('is left out of the counts where the reply carries no shop facts, and counted as unjudged', () => {
    const report = evaluate([reply(['fact-wrong']), reply(['fact-wrong', 'tone-cold'])], reads(['tone-cold']));

    expect(report.unjudged).toBe(2);
    expect(report.perRule['fact-wrong']).toBeUndefined();
    expect(report.flags).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('is judged like any flag where the reply carries the shop facts', () => {
    const facts = {} as NonNullable<NonNullable<LabelledReply['context']>['facts']>;
    const report = evaluate([reply(['fact-wrong'], { facts })], reads([]));

    expect(report.unjudged).toBe(0);
    expect(report.perRule['fact-wrong']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});
