// Claims about delivery: the dispatch window, the same-day cut-off, the courier, arrival days,
// free shipping for a region.
import courierLex from '@/engine/lexicon/entities.json';
import { arrivalDaysFor, sameName } from '@/engine/knowledge/facts';
import type { ClaimCheck, FactFinding } from '@/engine/knowledge/types';
import type { ShopFacts } from '@/engine/scenario/shop-schema';
import { isNegated } from '@/engine/understand/clauses';
import { data as composeParts } from '@/engine/understand/compose-parts';
import { gateOfPatterns, mayMatchClause } from '@/engine/understand/required-chars';

const hasFlag = (u: { flags: ReadonlyArray<{ rule: string }> }, rule: string): boolean => u.flags.some((f) => f.rule === rule);

const WINDOW = /(\d+)(?:个)?(小时|天)(?:内|之内|以内)(?:就|会|给您|帮您|安排)*(?:发货|发出|寄出|发)(?!票)/u;
const SAME_DAY = /(下午|晚上|中午|上午)?(\d{1,2})(?:点|:00)(?:前|之前|以前)(?:付款|下单|拍下|拍|付)?[^,.!?]{0,6}?(?:当天|今天|当日)(?:就|可以|都|会)*(?:发货|发出|发)/u;

/** Same-day dispatch said flat: 今天下单今天发, 当天发货, 晚上拍也是当天发, 今天就给您发. */
const FLAT_SAME_DAY = /(?:今天|当天|今日|晚上|现在)[^,.!?]{0,6}?(?:拍|下单|付款|买)?[^,.!?]{0,4}?(?:今天|当天|今日|马上|立刻)(?:就|都|也)?(?:能|会|可以|给您|给你)?(?:发|发货|发出|寄出)(?!票)|(?:今天|当天)(?:就|都)?(?:能|会|可以)?(?:给您|给你)?(?:发货|发出|寄出)(?!票)/u;
/** The same-day dispatch hedged or bounded: 一般, 尽量, 争取, 正常, 前付款, 的话, 如果. */
const SAME_DAY_HEDGE = /一般|尽量|争取|正常|通常|基本|大部分|前付款|前拍|前下单|的话|如果|只要|截单|点前|之前/u;

export const dispatchClaim: ClaimCheck = ({ u, facts }) => {
  const shipping = facts.shipping;
  if (!shipping) return [];
  const findings: FactFinding[] = [];
  const text = u.normalized;
  const window = WINDOW.exec(text);
  // A faster promise is ship-promise already: one mistake, one item.
  if (shipping.dispatchHours !== undefined && window && !hasFlag(u, 'ship-promise')) {
    const hours = Number(window[1]) * (window[2] === '天' ? 24 : 1);
    if (hours !== shipping.dispatchHours)
      findings.push({
        kind: 'dispatch',
        claim: `说${window[1]}${window[2]}内发货`,
        fact: `店铺承诺付款后${shipping.dispatchHours}小时内发货`,
        better: `亲,我们付款后${shipping.dispatchHours}小时内发货哦${shipping.sameDayBefore ? `,${clock(shipping.sameDayBefore)}前付款一般当天就能发出` : ''},发出后我帮您盯着物流呢~`,
      });
  }
  const sameDay = SAME_DAY.exec(text);
  // "今天下单今天发", "晚上拍也是当天发": same-day dispatch said with no cut-off and no hedge, where the
  // shop sends the same day only before its cut-off (player13 F1).
  const flat = sameDay ? null : FLAT_SAME_DAY.exec(text);
  if (shipping.sameDayBefore !== undefined && flat && !SAME_DAY_HEDGE.test(text) && !hasFlag(u, 'ship-promise'))
    findings.push({
      kind: 'dispatch',
      claim: `说${flat[0]}`,
      fact: `${clock(shipping.sameDayBefore)}前付款一般当天发出，最晚${shipping.dispatchHours ?? 48}小时内发货`,
      better: `亲,${clock(shipping.sameDayBefore)}前付款一般当天就能发出哦,最晚也会在${shipping.dispatchHours ?? 48}小时内发货呢~`,
    });
  if (shipping.sameDayBefore !== undefined && sameDay) {
    const hour = Number(sameDay[2]);
    // "4点前" with no part of the day is read either way: shops say 4点 for 16:00.
    const period = sameDay[1];
    const readings = period === '上午' ? [hour] : period === '下午' || period === '晚上' ? [hour < 12 ? hour + 12 : hour] : [hour, hour + 12];
    if (!readings.includes(shipping.sameDayBefore))
      findings.push({
        kind: 'dispatch',
        claim: `说${sameDay[1] ?? ''}${sameDay[2]}点前付款当天发`,
        fact: `${clock(shipping.sameDayBefore)}前付款一般当天发出`,
        better: `亲,${clock(shipping.sameDayBefore)}前付款一般当天就能发出哦,最晚也会在${shipping.dispatchHours ?? 48}小时内发货呢~`,
      });
  }
  return findings;
};

