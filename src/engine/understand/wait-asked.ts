// Whether a reply's check asks the buyer to wait (please-wait, labelling.md: the agent asks her to wait
// while checking or acting). Two checks do not: the agent's own errand to a colleague with no wait
// asked (我问下主管, 那我问下财务能不能免了: the errand is escalate), and a check that follows what she
// is asked to send (拍个图我看下, 单号发我我去查下, 说一下城市我帮您查一下时效: ask-info; the check waits
// on her, she is not kept waiting). Nor a check whose result follows in the same reply after a pause
// (我看下……地址是朝阳区那个, 我查一下哈…是寄到苏州的): it was done while she read. An explicit wait (稍等, 等我一下, 请等, 正在查) is please-wait still.
import type { Understanding } from '@/engine/understanding-types';

/** Words that ask her to wait, or say the agent is going off to check now and will answer. */
const WAIT_SAID = /稍等|稍候|稍后|等(我)?(一下|一会|片刻|几分钟|两分钟|一分钟|下)|请等|别走开|马上回|正在/u;
const ERRAND_NOW = /去(问|查|确认|看)|答复|回复|马上/u;
/** A check after what she is to send: (发|拍|说|告诉|给)…我…(看|查|核|确认). */
const CHECK_AFTER_SENDING = /(发|拍|说|告诉|给)[^,.!?]{0,12}(我|过来)[,. ]{0,2}[^,.!?]{0,4}(先)?(帮您|给您)?(看|查|核|确认)/u;

/** A check, a pause (……), then what it found: the check is done in the reply itself. */
const CHECKED_INLINE = /(看|查|问|确认|核实)(一)?(下|看|查)[^,.!?]{0,2}(…|\.{3})+.{2,}/u;

export function withoutUnaskedWait(u: Understanding): Understanding {
  if (!u.moves.includes('please-wait') || WAIT_SAID.test(u.normalized)) return u;
  const errand = u.moves.includes('escalate') && !ERRAND_NOW.test(u.normalized);
  const awaitsHer = u.moves.includes('ask-info') && CHECK_AFTER_SENDING.test(u.normalized);
  if (!errand && !awaitsHer && !CHECKED_INLINE.test(u.normalized)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'please-wait') };
}
