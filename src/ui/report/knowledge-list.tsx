import { lineNumber } from '@/engine/transcript';
import type { FeedbackItem } from '@/engine/score/types';

/** The fourth score's items: each wrong fact with its turn, the words, the claim, the shop's fact and a better reply. */
export function KnowledgeList({ items }: { items: FeedbackItem[] }) {
  if (items.length === 0) return <p className="muted">每条商品信息都说对了。</p>;
  return (
    <ul className="feedback">
      {items.map((item, i) => (
        <li key={i} className="feedback-item violation">
          <p>
            <strong>{item.claim}</strong>
            {item.turn !== null && <span className="muted">第 {lineNumber(item.turn)} 条</span>}
          </p>
          {item.quote && <p className="evidence">原话：“{item.quote}”</p>}
          <p>店铺信息：{item.truth}</p>
          {item.better && <p className="better">更好的说法：“{item.better}”</p>}
        </li>
      ))}
    </ul>
  );
}
