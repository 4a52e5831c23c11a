// A signed report version as read and printed: verdict, the automatic score beside the
// mentor's, each item with both points and the comment, the transcript with server times.
import { formatDateTime } from '@/app/labels';
import type { Report } from '@/server/exam-contract';
import { ruleTitle } from '@/ui/team/rule-list';
import { turnKey } from '@/ui/review/rule-points';

const ACTION: Record<string, string> = { agree: '维持', remove: '撤销', points: '改分', add: '补充' };

function clock(at: number): string {
  return new Date(at).toLocaleTimeString('zh-CN', { hour12: false });
}

export function ReportView({ report, title }: { report: Report; title?: string }) {
  const comments = new Map(report.comments.map((c) => [turnKey(c), c.text]));
  return (
    <article className="exam-report" aria-label="成绩单">
      <header>
        <h2>{title ?? '考试成绩单'} · 第 {report.version} 版</h2>
        <p className={`verdict verdict-${report.verdict}`}>{report.verdict === 'pass' ? '通过' : '未通过'}</p>
        <p>
          导师评分 <strong>{report.mentorTotal}</strong> 分 · 自动评分 {report.automatic.total} 分（及格 {report.automatic.passMark} 分）
        </p>
        <p className="muted">
          {report.signedBy.name} 签字于 {formatDateTime(report.signedAt)}
          {report.acknowledgedAt !== null ? ` · 学员已确认于 ${formatDateTime(report.acknowledgedAt)}` : ''}
        </p>
        <p className="report-summary">总结：{report.summary}</p>
        {report.resolves.length > 0 && <p className="report-resolves">本版处理了学员的 {report.resolves.length} 条申诉（之前的版本保留不变）。</p>}
      </header>
      <section aria-label="扣分项">
        <h3>扣分项</h3>
        {report.items.length === 0 ? (
          <p className="muted">没有扣分项。</p>
        ) : (
          <table className="report-items">
            <thead>
              <tr>
                <th>买家 / 回合</th>
                <th>规则</th>
                <th>自动</th>
                <th>导师</th>
                <th>处理</th>
                <th>评语</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((i) => (
                <tr key={`${i.part}:${i.turn}:${i.rule}`}>
                  <td>
                    第{i.part + 1}位 · 第{i.turn + 1}句
                  </td>
                  <td>{ruleTitle(i.rule)}</td>
                  <td>{i.autoPoints ?? '—'}</td>
                  <td>{i.points}</td>
                  <td>{ACTION[i.action]}</td>
                  <td>{i.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="对话记录">
        <h3>对话记录</h3>
        {report.parts.map((p) => (
          <div key={p.index} className="report-part">
            <h4>第 {p.index + 1} 位买家</h4>
            <ol className="report-turns">
              {p.turns.map((t, i) => (
                <li key={i} className={`report-turn ${t.role}`}>
                  <span className="who">
                    {t.role === 'buyer' ? '买家' : '客服'} {clock(t.at)}
                  </span>{' '}
                  {t.text}
                  {comments.get(turnKey({ part: p.index, turn: i })) && (
                    <p className="turn-comment">导师：{comments.get(turnKey({ part: p.index, turn: i }))}</p>
                  )}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </article>
  );
}
