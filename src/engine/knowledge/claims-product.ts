// Claims about the goods: the size recommended to this buyer, the material, the colours, stock.
import { chartSize, inline, namesItem, otherItems, sameName, soldOutWithin, stockDetail } from '@/engine/knowledge/facts';
import type { ClaimCheck, FactFinding, KnowledgeInput } from '@/engine/knowledge/types';
import { isNegated, type Clause } from '@/engine/understand/clauses';
import { gateOfPatterns, mayMatchClause } from '@/engine/understand/required-chars';

// Words that make a named size advice rather than a mention ("M码偏小" names M, advises nothing).
const ADVICE = /(建议|推荐|拿|拍|选|入|买|穿|就)(您|你|亲)?(穿)?(个)?$/u;
const FITS_AFTER = /^(码|号)?(的)?(就|也)?(刚好|正好|合适|刚刚好|可以|就行|没问题|比较合适|最合适|更合适|上身)/u;

// The buyer asks which size to take: "166的穿M还是L", "选哪个码", "我穿多大".
const SIZE_QUESTION = /(?<![a-z])(\d?x{0,3}[sml])\s*(码|号)?\s*(还是|或者|或)\s*(\d?x{0,3}[sml])(?![a-z])|哪个码|什么码|几码|多大(码|号)?|哪个尺码|哪个号|选哪|拿哪|穿哪|码数|尺码(怎么|咋)选|对一下尺码/u;
/** What is left of a reply once the size and the particles are gone: "M" and "那L吧" leave next to nothing. */
const FILLER = /[\s,.!?~、码号的吧就呢哦啊呀嘛亲哈啦了那选拿穿吧]/gu;

/** A bare size to the buyer's "which size" question is the advice itself. */
function bareSizeAnswer(text: string, size: string, buyerLine: string): boolean {
  if (!SIZE_QUESTION.test(buyerLine)) return false;
  const rest = text.replace(new RegExp(`(?<![a-z\\d])${size.toLowerCase()}(?![a-z])`, 'gu'), '').replace(FILLER, '');
  // "M码偏小哦" describes M (and so points away from it): only a size with nothing said of it is advice.
  return rest.length <= 5 && !/[偏大小紧宽松不没]/u.test(rest);
}

const SIZE_TOKEN = String.raw`(?<![a-z\d])(\d?x{1,3}l|xs|[sml])(?![a-z])(?:码|号)?`;
const FITS_WORD = String.raw`(?:可以穿|能穿|可以|行|合适|没问题|穿得了|穿得下|ok)(?![换退拍选买])`;
/** Two sizes said both to fit (L或者XL都可以, M和L都能穿), or one said to fit as well (M也能穿). */
const BOTH_FIT = new RegExp(`${SIZE_TOKEN}\\s*(?:和|或者|或|跟|、|/)\\s*${SIZE_TOKEN}\\s*(?:的话)?(?:都|也)${FITS_WORD}`, 'gu');
const ALSO_FITS = new RegExp(`${SIZE_TOKEN}\\s*(?:的话)?\\s*(?:也|都)${FITS_WORD}`, 'gu');
/** A size put to her taste, not her measure: 喜欢宽松的话XL也可以. */
const BY_TASTE = /(?:喜欢|想要|想穿|要|偏爱|爱穿)(?:宽松|宽大|修身|紧身|oversize|贴身|显瘦)(?:一点|点|些)?(?:的话|的)?[^,.!?]{0,6}$/u;

/** Sizes besides the advised one the reply says fit her too: each is a claim the chart can refute. */
function alsoFitting(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BOTH_FIT)) {
    if (BY_TASTE.test(text.slice(0, m.index))) continue;
    out.add(m[1]!.toUpperCase());
    out.add(m[2]!.toUpperCase());
  }
  for (const m of text.matchAll(ALSO_FITS)) {
    if (BY_TASTE.test(text.slice(0, m.index))) continue;
    out.add(m[1]!.toUpperCase());
  }
  return [...out];
}

