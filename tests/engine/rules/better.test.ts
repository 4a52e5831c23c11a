// Better replies in the report: filled with the shop's facts, fitted to the buyer's question,
// never a blank left for the trainee, and never a reply that itself breaks a rule.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betterReply, phrasingFacts } from '@/engine/rules/better';
import { RULES } from '@/engine/rules/catalog';
import { loadScenario } from '@/engine/scenario/load';
import { shopContext } from '@/engine/score/reply-context';
import { score } from '@/engine/score/score';
import { understand } from '@/engine/understand/understand';
import { RULE_IDS } from '@/engine/vocabulary';

const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const load = (id: string) => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`).scenario!;
const QUESTIONS = ['', '这个几天能到', '我穿什么码', '能开发票吗', '不合适能退吗', '这是什么面料', '能便宜点吗'];
const BLANK = /[（(][^）)]*[）)]|…|\.\.\./u;

describe('better replies', () => {
  it.each(ids)('%s: every rule, after any question, is filled with facts, leaves no blank and breaks no rule', (id) => {
    const scenario = load(id);
    const facts = phrasingFacts(scenario);
    for (const rule of RULE_IDS)
      for (const q of QUESTIONS) {
        const better = betterReply(rule, facts, q);
        expect({ rule, q, blank: BLANK.test(better) }).toEqual({ rule, q, blank: false });
        const broken = understand(better.replace(/^[^:]*:/, ''), shopContext(scenario)).flags.map((f) => f.rule);
        expect({ rule, q, better, broken }).toEqual({ rule, q, better, broken: [] });
      }
  });

  it.each(ids)('%s: a better reply to disparage speaks of our item, never the other shop\'s traits as ours', (id) => {
    const scenario = load(id);
    const better = betterReply('disparage', phrasingFacts(scenario));
    for (const d of scenario.shop.competitor?.differences ?? []) expect(better).not.toContain(d.replace(/[，,。].*$/u, ''));
    const [first] = scenario.shop.product.highlights ?? [];
    if (first) expect(better).toContain(first.replace(/[，,。].*$/u, ''));
  });

  it('quotes her height and weight only as she gave them, and calls a price a sale price only when the shop does', () => {
    const size = phrasingFacts(load('size-question'));
    const asked = betterReply('tone-blunt', size, '这款我该拿哪个码啊');
    expect(asked).toContain('L码');
    expect(asked).not.toMatch(/cm|斤|kg/u);
    expect(betterReply('tone-blunt', size, '我166 平时穿M 选哪个码')).toContain('您166cm，');
    expect(betterReply('tone-blunt', size, '我166 114斤 选哪个码')).toContain('您166cm、114斤，');
    expect(betterReply('tone-cold', phrasingFacts(load('price-haggle')), '能便宜点吗')).toContain('活动价');
    expect(betterReply('tone-cold', phrasingFacts(load('comparison-shopper')), '能便宜点吗')).not.toContain('活动价');
  });

  it('uses this shop\'s facts: the dispatch time and courier, the size the chart gives the buyer, the return conditions', () => {
    const size = phrasingFacts(load('size-question'));
    const haggle = phrasingFacts(load('price-haggle'));

    expect(betterReply('ship-promise', size)).toContain('48小时');
    expect(betterReply('ship-promise', size)).toContain('韵达');
    expect(betterReply('tone-uncertain', size, '我平时穿M 这款穿什么码')).toContain('L码');
    expect(betterReply('tone-cold', haggle, '几天能到啊')).toContain('中通');
    expect(betterReply('return-refuse', haggle)).toContain('未水洗');
    expect(betterReply('tone-greet', haggle, '能便宜点吗')).toContain('199元');
  });

  it('without facts (a log graded with no context) says the catalog reply, which has no blanks', () => {
    for (const rule of RULE_IDS) {
      expect(BLANK.test(RULES[rule].better)).toBe(false);
      expect(betterReply(rule, phrasingFacts(), '这个几天能到')).toEqual(RULES[rule].better);
    }
  });

  it('the report\'s item carries the filled reply', () => {
    const scenario = load('size-question');
    const result = score({ turns: [{ role: 'buyer', text: '我166 114斤 穿什么码' }, { role: 'agent', text: '亲您好 应该是M吧' }], outcome: null }, scenario);

    expect(result.feedback.find((f) => f.rule === 'tone-uncertain')?.better).toContain('L码');
  });
});
