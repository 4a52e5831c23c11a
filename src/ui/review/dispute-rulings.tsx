// The mentor's (or lead's) ruling on a trainee's disputes: accept / partly / reject with a
// comment. Recorded only — the result changes through a new signed version.
import { useState } from 'react';
import { formatDateTime } from '@/app/labels';
import { errorText, request, type Connection } from '@/app/team/api-client';
import { DisputeSchema, RulingSchema, type Dispute } from '@/server/exam-contract';
import { ruleTitle } from '@/ui/team/rule-list';

export const DECISION: Record<Dispute['status'], string> = { open: '待裁定', accept: '接受', partly: '部分接受', reject: '驳回' };

export function DisputeRulings({ conn, disputes, onChange }: { conn: Connection; disputes: Dispute[]; onChange: () => void }) {
  if (disputes.length === 0) return <p className="muted">学员没有申诉。</p>;
  return (
    <ul className="dispute-list">
      {disputes.map((d) => (
        <li key={d.id} className="card dispute" aria-label={`申诉 ${ruleTitle(d.rule)}`}>
          <p>
            第{d.part + 1}位买家 · 第{d.turn + 1}句 · {ruleTitle(d.rule)}（第 {d.version} 版）
          </p>
          <p>学员理由：{d.reason}</p>
          {d.ruling ? (
            <p>
              <strong>{DECISION[d.status]}</strong> · {d.ruling.byName} {formatDateTime(d.ruling.at)}：{d.ruling.comment}
            </p>
          ) : (
            <RulingForm conn={conn} dispute={d} onDone={onChange} />
          )}
        </li>
      ))}
    </ul>
  );
}

function RulingForm({ conn, dispute, onDone }: { conn: Connection; dispute: Dispute; onDone: () => void }) {
  const [decision, setDecision] = useState<'accept' | 'partly' | 'reject'>('accept');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const parsed = RulingSchema.safeParse({ decision, comment });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join('；'));
    try {
      await request(conn, 'POST', `/api/disputes/${encodeURIComponent(dispute.id)}/ruling`, DisputeSchema, parsed.data);
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="ruling-form no-print">
      <label>
        裁定
        <select value={decision} onChange={(e) => setDecision(e.target.value as typeof decision)}>
          <option value="accept">接受</option>
          <option value="partly">部分接受</option>
          <option value="reject">驳回</option>
        </select>
      </label>
      <label>
        裁定理由
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="button" className="primary" onClick={() => void submit()}>
        提交裁定
      </button>
      <p className="muted">裁定只做记录；要改成绩，请在上方重新签字生成新版本。</p>
    </div>
  );
}
