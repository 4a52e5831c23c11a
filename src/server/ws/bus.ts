// How room events reach every server process. With SQLite there is one process, so events go
// straight to its rooms; with PostgreSQL they go through NOTIFY and every server (this one
// included) hears them through LISTEN, so several servers can share one database and keep no
// state of their own.
import pg from 'pg';
import type { ServerEvent } from '@/server/api-contract';

export interface RoomMessage {
  rooms: string[];
  event: ServerEvent;
}

export interface Bus {
  publish(message: RoomMessage): Promise<void>;
  /** Starts delivering to `deliver`; the promise settles once listening. */
  start(deliver: (message: RoomMessage) => void): Promise<void>;
  close(): Promise<void>;
}

export function localBus(): Bus {
  let deliver: ((message: RoomMessage) => void) | null = null;
  return {
    async publish(message) {
      deliver?.(message);
    },
    async start(fn) {
      deliver = fn;
    },
    async close() {
      deliver = null;
    },
  };
}

const CHANNEL = 'peilian_rooms';
/** NOTIFY payloads stop at 8000 bytes. */
const PAYLOAD_BYTES = 7900;

/** Messages as NOTIFY payloads, each a JSON array of messages in publish order, each under the limit. */
export function payloadsOf(messages: readonly RoomMessage[]): string[] {
  const payloads: string[] = [];
  let parts: string[] = [];
  let bytes = 2;
  for (const message of messages) {
    const part = JSON.stringify(message);
    const size = Buffer.byteLength(part, 'utf8') + 1;
    if (parts.length && bytes + size > PAYLOAD_BYTES) {
      payloads.push(`[${parts.join(',')}]`);
      parts = [];
      bytes = 2;
    }
    parts.push(part);
    bytes += size;
  }
  if (parts.length) payloads.push(`[${parts.join(',')}]`);
  return payloads;
}

/** A payload heard on the channel: an array of messages (a process of an older version sent one message alone). */
export function messagesOf(payload: string): RoomMessage[] {
  const parsed = JSON.parse(payload) as RoomMessage | RoomMessage[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

export function postgresBus(databaseUrl: string, log: (line: string) => void): Bus {
  const listener = new pg.Client({ connectionString: databaseUrl });
  // One NOTIFY at a time: messages published while one is on its way leave together in the
  // next (every changed upload publishes; 200 of them at once were 200 transactions queued on
  // two connections). Each publish still resolves only once its NOTIFY has been sent, in order.
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let closed = false;
  let waiting: Array<{ message: RoomMessage; sent: () => void; failed: (error: unknown) => void }> = [];
  let sending = false;
  async function send() {
    sending = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        for (const payload of payloadsOf(batch.map((b) => b.message))) await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
        for (const b of batch) b.sent();
      } catch (error) {
        for (const b of batch) b.failed(error);
      }
    }
    sending = false;
  }
  // As in db/open.ts: an idle connection ended by PostgreSQL must not stop the server.
  publisher.on('error', (error) => {
    if (!closed) log(`ws: an idle publisher connection ended: ${error.message}`);
  });
  return {
    publish(message) {
      return new Promise<void>((sent, failed) => {
        waiting.push({ message, sent, failed });
        if (!sending) void send();
      });
    },
    async start(deliver) {
      listener.on('notification', (n) => {
        if (n.channel !== CHANNEL || !n.payload) return;
        let messages: RoomMessage[];
        try {
          messages = messagesOf(n.payload);
        } catch {
          log('ws: dropped a malformed room message');
          return;
        }
        for (const message of messages) {
          try {
            deliver(message);
          } catch {
            log('ws: dropped a malformed room message');
          }
        }
      });
      listener.on('error', (error) => {
        if (!closed) log(`ws: room listener lost its connection: ${error.message}`);
      });
      await listener.connect();
      await listener.query(`LISTEN ${CHANNEL}`);
    },
    async close() {
      closed = true;
      await Promise.allSettled([listener.end(), publisher.end()]);
    },
  };
}
