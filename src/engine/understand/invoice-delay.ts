// invoice-refuse read from structure: an invoice put off by a month or more (月底回来统一开, 要过两个月
// 才能开, 下个月再说) is refused, whatever excuse or promise goes with it: the buyer who paid may have
// her invoice now, and "yes, later" means days (明天上班第一时间给您开), not the next month. Parts:
// lexicon/compose.json `invoice` (`farOff`, `subject`); `farOff` is the one list of far-off times, which
// the knowledge check of the invoice's time (claims-invoice.ts) reads too.
import { data, HEDGE, re, type Composed } from '@/engine/understand/compose-parts';

const FAR = data.invoice.farOff;
/** The far time governs the invoicing: waited for (等到下个月, 要过两个月) or followed by it (月底回来统一开, 下个月再说), not 月底盘点. */
const FAR_OFF = re(`(?:等|过|到|要|得)[^,]{0,2}(?:${FAR})|(?:${FAR})[^,]{0,8}?(?:开|再说|吧|才|再|回来|补|$)`);
const SUBJECT = re(data.invoice.subject);
const SENTENCE = /[^.!?;]+/gu;

/** The invoice granted (可以开, 能开的, 免费开): then a far time with no excuse is the shop's schedule misstated, not a refusal. */
const GRANTED = /(?:可以|能|会|支持|免费)(?:给您|帮您)?开(?![不没])|开的(?:哦|呢|哈|亲)?(?:[,.!~ ]|$)/u;
/** An excuse for the delay (rules.md: the printer is broken, the quota is used up, finance is away, the tax registration is changing). */
const EXCUSE = /额度|票额|财务|会计|休假|请假|休产假|系统|升级|税务|变更|打印机|坏了|开不了|开不出|用完|没票|不在/u;

/**
 * The reply or her line is about an invoice and the reply puts it off by a month or more, with an
 * excuse or no yes: "可以开 下个月统一开" grants it at a time the knowledge check holds against the
 * shop's (fact-wrong), as writers label it (随货寄不了，发票月底统一开 and 普通的要等一个月 carry
 * invoice-yes, every far time with an excuse invoice-refuse).
 */
export function invoicePutOff(normalized: string, buyer: string): Composed | null {
  if (!FAR_OFF.test(normalized) || !(SUBJECT.test(normalized) || SUBJECT.test(buyer))) return null;
  if (GRANTED.test(normalized) && !EXCUSE.test(normalized)) return null;
  for (const m of normalized.matchAll(SENTENCE)) {
    const far = FAR_OFF.exec(m[0]);
    if (far && !HEDGE.test(m[0].slice(0, far.index))) return { rule: 'invoice-refuse', evidence: far[0] };
  }
  return null;
}

/** Whether the reply puts the invoice off by a month or more (no promise to issue then clears it). */
export const putsOff = (normalized: string): boolean => FAR_OFF.test(normalized);
