import { useState } from 'react';
import type { Scenario } from '@/engine/scenario/schema';
import type { SessionRecord } from '@/db/records';
import { saveSession } from '@/db/sessions';
import { loadReading } from '@/app/lazy-reading';
import { startSession } from '@/app/start-session';
import { navigate } from '@/app/route';

/**
 * A stored chat whose buyer file has changed too much to continue: say so plainly and offer
 * the ways on — close it and read the report on what was said, or meet the buyer afresh.
 */
export function StaleChat({ record, scenario, message }: { record: SessionRecord; scenario: Scenario; message: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (step: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await step();
    } catch (e) {
      setError(`操作失败：${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  const endAndReport = () =>
    act(async () => {
      const { gradeSession, summarize } = await loadReading();
      const ended: SessionRecord = { ...record, status: 'ended', updatedAt: Date.now() };
      await saveSession({ ...ended, summary: summarize(gradeSession(ended, scenario)) });
      navigate({ name: 'report', id: record.id });
    });

  const startOver = () =>
    act(async () => {
      const variant = record.variant && scenario.persona.variants?.[record.variant] ? record.variant : '';
      const fresh = await startSession(scenario, variant, record.trainee);
      navigate({ name: 'chat', id: fresh.id });
    });

  return (
    <section className="card stale-chat" role="alert" aria-label="无法继续的对话">
      <h2>这段对话无法继续</h2>
      <p>{message}</p>
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void startOver()}>
          重新接待这位买家
        </button>
        <button type="button" disabled={busy} onClick={() => void endAndReport()}>
          结束这段对话并查看报告
        </button>
        <a className="button" href="#/">
          返回买家列表
        </a>
      </p>
      {error && <p className="error-text">{error}</p>}
    </section>
  );
}
