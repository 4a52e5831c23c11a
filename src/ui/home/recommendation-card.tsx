// The coach's suggestion on the home screen: the next buyer and variant for the weakest due
// skill, with the reason; the trainee may start it or ignore it (remembered until it changes).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Scenario } from '@/engine/scenario/schema';
import { recommend, type Recommendation } from '@/engine/skills/recommend';
import { practiceHistory } from '@/app/practice-history';
import { getSetting, setSetting } from '@/db/settings';

export const IGNORED_RECOMMENDATION = 'ignoredRecommendation';

const keyOf = (r: Recommendation) => `${r.skill}|${r.scenarioId}|${r.variant}|${r.reason}`;

interface Props {
  scenarios: readonly Scenario[];
  disabled: boolean;
  onStart: (scenarioId: string, variant: string) => void;
  /** Injected by tests to pin the date; the app uses the clock. */
  now?: () => number;
}

export function RecommendationCard({ scenarios, disabled, onStart, now = Date.now }: Props) {
  const state = useLiveQuery(async () => {
    const [history, ignored] = await Promise.all([practiceHistory(scenarios), getSetting(IGNORED_RECOMMENDATION)]);
    return { history, ignored };
    // Keyed by the buyers' ids: the home screen builds a new list on every render, and re-grading
    // thirty chats for an equal list would be wasted work.
  }, [scenarios.map((s) => s.id).join('|')]);
  if (!state) return null;
  const r = recommend(state.history, scenarios, now());
  if (!r) return null;
  if (state.ignored === keyOf(r)) {
    // Ignored: a quiet way back, so the choice is never lost.
    return (
      <p className="recommendation-ignored">
        <button type="button" className="link" onClick={() => void setSetting(IGNORED_RECOMMENDATION, '')}>
          显示推荐练习
        </button>
      </p>
    );
  }
  return (
    <section className="card recommendation" aria-label="推荐练习">
      <h2>推荐练习</h2>
      <p>
        <strong>{r.scenarioTitle}</strong> · {r.variantLabel}
      </p>
      <p className="reason">{r.reason}</p>
      <div className="actions">
        <button type="button" disabled={disabled} onClick={() => onStart(r.scenarioId, r.variant)}>
          开始
        </button>
        <button type="button" className="secondary" onClick={() => void setSetting(IGNORED_RECOMMENDATION, keyOf(r))}>
          忽略
        </button>
      </div>
    </section>
  );
}
