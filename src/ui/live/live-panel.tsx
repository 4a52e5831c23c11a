// The mentor's live panel (真人扮演): the buyer's card and facts, the conversation as it
// happens, the machine beside it — the studio's inspector (state, mood, the step it took on
// the trainee's last reply, how the reply was read) and the facts checked — and, for the
// mentor who opened it, the suggestions, the edit box and the steers. A second mentor or the
// lead sees the same read-only. Each message in the room reloads the panel from the server.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hrefFor } from '@/app/route';
import { OUTCOME_LABELS } from '@/app/labels';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { loadScenario } from '@/engine/scenario/load';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Step } from '@/engine/buyer/step-taken';
import type { Understanding } from '@/engine/understanding-types';
import type { LiveMessage } from '@/server/api-contract';
import { MentorLiveSchema, type LiveSay, type LiveSteer, type MentorLive } from '@/server/live-contract';
import { Inspector } from '@/ui/studio/inspector';
import { stepText } from '@/ui/studio/condition-text';
import type { Playtest } from '@/ui/studio/use-playtest';
import { connectionOf } from '@/ui/team/use-team-query';
import { BuyerCard } from '@/ui/live/buyer-card';
import { LiveControls } from '@/ui/live/live-controls';
import { LiveTranscript } from '@/ui/live/live-transcript';
import { useLiveRoom } from '@/ui/live/use-live-room';
import '@/styles/studio.css';
import '@/styles/live.css';

/** The panel's machine in the shape the studio's inspector reads. */
function asPlaytest(view: MentorLive, scenario: Playtest['scenario']): Playtest {
  const r = view.reading;
  return {
    scenario,
    settings: { variant: view.scenario.variant ?? '', seed: view.scenario.seed },
    turns: [],
    log: r
      ? [{ turn: r.turn, event: 'reply', step: r.step as unknown as Step, before: r.before as unknown as BuyerContext, agent: { role: 'agent', text: r.text, understanding: r.understanding as unknown as Understanding } }]
      : [],
    context: view.machine.context as unknown as BuyerContext,
    state: view.machine.state,
    over: view.status === 'ended',
    replayable: false,
  };
}

function FactsChecked({ understanding }: { understanding: Understanding }) {
  const wrong = understanding.flags.filter((f) => f.rule === 'fact-wrong');
  return (
    <section aria-label="事实核对">
      <h3>事实核对</h3>
      {wrong.length === 0 ? (
        <p className="muted">没有与店铺资料不符的说法{understanding.answers?.length ? `（核对了 ${understanding.answers.length} 个是非回答）` : ''}。</p>
      ) : (
        <ul>
          {wrong.map((f, i) => (
            <li key={i}>
              说了“{f.fact?.claim ?? f.evidence}”，资料是：{f.fact?.truth ?? ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LivePanel({ membership, liveId }: { membership: MembershipRecord; liveId: string }) {
  const conn = useMemo(() => connectionOf(membership), [membership]);
  const [view, setView] = useState<MentorLive | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/live/${encodeURIComponent(liveId)}`;

  const reload = useCallback(() => {
    request(conn, 'GET', path, MentorLiveSchema).then(setView, (e: unknown) => setError(errorText(e)));
  }, [conn, path]);
  const room = useLiveRoom<LiveMessage>(membership, liveId, reload);
  const { merge } = room;
  useEffect(reload, [reload]);
  useEffect(() => {
    if (view) merge(view.messages);
  }, [view, merge]);

  const scenario = useMemo(() => (view ? loadScenario(view.scenario.source, view.scenario.file).scenario : null), [view?.scenario.source, view?.scenario.file]); // eslint-disable-line react-hooks/exhaustive-deps

  const act = async (suffix: string, body?: unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const next = await request(conn, 'POST', `${path}/${suffix}`, MentorLiveSchema, body);
      setView(next);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!view || !scenario) return error ? <p className="error card" role="alert">{error}</p> : <p className="loading">正在打开真人扮演…</p>;
  const driver = view.role === 'driver' && view.status === 'active';
  const reading = view.reading;
  const understanding = reading?.understanding as unknown as Understanding | undefined;

  return (
    <div className="live-panel" aria-label="真人扮演面板">
      <aside className="pane live-left">
        <BuyerCard scenario={scenario} variant={view.scenario.variant} trainee={view.trainee.name} />
      </aside>
      <section className="pane live-chat" aria-label="对话">
        <header className="chat-head">
          <strong>与 {view.trainee.name} 的真人扮演</strong>
          <span className="muted">
            {view.role === 'watcher' ? `旁听（只读）· ${view.mentor.name} 老师扮演` : '你扮演买家'} · {room.connected ? '已连接' : '正在重新连接…'}
          </span>
        </header>
        <LiveTranscript messages={room.messages} typing={room.typing} />
        {error && <p className="error" role="alert">{error}</p>}
        {driver && (
          <LiveControls
            suggestions={view.suggestions}
            steerable={view.steerable}
            state={view.machine.state}
            busy={busy}
            onSay={(say: LiveSay) => act('say', say)}
            onSteer={(steer: LiveSteer) => void act('steer', steer)}
            onEnd={() => void act('end')}
            sendTyping={room.sendTyping}
          />
        )}
        {view.status === 'ended' && (
          <section className="card live-ended" role="status" aria-label="真人扮演已结束">
            <h3>真人扮演已结束</h3>
            {view.grade && (
              <p>
                结局：{view.grade.parts[0]?.outcome ? OUTCOME_LABELS[view.grade.parts[0].outcome] : '未定'} · 自动评分 {view.grade.total} 分（及格 {view.grade.passMark}）
              </p>
            )}
            <p className="actions">
              <a className="button primary" href={hrefFor({ name: 'exam-review', attemptId: view.id })}>
                评审与签字
              </a>
              <a className="button" href={hrefFor({ name: 'live-replay', liveId: view.id })}>
                回放
              </a>
            </p>
          </section>
        )}
      </section>
      <aside className="pane live-right">
        <Inspector play={asPlaytest(view, scenario)} />
        {reading && (
          <p className="would-be" aria-label="剧本会怎么走">
            按剧本，买家这一步：{stepText(reading.step as unknown as Step)}
            {view.machine.outcome ? `；她已决定：${OUTCOME_LABELS[view.machine.outcome]}` : ''}
          </p>
        )}
        {understanding && <FactsChecked understanding={understanding} />}
      </aside>
    </div>
  );
}
