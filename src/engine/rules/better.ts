// The better reply a report item shows, filled with this shop's facts (48小时, 韵达, the size
// the chart gives this buyer, the real price) and fitted to what the buyer just asked. With no
// facts (a real log graded without context) the catalog's own reply, which leaves no blank for
// the trainee to fill, is shown.
import type { AfterSaleCase } from '@/engine/knowledge/facts';
import { RULES } from '@/engine/rules/catalog';
import { rightSizes } from '@/engine/scenario/effective';
import type { Scenario } from '@/engine/scenario/schema';
import type { ShopFacts } from '@/engine/scenario/shop-schema';
import type { ReplyContext } from '@/engine/understanding-types';
import type { RuleId } from '@/engine/vocabulary';

/** What a better reply may state as true: only facts the scenario (or the log's context) gives. */
export interface PhrasingFacts {
  shopName?: string;
  price?: number;
  dispatchHours?: number;
  courier?: string;
  arrivalDays?: [number, number];
  freeShipping?: boolean;
  invoiceNote?: string;
  cod?: boolean;
  returnConditions?: string;
  shippingInsurance?: boolean;
  material?: string;
  strengths?: string[];
  /** The size the chart gives this buyer, and her height (cm) and weight (kg). */
  size?: { label: string; height?: number; weight?: number };
  /** The shop's own facts call today's price a sale price (活动价). */
  onSale?: boolean;
  /** What the shop does when a parcel is stuck (its shipping note's clauses on tracing, resending). */
  parcelCare?: string;
  /** The shop sends the same day when paid before this hour (16 = 下午4点). */
  sameDayBefore?: number;
  /** The chat is after the sale (the scenario's category 售后, a log's context afterSale): no welcome, no "想了解"; false: a scenario before the sale; absent: not known. */
  afterSales?: boolean;
  /** Who pays a faulty item's return postage (default the shop), and what the shop's note adds (先垫付…补运费). */
  qualityPostage?: 'buyer' | 'shop';
  qualityRefund?: string;
  /** What the shop gives instead of a cut: its coupon (with the price after it) and its gift (concessionLine). */
  concession?: string;
  /** The cut of the item as its highlights say it (修身版型，偏小一码). */
  fit?: string;
  /** A size that does not fit is exchanged free (the returns' freeExchange). */
  freeExchange?: boolean;
}

/**
 * What the shop may give a haggler instead of a cut, from its offers: the coupon (券后 price, never
 * under the floor) and the gift — the coached concession (优先送赠品、发店铺券). A better phrasing says
 * these, never the floor itself: told "最低179", a haggler pushes to 179 (player12 F1).
 */
