// An invoice granted on terms that refuse it (rules.md invoice-refuse: a personal or company title
// as asked; the goods' own category): the yes is read with its terms.
//   - the title limited or refused (只能开个人抬头, 开不了公司抬头, 单位抬头开不出): every title is owed;
//     not another company's (给其他公司开不符合规定), which is the rule itself;
//   - the invoice made out as something else (开的是其他商品名称, 开的是我们另一家公司的抬头);
//     not that declined (不能开成其他商品);
//   - the invoice held until a review (确认收货好评后才开): owed to every paying buyer, it is withheld
//     (review-reward.ts reads the same hold as review pressure).
import { heldForReview } from '@/engine/understand/review-reward';
import type { Composed } from '@/engine/understand/compose-parts';

const TITLE = '(?:个人|公司|单位|企业|对公)';
/** A title named as the only one (只能开个人的, 只开公司抬头): the other is refused. Not 您/你 (只能开您本人或您公司的). */
const TITLE_ONLY = new RegExp(`(?:只能|只可以|仅能|只)(?:给(?:您|你))?开${TITLE}(?:的|抬头|发票|票|普票|专票)?(?![^,.!?]{0,3}(?:和|或|跟|也|都))`, 'u');
/** A title refused in either order (开不了公司抬头, 单位抬头开不出). */
const TITLE_REFUSED = new RegExp(
  `(?:开不了|开不出|不能开|没法开|没办法开|不给开|不支持|开不到)(?:您的?|你的?)?${TITLE}(?:的)?(?:抬头|票|发票)|${TITLE}(?:的)?(?:抬头|票|发票)(?:的)?[^,.!?]{0,6}(?:开不了|开不出|不能开|没法开|没办法开|不给开|不支持|不行)`,
  'u',
);
/** Another company's title or another item's name written on it (开的是其他商品名称, 开的是我们另一家公司的). */
const OTHER_NAME = /(?:开|写)(?:的|出来的?)?(?:是|成)(?:我们)?(?:的)?(?:另一家|另一个|另外一家|另外一个|其他|其它|别的|合作的?|关联)(?:的)?(?:公司|商品|品名|名称|产品|东西|类目|抬头)/u;
/** Another's title or a false category refused is the rule itself (给其他公司开不符合规定, 不能开成其他商品). */
const OTHERS_TITLE = /(?:其他|其它|别的|别人|另一|另外)[^,.!?]{0,3}$/u;
const NEGATED = /(?:不(?!过)|没|无法|不能|不可以|不会|没法)[^,.!?]{0,4}$/u;

export function invoiceTermsRefused(normalized: string, buyer: string): Composed | null {
  const invoice = /发票|开票|抬头|(?<![门车机包])票/u;
  if (!invoice.test(normalized) && !invoice.test(buyer)) return null;
  // A title both given (个人和公司抬头都可以, 公司抬头没问题): none refused.
  for (const pattern of [TITLE_ONLY, TITLE_REFUSED]) {
    const m = pattern.exec(normalized);
    // A 专票 (VAT special invoice) is a company's only: limiting it to a company title is the rule.
    if (m && /专票/u.test(normalized)) continue;
    if (m && !OTHERS_TITLE.test(normalized.slice(0, m.index + 2)) && !/^(?:不是|并不是|没有)/u.test(normalized.slice(Math.max(0, m.index - 3), m.index))) {
      return { rule: 'invoice-refuse', evidence: m[0] };
    }
  }
  const other = OTHER_NAME.exec(normalized);
  if (other && !NEGATED.test(normalized.slice(0, other.index))) return { rule: 'invoice-refuse', evidence: other[0] };
  const held = heldForReview(normalized);
  if (held && /发票|开票|票|开/u.test(held)) return { rule: 'invoice-refuse', evidence: held };
  return null;
}
