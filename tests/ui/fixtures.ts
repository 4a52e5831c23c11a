import type { SessionRecord } from '@/db/records';

/** An ended session record as the workbench would store it. */
export function endedSession(over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: over.id ?? 's-1',
    scenarioId: 'price-haggle',
    scenarioTitle: '砍价的宝妈',
    variant: 'normal',
    seed: 7,
    trainee: '小王',
    startedAt: Date.UTC(2026, 0, 5, 2, 0),
    updatedAt: Date.UTC(2026, 0, 5, 2, 10),
    status: 'ended',
    outcome: 'sale',
    turns: [
      { role: 'buyer', text: '这个四件套能便宜点吗？', at: Date.UTC(2026, 0, 5, 2, 0) },
      { role: 'agent', text: '亲，您好~这款是活动价哦', at: Date.UTC(2026, 0, 5, 2, 0, 20) },
    ],
    snapshot: null,
    summary: { tone: 80, compliance: 100, conversion: 70, total: 84, passed: true, pointsDeducted: 0 },
    ...over,
  };
}
