import { useEffect, useState } from 'react';
import { findAnyScenario } from '@/app/find-any-scenario';
import { resumeBuyer, ResumeError } from '@/app/resume-buyer';
import type { SessionRecord } from '@/db/records';
import type { Scenario } from '@/engine/scenario/schema';
import type { Buyer } from '@/engine/session';
import { Workbench } from '@/ui/workbench/workbench';
import { StaleChat } from '@/ui/workbench/stale-chat';
import { ReadOnlyChat } from '@/ui/workbench/read-only-chat';
import { useChatOwnership } from '@/ui/workbench/use-chat-ownership';
import { TAB_ID } from '@/ui/workbench/chat-lock';

type Resumed =
  | { kind: 'no-scenario'; scenarioId: string }
  | { kind: 'stale'; scenario: Scenario; message: string }
  | { kind: 'ready'; scenario: Scenario; buyer: Buyer };

async function resume(record: SessionRecord): Promise<Resumed> {
  const scenario = await findAnyScenario(record.scenarioId);
  if (!scenario) return { kind: 'no-scenario', scenarioId: record.scenarioId };
  try {
    return { kind: 'ready', scenario, buyer: resumeBuyer(record, scenario) };
  } catch (e) {
    if (e instanceof ResumeError) return { kind: 'stale', scenario, message: e.message };
    throw e;
  }
}

/**
 * Opens the stored chat in this tab as its one writer (or read-only while another tab writes
 * it) and resumes its buyer; from then on the workbench owns it in memory.
 */
export default function WorkbenchScreen({ sessionId }: { sessionId: string }) {
  const { state, takeOver, lose } = useChatOwnership(sessionId);
  const record = state.kind === 'owner' ? state.record : null;
  // Once per opened record: a take-over reads the chat afresh and resumes a new buyer. The
  // scenario may be a trainer's own buyer, read from IndexedDB, hence the effect.
  const [resumedFor, setResumedFor] = useState<{ record: SessionRecord; value: Resumed } | { record: SessionRecord; error: string } | null>(null);
  useEffect(() => {
    if (!record) return;
    let live = true;
    resume(record)
      .then((value) => live && setResumedFor({ record, value }))
      .catch((e: unknown) => live && setResumedFor({ record, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [record]);
  const current = resumedFor && resumedFor.record === record ? resumedFor : null;
  if (current && 'error' in current) return <p className="banner banner-error" role="alert">读取对话失败：{current.error}</p>;
  const resumed = current && 'value' in current ? current.value : null;

  switch (state.kind) {
    case 'loading':
      return <p className="loading">加载对话…</p>;
    case 'missing':
      return <p className="card">找不到这段对话，它可能已被删除。<a href="#/">返回买家列表</a></p>;
    case 'error':
      return <p className="banner banner-error" role="alert">读取对话失败：{state.message}</p>;
    case 'viewer':
      return <ReadOnlyChat sessionId={sessionId} reason={state.reason} onTakeOver={takeOver} />;
    case 'owner':
      break;
  }
  if (!resumed) return null;
  switch (resumed.kind) {
    case 'no-scenario':
      return <p className="card">这段对话的买家剧本（{resumed.scenarioId}）已不存在或有错误，无法继续。<a href="#/">返回买家列表</a></p>;
    case 'stale':
      return <StaleChat record={state.record} scenario={resumed.scenario} message={resumed.message} />;
    case 'ready':
      return (
        <Workbench
          key={`${state.record.id}:${state.record.updatedAt}`}
          initial={state.record}
          scenario={resumed.scenario}
          buyer={resumed.buyer}
          writer={{ owner: TAB_ID, stored: state.stored, restored: state.restored, onLost: lose }}
        />
      );
  }
}
