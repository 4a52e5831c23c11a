// The mentor's controls while playing the buyer: the scripted lines for her state as one-click
// sends, an edit box (a suggestion taken into it and changed is sent as edited; words of one's
// own as own), and the steers: move her to another state, end with an outcome, or end.
import { useState } from 'react';
import { OUTCOME_LABELS } from '@/app/labels';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { LiveSay, LiveSteer } from '@/server/live-contract';
import { LIVE_LIMITS } from '@/server/live-contract';
import { useTypingSignal } from '@/ui/live/use-live-room';

interface Props {
  suggestions: string[];
  steerable: string[];
  state: string;
  busy: boolean;
  onSay: (say: LiveSay) => Promise<boolean>;
  onSteer: (steer: LiveSteer) => void;
  onEnd: () => void;
  sendTyping: (on: boolean) => void;
}

const OUTCOMES = Object.keys(OUTCOME_LABELS) as OutcomeKind[];

export function LiveControls({ suggestions, steerable, state, busy, onSay, onSteer, onEnd, sendTyping }: Props) {
  const [text, setText] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState('');
  const [outcome, setOutcome] = useState<OutcomeKind>('sale');
  useTypingSignal(text, sendTyping);

  const sendBox = async () => {
    const clean = text.trim();
    if (!clean) return;
    const source = from === null ? 'own' : clean === from ? 'suggested' : 'edited';
    if (await onSay({ text: clean, source })) {
      setText('');
      setFrom(null);
    }
  };

  return (
    <section className="live-controls" aria-label="扮演买家">
      <h3>剧本建议（{state}）</h3>
      <ul className="suggestions" aria-label="剧本建议">
        {suggestions.map((s, i) => (
          <li key={`${i}:${s}`}>
            <button type="button" className="suggestion" disabled={busy} onClick={() => void onSay({ text: s, source: 'suggested' })} aria-label={`发送：${s}`}>
              {s}
            </button>
            <button
              type="button"
              className="link"
              onClick={() => {
                setText(s);
                setFrom(s);
              }}
              aria-label={`改写：${s}`}
            >
              改写
            </button>
          </li>
        ))}
        {suggestions.length === 0 && <li className="muted">这个状态没有剧本台词，请自己说。</li>}
      </ul>
      <label className="live-say">
        以买家身份说
        <textarea
          value={text}
          maxLength={LIVE_LIMITS.text}
          rows={2}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void sendBox();
            }
          }}
          placeholder="点“改写”把建议放进来修改，或直接输入自己的话；Enter 发送"
        />
      </label>
      <p className="actions">
        <button type="button" className="primary" disabled={busy || text.trim() === ''} onClick={() => void sendBox()}>
          发送
        </button>
      </p>
      <fieldset className="steer" aria-label="转向">
        <legend>转向</legend>
        <label>
          转到状态
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">（选择状态）</option>
            {steerable.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy || to === ''} onClick={() => onSteer({ kind: 'state', state: to })}>
          转过去
        </button>
        <label>
          结局
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as OutcomeKind)}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="danger" disabled={busy} onClick={() => onSteer({ kind: 'outcome', outcome })}>
          以此结局结束
        </button>
      </fieldset>
      <p className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onEnd}>
          结束真人扮演
        </button>
      </p>
    </section>
  );
}
