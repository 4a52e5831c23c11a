// A review applied to the automatic grade (kept beside it, never edited), blind calibration
// (another reviewer's review shows only once both are submitted) and the per-rule differences.
import { RULES } from '@/engine/rules/catalog';
import type { RuleId } from '@/engine/vocabulary';
import type { Calibration, Grade, Review, ReviewItem } from '@/server/exam-contract';
import { ApiError } from '@/server/http/errors';
import type { ReviewRow } from '@/server/repo/exam-repo';
import type { StoredTurn } from '@/server/exam/attempt-state';

export interface ReviewBody {
  items: ReviewItem[];
  comments: Review['comments'];
}

const key = (i: { part: number; turn: number; rule: string }) => `${i.part}:${i.turn}:${i.rule}`;
const round = (n: number) => Math.round(n * 10) / 10;

/** Checks a draft against the grade and the catalog: known items, agent turns (or an automatic item's own turn), points in range. */
export function checkReview(body: ReviewBody, grade: Grade, parts: Array<{ turns: StoredTurn[] }>): void {
  const auto = new Set(grade.parts.flatMap((p) => p.items.map(key)));
  const seen = new Set<string>();
  body.items.forEach((item, n) => {
    const bad = (message: string) => new ApiError('bad_request', '评审内容不对', { issues: [{ path: `items.${n}`, message }] });
    const rule = RULES[item.rule as RuleId];
    if (!rule) throw bad(`规则库里没有 ${item.rule}`);
    if (seen.has(key(item))) throw bad('同一条重复了');
    seen.add(key(item));
    const turn = parts[item.part]?.turns[item.turn];
    // An automatic item may sit on the buyer's line (a missed close is named on her deciding line).
    if (!turn || (turn.role !== 'agent' && !auto.has(key(item)))) throw bad('只能评客服的回复');
    if (item.action === 'add' ? auto.has(key(item)) : !auto.has(key(item))) throw bad(item.action === 'add' ? '这一条自动评分已经有了' : '自动评分里没有这一条');
    if (item.action === 'points' || item.action === 'add') {
      if (item.points === undefined || item.points < 0 || item.points > rule.points) throw bad(`扣分须在 0–${rule.points} 之间`);
    }
  });
  body.comments.forEach((cm, n) => {
    if (!parts[cm.part]?.turns[cm.turn]) throw new ApiError('bad_request', '评语对应的轮次不存在', { issues: [{ path: `comments.${n}`, message: '没有这一轮' }] });
  });
}

export interface AppliedItem {
  part: number;
  turn: number;
  rule: string;
  autoPoints: number | null;
  points: number;
  action: ReviewItem['action'];
  comment: string | null;
}

/**
 * Every item after the review: automatic items not mentioned count as agreed. The mentor's
 * total per buyer is the automatic total moved by the points the review gives back or takes
 * (clamped to 0..100); the attempt's is the mean, as the automatic one.
 */
export function applyReview(grade: Grade, body: ReviewBody): { items: AppliedItem[]; total: number } {
  const decided = new Map(body.items.map((i) => [key(i), i]));
  const items: AppliedItem[] = [];
  for (const part of grade.parts) {
    for (const a of part.items) {
      const d = decided.get(key(a));
      const points = d?.action === 'remove' ? 0 : d?.action === 'points' ? d.points! : a.points;
      items.push({ part: a.part, turn: a.turn, rule: a.rule, autoPoints: a.points, points, action: d?.action ?? 'agree', comment: d?.comment ?? null });
    }
  }
  for (const d of body.items) if (d.action === 'add') items.push({ part: d.part, turn: d.turn, rule: d.rule, autoPoints: null, points: d.points!, action: 'add', comment: d.comment ?? null });
  items.sort((x, y) => x.part - y.part || x.turn - y.turn || x.rule.localeCompare(y.rule));
  const totals = grade.parts.map((p) => {
    const delta = items.filter((i) => i.part === p.index).reduce((s, i) => s + (i.autoPoints ?? 0) - i.points, 0);
    return Math.min(100, Math.max(0, p.total + delta));
  });
  return { items, total: totals.length ? round(totals.reduce((s, t) => s + t, 0) / totals.length) : 0 };
}

export const bodyOf = (r: ReviewRow): ReviewBody => JSON.parse(r.body) as ReviewBody;

export function reviewJson(r: ReviewRow, grade: Grade | null, names: Map<string, string>): Review {
  const body = bodyOf(r);
  return {
    reviewerId: r.reviewer_id,
    reviewerName: names.get(r.reviewer_id) ?? '',
    status: r.status,
    items: body.items,
    comments: body.comments,
    total: grade ? applyReview(grade, body).total : 0,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
  };
}

/** Blind: the viewer's own review, and the others' submitted ones once the viewer's is submitted (a lead who does not review sees them). */
export function visibleReviews(reviews: ReviewRow[], viewerId: string, lead: boolean): ReviewRow[] {
  const own = reviews.find((r) => r.reviewer_id === viewerId);
  const open = own ? own.status === 'submitted' : lead;
  return reviews.filter((r) => r.reviewer_id === viewerId || (r.status === 'submitted' && open));
}

export function calibration(grade: Grade, reviews: ReviewRow[], names: Map<string, string>): Calibration {
  const applied = reviews.map((r) => ({ r, ...applyReview(grade, bodyOf(r)) }));
  const rules = [...new Set(applied.flatMap((a) => a.items.map((i) => i.rule)))].sort();
  return {
    reviewers: applied.map((a) => ({ id: a.r.reviewer_id, name: names.get(a.r.reviewer_id) ?? '', total: a.total })),
    rules: rules.map((rule) => {
      const keys = [...new Set(applied.flatMap((a) => a.items.filter((i) => i.rule === rule).map(key)))].sort();
      const items = keys.map((k) => {
        const [part, turn] = k.split(':').map(Number) as [number, number];
        return { part, turn, rule, points: applied.map((a) => a.items.find((i) => key(i) === k)?.points ?? null) };
      });
      const points = applied.map((a) => a.items.filter((i) => i.rule === rule).reduce((s, i) => s + i.points, 0));
      const differs = items.some((i) => i.points.some((p) => (p ?? 0) !== (i.points[0] ?? 0)));
      return { rule, points, differs, items };
    }),
  };
}
