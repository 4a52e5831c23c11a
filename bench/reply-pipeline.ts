// Reply pipeline: understand + buyer transition + incremental score, per reply, in Node.
// Buyers are restarted (rotating through all scenarios) whenever one reaches an outcome.
import { performance } from 'node:perf_hooks';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, type Scorer } from '@/engine/score/scorer';
import { createBuyer, type Buyer } from '@/engine/session';
import { atMost, median, percentile, round, type Figure } from './figure';
import { generateReplies } from './replies';
import { readScenarioFiles } from './scenario-files';

const REPLIES = 12_000;

export async function measureReplyPipeline(): Promise<Figure[]> {
  const scenarios: Scenario[] = readScenarioFiles().map(({ file, source }) => {
    const loaded = loadScenario(source, file);
    if (!loaded.scenario) throw new Error(`${file} does not load`);
    return loaded.scenario;
  });
  const replies = generateReplies(REPLIES);
  let chat = 0;
  const start = (): { buyer: Buyer; scorer: Scorer } => {
    const scenario = scenarios[chat % scenarios.length]!;
    const variant = ['easy', 'normal', 'hard'][chat % 3]!;
    chat++;
    const buyer = createBuyer(scenario, { seed: chat, variant });
    const scorer = createScorer(scenario);
    for (const turn of buyer.opening()) scorer.add(turn);
    return { buyer, scorer };
  };
  const run = (count: number, samples: number[] | null) => {
    let current = start();
    for (let i = 0; i < count; i++) {
      if (current.buyer.outcome() !== null) {
        current.buyer.actor.stop();
        current = start();
      }
      const t0 = performance.now();
      const result = current.buyer.reply(replies[i]!);
      current.scorer.add(result.agent);
      for (const turn of result.buyer) current.scorer.add(turn);
      const t1 = performance.now();
      samples?.push(t1 - t0);
    }
    current.buyer.actor.stop();
  };
  run(2_000, null); // warm-up
  const samples: number[] = [];
  run(REPLIES, samples);
  const med = median(samples);
  const p99 = percentile(samples, 99);
  return [
    { id: 'reply-median', name: 'reply pipeline median', value: round(med, 4), unit: 'ms', budget: '≤ 0.2 ms', over: atMost(med, 0.2), detail: `${samples.length} replies over ${chat} chats` },
    { id: 'reply-p99', name: 'reply pipeline p99', value: round(p99, 4), unit: 'ms', budget: '≤ 1 ms', over: atMost(p99, 1) },
  ];
}
