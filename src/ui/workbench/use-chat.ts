// The chat controller of the workbench. The buyer actor holds the conversation state;
// this hook sends it the trainee's replies and timeouts, reveals the buyer's lines with a
// typing delay, and writes every turn with the actor's persisted snapshot to IndexedDB.
// Until a write commits, the record is also kept in the store's unsaved chats (with a
// localStorage copy), so a reload right after Enter or a refused write loses nothing.
// Replies are read and graded by the reader's chunk (app/lazy-reading.ts), fetched while the
// chat is already on screen: a reply sent before it has arrived waits for it, keeps the time it
// was sent, and stays in the reply box's stored draft until its chat write.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import type { Buyer } from '@/engine/session';
import type { Scenario } from '@/engine/scenario/schema';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { FeedbackItem } from '@/engine/score/types';
import type { SessionRecord } from '@/db/records';
import { saveProgress, StaleWriteError } from '@/db/sessions';
import { useUiStore } from '@/store/ui-store';
import type { HintGrader } from '@/app/hint-grader';
import { loadReading, readingNow, type Reading } from '@/app/lazy-reading';
import { typingDelay } from '@/app/speed';
import { storageMessage } from '@/ui/storage-message';

export interface Hint {
  items: FeedbackItem[];
  coaching?: string;
}

export interface Chat {
  record: SessionRecord;
  /** How many turns are on screen; the rest are still being "typed". */
  visible: number;
  typing: boolean;
  /** Seconds the buyer has waited for an answer, or null when she is not waiting. */
  waited: number | null;
  timeoutSeconds: number | null;
  mood: number;
  hint: Hint | null;
  ended: boolean;
  /** The buyer has decided; the trainee's next reply closes the chat. */
  closing: boolean;
  send: (text: string) => boolean;
  end: () => Promise<void>;
}

/** How this tab writes the chat: as the lease holder `owner`, told when it is no longer the writer. */
export interface ChatWriter {
  owner?: string;
  /** Turns of `initial` IndexedDB already holds (fewer when unsaved turns were restored). */
  stored?: number;
  /** `initial` is an unsaved copy restored from an earlier page: write it at once. */
  restored?: boolean;
  onLost?: (reason: StaleWriteError['reason']) => void;
}

