// Exam rows → the exam contract's JSON. The trainee's shapes are built field by field from a
// whitelist: nothing of the scenario but the buyer's spoken lines and the shop facts without
// the floor can reach them.
import type { Exam, ExamShop, MentorAttempt, SignedBrief, TraineeAttempt } from '@/server/exam-contract';
import { loadSource } from '@/server/exam/scenarios';
import { waitsUntil } from '@/server/exam/attempt-state';
import type { LiveAttempt } from '@/server/exam/attempts';
import { buyersOf } from '@/server/exam/attempts';
import type { AttemptRow, ExamRow, ExamTraineeRow } from '@/server/repo/exam-repo';
import type { MemberRow } from '@/server/repo/people-repo';
import { memberJson } from '@/server/http/present';

/** The latest signed version of an attempt, for the staff's lists (see `latestReports`). */
export interface SignedRow {
  attempt_id: string;
  version: number;
  signed_by: string;
  signed_at: number;
  verdict: 'pass' | 'fail';
  total: number;
}

function signedJson(r: SignedRow, names: Map<string, string>): SignedBrief {
  return { version: r.version, verdict: r.verdict, total: r.total, by: { id: r.signed_by, name: names.get(r.signed_by) ?? '' }, at: r.signed_at };
}

/** The staff's view of an exam (never sent to a trainee): `signed` holds each attempt's latest signed version. */
export function examJson(exam: ExamRow, trainees: ExamTraineeRow[], attempts: AttemptRow[], names: Map<string, string>, signed: SignedRow[] = []): Exam {
  const signedOf = new Map(signed.map((r) => [r.attempt_id, r]));
  return {
    id: exam.id,
    kind: exam.kind,
    title: exam.title,
    buyers: buyersOf(exam).map((b) => ({
      ref: b.ref,
      ...(b.variant ? { variant: b.variant } : {}),
      seed: b.seed,
      scenarioId: b.scenarioId,
      scenarioTitle: b.title,
      hash: b.hash,
      ...(b.version !== undefined ? { version: b.version } : {}),
    })),
    passMark: exam.pass_mark,
    timeLimitMinutes: exam.time_limit_minutes,
    release: exam.release,
    createdBy: exam.created_by,
    createdAt: exam.created_at,
    trainees: trainees
      .filter((t) => t.exam_id === exam.id)
      .map((t) => ({
        memberId: t.trainee_id,
        name: names.get(t.trainee_id) ?? '',
        allowed: t.allowed,
        attempts: attempts.filter((a) => a.exam_id === exam.id && a.trainee_id === t.trainee_id)
          .map((a) => {
            const s = signedOf.get(a.id);
            return { id: a.id, number: a.number, status: a.status, ...(s ? { signed: signedJson(s, names) } : {}) };
          }),
        grant: t.grant_by !== null ? { by: t.grant_by, at: t.grant_at ?? 0, reason: t.grant_reason ?? '' } : null,
      })),
  };
}

/**
 * Drops every text that gives the floor away (a note like “底价179，不能再低”): one that names
 * 底价 or any floor of the scenario (its variants' too) as a number.
 */
function withoutFloor<T>(value: T, floors: number[]): T | undefined {
  if (typeof value === 'string') {
    const leaks = value.includes('底价') || floors.some((f) => new RegExp(`(?<![\\d.])${f}(?![\\d])`).test(value));
    return leaks ? undefined : value;
  }
  if (Array.isArray(value)) return value.map((v) => withoutFloor(v, floors)).filter((v) => v !== undefined) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutFloor(v, floors);
      if (kept !== undefined) out[k] = kept;
    }
    return out as T;
  }
  return value;
}

/** The shop facts panel: the shop without the floor price, nor any text that tells it. */
export function shopFacts(file: string, source: string): ExamShop {
  const { shop, persona } = loadSource(file, source).scenario;
  const floors = [shop.product.floor, ...Object.values(persona.variants ?? {}).flatMap((v) => (v.floor !== undefined ? [v.floor] : []))];
  const { floor: _floor, ...product } = shop.product;
  return withoutFloor({ ...shop, product }, floors) as ExamShop;
}

export function traineeAttemptJson(a: LiveAttempt, now: number, reportVersion: number | null): TraineeAttempt {
  return {
    id: a.row.id,
    examId: a.exam.id,
    title: a.exam.title,
    number: a.row.number,
    status: a.row.status,
    startedAt: a.row.started_at,
    endedAt: a.row.ended_at,
    deadline: a.row.deadline,
    now,
    current: a.state.current,
    parts: a.state.parts.map((part, index) => {
      const buyer = a.buyers[index]!;
      return {
        index,
        status: part.status,
        turns: part.turns.map((t) => ({ role: t.role, text: t.text, at: t.at })),
        shop: part.status === 'pending' ? null : shopFacts(buyer.file, buyer.source),
        waitsUntil: a.row.status === 'active' && a.state.current === index ? waitsUntil(a.state, a.buyers, index) : null,
      };
    }),
    reportVersion,
  };
}

export function mentorAttemptBase(a: LiveAttempt, trainee: MemberRow, focus: Array<{ kind: string; at: number; part: number | null }>): Omit<MentorAttempt, 'reviews' | 'hiddenReviews' | 'versions'> {
  return {
    id: a.row.id,
    examId: a.exam.id,
    trainee: memberJson(trainee),
    number: a.row.number,
    status: a.row.status,
    startedAt: a.row.started_at,
    endedAt: a.row.ended_at,
    parts: a.state.parts.map((part, index) => ({
      index,
      scenarioId: a.buyers[index]!.scenarioId,
      variant: a.buyers[index]!.variant ?? null,
      turns: part.turns.map((t) => ({
        role: t.role,
        text: t.text,
        at: t.at,
        ...(t.state !== undefined ? { state: t.state } : {}),
        ...(t.mood !== undefined ? { mood: t.mood } : {}),
        ...(t.timedOut ? { timedOut: true } : {}),
      })),
    })),
    focus: focus.map((f) => ({ kind: f.kind as 'hidden', at: f.at, part: f.part })),
    grade: a.grade,
  };
}
