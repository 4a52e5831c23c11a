// Entities in a normalized reply: prices and cuts, money that is not a price, sizes, the
// buyer's height and weight, promised ship and arrival times, couriers, order numbers.
import lex from '@/engine/lexicon/entities.json';
import type { Entities, ReplyContext } from '@/engine/understanding-types';

const CUT = new RegExp(`(${lex.cutWords})(您|你)?(个)?$`, 'u');
const AMOUNT = new RegExp(`(${lex.amountWords})`, 'u');
const NOT_OFFER = new RegExp(`(${lex.notOfferWords})`, 'u');
const OFFER = new RegExp(`(${lex.offerWords})`, 'u');
const COURIER = new RegExp(
  Object.keys(lex.couriers).sort((a, b) => b.length - a.length).join('|'),
  'u',
);
const DAY_WORDS = Object.keys(lex.dayWords).sort((a, b) => b.length - a.length).join('|');
const DAYS = lex.dayWords as Record<string, number>;
const SHIP = new RegExp(
  `(?:(\\d+)(?:个)?(小时|天)|(${DAY_WORDS}))(?:内|之内|以内)?(?:下午|上午|晚上)?(?:就|会|能|可以|一定|肯定|保证|必|准)?(?:给您|帮您|为您)?(?:安排)?(?:${lex.shipWords})(?!票)`,
  'u',
);
const ARRIVE = new RegExp(
  `(?:(\\d+)(?:-|到|~)?(\\d+)?(?:个)?(?:天|日)|(${DAY_WORDS}))(?:左右|内|之内|以内)?(?:就|会|能|可以|一定|肯定|保证|准|必须)*(?:能|会)?(?:${lex.arriveWords})(?!付)`,
  'u',
);
const MONEY = /(?:¥|￥)?(\d+(?:\.\d+)?)\s*(元|块钱|块|rmb)?/gu;
const RATE = /(\d+(?:\.\d+)?)折/u;
const ORDER_NO = /\d{12,24}/u;
const HEIGHT_M = /(\d)(?:米|m)(\d{1,2})(?![\d.])/u;
const HEIGHT_CM = /(\d{3})\s*(?:cm|厘米|公分)|身高\D{0,2}(\d{3})(?!\d)/u;
const WEIGHT = /(\d+(?:\.\d+)?)\s*(斤|公斤|kg|千克)|体重\D{0,2}(\d{2,3})(?![\d斤公k])/u;
const SIZE_LETTER = /(?<![a-z\d])(\d?x{1,3}l|xs|[sml]|均码)(?![a-z])/u;
const SIZE_CONTEXT_BEFORE = /(穿|拍|选|建议|推荐|买|要|换|是|就|用|拿|入|按|个|件)$/u;
const SIZE_NUMBER = /(?<!\d)(\d{2}(?:\.5)?)(码|号)/u;
// Units and marks after a number that say it is not money.
// Measures of a product's specification count too: "降噪能降42dB" cuts noise, not the price.
const NOT_MONEY_AFTER = /^(斤|公斤|kg|千克|cm|厘米|公分|毫米|mm|米|m|寸|英寸|天|日|号|周|星期|小时|个小时|分钟|秒|点|码|件|个|%|折|年|月|岁|单|次|位|条|双|套|倍|mg|g|克|db|分贝|mah|毫安|瓦|hz|赫兹|ml|毫升|升|度|℃|gb|tb|瓶|盒|支|颗|片|张|台|箱|袋|根|本)/u;

function hoursFor(num: string | undefined, unit: string | undefined, word: string | undefined): number | undefined {
  if (word !== undefined) {
    const day = DAYS[word];
    return day === undefined ? undefined : day === 0 ? 12 : day * 24;
  }
  if (num === undefined) return undefined;
  return unit === '天' ? Number(num) * 24 : Number(num);
}

// Words right before a number that make it the price paid in the end ("券后189", "到手价159").
const FINAL_BEFORE = new RegExp(`(${lex.finalPriceWords})(价)?(是|只要|只需|才|就|为)?(¥|￥)?$`, 'u');
// Words right after a number that offer it as the price ("169给你", "179拿走").
const OFFER_AFTER = new RegExp(`^(元|块钱|块)?(${lex.offerAfterWords})`, 'u');
// A bare figure after a concession ("可以便宜,189"): the reply offers that figure.
const CONCESSION_BEFORE = new RegExp(`(${lex.cutWords})(一点|点|些|一些)?(吧|哦|啦|了)?[, ~]*$`, 'u');

