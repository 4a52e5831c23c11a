// Claims about money: the price offered, coupons, compensation, gifts.
import { boundedTable } from '@/engine/bounded-table';
import { namesItem, otherItems } from '@/engine/knowledge/facts';
import type { ClaimCheck, FactFinding, KnowledgeInput } from '@/engine/knowledge/types';
import { isNegated } from '@/engine/understand/clauses';
import { concessionLine, holdPriceLine } from '@/engine/rules/better';
import { gateOfPatterns, mayMatchClause } from '@/engine/understand/required-chars';


/**
 * The figure prices something else the shop lists: every place the reply states it, its clause
 * names another shop or another item (a related item, a gift, the competitor's), or the figure
 * is that item's own price and the reply or the buyer's question names the item ("那条半裙多少钱"
 * "半裙是99元哦"). A price is a claim about the item it is attributed to.
 */
// Each figure's pattern, compiled once (a chat names the same few prices again and again).
const figureOf = boundedTable(256, (price: number) => new RegExp(`(?<![\\d.])${price}(?![\\d.])`, 'u'));

export function pricesOtherItem({ clauses, others, facts, buyerLine }: KnowledgeInput, price: number): boolean {
  const items = otherItems(facts);
  const figure = figureOf(price);
  // `clauses` are this shop's (check.ts): a figure said only of the other shop is its price.
  const where = clauses.filter((c) => figure.test(c.text));
  if (where.length === 0) return [...others].some((c) => figure.test(c.text));
  const named = (text: string) => items.some((item) => namesItem(text, item.name));
  const ownPrice = items.some((item) => item.price === price && (named(buyerLine) || clauses.some((c) => namesItem(c.text, item.name))));
  return ownPrice || where.every((c) => named(c.text));
}

const FIGURE = /(?<![\d.])(\d{1,5})(?:\.\d+)?(?![\d.])/gu;
/** A figure written as a price: 89元, 89块, ¥89, 只要89, 才89, 卖89. */
const PRICE_AFTER = /^(?:元|块|rmb)/iu;
const PRICE_BEFORE = /(?:¥|￥|只要|才|仅|售价|卖|价格是?|价)$/u;
/** The figure is a saving, a threshold, a total or a coupon, not the item's price: 减10, 满199, 一共258, 10元券. */
const NOT_ITS_PRICE_BEFORE = /(?:减|省|便宜|优惠|送|满|差|补|加|返|共|加起来|凑|第|打)$/u;
const NOT_ITS_PRICE_AFTER = /^(?:元|块)?(?:的)?(?:券|优惠|折)/u;

/** The figures a clause states as prices. */
function statedPrices(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const before = text.slice(0, m.index);
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (!PRICE_AFTER.test(after) && !PRICE_BEFORE.test(before)) continue;
    if (NOT_ITS_PRICE_BEFORE.test(before.replace(PRICE_BEFORE, '')) || NOT_ITS_PRICE_AFTER.test(after)) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/**
 * The price of a related item the reply names ("半身裙89元可以搭一下" when the shop lists it at
 * 99): a clause naming exactly one of the shop's related items with a figure stated as a price,
 * none of them its own. A figure that is this item's price, a saving, a threshold or a total is
 * not the related item's price.
 */
export const relatedPriceClaim: ClaimCheck = ({ clauses, facts }) => {
  const related = (facts.related ?? []).filter((r): r is { name: string; price: number } => typeof r.price === 'number');
  if (related.length === 0) return [];
  const ours = new Set([facts.product?.price, facts.product?.floor].filter((n): n is number => n !== undefined));
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    if (!/\d/u.test(clause.text) || /[?吗]$/u.test(clause.text)) continue;
    const named = related.filter((r) => namesItem(clause.text, r.name));
    if (named.length !== 1) continue;
    const item = named[0]!;
    const figures = statedPrices(clause.text);
    const priced = figures.filter((n) => !ours.has(n));
    if (priced.length === 0 || figures.includes(item.price)) continue;
    findings.push({
      kind: 'price',
      claim: `说${item.name}${priced[0]}元`,
      fact: `${item.name}标价${item.price}元`,
      better: `亲,${item.name}是${item.price}元哦,和这件搭着很好看,需要的话可以一起拍~`,
    });
  }
  return findings;
};

/** An everyday price stated: 日常价要299, 原价299, 平时卖299, 吊牌价299. */
const REGULAR = /(?:日常价|原价|平时价|平常价|平时卖|平时都卖|平时要|专柜价|吊牌价|正价)(?:格)?(?:是|要|都要|为|都是)?(?:¥|￥)?(\d{2,5})/u;
/** A deadline stated for the promotion: 活动周五就结束, 这个价到周日截止, 优惠明晚恢复原价. */
const DEADLINE = /(?:活动|优惠|促销|这个价|活动价|特价|折扣)[^,.!?]{0,8}?(周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}(?:号|日))[^,.!?]{0,6}?(?:结束|截止|恢复|涨价|就没了|到期|下架|为止)/u;
const dayOf = (word: string): string => word.replace(/^(?:星期|礼拜)/u, '周').replace(/^周天$/u, '周日').replace(/^(\d{1,2})日$/u, '$1号');

