// Trying the buyer while writing her: a chat with the inspector beside it, restart from the
// opening or any state, and the conversation saved as a golden transcript file for tests.
import { useState, type KeyboardEvent } from 'react';
import type { Scenario } from '@/engine/scenario/schema';
import { isTerminal } from '@/engine/scenario/effective';
import { goldenOf, GoldenError } from '@/app/golden';
import { variantOptions } from '@/ui/home/scenario-card';
import { downloadText } from '@/ui/studio/download-text';
import { Inspector } from '@/ui/studio/inspector';
import type { usePlaytest } from '@/ui/studio/use-playtest';

interface Props {
  scenario: Scenario;
  playtest: ReturnType<typeof usePlaytest>;
}

export function PlaytestPanel({ scenario, playtest }: Props) {
  const { play } = playtest;
  const options = variantOptions(scenario);
  const [variant, setVariant] = useState(options.find((o) => o.id === 'normal')?.id ?? options[0]?.id ?? '');
  const [seed, setSeed] = useState(1);
  const [startState, setStartState] = useState('');
  const [mood, setMood] = useState('');
  const [draft, setDraft] = useState('');
  const [name, setName] = useState('good');
  const [about, setAbout] = useState('');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const states = Object.keys(scenario.states).filter((n) => !isTerminal(scenario.states[n]!));
  const chosenVariant = options.some((o) => o.id === variant) ? variant : (options[0]?.id ?? '');

  const restart = () => {
    const moodValue = mood.trim() === '' ? undefined : Number(mood);
    playtest.start(scenario, {
      variant: chosenVariant,
      seed,
      ...(startState && startState !== scenario.start ? { state: startState } : {}),
      ...(moodValue !== undefined && Number.isFinite(moodValue) ? { mood: moodValue } : {}),
    });
    setNotice(null);
  };
  const send = () => {
    if (playtest.send(draft)) setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  const save = () => {
    if (!play) return;
    const file = `${name.trim() || 'good'}.json`;
    try {
      const golden = goldenOf(play.scenario, play.turns, { seed: play.settings.seed, variant: play.settings.variant, ...(about.trim() ? { about: about.trim() } : {}) });
      downloadText(file, `${JSON.stringify(golden, null, 2)}\n`, 'application/json');
      setNotice({ kind: 'ok', text: `已下载 ${file}（${golden.replies.length} 条回复，结局 ${golden.expect.outcome ?? '未定'}）。放到 tests/transcripts/${play.scenario.id}/ 下，剧本放在 scenarios/${play.scenario.id}.yaml，运行 npx vitest run tests/engine/golden.test.ts 即可回放检查。` });
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof GoldenError ? e.message : `保存失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };
  const stale = play !== null && play.scenario !== scenario;

  return (
    <section className="card playtest" aria-label="试玩">
      <header className="playtest-head">
        <h2>试玩</h2>
        <label>
          买家性格
          <select value={chosenVariant} onChange={(e) => setVariant(e.target.value)}>
            {options.map((o) => (
              <option key={o.id || 'default'} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          随机种子
          <input type="number" min={0} value={seed} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} className="narrow" />
        </label>
        <label>
          从哪里开始
          <select value={startState} onChange={(e) => setStartState(e.target.value)}>
            <option value="">开场（{scenario.start}）</option>
            {states
              .filter((n) => n !== scenario.start)
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </label>
        <label>
          起始心情
          <input type="number" min={0} max={100} value={mood} placeholder="默认" onChange={(e) => setMood(e.target.value)} className="narrow" />
        </label>
        <button type="button" className="primary" onClick={restart}>
          {play ? '重新开始' : '开始试玩'}
        </button>
      </header>
      {stale && <p className="banner banner-warn" role="status">剧本已经改过：这次试玩用的还是改之前的版本，点「重新开始」换成新版本。</p>}
      {!play && <p className="muted">剧本能加载就能试玩：选好性格和起点，点「开始试玩」。试玩不会记进练习历史。</p>}
      {play && (
        <div className="playtest-body">
          <div className="playtest-chat">
            <div className="messages" role="log" aria-label="试玩对话">
              {play.turns.map((t, i) => (
                <div key={i} className={`message ${t.role}`}>
                  <span className="who">
                    {t.role === 'buyer' ? `${play.scenario.persona.name} · ${t.state ?? ''}` : '我'}
                  </span>
                  <p className="bubble">{t.text}</p>
                </div>
              ))}
            </div>
            {play.over ? (
              <p className="ended-bar" role="status">
                试玩结束。
              </p>
            ) : (
              <div className="reply-box">
                <textarea aria-label="试玩回复" placeholder="像学员一样回复，Enter 发送" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
                <div className="reply-actions">
                  <button type="button" className="primary" onClick={send} disabled={draft.trim() === ''}>
                    发送
                  </button>
                  <button type="button" onClick={playtest.timeout}>
                    模拟等太久
                  </button>
                  <button type="button" onClick={playtest.end}>
                    结束会话
                  </button>
                </div>
              </div>
            )}
            <div className="golden">
              <h3>存成黄金对话（测试用）</h3>
              <label>
                文件名
                <input value={name} onChange={(e) => setName(e.target.value.replace(/[^a-z0-9-]/gi, ''))} className="narrow" aria-label="黄金对话文件名" />
                .json
              </label>
              <label className="grow">
                说明
                <input value={about} onChange={(e) => setAbout(e.target.value)} placeholder="这位学员做了什么，例如：守价有理由、礼貌拒绝私下转账" aria-label="黄金对话说明" />
              </label>
              <button type="button" onClick={save} disabled={!play.replayable || play.log.length === 0} title={play.replayable ? undefined : '只有从开场开始、只用回复推进的对话能存成黄金对话'}>
                下载黄金对话
              </button>
              {!play.replayable && <p className="muted">这次试玩从中间状态开始、改了心情或用过“等太久 / 结束会话”，黄金对话只能从开场回放回复，所以不能保存。</p>}
              {notice && (
                <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'banner banner-error' : 'banner banner-ok'}>
                  {notice.text}
                </p>
              )}
            </div>
          </div>
          <Inspector play={play} />
        </div>
      )}
    </section>
  );
}