/** A stated price below this share of the list price is read as the price of another item. */
const MIN_OFFER_SHARE = 0.4;

function moneyEntities(text: string, ctx: ReplyContext, out: Entities, addOn: boolean): void {
  const rate = RATE.exec(text);
  if (rate) {
    const n = Number(rate[1]);
    const r = n < 10 ? n / 10 : n < 100 ? n / 100 : NaN;
    if (r > 0 && r < 1) {
      out.discountRate = Math.round(r * 1000) / 1000;
      if (ctx.price !== undefined) out.price = Math.round(ctx.price * r * 100) / 100;
    }
  }
  // A price the reply states outright wins over one computed from a cut: in "再便宜10块,179给您"
  // the shop means 179, whatever the list price.
  let stated: number | undefined;
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY.exec(text)) !== null) {
    const value = Number(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const hasUnit = m[2] !== undefined || text[m.index] === '¥' || text[m.index] === '￥';
    if (!Number.isFinite(value) || value <= 0 || (m[1] ?? '').length > 7) continue;
    if (!hasUnit && NOT_MONEY_AFTER.test(after)) continue;
    // Either end of a range ("补偿10-30元") offers no one figure.
    if (/\d$|\d\s?(-|~|到|至)\s?$/u.test(text.slice(0, m.index)) || /^\s?(-|~|到|至)\s?\d/u.test(after)) continue;
    const clauseBefore = before.split(/[,.!?;~ ]/u).pop() ?? '';
    if (FINAL_BEFORE.test(before)) {
      stated = value;
      continue;
    }
    if (/^(的)?(券|优惠券)/u.test(after)) continue;
    if (CUT.test(clauseBefore)) {
      out.discount = value;
      if (ctx.price !== undefined) out.price = ctx.price - value;
    } else if (AMOUNT.test(clauseBefore) || /^(的)?(红包|补偿|差价)/u.test(after)) {
      // "补运费(最多15元)": postage paid back is no compensation offered.
      if (/运费|邮费/u.test(clauseBefore)) continue;
      // "补给您(最多15元)": a cap is no figure offered.
      if (/(最多|最高|不超过|上限|封顶)[(]?$/u.test(before)) continue;
      out.amount = value;
    } else if (NOT_OFFER.test(clauseBefore)) {
      continue;
    } else if (OFFER.test(clauseBefore) || OFFER_AFTER.test(after)) {
      stated = value;
    } else if (hasUnit && !addOn) {
      // "半裙99元" in a reply that suggests another item quotes that item, not a new price here.
      stated = value;
    } else if (value >= 10 && CONCESSION_BEFORE.test(before)) {
      stated = value;
    }
  }
  // Far under the list price, a figure prices something else (a 39元 charger beside a 299元
  // headset), not a cut on this item: no shop halves its price twice in one chat.
  if (stated !== undefined && !(ctx.price !== undefined && stated < ctx.price * MIN_OFFER_SHARE)) out.price = stated;
}

// A size the buyer usually wears, restated before the advice ("您平时穿M拿L刚好" recommends L).
const USUAL_SIZE_BEFORE = /(平时|平常|平日|一般|日常|通常|经常|以前|之前|原来|常)(都|也)?(穿|是|买|拿)(的)?$/u;

// Compiled once, not per reply (its lastIndex is reset before each use).
const SIZE_LETTERS = new RegExp(SIZE_LETTER.source, 'gu');
// The shop's size labels in lower case, per list (a scenario's context hands the same list to every reply).
const LOWERED = new WeakMap<readonly string[], string[]>();
function lowered(sizes: readonly string[]): string[] {
  let out = LOWERED.get(sizes);
  if (out === undefined) LOWERED.set(sizes, (out = sizes.map((s) => s.toLowerCase())));
  return out;
}

// A size the reply sets aside: said not to fit her (M会偏紧, M肯定小了, M的话扣子扣不上, M码您穿会紧,
// M穿不下) or advised against (别拿M, 不建议M). Beside another size, the other one is the advice
// ("您穿M会偏紧，还是L合适" recommends L); alone, it recommends nothing.
const MISFIT_AFTER = /^(?:码|号)?(?:的话)?[^,.!?~\s]{0,6}?(?:偏紧|太紧|会紧|紧了|偏小了|太小|小了|穿不下|穿不进|塞不进|扣不上|勒|不合适|不推荐|不建议|不适合|不行|不够)/u;
const ADVISED_AGAINST_BEFORE = /(?:别|不要|不用|不建议|不推荐)(?:您|你|亲)?(?:拿|选|拍|买|穿)?$/u;

function sizeEntity(text: string, ctx: ReplyContext): string | undefined {
  const known = ctx.sizes && lowered(ctx.sizes);
  let usual: string | undefined;
  let misfit = false;
  const letters = SIZE_LETTERS;
  letters.lastIndex = 0;
  for (let letter = letters.exec(text); letter; letter = letters.exec(text)) {
    const label = letter[1]!;
    const end = letter.index + label.length;
    const after = text.slice(end, end + 1);
    const before = text.slice(Math.max(0, letter.index - 2), letter.index);
    const sized = after === '码' || after === '号' || SIZE_CONTEXT_BEFORE.test(before) || (known?.includes(label) ?? false);
    if (!sized) continue;
    const found = label === '均码' ? '均码' : label.toUpperCase();
    if (MISFIT_AFTER.test(text.slice(end, end + 12)) || ADVISED_AGAINST_BEFORE.test(text.slice(Math.max(0, letter.index - 5), letter.index))) {
      misfit = true;
      continue;
    }
    if (!USUAL_SIZE_BEFORE.test(text.slice(Math.max(0, letter.index - 6), letter.index))) return found;
    usual ??= found;
  }
  if (usual !== undefined) return usual;
  if (misfit) return undefined;
  const num = SIZE_NUMBER.exec(text);
  if (num) return num[1];
  return undefined;
}

/** `addOn`: the reply suggests another item (an upsell), so a bare quoted price may be that item's. */
export function extractEntities(text: string, ctx: ReplyContext = {}, addOn = false): Entities {
  const out: Entities = {};
  const order = ORDER_NO.exec(text);
  if (order) out.orderNo = order[0];
  const scrubbed = order ? text.replace(ORDER_NO, ' ') : text;
  const hm = HEIGHT_M.exec(scrubbed);
  const hcm = HEIGHT_CM.exec(scrubbed);
  if (hm) out.height = Number(hm[1]) * 100 + Number(hm[2]!.length === 1 ? `${hm[2]}0` : hm[2]);
  else if (hcm) out.height = Number(hcm[1] ?? hcm[2]);
  const w = WEIGHT.exec(scrubbed);
  if (w) {
    const n = Number(w[1] ?? w[3]);
    // A bare 体重 figure of 80 or more is read as 斤, the usual way buyers state weight.
    const jin = w[2] === '斤' || (w[2] === undefined && n >= 80);
    out.weight = jin ? n / 2 : n;
  }
  const size = sizeEntity(scrubbed, ctx);
  if (size !== undefined) out.size = size;
  const ship = SHIP.exec(scrubbed);
  if (ship) {
    const hours = hoursFor(ship[1], ship[2], ship[3]);
    if (hours !== undefined) out.shipTime = hours;
  }
  const arrive = ARRIVE.exec(scrubbed);
  if (arrive) {
    const days = arrive[3] !== undefined ? DAYS[arrive[3]] : Number(arrive[2] ?? arrive[1]);
    if (days !== undefined && Number.isFinite(days)) out.arrivalTime = days;
  }
  const courier = COURIER.exec(scrubbed);
  if (courier) out.courier = (lex.couriers as Record<string, string>)[courier[0]] ?? courier[0];
  // Money last, with heights, weights and times already read, so 165cm is not a price.
  const moneyText = scrubbed
    .replace(HEIGHT_M, ' ')
    .replace(/\d+(?:\.\d+)?\s*(?:斤|公斤|kg|千克|cm|厘米|公分)/gu, ' ');
  moneyEntities(moneyText, ctx, out, addOn);
  return out;
}
