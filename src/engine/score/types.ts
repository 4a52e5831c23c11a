import type { Move, RuleId } from '@/engine/vocabulary';
import type { Flag } from '@/engine/understanding-types';
import type { Role } from '@/engine/transcript';

/** A flag raised on an agent turn; `turn` is the 0-based index into the transcript's turns. */
export interface Violation {
  rule: RuleId;
  turn: number;
  points: number;
  evidence: string;
}

export interface Scores {
  tone: number;
  compliance: number;
  conversion: number;
  /** Product knowledge: 100 less each wrong claim (fact-wrong); absent when no shop facts were known (a real log without them). */
  knowledge?: number;
  total: number;
}

/** One explained item of the report: every point given or taken is one of these. */
export interface FeedbackItem {
  /** 0-based turn index, or null for the whole conversation (e.g. no warm close). */
  turn: number | null;
  rule: RuleId | null;
  kind: 'violation' | 'missed' | 'good';
  /** Platform points deducted (扣N分); 0 for tone items. */
  points: number;
  /** How much this item moved the score; used to pick the three most important. */
  weight: number;
  /** Short Chinese title, e.g. 拒开发票. */
  title: string;
  /** Why it matters, in Chinese. */
  why: string;
  /** A better reply in the shop's style, in Chinese. */
  better?: string;
  evidence?: string;
  /** The evidence describes what happened (没有收尾回复, 0/3句有语气词) rather than quoting the reply. */
  observed?: true;
  /** fact-wrong items: what the reply claimed and what the shop's facts say. */
  claim?: string;
  truth?: string;
  /** fact-wrong items: the reply that made the claim, as typed. */
  quote?: string;
  /** A whole-chat shortfall: the part of the grade it docked (a conversion line, an exam not shown). */
  part?: 'conversion' | 'compliance' | 'knowledge';
}

export interface ScoredTurn {
  index: number;
  role: Role;
  text: string;
  moves: Move[];
  flags: Flag[];
}

export interface ScoreResult {
  scores: Scores;
  /** Platform points deducted in total (扣N分). */
  pointsDeducted: number;
  passMark: number;
  passed: boolean;
  /** A platform violation fails the session whatever the other scores. */
  blocker: boolean;
  violations: Violation[];
  turns: ScoredTurn[];
  feedback: FeedbackItem[];
  /** The three most important feedback items, first in the report. */
  top: FeedbackItem[];
  /**
   * False when conversion was left out of the total: a real chat log graded with no scenario
   * and no outcome says nothing about the sale.
   */
  conversionCounted?: boolean;
  /** False when knowledge was left out of the total: a real chat log whose context gives no shop facts. */
  knowledgeCounted?: boolean;
  /**
   * The chat owed a close and it was judged: the buyer decided and the trainee had a turn after
   * her deciding line, or a finished chat with no known decision was judged on its last replies.
   * False for a chat with no reply at all and for one whose buyer decided only because it was ended.
   */
  closeOwed?: boolean;
  /** Seconds; present only when the turns carry timestamps. */
  responseTimes?: { first?: number; average?: number };
}
