// ship-promise read from structure: an arrival by a named time made certain by an assurance in its
// sentence instead of a guarantee word (明天到,放心; 最迟后天到; 后天之前到没问题). A hedge anywhere in
// the reply (预计, 一般, 尽量, 保证不了) makes it an estimate. Parts: lexicon/compose.json `timeGuarantee`.
import { data, re } from '@/engine/understand/compose-parts';

const parts = data.timeGuarantee;
/** A named time, then (within a few characters: 之前, 下午, 就能) an arrival. */
const DATED_ARRIVAL = re(`(?:${parts.when})[^,.!?;]{0,8}?(?:${parts.arrival})`);
const ASSURED = re(parts.assured);
const HEDGED = re(parts.hedge);
const SENTENCE = /[^.!?;]+/gu;
/** An arrival that fails (到不了我赔您) is the guarantee's penalty, read by the listed patterns. */
const FAILED = /^(不了|不到)/u;

/** The dated arrival made certain, or null. */
export function assuredArrival(normalized: string): string | null {
  if (HEDGED.test(normalized)) return null;
  for (const m of normalized.matchAll(SENTENCE)) {
    const sentence = m[0];
    const arrival = DATED_ARRIVAL.exec(sentence);
    if (!arrival || FAILED.test(sentence.slice(arrival.index + arrival[0].length))) continue;
    if (ASSURED.test(sentence)) return arrival[0];
  }
  return null;
}

/** Her line asks for an arrival by a named time (明天能到吧?, 周六前能到吗, 明天必须到 行不行, 后天要用 来得及吗): asked in its clause or the short one after it. */
const DATED_ASKED = re(`(?:${parts.when}|次日|第二天|隔天)[^,.!?;]{0,8}?(?:到|收到|送达|签收|来得及|赶得上|赶得及)[^,.!?;]{0,6}?(?:[吗吧么]|不(?!了)|\\?|$)|(?:${parts.when}|次日|第二天|隔天)[^,.!?;]{0,8}?(?:到|收到|送达|签收)[^,.!?;]{0,3}[ ,](?:行不行|行吗|可以吗|能不能|可不可以)|来得及(?:吗|吧|么|\\?)`);
/** Her need by a named time beside her arrival question (几号能到啊 周六前要穿, 什么时候到 明天要用): the yes answers that time. */
const DEADLINE_NEED = re(`(?:${parts.when})[^,.!?;]{0,4}?(?:要|得|必须|需要|就要)(?:穿|用|送|带|戴|给|出门|出差)`);
const ARRIVAL_ASKED = /能到|到吗|几号|哪天|什么时候|多久|几天/u;
const datedAsked = (buyer: string): boolean => DATED_ASKED.test(buyer) || (DEADLINE_NEED.test(buyer) && ARRIVAL_ASKED.test(buyer));
/** Another question in her line (那能换吗? 周六前来得及吗): a yes may answer that one. */
const QUESTION_CLAUSE = /[^,.!?; ]+(?:吗|么)|[^,.!?; ]+\?/gu;
const otherQuestion = (buyer: string): boolean => [...buyer.matchAll(QUESTION_CLAUSE)].some((q) => !DATED_ASKED.test(q[0]));
/** The reply only notes or chases it (可以备注哦, 帮您催一下): no arrival given. */
const HELPS_ONLY = /备注|催|问一下|问问|帮您问|联系|尽量|争取/u;
/** The reply opening on a bare yes (能到的, 可以的, 没问题, 来得及, 放心): after 亲/好的/嗯; not a yes to something else (可以免费换码). */
const YES_FIRST = /^(?:亲|您好|好的|嗯嗯?|哈|宝|宝子|[,~ ])*(?:能|可以|没问题|来得及|赶得上|放心|行|妥|ok|是的|对的|当然)(?=$|[,.!~ 的哦呢哈啊呀吧了亲滴]|能?(?:到|送|收到)|来得及)/u;
/** An arrival at a time stated flat (顺丰次日达, 明天就到, 第二天能到, 周六前到). */
const DAY_ARRIVAL = re(`(?:次日|隔天|隔日|第二天|(?:${parts.when}))[^,.!?;]{0,4}?(?:达|${parts.arrival})`);
/** The arrival denied or made doubtful (到不了, 来不及, 不一定, 难说). */
const DENIED = re(`问题不大|到不了|来不及|赶不上|不行|不能|不可以|没法|没办法|不一定|难说|不敢|不确定|不了|${parts.withdrawn}|${parts.refused}`);

/**
 * A yes to her question of an arrival by a named time (明天能到吧? → 能到的,放心~; 顺丰次日达哦): the
 * yes affirms the arrival she named, which the shop cannot guarantee (rules.md ship-promise). Not
 * hedged anywhere (一般, 预计, 以物流为准, a question back), not denied (明天到不了).
 */
export function arrivalAffirmed(normalized: string, buyer: string): string | null {
  // Her arrival asked in the negative (明天到不了吧?, 周六前来不及了吧): a yes confirms it will not.
  if (!buyer || !datedAsked(buyer) || /(?:到不了|来不及|赶不上|收不到)(?:了)?(?:吧|吗|么|\?)/u.test(buyer)) return null;
  if (HEDGED.test(normalized) || DENIED.test(normalized) || HELPS_ONLY.test(normalized)) return null;
  const yes = otherQuestion(buyer) ? null : YES_FIRST.exec(normalized);
  if (yes) return normalized.slice(0, Math.min(normalized.length, yes[0].length + 6));
  // Her need told beside an open question (几号能到 周六前要穿): only a bare yes takes up her time; a day
  // stated flat answers the open question (fact-wrong where the shop cannot promise a day).
  if (!DATED_ASKED.test(buyer)) return null;
  const day = DAY_ARRIVAL.exec(normalized);
  return day ? day[0] : null;
}
