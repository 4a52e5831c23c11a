// A playtest saved as a golden transcript: the file format of tests/transcripts/<id>/*.json
// that tests/engine/golden.test.ts replays. The expectations are what the engine itself
// gives when the replies are replayed from the opening with the same seed and variant, and
// the replay must show the conversation the trainer saw, or there is nothing to save.
import { createBuyer, playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import type { Scenario } from '@/engine/scenario/schema';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind, RuleId } from '@/engine/vocabulary';

export interface Golden {
  about?: string;
  variant: string;
  seed: number;
  replies: string[];
  expect: {
    outcome: OutcomeKind | null;
    states: string[];
    violations: RuleId[];
    total: [number, number];
    passed: boolean;
  };
}

/** How far the total may move before the golden fails: room for small scorer changes, not for a different grade. */
export const TOTAL_SLACK = 5;

/** The state the buyer answered from after each agent reply (as golden.test.ts reads it). */
export function statesAfterReplies(turns: Turn[]): string[] {
  const states: string[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'agent') return;
    const answer = turns.slice(i + 1).find((t) => t.role === 'buyer');
    if (answer?.state !== undefined) states.push(answer.state);
  });
  return states;
}

/** The saved chat cannot be replayed as a golden; the message is for the trainer. */
export class GoldenError extends Error {
  override name = 'GoldenError';
}

/** `turns`: the playtest as shown (opening first). Throws GoldenError when a replay would not give it. */
export function goldenOf(scenario: Scenario, turns: Turn[], options: { seed: number; variant: string; about?: string }): Golden {
  const replies = repliesUntilDecided(scenario, turns, options);
  if (replies.length === 0) throw new GoldenError('还没有客服回复，没有可保存的对话。');
  const transcript = playScript(scenario, replies, { seed: options.seed, variant: options.variant });
  const said = (list: Turn[]) => list.map((t) => `${t.role}:${t.text}`).join('\n');
  if (said(transcript.turns) !== said(turns.slice(0, transcript.turns.length)))
    throw new GoldenError('从开场按同样的回复重放，得到的对话和这次不一样（这次用过“超时”或“结束会话”，或回复在买家做决定后还在继续），不能存成黄金对话。请从开场重新试玩，只用回复推进。');
  const result = score(transcript, scenario);
  const total = result.scores.total;
  return {
    ...(options.about ? { about: options.about } : {}),
    variant: options.variant,
    seed: options.seed,
    replies,
    expect: {
      outcome: transcript.outcome,
      states: statesAfterReplies(transcript.turns),
      violations: result.violations.map((v) => v.rule),
      total: [Math.max(0, total - TOTAL_SLACK), Math.min(100, total + TOTAL_SLACK)],
      passed: result.passed,
    },
  };
}

/**
 * The replies up to the one after which the buyer decided: golden.test.ts replays a golden
 * (also through JSON round trips) until the outcome, so a closing reply after it is left out.
 */
function repliesUntilDecided(scenario: Scenario, turns: Turn[], options: { seed: number; variant: string }): string[] {
  const buyer = createBuyer(scenario, { seed: options.seed, variant: options.variant });
  const sent: string[] = [];
  for (const turn of turns) {
    if (turn.role !== 'agent') continue;
    if (buyer.outcome() !== null) break;
    buyer.reply(turn.text);
    sent.push(turn.text);
  }
  buyer.actor.stop();
  return sent;
}
