// Her open question about what the item is made of or how it is used (琴弦是什么牌子的, 琴颈是什么木, 防晒多少倍,
// 一天吃几粒, 怎么重置, 送什么配件): a reply that answers with content and makes no other move states the item
// (product-info), however it is worded (出厂配的是达达里奥EXP16, 长按仓上按钮10秒). What she asks is
// read from the role of her question (an attribute of the item, a way to use it), not from the answer.
import { normalizedBuyer } from '@/engine/understand/question';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** An attribute of the item asked (什么牌子, 多少磅, 几粒, 有哪些颜色) or a way to use it (怎么重置, 怎么安装). */
const ITEM_ASKED = /(?:什么|啥|哪个|哪种)(?:牌子|品牌|木|材质|材料|料|面料|成分|口味|味道|颜色|配件|型号|芯|机芯|产地|工艺|填充|做的)|(?:多少|几)(?:磅|度|倍|瓦|w|克|毫升|ml|粒|颗|片|层|档|寸|核|mah)|怎么(?:重置|改密码|使用|用|调|装|安装|开机|关机|洗|清洗|泡|吃|设置|连接|连|充电|配对|折叠|拆|保存|保养)|(?:送|配|带)(?:什么|啥|哪些)|有(?:什么|啥|哪些)(?:颜色|口味|功能|配件|款|尺寸|型号)/u;
/** What a review brings her (好评送什么) is no attribute of the item. */
const NOT_ITEM = /评|返现|红包/u;
/** No answer in it (不清楚, 看说明, 自己试试). */
const NOTHING_TOLD = /不清楚|不太清楚|不知道|不确定|说不准|不好说|不一定|不懂|看详情|看说明|自己/u;
/** Moves that are no answer of their own: beside them the reply's content is the answer. */
const BESIDE: ReadonlySet<Move> = new Set(['greet', 'thank', 'apologize', 'empathize']);
/** A reply this short (嗯, 好的) answers nothing. */
const MIN_TOLD = 3;

export function itemAskedAnswered(u: Understanding, ctx: ReplyContext): Understanding {
  if (!ctx.buyer || u.moves.some((m) => !BESIDE.has(m)) || u.flags.length > 0) return u;
  const buyer = normalizedBuyer(ctx.buyer);
  if (u.normalized.length < MIN_TOLD || NOTHING_TOLD.test(u.normalized) || !ITEM_ASKED.test(buyer) || NOT_ITEM.test(buyer)) return u;
  return { ...u, moves: MOVES.filter((m) => u.moves.includes(m) || m === 'product-info') };
}
