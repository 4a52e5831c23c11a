// Claims about the shop's policies: no-reason returns and their conditions, who pays a return's
// postage (the after-sales case decides), 运费险, invoices, cash on delivery, cards. When and how an
// invoice is issued is claims-invoice.ts's.
import { clauseCaseOf } from '@/engine/knowledge/after-sale';
import { inline, mayStateWarranty, postagePayer, warrantyMonths, warrantyMonthsIn, type AfterSaleCase, type PostagePayer } from '@/engine/knowledge/facts';
import type { ClaimCheck, FactFinding, KnowledgeInput } from '@/engine/knowledge/types';
import { isNegated, type Clause } from '@/engine/understand/clauses';
import { gateOfPatterns, mayMatchClause } from '@/engine/understand/required-chars';

const hasFlag = (u: KnowledgeInput['u'], rule: string): boolean => u.flags.some((f) => f.rule === rule);

/**
 * A number of days said of the return period: "N天" in a clause that returns, applies or
 * exchanges (15天内都能退, 5天内申请, 超过5天就不能退了), in a reply about a return. Not a
 * refund's or a parcel's time (退款3天到账, 寄回来2天到) nor a warranty or quality term the
 * facts do not give (质量问题30天包换, 保修).
 */
const PERIOD_DAYS = /(\d+)天/u;
const PERIOD_ACT = /退|换货|换码|退换|调换|包换|可以换|能换|无理由|申请|售后/u;
const NOT_PERIOD = /到账|寄出|补发|到帐|退款|退钱|发货|发出|到货|送达|送到|寄到|能到|就到|到达|物流|审核|处理|回复|保修|质保|质量|换新|小时/u;
const RETURN_REPLY = /退|换货|换码|调换|包换|可以换|能换|无理由|售后/u;
const NO_REASON = /无理由/u;
/** Using the goods, then "也能退": each use and the condition words that forbid it. */
/** In a reply about a return, a use waved through counts too: 穿过几次也没关系, 洗过也没事 (not 试穿). */
const USED_OK = /((?<!试)穿过|外穿过|洗过|水洗过|用过|使用过|剪了吊牌|吊牌剪了|吊牌拆了|拆了吊牌|磨损了?)了?(?:几次|一两次|一次|一下|几天)?(?:的话)?(?:(?:也|都|照样)(?:可以|能|支持)(?:七天|7天)?(?:退|换|无理由)|(?:也|都)?(?:没关系|没事|不要紧|不影响|无所谓|没问题))/u;
const FORBIDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/穿/u, /未穿|未外穿|不影响二次销售/u],
  [/洗/u, /未洗|未水洗/u],
  [/用/u, /未使用|未用/u],
  [/吊牌/u, /吊牌完好|吊牌齐全|吊牌/u],
  [/磨损/u, /无磨损/u],
];

const RETURNS_GATE = gateOfPatterns([PERIOD_DAYS, NO_REASON, USED_OK]);

