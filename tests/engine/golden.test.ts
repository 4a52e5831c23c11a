// Golden transcripts: example trainees replayed against each built-in buyer. Each file under
// tests/transcripts/<scenario>/ fixes the buyer's path, the outcome, the violations and a
// score range; each is then replayed again with the buyer restored from a JSON round trip of
// its persisted snapshot after every reply, which must give the identical conversation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { createBuyer, playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import type { Scenario } from '@/engine/scenario/schema';
import type { Transcript, Turn } from '@/engine/transcript';
import type { OutcomeKind, RuleId } from '@/engine/vocabulary';

interface Golden {
  /** What this trainee does, for the person reading the file. */
  about?: string;
  variant: string;
  seed: number;
  replies: string[];
  expect: {
    outcome: OutcomeKind | null;
    /** The buyer's state after each reply. */
    states?: string[];
    violations: RuleId[];
    /** Inclusive range of the total score. */
    total: [number, number];
    passed: boolean;
    /** The knowledge score, when the file fixes it (100 less 25 per wrong fact). */
    knowledge?: number;
  };
}

const ROOT = 'tests/transcripts';

function loadBuyer(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.scenario) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.scenario;
}

/** The state the buyer answered from after each agent reply. */
function statesAfterReplies(turns: Turn[]): string[] {
  const states: string[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'agent') return;
    const answer = turns.slice(i + 1).find((t) => t.role === 'buyer');
    if (answer?.state !== undefined) states.push(answer.state);
  });
  return states;
}

/** What the trainee and the buyer saw, without the understanding details. */
const visible = (turns: Turn[]) => turns.map(({ role, text, state, mood }) => ({ role, text, state, mood }));

/** The same chat, with the buyer persisted, sent through JSON and restored after every reply. */
function replayWithRoundTrips(scenario: Scenario, golden: Golden): { turns: Turn[]; outcome: OutcomeKind | null } {
  const options = { seed: golden.seed, variant: golden.variant };
  let buyer = createBuyer(scenario, options);
  const turns: Turn[] = [...buyer.opening()];
  for (const text of golden.replies) {
    // After the outcome the one closing reply is still taken (a restored buyer takes it too).
    if (buyer.over()) break;
    const result = buyer.reply(text);
    turns.push(result.agent, ...result.buyer);
    const snapshot: unknown = JSON.parse(JSON.stringify(buyer.persist()));
    buyer.actor.stop();
    buyer = createBuyer(scenario, { ...options, snapshot });
  }
  const outcome = buyer.outcome();
  buyer.actor.stop();
  return { turns, outcome };
}

const scenarioIds = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(scenarioIds)('golden transcripts of %s', (id) => {
  const scenario = loadBuyer(id);
  const files = readdirSync(join(ROOT, id))
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('has at least a good, a careless and a rude trainee', () => {
    expect(files).toEqual(expect.arrayContaining(['good.json', 'careless.json', 'rude.json']));
  });

  it('every variant is played well (passes with 90 or more) and badly (fails) by some golden', () => {
    const goldens = files.map((f) => JSON.parse(readFileSync(join(ROOT, id, f), 'utf8')) as Golden);
    for (const variant of Object.keys(scenario.persona.variants ?? {})) {
      const mine = goldens.filter((g) => g.variant === variant);
      expect({ variant, good: mine.some((g) => g.expect.passed && g.expect.total[0] >= 90) }).toEqual({ variant, good: true });
      expect({ variant, bad: mine.some((g) => !g.expect.passed) }).toEqual({ variant, bad: true });
    }
  });

  describe.each(files)('%s', (file) => {
    const golden = JSON.parse(readFileSync(join(ROOT, id, file), 'utf8')) as Golden;
    const transcript: Transcript = playScript(scenario, golden.replies, { seed: golden.seed, variant: golden.variant });
    const result = score(transcript, scenario);

    it('reaches the expected outcome along the expected states', () => {
      expect(transcript.outcome).toBe(golden.expect.outcome);
      if (golden.expect.states) expect(statesAfterReplies(transcript.turns)).toEqual(golden.expect.states);
    });

    it('raises exactly the expected violations, in order', () => {
      expect(result.violations.map((v) => v.rule)).toEqual(golden.expect.violations);
    });

    it('scores within the expected range and passes or fails as expected', () => {
      const [min, max] = golden.expect.total;
      expect(result.scores.total).toBeGreaterThanOrEqual(min);
      expect(result.scores.total).toBeLessThanOrEqual(max);
      expect(result.passed).toBe(golden.expect.passed);
      // Every built-in buyer has shop facts: knowledge is always scored.
      expect(result.scores.knowledge).toBe(golden.expect.knowledge ?? 100);
    });

    it('the buyer reacted to exactly the flags the report lists on each turn', () => {
      transcript.turns.forEach((turn, i) => {
        if (turn.role !== 'agent') return;
        expect({ turn: i, flags: turn.understanding?.flags.map((f) => f.rule) }).toEqual({ turn: i, flags: result.turns[i]?.flags.map((f) => f.rule) });
      });
    });

    it('gives the identical conversation after a JSON round trip of the buyer after every reply', () => {
      const replayed = replayWithRoundTrips(scenario, golden);

      expect(visible(replayed.turns)).toEqual(visible(transcript.turns));
      expect(replayed.outcome).toBe(transcript.outcome);
    });
  });
});
