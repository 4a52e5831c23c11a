import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { navigate, hrefFor } from '@/app/route';
import { startSession } from '@/app/start-session';
import { refreshSummaries } from '@/app/refresh-summaries';
import { formatDateTime } from '@/app/labels';
import { activeSessions, bestScores } from '@/db/sessions';
import { usePlayableScenarios } from '@/ui/use-playable-scenarios';
import { useTraineeName } from '@/ui/home/use-trainee-name';
import { TraineeNameForm } from '@/ui/home/trainee-name-form';
import { ScenarioCard } from '@/ui/home/scenario-card';
import { BrokenFiles } from '@/ui/home/broken-files';
import { RecommendationCard } from '@/ui/home/recommendation-card';

export default function HomeScreen() {
  // The trainer's own buyers (剧本工坊) sit after the built-in ones, read by the same loader.
  const { scenarios, broken, ownIds } = usePlayableScenarios();
  const name = useTraineeName();
  const best = useLiveQuery(bestScores, [], new Map<string, number>());
  // Best scores from an older scorer are graded again (the report grades live).
  useEffect(() => void refreshSummaries(), []);
  const active = useLiveQuery(activeSessions, [], []);
  const [error, setError] = useState<string | null>(null);
  // A ref, not state: a second click in the same frame must see the first one at once.
  const starting = useRef(false);
  const [busy, setBusy] = useState(false);

  const start = async (scenarioId: string, variant: string) => {
    const scenario = scenarios.find((s) => s.id === scenarioId);
    if (!scenario || !name || starting.current) return;
    starting.current = true;
    setBusy(true);
    try {
      const record = await startSession(scenario, variant, name);
      navigate({ name: 'chat', id: record.id });
    } catch (e) {
      setError(`无法开始对话：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      starting.current = false;
      setBusy(false);
    }
  };

  return (
    <div className="home">
      {name === '' && <TraineeNameForm />}
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
      {active.length > 0 && (
        <section className="card resume" aria-label="未完成的对话">
          <h2>未完成的对话</h2>
          <ul>
            {active.map((s) => (
              <li key={s.id}>
                <span>
                  {s.scenarioTitle} · {formatDateTime(s.updatedAt)} · {s.turnCount} 条消息
                </span>
                <a className="button" href={hrefFor({ name: 'chat', id: s.id })}>
                  继续对话
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RecommendationCard scenarios={scenarios} disabled={!name || busy} onStart={(id, v) => void start(id, v)} />
      <section aria-label="选择买家">
        <h2 className="section-title">选择一位买家开始练习</h2>
        <div className="card-grid">
          {scenarios.map((s) => (
            <ScenarioCard key={s.id} scenario={s} own={ownIds.has(s.id)} best={best.get(s.id)} disabled={!name || busy} onStart={(v) => void start(s.id, v)} />
          ))}
        </div>
        {scenarios.length === 0 && <p>没有可用的买家剧本。</p>}
        <p className="muted">
          想自己写一位买家？到<a href={hrefFor({ name: 'studio' })}>剧本工坊</a>。
        </p>
      </section>
      <BrokenFiles files={broken} />
    </div>
  );
}
