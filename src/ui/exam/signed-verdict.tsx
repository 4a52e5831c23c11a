// An attempt in the staff's exam lists: its link with number and status, and the signed
// verdict beside it (通过/未通过, the mentor's total, who signed and when). No verdict is shown
// until the attempt has a signed version.
import { hrefFor } from '@/app/route';
import { ATTEMPT_STATUS_LABELS, formatDateTime } from '@/app/labels';
import type { ExamKind, ExamTrainee, SignedBrief } from '@/server/exam-contract';

/** 第N次 · status, linked to the attempt's review; a live session that is not running reads 已结束. */
export function AttemptLink({ attempt, kind }: { attempt: ExamTrainee['attempts'][number]; kind: ExamKind }) {
  return (
    <>
      <a href={hrefFor({ name: 'exam-review', attemptId: attempt.id })}>
        第{attempt.number}次 · {kind === 'live' && attempt.status !== 'active' ? '已结束' : ATTEMPT_STATUS_LABELS[attempt.status]}
      </a>{' '}
      <SignedVerdict signed={attempt.signed} />
    </>
  );
}

export function SignedVerdict({ signed }: { signed: SignedBrief | undefined }) {
  if (!signed) return null;
  const by = signed.by.name || '导师';
  return (
    <span className={`signed-verdict verdict-${signed.verdict}`}>
      {signed.verdict === 'pass' ? '通过' : '未通过'} · {signed.total}分 · {by}签字 {formatDateTime(signed.at)}
      {signed.version > 1 ? `（第${signed.version}版）` : ''}
    </span>
  );
}
