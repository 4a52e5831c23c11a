// Whether a buyer line is upset: the scenario says so (`upset`), or, for real chat logs and
// replies read after a buyer's line, her words do. Composed from what an upset line does
// (src/engine/lexicon/tone.json `upset`), not listed line by line:
//   - she says a feeling (气死, 失望, 亏死了), insults (骗子, 什么破东西), threatens (投诉, 要差评,
//     找你们老板, 以后不会再来; dared in an A-not-A question too: 信不信我投诉), names a failure of
//     the service (说好的, 第三次联系, 还没解决), challenges the shop or the agent (什么态度, 就这么服务的?,
//     早干嘛去了, 早…不就完了, 你们眼瞎吗, 也敢卖, 所以是我的错?), or stresses it (!!, ??, ?!);
//   - she reports a problem with the goods (碎了, 缩水, 起疹子, 发成蓝的) and stresses it (盒子都压扁了,
//     脸都红了, 才买三天, 这才用几天啊) or presses it as below; said plainly it is a calm fault report
//     (faultOnly: empathy-owed.ts). Asking whether the goods are fake (是不是假货, 这是假货吧) doubts
//     them and presses a fault, but is no insult on its own; a problem is upset unless she only asks
//     about it (起球吗, 是不是质量问题, 能退吗), supposes it (会不会, 如果), shows it in a photo
//     (照片发你了) or repeats what others said (评价里有人说漏水);
//   - a delay (还没到, 等好几天了) or a charge on what was free is upset only said as a grievance
//     (说好今天到的结果…, 又说要加钱, 还做不做生意了, 根本没收到), with a need she names for the goods
//     (急着送客户, 下午就要用了) or with a '!'; a wait counted with 都 (发票呢？都半个月了) is a
//     grievance in itself, and so is a wait counted out with the goods still not come (快递三天了还没动);
//     a bare 到底什么时候 presses a wait, it is no failure by itself;
//   - a '!' on a line that asks nothing and is not pleased insists (门口没有！, 我要退款,现在!);
//   - worry said as a feeling (好担心, 很害怕) is a feeling; an angry or crying face is a stress
//     mark (read on the raw line, never negated), but not on a plea for a discount (学生党没钱😭);
//     a bare nudge (???, 在吗？？) is impatience with the wait (resp-timeout), not upset;
//   - bad words about another shop (那家质量很差) are a comparison, not a grievance against this one.
import { boundedTable } from '@/engine/bounded-table';
import toneJson from '@/engine/lexicon/tone.json';
import type { Turn } from '@/engine/transcript';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';
import { upsetAt } from '@/engine/understand/empathy-owed';
import { normalizeBuyerLine, toHalfWidth } from '@/engine/understand/normalize';

const { upset: data, negators } = checkLexicon('tone.json', toneSchema, toneJson);
const re = (source: string): RegExp => new RegExp(source, 'u');
const STRONG = [re(data.feeling), re(data.threat), re(data.service), re(data.challenge)];
const INSULT = re(data.insult);
const PROBLEM = re(data.problem);
const DELAY = re(data.delay);
const NEED = re(data.need);
const DURATION = re(data.duration);
const WAITING = re(data.waiting);
const GRIEVANCE = re(data.grievance);
const CHARGE = re(data.charge);
const INQUIRY = re(data.inquiry);
const QUESTION = re(data.question);
const PHOTO = re(data.photo);
const HEARSAY = re(data.hearsay);
const OURS = re(data.ours);
const OTHER_SHOP = re(data.otherShop);
const STRESS = re(data.stress);
const MARK = re(data.mark);
const PLEASED = re(data.pleased);
const RETORT = re(data.retort);
const EMPHASIS = re(data.emphasis);
const DOUBT = re(data.doubt);
const COUNTED = re(data.counted);
// A clause that asks or supposes: 是不是假货, 这是假货吧, 会不会是假的.
const ASKED = /(?:吗|么|吧|是不是|会不会|有没有)$|是不是|会不会/u;
// 不着急, 没坏, 怕被骗: a negator or a worry just before the words takes them back.
const NEGATED = new RegExp(`(${negators}[^,.!?]{0,2}|怕|担心|会不会)$`, 'u');
// A space parts clauses too: chat lines use it for a comma (我的快递怎么还没到 都5天了).
const CLAUSE = /[,.!?;~\n。，！？；\s]+/u;
/** A line that only calls for the agent: marks, or 在吗/人呢/有人吗 and marks. */
const NUDGE = /^[\s?!.~]*(?:(?:亲|你好|您好|hello|哈喽)?[\s,]*(?:在吗|在不在|在么|人呢|有人吗|有人在吗|客服)?)[\s?!.~]*$/iu;

