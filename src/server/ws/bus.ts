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

export function postgresBus(databaseUrl: string, log: (line: string) => void): Bus {
  const listener = new pg.Client({ connectionString: databaseUrl });
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let closed = false;
  // As in db/open.ts: an idle connection ended by PostgreSQL must not stop the server.
  publisher.on('error', (error) => {
    if (!closed) log(`ws: an idle publisher connection ended: ${error.message}`);
  });
  return {
    async publish(message) {
      // NOTIFY payloads stop at 8000 bytes; ours are ids and counts, far below.
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
    },
    async start(deliver) {
      listener.on('notification', (n) => {
        if (n.channel !== CHANNEL || !n.payload) return;
        try {
          deliver(JSON.parse(n.payload) as RoomMessage);
        } catch {
          log('ws: dropped a malformed room message');
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