export const sizeClaim: ClaimCheck = (input) => {
  const { u, facts, buyer, told } = input;
  const right = chartSize(facts.sizes, buyer);
  if (right === null) return [];
  const advised = adviceClaim(input, right);
  const flagged = new Set(advised.map((f) => f.claim));
  // "L或者XL都可以", "按表是L,不过M也能穿": a second size said to fit her is as wrong as advising it.
  const also = alsoFitting(u.normalized)
    .filter((s) => s !== right && !flagged.has(`说${s}码`))
    .map((s) => ({ kind: 'size' as const, claim: `说${s}码也能穿`, fact: `尺码表给这位买家${right}码`, better: sizeBetter(right, told, facts.sizes?.fit) }));
  return [...advised, ...also.slice(0, 1)];
};

function adviceClaim({ u, facts, told, buyerLine }: KnowledgeInput, right: string): FactFinding[] {
  const size = u.entities.size;
  if (size === undefined || size === '均码') return [];
  if (right === size.toUpperCase()) return [];
  const text = u.normalized;
  const at = text.search(new RegExp(`(?<![a-z\\d])${size.toLowerCase()}(?![a-z])`, 'u'));
  const advises =
    u.moves.includes('recommend-size') ||
    bareSizeAnswer(text, size, buyerLine) ||
    (at >= 0 && (ADVICE.test(text.slice(Math.max(0, at - 4), at)) || FITS_AFTER.test(text.slice(at + size.length))));
  if (!advises) return [];
  return [
    {
      kind: 'size',
      claim: `说${size}码`,
      fact: `尺码表给这位买家${right}码`,
      better: sizeBetter(right, told, facts.sizes?.fit),
    },
  ];
}

/** The better reply to a wrong size: the chart's size for the measures she said; with none said, it asks for them first. */
export function sizeBetter(right: string, told: KnowledgeInput['told'], fitNote?: string): string {
  const measures = saidMeasures(told);
  const fit = fitNote && fitNote !== '标准' ? `,这款${fitNote}` : '';
  if (!measures) return `亲,麻烦告诉我您的身高和体重,我按尺码表帮您选最合适的码哦${fit}~`;
  const more = told?.weight === undefined ? ',方便的话告诉我体重,我再帮您确认一下' : '';
  return `亲,按尺码表您${measures}穿${right}码正合适哦${fit}${more},万一不合适签收后也可以换的呢~`;
}

/**
 * The buyer's height and weight as the better reply may quote them: only what she has said in the
 * chat so far (her earlier lines and this one), never what the scenario knows of her but she has not said.
 */
function saidMeasures(told: KnowledgeInput['told']): string {
  const parts: string[] = [];
  if (told?.height !== undefined) parts.push(`${told.height}cm`);
  if (told?.weight !== undefined) parts.push(`${told.weight}kg`);
  return parts.join('、');
}

/** Material words, each with what the shop's material must hold for the word to be true. */
export const MATERIALS: ReadonlyArray<{ word: RegExp; name: string; holds: RegExp }> = [
  { word: /纯棉|全棉|100%棉|棉100%/u, name: '纯棉', holds: /纯棉|全棉|100%棉|棉100%/u },
  { word: /(?<![纯全])棉(?=的|质|料|面料|材质|布)/u, name: '棉', holds: /棉/u },
  { word: /真丝|桑蚕丝/u, name: '真丝', holds: /真丝|桑蚕丝/u },
  { word: /羊毛/u, name: '羊毛', holds: /羊毛/u },
  { word: /羊绒/u, name: '羊绒', holds: /羊绒/u },
  { word: /涤纶|聚酯/u, name: '涤纶', holds: /涤纶|聚酯/u },
  { word: /锦纶|尼龙/u, name: '锦纶', holds: /锦纶|尼龙/u },
  { word: /亚麻|棉麻/u, name: '麻', holds: /麻/u },
  { word: /真皮|牛皮|羊皮/u, name: '真皮', holds: /真皮|牛皮|羊皮/u },
  { word: /牛奶绒/u, name: '牛奶绒', holds: /牛奶绒/u },
  { word: /珊瑚绒/u, name: '珊瑚绒', holds: /珊瑚绒/u },
  { word: /316/u, name: '316不锈钢', holds: /316/u },
  { word: /304/u, name: '304不锈钢', holds: /304/u },
];

/** The material word ending at `end` is the first word of another item's name: an item noun follows it. */
function describesOtherItem(text: string, end: number, items: ReadonlyArray<{ name: string }>): boolean {
  const after = text.slice(end, end + 4);
  return !/^[的是面材质料款,]/u.test(after) && items.some((o) => namesItem(after, o.name));
}

