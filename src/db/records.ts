// Durable records kept in IndexedDB. Plain JSON only: they are exported and imported as is.
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';

export type SessionStatus = 'active' | 'ended';

/** The scores kept with an ended session so that lists and charts need not re-grade. */
export interface SessionSummary {
  tone: number;
  compliance: number;
  conversion: number;
  total: number;
  passed: boolean;
  pointsDeducted: number;
}

export interface SessionRecord {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  variant: string;
  seed: number;
  trainee: string;
  startedAt: number;
  updatedAt: number;
  status: SessionStatus;
  outcome: OutcomeKind | null;
  turns: Turn[];
  /** The buyer actor's persisted snapshot after the last turn: resuming restores it exactly. */
  snapshot: unknown;
  summary?: SessionSummary;
}

export interface PhraseRecord {
  id: string;
  text: string;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: string;
}
