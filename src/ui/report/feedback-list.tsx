import { lineNumber } from '@/engine/transcript';
import type { FeedbackItem } from '@/engine/score/types';

export function FeedbackList({ items, empty }: { items: FeedbackItem[]; empty?: string }) {
  if (items.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <ul className="feedback">
      {items.map((item, i) => (
        <li key={i} className={`feedback-item ${item.kind}`}>
          <p>
            <strong>{item.title}</strong>
            {item.points > 0 && <span className="points">扣{item.points}分</span>}
            {item.turn !== null && <span className="muted">第 {lineNumber(item.turn)} 条</span>}
          </p>
          {item.claim !== undefined ? (
            <>
              {item.quote && <p className="evidence">原话：“{item.quote}”</p>}
              <p className="evidence">
                {item.claim}；店铺信息：{item.truth}
              </p>
            </>
          ) : (
            item.evidence && (item.observed ? <p className="evidence">情况：{item.evidence}</p> : <p className="evidence">原话：“{item.evidence}”</p>)
          )}
          <p>{item.why}</p>
          {item.better && <p className="better">更好的说法：“{item.better}”</p>}
        </li>
      ))}
    </ul>
  );
}