/** A clause with no character of the material words' gate (required-chars.ts) names no material. */
const MATERIAL_GATE = gateOfPatterns(MATERIALS.map((m) => m.word));

/** The patterns read behind a character gate here, for the test that holds each gate to its pattern. */
export const GATED_PRODUCT_PATTERNS: readonly RegExp[] = MATERIALS.map((m) => m.word);

export const materialClaim: ClaimCheck = ({ clauses, facts }) => {
  const material = facts.product?.material;
  if (material === undefined) return [];
  const items = otherItems(facts);
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    if (!mayMatchClause(MATERIAL_GATE, clause.text) || /[?吗]$/u.test(clause.text)) continue;
    for (const m of MATERIALS) {
      const hit = m.word.exec(clause.text);
      if (!hit) continue;
      // "送您一个珊瑚绒抱枕套": the word names another item (a gift, a related item), not our material.
      if (describesOtherItem(clause.text, hit.index + hit[0].length, items)) continue;
      const saysIs = !isNegated(clause, hit.index);
      if (saysIs === m.holds.test(material)) continue;
      findings.push({
        kind: 'material',
        claim: saysIs ? `说是${m.name}` : `说不是${m.name}`,
        fact: `材质是${material}`,
        better: `亲,这款的材质是${inline(material)}哦,有想了解的细节随时问我呢~`,
      });
      break;
    }
  }
  return findings;
};

/** Characters colour names are made of (黑, 酒红, 藏青); a word before 色 made of others is no colour (颜色, 同色系). */
const COLOUR_CHARS = /^[黑白红蓝绿黄灰粉紫棕咖米杏驼卡其藏青酒橙金银褐墨]+$/u;
const HAS = /(有|有货|现货|都有|可选|可以选|可以拍|还有|有的|出了)/u;

/** The colour named before the 色 at `at`: one of the shop's colours, or a plain colour word. */
function colourBefore(text: string, at: number, colours: readonly string[]): string | null {
  for (let k = 3; k >= 1; k--) {
    const name = text.slice(Math.max(0, at - k), at);
    if (name.length === k && colours.some((c) => c.replace(/色$/u, '') === name)) return name;
  }
  let k = 0;
  while (k < 3 && at - k - 1 >= 0 && COLOUR_CHARS.test(text[at - k - 1]!)) k++;
  return k > 0 ? text.slice(at - k, at) : null;
}

export const colourClaim: ClaimCheck = ({ clauses, facts }) => {
  const colours = facts.product?.colors;
  if (!colours || colours.length === 0) return [];
  const findings: FactFinding[] = [];
  const list = colours.join('、');
  for (const clause of clauses) {
    if (!HAS.test(clause.text) || /[?吗]$/u.test(clause.text)) continue;
    for (let at = clause.text.indexOf('色'); at >= 0; at = clause.text.indexOf('色', at + 1)) {
      if (/^色(系|差|调|号)/u.test(clause.text.slice(at))) continue;
      const name = colourBefore(clause.text, at, colours);
      if (name === null) continue;
      const known = colours.some((c) => sameName(c, name));
      const start = at - name.length;
      const negated = isNegated(clause, start) || /^[^,]{0,3}(没有|没货|缺货|断货|卖完)/u.test(clause.text.slice(at + 1));
      if (known !== negated) continue;
      findings.push({
        kind: 'colour',
        claim: negated ? `说没有${name}色` : `说有${name}色`,
        fact: `这款的颜色是${list}`,
        better: `亲,这款有${list}${colours.length > 1 ? '这几个颜色' : ''}哦,您喜欢哪个呢~`,
      });
    }
  }
  return findings;
};

const IN_STOCK = /有货|现货|有库存|库存充足|货很足|货充足|备货充足|都有的|还有的/u;
const OUT_OF_STOCK = /没货|无货|缺货|断货|卖完|售罄|卖光|没有库存|没库存|库存不足/u;
const COUNT = /(只剩|还剩|仅剩|剩下|就剩|只有|库存)(最后)?(\d+)(件|个|套|双|台|只)/u;
const CLAUSE_SIZE = /(?<![a-z\d])(\d?x{1,3}l|xs|[sml])(?![a-z])(码|号)?|(\d{2})(码|号)/u;
/** Every size or colour said to be in stock: 所有尺码都有现货, 三个颜色都有货, 各个码都有, 全码有货. */
const EVERY = /(?:所有|全部|每个|每一个|各个|各|[两三四五六2-6]个|全)(?:的)?(?:尺码|码数|码|号|颜色|色)|(?:尺码|码数|颜色)(?:都|全)/u;

