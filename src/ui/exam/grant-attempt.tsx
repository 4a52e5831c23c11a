// One more attempt for a trainee (补考): a mentor of that trainee or the lead gives it once, with a
// reason the server records; the row of attempts then shows who gave it, when and why.
import { useState } from 'react';
import { formatDateTime } from '@/app/labels';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { EXAM_LIMITS, ExamSchema, type Exam } from '@/server/exam-contract';
import { connectionOf } from '@/ui/team/use-team-query';

type ExamTrainee = Exam['trainees'][number];

/** The grant in an attempt's history: 补考 with its reason, who and when. */
export function GrantNote({ grant, names }: { grant: NonNullable<ExamTrainee['grant']>; names: Map<string, string> }) {
  return (
    <p className="grant-note">
      已允许补考 · {names.get(grant.by) ?? '导师'} · {formatDateTime(grant.at)}：<span className="grant-reason">{grant.reason}</span>
    </p>
  );
}

/** The 允许补考 button and its reason form, shown once every allowed attempt is over. */
export function GrantAttempt({ membership, examId, trainee, onGranted }: { membership: MembershipRecord; examId: string; trainee: ExamTrainee; onGranted: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const used = trainee.attempts.length;
  const over = used >= trainee.allowed && trainee.attempts.every((a) => a.status !== 'active');
  if (trainee.grant !== null || used === 0 || !over) return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        允许补考
      </button>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError('请填写补考原因，会记录在考试记录里');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(connectionOf(membership), 'POST', `/api/exams/${encodeURIComponent(examId)}/grants`, ExamSchema, { traineeId: trainee.memberId, reason: reason.trim() });
      setOpen(false);
      onGranted();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="grant-form" aria-label={`给${trainee.name}补考`} onSubmit={(e) => void submit(e)}>
      <label>
        补考原因
        <textarea value={reason} maxLength={EXAM_LIMITS.comment} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      <p className="muted">只能补考一次；原因会和你的名字、时间一起记下。</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        确认补考
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        取消
      </button>
    </form>
  );
}
