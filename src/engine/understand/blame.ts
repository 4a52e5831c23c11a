// Who a reply blames for what went wrong, read from the structure of its clauses rather than from
// listed sentences (src/engine/lexicon/tone.json `blame`). What decides tone-criticize is who is
// made the agent of the fault and how it is said:
//   - her as the agent of a handling deed, asserted as the cause: a certainty frame before or
//     after her (肯定是你摔过, 你肯定用钢丝球刷了, 那是你换粮太急了, 怪你没放好), a cleft (看图是你磕的,
//     是您穿的时候磨的) or a guess said as a statement, ending in 吧 (你用热水洗了吧, 你水放少了吧);
//     not a question at her (您是不是用热水洗了? is tone-interrogate), not advice (你装了试试吧,
//     您洗了再穿吧), not a supposition (如果…);
//   - a verdict that the damage is 人为 when she showed no photo (with a photo it is tone-prejudge);
//   - a retort at her manner or her understanding (说话注意点, 懂不懂, 说了你也不懂, 谁骗你了).
// And what takes a blame back: the clause puts the fault on the shop or a third party and names
// no one of hers (这是我们操作失误, 应该是路上压到了), negates her part (不是您操作的原因), or the
// sentence speaks of another shop (那家…您买回去用两天就坏: disparage, not criticize).
import toneJson from '@/engine/lexicon/tone.json';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';
import { gateOf } from '@/engine/understand/required-chars';

const { blame: data, composed, upset } = checkLexicon('tone.json', toneSchema, toneJson);
const re = (source: string): RegExp => new RegExp(source.replace(/\{her\}/g, data.her), 'u');

const HER = re(data.her);
const HER_NEGATED = re(data.herNegated);
// A party as the object of blame turned back (还来怪我们, 找快递) or disowned (又不是我们的错) is not
// the fault's agent.
const OTHER_PARTY = re(`(?<!怪|找|赖|骗|说|不是|非)(?:${data.ours}|${data.third})`);
const ADVICE = re(data.advice);
const CONDITIONAL = re(composed.conditional);
const OTHER_SHOP = re(`${upset.otherShop}|他们|那家|人家`);
/**
 * A handling deed gone wrong (摔过, 用钢丝球刷了, 换粮太急, 没按说明用, 没放好, 没先涂), done past its
 * measure or short of it (加水超过最高水位线, 夹都没夹紧: writer-aj, -aq, -h) or a choice made wrong
 * (地址填错, 报的体重不准).
 */
const DEED = `(?:(?:没(?:有)?|不)(?:先|提前|及时|定期|按时|好好)?(?:按[^,.!?]{0,4})?${data.deed}|${data.deed}${data.done}|${data.measure}|${data.choice})`;
/**
 * 肯定是你摔过, 怪你没放好, 那是你换粮太急了, 是因为您没做皮试: the cause framed as certain (or
 * given as the reason), with her as its agent.
 */
const FRAMED_BEFORE = re(`(?:${data.frame}|^那是|^就是|^都是|^是|怪|(?:是|就是)?因为|由于)(?:{her})(?:自己|当时|平时)?[^,.!?]{0,8}?${DEED}`);
/** 你肯定用钢丝球刷了, 您这肯定是泡水了, 您这是浇太勤了, 您这个是没按说明泡水. */
const FRAMED_AFTER = re(`(?:{her})(?:(?:这|自己|当时|平时)?${data.frame}|(?:这|这个|那)(?:就)?是)[^,.!?]{0,8}?${DEED}`);
/** 看图是你磕的, 是您穿的时候磨的 (not 不是您…的). */
const CLEFT = re(`(?<!不|并非)是(?:{her})(?:自己)?[^,.!?]{0,4}?${data.deed}[^,.!?]{0,6}?的`);
/** 你用热水洗了吧, 你用的杂牌插座吧: a guess said as a statement (no question mark). */
const GUESS = re(`(?:{her})(?:自己|当时|平时)?[^,.!?]{0,4}?${DEED}[^,.!?]{0,10}吧$`);
/** 详情页提醒过要单独洗的, 说明书写了不能干烧: the rule she was told, named after her fault — the fault laid at her door. */
const RULE_TOLD = re(data.ruleTold);
const HUMAN_VERDICT = re(data.humanVerdict);
const RETORT = re(data.retort);
const TOLD = /了/u;
const DISOWNED = re(`(?:不是|并非|不怪|怪不了|没)(?:${data.ours}|我)`);
const ASKED = /[?吗]|(?<![怎什那这多])么|是不是|有没有|能不能|会不会/u;

/** The characters one of which every match of {her} holds (您, 你), read from its pattern; null: any text may. */
const HER_GATE = gateOf([data.her]);
const HER_CHARS = HER_GATE === null ? null : Array.from(HER_GATE, (c) => String.fromCharCode(c));
/** Whether the text may name her: the framed, cleft and guessed blames each do. */
const namesHer = (text: string): boolean => HER_CHARS === null || HER_CHARS.some((c) => text.includes(c));

/** The clauses of a reply, each with whether it is asked (ends in ?, 吗 or 么). */
function clausesOf(normalized: string): Array<{ text: string; asked: boolean }> {
  const out: Array<{ text: string; asked: boolean }> = [];
  const re = /([^,.!?;~。\n\s]+)([,.!?;~。\n\s]*)/gu;
  for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
    const text = m[1]!;
    out.push({ text, asked: m[2]!.includes('?') || /(?:吗|(?<![怎什那这多])么)$/u.test(text) });
  }
  return out;
}