export const returnsClaim: ClaimCheck = ({ u, clauses, facts, buyerLine }) => {
  const returns = facts.returns;
  if (!returns) return [];
  const findings: FactFinding[] = [];
  const days = returns.days ?? 7;
  const conditions = inline(returns.conditions ?? `签收${days}天内`);
  const aboutReturns = RETURN_REPLY.test(u.normalized) || RETURN_REPLY.test(buyerLine);
  for (const clause of clauses) {
    // A clause with no day count, no 无理由 and no use of the goods claims nothing here.
    if (!mayMatchClause(RETURNS_GATE, clause.text)) continue;
    const m = aboutReturns ? PERIOD_DAYS.exec(clause.text) : null;
    const period = m !== null && PERIOD_ACT.test(clause.text) && !NOT_PERIOD.test(clause.text) && !/[?吗]$/u.test(clause.text);
    if (m && period && returns.noReason7Days !== false && Number(m[1]) !== days && !isNegated(clause, m.index))
      findings.push({
        kind: 'returns',
        claim: `说${m[1]}天可退`,
        fact: `签收${days}天内可以无理由退换`,
        better: `亲,签收${days}天内可以无理由退换哦,条件是${conditions}呢~`,
      });
    const nr = NO_REASON.exec(clause.text);
    if (nr && returns.noReason7Days !== undefined) {
      const says = !isNegated(clause, nr.index) && !/^[^,]{0,4}(不行|不支持|不可以|不能|不了)/u.test(clause.text.slice(nr.index + 3));
      // "洗过的话就不能无理由退了" states a condition, not that the shop gives no returns.
      const conditional = !says && /剪|洗|穿过|用过|拆|影响|磨损|污|的话|如果|超过|过了|贴身|定制|生鲜|鲜花/u.test(u.normalized);
      // Refusing a return the shop gives is return-refuse already: one mistake, one item.
      if (says !== returns.noReason7Days && !conditional && !(returns.noReason7Days && hasFlag(u, 'return-refuse')))
        findings.push({
          kind: 'returns',
          claim: says ? '说支持七天无理由' : '说不支持七天无理由',
          fact: returns.noReason7Days ? `签收${days}天内支持无理由退换` : '这款不支持七天无理由',
          better: returns.noReason7Days ? `亲,支持${days}天无理由退换的哦,条件是${conditions}呢~` : '亲,这款属于不支持七天无理由的商品哦,有质量问题我们一定负责处理的呢~',
        });
    }
    const used = USED_OK.exec(clause.text);
    // 没关系 waves a use through only in a reply about a return (洗过也没关系,不会缩水 is care).
    const wavedOnly = used !== null && !/退|换|无理由/u.test(used[0]);
    if (used && returns.conditions !== undefined && (!wavedOnly || aboutReturns)) {
      const forbidden = FORBIDS.some(([use, rule]) => use.test(used[1] ?? '') && rule.test(returns.conditions ?? ''));
      if (forbidden)
        findings.push({
          kind: 'returns',
          claim: `说${used[1]}也能退`,
          fact: `退换条件是${conditions}`,
          better: `亲,退换需要${conditions}哦,符合条件的我们马上给您处理呢~`,
        });
    }
  }
  return findings;
};

const months = (n: number): string => (n % 12 === 0 ? `${n / 12}年` : n === 6 ? '半年' : `${n}个月`);

/** A warranty longer by an amount (多半年保修, 比那家长半年, 延长一年): a difference, not the term. */
const LONGER_BY = /(?:多|长|延长|多出|加|再送)(?:了|出)?(?:\d+|一|两|半)个?(?:年|月)|比[^,]{1,8}(?:多|长)(?:\d+|一|两|半)/u;

/** "保修半年" when the shop gives a year: the warranty the reply states for our goods. */
export const warrantyClaim: ClaimCheck = ({ clauses, facts }) => {
  const truth = warrantyMonths(facts);
  if (truth === undefined) return [];
  for (const clause of clauses) {
    // "那家保修半年" is said of the other shop; a question claims nothing; nor does a clause with no warranty term.
    if (!mayStateWarranty(clause.text) || /[?吗]$/u.test(clause.text) || LONGER_BY.test(clause.text)) continue;
    const said = warrantyMonthsIn(clause.text);
    if (said === undefined || said === truth) continue;
    return [
      {
        kind: 'warranty',
        claim: `说保修${months(said)}`,
        fact: `店铺保修${months(truth)}`,
        // The rest of the return note after its warranty (nothing left: no dangling comma).
        better: `亲,我们是${months(truth)}保修的哦${[inline(facts.returns?.note ?? '').replace(/^\d+年保修[,，。]?/u, '')].filter((r) => r !== '').map((r) => `,${r}`).join('')},您放心用呢~`,
      },
    ];
  }
  return [];
};

