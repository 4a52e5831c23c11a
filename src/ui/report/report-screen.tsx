import { useEffect, useMemo } from 'react';
import { scenarioHash } from '@/engine/scenario/content-hash';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSession, storeSummary } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';
import { findScenario } from '@/app/scenario-catalog';
import { findAnyScenario } from '@/app/find-any-scenario';
import type { Scenario } from '@/engine/scenario/schema';
import { gradeSession, summarize } from '@/app/grade';
import { formatDateTime, outcomeLabel } from '@/app/labels';
import { hrefFor } from '@/app/route';
import { FeedbackList } from '@/ui/report/feedback-list';
import { KnowledgeList } from '@/ui/report/knowledge-list';
import { TurnReview } from '@/ui/report/turn-review';
import { TranscriptReplay } from '@/ui/report/transcript-replay';

export default function ReportScreen({ sessionId }: { sessionId: string }) {
  // The scenario may be a trainer's own buyer, stored in IndexedDB beside the session.
  const loaded = useLiveQuery(
    async () => {
      const record = (await getSession(sessionId)) ?? null;
      return { record, scenario: record ? await findAnyScenario(record.scenarioId) : undefined };
    },
    [sessionId],
    undefined,
  );
  if (loaded === undefined) return <p className="loading">加载报告…</p>;
  if (loaded.record === null) return <p className="card">找不到这段对话的记录。<a href="#/history">查看历史</a></p>;
  return <Report record={loaded.record} scenario={loaded.scenario} />;
}

/**
 * `own`: the trainee's own session on this machine (links to continue and practise again); a lead's view of a synced one has none.
 * `scenario`: when the caller has looked it up (a trainer's own buyer lives in IndexedDB); else the built-in one.
 */
export function Report({ record, own = true, scenario: given }: { record: SessionRecord; own?: boolean; scenario?: Scenario | undefined }) {
  const scenario = given ?? findScenario(record.scenarioId);
  const result = useMemo(() => gradeSession(record, scenario), [record, scenario]);
  const { scores } = result;
  // History reads the stored summary: keep it the total shown here (a newer scorer, say).
  useEffect(() => {
    if (!own || record.status !== 'ended' || !scenario) return;
    const summary = summarize(result);
    const stored = record.summary;
    if (!stored || stored.total !== summary.total || stored.scorerVersion !== summary.scorerVersion || stored.passed !== summary.passed) {
      void storeSummary(record.id, summary);
    }
  }, [own, record, scenario, result]);
  const edited = scenario !== undefined && record.scenarioHash !== undefined && record.scenarioHash !== scenarioHash(scenario);
  return (
    <article className="report" aria-label="训练报告">
      <header className="card report-head">
        <div>
          <h1>训练报告 · {record.scenarioTitle}</h1>
          <p className="muted">
            学员 {record.trainee || '未署名'} · {formatDateTime(record.startedAt)} · 结果：<strong>{outcomeLabel(record.outcome)}</strong>
          </p>
          {edited && <p className="muted">这位买家的剧本在这次练习之后修改过，报告按现在的剧本评分。</p>}
          {own && record.status === 'active' && (
            <p>
              对话尚未结束。<a href={hrefFor({ name: 'chat', id: record.id })}>继续对话</a>
            </p>
          )}
        </div>
        <div className={`verdict ${result.passed ? 'pass' : 'fail'}`}>
          <span className="total" aria-label="总分">{scores.total}</span>
          <span>{result.passed ? '通过' : '未通过'}</span>
          <small>及格线 {result.passMark}</small>
        </div>
      </header>
      <section className="card score-row" aria-label="分项得分">
        <Metric label="服务态度" value={scores.tone} />
        <Metric label="合规" value={scores.compliance} />
        <Metric label="转化" value={scores.conversion} />
        {scores.knowledge !== undefined && <Metric label="商品知识" value={scores.knowledge} />}
        <div className="metric">
          <span className="metric-label">平台扣分</span>
          <span className={`metric-value${result.pointsDeducted > 0 ? ' bad' : ''}`}>扣{result.pointsDeducted}分</span>
        </div>
        {result.blocker && <p className="blocker">本次对话触犯了平台规则，无论其他得分多少都判为不通过。</p>}
      </section>
      <section className="card" aria-label="最重要的三点">
        <h2>最重要的三点</h2>
        <FeedbackList items={result.top} empty="没有需要特别注意的地方，继续保持！" />
      </section>
      {scores.knowledge !== undefined && (
        <section className="card" aria-label="商品知识">
          <h2>商品知识</h2>
          <KnowledgeList items={result.feedback.filter((f) => f.rule === 'fact-wrong')} />
        </section>
      )}
      <section className="card" aria-label="逐条点评">
        <h2>逐条点评</h2>
        <TurnReview record={record} result={result} />
      </section>
      <section className="card" aria-label="对话回放">
        <h2>对话回放</h2>
        <TranscriptReplay turns={record.turns} buyerName={scenario?.persona.name ?? '买家'} />
      </section>
      {own && (
        <p className="report-actions">
          <a className="button" href="#/">再练一次</a>
          <a className="button" href={hrefFor({ name: 'history', scenarioId: record.scenarioId })}>
            查看这位买家的历史
          </a>
        </p>
      )}
      {!own && record.status === 'active' && <p className="muted">对话尚未结束：以上是目前为止的评分。</p>}
    </article>
  );
}

function Metric({ label, value }: { label: string; value: number }) {
  return (
    <div className="metric">
      <span className="metric-label">{label}</span>
      <span className="metric-value">{value}</span>
    </div>
  );
}
