// 真人扮演 (mentor, lead): open a live session — a trainee, a buyer (built-in or uploaded), a
// variant — and the list of sessions: join the one running (as its mentor, or to watch), replay
// or review the ended ones.
import { useState, type FormEvent } from 'react';
import { hrefFor, navigate } from '@/app/route';
import { formatDateTime, variantLabel } from '@/app/labels';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { MemberListSchema } from '@/server/api-contract';
import { ExamScenarioListSchema, type ExamScenario } from '@/server/exam-contract';
import { LiveListSchema, MentorLiveSchema } from '@/server/live-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { connectionOf, useTeamQuery, LIVE_EVENTS } from '@/ui/team/use-team-query';
import '@/styles/live.css';

export default function LiveScreen() {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Live membership={m} />}</TeamGate>;
}

const refKey = (s: ExamScenario) => `${s.ref.kind}:${s.ref.id}`;

function Live({ membership }: { membership: MembershipRecord }) {
  const scenarios = useTeamQuery(membership, '/api/exam-scenarios', ExamScenarioListSchema, LIVE_EVENTS);
  const members = useTeamQuery(membership, '/api/members', MemberListSchema, LIVE_EVENTS);
  const sessions = useTeamQuery(membership, '/api/live', LiveListSchema, LIVE_EVENTS);
  const [trainee, setTrainee] = useState('');
  const [buyer, setBuyer] = useState('');
  const [variant, setVariant] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const list = scenarios.data?.scenarios ?? [];
  const picked = list.find((s) => refKey(s) === buyer);
  const trainees = (members.data?.members ?? []).filter((m) => m.role === 'trainee');

  const open = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!trainee) return setError('请选择学员');
    if (!picked) return setError('请选择买家');
    setBusy(true);
    try {
      const live = await request(connectionOf(membership), 'POST', '/api/live', MentorLiveSchema, { traineeId: trainee, ref: picked.ref, ...(variant ? { variant } : {}) });
      navigate({ name: 'live-session', liveId: live.id });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="live-screen">
      <h1>真人扮演</h1>
      <form className="card live-open" onSubmit={(e) => void open(e)} aria-label="开始真人扮演">
        <p className="muted">你来扮演买家，学员在自己的电脑上用平常的工作台接待。剧本在旁边给出这个状态的台词和机器的判断，评分与考试相同，结束后在这里评审签字。</p>
        <label>
          学员
          <select value={trainee} onChange={(e) => setTrainee(e.target.value)}>
            <option value="">（选择学员）</option>
            {trainees.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          买家
          <select
            value={buyer}
            onChange={(e) => {
              setBuyer(e.target.value);
              const s = list.find((x) => refKey(x) === e.target.value);
              setVariant(s?.variants.includes('normal') ? 'normal' : '');
            }}
          >
            <option value="">（选择买家）</option>
            {list.map((s) => (
              <option key={refKey(s)} value={refKey(s)}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        {picked && picked.variants.length > 0 && (
          <label>
            性格
            <select value={variant} onChange={(e) => setVariant(e.target.value)}>
              <option value="">默认</option>
              {picked.variants.map((v) => (
                <option key={v} value={v}>
                  {variantLabel(v)}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>
          开始真人扮演
        </button>
      </form>
      {sessions.error && <p className="error" role="alert">{sessions.error}</p>}
      <table className="history-table live-sessions" aria-label="真人扮演记录">
        <thead>
          <tr>
            <th>学员</th>
            <th>买家</th>
            <th>导师</th>
            <th>开始</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sessions.data?.sessions.map((s) => (
            <tr key={s.id}>
              <td>{s.trainee.name}</td>
              <td>{s.scenarioTitle}</td>
              <td>{s.mentor.name}</td>
              <td>{formatDateTime(s.startedAt)}</td>
              <td>
                {s.status === 'active' ? (
                  <a href={hrefFor({ name: 'live-session', liveId: s.id })}>{s.mentor.id === membership.member.id ? '继续扮演' : '旁听'}</a>
                ) : (
                  <>
                    <a href={hrefFor({ name: 'live-replay', liveId: s.id })}>回放</a> · <a href={hrefFor({ name: 'exam-review', attemptId: s.id })}>评审</a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.data?.sessions.length === 0 && <p className="card">还没有真人扮演。</p>}
    </section>
  );
}
