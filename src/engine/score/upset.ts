// Whether a buyer line is upset: the scenario says so (`upset`), or, for real chat logs and
// replies read after a buyer's line, her words do. Composed from what an upset line does
// (src/engine/lexicon/tone.json `upset`), not listed line by line:
//   - she says a feeling (气死, 失望, 着急), insults (骗子, 什么破东西) or threatens (投诉, 要差评,
//     找你们老板), or stresses it (!!, ??, ?!);
//   - she reports a problem she has: with the goods (碎了, 缩水, 起疙瘩, 发错, 少发), the delivery
//     (还没到, 等了三天, 都一周了 about a parcel) or the service (说好的, 问了三遍, 还没解决), or a
//     charge on what was free (写的包邮还让我补运费) said as a grievance;
//   - unless she only asks whether it counts or what would happen (这算质量问题吗, 会不会缩水,
//     照片发你了…), or the bad words are about another shop (别家质量很差).
import toneJson from '@/engine/lexicon/tone.json';
import type { Turn } from '@/engine/transcript';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';
import { normalize, toHalfWidth } from '@/engine/understand/normalize';

const { upset: data, negators } = checkLexicon('tone.json', toneSchema, toneJson);
const re = (source: string): RegExp => new RegExp(source, 'u');
const FEELING = [re(data.feeling), re(data.threat)];
const INSULT = re(data.insult);
const COMPLAINT = [re(data.problem), re(data.delay), re(data.service)];
const DURATION = re(data.duration);
const WAITING = re(data.waiting);
const GRIEVANCE = re(data.grievance);
const CHARGE = re(data.charge);
const INQUIRY = re(data.inquiry);
const PHOTO = re(data.photo);
const OTHER_SHOP = re(data.otherShop);
const STRESS = re(data.stress);
const NEGATED = new RegExp(`${negators}(太|是很|怎么)?$`, 'u');
const QUESTION = /[吗么?]/u;
const CLAUSE = /[,.!?;~\n。，！？；]+/u;

/** A match in the clause that no negator just before it takes back (不着急, 没坏). */
function found(pattern: RegExp, clause: string): string | null {
  const m = pattern.exec(clause);
  if (!m) return null;
  return NEGATED.test(clause.slice(Math.max(0, m.index - 3), m.index)) ? null : m[0];
}

/** The words that show the buyer's line is upset, or null when it is calm. */
export function upsetEvidence(line: string): string | null {
  const raw = line.slice(0, 500);
  const stress = STRESS.exec(toHalfWidth(raw));
  if (stress) return stress[0];
  const text = normalize(raw);
  const clauses = text.split(CLAUSE).filter(Boolean);
  for (const clause of clauses) {
    for (const p of FEELING) {
      const hit = found(p, clause);
      if (hit) return hit;
    }
  }
  // Bad words about another shop are a comparison, not a grievance against this one.
  if (OTHER_SHOP.test(text)) return null;
  for (const clause of clauses) {
    const hit = found(INSULT, clause);
    if (hit) return hit;
  }
  const grievance = GRIEVANCE.exec(text)?.[0];
  if (CHARGE.test(text) && grievance) return grievance;
  // She shows the problem (照片发你了, [图片]…) and asks what it means: evidence, calmly given.
  if (PHOTO.test(text) && !grievance) return null;
  for (const clause of clauses) {
    let complaint: string | null = null;
    for (const p of COMPLAINT) complaint ??= found(p, clause);
    // A stretch of time is a wait only when she is waiting for something (都三天了 of a parcel).
    if (!complaint && WAITING.test(text)) complaint = found(DURATION, clause);
    if (!complaint) continue;
    // "这算质量问题吗", "会不会缩水", "如果坏了…": a problem asked about, or supposed, is no grievance.
    const supposed = INQUIRY.test(clause) || (INQUIRY.test(text) && QUESTION.test(text));
    if (!supposed || grievance) return complaint;
  }
  return null;
}

export function isUpset(turn: Turn): boolean {
  if (turn.upset !== undefined) return turn.upset;
  return upsetEvidence(turn.text) !== null;
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
