// 回放 (mentor, lead): a live session stepped through message by message — the buyer's lines,
// the trainee's replies, the mentor's steers and the end — with the grade at the end.
import { useState } from 'react';
import { hrefFor } from '@/app/route';
import { OUTCOME_LABELS } from '@/app/labels';
import type { MembershipRecord } from '@/db/team-records';
import { MentorLiveSchema } from '@/server/live-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery, LIVE_EVENTS } from '@/ui/team/use-team-query';
import { LiveTranscript, steerText } from '@/ui/live/live-transcript';
import '@/styles/live.css';

export default function LiveReplayScreen({ liveId }: { liveId: string }) {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Replay membership={m} liveId={liveId} />}</TeamGate>;
}

function Replay({ membership, liveId }: { membership: MembershipRecord; liveId: string }) {
  const q = useTeamQuery(membership, `/api/live/${encodeURIComponent(liveId)}`, MentorLiveSchema, LIVE_EVENTS);
  const [step, setStep] = useState(1);
  if (!q.data) return q.error ? <p className="error card" role="alert">{q.error}</p> : <p className="loading">加载回放…</p>;
  const view = q.data;
  const total = view.messages.length;
  const at = Math.min(step, total);
  const shown = view.messages.slice(0, at);
  const current = shown.at(-1);
  return (
    <section className="live-replay card" aria-label="真人扮演回放">
      <h1>回放：{view.trainee.name} · {view.scenario.title}</h1>
      <p className="muted">
        {view.mentor.name} 老师扮演 · 共 {total} 条（含转向）
      </p>
      <p className="actions replay-steps">
        <button type="button" disabled={at <= 1} onClick={() => setStep(Math.max(1, at - 1))}>
          上一步
        </button>
        <span role="status" aria-label="回放进度">
          第 {at} / {total} 条{current && current.kind !== 'buyer' && current.kind !== 'agent' ? `：${steerText(current)}` : ''}
        </span>
        <button type="button" disabled={at >= total} onClick={() => setStep(at + 1)}>
          下一步
        </button>
        <button type="button" disabled={at >= total} onClick={() => setStep(total)}>
          到结尾
        </button>
      </p>
      <LiveTranscript messages={shown} {...(current ? { current: current.seq } : {})} />
      {at === total && view.grade && (
        <p>
          结局：{view.grade.parts[0]?.outcome ? OUTCOME_LABELS[view.grade.parts[0].outcome] : '未定'} · 自动评分 {view.grade.total} 分
        </p>
      )}
      <p className="actions">
        <a className="button" href={hrefFor({ name: 'exam-review', attemptId: view.id })}>
          评审与签字
        </a>
        <a href={hrefFor({ name: 'live' })}>返回真人扮演</a>
      </p>
    </section>
  );
}