function clock(hour: number): string {
  return hour > 12 ? `下午${hour - 12}点` : `${hour}点`;
}

const COURIERS = new RegExp(
  Object.keys(courierLex.couriers).sort((a, b) => b.length - a.length).join('|'),
  'gu',
);

/** A clause with no character of the courier names' gate (required-chars.ts) names no courier. */
const COURIER_GATE = gateOfPatterns([COURIERS]);

/** The patterns read behind a character gate here, for the test that holds each gate to its pattern. */
export const GATED_LOGISTICS_PATTERNS: readonly RegExp[] = [COURIERS];

const RETURN_PARCEL = /寄回|退回|寄过来|寄给我们|寄到我们/u;

export const courierClaim: ClaimCheck = ({ clauses, facts }) => {
  const shipping = facts.shipping;
  if (!shipping?.courier) return [];
  const ours = [shipping.courier, ...(shipping.couriers ?? [])];
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    // "发顺丰寄回": the courier of the parcel the buyer sends back is hers to choose, not the shop's outbound one.
    if (!mayMatchClause(COURIER_GATE, clause.text) || /[?吗]$/u.test(clause.text) || RETURN_PARCEL.test(clause.text)) continue;
    for (const m of clause.text.matchAll(COURIERS)) {
      const name = (courierLex.couriers as Record<string, string>)[m[0]] ?? m[0];
      if (isNegated(clause, m.index ?? 0) || ours.some((c) => sameName(c, name))) continue;
      findings.push({
        kind: 'courier',
        claim: `说发${name}`,
        fact: `店铺发${ours.join('或')}`,
        better: `亲,我们默认发${shipping.courier}哦,发出后物流信息在订单里可以随时查看呢~`,
      });
    }
  }
  return findings;
};

const ARRIVAL = /(\d+)(?:(?:-|到|~|至)(\d+))?(?:个)?(?:天|日)(?:左右|内|之内|以内)?(?:就|会|可以|能)*(?:到货|送达|到|收到)/u;

/**
 * The courier a clause speaks of: one it names, else the last one an earlier clause of the reply
 * named ("补发顺丰，一般1到2天就到"), else none (the shop's own).
 */
function courierSpoken(clauses: ReadonlyArray<{ text: string }>, at: number): string | undefined {
  for (let i = at; i >= 0; i--) {
    const names = [...clauses[i]!.text.matchAll(COURIERS)];
    const last = names[names.length - 1];
    if (last) return (courierLex.couriers as Record<string, string>)[last[0]] ?? last[0];
  }
  return undefined;
}

/**
 * The shop's arrival days are its default courier's: days said of another courier the shop also
 * sends by (a resend by 顺丰 where it ships 申通) are that courier's, which the side panel does not
 * give, so they are checked against nothing.
 */
function otherCourier(shipping: NonNullable<ShopFacts['shipping']>, name: string | undefined): boolean {
  if (name === undefined || shipping.courier === undefined || sameName(shipping.courier, name)) return false;
  return (shipping.couriers ?? []).some((c) => sameName(c, name));
}

