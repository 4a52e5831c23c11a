// Claims about the item's stated figures: "续航24小时" when the listing says 续航32小时, "降噪30dB"
// when it says 主动降噪最高42dB. A figure of the shop's facts (highlights, material, description) is
// the word just before it and its unit; a reply's figure with the same word and unit and another
// number contradicts it, unless the same fact gives that number for a part the reply names
// ("耳机续航8小时": 续航32小时(耳机8小时+充电盒24小时)).
import { inline } from '@/engine/knowledge/facts';
import type { ClaimCheck, FactFinding } from '@/engine/knowledge/types';

const UNIT = '小时|h|db|分贝|mah|毫安时|毫安|g\\/㎡|克|g|kg|公斤|w|瓦|ml|毫升|cm|厘米|mm|毫米';
/** A figure: the two characters before it (past 最高/约/长达), the number, the unit. */
const FIGURE = new RegExp(`([\\u4e00-\\u9fa5]{2})(?:最高|最长|约|长达|可达|达|高达|有|是)?(\\d+(?:\\.\\d+)?)\\s*(${UNIT})(?![a-z])`, 'giu');
const unitOf = (u: string): string => ({ 分贝: 'db', 毫安: 'mah', 毫安时: 'mah', 克: 'g', 公斤: 'kg', 瓦: 'w', 毫升: 'ml', 厘米: 'cm', 毫米: 'mm' } as Record<string, string>)[u] ?? u.toLowerCase();

interface Figure {
  term: string;
  value: number;
  unit: string;
  /** The fact it comes from, whole. */
  source: string;
}

function figuresOf(text: string): Array<Omit<Figure, 'source'>> {
  return [...text.matchAll(FIGURE)].map((m) => ({ term: m[1] ?? '', value: Number(m[2]), unit: unitOf(m[3] ?? '') }));
}

type Product = NonNullable<Parameters<ClaimCheck>[0]['facts']['product']>;

/** The figures the shop's facts state, read once per product record (the facts are only ever read). */
const figuresOfProduct = new WeakMap<Product, readonly Figure[]>();
function knownFigures(product: Product): readonly Figure[] {
  let known = figuresOfProduct.get(product);
  if (known === undefined) {
    const sources = [...(product.highlights ?? []), product.material, product.description].filter((s): s is string => typeof s === 'string');
    known = sources.flatMap((source) => figuresOf(source.toLowerCase()).map((f) => ({ ...f, source })));
    figuresOfProduct.set(product, known);
  }
  return known;
}

const DIGIT = /\d/u;

export const specClaim: ClaimCheck = ({ clauses, facts }) => {
  const product = facts.product;
  if (!product) return [];
  const known = knownFigures(product);
  if (known.length === 0) return [];
  const findings: FactFinding[] = [];
  for (const clause of clauses) {
    // A figure is a number: a clause without a digit states none.
    if (!DIGIT.test(clause.text) || /[?吗]$/u.test(clause.text)) continue;
    for (const said of figuresOf(clause.text)) {
      const fact = known.find((k) => k.term === said.term && k.unit === said.unit);
      if (!fact) continue;
      // A figure the same fact gives for a part the clause names ("耳机续航8小时" of 耳机8小时) is true.
      if (said.value === fact.value || figuresOf(fact.source.toLowerCase()).some((f) => f.unit === said.unit && f.value === said.value && clause.text.includes(f.term))) continue;
      const claim = `说${said.term}${said.value}${said.unit}`;
      if (findings.some((f) => f.claim === claim)) continue;
      findings.push({ kind: 'spec', claim, fact: `商品资料是${inline(fact.source)}`, better: `亲,这款${inline(fact.source)}哦,有想了解的细节随时问我呢~` });
    }
  }
  return findings;
};

/** The listing states a reduction, not an end: 噪声明显减弱, 降噪最高42dB, 减少起球. */
const REDUCED = /减弱|降低|减少|减轻|削弱|最高\d/u;
/** A total claim: the thing is gone altogether (完全听不到, 一点声音都没有, 噪音彻底隔绝). */
const TOTAL = /(?:完全|彻底|百分之?百|100%|根本|绝对|一点(?:都|也)?|全部|全都)(?:都|也|就|能|可以|会)*(?:听不(?:到|见)|没(?:有)?(?:声音|声|噪音|噪声)|隔绝|消除|屏蔽|静音|安静)|(?:噪音|噪声|声音)(?:都|也)?(?:完全|彻底|全部|全都)(?:都|也|能|可以|会|被)*(?:没了|没有了|消失|隔绝|消除|屏蔽|听不(?:到|见))|一点(?:声音|噪音|噪声)(?:都|也)(?:没有|听不(?:到|见))/u;

/**
 * A total claim where the listing states only a reduction: "完全听不到" of 主动降噪最高42dB，地铁、
 * 飞机噪声明显减弱. The fact named is the listing's line that states the reduction.
 */
// Each product's listing is read for its reduction once (asked by every reply's knowledge check).
const reductionOfProduct = new WeakMap<Product, string | null>();
function reductionOf(product: Product): string | undefined {
  let reduced = reductionOfProduct.get(product);
  if (reduced === undefined) {
    const sources = [...(product.highlights ?? []), product.description].filter((s): s is string => typeof s === 'string');
    reductionOfProduct.set(product, (reduced = sources.find((s) => REDUCED.test(s)) ?? null));
  }
  return reduced ?? undefined;
}

export const totalClaim: ClaimCheck = ({ clauses, facts }) => {
  const product = facts.product;
  if (!product) return [];
  const reduced = reductionOf(product);
  if (reduced === undefined) return [];
  for (const clause of clauses) {
    if (/[?吗]$/u.test(clause.text)) continue;
    const m = TOTAL.exec(clause.text);
    // 不是完全听不到: the total is denied, which is what the listing says.
    if (!m || /不是|并非|没法|不能|不会|做不到/u.test(clause.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    return [{ kind: 'spec', claim: `说${m[0]}`, fact: `商品资料是${inline(reduced)}`, better: `亲,这款${inline(reduced)}哦,效果很明显,但不是完全没有,有想了解的细节随时问我呢~` }];
  }
  return [];
};
