// Yes/no answers read against the buyer's question (Understanding.answers): "是的亲" after
// "这个是纯棉的吗" claims the goods are cotton, "可以的" after "能货到付款吗" claims COD. Each
// answer becomes the claim it makes and is held against the same facts as a stated claim.
import { chartSize, inline, sameName, stockFor } from '@/engine/knowledge/facts';
import { MATERIALS, sizeBetter } from '@/engine/knowledge/claims-product';
import type { ClaimCheck, FactFinding, KnowledgeInput } from '@/engine/knowledge/types';
import type { Answer } from '@/engine/understanding-types';

const hasFlag = (input: KnowledgeInput, rule: string): boolean => input.u.flags.some((f) => f.rule === rule);
const said = (a: Answer, yes: string, no: string): string => (a.polarity === 'yes' ? yes : no);
/** The buyer asks about a colour (有黑色吗, 奶咖还有吗), not names one as the item she means ("奶咖色的四件套 还能优惠吗"). */
const COLOUR_QUESTION = /色(的)?(还|也)?(有|有没有|有货|还有|没了|卖完|缺货)|有(没有)?[^,?]{0,4}色|什么颜色|哪些颜色|几个颜色|颜色/u;
/**
 * A "no" answers a question only when what it negates is what a question asks: existence,
 * ability, truth (没有, 不能, 不是, 没货, 不行). "爱买不买" and "嫌贵别买" negate buying: they refuse
 * to answer, they claim nothing about stock or colours (tone-cold says what is wrong with them).
 */
const ANSWERING_NEGATION = /[不没无未](有|能|可|行|是|对|会|支持|包|送|开|到|够|合适|用|货|了|太|大|小|偏|掉|起|退|换|发|在|存|错|一样|同|$)|没$|无$/u;
function negatesTheQuestion(normalized: string): boolean {
  return ANSWERING_NEGATION.test(normalized) || !/[不没无未别]/u.test(normalized);
}
/** The buyer asks whether a size fits her (not whether it is in stock). */
const FIT_QUESTION = /合适|能穿|穿得|穿.{0,2}[吗嘛]|拿|选|够|大[吗嘛]|小[吗嘛]|行[吗嘛]/u;

