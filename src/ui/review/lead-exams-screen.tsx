// The lead's exam overview: each exam's results, the open disputes, the share of rulings that
// accepted a dispute per mentor and per rule, and calibration differences per rule.
import { useState } from 'react';
import { hrefFor } from '@/app/route';
import type { MembershipRecord } from '@/db/team-records';
import { CalibrationSchema, DisputeOverviewSchema, ExamListSchema } from '@/server/exam-contract';
import { AttemptLink } from '@/ui/exam/signed-verdict';
import { TeamGate } from '@/ui/team/team-gate';
import { ruleTitle } from '@/ui/team/rule-list';
import { useTeamQuery, EXAM_EVENTS } from '@/ui/team/use-team-query';

export default function ExamLeadScreen() {
  return <TeamGate roles={['lead']}>{(m) => <Overview membership={m} />}</TeamGate>;
}

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

function Overview({ membership }: { membership: MembershipRecord }) {
  const exams = useTeamQuery(membership, '/api/exams', ExamListSchema, EXAM_EVENTS);
  const disputes = useTeamQuery(membership, '/api/team/disputes', DisputeOverviewSchema, EXAM_EVENTS);
  const [calibrate, setCalibrate] = useState<string | null>(null);
  const d = disputes.data;
  return (
    <section className="exam-lead">
      <h1>考试总览</h1>
      {(exams.error ?? disputes.error) && <p className="error" role="alert">{exams.error ?? disputes.error}</p>}
      <section className="card" aria-label="考试结果">
        <h2>结果</h2>
        <table className="history-table">
          <thead>
            <tr>
              <th>考试</th>
              <th>学员</th>
              <th>作答</th>
            </tr>
          </thead>
          <tbody>
            {exams.data?.exams.flatMap((e) =>
              e.trainees.map((t) => (
                <tr key={`${e.id}-${t.memberId}`}>
                  <td>{e.title}</td>
                  <td>{t.name}</td>
                  <td>
                    {t.attempts.length === 0 && <span className="muted">未开始</span>}
                    {t.attempts.map((a) => (
                      <span key={a.id}>
                        <AttemptLink attempt={a} kind={e.kind} />{' '}
                        <button type="button" className="link" onClick={() => setCalibrate(a.id)}>
                          校准
                        </button>
                      </span>
                    ))}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
      <section className="card" aria-label="待裁定申诉">
        <h2>待裁定的申诉</h2>
        {d?.open.length === 0 && <p className="muted">没有待裁定的申诉。</p>}
        <ul>
          {d?.open.map((o) => (
            <li key={o.id}>
              <a href={hrefFor({ name: 'exam-review', attemptId: o.attemptId })}>
                {o.traineeName} · {o.examTitle} · {ruleTitle(o.rule)}
              </a>
              ：{o.reason}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-label="申诉接受率">
        <h2>申诉接受率</h2>
        <div className="share-tables">
          <ShareTable title="按导师" rows={(d?.byMentor ?? []).map((m) => ({ key: m.mentorId, label: m.name, ...m }))} />
          <ShareTable title="按规则" rows={(d?.byRule ?? []).map((r) => ({ key: r.rule, label: ruleTitle(r.rule), ...r }))} />
        </div>
      </section>
      {calibrate && <CalibrationView membership={membership} attemptId={calibrate} />}
    </section>
  );
}

function ShareTable({ title, rows }: { title: string; rows: { key: string; label: string; rulings: number; accepted: number; partly: number; share: number | null }[] }) {
  return (
    <table className="history-table" aria-label={title}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th />
          <th>裁定</th>
          <th>接受</th>
          <th>部分接受</th>
          <th>接受率</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={5} className="muted">
              还没有裁定
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td>{r.rulings}</td>
            <td>{r.accepted}</td>
            <td>{r.partly}</td>
            <td>{pct(r.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CalibrationView({ membership, attemptId }: { membership: MembershipRecord; attemptId: string }) {
  const q = useTeamQuery(membership, `/api/attempts/${encodeURIComponent(attemptId)}/calibration`, CalibrationSchema, EXAM_EVENTS);
  return (
    <section className="card" aria-label="校准差异">
      <h2>校准：两位导师的差异（按规则）</h2>
      {q.error && <p className="error" role="alert">{q.error}</p>}
      {q.data && (
        <table className="history-table">
          <thead>
            <tr>
              <th>规则</th>
              {q.data.reviewers.map((r) => (
                <th key={r.id}>
                  {r.name}（{r.total}分）
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.data.rules.map((r) => (
              <tr key={r.rule} className={r.differs ? 'differs' : undefined}>
                <td>
                  {ruleTitle(r.rule)}
                  {r.differs ? ' ≠' : ''}
                </td>
                {r.points.map((p, i) => (
                  <td key={i}>{p}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
