// invoice-refuse read from structure: an invoice put off by a month or more (月底回来统一开, 要过两个月
// 才能开, 下个月再说) is refused, whatever excuse or promise goes with it: the buyer who paid may have
// her invoice now, and "yes, later" means days (明天上班第一时间给您开), not the next month. Parts:
// lexicon/compose.json `invoice` (`farOff`, `subject`); `farOff` is the one list of far-off times, which
// the knowledge check of the invoice's time (claims-policy.ts) reads too.
import { data, HEDGE, re, type Composed } from '@/engine/understand/compose-parts';

const FAR = data.invoice.farOff;
/** The far time governs the invoicing: waited for (等到下个月, 要过两个月) or followed by it (月底回来统一开, 下个月再说), not 月底盘点. */
const FAR_OFF = re(`(?:等|过|到|要|得)[^,]{0,2}(?:${FAR})|(?:${FAR})[^,]{0,8}?(?:开|再说|吧|才|再|回来|补|$)`);
const SUBJECT = re(data.invoice.subject);
const SENTENCE = /[^.!?;]+/gu;

/** The reply or her line is about an invoice and the reply puts it off by a month or more. */
export function invoicePutOff(normalized: string, buyer: string): Composed | null {
  if (!FAR_OFF.test(normalized) || !(SUBJECT.test(normalized) || SUBJECT.test(buyer))) return null;
  for (const m of normalized.matchAll(SENTENCE)) {
    const far = FAR_OFF.exec(m[0]);
    if (far && !HEDGE.test(m[0].slice(0, far.index))) return { rule: 'invoice-refuse', evidence: far[0] };
  }
  return null;
}

/** Whether the reply puts the invoice off by a month or more (no promise to issue then clears it). */
export const putsOff = (normalized: string): boolean => FAR_OFF.test(normalized);
