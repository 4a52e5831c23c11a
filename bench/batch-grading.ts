// Batch grading: `grade` over a generated 10,000-turn chat log (buyer and agent alternating,
// timestamped), in turns per second; median of repeated runs.
import { performance } from 'node:perf_hooks';
import { score } from '@/engine/score/score';
import type { Turn } from '@/engine/transcript';
import { atLeast, median, round, type Figure } from './figure';
import { generateReplies } from './replies';

const TURNS = 10_000;
const buyerLines = ['在吗', '能便宜点吗', '这个多久发货呀', '我165 52kg穿什么码', '东西坏了怎么办!!', '别家才卖99', '好的 那我拍了', '能开发票吗'];

export function generateLog(turns: number): Turn[] {
  const replies = generateReplies(turns);
  const start = Date.UTC(2026, 10, 1, 2, 0, 0);
  return Array.from({ length: turns }, (_, i): Turn =>
    i % 2 === 0
      ? { role: 'buyer', text: buyerLines[(i / 2) % buyerLines.length]!, at: start + i * 20_000 }
      : { role: 'agent', text: replies[i]!, at: start + i * 20_000 + 8_000 },
  );
}

export async function measureBatchGrading(): Promise<Figure> {
  const turns = generateLog(TURNS);
  score({ turns: turns.slice(0, 500), outcome: null }); // warm-up
  const rates: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    score({ turns, outcome: null });
    rates.push(TURNS / ((performance.now() - t0) / 1000));
  }
  const rate = median(rates);
  return {
    id: 'batch-grading',
    name: 'batch grading (10,000-turn log)',
    value: Math.round(rate),
    unit: 'turns/s',
    budget: '≥ 20,000 turns/s',
    over: atLeast(rate, 20_000),
    detail: `median of 5 runs; ${round(TURNS / rate * 1000, 1)} ms per log`,
  };
}