/**
 * The promotion as the reply tells it: an everyday price other than the shop's (日常价要299 when it
 * is 239: a made-up original price) or a deadline on another day than the shop's (周五结束 when it
 * ends 周日24点: false urgency).
 */
export const promotionClaim: ClaimCheck = ({ clauses, facts }) => {
  const product = facts.product;
  if (!product) return [];
  const findings: FactFinding[] = [];
  const ends = product.promotionEnds;
  const endDay = ends !== undefined ? (/周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}(?:号|日)/u.exec(ends)?.[0] ?? null) : null;
  for (const clause of clauses) {
    if (/[?吗]$/u.test(clause.text)) continue;
    const regular = REGULAR.exec(clause.text);
    if (regular && product.regularPrice !== undefined && Number(regular[1]) !== product.regularPrice && !isNegated(clause, regular.index))
      findings.push({
        kind: 'price',
        claim: `说日常价${regular[1]}元`,
        fact: `日常价是${product.regularPrice}元`,
        better: `亲,这款日常价${product.regularPrice}元,现在活动价${product.price}元${ends ? `,活动${ends}结束` : ''},很划算的哦~`,
      });
    const deadline = DEADLINE.exec(clause.text);
    if (deadline && endDay !== null && dayOf(deadline[1]!) !== dayOf(endDay))
      findings.push({
        kind: 'price',
        claim: `说活动${deadline[1]}结束`,
        fact: `活动${ends}结束`,
        better: `亲,活动价${product.price}元到${ends}结束哦,喜欢的话活动期间拍下最划算呢~`,
      });
  }
  return findings;
};

export const priceClaim: ClaimCheck = (input) => {
  const { u, facts, floor } = input;
  const price = u.entities.price;
  const lowest = floor ?? facts.product?.floor;
  const list = facts.product?.price;
  // A bare figure answering 多少钱 states the item's price: one over the list price is untrue too.
  if (input.answeredPrice !== undefined && price !== undefined && list !== undefined && price > list && !pricesOtherItem(input, price))
    return [{ kind: 'price', claim: `说价格${price}元`, fact: `这款标价${list}元`, better: `亲,这款现在是${list}元哦~` }];
  if (price === undefined || lowest === undefined || price >= lowest || pricesOtherItem(input, price)) return [];
  return [
    {
      kind: 'price',
      claim: `报价${price}元`,
      fact: `店铺最低只能做到${lowest}元`,
      // The price held with the shop's coupon or gift, never the floor said to a haggler (player12 F1).
      better: `亲,${holdPriceLine(list, (facts.product?.highlights ?? []).some((h) => /活动价|促销价|特价/u.test(h)), concessionLine(facts.product, facts.offers))}~`,
    },
  ];
};

const COUPON = /(?:满(\d+)(?:元)?减(\d+))|(\d+)(?:元|块)?(?:的)?(无门槛)?(?:优惠券|店铺券|券)/gu;

// "没有优惠", "没优惠券", "没有任何活动"; "没有其他优惠" / "没有更多优惠了" keep the coupon already given.
const NO_OFFER = /(?<!其他|别的|更多|再|额外)(没有|没|无)(任何)?(优惠券|优惠|活动|折扣|券)(?!.{0,2}(可以|能|也))/u;

// A clause with no character of either pattern's gate (required-chars.ts) states no coupon and no "none".
const COUPON_GATE = gateOfPatterns([NO_OFFER, COUPON]);

export const couponClaim: ClaimCheck = ({ clauses, facts }) => {
  const coupons = facts.offers?.coupons;
  if (!coupons) return [];
  const findings: FactFinding[] = [];
  const list = coupons.map((c) => (c.minSpend ? `满${c.minSpend}减${c.amount}` : `${c.amount}元无门槛`)).join('、') || '没有';
  for (const clause of clauses) {
    if (!mayMatchClause(COUPON_GATE, clause.text)) continue;
    // "没有优惠" when the shop has a coupon to give: the buyer is told a saving she could have is none.
    const none = NO_OFFER.exec(clause.text);
    if (none && coupons.length > 0 && !/[?吗]$/u.test(clause.text)) {
      findings.push({
        kind: 'coupon',
        claim: `说${none[0]}`,
        fact: `店铺有${list}的券可以发`,
        better: `亲,价格是活动价了哦,我这边给您发一张${list}的店铺券,下单时勾选就能用呢~`,
      });
      continue;
    }
    for (const m of clause.text.matchAll(COUPON)) {
      if (isNegated(clause, m.index ?? 0)) continue;
      const amount = Number(m[2] ?? m[3]);
      const minSpend = m[1] !== undefined ? Number(m[1]) : undefined;
      const noThreshold = m[4] !== undefined;
      const fits = coupons.some(
        (c) =>
          c.amount === amount &&
          (minSpend === undefined || (c.minSpend ?? 0) === minSpend) &&
          (!noThreshold || (c.minSpend ?? 0) === 0),
      );
      if (fits) continue;
      findings.push({
        kind: 'coupon',
        claim: `说有${minSpend !== undefined ? `满${minSpend}减${amount}` : `${amount}元${noThreshold ? '无门槛' : ''}`}券`,
        fact: `店铺的券是${list}`,
        better: coupons.length > 0 ? `亲,现在可以用${list}的券哦,我这就发给您,下单时勾选就能用呢~` : '亲,这款现在没有优惠券哦,不过价格已经是活动价了呢~',
      });
    }
  }
  return findings;
};

