// Resuming a stored chat: the buyer actor restarted from its persisted snapshot. A scenario
// file edited since the chat began may no longer have the state the snapshot is in; that is
// checked before XState sees the snapshot, because an actor that fails to restore reports its
// error as an uncaught exception that no caller can catch.
import { driveBuyer, type Buyer } from '@/engine/buyer/drive';
import { lazyReadReply } from '@/app/lazy-reading';
import type { Scenario } from '@/engine/scenario/schema';
import type { SessionRecord } from '@/db/records';

/** The stored chat cannot continue with the scenario as it is now; the message is for the trainee. */
export class ResumeError extends Error {
  override name = 'ResumeError';
}

function topState(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return Object.keys(value)[0];
  return undefined;
}

/** Whether the snapshot names a state the scenario still has, with a context to restore. */
export function snapshotFits(scenario: Scenario, snapshot: unknown): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const { value, context } = snapshot as { value?: unknown; context?: unknown };
  const state = topState(value);
  return state !== undefined && Object.hasOwn(scenario.states, state) && typeof context === 'object' && context !== null;
}

export function resumeBuyer(record: SessionRecord, scenario: Scenario): Buyer {
  const stale = new ResumeError(`买家剧本“${scenario.title}”在这段对话开始之后被修改过，保存的进度与现在的剧本对不上，所以不能接着聊了。已经发出的消息都还保存着。`);
  const hasSnapshot = record.snapshot !== undefined && record.snapshot !== null;
  if (hasSnapshot && !snapshotFits(scenario, record.snapshot)) throw stale;
  if (record.variant && !scenario.persona.variants?.[record.variant]) throw stale;
  let buyer: Buyer;
  try {
    // Replies are read once the reader's chunk is here (use-chat.ts waits for it before sending).
    buyer = driveBuyer(scenario, { seed: record.seed, ...(record.variant ? { variant: record.variant } : {}), ...(hasSnapshot ? { snapshot: record.snapshot } : {}) }, lazyReadReply);
  } catch {
    throw stale;
  }
  if (buyer.actor.getSnapshot().status === 'error') throw stale;
  return buyer;
}
