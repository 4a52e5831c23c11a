// When a reply to an upset buyer that does not acknowledge her is flagged tone-empathy. One
// place for understand() (a reply read after her line) and the scorer (reply-context.ts
// owedFlags), so the report and `understand --buyer` agree.
//
// labelling.md owes empathy when "the buyer's line shows she is upset". When her line shows a
// feeling, an insult, a threat, a failure of the service, stress marks or a grievance, every
// reply that does not take it in owes it, hostile or not (the tuning writers agree: 75 of 81
// such hostile replies, 98 of 109 plain ones labelled). When her line only reports a fault with
// the goods, calmly (鞋子穿两天就开胶了, 衣服洗了缩水了), it does not show she is upset, and the
// writers mostly do not owe it (session 7, all 40 tuning files: of the replies that do not
// acknowledge such a line, 30 labelled and 57 not; plain replies 6 / 12 — chats-i, writer-e, -f,
// -h, -j label none, writer-c, -d, -v and chats-u some; hostile ones 24 / 40; platform 0 / 5).
// So a calm fault report owes no empathy: the reply is graded for what it does instead. A fault
// she stresses (盒子都压扁了, 脸都红了, 才买三天, 这才用几天啊) is no calm report (session 9, tuning
// files: 22 such replies labelled, 10 not; chats-ao, -u, -w, writer-ab, -ai, -aj, -aq, -c, -h, -k).
// Session 9 also counts a refund refused (退款被拒了), messages unanswered (不回消息), fear (都不敢),
// a repeated ask (我都说了) and a counted wait still unmet (快递三天了还没动) as upset, and a doubt
// whether the goods are fake (是不是假货) as pressing a fault only (writer-ab, -aj, -al, -b, -e label
// no empathy on the doubt alone).
import type { Mood } from '@/engine/score/upset';

/**
 * Whether the buyer is upset at her line, so that the next reply owes empathy: the one decision
 * the buyer (buyer/actions.ts trackUpset) and the report (score/upset.ts isUpset) both read.
 * `byState`: what her scenario state or her low mood says (undefined for a real log); `mood`:
 * what her words show (score/upset.ts buyerMood). labelling.md owes empathy when "the buyer's line
 * shows she is upset", so her words count even where the state does not say it (什么破鞋…我要退
 * in a calm opening). A fault she only reports calmly stays calm where the state keeps her calm:
 * the author chose it, and the reply owes the fault an answer; in a real log it is upset (faultOnly).
 */
export function upsetAt(byState: boolean | undefined, mood: Mood | null): boolean {
  if (byState === undefined) return mood !== null;
  return byState || (mood !== null && !mood.faultOnly);
}

/**
 * A reply that does not acknowledge her owes tone-empathy when her line shows she is upset; not
 * when it only reports a fault calmly (`faultOnly`). What else the reply is flagged for does not
 * change what is owed: a hostile reply to an upset buyer owes it too.
 */
export function missesEmpathy(faultOnly: boolean): boolean {
  return !faultOnly;
}
