import type { ScoreResult } from '@/engine/score/types';
import type { SessionRecord } from '@/db/records';
import { FeedbackList } from '@/ui/report/feedback-list';
import { RULES } from '@/engine/rules/catalog';

/** Every turn of the chat with what the scorer found in it, and the items about the whole chat. */
export function TurnReview({ record, result }: { record: SessionRecord; result: ScoreResult }) {
  const general = result.feedback.filter((f) => f.turn === null);
  return (
    <div className="turn-review">
      <ol>
        {record.turns.map((turn, index) => {
          const scored = result.turns[index];
          const items = result.feedback.filter((f) => f.turn === index);
          const flags = scored?.flags ?? [];
          return (
            <li key={index} className={`review-turn ${turn.role}`}>
              <p>
                <span className="who">{turn.role === 'buyer' ? '买家' : '我'}</span> {turn.text}
              </p>
              {flags.length > 0 && (
                <p className="flags">
                  {flags.map((f, i) => (
                    <span key={i} className="flag" title={f.evidence}>
                      {RULES[f.rule].title}
                      {f.points > 0 ? ` 扣${f.points}分` : ''}
                    </span>
                  ))}
                </p>
              )}
              <FeedbackList items={items} />
            </li>
          );
        })}
      </ol>
      {general.length > 0 && (
        <>
          <h3>整体</h3>
          <FeedbackList items={general} />
        </>
      )}
    </div>
  );
}
