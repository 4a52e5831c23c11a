// The five built-in buyers: each loads, compiles and checks cleanly, and has what issue 4
// asks of a buyer every trainee meets first (enough states and endings, three personas,
// line variety, timeouts, fallbacks, coaching, shop facts the right answers follow from).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { compileScenario } from '@/engine/buyer/compile';
import { rightSizes } from '@/engine/scenario/effective';
import type { Scenario } from '@/engine/scenario/schema';

const BUILT_IN = ['price-haggle', 'size-question', 'refund-dispute', 'complaint', 'comparison-shopper'] as const;

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  if (!result.scenario) throw new Error(`${file} did not load`);
  return result.scenario;
}

const terminalNames = (s: Scenario) => Object.keys(s.states).filter((n) => s.states[n]!.outcome !== undefined);
const decisionNames = (s: Scenario) => Object.keys(s.states).filter((n) => s.states[n]!.outcome === undefined);

describe.each(BUILT_IN)('built-in buyer %s', (id) => {
  const scenario = load(id);

  it('is named after its file and checks with no error or warning, every state reached', { timeout: 120_000 }, () => {
    const result = checkScenario(scenario, compileScenario(scenario));

    expect(scenario.id).toBe(id);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.stats.reached).toBe(result.stats.states);
  });

  it('has at least 10 states and at least 3 different outcome kinds', () => {
    const outcomes = new Set(terminalNames(scenario).map((n) => scenario.states[n]!.outcome));

    expect(Object.keys(scenario.states).length).toBeGreaterThanOrEqual(10);
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  });

  it('offers easy, normal and hard personas that differ in patience and mood', () => {
    const variants = scenario.persona.variants ?? {};

    expect(Object.keys(variants).sort()).toEqual(['easy', 'hard', 'normal']);
    expect(variants.easy?.patience).toBeGreaterThan(scenario.persona.patience);
    expect(variants.hard?.patience).toBeLessThan(scenario.persona.patience);
    expect(variants.easy?.mood).toBeGreaterThan(scenario.persona.mood);
    expect(variants.hard?.mood).toBeLessThan(scenario.persona.mood);
    expect(Object.keys(variants.hard?.lines ?? {}).length).toBeGreaterThan(0);
  });

  it('nudges and then leaves when the agent goes quiet, and re-asks when a reply misses', () => {
    expect(scenario.timeout?.lines.length).toBeGreaterThanOrEqual(3);
    expect(scenario.timeout && scenario.states[scenario.timeout.leave]?.outcome).toBeDefined();
    expect(scenario.fallback.lines.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every buyer turn at least three line variants', () => {
    const short: string[] = [];
    for (const [name, state] of Object.entries(scenario.states)) {
      if (state.lines.length < 3) short.push(`${name}.lines`);
      state.on?.forEach((t, i) => {
        if (t.say && t.say.length < 3) short.push(`${name}.on[${i}].say`);
      });
      if (state.fallback && state.fallback.lines.length < 3) short.push(`${name}.fallback`);
    }
    for (const [variant, v] of Object.entries(scenario.persona.variants ?? {}))
      for (const [name, lines] of Object.entries(v.lines ?? {})) if (lines.length < 3) short.push(`${variant}.${name}`);

    expect(short).toEqual([]);
  });

  it('coaches the trainee at every decision point', () => {
    const uncoached = decisionNames(scenario).filter((n) => !scenario.states[n]!.coaching);

    expect(uncoached).toEqual([]);
  });

  it('keeps every floor below the list price and every target at or below it', () => {
    const { price, floor } = scenario.shop.product;
    const variants = Object.values(scenario.persona.variants ?? {});

    expect(floor).toBeLessThan(price);
    for (const v of variants) expect(v.floor ?? floor).toBeLessThan(price);
    for (const target of [scenario.persona.target, ...variants.map((v) => v.target)])
      if (target !== undefined) expect(target).toBeLessThanOrEqual(price);
  });
});

describe('shop facts the right answers follow from', () => {
  it('gives the size-question buyer exactly one right size, and not her usual one', () => {
    const scenario = load('size-question');

    expect(rightSizes(scenario)).toEqual(['L']);
    expect(scenario.persona.facts?.usualSize).toBe('M');
  });

  it('makes the haggler hope for less than the floor, so the agent has to hold the price', () => {
    const scenario = load('price-haggle');
    const variants = scenario.persona.variants ?? {};

    for (const name of ['normal', 'hard'] as const) {
      const floor = variants[name]?.floor ?? scenario.shop.product.floor;
      const target = variants[name]?.target ?? scenario.persona.target ?? 0;
      expect(target).toBeLessThan(floor);
    }
  });

  it('prices the comparison shopper’s other shop below ours, with differences to name', () => {
    const scenario = load('comparison-shopper');

    expect(scenario.shop.competitor?.price).toBeLessThan(scenario.shop.product.price);
    expect(scenario.shop.competitor?.differences.length).toBeGreaterThanOrEqual(3);
  });
});
