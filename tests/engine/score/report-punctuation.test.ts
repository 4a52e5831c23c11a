// Every Chinese text the report gives a trainee (titles, why, the better phrasing, what a wrong
// fact claimed and what the shop says) uses Chinese punctuation, as the rule catalog does
// (tests/engine/rules/catalog-punctuation.test.ts): the golden trainees are replayed against
// each built-in buyer and every item of their reports is read. The trainee's own words
// (evidence, quote) are hers and are shown as typed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';

const ASCII_IN_CHINESE = /\p{Script=Han}[~)）]*[,?!:;]|[,?!:;]\s*\p{Script=Han}/u;
const ROOT = 'tests/transcripts';

function reportTexts(): Array<[string, string]> {
  const texts = new Map<string, string>();
  for (const id of readdirSync(ROOT)) {
    const file = `scenarios/${id}.yaml`;
    const scenario = loadScenario(readFileSync(file, 'utf8'), file).scenario;
    if (!scenario) continue;
    for (const name of readdirSync(join(ROOT, id)).filter((f) => f.endsWith('.json'))) {
      const golden = JSON.parse(readFileSync(join(ROOT, id, name), 'utf8')) as { seed: number; variant: string; replies: string[] };
      const result = score(playScript(scenario, golden.replies, { seed: golden.seed, variant: golden.variant }), scenario);
      for (const item of result.feedback) {
        for (const field of ['title', 'why', 'better', 'claim', 'truth'] as const) {
          const text = item[field];
          if (text && !texts.has(text)) texts.set(text, `${id}/${name} ${item.rule ?? item.kind}.${field}`);
        }
      }
    }
  }
  return [...texts].map(([text, where]) => [where, text]);
}

const texts = reportTexts();

describe('Chinese punctuation in the report', () => {
  it('reads the golden trainees\u2019 reports', () => {
    expect(texts.length).toBeGreaterThan(50);
  });

  it.each(texts)('%s has no ASCII punctuation in its Chinese', (_where, text) => {
    expect(text).not.toMatch(ASCII_IN_CHINESE);
  });
});
