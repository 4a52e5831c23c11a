// The trainee's exam workbench: the practice workbench without hints, mood, title or persona —
// a neutral card (一位买家正在等待), the lines the server sends, the server's shop facts. The
// buyer runs on the server; this page only shows what it answers. A reload resumes the attempt.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hrefFor } from '@/app/route';
import { errorText, request } from '@/app/team/api-client';
import { subscribeTeamEvents } from '@/app/team/team-events';
import { formatSeconds } from '@/app/labels';
import type { MembershipRecord } from '@/db/team-records';
import { TraineeAttemptSchema, type TraineeAttempt } from '@/server/exam-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { MessageList } from '@/ui/workbench/message-list';
import { ReplyBox } from '@/ui/workbench/reply-box';
import { SidePanel } from '@/ui/workbench/side-panel';
import { connectionOf } from '@/ui/team/use-team-query';
import { useFocusReport } from '@/ui/exam/use-focus-report';
import { useServerReply } from '@/ui/team/use-server-reply';

export default function ExamTakeScreen({ examId }: { examId: string }) {
  return <TeamGate roles={['trainee']}>{(m) => <Take membership={m} examId={examId} />}</TeamGate>;
}

function useServerClock(attempt: TraineeAttempt | null): number {
  // The server's clock, carried forward by the local one since the last answer.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(id);
  }, []);
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (attempt) setOffset(attempt.now - Date.now());
  }, [attempt]);
  void tick;
  return Date.now() + offset;
}

function Take({ membership, examId }: { membership: MembershipRecord; examId: string }) {
  const conn = useMemo(() => connectionOf(membership), [membership]);
  const [attempt, setAttempt] = useState<TraineeAttempt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useServerClock(attempt);
  const path = attempt ? `/api/attempts/${encodeURIComponent(attempt.id)}` : null;

  useEffect(() => {
    let live = true;
    request(conn, 'POST', `/api/exams/${encodeURIComponent(examId)}/attempt`, TraineeAttemptSchema).then(
      (a) => live && setAttempt(a),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [conn, examId]);

  const refresh = useCallback(() => {
    if (!path) return;
    request(conn, 'GET', path, TraineeAttemptSchema).then(setAttempt, (e: unknown) => setError(errorText(e)));
  }, [conn, path]);

  // Nudges and the time limit happen on server time: ask again when the next one is due.
  const part = attempt && attempt.current !== null ? attempt.parts[attempt.current] : undefined;
  const dueAt = [part?.waitsUntil, attempt?.status === 'active' ? attempt.deadline : null].filter((t): t is number => typeof t === 'number');
  const nextDue = dueAt.length ? Math.min(...dueAt) : null;
  useEffect(() => {
    if (!attempt || nextDue === null) return;
    const id = setTimeout(refresh, Math.max(0, nextDue - attempt.now) + 300);
    return () => clearTimeout(id);
  }, [attempt, nextDue, refresh]);

  useEffect(() => {
    if (!attempt) return;
    return subscribeTeamEvents(membership.base, membership.token, (event) => {
      if (event.type === 'exam' && event.attemptId === attempt.id) refresh();
    });
  }, [membership.base, membership.token, attempt?.id, refresh]); // eslint-disable-line react-hooks/exhaustive-deps

  useFocusReport(conn, attempt?.id ?? null, attempt?.status === 'active');

  const draftKey = attempt ? `exam-${attempt.id}` : 'exam';
  const { send, sending } = useServerReply({
    draftKey,
    post: path ? (text) => request(conn, 'POST', `${path}/reply`, TraineeAttemptSchema, { text }) : null,
    onSent: setAttempt,
    setError,
  });
  const endPart = () => {
    if (!path) return;
    request(conn, 'POST', `${path}/end-part`, TraineeAttemptSchema).then(setAttempt, (e: unknown) => setError(errorText(e)));
  };

  if (!attempt) return error ? <p className="error card" role="alert">{error}</p> : <p className="loading">正在进入考试…</p>;

  if (attempt.status !== 'active' || !part) {
    return (
      <section className="card exam-done" role="status">
        <h1>{attempt.status === 'expired' ? '考试时间到，已自动交卷' : '已交卷'}</h1>
        <p>{attempt.title}：辛苦了。</p>
        {attempt.reportVersion !== null ? (
          <a className="button primary" href={hrefFor({ name: 'exam-report', attemptId: attempt.id })}>
            查看成绩单
          </a>
        ) : (
          <p className="muted">导师审阅签字后，你可以在“考试”里查看成绩单。</p>
        )}
        <a href={hrefFor({ name: 'exams' })}>返回考试列表</a>
      </section>
    );
  }

  const lastBuyer = [...part.turns].reverse().find((t) => t.role === 'buyer');
  const waiting = part.turns.at(-1)?.role === 'buyer' && lastBuyer ? Math.max(0, Math.round((now - lastBuyer.at) / 1000)) : null;
  const left = attempt.deadline !== null ? Math.max(0, Math.round((attempt.deadline - now) / 1000)) : null;
  const isLast = attempt.current === attempt.parts.length - 1;

  return (
    <div className="workbench exam-workbench">
      <aside className="pane pane-left" aria-label="接待中">
        <h2 className="pane-title">{attempt.title}</h2>
        <div className="contact active">
          <span className="avatar" aria-hidden="true">
            客
          </span>
          <div>
            <strong>一位买家正在等待</strong>
            <small>
              第 {part.index + 1} / {attempt.parts.length} 位
            </small>
          </div>
        </div>
        {waiting === null ? <p className="wait-timer idle">买家未在等待</p> : <p className="wait-timer" role="timer">买家已等待 <strong>{formatSeconds(waiting)}</strong></p>}
        {left !== null && (
          <p className={`exam-clock${left < 60 ? ' late' : ''}`} role="timer" aria-label="剩余时间">
            剩余时间 {formatSeconds(left)}
          </p>
        )}
        <button type="button" className="danger" onClick={endPart}>
          {isLast ? '结束对话并交卷' : '结束对话，下一位'}
        </button>
      </aside>
      <section className="pane pane-chat" aria-label="对话">
        <header className="chat-head">
          <strong>买家</strong>
          <span className="muted">{part.shop?.name ?? '本店'}{part.shop ? ` · ${part.shop.product.name}` : ''}</span>
        </header>
        <MessageList turns={part.turns} typing={false} buyerName="买家" />
        {error && <p className="error" role="alert">{error}</p>}
        <ReplyBox sessionId={draftKey} disabled={sending} onSend={send} />
      </section>
      {part.shop && <SidePanel shop={part.shop} sessionId={draftKey} />}
    </div>
  );
}
