// Beside a platform-rule flag, what the reply says serves the flagged matter (a fee put on her, a return or
// COD refused, a review rewarded, a buyer's data told, a judgement from her photos): its 平台收的, 退回来我们也卖不了,
// 新衣服都有点味道 or 车厘子运输过程中有轻微磕碰很正常 is the flag's reason, not a statement of the item
// (labelling.md: a refusal or a misstatement is the flag it breaks). product-info stays only where the reply
// describes the item itself (这款…, 面料, 材质, 有货, 配置), as a long reply may beside its breach.
// Tuning: 24 replies of 16 files (chats-af, chats-i, chats-l, chats-u, chats-w, writer-a, writer-ab, writer-ag, writer-al,
// writer-ar, writer-b, writer-d, writer-e, writer-h, writer-j, writer-k).
import type { ReplyContext, Understanding } from '@/engine/understanding-types';

/** Flags of the platform's rules, and the judgement from her photos (a tone id, but a ruling on the goods); not disparage, whose
 *  reply sets our goods against another's (我们都是全新正品) and states them. */
const ruleFlag = (rule: string): boolean => (!rule.startsWith('tone-') && rule !== 'disparage') || rule === 'tone-prejudge';
/** The item itself described: named as this one, its make-up, its stock or its specification. */
const ITEM_DESCRIBED = /这款|这台|这套|这件|这双|这支|这把|这批|这饼|这条|这瓶|这个是|面料|材质|成分|款式|颜色|码还有|有货|现货|库存|配置|参数/u;

export function flaggedNotItem(u: Understanding, _ctx: ReplyContext): Understanding {
  if (!u.moves.includes('product-info') || !u.flags.some((f) => ruleFlag(f.rule)) || ITEM_DESCRIBED.test(u.normalized)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'product-info') };
}
