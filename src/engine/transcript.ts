import type { Understanding } from '@/engine/understanding-types';
import type { OutcomeKind } from '@/engine/vocabulary';

export type Role = 'buyer' | 'agent';

export interface Turn {
  role: Role;
  text: string;
  /** Milliseconds since the epoch; response times are scored only when turns carry it. */
  at?: number;
  /** Buyer turns from a compiled scenario: the state the buyer was in and her mood after the line. */
  state?: string;
  mood?: number;
  /** Buyer turns: she said this because nobody answered within the wait she allows (a nudge, or leaving). */
  timedOut?: boolean;
  /** Buyer turns: the buyer is upset here (the scenario's state says so, or her mood is low). */
  upset?: boolean;
  /** Agent turns: what understand() made of the reply, when already known. */
  understanding?: Understanding;
}

export interface Transcript {
  turns: Turn[];
  outcome: OutcomeKind | null;
  scenarioId?: string;
  variant?: string;
  seed?: number;
  /** The lowest price the agent offered during the chat, yuan (conversion: price kept against the floor). */
  lowestOffer?: number | null;
}

/**
 * The number a report shows for a turn ("第 N 条"): its place, counted from 1, in the transcript as
 * the user sees it — the report's turn review and the mentor's review number every line, buyer
 * and agent alike, and `play` / `grade` print that number before each line. JSON keeps the 0-based
 * `turn` index of its contract.
 */
export function lineNumber(index: number): number {
  return index + 1;
}
