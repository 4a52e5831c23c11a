// A short answer to the buyer's open question claims what the question frames: "半年" after
// "保修多久" says 保修半年, "你出" after "运费谁出" says 运费你出, "中通" after "发什么快递" says
// 发中通快递. Chinese asks in place — the question word stands where the answer goes — so the
// claim is her question with the answer put in that place, and it is checked like any sentence
// the reply could have said in full (yes/no questions are answers.ts's: "是的" has no value).
import { splitClauses, type Clause } from '@/engine/understand/clauses';

/** The question words of an open question, longest first (多少钱 before 多少). */
const WH = /多长时间|多少钱|多少|多久|几天|几个月|几年|几块|几号|几点|什么时候|什么|哪家|哪个|哪种|哪天|啥|谁/u;
/** Where her question's clauses end: a pause, a question mark, a space between two thoughts. */
const BUYER_CLAUSE = /[,.!?;~\n ]+/u;
/** Words that open a reply and say nothing (亲, 嗯嗯), and the particles that close it. */
const LEAD = /^(?:亲爱的|亲亲|亲|宝宝|宝|您好|你好|嗯嗯|嗯|哈哈|哈)[,~!. ]*/u;
const TAIL = /[的哦呢呀啦哈吖噢哟亲~!. ]+$/u;
/** An answer this long or longer says its own subject: no frame is lent to it. */
const MAX_ANSWER = 8;
/** A reply that asks back, or refuses to say, gives no value to put in the frame. */
const NO_VALUE = /[?吗]|不知道|不清楚|不确定|不好说|看详情|自己看|问一下|稍等|我查/u;

/**
 * The clauses a short reply claims, read in the frame of her open question; [] when the reply
 * is no short value or her line asks no open question. "半年" after "保修多久 那家说半年" gives
 * the clause 保修半年 (the other clause of her line is no question).
 */
export function framedClauses(normalized: string, buyerLine: string): readonly Clause[] {
  if (!buyerLine) return [];
  const answer = normalized.trim().replace(LEAD, '').replace(TAIL, '');
  if (answer.length === 0 || answer.length > MAX_ANSWER || /[,.!?;~ ]/u.test(answer) || NO_VALUE.test(normalized)) return [];
  // Her last open question is what the reply answers.
  const asked = buyerLine.split(BUYER_CLAUSE).filter((c) => WH.test(c)).pop();
  if (asked === undefined) return [];
  // Her emphasis (保修到底多久) is no part of the claim.
  return splitClauses(asked.replace(WH, answer).replace(/到底|究竟/gu, ''));
}

/** Her open question asks a price (这个多少钱, 几块, 什么价). */
const PRICE_QUESTION = /多少钱|几块|什么价|价格多少|价钱多少|多少一(?:件|个|套|双)/u;
/** A bare figure, with or without its unit: 169, 169元, 169块. */
const BARE_FIGURE = /^(\d{1,6}(?:\.\d{1,2})?)(?:元|块钱|块)?$/u;

/**
 * The price a bare figure states in the frame of her price question: "169" after "这个多少钱"
 * says 这个169元 (null when the reply is no bare figure or her line asks no price).
 */
export function framedPrice(normalized: string, buyerLine: string): number | null {
  if (!buyerLine) return null;
  const answer = normalized.trim().replace(LEAD, '').replace(TAIL, '');
  const figure = BARE_FIGURE.exec(answer);
  if (!figure) return null;
  const asked = buyerLine.split(BUYER_CLAUSE).filter((c) => WH.test(c)).pop();
  return asked !== undefined && PRICE_QUESTION.test(asked) ? Number(figure[1]) : null;
}
