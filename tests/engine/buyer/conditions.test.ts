import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CONDITIONS, CONDITION_KEYS, conditionEntries, replyNeeds, stateReads } from '@/engine/buyer/conditions';
import { conditionGuards } from '@/engine/buyer/guards';
import { conditionSchema } from '@/engine/scenario/schema';
import { scenarioJsonSchema } from '@/engine/scenario/json-schema';
import { miniHaggle } from '../scenario/fixtures';
import type { BuyerContext } from '@/engine/buyer/types';

// One record per buyer condition (src/engine/buyer/conditions.ts); the rest is derived from it.
// A sample value for each key, valid under its schema, to exercise every record.
const SAMPLES: Record<string, unknown> = {
  move: 'greet',
  anyMove: ['greet', 'thank'],
  allMoves: ['greet'],
  noMove: ['urge-order'],
  flag: 'platform',
  noFlag: 'any',
  hurt: 'blamed',
  offerAtOrBelow: 'target',
  offerAbove: 90,
  amountBelow: 10,
  amountAtLeast: 10,
  hasEntity: 'shipTime',
  size: 'right',
  moodAtLeast: 50,
  moodBelow: 50,
  repeated: { move: 'greet', times: 2 },
  turnAtLeast: 2,
  remembered: 'held',
  notRemembered: 'held',
  variant: ['hard'],
};

const context: BuyerContext = {
  rng: 1, variant: '', mood: 60, patience: 2, floor: 85, target: 80, turn: 0, tries: 0, nudges: 0,
  moveCounts: {}, memory: [], lastOffer: null, lowestOffer: null, lastSize: null, said: [], missed: false, outcome: null,
};

describe('the buyer condition table', () => {
  it('has a complete record for every condition key the schema accepts', () => {
    expect(Object.keys(conditionSchema.shape).sort()).toEqual([...CONDITION_KEYS].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...CONDITION_KEYS].sort());
    for (const key of CONDITION_KEYS) {
      const record = CONDITIONS[key];
      expect(record.schema, key).toBeInstanceOf(z.ZodType);
      expect(record.schema.safeParse(SAMPLES[key]).success, key).toBe(true);
      expect(record.doc, key).toMatch(/[\u4e00-\u9fff]/);
      expect(record.example.startsWith(key), key).toBe(true);
      for (const fn of [record.holds, record.needs, record.reads]) expect(typeof fn, key).toBe('function');
    }
  });

  it('every accepted key parses in a `when` and becomes one guard of its own name', () => {
    for (const key of CONDITION_KEYS) {
      const when = conditionSchema.parse({ [key]: SAMPLES[key] });
      expect(conditionGuards(when).map((g) => g.type)).toEqual([key]);
    }
  });

  it('a reply condition says what a reply needs; a state condition is never true of no reply unless it reads only the state', () => {
    for (const key of CONDITION_KEYS) {
      const record = CONDITIONS[key];
      const when = { [key]: SAMPLES[key] };
      const { moves, needs } = replyNeeds(when);
      if (record.reply) expect(moves.length + Object.keys(needs).length, key).toBeGreaterThan(0);
      else expect(moves.length + Object.keys(needs).length, key).toBe(0);
      // No reply (a timeout, the end of the chat): no reply condition holds.
      const held = (record.holds as (v: unknown, env: unknown) => boolean)(SAMPLES[key], { scenario: miniHaggle(), context, u: null });
      if (record.reply) expect(held, key).toBe(false);
      expect(Array.isArray(stateReads(when)), key).toBe(true);
    }
  });

  it('a key without a record is refused, never taken as always true', () => {
    expect(() => conditionEntries({ madeUp: 1 } as never)).toThrow(/no record/);
    expect(conditionSchema.safeParse({ madeUp: 1 }).success).toBe(false);
  });

  it('the JSON Schema for editors offers exactly the table’s keys', () => {
    const text = scenarioJsonSchema();
    for (const key of CONDITION_KEYS) expect(text).toContain(`"${key}"`);
  });

  it('the trainer’s guide has each record’s line', () => {
    const guide = readFileSync('scenarios/README.md', 'utf8');
    for (const key of CONDITION_KEYS) expect(guide).toContain(`| \`${CONDITIONS[key].example}\` | ${CONDITIONS[key].doc} |`);
  });
});
