import { useEffect, useState } from 'react';
import { findScenario } from '@/app/scenario-catalog';
import { getSession } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';
import { Workbench } from '@/ui/workbench/workbench';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ready'; record: SessionRecord };

/** Loads the stored session once; from then on the workbench owns it in memory. */
export default function WorkbenchScreen({ sessionId }: { sessionId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    getSession(sessionId)
      .then((record) => live && setLoaded(record ? { kind: 'ready', record } : { kind: 'missing' }))
      .catch((e: unknown) => live && setLoaded({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [sessionId]);

  if (loaded.kind === 'loading') return <p className="loading">加载对话…</p>;
  if (loaded.kind === 'missing') return <p className="card">找不到这段对话，它可能已被删除。<a href="#/">返回买家列表</a></p>;
  if (loaded.kind === 'error') return <p className="banner banner-error" role="alert">读取对话失败：{loaded.message}</p>;
  const scenario = findScenario(loaded.record.scenarioId);
  if (!scenario) return <p className="card">这段对话的买家剧本（{loaded.record.scenarioId}）已不存在或有错误，无法继续。</p>;
  return <Workbench initial={loaded.record} scenario={scenario} />;
}
