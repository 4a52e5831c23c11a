// Starting a practice chat: the buyer opens, and the record (opening lines + snapshot) is
// written before the workbench shows, so even the first second of a chat can be resumed.
import { driveBuyer } from '@/engine/buyer/drive';
import { lazyReadReply } from '@/app/lazy-reading';
import { scenarioHash } from '@/engine/scenario/content-hash';
import type { Scenario } from '@/engine/scenario/schema';
import type { SessionRecord } from '@/db/records';
import { newId } from '@/db/ids';
import { saveSession } from '@/db/sessions';

export function newSessionRecord(scenario: Scenario, variant: string, trainee: string, now: number = Date.now()): SessionRecord {
  const seed = Math.floor(Math.random() * 2 ** 31);
  // An empty variant means the persona as written (a buyer without variants).
  // Only her opening is needed here: no reply is read, so the reader's chunk is not waited for.
  const buyer = driveBuyer(scenario, variant ? { seed, variant } : { seed }, lazyReadReply);
  const turns = buyer.opening().map((t) => ({ ...t, at: t.at ?? now }));
  return {
    id: newId(),
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    variant,
    seed,
    trainee,
    startedAt: now,
    updatedAt: now,
    status: 'active',
    outcome: null,
    turns,
    snapshot: buyer.persist(),
    scenarioHash: scenarioHash(scenario),
  };
}

export async function startSession(scenario: Scenario, variant: string, trainee: string): Promise<SessionRecord> {
  const record = newSessionRecord(scenario, variant, trainee);
  await saveSession(record);
  return record;
}
