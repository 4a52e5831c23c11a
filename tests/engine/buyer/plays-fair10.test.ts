// Session 10's fair plays (fair10): every built-in buyer, in all three variants and with seeds 1, 3
// and 7, played by a good trainee (passes with at least 90), a careless one, a rude one and one
// who turns rude later in the chat, in replies written for these tests (tests/plays/fair10/:
// BUYER-KIND.txt, or BUYER-KIND-VARIANT.txt where the variant opens differently). The good one
// passes everywhere, the others fail everywhere, and no reply that hurt her (buyer/hurt.ts) is
// answered with the fallback's re-asking, as if it had only missed her question.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { hurtOf } from '@/engine/buyer/hurt';
import type { Scenario } from '@/engine/scenario/schema';

const BUYERS = ['size-question', 'price-haggle', 'comparison-shopper', 'refund-dispute', 'complaint'];
const KINDS = ['good', 'careless', 'rude', 'rudelate'] as const;
const VARIANTS = ['easy', 'normal', 'hard'];
const SEEDS = [1, 3, 7];
const DIR = 'tests/plays/fair10';

const builtIn = (id: string): Scenario => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), id).scenario!;
function replies(buyer: string, kind: string, variant: string): string[] {
  const own = `${DIR}/${buyer}-${kind}-${variant}.txt`;
  const file = existsSync(own) ? own : `${DIR}/${buyer}-${kind}.txt`;
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

describe.each(BUYERS)('%s, played fairly', (id) => {
  const s = builtIn(id);
  const fallbacks = new Set([...s.fallback.lines, ...Object.values(s.states).flatMap((x) => x.fallback?.lines ?? [])]);
  it.each(KINDS)('%s trainee, every variant and seed', (kind) => {
    for (const variant of VARIANTS)
      for (const seed of SEEDS) {
        const t = playScript(s, replies(id, kind, variant), { seed, variant });
        const r = score(t, s);
        const where = `${id} ${kind} ${variant} seed ${seed}: ${r.scores.total}`;
        if (kind === 'good') expect(r.scores.total, where).toBeGreaterThanOrEqual(90);
        else expect(r.passed, where).toBe(false);
        t.turns.forEach((turn, i) => {
          const next = t.turns[i + 1];
          if (turn.role !== 'agent' || next?.role !== 'buyer' || !turn.understanding) return;
          if (hurtOf(turn.understanding.flags) !== null) expect(fallbacks.has(next.text), `${where}, turn ${i}: ${turn.text} → ${next.text}`).toBe(false);
        });
      }
  });
});
