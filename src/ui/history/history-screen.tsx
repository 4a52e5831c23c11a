// Every past session, filterable by buyer, with the scores over time and each skill's progress.
// Reads light session rows only, one page of the table and at most CHART_POINTS chart points at
// a time, so it opens as fast with ten thousand sessions as with ten; the skills picture
// re-grades the latest SKILL_PICTURE_SESSIONS chats (the summary keeps no flags or moves), after
// the table and chart are drawn and in slices (app/practice-history.ts). The
// charts' code comes with this screen's chunk: a chunk of its own would cost a second suspense.
import { useEffect, useState } from 'react';
import { refreshSummaries } from '@/app/refresh-summaries';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteSession } from '@/db/sessions';
import { chartSessions, countSessions, HISTORY_PAGE, historyBuyers, recentSessions } from '@/db/history-queries';
import { formatDateTime, outcomeLabel } from '@/app/labels';
import { hrefFor, navigate } from '@/app/route';
import ScoreChart from '@/ui/history/score-chart';
import { SkillsPicture } from '@/ui/charts/skills-picture';
import { practiceHistory, SKILL_PICTURE_SESSIONS } from '@/app/practice-history';
import { usePlayableScenarios, variantLabelsOf } from '@/ui/use-playable-scenarios';

export default function HistoryScreen({ scenarioId }: { scenarioId: string | undefined }) {
  // A new filter starts again from the first page.
  return <History key={scenarioId ?? ''} scenarioId={scenarioId} />;
}

function History({ scenarioId }: { scenarioId: string | undefined }) {
  const [limit, setLimit] = useState(HISTORY_PAGE);
  // Summaries from an older scorer are graded again, so the table shows what the report shows.
  useEffect(() => void refreshSummaries(), []);
  const page = useLiveQuery(
    async () => ({ rows: await recentSessions(scenarioId, limit), total: await countSessions(scenarioId) }),
    [scenarioId, limit],
  );
  const chart = useLiveQuery(() => chartSessions(scenarioId), [scenarioId]);
  const buyers = useLiveQuery(historyBuyers, [], []);
  const { scenarios } = usePlayableScenarios();
  const variantLabels = variantLabelsOf(scenarios);
  // Keyed by the buyers' ids (as the home card is): re-grading for an equal list would be wasted work.
  // Graded once the table and the chart are there: they read rows only and must not wait for it.
  const drawn = page !== undefined && chart !== undefined;
  const skills = useLiveQuery(
    () => (drawn ? practiceHistory(scenarios, SKILL_PICTURE_SESSIONS) : undefined),
    [scenarios.map((s) => s.id).join('|'), drawn],
  );
  if (page === undefined || chart === undefined) return <p className="loading">加载历史…</p>;
  const { rows, total } = page;
  const options = scenarioId && !buyers.some((b) => b.id === scenarioId) ? [...buyers, { id: scenarioId, title: scenarioId }] : buyers;
  const buyerTitle = scenarioId ? options.find((b) => b.id === scenarioId)?.title : undefined;

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
            {options.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
      </header>
      <section className="card" aria-label="得分趋势">
        <h2>得分趋势{buyerTitle ? `：${buyerTitle}` : ''}</h2>
        {chart.length === 0 ? (
          <p className="muted">完成一次对话后，这里会显示你的得分变化。</p>
        ) : (
          <>
            <ScoreChart sessions={chart} variantLabels={variantLabels} {...(buyerTitle ? { buyerTitle } : {})} />
            {!scenarioId && <p className="muted">想比较同一位买家的各次对话？在上方「按买家筛选」里选她，不同性格用不同形状标出。</p>}
          </>
        )}
      </section>
      <section className="card" aria-label="技能进步">
        <h2>技能进步</h2>
        <p className="muted">每项技能只在情况出现时计入（例如买家生气时才看有没有先安抚），看的是全部买家最近 {SKILL_PICTURE_SESSIONS} 次完成的对话。</p>
        {skills === undefined ? (
          <p className="loading">正在评分…</p>
        ) : skills.length === 0 ? (
          <p className="muted">完成一次对话后，这里会显示每项技能做对了没有。</p>
        ) : (
          <SkillsPicture history={skills} variantLabels={variantLabels} />
        )}
      </section>
      <section className="card" aria-label="全部对话">
        <h2>全部对话（{total}）</h2>
        <table className="history-table">
          <thead>
            <tr>
              <th>时间</th>
              <th>买家</th>
              <th>结果</th>
              <th>消息数</th>
              <th>总分</th>
              <th>态度/合规/转化</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <td>{formatDateTime(s.startedAt)}</td>
                <td>{s.scenarioTitle}</td>
                <td>{s.status === 'active' ? '未完成' : outcomeLabel(s.outcome)}</td>
                <td>{s.turnCount}</td>
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
        {total === 0 && <p className="muted">还没有对话记录。</p>}
        {rows.length < total && (
          <p className="load-more">
            <span className="muted">
              已显示 {rows.length} / {total} 条
            </span>
            <button type="button" onClick={() => setLimit((n) => n + HISTORY_PAGE)}>
              加载更多
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
