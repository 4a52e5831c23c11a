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