/**
 * The words that put the fault on her, or null. `troubled`: her line reports a problem, shows a
 * photo or is upset, or the reply names a harm — a deed of hers is a cause only of a fault.
 * `shown`: she showed a photo (a 人为 verdict is then the photo's verdict, tone-prejudge); `buyer`
 * her normalized line (a past event she tells troubles her too).
 */
export function blamesHer(normalized: string, troubled: boolean, shown: boolean, buyer: string): string | null {
  // What happened to her (锅涂层掉了, 充电器烧了): a line that tells a past event, not a question.
  troubled ||= TOLD.test(buyer) && !ASKED.test(buyer);
  // A reply that asks her anything (您是不是用热水洗了?说明上写了要冷水) doubts her: tone-interrogate's.
  const asksHer = ASKED.test(normalized);
  for (const { text, asked } of clausesOf(normalized.slice(0, 2000))) {
    const retort = RETORT.exec(asked ? `${text}?` : text);
    if (retort) return retort[0];
    if (!troubled || CONDITIONAL.test(text)) continue;
    if (!shown) {
      const human = HUMAN_VERDICT.exec(text);
      if (human) return human[0];
    }
    if (asked || HER_NEGATED.test(text)) continue;
    // The framed, cleft and guessed blames each name her ({her}): a clause that cannot holds none
    // of them, and their four regexes are not run.
    if (namesHer(text)) {
      const framed = FRAMED_BEFORE.exec(text) ?? FRAMED_AFTER.exec(text) ?? CLEFT.exec(text);
      if (framed) return framed[0];
      const guess = ADVICE.test(text) ? null : GUESS.exec(text);
      if (guess) return guess[0];
    }
    // The rule she was told names no one: it is read whether or not the clause names her.
    const told = asksHer ? null : RULE_TOLD.exec(text);
    if (told) return told[0];
  }
  return null;
}

/** 你自己装一下很简单, 要不你自己用胶水粘一下: her told how to do it, with nothing gone wrong named. */
const HOW_TO = /一下|试试|试下|就行|就好|就可以|很简单|很容易|要不/u;
const NOT_DONE = re(`(?:{her})(?:自己)?(?:没|不|忘)`);

/**
 * A criticize cue (`evidence`, found in `normalized`) that tells her how to do a thing (advice): its
 * words name her, its clause names no harm and no deed of hers left undone: 你自己装一下很简单 blames
 * no one (a lecture for next time, 下次注意一下, names no one and stays).
 */
export function advisesHer(normalized: string, evidence: string, harm: RegExp): boolean {
  const at = normalized.indexOf(evidence);
  if (at < 0) return false;
  const start = Math.max(0, ...[',', '.', '!', '?', ';', '。', ' ', '~', '\n'].map((p) => normalized.lastIndexOf(p, at) + 1));
  const end = normalized.slice(at).search(/[,.!?;~。\n\s]/u);
  const clause = normalized.slice(start, end < 0 ? normalized.length : at + end);
  return HER.test(evidence) && HOW_TO.test(clause) && !harm.test(clause) && !NOT_DONE.test(clause);
}

/**
 * A criticize cue (`evidence`, found in `normalized`) that blames someone else: its clause names
 * no one of hers and puts the fault on the shop or a third party (这是我们操作失误, 应该是路上压到了),
 * or negates her part (不是您操作的原因), or its sentence speaks of another shop (disparage).
 */
export function blamesOthers(normalized: string, evidence: string): boolean {
  const at = normalized.indexOf(evidence);
  if (at < 0) return false;
  // A space parts a chat line's sentences (那你去别人家买好了 … 你自己没看清楚规则: the other shop is another sentence's).
  const sentenceStart = Math.max(0, ...['.', '!', '?', ';', '。', '\n', ' '].map((p) => normalized.lastIndexOf(p, at) + 1));
  const after = normalized.slice(at + evidence.length).search(/[.!?;。\n ]/u);
  const sentenceEnd = after < 0 ? normalized.length : at + evidence.length + after;
  if (OTHER_SHOP.test(normalized.slice(sentenceStart, sentenceEnd))) return true;
  const clauseStart = Math.max(sentenceStart, ...[',', ' ', '~'].map((p) => normalized.lastIndexOf(p, at) + 1));
  const next = normalized.slice(at).search(/[,.!?;~。\n\s]/u);
  const clause = normalized.slice(clauseStart, next < 0 ? normalized.length : at + next);
  if (HER_NEGATED.test(clause) || HER_NEGATED.test(evidence)) return true;
  // The cue disowns the fault (又不是我们的错): a reproach of her, whoever else the clause names.
  if (DISOWNED.test(evidence)) return false;
  return !HER.test(clause) && !/买家|顾客|客户|用户|人为|个人/u.test(clause) && OTHER_PARTY.test(clause);
}

/** Every blame pattern, for the pattern audit (scripts/pattern-audit.ts, through tone-compose.ts). */
export const BLAME_PATTERNS: ReadonlyArray<{ index: number; re: RegExp }> = [FRAMED_BEFORE, FRAMED_AFTER, CLEFT, GUESS, HUMAN_VERDICT, RETORT, RULE_TOLD].map((re, index) => ({ index, re }));