export const arrivalClaim: ClaimCheck = ({ clauses, facts, buyer }) => {
  const days = arrivalDaysFor(facts.shipping, buyer?.region);
  if (!days) return [];
  for (const [i, clause] of clauses.entries()) {
    const m = ARRIVAL.exec(clause.text);
    if (!m || isNegated(clause, m.index)) continue;
    if (otherCourier(facts.shipping!, courierSpoken(clauses, i))) continue;
    const lo = Number(m[1]);
    const hi = m[2] !== undefined ? Number(m[2]) : lo;
    // 7天无理由, 3天内开票, 3天到账: days that are not an arrival.
    if (/无理由|退|换|开票|发票/u.test(clause.text) || MONEY_ARRIVES.test(clause.text)) continue;
    if (lo >= days[0] && hi <= days[1]) continue;
    const region = buyer?.region ? `到${buyer.region}` : '';
    return [
      {
        kind: 'arrival',
        claim: `说${m[2] !== undefined ? `${lo}-${hi}` : lo}天到`,
        fact: `发出后${region}一般${days[0]}-${days[1]}天到`,
        better: `亲,发出后${region}一般${days[0]}-${days[1]}天能到哦,具体以物流为准,我会帮您留意物流的呢~`,
      },
    ];
  }
  return [];
};

/**
 * Money that reaches her (补偿今天内打到您账户, 明天就能到您账上, 20块明天到账): a payout's time, not a
 * parcel's arrival (player12 F7).
 */
const MONEY_ARRIVES = /到账|账户|账上|支付宝|余额|零钱|打款|打到|打给|转到|退款|补偿|红包/u;

/** A day named relative to today, and how many days away it is (今天 0, 明天 1…). */
const NAMED_DAY = /(大后天|后天|明天|明早|明晚|明儿|今天|今晚|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天])(?:之前|以前|前)?[^,.!?;]{0,6}?(?<![查催找问看给发寄转])(?:到货|送到|送达|签收|收到|到)(?![付底了吗嘛]|不)/u;
const DAYS_AWAY: Record<string, number> = { 今天: 0, 今晚: 0, 明天: 1, 明早: 1, 明晚: 1, 明儿: 1, 后天: 2, 大后天: 3 };
/** The shop says it cannot name the day a parcel arrives (the side panel shows the note). */
const NOT_GUARANTEED = /(?:不能|无法|没法|不)保证|以(?:物流|快递|顺丰|[\u4e00-\u9fa5]{2}快递)为准/u;
/** Any hedge in the reply makes the day an estimate (the ship-promise reader's own list, compose.json). */
const ESTIMATE = new RegExp(composeParts.timeGuarantee.hedge, 'u');

/**
 * An arrival on a named day stated as certain ("明天就能到", "周六前肯定到了") where the shop's
 * facts give no such certainty: its note says the day cannot be guaranteed (到货以物流为准), or the
 * day comes before the earliest arrival it states. A hedge anywhere in the reply (一般, 预计, 以物流
 * 为准) makes it an estimate; a guarantee word is ship-promise already (one mistake, one item).
 */
export const datedArrivalClaim: ClaimCheck = ({ u, clauses, facts, buyer, buyerLine }) => {
  const shipping = facts.shipping;
  if (!shipping || hasFlag(u, 'ship-promise') || ESTIMATE.test(u.normalized)) return [];
  const days = arrivalDaysFor(shipping, buyer?.region);
  const unsure = shipping.note !== undefined && NOT_GUARANTEED.test(shipping.note);
  if (!days && !unsure) return [];
  // A bare yes to her question about a day (能到的 after 今天拍明天能到不) says that day, in her words.
  const asked = SHORT_YES.test(u.normalized.trim()) ? askedDay(buyerLine) : null;
  const said = asked ? [asked] : clauses.flatMap((clause) => {
    if (/[?吗]$/u.test(clause.text) || /无理由|退|换|开票|发票|回复|答复/u.test(clause.text) || MONEY_ARRIVES.test(clause.text)) return [];
    const m = NAMED_DAY.exec(clause.text);
    return m && !isNegated(clause, m.index) ? [m] : [];
  });
  for (const m of said) {
    const away = DAYS_AWAY[m[1] ?? ''];
    const tooSoon = days !== undefined && away !== undefined && away < days[0];
    if (!unsure && !tooSoon) continue;
    const region = buyer?.region ? `到${buyer.region}` : '';
    const range = days ? `发出后${region}一般${days[0]}-${days[1]}天到` : '';
    return [
      {
        kind: 'arrival',
        claim: `说${m[0]}`,
        fact: [range, unsure ? inlineNote(shipping.note!) : '到货时间以物流为准'].filter(Boolean).join('，'),
        better: `亲,我们付款后${shipping.dispatchHours}小时内发货${shipping.sameDayBefore ? `,${clock(shipping.sameDayBefore)}前付款一般当天发出` : ''}${days ? `,发出后${region}一般${days[0]}-${days[1]}天能到` : ''},具体到货以物流为准,我会帮您盯着物流的呢~`,
      },
    ];
  }
  return [];
};