// Who pays the postage of a return or exchange, as the reply says it.
const BUYER_PAYS = /运费(?:这块|这边|这个|这部分|这一块|的话|方面)?(?:需要|要|得|由|是|就是|还是)?(?:您|你|亲|买家)(?:自己|自行)?(?:出|承担|付|负责)|运费(?:需要|要|得)?(?:自己|自行)(?:出|承担|付|负责)|(?:您|你|买家)(?:需要|要|得)?(?:自己|自行)(?:出|承担|付)(?:一下)?(?:来回|退货|寄回)?(?:的)?运费|运费自理|(?:您|你)(?:来)?(?:出|承担|付)(?:来回|退货|寄回)(?:的)?运费/u;
const SHOP_PAYS = /运费(?:这块|这边|这个|这部分|这一块|的话|方面)?(?:是|就是)?(?:由)?(?:我们|店铺|商家|我|这边|本店)(?:来)?(?:出|承担|负责|报销|补|付)|(?:我们|店铺|商家|这边|本店)(?:来)?(?:出|承担|负责|报销|补给您|补)(?:来回|退货|寄回)?(?:的)?运费|不用(?:您|你)(?:出|付|承担)(?:任何)?运费|运费(?:都)?(?:不用|无需)(?:您|你)?(?:出|付|承担)|免费(?:退|换)|包(?:退货|来回)运费/u;
const REIMBURSED = /垫付[^.!?]{0,16}(?:补|返|报销|退还)/u;
const RETURN_TOPIC = /退|换|寄回|退回|寄过来|寄给我们/u;
const INSURANCE = /运费险/u;
const INSURANCE_GATE = gateOfPatterns([INSURANCE]);

function payerWords(p: PostagePayer): string {
  return p === 'buyer' ? '由买家承担' : p === 'shop' ? '由店铺承担' : '由运费险赔付';
}

function casePayer(input: KnowledgeInput, named?: AfterSaleCase): { payer: PostagePayer; why: string } | undefined {
  const { facts } = input;
  const afterSale = named ?? input.afterSale;
  const returns = facts.returns;
  if (!returns) return undefined;
  if (afterSale) {
    const payer = postagePayer(returns, afterSale);
    return payer && { payer, why: afterSale === 'quality' ? '质量问题的退货运费' : '无理由退货运费' };
  }
  // Case unknown: only a rule that is the same in both cases can be held against the reply.
  const q = postagePayer(returns, 'quality');
  const n = postagePayer(returns, 'no-reason');
  if (q === undefined || n === undefined) return undefined;
  const paysNothing = (p: PostagePayer) => p !== 'buyer';
  return paysNothing(q) === paysNothing(n) ? { payer: n, why: '退货运费' } : undefined;
}