/**
 * A compensation offered outside the shop's range: over its top is more than an agent may give
 * (越权: the shop's owner must agree first, so the promise may not be kept); under its bottom,
 * where the range is the shop's rule for the case, tells her less than the shop gives.
 */
export const compensationClaim: ClaimCheck = ({ u, facts }) => {
  const range = facts.offers?.compensation;
  const amount = u.entities.amount;
  if (!range || amount === undefined || !u.moves.includes('offer-compensation')) return [];
  const [low, high] = range;
  if (amount > high)
    return [
      {
        kind: 'compensation',
        claim: `说补偿${amount}元，超出了客服能给的范围`,
        fact: `店铺允许的补偿是${low}–${high}元，更多要先请店长同意，不能先答应买家`,
        better: `亲,给您添麻烦了,我这边可以补偿您${high}元,您看可以吗?更多的我需要向店长申请哦~`,
      },
    ];
  if (amount < low)
    return [
      {
        kind: 'compensation',
        claim: `说补偿${amount}元，少于店铺给的`,
        fact: `店铺这种情况的补偿是${low}–${high}元`,
        better: `亲,给您添麻烦了,这种情况店铺可以补偿您${low}元,您看可以吗?`,
      },
    ];
  return [];
};

// 送 as a gift, not delivery (送达, 送上门, 配送), a 赠品 named, 送给 someone, or her own present (送人, 送礼, 送朋友).
const GIFT = /(?<![配派运快])(?:赠送|赠(?!品)|送)(?!达|到|货|出|去|回|过来|上|不|给(?!您|你)|的快递|品|人|礼(?!品|物)|朋友|亲友|长辈|老人|同事|闺蜜|男友|女友|老公|老婆|妈妈|爸爸|家人)(?:给)?(?:您|你|亲)?(?:价值\d+元的)?(?:一个|一份|一只|一双|一张|一条|一套|一副|一对|一盒|一包|一瓶|一把|一支|一枚|一件|个|份|只|双|张|条|套|副|对|盒|包|瓶|把|支|枚|件)?([\u4e00-\u9fa5a-z、]{2,18})/gu;
/** Between the gifts of a list: 和, 跟, 加, 还有, 以及, 、. */
const GIFT_LIST = /和|跟|外加|加上|还有|以及|、/u;
const GENERIC_GIFT = /^(小礼物|礼物|小礼品|礼品|赠品|小赠品|小样)/u;
const NOT_GIFT = /^(运费险|优惠券|券|\d)/u;

/** The gift names share two characters in a row: 抱枕 and 珊瑚绒抱枕套. */
function sharesPair(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

const GIFT_GATE = gateOfPatterns([GIFT]);

/** The patterns read behind a character gate here, for the test that holds each gate to its pattern. */
export const GATED_OFFER_PATTERNS: readonly RegExp[] = [NO_OFFER, COUPON, GIFT];

export const giftClaim: ClaimCheck = ({ clauses, facts }) => {
  const gifts = facts.offers?.gifts;
  if (!gifts) return [];
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    if (!mayMatchClause(GIFT_GATE, clause.text)) continue;
    for (const m of clause.text.matchAll(GIFT)) {
      // A coupon or red packet given is the coupon check's, not a gift.
      if (/券|红包/u.test(clause.text.slice(m.index ?? 0, (m.index ?? 0) + 16))) continue;
      if (isNegated(clause, m.index ?? 0)) continue;
      // Each gift of a list (送同色系发圈和珍珠胸针): one the shop gives does not vouch for the next.
      for (const part of (m[1] ?? '').replace(/(哦|呢|呀|啦|的|哈|吧|给您|给你|一起).*$/u, '').split(GIFT_LIST)) {
        const object = part.replace(/^一?[个份只双张条套副对盒包瓶把支枚件]/u, '');
        if (object.length < 2 || NOT_GIFT.test(object) || /券|红包|运费|发票|现金|钱/u.test(object)) continue;
        if (GENERIC_GIFT.test(object) ? gifts.length > 0 : gifts.some((g) => sharesPair(object, g))) continue;
        findings.push({
          kind: 'gift',
          claim: `说送${object}`,
          fact: gifts.length > 0 ? `店铺的赠品是${gifts.join('、')}` : '店铺没有赠品',
          better: gifts.length > 0 ? `亲,现在下单送${gifts.join('、')}哦,我给您备注上呢~` : '亲,这款没有赠品哦,不过品质和售后都有保障,您放心拍呢~',
        });
      }
    }
  }
  return findings;
};