function answerFinding(a: Answer, input: KnowledgeInput): FactFinding | null {
  const { facts, buyer, buyerLine } = input;
  const yes = a.polarity === 'yes';
  if (!yes && !negatesTheQuestion(input.u.normalized)) return null;
  switch (a.topic) {
    case 'material': {
      const material = facts.product?.material;
      const entry = a.value !== undefined ? MATERIALS.find((m) => m.word.test(a.value ?? '')) : undefined;
      if (material === undefined || !entry || yes === entry.holds.test(material)) return null;
      return {
        kind: 'material', claim: said(a, `答是${entry.name}`, `答不是${entry.name}`), fact: `材质是${material}`,
        better: `亲,这款的材质是${inline(material)}哦,有想了解的细节随时问我呢~`,
      };
    }
    case 'colour': {
      const colours = facts.product?.colors;
      const name = a.value?.replace(/色$/u, '');
      if (!colours?.length || !name || !COLOUR_QUESTION.test(buyerLine) || colours.some((c) => sameName(c, name)) === yes) return null;
      return {
        kind: 'colour', claim: said(a, `答有${name}色`, `答没有${name}色`), fact: `这款的颜色是${colours.join('、')}`,
        better: `亲,这款有${colours.join('、')}哦,您喜欢哪个呢~`,
      };
    }
    case 'size': {
      const right = chartSize(facts.sizes, buyer);
      const size = a.value?.toUpperCase();
      if (right === null || !size || !yes || size === right || !FIT_QUESTION.test(buyerLine) || /有货|现货|库存|还有/u.test(buyerLine)) return null;
      return {
        kind: 'size', claim: `答${size}码合适`, fact: `尺码表给这位买家${right}码`,
        better: sizeBetter(right, input.told, facts.sizes?.fit),
      };
    }
    case 'stock': {
      const product = facts.product;
      // 有货到付款 holds 有货: a COD question is no stock question.
      if (!product || /货到付款|到付/u.test(buyerLine)) return null;
      const size = input.u.answers?.find((x) => x.topic === 'size')?.value?.toUpperCase();
      const color = product.colors?.find((c) => buyerLine.includes(c.replace(/色$/u, '')));
      // A colour or size the item does not come in has no stock to check ("藏青色的还有吗" "没了" is true).
      const otherColour = color === undefined && /[黑白红蓝绿黄灰粉紫棕咖米杏驼卡其藏青酒橙金银褐墨]色/u.test(buyerLine);
      const sizes = facts.sizes?.chart.map((row) => row.size.toUpperCase());
      if (otherColour || (size !== undefined && sizes !== undefined && !sizes.includes(size))) return null;
      const stock = stockFor(product, size, color);
      if (stock === undefined || (stock > 0) === yes) return null;
      const what = `${color ?? ''}${size ? `${size}码` : ''}` || '这款';
      return {
        kind: 'stock', claim: said(a, `答${what}有货`, `答${what}没货`), fact: stock > 0 ? `${what}有${stock}件库存` : `${what}库存是0`,
        better: stock > 0 ? `亲,${what}有现货的哦,拍下后我们尽快给您发出呢~` : `亲,${what}暂时没货了哦,我帮您看看其他颜色或尺码好吗~`,
      };
    }
    case 'courier': {
      const shipping = facts.shipping;
      if (!shipping?.courier || !a.value) return null;
      const ours = [shipping.courier, ...(shipping.couriers ?? [])];
      if (ours.some((c) => sameName(c, a.value ?? '')) === yes) return null;
      return {
        kind: 'courier', claim: said(a, `答发${a.value}`, `答不发${a.value}`), fact: `店铺发${ours.join('或')}`,
        better: `亲,我们默认发${shipping.courier}哦,发出后物流信息在订单里可以随时查看呢~`,
      };
    }
    case 'shipping-cost': {
      if (/运费险/u.test(buyerLine)) {
        const has = facts.returns?.shippingInsurance;
        if (has === undefined || has === yes) return null;
        return {
          kind: 'insurance', claim: said(a, '答有运费险', '答没有运费险'), fact: has ? '这款送运费险' : '这款没有运费险',
          better: has ? '亲,这款送运费险的哦,退换的寄回运费由保险赔付呢~' : '亲,这款没有送运费险哦~',
        };
      }
      const free = facts.shipping?.freeShipping;
      if (!/包邮/u.test(buyerLine) || free === undefined) return null;
      const region = buyer?.region;
      const excluded = region !== undefined && (facts.shipping?.excludedRegions ?? []).some((r) => sameName(r, region));
      const truth = free && !excluded;
      if (truth === yes || (!yes && hasFlag(input, 'freeship-breach'))) return null;
      return {
        kind: 'free-shipping', claim: said(a, '答包邮', '答不包邮'), fact: truth ? '这款包邮' : '这款不包邮',
        better: truth ? '亲,这款是包邮的哦,不用另外付运费呢~' : '亲,您的地址不在包邮范围内哦,下单时页面会显示运费呢~',
      };
    }
    case 'gift': {
      const gifts = facts.offers?.gifts;
      // Only a question whether there are gifts at all; "再送个袋子吗" asks for one thing.
      if (!gifts || (gifts.length > 0) === yes || !/赠品|礼品|礼物|送什么|有什么送|有送/u.test(buyerLine)) return null;
      return {
        kind: 'gift', claim: said(a, '答有赠品', '答没有赠品'), fact: gifts.length > 0 ? `店铺的赠品是${gifts.join('、')}` : '店铺没有赠品',
        better: gifts.length > 0 ? `亲,现在下单送${gifts.join('、')}哦~` : '亲,这款没有赠品哦,不过品质和售后都有保障呢~',
      };
    }
    case 'coupon': {
      const coupons = facts.offers?.coupons;
      if (!coupons || (coupons.length > 0) === yes) return null;
      return {
        kind: 'coupon', claim: said(a, '答有优惠券', '答没有优惠券'), fact: coupons.length > 0 ? `店铺有${coupons.map((c) => `${c.amount}元`).join('、')}的券` : '店铺没有优惠券',
        better: coupons.length > 0 ? '亲,现在有店铺优惠券可以领哦,我这就发给您~' : '亲,这款现在没有优惠券哦,不过价格已经是活动价了呢~',
      };
    }
    case 'return': {
      const available = facts.returns?.noReason7Days;
      if (available === undefined || available === yes || (!yes && hasFlag(input, 'return-refuse'))) return null;
      return {
        kind: 'returns', claim: said(a, '答可以无理由退', '答不能退'), fact: available ? '签收7天内支持无理由退换' : '这款不支持七天无理由',
        better: available ? '亲,签收7天内不影响二次销售都可以无理由退换的哦~' : '亲,这款不支持七天无理由哦,有质量问题我们一定负责处理的呢~',
      };
    }
    case 'invoice':
    case 'cod':
    case 'card': {
      const available = a.topic === 'invoice' ? facts.invoice?.available : a.topic === 'cod' ? facts.cod : facts.payment?.card;
      const refusal = a.topic === 'invoice' ? 'invoice-refuse' : a.topic === 'cod' ? 'cod-refuse' : 'card-refuse';
      if (available === undefined || available === yes || (!yes && hasFlag(input, refusal))) return null;
      const name = a.topic === 'invoice' ? '开发票' : a.topic === 'cod' ? '货到付款' : '信用卡付款';
      return {
        kind: a.topic, claim: said(a, `答可以${name}`, `答不能${name}`), fact: available ? `这款可以${name}` : `这款不能${name}`,
        better: available ? `亲,可以${name}的哦~` : `亲,这款暂时不能${name}哦,给您添麻烦了~`,
      };
    }
    default:
      return null;
  }
}

export const answersClaim: ClaimCheck = (input) =>
  (input.u.answers ?? []).flatMap((a) => {
    const finding = answerFinding(a, input);
    return finding ? [finding] : [];
  });
