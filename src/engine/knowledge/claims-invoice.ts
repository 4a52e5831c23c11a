// Claims about how the shop issues an invoice, held against its invoice note: when (a time later
// than the note's deadline, or an issue before the moment the note names: 付款后马上开 where the
// note says 确认收货后3个工作日内) and what kind (纸质/随货寄 where it issues 电子 only, 专票 where it
// issues 普通发票 only). Whether an invoice is given at all is claims-policy.ts's (invoiceClaim).
import { boundedTable } from '@/engine/bounded-table';
import { inline } from '@/engine/knowledge/facts';
import type { ClaimCheck, KnowledgeInput } from '@/engine/knowledge/types';
import { isNegated, type Clause } from '@/engine/understand/clauses';
import { data } from '@/engine/understand/compose-parts';

const hasFlag = (u: KnowledgeInput['u'], rule: string): boolean => u.flags.some((f) => f.rule === rule);

/** The shop's invoice deadline in its note: 确认收货后3个工作日内开出 gives 3 working days. */
const INVOICE_DEADLINE = /(\d+)(?:个)?(工作日|天)(?:内|之内|以内)/u;
/**
 * An invoice's time put later: N days, weeks or months (counted), a far-off time (a month or more:
 * the list invoice-delay.ts reads as a refusal, compose.json `invoice.farOff`), or 月初, which may be
 * days away but is still later than a deadline of days.
 */
