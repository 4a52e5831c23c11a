// 考试: a trainee's exams (start / resume / read the report), a mentor's or lead's exams with
// each trainee's attempts (to review), and the links to compose and to the lead's overview.
import { hrefFor } from '@/app/route';
import { ATTEMPT_STATUS_LABELS, formatDateTime } from '@/app/labels';
import type { MembershipRecord } from '@/db/team-records';
import { ExamListSchema, TraineeExamListSchema } from '@/server/exam-contract';
import { MemberListSchema } from '@/server/api-contract';
import { GrantAttempt, GrantNote } from '@/ui/exam/grant-attempt';
import { AttemptLink } from '@/ui/exam/signed-verdict';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery, EXAM_EVENTS } from '@/ui/team/use-team-query';


export default function ExamsScreen() {
  return (
    <TeamGate roles={['lead', 'mentor', 'trainee']}>
      {(m) => (m.member.role === 'trainee' ? <TraineeExams membership={m} /> : <StaffExams membership={m} />)}
    </TeamGate>
  );
}

function TraineeExams({ membership }: { membership: MembershipRecord }) {
  const q = useTeamQuery(membership, '/api/my/exams', TraineeExamListSchema, EXAM_EVENTS);
  return (
    <section className="exam-screen">
      <h1>我的考试</h1>
      {q.error && <p className="error" role="alert">{q.error}</p>}
      {q.data?.exams.length === 0 && <p className="card">还没有给你安排考试。</p>}
      <ul className="exam-list">
        {q.data?.exams.map((e) => {
          const over = e.attempt !== null && e.attempt.status !== 'active';
          const canStart = e.attempt?.status === 'active' || e.used < e.allowed;
          return (
            <li key={e.id} className="card exam-card">
              <h3>{e.title}</h3>
              <p className="muted">
                共 {e.buyers} 位买家{e.timeLimitMinutes ? ` · 限时 ${e.timeLimitMinutes} 分钟` : ' · 不限时'} · 已用 {e.used}/{e.allowed} 次
              </p>
              {e.attempt && <p>状态：{ATTEMPT_STATUS_LABELS[e.attempt.status]}</p>}
              {e.kind === 'live' && e.attempt?.status === 'active' && (
                <a className="button primary" href={hrefFor({ name: 'live-session', liveId: e.attempt.id })}>
                  进入真人扮演
                </a>
              )}
              {e.kind === 'exam' && canStart && (!over || e.used < e.allowed) && (
                <a className="button primary" href={hrefFor({ name: 'exam-take', examId: e.id })}>
                  {e.attempt?.status === 'active' ? '继续考试' : '开始考试'}
                </a>
              )}
              {e.attempt && e.reportVersion !== null && (
                <a className="button" href={hrefFor({ name: 'exam-report', attemptId: e.attempt.id })}>
                  查看成绩单
                </a>
              )}
              {over && e.reportVersion === null && <p className="muted">已交卷，导师审阅签字后可以查看成绩单。</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function StaffExams({ membership }: { membership: MembershipRecord }) {
  const q = useTeamQuery(membership, '/api/exams', ExamListSchema, EXAM_EVENTS);
  const members = useTeamQuery(membership, '/api/members', MemberListSchema, EXAM_EVENTS);
  const names = new Map((members.data?.members ?? []).map((m) => [m.id, m.name]));
  return (
    <section className="exam-screen">
      <h1>考试</h1>
      <p className="actions">
        <a className="button primary" href={hrefFor({ name: 'exam-compose' })}>
          新建考试
        </a>
        {membership.member.role === 'lead' && (
          <a className="button" href={hrefFor({ name: 'exam-lead' })}>
            成绩与申诉总览
          </a>
        )}
      </p>
      {q.error && <p className="error" role="alert">{q.error}</p>}
      {q.data?.exams.length === 0 && <p className="card">还没有考试。点“新建考试”出一份。</p>}
      {q.data?.exams.map((e) => (
        <article key={e.id} className="card exam-card" aria-label={e.title}>
          <h3>{e.title}</h3>
          <p className="muted">
            {e.buyers.map((b) => b.scenarioTitle).join('、')} · 及格 {e.passMark} 分{e.timeLimitMinutes ? ` · 限时 ${e.timeLimitMinutes} 分钟` : ''} ·{' '}
            {e.release === 'immediate' ? '交卷即公布' : '签字后公布'} · {formatDateTime(e.createdAt)}
          </p>
          <table className="history-table exam-trainees">
            <thead>
              <tr>
                <th>学员</th>
                <th>作答</th>
              </tr>
            </thead>
            <tbody>
              {e.trainees.map((t) => (
                <tr key={t.memberId}>
                  <td>{t.name}</td>
                  <td>
                    {t.attempts.length === 0 && <span className="muted">未开始</span>}
                    {t.attempts.map((a) => (
                      <span key={a.id}>
                        <AttemptLink attempt={a} kind={e.kind} />
                      </span>
                    ))}
                    {e.kind === 'live' &&
                      t.attempts.map((a) => (
                        <a key={`replay-${a.id}`} href={hrefFor({ name: a.status === 'active' ? 'live-session' : 'live-replay', liveId: a.id })}>
                          {a.status === 'active' ? '进入' : '回放'}
                        </a>
                      ))}
                    {t.grant && <GrantNote grant={t.grant} names={names} />}
                    {e.kind === 'exam' && <GrantAttempt membership={membership} examId={e.id} trainee={t} onGranted={q.reload} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
