// Durable records kept in IndexedDB. Plain JSON only: they are exported and imported as is.
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { PhraseCategory } from '@/engine/phrases/starter';

export type SessionStatus = 'active' | 'ended';

/** The scores kept with an ended session so that lists and charts need not re-grade. */
export interface SessionSummary {
  tone: number;
  compliance: number;
  conversion: number;
  total: number;
  passed: boolean;
  pointsDeducted: number;
  /** SCORER_VERSION of the grade; a summary without it, or with another, is graded again. */
  scorerVersion?: number;
}

/**
 * What lists, charts and the home screen read: a few hundred bytes, never the turns or the
 * buyer snapshot, so ten thousand of them can be listed without reading the conversations.
 */
export interface SessionRow {
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
  turnCount: number;
  summary?: SessionSummary;
  /** scenarioHash() of the buyer as played (not indexed); absent on sessions stored before it was kept. */
  scenarioHash?: string;
}

/** One turn of a conversation, keyed [sessionId+index]. */
export interface MessageRecord {
  sessionId: string;
  index: number;
  turn: Turn;
}

/** The buyer actor's persisted snapshot after the last turn: resuming restores it exactly. */
export interface SnapshotRecord {
  sessionId: string;
  snapshot: unknown;
}

/**
 * A whole session as the workbench, the report and backup files see it (the layout of
 * version 1 and of the export format): the row's fields with the turns and the snapshot inline.
 */
export interface SessionRecord extends Omit<SessionRow, 'turnCount'> {
  turns: Turn[];
  snapshot: unknown;
}

/** The unsent text of a chat's reply box, written as it is typed; `at` is when it was typed. */
export interface DraftRecord {
  sessionId: string;
  text: string;
  at: number;
}

/** Which open tab writes a chat: every chat write checks it in its own transaction. */
export interface LeaseRecord {
  sessionId: string;
  owner: string;
  renewedAt: number;
}

/** A 话术库 group: the four parts of the chat work, and 我的常用 for phrases kept from before groups existed. */
export type PhraseGroup = PhraseCategory | 'mine';

/**
 * The trainee's own layer of the 话术库, over a base (the starter library, or the team's when
 * joined): a phrase of her own (no baseId), her edit of a base phrase (baseId, her text), or a
 * base phrase she removed (baseId, hidden). The base itself is never copied here, so a new team
 * library reaches her without overwriting what she changed.
 */
export interface PhraseRecord {
  id: string;
  text: string;
  createdAt: number;
  /** Set on every row since version 6; rows of version 5 and before were upgraded to 'mine'. */
  category?: PhraseGroup;
  baseId?: string;
  hidden?: boolean;
}

/** The team's 话术库 as last pulled from the team server (one row): the base for every member. */
export interface TeamPhrasesRecord {
  id: 'team';
  teamId: string;
  phrases: { id: string; category: PhraseCategory; text: string }[];
  version: number;
  updatedAt: number;
  updatedBy: string;
}

export interface SettingRecord {
  key: string;
  value: string;
}

/**
 * A buyer a trainer wrote in the studio: the scenario file's text as typed, kept whole so that
 * exporting gives back exactly the file (comments and all). Saved only when the file loads.
 */
export interface TrainerBuyerRecord {
  /** The scenario's id (one stored buyer per id). */
  id: string;
  /** The file name the trainer works under, e.g. `my-buyer.yaml`. */
  file: string;
  source: string;
  title: string;
  /** 1 on the first save, one more on each later one: the team server versions buyers by it. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export function rowOf(record: SessionRecord): SessionRow {
  const { turns, snapshot: _snapshot, ...fields } = record;
  return { ...fields, turnCount: turns.length };
}

export function messagesOf(record: SessionRecord, from = 0): MessageRecord[] {
  return record.turns.slice(from).map((turn, i) => ({ sessionId: record.id, index: from + i, turn }));
}