/** A match in the clause that no negator just before it takes back. */
function found(pattern: RegExp, clause: string): string | null {
  const m = pattern.exec(clause);
  if (!m) return null;
  // "你们是不是骗子", "信不信我投诉": an A-not-A question (是不是, 信不信) asks, accuses or dares;
  // it takes nothing back (会不会 supposes: NEGATED reads it).
  const before = clause.slice(Math.max(0, m.index - 4), m.index).replace(/([^会])不\1/gu, '');
  return NEGATED.test(before) ? null : m[0];
}

/** The clauses that speak of this shop: after one naming another shop, until one names this shop again. */
function aboutUs(clauses: readonly string[]): string[] {
  let other = false;
  return clauses.filter((c) => {
    if (OURS.test(c)) other = false;
    else if (OTHER_SHOP.test(c)) other = true;
    return !other;
  });
}

/**
 * How the buyer's line shows she is upset: the words, and whether the only sign is a fault with
 * the goods she reports calmly (no feeling, insult, threat, failure of the service, stress mark
 * or grievance). Null when the line is calm.
 */
export interface Mood {
  evidence: string;
  faultOnly: boolean;
}

/** The words that show the buyer's line is upset, or null when it is calm. */
export function upsetEvidence(line: string): string | null {
  return buyerMood(line)?.evidence ?? null;
}

const shown = (evidence: string): Mood => ({ evidence, faultOnly: false });

// A buyer line is read for her mood by every reader of the reply that answers it (the buyer's
// machine twice, understand(), the scorer twice), and a scenario's buyer says the same lines in
// every chat: each line's mood is kept in a bounded table (emptied when full), as her normalised
// line is (normalize.ts normalizeBuyerLine). The moods are frozen: every reader gets the same one.
const MOOD_LINES = 512;

/** What her line shows of her mood (see Mood), or null when it is calm. */
export const buyerMood: (line: string) => Readonly<Mood> | null = boundedTable(MOOD_LINES, (line: string) => {
  const mood = moodOf(line);
  return mood === null ? null : Object.freeze(mood);
});

const STRESS_ALL = new RegExp(STRESS.source, 'gu');
const EXCLAIMS = /^!+$/u;
const CLAUSE_START = /[^,.!?;~\s]*$/u;

/**
 * The first stress mark on the (half-width) line. A run of '!' that closes a pleased clause
 * (太好了谢谢!!, 谢谢亲!!!, 不错不错!!) is joy, not stress; the pleased words are read before the
 * mark counts, once for both (tone.json `pleased`), so 好的!!快点发货!! still stresses its demand.
 */
function stressIn(half: string): string | null {
  for (const m of half.matchAll(STRESS_ALL)) {
    if (!EXCLAIMS.test(m[0])) return m[0];
    const clause = CLAUSE_START.exec(half.slice(0, m.index))?.[0] ?? '';
    if (!PLEASED.test(clause)) return m[0];
  }
  return null;
}

function moodOf(line: string): Mood | null {
  const raw = line.slice(0, 500);
  const half = toHalfWidth(raw);
  const stress = stressIn(half);
  // "???", "在吗？？": a nudge with nothing said is impatience with the wait (resp-timeout), not
  // a grievance the reply must acknowledge.
  if (stress) return NUDGE.test(half) ? null : shown(stress);
  // "正常?新袜子都废了": the agent's 正常 thrown back at her is a challenge (chats-ac, writer-aj, -aq).
  const retort = RETORT.exec(half);
  if (retort) return shown(retort[0]);
  const text = normalizeBuyerLine(raw);
  const clauses = text.split(CLAUSE).filter(Boolean);
  for (const clause of clauses) {
    for (const p of STRONG) {
      const hit = found(p, clause);
      if (hit) return shown(hit);
    }
  }
  const ours = aboutUs(clauses);
  // "其他店说你们卖假货": bad words she only repeats are a question, not her grievance.
  const hearsay = HEARSAY.test(text);
  // "你们这鞋是不是假货", "这是假货吧": asking whether the goods are genuine doubts them, as
  // 是不是质量问题 does; the doubt presses a fault she reports with it (五金掉色了 你们是不是卖假货).
  let doubt: string | undefined;
  for (const clause of hearsay ? [] : ours) {
    const hit = found(INSULT, clause);
    if (hit && DOUBT.test(hit) && ASKED.test(clause)) doubt ??= hit;
    else if (hit) return shown(hit);
  }
  const grievance = GRIEVANCE.exec(text)?.[0] ?? doubt;
  // A grievance or a '!' makes a reported problem, a delay or a charge a complaint; so does a need
  // she names for the goods (急着送客户, 下午就要用了).
  const need = NEED.exec(text)?.[0];
  const pressed = grievance !== undefined || need !== undefined || MARK.test(half);
  // A charge on what was free, protested with no feeling, insult or threat (包邮的为啥还让我补运费?),
  // disputes the terms: like a fault reported calmly, what it is owed is the answer (writer-a, -e, -j,
  // -ab, -ag label no empathy on it; -c and -k do).
  if (CHARGE.test(text) && pressed) return { evidence: grievance ?? need ?? '!', faultOnly: true };
  // "炸锅盒子都压扁了", "脸都红了", "这才用几天啊", "才买三天": a fault she stresses (都…了, 才 and how
  // short a time) is a complaint, not a calm report.
  const emphasis = EMPHASIS.exec(text)?.[0];
  const calm = PHOTO.test(text) || hearsay || QUESTION.test(text);
  for (const clause of ours) {
    const problem = found(PROBLEM, clause);
    if (problem && (pressed || emphasis !== undefined || !(calm || INQUIRY.test(clause)))) return { evidence: problem, faultOnly: !pressed && emphasis === undefined };
    const duration = WAITING.test(text) ? found(DURATION, clause) : null;
    // "都半个月了": a wait counted with 都 is pressed by its own words.
    if (duration?.startsWith('都')) return shown(duration);
    const stated = found(DELAY, clause);
    const delay = stated ?? duration;
    // "快递三天了还没动", "下单10天了还在路上": a wait she counts out (N天了), the goods still not come, is a
    // grievance; a bare "快递三天没动了" reports the state (writer-a, -e, -g, -ag label no empathy on it).
    if (delay && (pressed || (stated && COUNTED.test(text)))) return shown(delay);
  }
  // "门口没有！", "我没穿!刚拆开就这样", "我要退款,现在!": a '!' on a line that asks nothing and is not
  // pleased (好看！, 谢谢！, 哇这么爽快!😆) insists — on her word against the agent's or on her demand (chats-ac, -ao,
  // -as, -i, -w, writer-ab, -aj, -aq label empathy on 12 of 15 such lines).
  if (MARK.test(half) && !/[?]/u.test(half) && !QUESTION.test(text) && !PLEASED.test(half)) return shown('!');
  return null;
}

