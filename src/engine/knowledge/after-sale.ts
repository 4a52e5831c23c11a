// Which kind of after-sales case a buyer's words describe: a quality problem (the shop pays the
// return postage) or a no-reason return (the buyer or the 运费险 pays). A quality problem, once
// named, decides the case even when the buyer also says the shoes pinch.
import { boundedTable } from '@/engine/bounded-table';
import type { AfterSaleCase } from '@/engine/knowledge/facts';

const QUALITY = /质量问题|质量有问题|瑕疵|开胶|胶印|胶水印|破了|破洞|坏了|坏的|开线|脱线|掉色|褪色|起球|污渍|脏了|断了|裂了|裂开|漏水|次品|残次|发错|少发|漏发|不保温|有问题/u;
const NO_REASON = /不想要|不喜欢|不合适|不合身|挤脚|大了|小了|偏大|偏小|买错|拍错|不要了|无理由|退了吧|想退/u;

/**
 * Her lines are read for the case by several readers of each reply (the flags, the knowledge
 * check, her next line, the scorer), and a scenario's buyer says the same few lines in every chat:
 * each line's case is kept in a bounded table (emptied when full), as her questions are.
 */
const CASE_LINES = 512;
const caseOfLine = boundedTable(CASE_LINES, (buyerText: string): AfterSaleCase | null => {
  if (QUALITY.test(buyerText)) return 'quality';
  if (NO_REASON.test(buyerText)) return 'no-reason';
  return null;
});

export function afterSaleCaseOf(buyerText: string): AfterSaleCase | undefined {
  return caseOfLine(buyerText) ?? undefined;
}

/** The case over the chat so far: a quality problem once named stays; otherwise the latest word. */
export function nextAfterSaleCase(before: AfterSaleCase | undefined, buyerText: string): AfterSaleCase | undefined {
  if (before === 'quality') return before;
  return afterSaleCaseOf(buyerText) ?? before;
}

/**
 * The case a reply's own clause names for what it says of a return ("质量问题也是你出",
 * "无理由退的话运费您出"): it decides that clause whatever the chat's case is.
 */
const CLAUSE_QUALITY = /质量问题|质量有问题|有瑕疵|开胶|破损|坏了/u;
const CLAUSE_NO_REASON = /无理由|不喜欢|不想要|不合适/u;
function caseOfClause(clause: string): AfterSaleCase | undefined {
  if (CLAUSE_QUALITY.test(clause) && !/不是质量问题|非质量问题|没有质量问题/u.test(clause)) return 'quality';
  if (CLAUSE_NO_REASON.test(clause) || /不是质量问题|非质量问题/u.test(clause)) return 'no-reason';
  return undefined;
}

// The clauses of the reply read last (the return-postage check reads each twice, the flags the
// whole reply): a few recent texts are kept, as normalize() keeps its last few.
const RECENT = 8;
const recentIn: string[] = [];
const recentOut: Array<AfterSaleCase | undefined> = [];
let recentAt = 0;

export function clauseCaseOf(clause: string): AfterSaleCase | undefined {
  for (let i = 0; i < recentIn.length; i++) if (recentIn[i] === clause) return recentOut[i];
  const out = caseOfClause(clause);
  recentIn[recentAt] = clause;
  recentOut[recentAt] = out;
  recentAt = (recentAt + 1) % RECENT;
  return out;
}
