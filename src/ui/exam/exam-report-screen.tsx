// The trainee's released report: read it, then acknowledge it or dispute items with a reason.
import { deductionLabel } from '@/app/labels';
import { useMemo, useState } from 'react';
import { hrefFor } from '@/app/route';
import { errorText, request, requestEmpty } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { DisputeCreateSchema, DisputeListSchema, ReportSchema } from '@/server/exam-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { ruleTitle } from '@/ui/team/rule-list';
import { connectionOf, useTeamQuery, EXAM_EVENTS } from '@/ui/team/use-team-query';
import { ReportView } from '@/ui/review/report-view';
import { DECISION } from '@/ui/review/dispute-rulings';
import { disputable, itemKey } from '@/ui/review/rule-points';

export default function ExamReportScreen({ attemptId }: { attemptId: string }) {
  return <TeamGate roles={['trainee', 'mentor', 'lead']}>{(m) => <TraineeReport membership={m} attemptId={attemptId} />}</TeamGate>;
}

function TraineeReport({ membership, attemptId }: { membership: MembershipRecord; attemptId: string }) {
  const conn = useMemo(() => connectionOf(membership), [membership]);
  const base = `/api/attempts/${encodeURIComponent(attemptId)}`;
  const report = useTeamQuery(membership, `${base}/report`, ReportSchema, EXAM_EVENTS);
  const disputes = useTeamQuery(membership, `${base}/disputes`, DisputeListSchema, EXAM_EVENTS);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  if (report.error) return <p className="card error" role="alert">{report.error}</p>;
  const r = report.data;
  if (!r) return <p className="loading">加载中…</p>;
  const disputed = new Map((disputes.data?.disputes ?? []).map((d) => [itemKey(d), d]));
  // Only what the report still charges can be disputed; a report with nothing left to dispute offers no form.
  const open = disputable(r.items, disputed);
  const openKeys = new Set(open.map(itemKey));

  const acknowledge = async () => {
    setError(null);
    try {
      await requestEmpty(conn, 'POST', `${base}/acknowledge`, { version: r.version });
      setNote('已确认成绩单');
      report.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const dispute = async () => {
    setError(null);
    const items = r.items.filter((i) => picked.includes(itemKey(i))).map((i) => ({ part: i.part, turn: i.turn, rule: i.rule, reason: reasons[itemKey(i)] ?? '' }));
    const parsed = DisputeCreateSchema.safeParse({ version: r.version, items });
    if (!parsed.success) return setError(items.length === 0 ? '请先勾选要申诉的扣分项' : parsed.error.issues.map((i) => i.message).join('；'));
    try {
      await request(conn, 'POST', `${base}/disputes`, DisputeListSchema, parsed.data);
      setPicked([]);
      setNote('申诉已提交，导师会逐条裁定');
      disputes.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="exam-trainee-report">
      <ReportView report={r} />
      <section className="card no-print" aria-label="确认或申诉">
        <h2>确认或申诉</h2>
        {r.acknowledgedAt === null && (
          <button type="button" className="primary" onClick={() => void acknowledge()}>
            我已阅读并确认
          </button>
        )}
        {open.length > 0 ? <p className="muted">对某条扣分有异议：勾选它，写明理由，提交申诉。</p> : disputed.size === 0 && <p className="muted">这份成绩单没有可申诉的扣分项。</p>}
        <ul className="dispute-pick">
          {r.items.map((i) => {
            const k = itemKey(i);
            const d = disputed.get(k);
            return (
              <li key={k} aria-label={`申诉项 ${ruleTitle(i.rule)}`}>
                {d ? (
                  <span>
                    {ruleTitle(i.rule)}（第{i.part + 1}位·第{i.turn + 1}句）：已申诉 · {DECISION[d.status]}
                    {d.ruling ? ` · ${d.ruling.comment}` : ''}
                  </span>
                ) : !openKeys.has(k) ? (
                  <span>
                    {ruleTitle(i.rule)}（第{i.part + 1}位·第{i.turn + 1}句）：导师已撤销
                  </span>
                ) : (
                  <>
                    <label className="check">
                      <input type="checkbox" checked={picked.includes(k)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, k] : p.filter((x) => x !== k)))} />
                      {ruleTitle(i.rule)}（第{i.part + 1}位·第{i.turn + 1}句，{deductionLabel(i.points)}）
                    </label>
                    {picked.includes(k) && (
                      <label>
                        理由
                        <input value={reasons[k] ?? ''} onChange={(e) => setReasons({ ...reasons, [k]: e.target.value })} />
                      </label>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {open.length > 0 && (
          <button type="button" onClick={() => void dispute()}>
            提交申诉
          </button>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        {note && <p role="status">{note}</p>}
        <p>
          <a href={hrefFor({ name: 'exams' })}>返回考试列表</a>
        </p>
      </section>
    </section>
  );
}
