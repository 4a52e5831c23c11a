import { useEffect, useState } from 'react';
import { findAnyScenario } from '@/app/trainer-catalog';
import { resumeBuyer, ResumeError } from '@/app/resume-buyer';
import { getSession } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';
import type { Scenario } from '@/engine/scenario/schema';
import type { Buyer } from '@/engine/session';
import { Workbench } from '@/ui/workbench/workbench';
import { StaleChat } from '@/ui/workbench/stale-chat';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'no-scenario'; scenarioId: string }
  | { kind: 'stale'; record: SessionRecord; scenario: Scenario; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; record: SessionRecord; scenario: Scenario; buyer: Buyer };

async function resume(record: SessionRecord): Promise<Loaded> {
  const scenario = await findAnyScenario(record.scenarioId);
  if (!scenario) return { kind: 'no-scenario', scenarioId: record.scenarioId };
  try {
    return { kind: 'ready', record, scenario, buyer: resumeBuyer(record, scenario) };
  } catch (e) {
    if (e instanceof ResumeError) return { kind: 'stale', record, scenario, message: e.message };
    throw e;
  }
}

/** Loads the stored session once and resumes its buyer; from then on the workbench owns it in memory. */
export default function WorkbenchScreen({ sessionId }: { sessionId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    getSession(sessionId)
      .then(async (record) => (record ? resume(record) : ({ kind: 'missing' } as const)))
      .then((next) => live && setLoaded(next))
      .catch((e: unknown) => live && setLoaded({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [sessionId]);

  switch (loaded.kind) {
    case 'loading':
      return <p className="loading">加载对话…</p>;
    case 'missing':
      return <p className="card">找不到这段对话，它可能已被删除。<a href="#/">返回买家列表</a></p>;
    case 'no-scenario':
      return <p className="card">这段对话的买家剧本（{loaded.scenarioId}）已不存在或有错误，无法继续。<a href="#/">返回买家列表</a></p>;
    case 'error':
      return <p className="banner banner-error" role="alert">读取对话失败：{loaded.message}</p>;
    case 'stale':
      return <StaleChat record={loaded.record} scenario={loaded.scenario} message={loaded.message} />;
    case 'ready':
      return <Workbench initial={loaded.record} scenario={loaded.scenario} buyer={loaded.buyer} />;
  }
}
