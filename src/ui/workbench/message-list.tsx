import { useEffect, useRef } from 'react';
import type { Turn } from '@/engine/transcript';
import { INVALID_DATE } from '@/app/labels';

function clock(at: number | undefined): string {
  if (at === undefined) return '';
  const d = new Date(at);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
}

interface Props {
  turns: Turn[];
  typing: boolean;
  buyerName: string;
}

/** The conversation. Every text is rendered as a React text node, never as HTML. */
export function MessageList({ turns, typing, buyerName }: Props) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [turns.length, typing]);
  return (
    <div className="messages" role="log" aria-label="聊天记录" aria-live="polite">
      {turns.map((t, i) => (
        <div key={i} className={`message ${t.role}`}>
          <span className="who">
            {t.role === 'buyer' ? buyerName : '我'} <time>{clock(t.at)}</time>
          </span>
          <p className="bubble">{t.text}</p>
        </div>
      ))}
      {typing && (
        <div className="message buyer typing" role="status">
          <span className="who">{buyerName}</span>
          <p className="bubble">对方正在输入<span className="dots" aria-hidden="true">…</span></p>
        </div>
      )}
      <div ref={end} />
    </div>
  );
}
