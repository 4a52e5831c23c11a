// Stored grades keep the scorer version and the buyer's content hash; history and the report
// show the same total, and summaries from another scorer version are graded again.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '@/ui/app';
import { endedSession, storeSessions, storedSessions } from './fixtures';
import { refreshSummaries } from '@/app/refresh-summaries';
import { findScenario } from '@/app/scenario-catalog';
import { gradeSession } from '@/app/grade';
import { newSessionRecord } from '@/app/start-session';
import { db } from '@/db/db';
import { scenarioHash } from '@/engine/scenario/content-hash';
import { SCORER_VERSION } from '@/engine/score/version';

describe('stored grades', () => {
  it('a new session keeps the scenario content hash; its summary the scorer version', async () => {
    const scenario = findScenario('price-haggle')!;
    const record = newSessionRecord(scenario, 'normal', '小王');

    expect(record.scenarioHash).toBe(scenarioHash(scenario));
    await storeSessions(endedSession({ id: 'old', summary: { tone: 1, compliance: 1, conversion: 1, total: 1, passed: false, pointsDeducted: 0 } }));
    await refreshSummaries();
    expect((await db.sessions.get('old'))?.summary?.scorerVersion).toBe(SCORER_VERSION);
  });

  it('grades again a summary from another scorer version, and leaves a current one alone', async () => {
    const stale = endedSession({ id: 'stale', summary: { tone: 1, compliance: 1, conversion: 1, total: 1, passed: false, pointsDeducted: 0, scorerVersion: SCORER_VERSION - 1 } });
    const current = endedSession({ id: 'current', summary: { tone: 2, compliance: 2, conversion: 2, total: 2, passed: false, pointsDeducted: 0, scorerVersion: SCORER_VERSION } });
    await storeSessions(stale, current);

    expect(await refreshSummaries()).toBe(1);

    const [a, b] = await Promise.all([db.sessions.get('stale'), db.sessions.get('current')]);
    expect(a?.summary?.total).toBe(gradeSession(stale, findScenario('price-haggle')).scores.total);
    expect(a?.summary?.scorerVersion).toBe(SCORER_VERSION);
    expect(b?.summary?.total).toBe(2);
  });

  it('history and the report show the same total', async () => {
    const record = endedSession({ id: 'same', summary: { tone: 10, compliance: 10, conversion: 10, total: 10, passed: false, pointsDeducted: 0 } });
    await storeSessions(record);
    const total = gradeSession(record, findScenario('price-haggle')).scores.total;
    window.location.hash = '#/history';
    const view = render(<App />);

    await waitFor(() => expect(screen.getByRole('table')).toHaveTextContent(`${total} `), { timeout: 3000 });
    view.unmount();
    window.location.hash = '#/report/same';
    render(<App />);
    expect(await screen.findByLabelText('总分')).toHaveTextContent(String(total));
    expect((await storedSessions())[0]?.summary?.total).toBe(total);
  });
});
