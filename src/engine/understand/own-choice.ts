// Her choice between the shop's own items (哪个好, 有什么区别, 钢弦还是尼龙弦, 测腋下还是口腔): a reply that
// tells them apart or says which suits her states the items (product-info), and compares with no
// other shop (labelling.md: comparing two of the shop's own items is product-info, compare-objective
// only for another shop). Read from the structure of her line, not from a list of items.
import answersJson from '@/engine/lexicon/answers.json';
import { asksComparison } from '@/engine/understand/answers';
import { data, re } from '@/engine/understand/compose-parts';
import { comparedShop } from '@/engine/understand/other-shop';
import { normalizedBuyer } from '@/engine/understand/question';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** A choice asked: which one (哪个, 哪款), how they differ (有啥区别), or one thing or the other (A还是B, a word before it, not 我还是…吧). */
const CHOICE = /哪(?:个|款|种|一款|一种|把|支|双|台|套)(?!地方|里|天)|(?:啥|什么|哪些)(?:区别|不同(?!意)|差别)|区别(?:是|在)?(?:什么|啥|哪|大吗)|[^,.!?~ 还是我你您那也就了]还是(?!没|不|很|有点|一样|会|要|想|觉得|太|挺|那|这|算了|在|去)[^,.!?~ ]/u;
/** Her line tells what she has not decided (还没想好要哪个颜色), who bought what, or asks for another item to go with it (配哪个): no choice between ours put to the shop. */
const NOT_ASKED = /想好|决定|定好|(?:他|她|同事|朋友)[^,.!?~ ]{0,3}(?:买|拍)的|配(?:哪|什么)/u;
/** A size or a measure is the choice (穿M还是L, 选哪个码, 37还是38, her body stated): recommend-size answers it. */
const SIZE_CHOICE = new RegExp(`码|尺寸|(?<!色)号|\\d+\\s*还是\\s*\\d+|(?:[sml]|xl|xxl)\\s*还是|${answersJson.bodyStated}`, 'u');
/** Another shop or brand named (那家, 旗舰店, 小米): a comparison with it is compare-objective's. */
const OTHER_SHOP = re(data.disparage.other);
/** No telling apart at all (不清楚, 分不清, 都差不多吧): the reply states nothing of either. */
const NOTHING_TOLD = /不清楚|不太清楚|不知道|不确定|不太确定|说不准|不好说|不一定|不懂|不太懂|分不清|分不太清|区别不大吧|随便|都行吧|都一样吧|都差不多|看你自己|看您自己/u;
/** The reply only asks back (您主要在哪儿用呢?): a question alone tells her nothing of the items. */
const ONLY_ASKS = /^[^,.!?;]{0,14}[?吗呢]$/u;
/** A reply this short ("都行") describes nothing. */
const MIN_TOLD = 6;
/** Moves that answer her some other way (a size for her, a return, an exchange): product-info is not added beside them. */
const HANDLED: ReadonlySet<Move> = new Set(['recommend-size', 'offer-return', 'offer-exchange', 'offer-compensation', 'explain-policy', 'shipping-info', 'track-parcel', 'invoice-yes', 'escalate', 'please-wait']);

/**
 * Two kinds set side by side (空气炸锅和烤箱哪个好, 龙井和碧螺春哪个好喝, 体温计和额温枪哪个准, 500ml的和750的哪个好):
 * a choice between kinds of goods, though the second reads like a name to comparedShop. Not where either is
 * marked as another's (小米那款, 那个小棕瓶, 苏泊尔那款) or a shop is named (你们, 那家, 店, 牌).
 */
const KINDS_SIDE_BY_SIDE = /(?:^|[,.!?~ ])(?:你好,?)?[^,.!?~ 和跟与比]{1,8}?(?:的)?(?:和|跟|与)[^,.!?~ 和跟与比]{1,8}?(?:的)?(?:哪个|哪种|哪款|哪把|有什么区别|有啥区别|什么区别|啥区别)/u;
const MARKED_OTHER = /那款|那个|那家|那种|那把|家|店|牌|官方|旗舰|自营|你们|您们|别人|同款|隔壁/u;
const kindsChosen = (buyer: string): boolean => KINDS_SIDE_BY_SIDE.test(buyer) && !MARKED_OTHER.test(buyer);

/** Her line puts a choice between the shop's own items (no other shop or brand named, nothing set against ours by 比). */
function choiceAsked(buyer: string, ctx: ReplyContext): boolean {
  if (!CHOICE.test(buyer) || NOT_ASKED.test(buyer) || OTHER_SHOP.test(buyer)) return false;
  return kindsChosen(buyer) || (comparedShop(buyer) === null && !asksComparison(ctx));
}

/** product-info for the shop's own items told apart after her choice; no compare-objective where no other shop is named. */
export function ownChoiceTold(u: Understanding, ctx: ReplyContext): Understanding {
  if (!ctx.buyer || u.flags.some((f) => !f.rule.startsWith('tone-'))) return u;
  const buyer = normalizedBuyer(ctx.buyer);
  if (!choiceAsked(buyer, ctx) || OTHER_SHOP.test(u.normalized)) return u;
  const moves: Move[] = u.moves.filter((m) => m !== 'compare-objective');
  const told = !SIZE_CHOICE.test(buyer) && u.normalized.length >= MIN_TOLD && !NOTHING_TOLD.test(u.normalized) && !ONLY_ASKS.test(u.normalized) && !u.moves.some((m) => HANDLED.has(m));
  if (told && !moves.includes('product-info')) moves.push('product-info');
  if (moves.length === u.moves.length && moves.every((m) => u.moves.includes(m))) return u;
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
