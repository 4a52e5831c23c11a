// off-platform read from structure (data: compose.json `offPlatform`):
//   - a contact outside the platform given (微信 jk-tech01, Q我 1234567890) or a payment taken
//     past it (转账给我, 对公账户);
//   - the chat moved: an adding verb over a handle off the platform (加个绿泡泡, 加我好友, 加一下
//     售后的小号, 私聊我), not one on it (淘宝群, 旺旺, 店铺);
//   - the payment moved: a way of paying past the order (收款码, 扫码付, 小程序付, 打到我卡上), not the
//     courier's code for a COD order (快递员送上门时扫码付款);
//   - the sale moved to another marketplace (走闲鱼拍, 我发你个拼多多链接), or where the handle is told (微信号在简介里).
// Not when refused or warned against (不能加微信, 加微信是违规的, 千万别信让您加微信的).
import { data, matches, re, type Composed } from '@/engine/understand/compose-parts';
import { refusedAfter } from '@/engine/understand/clauses';

const CHANNEL = re(data.offPlatform.channel, 'gu');
const CONTACT_ID = re(data.offPlatform.id);
const DIRECT = re(data.offPlatform.direct, 'gu');
const MOVE = re(data.offPlatform.move, 'gu');
const PAY_AWAY = re(data.offPlatform.payAway, 'gu');
/** The sale moved to another marketplace (走闲鱼拍, 我发你个拼多多链接, 抖音直播间拍更便宜): a trade off the platform. */
const ELSEWHERE = re(data.offPlatform.elsewhere, 'gu');
const OURS_ELSEWHERE = /我|咱|店名|挂|链接|直播间|一样的|同款/u;
const ON_PLATFORM = re(data.offPlatform.onPlatform);
/** A handle the platform has too (旺旺好友, 店铺客服): off it only when the sentence names nothing of the platform. A channel said cheaper than 淘宝 names the platform only to leave it. */
const WEAK_HANDLE = /好友|客服$/u;
const WARNED = re(data.offPlatform.warned);
/** Refused right after (加微信不太方便哦, 加qq是不行的). */
const REFUSED_AFTER = re(data.offPlatform.refusedAfter);
const DELIVERY = /师傅|上门|安装|配送|送货|快递员|物流/u;
/** Paying the courier at the door for a 货到付款 order (快递员送上门时扫码付款): the order's own COD payment. */
const COURIER_COLLECTS = /快递员|快递小哥|送货员|配送员|快递[^,.!?]{0,6}(?:送上门|上门|送到)|送上门|货到付款|到付/u;
const OUR_CODE = /我的|我们的|这个|私人|个人/u;
const OUR_CONTACT = /我|售后|客服|店|公司|技术/u;
const THIRD_PERSON = /买家|顾客|收件人|收货人|(?<!其)他|她|先生|女士|那个/u;
const NEGATED_BEFORE = /(?:不|别|不能|不可以|没法|不要|不用|禁止|不允许|无需)[^,]{0,4}$/u;
/** Whole-reply pre-check: a channel, a direct payment, an adding verb or a way of paying past the order. */
export const MAY_CONTACT = re([data.offPlatform.channel, data.offPlatform.direct, data.offPlatform.move, data.offPlatform.payAway, data.offPlatform.elsewhere].map((x) => `(?:${x})`).join('|'));

/** The chat or the payment moved: an adding verb over a handle, or a way of paying past the order, neither refused nor warned against. */
function moved(sentence: string, reply: string): Composed | null {
  if (WARNED.test(sentence)) return null;
  for (const pattern of [MOVE, PAY_AWAY, ELSEWHERE]) {
    for (const m of matches(pattern, sentence)) {
      // Her phone asked for the delivery or the fitter (师傅上门前会联系您) stays with the order.
      if (m[0].startsWith('留') && DELIVERY.test(reply)) continue;
      // The code the courier shows at the door for a COD order (快递员送上门时扫码付款), not one of ours.
      if (pattern === PAY_AWAY && m[0].startsWith('扫') && !OUR_CODE.test(m[0]) && !/收款码|给我|转我/u.test(reply) && COURIER_COLLECTS.test(reply)) continue;
      // Another marketplace is ours there only when the reply says so (我那边挂个一样的, 我发你个链接, 搜我们店名); 去拼多多买吧 only sends her away.
      if (pattern === ELSEWHERE && !OURS_ELSEWHERE.test(reply)) continue;
      if (NEGATED_BEFORE.test(sentence.slice(0, m.index)) || REFUSED_AFTER.test(sentence.slice(m.index + m[0].length)) || refusedAfter(sentence.slice(m.index + m[0].length)) || (!m[0].startsWith('比') && ON_PLATFORM.test(WEAK_HANDLE.test(m[0]) ? sentence : m[0]))) continue;
      return { rule: 'off-platform', evidence: m[0] };
    }
  }
  return null;
}

/** A contact outside the platform given, a payment taken past it, or the chat or the payment moved there. */
export function offPlatform(sentence: string, reply = sentence): Composed | null {
  for (const m of matches(DIRECT, sentence)) {
    if (!NEGATED_BEFORE.test(sentence.slice(0, m.index))) return { rule: 'off-platform', evidence: m[0] };
  }
  for (const m of matches(CHANNEL, sentence)) {
    const id = CONTACT_ID.exec(sentence.slice(m.index + m[0].length));
    const before = sentence.slice(Math.max(0, m.index - 6), m.index);
    // A phone or an account is the shop's own only when it says so (售后电话, 我们公司账户); another
    // person's number told is privacy-leak, not a contact off the platform.
    if (/电话|手机|账户|账号/u.test(m[0]) && !OUR_CONTACT.test(before)) continue;
    if (THIRD_PERSON.test(before)) continue;
    if (id && !NEGATED_BEFORE.test(sentence.slice(0, m.index))) return { rule: 'off-platform', evidence: sentence.slice(m.index, m.index + m[0].length + id[0].length) };
  }
  return moved(sentence, reply);
}
