import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHintGrader } from '@/app/hint-grader';
import { gradeSession } from '@/app/grade';
import { loadScenario } from '@/engine/scenario/load';
import { createBuyer } from '@/engine/session';
import type { SessionRecord } from '@/db/records';

const scenario = (() => {
  const file = 'scenarios/complaint.yaml';
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.scenario) throw new Error(`${file} does not load`);
  return loaded.scenario;
})();

const golden = (name: string): { replies: string[]; seed: number; variant: string } =>
  JSON.parse(readFileSync(`tests/transcripts/complaint/${name}.json`, 'utf8'));

const recordOf = (turns: SessionRecord['turns'], outcome: SessionRecord['outcome'], variant: string, seed: number): SessionRecord =>
  ({ id: 's1', scenarioId: scenario.id, variant, seed, turns, outcome, status: 'active', snapshot: null, startedAt: 0, updatedAt: 0 }) as unknown as SessionRecord;

describe('the workbench hint grader', () => {
  it('gives after every reply exactly the feedback of grading the whole chat', () => {
    let checked = 0;
    for (const name of ['careless', 'rude', 'good']) {
      const g = golden(name);
      const buyer = createBuyer(scenario, { seed: g.seed, variant: g.variant });
      const grader = createHintGrader(scenario);
      let turns = [...buyer.opening()];
      let at = 1_000;
      for (const text of g.replies) {
        if (buyer.over()) break;
        at += 20_000;
        const result = buyer.reply(text, at);
        // As the workbench appends: earlier turns kept, new ones added.
        turns = [...turns, result.agent, ...result.buyer];
        const record = recordOf(turns, result.outcome, g.variant, g.seed);
        expect(grader.feedback(record)).toEqual(gradeSession(record, scenario).feedback);
        checked++;
      }
      buyer.actor.stop();
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('starts over when the turns are not the ones it read (another chat, a replaced record)', () => {
    const g = golden('careless');
    const buyer = createBuyer(scenario, { seed: g.seed, variant: g.variant });
    const grader = createHintGrader(scenario);
    const opening = buyer.opening();
    const first = buyer.reply(g.replies[0]!);
    const long = recordOf([...opening, first.agent, ...first.buyer], first.outcome, g.variant, g.seed);
    grader.feedback(long);
    // The same texts as new objects, and a shorter chat: neither may reuse what was read.
    const copied = recordOf(long.turns.map((t) => ({ ...t, text: `${t.text}!!` })), null, g.variant, g.seed);
    expect(grader.feedback(copied)).toEqual(gradeSession(copied, scenario).feedback);
    const short = recordOf(opening, null, g.variant, g.seed);
    expect(grader.feedback(short)).toEqual(gradeSession(short, scenario).feedback);
    buyer.actor.stop();
  });
});
