// Whether a buyer line is upset: the scenario says so (`upset`), or, for real chat logs, her
// words do (投诉, 差评, 怎么回事, !!).
import tone from '@/engine/lexicon/tone.json';
import type { Turn } from '@/engine/transcript';
import { normalize } from '@/engine/understand/normalize';

const UPSET = new RegExp(tone.buyerUpset, 'u');

export function isUpset(turn: Turn): boolean {
  if (turn.upset !== undefined) return turn.upset;
  return UPSET.test(normalize(turn.text.slice(0, 500)));
}

/**
 * "Acknowledge feelings first": an upset episode runs from the buyer's first upset line until
 * she calms down (a line that is not upset). Only the agent's first reply in an episode is
 * judged for empathy; repeating the flag on every later reply would punish one lapse many times,
 * and a reply right after an apology need not apologise again.
 */
export class UpsetEpisode {
  private state: 'calm' | 'awaiting' | 'answered' = 'calm';

  /** A buyer line: starts an episode, continues it, or ends it. */
  buyerSaid(upset: boolean): void {
    if (!upset) this.state = 'calm';
    else if (this.state === 'calm') this.state = 'awaiting';
  }

  /** Whether the reply about to be scored is the first of an episode (the one judged for empathy). */
  get awaitingReply(): boolean {
    return this.state === 'awaiting';
  }

  /** Whether the buyer is upset now (what understand() is told). */
  get upset(): boolean {
    return this.state !== 'calm';
  }

  /** The agent replied: the episode's first reply has been judged. */
  agentReplied(): void {
    if (this.state === 'awaiting') this.state = 'answered';
  }
}