function clauseSizeAndColour(clause: Clause, colours: readonly string[]): { size?: string; color?: string } {
  const out: { size?: string; color?: string } = {};
  const size = CLAUSE_SIZE.exec(clause.text);
  if (size) out.size = (size[1] ?? size[3] ?? '').toUpperCase();
  const color = colours.find((c) => clause.text.includes(c.replace(/色$/u, '')));
  if (color !== undefined) out.color = color;
  return out;
}

const STOCK_GATE = gateOfPatterns([COUNT, OUT_OF_STOCK, IN_STOCK]);

export const stockClaim: ClaimCheck = ({ clauses, facts }) => {
  const product = facts.product;
  if (!product) return [];
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    // A clause with no count and no stock word (none of their characters) claims nothing of the stock.
    if (!mayMatchClause(STOCK_GATE, clause.text) || /[?吗]$/u.test(clause.text)) continue;
    const count = COUNT.exec(clause.text);
    const out = OUT_OF_STOCK.exec(clause.text);
    const inn = IN_STOCK.exec(clause.text);
    // A clause that states no count and no stock word claims nothing of the stock.
    if (!count && !out && !inn) continue;
    const { size, color } = clauseSizeAndColour(clause, product.colors ?? []);
    // "所有尺码都有现货": every size (of the colour named, if one is) claimed in stock.
    if (inn && !out && !count && EVERY.test(clause.text) && !isNegated(clause, inn.index)) {
      const soldOut = soldOutWithin(product, size, color);
      if (soldOut.length > 0) {
        findings.push({
          kind: 'stock',
          claim: `说${color ?? ''}${size ? `${size}码` : ''}所有${size ? '颜色' : '尺码'}都有货`,
          fact: `${soldOut.join('、')}没货了`,
          better: `亲,现在${soldOut.join('、')}暂时没货了哦,其他的都有现货,您要哪个颜色和尺码呢~`,
        });
      }
      continue;
    }
    const detail = stockDetail(product, size, color);
    if (detail === undefined) continue;
    const { stock, specific } = detail;
    const what = `${color ?? ''}${size ? `${size}码` : ''}` || '这款';
    // "这个码只剩两双", "这个颜色断货": a size or colour we cannot tell is not ours to check.
    const unnamed = !size && !color && /颜色|色号|尺码|码数|这个码|这个色|这个号/u.test(clause.text);
    if (unnamed) continue;
    // The facts give this size or colour no count of its own (only the item's total): a count up to
    // the total may be true; one above it cannot be.
    const countWrong = (n: number) => (specific ? n !== stock : n > stock);
    if (count && !isNegated(clause, count.index) && countWrong(Number(count[3]))) {
      findings.push({
        kind: 'stock',
        claim: `说${what}${count[1]}${count[2] ?? ''}${count[3]}${count[4]}`,
        fact: specific ? `库存是${stock}` : `这款一共只有${stock}件库存`,
        better: stock > 0 ? `亲,${what}现在有货的哦,喜欢的话早点拍下,我们尽快给您发出呢~` : `亲,${what}暂时没货了哦,我帮您看看其他颜色或尺码好吗~`,
      });
      continue;
    }
    // "马上断货" is urgency, and "这个颜色断货" names no colour we could check.
    if (out && /(马上|快|快要|要|即将|容易)$/u.test(clause.text.slice(0, out.index))) continue;
    let saysInStock: boolean | undefined;
    if (out) saysInStock = isNegated(clause, out.index);
    else if (inn) saysInStock = !isNegated(clause, inn.index);
    if (saysInStock === undefined || saysInStock === stock > 0) continue;
    findings.push({
      kind: 'stock',
      claim: saysInStock ? `说${what}有货` : `说${what}没货`,
      fact: stock === 0 ? `${what}库存是0` : specific ? `${what}有${stock}件库存` : `${what}有货(这款共${stock}件库存)`,
      better: stock > 0 ? `亲,${what}有现货的哦,拍下后我们尽快给您发出呢~` : `亲,${what}暂时没货了哦,我帮您看看其他颜色或尺码好吗~`,
    });
  }
  return findings;
};