/** A short yes with nothing of its own: 能到的亲, 可以的, 能, 没问题. */
const SHORT_YES = /^(?:亲[,~ ]*)?(?:能到|能|可以|没问题|会的|会|行|是的)(?:到|的|哦|呢|呀|啦|哈|亲|~|!|\.)*$/u;

/** The day her line asks about arriving on (明天能到不, 周六前能到吗), read as a claim of that day. */
function askedDay(buyerLine: string): RegExpExecArray | null {
  for (const part of buyerLine.split(/[,.!?;~\n ]+/u)) {
    let m = NAMED_DAY.exec(part.replace(/(?:吗|不|没|吧|嘛)$/u, ''));
    // 今天拍明天能到: the day she asks it to arrive is the last one named.
    for (let next = m && NAMED_DAY.exec(m[0].slice(m[1]!.length)); next; next = NAMED_DAY.exec(next[0].slice(next[1]!.length))) m = next;
    if (m && /能|会|可以/u.test(part)) return m;
  }
  return null;
}

/** The note's sentence that says the day is not guaranteed, without its end mark. */
function inlineNote(note: string): string {
  const sentence = note.split(/[；;。]/u).find((s) => NOT_GUARANTEED.test(s)) ?? note;
  return sentence.replace(/^[，,\s]+|[，,。.\s]+$/gu, '').split(/[，,]/u).filter((part) => /到|准|保证/u.test(part)).join('，');
}

/** A region's shipping included too: 也包, 都包的, 照样包 (not 包装, 包裹, 包括, 包退, 包换, 包赔). */
const ALSO_FREE = /(?:也|都|照样|一样)(?:是)?包(?![装裹括含退换赔损])/u;
const REGIONS = /新疆|西藏|青海|内蒙古?|宁夏|甘肃|海南|港澳台|香港|澳门|台湾|偏远地区|偏远/u;

export const freeShippingClaim: ClaimCheck = ({ u, clauses, facts, buyer }) => {
  const shipping = facts.shipping;
  if (shipping?.freeShipping === undefined) return [];
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    // 包邮, or a region said to be included too (全国包邮,新疆西藏也包哦).
    const m = /包邮/u.exec(clause.text) ?? (REGIONS.test(clause.text) ? ALSO_FREE.exec(clause.text) : null);
    if (!m || /[?吗]$/u.test(clause.text)) continue;
    const says = !isNegated(clause, m.index) && !/^[^,]{0,4}(不了|不行)/u.test(clause.text.slice(m.index + m[0].length));
    const named = REGIONS.exec(clause.text)?.[0];
    const region = named ?? buyer?.region;
    const excluded = region !== undefined && (shipping.excludedRegions ?? []).some((r) => sameName(r, region) || (region.startsWith('偏远') && r.length > 0));
    const truth = shipping.freeShipping && !excluded;
    if (says === truth) continue;
    // Refusing free shipping the shop promised is freeship-breach already.
    if (!says && hasFlag(u, 'freeship-breach')) continue;
    const where = named ?? '';
    findings.push({
      kind: 'free-shipping',
      claim: says ? `说${where}包邮` : `说${where}不包邮`,
      fact: truth ? `这款${where}包邮` : shipping.freeShipping ? `${(shipping.excludedRegions ?? []).join('、')}不在包邮范围` : '这款不包邮',
      better: truth
        ? `亲,这款${where}是包邮的哦,不用另外付运费呢~`
        : `亲,${where || '您的地址'}不在包邮范围内哦${shipping.excludedRegions?.length ? `(${shipping.excludedRegions.join('、')}需补运费)` : ''},下单时页面会显示运费呢~`,
    });
  }
  return findings;
};
