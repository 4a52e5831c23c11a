// Keeps a joined browser in step with its team server: drains the outbox whenever something
// is queued, downloads one's own history once per start, and when the server cannot be
// reached retries with a growing, jittered delay (200 browsers must not all hammer a server
// that just restarted), at once when the browser reports it is back online. The team's
// buyers are pulled on start and whenever the server says one was published.
import { liveQuery, type Subscription } from 'dexie';
import { countByState } from '@/db/outbox';
import { clearMembership } from '@/db/membership';
import type { MembershipRecord } from '@/db/team-records';
import { ServerRefused, ServerUnreachable, errorText, type Connection } from '@/app/team/api-client';
import { drainOutbox } from '@/app/team/outbox-sync';
import { downloadHistory } from '@/app/team/download-history';
import { pullTeamBuyers } from '@/app/team/team-buyers';
import { pullTeamPhrases } from '@/app/team/pull-phrases';
import { subscribeTeamEvents } from '@/app/team/team-events';

export interface SyncStatus {
  /**
   * starting: the first sync since this start has not finished (nothing is known yet);
   * offline: the browser is offline or the server did not answer; revoked: the token is gone.
   */
  state: 'starting' | 'synced' | 'pending' | 'offline' | 'error' | 'revoked';
  pending: number;
  rejected: number;
  /** The last failure, in Chinese (title of the status line). */
  detail: string | null;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 15_000;

let status: SyncStatus = { state: 'starting', pending: 0, rejected: 0, detail: null };
const listeners = new Set<() => void>();

export function getSyncStatus(): SyncStatus {
  return status;
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: Partial<SyncStatus>): void {
  status = { ...status, ...next };
  listeners.forEach((l) => l());
}

class Runner {
  private busy = false;
  private again = false;
  private stopped = false;
  private downloaded = false;
  /** Until one run has finished, an empty queue does not yet mean 已同步. */
  private ranOnce = false;
  private buyersPulled = false;
  /** The team's 话术库 is pulled once per start and again whenever the server says it changed. */
  private phrasesPulled = false;
  private stopEvents: () => void;
  private retryMs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failure: { state: 'offline' | 'error'; detail: string } | null = null;
  private counts: Subscription;
  private readonly conn: Connection;

  constructor(readonly membership: MembershipRecord) {
    this.conn = { base: membership.base, bearer: membership.token };
    this.counts = liveQuery(() => countByState()).subscribe({
      next: ({ pending, rejected }) => {
        const grew = pending > status.pending;
        publish({ pending, rejected });
        this.refresh();
        // A new turn is worth a try at once, even while waiting out a retry delay.
        if (pending > 0 && (grew || !this.failure)) this.kick();
      },
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.stopEvents = subscribeTeamEvents(membership.base, membership.token, (event) => {
      if (event.type === 'buyers') this.buyersPulled = false;
      else if (event.type === 'phrases') this.phrasesPulled = false;
      else return;
      this.kick();
    });
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    this.counts.unsubscribe();
    this.stopEvents();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.timer) clearTimeout(this.timer);
  }

  private readonly onOnline = () => {
    this.retryMs = 0;
    this.kick();
  };

  private readonly onOffline = () => {
    this.failure = { state: 'offline', detail: '浏览器处于离线状态，练习照常保存在本机，联网后自动同步。' };
    this.refresh();
  };

  private refresh(): void {
    if (status.state === 'revoked') return;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    if (offline || this.failure?.state === 'offline') publish({ state: 'offline', detail: this.failure?.detail ?? '浏览器处于离线状态' });
    else if (this.failure) publish({ state: 'error', detail: this.failure.detail });
    else if (!this.ranOnce) publish({ state: 'starting', detail: null });
    else publish({ state: status.pending > 0 ? 'pending' : 'synced', detail: null });
  }

  /** Runs a sync now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.busy) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.busy = true;
    try {
      do {
        this.again = false;
        if (!this.downloaded) {
          await downloadHistory(this.conn);
          this.downloaded = true;
        }
        await drainOutbox(this.conn);
        if (!this.buyersPulled) {
          this.buyersPulled = true;
          await pullTeamBuyers(this.conn);
        }
        if (!this.phrasesPulled) {
          await pullTeamPhrases(this.conn, this.membership.team.id);
          this.phrasesPulled = true;
        }
      } while (this.again && !this.stopped);
      this.ranOnce = true;
      this.failure = null;
      this.retryMs = 0;
    } catch (e) {
      // Whatever failed is tried again on the next run, the team's buyers included.
      this.buyersPulled = false;
      if (e instanceof ServerRefused && e.status === 401) {
        this.stop();
        await clearMembership();
        publish({ state: 'revoked', detail: '这台设备已被移出团队（授权已撤销），练习记录仍保存在本机。' });
        return;
      }
      this.failure =
        e instanceof ServerUnreachable
          ? { state: 'offline', detail: '连不上团队服务器，练习照常保存在本机，恢复后自动同步。' }
          : { state: 'error', detail: `同步失败：${errorText(e)}` };
      this.retryMs = Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, this.retryMs * 2));
      const delay = this.retryMs * (0.5 + Math.random() * 0.5);
      if (!this.stopped) this.timer = setTimeout(() => this.kick(), delay);
    } finally {
      this.busy = false;
      this.refresh();
    }
  }
}

let runner: Runner | null = null;

/** Starts (or restarts, for another token) the sync of this browser; idempotent. */
export function startSync(membership: MembershipRecord): void {
  if (runner && runner.membership.token === membership.token) return;
  runner?.stop();
  status = { state: 'starting', pending: 0, rejected: 0, detail: null };
  runner = new Runner(membership);
}

export function stopSync(): void {
  runner?.stop();
  runner = null;
}

/** A try right now (a button, a regained focus). */
export function syncNow(): void {
  runner?.kick();
}
