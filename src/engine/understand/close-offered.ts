// A closing the agent puts to the buyer rather than does: "要不要我帮您取消订单？", "需要的话您说一声，
// 我帮您取消", "我帮您取消订单，您看可以吗？", "您同意的话我再操作" — the consent step rules.md asks
// for (order-close is closing WITHOUT her consent). A closing already done (已经帮您关闭了, 先给您取消了)
// is no offer, whatever question or courtesy follows it; nor is "您确认一下退款" after a closing.
import { data, re } from '@/engine/understand/compose-parts';

const CLOSE = re(data.orderClose.close, 'gu');
/** A question put on the closing itself: 要不要/需不需要/是否 before it, or a question word ending its sentence. */
const ASKS = /(?:要不要|需不需要|需要|是否|用不用|要我)[^.!?。]*$|(?:[吗吧呢么]|好不好|行不行|可不可以|可以不|行不)$/u;
/**
 * Her consent named as the condition of acting or as hers to give: 您同意的话我再操作, 等您确认, 您确认后我再关,
 * 需要的话您说一声, 告诉我一声我来帮您关, 您决定就好, 您说了算, 没有您同意不会关. Not 您确认一下退款 (a check).
 */
const CONSENT_ASKED = new RegExp(
  [
    '(?:您|你)(?:这边)?(?:同意|确认|答应|点头|说一声|说句话|吱一声|回复|决定)(?:了)?(?:的话|后|之后|以后|了我|我再|我才|我就|我这边再|再)',
    '(?:您|你)(?:来)?(?:决定|说了算|定)(?:就好|就行|吧|哦|呢)?(?:[,.!?。]|$)',
    '(?:经|等|征得|得到|经过)(?:您|你)(?:的)?(?:同意|确认|决定|答复|回复|点头)',
    '如果(?:您|你)(?:这边)?(?:同意|愿意|需要|想|要)',
    '(?<!不)需要的话(?:,)?(?:您|你)?(?:说|告诉|跟我|联系|吱)',
    '告诉我一声|说一声我|(?:没有|未经)(?:您|你)(?:的)?同意',
  ].join('|'),
  'u',
);
/** The closing done or under way already: 已经/已 before it, 了 after it. */
const DONE_BEFORE = /(?:已经|已)[^,.!?。]{0,6}$/u;
const DONE_AFTER = /^(?:掉)?了/u;
const END = /[.!?。]/u;

/** Every closing the reply names is put to the buyer (asked, or made hers to consent to), none done. */
export function closeOffered(normalized: string): boolean {
  let offered = false;
  for (const m of normalized.matchAll(CLOSE)) {
    const at = m.index ?? 0;
    const before = normalized.slice(0, at);
    const after = normalized.slice(at + m[0].length);
    if (DONE_BEFORE.test(before) || DONE_AFTER.test(after) || m[0].endsWith('了')) return false;
    const start = Math.max(...['。', '!', '?', '.'].map((p) => before.lastIndexOf(p))) + 1;
    const endAt = after.search(END);
    const sentence = normalized.slice(start, at + m[0].length + (endAt < 0 ? after.length : endAt));
    const asked = endAt >= 0 && after[endAt] === '?' && ASKS.test(sentence);
    if (asked || CONSENT_ASKED.test(normalized)) offered = true;
    else return false;
  }
  return offered;
}