export function concessionLine(product: { price?: number | undefined; floor?: number | undefined } | undefined, offers: ShopFacts['offers'] | undefined): string | null {
  const price = product?.price;
  const coupon = (offers?.coupons ?? []).find((c) => (c.minSpend === undefined || price === undefined || price >= c.minSpend) && (price === undefined || product?.floor === undefined || price - c.amount >= product.floor));
  const gift = offers?.gifts?.[0];
  const parts = [
    coupon ? `我给您发一张${coupon.amount}元店铺券${price !== undefined ? `，券后${price - coupon.amount}元` : ''}` : '',
    gift ? `${coupon ? '再' : '我再'}送您${clause(gift)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('，') : null;
}

/** The price held with the shop's concession instead of a cut (below-floor, a haggler's tone items). */
export function holdPriceLine(price: number | undefined, onSale: boolean, concession: string | null | undefined): string {
  const held = price !== undefined ? `这款现在${price}元${onSale ? '，已经是活动价了' : ''}，价格上确实没法再少了` : '价格上确实没法再少了';
  return `${held}，${concession ?? '我再帮您申请一份小赠品'}，您看可以吗`;
}

/** Where the chat is: after the sale, and which case (a quality problem or a no-reason return) when known. */
export interface PhrasingSituation {
  afterSale?: AfterSaleCase | undefined;
  /** Her earlier lines in the chat, oldest first: a tone item's better reply answers what she asked last that the facts know. */
  earlier?: readonly string[];
}

/** A fact written for the side panel, as a clause of a chat reply: no brackets, no full stop, Chinese commas. */
const clause = (text: string): string =>
  text.replace(/[(（][^)）]*[)）]/gu, '').replace(/[,;；]/gu, '，').replace(/[。.]$/u, '').trim();

export function phrasingFacts(scenario?: Scenario, context: ReplyContext = {}): PhrasingFacts {
  const facts: PhrasingFacts = {};
  if (context.price !== undefined) facts.price = context.price;
  if (context.dispatchHours !== undefined) facts.dispatchHours = context.dispatchHours;
  if (context.freeShipping !== undefined) facts.freeShipping = context.freeShipping;
  if (context.cod !== undefined) facts.cod = context.cod;
  if (context.afterSale !== undefined) facts.afterSales = true;
  if (!scenario) return facts;
  // The stage is known from the scenario: before the sale unless its category is 售后.
  facts.afterSales = scenario.category === '售后';
  const { shop, persona } = scenario;
  Object.assign(facts, {
    price: shop.product.price,
    dispatchHours: shop.shipping.dispatchHours,
    courier: shop.shipping.courier,
    freeShipping: shop.shipping.freeShipping,
    cod: shop.cod,
    shippingInsurance: shop.returns.shippingInsurance === true,
  });
  if (shop.name) facts.shopName = shop.name;
  if (shop.shipping.sameDayBefore !== undefined) facts.sameDayBefore = shop.shipping.sameDayBefore;
  // What the shipping note promises for a parcel gone wrong, in a reply's words: the reply time, the resend.
  const note = shop.shipping.note ?? '';
  const within = /(\d+(?:分钟|小时))内回复/u.exec(note)?.[1];
  const resend = /补发([\u4e00-\u9fa5a-z]{1,6})[,，]?(运费店铺承担)?/u.exec(note);
  const care = [within ? `${within}内给您回复` : '', resend ? `确认滞留就给您补发${resend[1]}${resend[2] ? '，运费我们出' : ''}` : ''].filter(Boolean);
  if (care.length > 0) facts.parcelCare = care.join('，');
  if (shop.invoice.available) facts.invoiceNote = clause(shop.invoice.note ?? '个人或公司抬头都可以，免费开具');
  facts.qualityPostage = shop.returns.postage?.quality ?? 'shop';
  // What the note says a faulty item's return gets (买家先垫付，收货后补运费(最多15元)), without its brackets.
  const refund = /[^。；;]*补运费[^。；;，,]*/u.exec(shop.returns.note ?? '')?.[0];
  if (refund) facts.qualityRefund = clause(refund.split(/[，,]/u).filter((part) => /垫付|补运费/u.test(part)).join('，'));
  if (shop.returns.conditions) facts.returnConditions = clause(shop.returns.conditions).replace(/^签收7天内[,，]?/u, '');
  if (shop.product.material) facts.material = clause(shop.product.material);
  const concession = concessionLine(shop.product, shop.offers);
  if (concession) facts.concession = concession;
  const fit = shop.product.highlights?.find((h) => /版型|偏小|偏大|修身|宽松/u.test(h));
  if (fit) facts.fit = clause(fit);
  if (shop.returns.freeExchange) facts.freeExchange = true;
  // Our item's own highlights: the competitor's differences describe the other shop (面料克重200g，比我们薄),
  // so a better phrasing that said them of "我们这款" would teach a wrong fact.
  const strengths = shop.product.highlights;
  if (strengths?.some((h) => /活动价|促销价|特价/u.test(h))) facts.onSale = true;
  if (strengths?.length) facts.strengths = strengths.slice(0, 2).map(clause);
  const [size] = rightSizes(scenario);
  if (size) facts.size = { label: size, ...(persona.facts?.height !== undefined ? { height: persona.facts.height } : {}), ...(persona.facts?.weight !== undefined ? { weight: persona.facts.weight } : {}) };
  return facts;
}

const shipLine = (f: PhrasingFacts): string | null => {
  if (f.dispatchHours === undefined) return null;
  const courier = f.courier ? `，走${f.courier}` : '';
  const arrival = f.arrivalDays ? `，发出后一般${f.arrivalDays[0]}-${f.arrivalDays[1]}天能到` : '';
  return `付款后${f.dispatchHours}小时内给您发出${courier}${arrival}`;
};

/**
 * The size line quotes her height and weight only as she said them in the line answered (166, 57kg
 * or 114斤): a figure she never gave would be invented in front of her.
 */
const sizeLine = (f: PhrasingFacts, buyerText: string): string | null => {
  if (!f.size) return null;
  const { label, height, weight } = f.size;
  const said = (n: number | undefined): boolean => n !== undefined && new RegExp(`(?<!\\d)${n}(?!\\d)`, 'u').test(buyerText);
  const parts = [
    said(height) ? `${height}cm` : '',
    said(weight) ? `${weight}kg` : weight !== undefined && said(weight * 2) ? `${weight * 2}斤` : '',
  ].filter(Boolean);
  // Her doubt about the fit (L不会松垮垮吧, 会不会大) is answered by the cut and the free exchange, not a stall.
  const fit = FIT_ASKED.test(buyerText.toLowerCase())
    ? `${f.fit ? `，这款${f.fit}，尺码表已经按版型排好了` : ''}${f.freeExchange ? '，万一不合适签收7天内可以免费换一次' : ''}`
    : '';
  return `${parts.length ? `您${parts.join('、')}，` : ''}按尺码表建议拿${label}码${fit}`;
};
/** She doubts how a size will sit (松垮垮, 会不会大, 想穿修身点). */
const FIT_ASKED = /松|紧|修身|宽松|合身|偏大|偏小|会大|会小|大吗|小吗|大不大|小不小|显胖|显瘦/u;

const returnLine = (f: PhrasingFacts, afterSale?: AfterSaleCase): string =>
  afterSale === 'quality'
    ? `这属于质量问题，您在订单里申请退货退款就好，${f.qualityPostage === 'buyer' ? '寄回运费需要您先出' : `寄回的运费由我们承担${f.qualityRefund ? `，${f.qualityRefund.replace(/^买家/u, '您')}` : ''}`}`
    : `签收7天内可以无理由退换，需要${f.returnConditions ?? '商品不影响二次销售'}${f.shippingInsurance ? '，退货运费有运费险赔付' : ''}`;

/** How a reply ends: before the sale she wants to know more; after it she needs help with a problem. */
const more = (f: PhrasingFacts): string => (f.afterSales ? '还有什么需要帮忙的随时找我呢~' : '还有什么想了解的随时问我呢~');

/** Her parcel is stuck or late: it left us and has not come (物流4天没动, 卡在中转站, 还没到). */
const STUCK = /(?:物流|快递|包裹)[^,.!?]{0,6}(?:没动|不动|没更新|不更新|没变)|卡(?:在|住|了)|滞留|还没到|还不到|一直不到|没收到|还没收到/u;
/** What she needs it for and by when, in her words (周六要送人, 明天要用). */
const NEED = /(?:周[一二三四五六日天]|明天|后天|这周|下周|\d{1,2}号)[^,.!?\s]{0,3}(?:要送人|送人|要用|要穿|过生日|生日)/u;
/** She asks about, or compares us with, another shop (那家, 别家, 同款). */
const OTHER_SHOP = /别家|别的店|其他店|其他家|那家|他家|隔壁|同款|人家/u;

/**
 * A stuck parcel: sorry for the wait, her need said back to her, and what the shop does (trace it
 * with its courier, the reply time and the resend its note promises) — never a day it will come.
 */
const stuckLine = (f: PhrasingFacts, buyerText: string): string => {
  const need = NEED.exec(buyerText)?.[0];
  const courier = f.courier ?? '快递';
  const care = f.parcelCare ?? '有结果第一时间告诉您';
  return `${need ? `知道您${need}很着急，` : ''}真的很抱歉让您久等了，我这就联系${courier}查您的包裹，${care}`;
};

/**
 * After the sale with no return in question (a complaint about delivery), her words about the
 * parcel are about one already sent: it is traced, not promised a dispatch time.
 */
const parcelOut = (f: PhrasingFacts, afterSale: AfterSaleCase | undefined, text: string): boolean =>
  f.afterSales === true && afterSale === undefined && /发货|发出|快递|物流|到货|到|耽误|东西呢|什么时候/u.test(text);

/** Another shop she compares us with: our own item's strengths and service, never theirs run down. */
const otherShopLine = (f: PhrasingFacts): string | null => {
  const ours = f.strengths?.join('，') ?? (f.material ? `面料是${f.material}` : null);
  const service = [
    f.dispatchHours !== undefined ? `付款后${f.dispatchHours}小时内${f.courier ? `用${f.courier}` : ''}发出` : '',
    f.shippingInsurance ? '还送运费险，退换没有后顾之忧' : '',
  ].filter(Boolean);
  if (!ours && service.length === 0) return null;
  return `每家都有自己的特点，我们这款${[ours, ...service].filter(Boolean).join('，')}，您可以按自己看重的地方对比一下`;
};

/** She asks to deal off the platform (加微信, 私下转账, 不走平台). */
const OFF_PLATFORM = /微信|加v|vx|qq|私下|转账|不走平台|线下|支付宝转/u;
/** She asks why ours costs more (贵在哪, 差在哪, 凭啥这么贵). */
const WHY_PRICIER = /贵在哪|差在哪|贵在|为什么(?:这么|那么|要)?贵|为啥(?:这么|那么)?贵|凭啥|凭什么|哪里贵|贵哪/u;
/** She asks for a cut, a coupon or a gift (能便宜点吗, 有券吗, 送点什么). */
const CUT_ASKED = /便宜|优惠|少点|少一点|能少|再少|打折|折扣|券|礼物|赠品|送点|送个|抹零|让点/u;

/**
 * WeChat declined with the reason to stay on the platform and what the shop can give here
 * (player12 F3: not "我帮您确认一下", as if whether WeChat is allowed were in doubt).
 */
const offPlatformLine = (f: PhrasingFacts): string =>
  `聊天和付款都要留在平台上哦，这样售后才有保障，您放心在这里拍${f.concession ? `，${f.concession}` : ''}`;

/** Why ours costs more: our own item's strengths and service (the comparison without another shop's name). */
const whyPricierLine = (f: PhrasingFacts): string | null => {
  const line = otherShopLine(f);
  return line ? line.replace(/^每家都有自己的特点，/u, '价格上的差别主要在用料和服务，').replace(/，您可以按自己看重的地方对比一下$/u, '') : null;
};

/** A fact answering what the buyer asked, when her line asks about something the facts know. */
function answerTo(buyerText: string, f: PhrasingFacts, afterSale?: AfterSaleCase): string | null {
  const text = buyerText.toLowerCase();
  if (STUCK.test(text) || parcelOut(f, afterSale, text)) return stuckLine(f, buyerText);
  if (!f.afterSales && OFF_PLATFORM.test(text)) return offPlatformLine(f);
  if (!f.afterSales && WHY_PRICIER.test(text) && !OTHER_SHOP.test(text)) return whyPricierLine(f);
  if (OTHER_SHOP.test(text)) return otherShopLine(f);
  // After the sale a fault she reports is answered with what the shop does about it, not with the listing.
  if (f.afterSales && afterSale === 'quality') return returnLine(f, afterSale);
  if (/尺码|码数|多大|大小|什么码|哪个码|几码|选码|[sml]码|xl|偏大|偏小|身高|体重|斤|(?<![a-z])[sml](?![a-z])|松垮|修身|宽松/u.test(text)) return sizeLine(f, buyerText);
  if (/发货|发出|几天|多久|什么时候到|能到|快递|物流|到货/u.test(text)) return shipLine(f);
  if (/发票|开票|抬头/u.test(text)) return f.invoiceNote ? `发票可以开的，${f.invoiceNote}` : null;
  if (/退|换/u.test(text)) return returnLine(f, afterSale);
  if (/面料|材质|纯棉|料子|起球/u.test(text)) return f.material ? `面料是${f.material}` : null;
  // Asked for a cut, the price is held with the shop's coupon or gift (the coached concession).
  if (!f.afterSales && CUT_ASKED.test(text) && (f.price !== undefined || f.concession)) return holdPriceLine(f.price, f.onSale === true, f.concession).replace(/，您看可以吗$/u, '');
  if (/多少钱|价格|便宜|优惠|贵/u.test(text)) return f.price !== undefined ? `这款现在是${f.price}元${f.onSale ? '，已经是活动价了' : ''}` : null;
  return null;
}

/** How far back her earlier lines are read for what she asked last: a question that recent (a long log would otherwise read every line of it for each item). */
const LOOKBACK = 6;

/** The answer to her line, else to the last of her recent lines the facts can answer (她刚才问的). */
function answerToChat(buyerText: string, earlier: readonly string[], f: PhrasingFacts, afterSale?: AfterSaleCase): string | null {
  const now = answerTo(buyerText, f, afterSale);
  if (now !== null) return now;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - LOOKBACK); i--) {
    const before = answerTo(earlier[i]!, f, afterSale);
    if (before !== null) return before;
  }
  return null;
}

/** The better reply for `rule`, given the shop's facts and the buyer's line(s) the reply answered. */
export function betterReply(rule: RuleId, f: PhrasingFacts, buyerText = '', situation: PhrasingSituation = {}): string {
  const generic = RULES[rule].better;
  const afterSale = situation.afterSale;
  const answer = answerTo(buyerText, f, afterSale);
  switch (rule) {
    case 'ship-promise': {
      if (STUCK.test(buyerText) || (f.afterSales && afterSale === undefined)) return `亲，${stuckLine(f, buyerText)}，到货时间以快递为准，我会一直帮您盯着物流的~`;
      const ship = shipLine(f);
      return ship ? `亲，我们会在${ship}哦，具体以物流为准，我会帮您盯着物流的~` : generic;
    }
    case 'return-refuse':
      if (afterSale === 'quality') return `亲，真的很抱歉，${returnLine(f, afterSale)}哦~`;
      return f.returnConditions || f.shippingInsurance ? `亲，${returnLine(f)}的哦，您在订单里直接申请就好~` : generic;
    case 'invoice-refuse':
      return f.invoiceNote ? `亲，发票可以开的哦~${f.invoiceNote}，麻烦把抬头和税号发我一下呢。` : generic;
    case 'freeship-breach':
      return f.freeShipping
        ? `亲，这款是包邮的哦，不用另外付运费${f.courier ? `，我们用${f.courier}给您发出` : ''}呢~`
        : generic;
    case 'disparage': {
      const line = otherShopLine(f);
      return line ? `亲，${line}呢~` : generic;
    }
    case 'tone-empathy':
    case 'tone-criticize': {
      if (STUCK.test(buyerText)) return `亲，非常理解您的心情，${stuckLine(f, buyerText)}哦~`;
      const said = answerToChat(buyerText, situation.earlier ?? [], f, afterSale);
      // Before the sale nothing is being processed: sorry for the confusion, and the answer again
      // (player12 F4), not the complaint template's "我这就帮您处理，有结果第一时间告诉您".
      if (f.afterSales === false) return said ? `亲，抱歉刚才没跟您说清楚，让您不开心了，${said}哦~` : '亲，抱歉刚才没跟您说清楚，让您不开心了，您想了解哪一点，我一条一条跟您说明白哦~';
      return said ? `亲，非常理解您的心情，真的很抱歉，${said}哦~` : generic;
    }
    case 'tone-greet':
      // After the sale she comes with a problem: no welcome to the shop, the agent takes it on.
      if (f.afterSales) return `亲，您好，我是${f.shopName ?? '店铺'}的客服，${answer ? `${answer}哦，` : '您遇到的问题我来帮您处理，'}有什么需要随时告诉我~`;
      return `亲，您好呀~欢迎光临${f.shopName ?? ''}，${answer ? `${answer}哦，` : ''}有什么需要随时告诉我哦~`;
    case 'tone-close':
      return f.afterSales ? '给您添麻烦了，感谢您的理解和耐心，后续有任何问题随时找我，祝您生活愉快~' : generic;
    case 'tone-uncertain':
    case 'tone-cold':
    case 'tone-interrogate':
    case 'tone-blunt':
    case 'tone-particles': {
      const said = rule === 'tone-particles' ? answer : answerToChat(buyerText, situation.earlier ?? [], f, afterSale);
      if (said) return `亲，${said}哦，${more(f)}`;
      return f.afterSales ? generic.replace(/还有什么想了解的随时问我(呢)?~?$/u, more(f)) : generic;
    }
    default:
      return generic;
  }
}
