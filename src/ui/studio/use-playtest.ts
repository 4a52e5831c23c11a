// One playtest of the buyer being written: the engine's buyer in memory (nothing is stored;
// practice chats are on the home screen), each event with the step the machine took for it.
import { useCallback, useRef, useState } from 'react';
import type { Scenario } from '@/engine/scenario/schema';
import type { Buyer } from '@/engine/session';
import type { Turn } from '@/engine/transcript';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Step } from '@/engine/buyer/step-taken';
import { createBuyer } from '@/engine/session';
import { createBuyerAt } from '@/engine/buyer/start-at';
import { eventExplained, replyExplained } from '@/engine/buyer/step-taken';

export interface PlaySettings {
  variant: string;
  seed: number;
  /** Start in this state instead of the opening. */
  state?: string;
  mood?: number;
}

export interface LogEntry {
  /** Index of the agent turn (replies), or of the first buyer line (timeout, end). */
  turn: number;
  event: 'reply' | 'timeout' | 'ended';
  step: Step;
  before: BuyerContext;
  /** Replies: what the engine understood. */
  agent?: Turn;
}

export interface Playtest {
  scenario: Scenario;
  settings: PlaySettings;
  turns: Turn[];
  log: LogEntry[];
  /** The buyer's context now. */
  context: BuyerContext;
  state: string;
  over: boolean;
  /** Started at the opening and moved by replies alone: a golden transcript can replay it. */
  replayable: boolean;
}

function open(scenario: Scenario, settings: PlaySettings): Buyer {
  const variant = settings.variant ? { variant: settings.variant } : {};
  if (settings.state && settings.state !== scenario.start) return createBuyerAt(scenario, settings.state, { seed: settings.seed, ...variant, ...(settings.mood !== undefined ? { mood: settings.mood } : {}) });
  return createBuyer(scenario, { seed: settings.seed, ...variant });
}

export function usePlaytest() {
  const buyer = useRef<Buyer | null>(null);
  const [play, setPlayState] = useState<Playtest | null>(null);
  // The buyer actor changes outside React: each event is sent once, here, never inside a
  // state updater (which React may call twice).
  const current = useRef<Playtest | null>(null);
  const setPlay = (next: Playtest) => {
    current.current = next;
    setPlayState(next);
  };

  const snapshotOf = (b: Buyer) => ({ context: b.actor.getSnapshot().context, state: b.state(), over: b.over() });

  const start = useCallback((scenario: Scenario, settings: PlaySettings) => {
    buyer.current?.actor.stop();
    const b = open(scenario, settings);
    buyer.current = b;
    const fromOpening = !settings.state || settings.state === scenario.start;
    setPlay({ scenario, settings, turns: b.opening(), log: [], replayable: fromOpening && settings.mood === undefined, ...snapshotOf(b) });
  }, []);

  const send = useCallback((text: string): boolean => {
    const b = buyer.current;
    const clean = text.trim();
    if (!b || !clean || b.over()) return false;
    const p = current.current;
    if (!p) return false;
    const { result, step, before } = replyExplained(p.scenario, b, clean);
    const entry: LogEntry = { turn: p.turns.length, event: 'reply', step, before, agent: result.agent };
    setPlay({ ...p, turns: [...p.turns, result.agent, ...result.buyer], log: [...p.log, entry], ...snapshotOf(b) });
    return true;
  }, []);

  const event = useCallback((type: 'buyer.timeout' | 'chat.ended') => {
    const b = buyer.current;
    if (!b || b.over()) return;
    const p = current.current;
    if (!p) return;
    const { result, step, before } = eventExplained(p.scenario, b, type);
    const entry: LogEntry = { turn: p.turns.length, event: type === 'buyer.timeout' ? 'timeout' : 'ended', step, before };
    setPlay({ ...p, turns: [...p.turns, ...result.buyer], log: [...p.log, entry], replayable: false, ...snapshotOf(b) });
  }, []);

  return { play, start, send, timeout: () => event('buyer.timeout'), end: () => event('chat.ended') };
}