// Her lines as the rules read them (her normalised line, or her last lines joined), in a bounded
// table like her moods.

/**
 * A fault with the goods she reports (破, 开线, 发错…), upset or not, and not only asked about:
 * a fault is returnable whatever she did with the goods, so a condition she met (穿过, 拆封)
 * does not excuse refusing it. Reads a normalized line.
 */
export const reportsFault: (normalizedLine: string) => boolean = boundedTable(MOOD_LINES, (normalizedLine: string) =>
  normalizedLine.split(CLAUSE).some((clause) => found(PROBLEM, clause) !== null && !INQUIRY.test(clause)),
);

/** Her turn is upset: her state says so, or her words show it (understand/empathy-owed.ts upsetAt decides). */
export function isUpset(turn: Turn): boolean {
  return upsetAt(turn.upset, buyerMood(turn.text));
}

/** The turn's only sign of upset is a fault she reports calmly (a scenario's upset state shows it in full). */
export function faultOnly(turn: Turn): boolean {
  return turn.upset === undefined && buyerMood(turn.text)?.faultOnly === true;
}

/**
 * "Acknowledge feelings first": an upset episode runs from the buyer's first upset line until
 * she calms down (a line that is not upset). Her feelings are owed until a reply takes them in:
 * the episode's first reply is judged for empathy, and so is each later one while none has
 * acknowledged her yet (she says 一句道歉都没有? because the lapse goes on). Once a reply has
 * acknowledged her, the rest of the episode need not apologise again. The buyer's machine keeps
 * the same account (buyer/actions.ts trackUpset), reading the same settled tone-empathy flag.
 */
export class UpsetEpisode {
  private state: 'calm' | 'awaiting' | 'answered' = 'calm';

  /** Every upset line of the episode so far only reported a fault, calmly (see Mood). */
  private faultsOnly = false;

  /** A buyer line: starts an episode, continues it, or ends it. */
  buyerSaid(upset: boolean, faultOnly = false): void {
    if (!upset) this.state = 'calm';
    else if (this.state === 'calm') {
      this.state = 'awaiting';
      this.faultsOnly = faultOnly;
    } else if (!faultOnly) this.faultsOnly = false;
  }

  /** She is upset, and none of her lines showed more than a fault reported calmly. */
  get faultOnly(): boolean {
    return this.state !== 'calm' && this.faultsOnly;
  }

  /** Whether the reply about to be scored owes empathy (no reply of the episode has acknowledged her yet). */
  get awaitingReply(): boolean {
    return this.state === 'awaiting';
  }

  /** Whether the buyer is upset now (what understand() is told). */
  get upset(): boolean {
    return this.state !== 'calm';
  }

  /**
   * The agent replied. `missedEmpathy`: the reply owed empathy and gave none (its settled
   * tone-empathy flag): her feelings are still owed by the next reply.
   */
  agentReplied(missedEmpathy = false): void {
    if (this.state === 'awaiting' && !missedEmpathy) this.state = 'answered';
  }
}