const ASKS_WHO_PAYS = /(运费|邮费)[^,?]{0,4}(谁|哪个|谁来)(出|付|承担|负责)|谁(出|付|承担)[^,?]{0,3}(运费|邮费)|(运费|邮费)[^,?]{0,4}(要|得|需要)?(我|自己)(出|付|承担)|(我|自己)(出|付|掏|承担)[^,?]{0,3}(运费|邮费)/u;
const ANSWER_BUYER = /^[^,]{0,3}(您|你|亲|买家)(自己|自行)?(来)?(出|付|承担)/u;
// A clause that answers it with the buyer as the payer ("这个得您出哦" after "我可不想自己掏运费啊").
const CLAUSE_ANSWER_BUYER = /^(?:这个|这块|这边|那|那这个)?(?:的话)?(?:就|还|也)?(?:得|要|需要|是|只能)?(?:由)?(?:您|你|买家)(?:自己|自行)?(?:来)?(?:出|付|承担|掏)/u;
const ANSWER_SHOP = /^[^,]{0,3}(我们|我|店铺|商家|这边|本店)(来)?(出|付|承担)|不用(您|你)?(出|付)|运费险/u;
/** The shop's note on the most it pays back for a return's postage (补运费(最多15元)). */
const POSTAGE_CAP_NOTE = /(?:补|报销)运费[(（]?(?:最多|最高|上限|不超过)(\d+)(?:元|块)/u;
/** The reply's cap on it (最多补10块, 运费最高报销12元). */
const POSTAGE_CAP_SAID = /(?:最多|最高|顶多|上限|不超过)(?:给您|给你)?(?:补|报销|返|退)?(?:您|你)?(\d+)(?:元|块)/u;
const NO_INSURANCE = /(?:没|没有|不送|不含|未)(?:买|送|开通|购买|投保)?(?:的)?运费险/gu;
const SELF_SEND = /(您|你)?(自己|自行)(寄回|寄过来|寄来|退回|邮寄|寄)/u;

function impliedPayer(text: string, buyerLine: string): 'buyer' | 'shop' | null {
  if (ASKS_WHO_PAYS.test(buyerLine)) {
    // 运费险 said to be missing ("没买运费险") puts no one else on the bill.
    if (ANSWER_SHOP.test(text.replace(NO_INSURANCE, ''))) return 'shop';
    if (ANSWER_BUYER.test(text) || text.split(/[,.!?;~\s]+/u).some((c) => CLAUSE_ANSWER_BUYER.test(c))) return 'buyer';
  }
  return SELF_SEND.test(text) ? 'buyer' : null;
}

/**
 * A clause that names the case and who pays with no word of postage ("质量问题也是你出" after
 * "运费你自己出"): the postage of the sentence before it, said of that case.
 */
const CASE_PAYER = /(?:也|都|还)?(?:是|要|得|由)?(您|你|亲|买家|我们|店铺|商家|这边)(?:自己|自行)?(?:来)?(?:出|承担|付|负责)/u;

function betterPostage(rule: { payer: PostagePayer; why: string }, facts: KnowledgeInput['facts']): string {
  if (rule.why === '换码运费')
    return `亲,尺码不合适可以免费换的哦${facts.returns?.shippingInsurance ? ',运费险覆盖来回运费' : ',来回运费我们承担'},您不用自己出呢~`;
  if (rule.payer === 'buyer') return '亲,无理由退货的寄回运费需要您这边承担哦,商品签收后我们会尽快给您退款呢~';
  if (rule.payer === 'insurance') return '亲,这单有运费险哦,退回的运费由保险赔付,您不用自己出呢~';
  return '亲,这个运费由我们承担哦,您先垫付寄回,仓库收货后我们把运费补给您呢~';
}

/** The most the shop pays back for the postage, said other than its note (我们最多补10块, shop: 最多15元). */
function postageCapFinding(normalized: string, buyerLine: string, facts: KnowledgeInput['facts']): FactFinding | null {
  const cap = POSTAGE_CAP_NOTE.exec(facts.returns?.note ?? '')?.[1];
  if (cap === undefined || !(/运费|邮费/u.test(buyerLine) || /运费|邮费/u.test(normalized))) return null;
  const said = POSTAGE_CAP_SAID.exec(normalized);
  if (!said || Number(said[1]) === Number(cap)) return null;
  return { kind: 'return-postage', claim: `说运费最多补${said[1]}元`, fact: `退货运费最多补${cap}元`, better: `亲,质量问题的退货运费我们承担哦,您先垫付寄回,仓库收货后给您补运费,最多${cap}元呢~` };
}

export const returnPostageClaim: ClaimCheck = (input) => {
  const { u, clauses, buyerLine, facts } = input;
  // A return's postage is the topic when the reply or her line speaks of a return, the chat is an
  // after-sales case, or the reply names the case itself ("质量问题也是你出").
  const named = clauses.some((c) => clauseCaseOf(c.text) !== undefined);
  if (!RETURN_TOPIC.test(u.normalized) && !RETURN_TOPIC.test(buyerLine) && input.afterSale === undefined && !named) return [];
  const about = `${u.normalized}\n${buyerLine}`;
  const exchange = /换/u.test(about) && !/退/u.test(about);
  const chatRule = exchange && facts.returns?.freeExchange ? { payer: 'shop' as const, why: '换码运费' } : casePayer(input);
  const findings: FactFinding[] = [];
  const judge = (says: 'buyer' | 'shop', rule: { payer: PostagePayer; why: string } | undefined, of?: AfterSaleCase): void => {
    if (!rule || (says === 'buyer') === (rule.payer === 'buyer')) return;
    const what = of === 'quality' ? '质量问题' : of === 'no-reason' ? '无理由退货' : '';
    const claim = says === 'buyer' ? `说${what}运费买家出` : `说${what}运费不用买家出`;
    if (!findings.some((f) => f.claim === claim)) findings.push({ kind: 'return-postage', claim, fact: `${rule.why}${payerWords(rule.payer)}`, better: betterPostage(rule, facts) });
  };
  const capped = postageCapFinding(u.normalized, buyerLine, facts);
  // A reimbursement wins over an advance: "您先垫付运费,收到后补给您" means the shop pays.
  if (REIMBURSED.test(u.normalized)) {
    judge('shop', chatRule);
    if (capped && findings.length === 0) findings.push(capped);
    return findings;
  }
  let postageSaid = false;
  for (const clause of clauses) {
    const buyer = BUYER_PAYS.exec(clause.text);
    const shop = SHOP_PAYS.exec(clause.text);
    const of = clauseCaseOf(clause.text);
    const rule = of !== undefined && !exchange ? casePayer(input, of) : chatRule;
    let says: 'buyer' | 'shop' | null = null;
    if (shop && !isNegated(clause, shop.index)) says = 'shop';
    else if (buyer) says = isNegated(clause, buyer.index) ? 'shop' : 'buyer';
    else if (of !== undefined && postageSaid) {
      // The postage of the clause before, said of the case this one names.
      const payer = CASE_PAYER.exec(clause.text);
      if (payer && !isNegated(clause, payer.index)) says = /您|你|亲|买家/u.test(payer[1] ?? '') ? 'buyer' : 'shop';
    }
    if (says === null) continue;
    postageSaid = true;
    judge(says, rule, of);
  }
  if (capped && findings.length === 0) findings.push(capped);
  // Without a word of postage: "坏了自己寄回来" leaves the parcel to the buyer, and "你出" answers
  // her "运费谁出" — both say the buyer pays.
  // (运费险 named beside it, "没买运费险", is no word of who pays.)
  if (!postageSaid && !/(?:运费|邮费)(?!险)/u.test(u.normalized)) {
    const implied = impliedPayer(u.normalized, buyerLine);
    if (implied !== null) judge(implied, chatRule);
  }
  return findings;
};

export const insuranceClaim: ClaimCheck = ({ clauses, facts }) => {
  const has = facts.returns?.shippingInsurance;
  if (has === undefined) return [];
  for (const clause of clauses) {
    if (!mayMatchClause(INSURANCE_GATE, clause.text)) continue;
    const m = INSURANCE.exec(clause.text);
    if (!m || /[?吗]$/u.test(clause.text)) continue;
    const says = !isNegated(clause, m.index) && !/^[^,]{0,3}(没有|不送|不包含)/u.test(clause.text.slice(m.index + 3));
    if (says === has) continue;
    return [
      {
        kind: 'insurance',
        claim: says ? '说有运费险' : '说没有运费险',
        fact: has ? '这款送运费险' : '这款没有运费险',
        better: has ? '亲,这款送运费险的哦,退换的寄回运费由保险赔付呢~' : '亲,这款没有送运费险哦,退货前有问题先找我,我帮您看怎么处理最划算呢~',
      },
    ];
  }
  return [];
};

interface Availability {
  kind: 'invoice' | 'cod' | 'card';
  yes: RegExp;
  no: RegExp;
  /** The platform rule a wrong refusal already raises: one mistake, one item. */
  refusal: string;
  available: (input: KnowledgeInput) => boolean | undefined;
  name: string;
  better: (available: boolean) => string;
}

const AVAILABILITY: readonly Availability[] = [
  {
    kind: 'invoice', name: '开发票', refusal: 'invoice-refuse',
    yes: /(?:可以|能|支持|会|给您|帮您)(?:开|开具)(?:发票|票)|发票(?:可以|能|支持)开|开(?:发)?票(?:没问题|可以的)/u,
    no: /(?:不能|不可以|没法|无法|不支持|不提供|不)开(?:发)?票|(?:发票|票)开不了|开不了(?:发)?票|没有发票|不给开/u,
    available: ({ facts }) => facts.invoice?.available,
    better: (a) => (a ? '亲,发票可以开的哦,麻烦把抬头和税号发我一下,我们免费给您开好呢~' : '亲,这款暂时开不了发票哦,给您添麻烦了,有其他问题随时找我呢~'),
  },
  {
    kind: 'cod', name: '货到付款', refusal: 'cod-refuse',
    yes: /(?:可以|能|支持)(?:选)?货到付款|货到付款(?:可以|支持|没问题)/u,
    no: /(?:不能|不可以|没法|无法|不支持|没有)(?:选)?货到付款|货到付款(?:不行|不支持|用不了)/u,
    available: ({ facts }) => facts.cod,
    better: (a) => (a ? '亲,这款支持货到付款的哦,下单时选货到付款就可以啦~' : '亲,这款暂时不支持货到付款哦,您可以用花呗或信用卡付款,同样有保障呢~'),
  },
  {
    kind: 'card', name: '信用卡付款', refusal: 'card-refuse',
    yes: /(?:可以|能|支持)(?:用)?(?:信用卡|花呗|刷卡)|(?:信用卡|花呗)(?:可以|支持|没问题)/u,
    no: /(?:不能|不可以|没法|无法|不支持)(?:用)?(?:信用卡|花呗|刷卡)|(?:信用卡|花呗)(?:不行|不支持|用不了)/u,
    available: ({ facts }) => facts.payment?.card,
    better: (a) => (a ? '亲,信用卡和花呗都可以正常付款的哦~' : '亲,这款暂时只支持余额和储蓄卡付款哦~'),
  },
];

function availabilityClaim(check: Availability): ClaimCheck {
  // A clause with neither wording's characters says nothing of it, and neither regex is run.
  const gate = gateOfPatterns([check.no, check.yes]);
  return (input) => {
    const available = check.available(input);
    if (available === undefined) return [];
    for (const clause of input.clauses as Clause[]) {
      if (!mayMatchClause(gate, clause.text)) continue;
      const no = check.no.test(clause.text);
      const yes = !no && check.yes.test(clause.text);
      if (!no && !yes) continue;
      if (yes === available) continue;
      if (no && hasFlag(input.u, check.refusal)) continue;
      return [
        {
          kind: check.kind,
          claim: yes ? `说可以${check.name}` : `说不能${check.name}`,
          fact: available ? `这款可以${check.name}` : `这款不能${check.name}`,
          better: check.better(available),
        },
      ];
    }
    return [];
  };
}

export const [invoiceClaim, codClaim, cardClaim] = AVAILABILITY.map(availabilityClaim) as [ClaimCheck, ClaimCheck, ClaimCheck];

/**
 * The reply states who pays a return's postage ("退的话运费您自己出"): a return policy, never a
 * 包邮 breach (包邮 is the delivery's postage). Whether it is true is returnPostageClaim's to say.
 */
export function statesReturnPostage(u: KnowledgeInput['u'], buyerLine: string): boolean {
  if (!RETURN_TOPIC.test(u.normalized) && !RETURN_TOPIC.test(buyerLine)) return false;
  if (/(?:运费|邮费)(?!险)/u.test(u.normalized)) return BUYER_PAYS.test(u.normalized);
  return impliedPayer(u.normalized, buyerLine) === 'buyer';
}
