// A live session's messages as the staff see them: the buyer's lines (the mentor's, marked when
// a suggestion was sent as it was or edited), the trainee's replies, the steers and the end
// as events between them. Every text is a React text node, never HTML.
import { OUTCOME_LABELS } from '@/app/labels';
import type { LiveMessage } from '@/server/api-contract';

const SOURCE_LABELS = { suggested: '剧本原句', edited: '改写剧本', own: '导师自拟' } as const;

export function steerText(m: LiveMessage): string {
  if (m.steer?.kind === 'state') return `导师转向：${m.steer.from} → ${m.steer.to}`;
  if (m.steer?.kind === 'outcome') return `导师以结局“${OUTCOME_LABELS[m.steer.outcome]}”结束`;
  if (m.kind === 'end') return `会话结束${m.outcome ? `（结局：${OUTCOME_LABELS[m.outcome]}）` : ''}`;
  return m.text;
}

function clock(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export function LiveTranscript({ messages, typing, current }: { messages: LiveMessage[]; typing?: { buyer: boolean; agent: boolean }; current?: number }) {
  return (
    <div className="messages live-transcript" role="log" aria-label="聊天记录" aria-live="polite">
      {messages.map((m) =>
        m.kind === 'buyer' || m.kind === 'agent' ? (
          <div key={m.seq} className={`message ${m.kind}${current === m.seq ? ' current' : ''}`}>
            <span className="who">
              {m.kind === 'buyer' ? '买家（导师）' : '学员'} <time>{clock(m.at)}</time>
              {m.source && <small className="source"> · {SOURCE_LABELS[m.source]}</small>}
            </span>
            <p className="bubble">{m.text}</p>
          </div>
        ) : (
          <p key={m.seq} className={`live-event${current === m.seq ? ' current' : ''}`} role="note">
            {steerText(m)} <time>{clock(m.at)}</time>
          </p>
        ),
      )}
      {typing?.agent && (
        <div className="message agent typing" role="status">
          <span className="who">学员</span>
          <p className="bubble">学员正在输入<span className="dots" aria-hidden="true">…</span></p>
        </div>
      )}
    </div>
  );
}