const INVOICE_LATER = new RegExp(`(\\d+|[一两三四五六七八九十半]+)个?(月|工作日|天|周|星期)(?:后|以后|之后|内|之内|以内|左右)?|${data.invoice.farOff}|月初`, 'u');
const INVOICE_WORD = /发票|开票|票/u;
const CN_NUMBER: Record<string, number> = { 半: 0.5, 一: 1, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The note issues the invoice once the goods are received (确认收货后3个工作日内). */
const AFTER_RECEIPT = /收货|签收|收到货/u;
/** An issue before that: on payment or order, or at once (付款后马上开好, 下单就开, 随货一起开). */
const ISSUED_EARLY = /(?:付款|付完款|下单|拍下|拍了)(?:后|之后|以后|了)?[^,]{0,4}(?:马上|立刻|立马|就|当天|今天)?(?:给您|帮您)?开|(?:马上|立刻|立马|现在就|今天就)(?:给您|帮您)?开(?:好|出|具)?(?!心)/u;

/** Calendar days a stated time may take at the latest (N working days may span a weekend). */
function daysOf(count: string, unit: string): number {
  const n = /\d/u.test(count) ? Number(count) : CN_NUMBER[count] ?? 1;
  if (unit === '月') return n * 30;
  if (unit === '周' || unit === '星期') return n * 7;
  if (unit === '工作日') return n + 2 * Math.ceil(n / 5);
  return n;
}

/**
 * When the invoice is issued: a time later than the shop's deadline ("下个月统一开" against
 * 确认收货后3个工作日内开出) is untrue. An excuse that refuses it (这个月额度用完了) is
 * invoice-refuse already: one mistake, one item.
 */
// The part of the note that says when (确认收货后3个工作日内发到邮箱) and its deadline, read once per note.
const deadlineOfNote = boundedTable(64, (note: string): { when: string; deadline: RegExpExecArray } | null => {
  const when = note.split(/[，,。；;]/u).find((part) => INVOICE_DEADLINE.test(part));
  const deadline = when === undefined ? null : INVOICE_DEADLINE.exec(when);
  return when === undefined || deadline === null ? null : { when, deadline };
});

export const invoiceTimeClaim: ClaimCheck = ({ u, clauses, facts, buyerLine }) => {
  const note = facts.invoice?.available ? facts.invoice.note : undefined;
  const stated = note === undefined ? null : deadlineOfNote(note);
  if (!stated || hasFlag(u, 'invoice-refuse')) return [];
  const { when, deadline } = stated;
  const allowed = daysOf(deadline[1]!, deadline[2]!);
  // After her invoice question a bare 开 is the invoice's (可以开的,下个月统一开).
  const asked = INVOICE_WORD.test(buyerLine);
  for (const clause of clauses as Clause[]) {
    const about = INVOICE_WORD.test(clause.text) || (asked && /开|发(?!货|出)/u.test(clause.text));
    // The time she has to ask for it (两个月内申请都行) is no time of issuing.
    if (!about || /[?吗]$/u.test(clause.text) || /申请|索取|找我/u.test(clause.text)) continue;
    const early = AFTER_RECEIPT.test(when) && !AFTER_RECEIPT.test(clause.text) ? ISSUED_EARLY.exec(clause.text) : null;
    if (early && !isNegated(clause, early.index))
      return [{ kind: 'invoice', claim: `说发票${early[0]}`, fact: `店铺${inline(when)}`, better: `亲,发票可以开的哦,${inline(when)},麻烦把抬头和税号发我一下呢~` }];
    const m = INVOICE_LATER.exec(clause.text);
    if (!m || isNegated(clause, m.index)) continue;
    const said = m[1] !== undefined && m[2] !== undefined ? daysOf(m[1], m[2]) : 30;
    if (said <= allowed) continue;
    return [
      {
        kind: 'invoice',
        claim: `说发票${m[0]}${m[1] !== undefined && !/[后内左]/u.test(m[0]) ? '后' : ''}开`,
        fact: `店铺${inline(when)}`,
        better: `亲,发票可以开的哦,${inline(when)},麻烦把抬头和税号发我一下呢~`,
      },
    ];
  }
  return [];
};


/** What the note issues: electronic only (电子…发票, no 纸质), ordinary only (普通发票, no 专票). */
const ELECTRONIC_ONLY = (note: string): boolean => /电子/u.test(note) && !/纸质|纸票|随货/u.test(note);
const ORDINARY_ONLY = (note: string): boolean => /普通发票|普票/u.test(note) && !/专票|专用/u.test(note);
const PAPER = /纸质|纸票|随货|跟货|(?:放|塞)(?:在)?(?:包裹|箱子)|(?:一起|和货|跟着货)寄/u;
const SPECIAL = /专票|专用发票|增值税专用/u;
/** A clause that declines or limits (专票开不了, 只能开电子的) claims no kind the shop lacks. */
const DECLINES = /不|没|无法|只能|只有|只开/u;

/**
 * The kind of invoice the reply promises: 纸质专票随货寄 where the shop issues electronic ordinary
 * invoices only is a promise the buyer will hold the shop to.
 */
export const invoiceKindClaim: ClaimCheck = ({ u, clauses, facts, buyerLine }) => {
  const note = facts.invoice?.available ? facts.invoice.note : undefined;
  if (note === undefined || hasFlag(u, 'invoice-refuse')) return [];
  const asked = INVOICE_WORD.test(buyerLine);
  // The note's part that names the kind (电子普通发票), and the whole note for the better line.
  const kind = inline(note.split(/[，,。；;]/u).find((part) => /发票|普票/u.test(part)) ?? note);
  const fact = `店铺开的是${kind}`;
  const better = `亲,我们开的是${kind}哦,${inline(note).replace(kind, '').replace(/^[,，。]/u, '')}麻烦把抬头和税号发我一下呢~`.replace(/[,，]?麻烦/u, ',麻烦');
  for (const clause of clauses as Clause[]) {
    const text = clause.text;
    if (!(INVOICE_WORD.test(text) || asked) || /[?吗]$/u.test(text) || DECLINES.test(text)) continue;
    const paper = ELECTRONIC_ONLY(note) ? PAPER.exec(text) : null;
    const special = ORDINARY_ONLY(note) ? SPECIAL.exec(text) : null;
    // A paper invoice in the parcel needs the invoice itself named (随货寄 alone may be the gift).
    if (paper && (INVOICE_WORD.test(text) || special)) return [{ kind: 'invoice', claim: special ? '说开纸质专票' : '说开纸质发票随货寄', fact, better }];
    if (special) return [{ kind: 'invoice', claim: '说可以开专票', fact, better }];
  }
  return [];
};