/** `buyer` is the actor already resumed from `initial` (see resumeBuyer). */
export function useChat(initial: SessionRecord, scenario: Scenario, buyer: Buyer, writer: ChatWriter = {}): Chat {
  const mood = useSelector(buyer.actor, (snapshot) => snapshot.context.mood);
  const [record, setRecord] = useState(initial);
  const recordRef = useRef(initial);
  const [visible, setVisible] = useState(initial.turns.length);
  const [now, setNow] = useState(() => Date.now());
  // A resumed chat starts the buyer's wait anew: time away from the page is not her waiting.
  const [mountedAt] = useState(now);
  const [hint, setHint] = useState<Hint | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const timedOutAt = useRef<number>(-1);
  // The hints grade the chat after every reply: one incremental grader per chat (app/hint-grader.ts).
  const hints = useRef<{ scenario: Scenario; grader: HintGrader } | null>(null);
  const setStorageError = useUiStore((s) => s.setStorageError);
  const keepUnsaved = useUiStore((s) => s.keepUnsaved);
  const savedUpTo = useUiStore((s) => s.savedUpTo);
  const markFailed = useUiStore((s) => s.markFailed);
  const setDraft = useUiStore((s) => s.setDraft);
  /** A reply sent before the reader arrived, waiting for it: the buyer is not waiting meanwhile. */
  const [pending, setPending] = useState(false);
  const pendingRef = useRef(false);
  const writerRef = useRef(writer);
  writerRef.current = writer;
  /** Another tab writes this chat now, or it moved on: this one writes nothing more. */
  const lost = useRef(false);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  // The reader is fetched as soon as the chat is on screen, before any reply needs it.
  useEffect(() => {
    loadReading().catch(() => undefined);
  }, []);

  /** Turns IndexedDB holds; after a failed write the next one carries the missed turns too. */
  const saved = useRef(writer.stored ?? initial.turns.length);
  /** The record last written, or the one read, when nothing of it is missing on disk. */
  const savedRecord = useRef<SessionRecord | null>(writer.restored ? null : initial);

  // Writes run one after another and each stores the latest record: its new turns, snapshot
  // and row in one transaction, so a reload mid-chat finds turns and buyer state in step.
  const write = useCallback(
    () => {
      writes.current = writes.current.then(async () => {
        const latest = recordRef.current;
        if (lost.current || latest === savedRecord.current) return;
        const { owner, onLost } = writerRef.current;
        try {
          await saveProgress(latest, saved.current, owner === undefined ? {} : { owner });
          saved.current = latest.turns.length;
          savedRecord.current = latest;
          savedUpTo(latest);
          setStorageError(null);
        } catch (e) {
          if (e instanceof StaleWriteError) {
            lost.current = true;
            onLost?.(e.reason);
            return;
          }
          markFailed(latest.id);
          setStorageError(storageMessage(e));
        }
      });
    },
    [setStorageError, savedUpTo, markFailed],
  );

  // A chat restored from the unsaved copy of an earlier page is written first.
  useEffect(() => {
    if (savedRecord.current !== recordRef.current) write();
  }, [write]);

  /** Appends turns; buyer lines get the time they will appear, after their typing delay. */
  const append = useCallback(
    (reading: Reading, agent: Turn | null, buyerTurns: Turn[], outcome: OutcomeKind | null, at: number, forceEnd = false) => {
      const prev = recordRef.current;
      let clock = at;
      const timed = buyerTurns.map((t) => {
        clock += typingDelay(t.text);
        return { ...t, at: clock };
      });
      const turns = [...prev.turns, ...(agent ? [{ ...agent, at }] : []), ...timed];
      // After the buyer decides the chat stays open for the closing reply (buyer.closing()).
      const ended = forceEnd || buyer.over();
      let next: SessionRecord = {
        ...prev,
        turns,
        outcome: outcome ?? prev.outcome,
        snapshot: buyer.persist(),
        updatedAt: Date.now(),
        status: ended ? 'ended' : 'active',
      };
      if (ended) next = { ...next, summary: reading.summarize(reading.gradeSession(next, scenario)) };
      recordRef.current = next;
      setRecord(next);
      // Synchronously into the store (and localStorage) before the write starts: a reload in
      // the milliseconds before IndexedDB commits finds the reply there.
      keepUnsaved(next, saved.current);
      write();
      const firstBuyer = turns.length - timed.length;
      setVisible(firstBuyer);
      // Counted from now: a reply that waited for the reader still shows the buyer typing.
      timed.forEach((t, i) => {
        timers.current.push(setTimeout(() => setVisible((v) => Math.max(v, firstBuyer + i + 1)), t.at - at));
      });
      return next;
    },
    [buyer, scenario, write, keepUnsaved],
  );

  const ended = record.status === 'ended';

  /** Reads the reply sent at `at`, lets the buyer answer and shows the hint. */
  const deliver = useCallback(
    (reading: Reading, clean: string, at: number) => {
      const result = buyer.reply(clean, at);
      const next = append(reading, result.agent, result.buyer, result.outcome, at);
      if (useUiStore.getState().hintsOn) {
        const index = recordRef.current.turns.length - result.buyer.length - 1;
        if (hints.current?.scenario !== scenario) hints.current = { scenario, grader: reading.createHintGrader(scenario) };
        const items = hints.current.grader.feedback(next).filter((f) => f.turn === index && f.kind !== 'good');
        const coaching = result.missed ? buyer.coaching() : undefined;
        setHint(items.length > 0 || coaching ? { items, ...(coaching ? { coaching } : {}) } : null);
      } else {
        setHint(null);
      }
    },
    [append, buyer, scenario],
  );

  const send = useCallback(
    (text: string): boolean => {
      const clean = text.trim();
      // One reply waits for the reader at a time: a second Enter meanwhile leaves its text in the box.
      if (!clean || recordRef.current.status === 'ended' || lost.current || pendingRef.current) return false;
      const at = Date.now();
      const reading = readingNow();
      if (reading) {
        deliver(reading, clean, at);
        return true;
      }
      pendingRef.current = true;
      setPending(true);
      const sessionId = recordRef.current.id;
      loadReading().then(
        (loaded) => {
          pendingRef.current = false;
          setPending(false);
          if (!lost.current && recordRef.current.status !== 'ended') deliver(loaded, clean, at);
        },
        (e: unknown) => {
          // The reader could not be fetched: the reply goes back into the box, nothing is lost.
          pendingRef.current = false;
          setPending(false);
          setDraft(sessionId, clean, Date.now());
          setStorageError(`回复没有发出：评分程序加载失败（${e instanceof Error ? e.message : String(e)}），请刷新页面后再发送。`);
        },
      );
      return true;
    },
    [deliver, setDraft, setStorageError],
  );

  const end = useCallback(async () => {
    const reading = await loadReading();
    // A reply still waiting for the reader is delivered first (its then() ran before this one).
    if (recordRef.current.status !== 'ended') {
      const at = Date.now();
      const result = buyer.end(at);
      append(reading, null, result.buyer, result.outcome, at, true);
    }
    await writes.current;
  }, [append, buyer]);

  const timeoutSeconds = ended ? null : buyer.timeoutSeconds();
  const last = record.turns[record.turns.length - 1];
  const allShown = visible >= record.turns.length;
  const waiting = !ended && !pending && allShown && last?.role === 'buyer' && last.at !== undefined;
  const waited = waiting && last.at !== undefined ? Math.max(0, (now - Math.max(last.at, mountedAt)) / 1000) : null;

  // One clock tick a second drives both the visible timer and the timeout.
  useEffect(() => {
    if (!waiting) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [waiting]);

  useEffect(() => {
    if (waited === null || timeoutSeconds === null || waited < timeoutSeconds) return;
    const count = recordRef.current.turns.length;
    if (timedOutAt.current === count) return;
    timedOutAt.current = count;
    const at = Date.now();
    // Her nudge or leaving may end the chat, which is then graded: the reader is needed.
    loadReading().then(
      (reading) => {
        if (lost.current || pendingRef.current || recordRef.current.turns.length !== count || recordRef.current.status === 'ended') return;
        const result = buyer.timeout(at);
        append(reading, null, result.buyer, result.outcome, at);
      },
      // No reader, no nudge: the next tick tries again.
      () => (timedOutAt.current = -1),
    );
  }, [waited, timeoutSeconds, buyer, append]);

  const closing = !ended && record.outcome !== null && buyer.closing();
  return { record, visible, typing: !allShown, waited, timeoutSeconds, mood, hint, ended, closing, send, end };
}
