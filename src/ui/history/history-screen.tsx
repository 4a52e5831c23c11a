// Every past session, filterable by buyer, with the three scores over time. Loaded only
// when opened; the chart is a further lazy chunk.
import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listSessions, deleteSession } from '@/db/sessions';
import { getCatalog } from '@/app/scenario-catalog';
import { formatDateTime, outcomeLabel } from '@/app/labels';
import { hrefFor, navigate } from '@/app/route';

const ScoreChart = lazy(() => import('@/ui/history/score-chart'));

export default function HistoryScreen({ scenarioId }: { scenarioId: string | undefined }) {
  const all = useLiveQuery(listSessions, [], undefined);
  const { scenarios } = getCatalog();
  if (all === undefined) return <p className="loading">加载历史…</p>;
  const sessions = scenarioId ? all.filter((s) => s.scenarioId === scenarioId) : all;
  const ended = sessions.filter((s) => s.status === 'ended' && s.summary);
  const titles = new Map(all.map((s) => [s.scenarioId, s.scenarioTitle]));
  for (const s of scenarios) titles.set(s.id, s.title);

  return (
    <div className="history">
      <header className="card history-head">
        <h1>历史与进步</h1>
        <label>
          按买家筛选
          <select
            value={scenarioId ?? ''}
            onChange={(e) => navigate(e.target.value ? { name: 'history', scenarioId: e.target.value } : { name: 'history' })}
          >
            <option value="">全部买家</option>
            {[...titles].map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </header>
      <section className="card" aria-label="得分趋势">
        <h2>得分趋势</h2>
        {ended.length === 0 ? (
          <p className="muted">完成一次对话后，这里会显示你的得分变化。</p>
        ) : (
          <Suspense fallback={<p className="loading">加载图表…</p>}>
            <ScoreChart sessions={[...ended].reverse()} />
          </Suspense>
        )}
      </section>
      <section className="card" aria-label="全部对话">
        <h2>全部对话（{sessions.length}）</h2>
        <table className="history-table">
          <thead>
            <tr>
              <th>时间</th>
              <th>买家</th>
              <th>结果</th>
              <th>总分</th>
              <th>态度/合规/转化</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{formatDateTime(s.startedAt)}</td>
                <td>{s.scenarioTitle}</td>
                <td>{s.status === 'active' ? '未完成' : outcomeLabel(s.outcome)}</td>
                <td>{s.summary ? `${s.summary.total}${s.summary.passed ? ' 通过' : ' 未通过'}` : '—'}</td>
                <td>{s.summary ? `${s.summary.tone} / ${s.summary.compliance} / ${s.summary.conversion}` : '—'}</td>
                <td className="row-actions">
                  {s.status === 'active' ? (
                    <a href={hrefFor({ name: 'chat', id: s.id })}>继续</a>
                  ) : (
                    <a href={hrefFor({ name: 'report', id: s.id })}>报告</a>
                  )}
                  <button
                    type="button"
                    className="link"
                    aria-label={`删除 ${formatDateTime(s.startedAt)} ${s.scenarioTitle}`}
                    onClick={() => {
                      if (window.confirm('删除这条对话记录？删除后无法恢复。')) void deleteSession(s.id);
                    }}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sessions.length === 0 && <p className="muted">还没有对话记录。</p>}
      </section>
    </div>
  );
}
