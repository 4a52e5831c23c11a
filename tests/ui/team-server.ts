// A real team server (src/server/start.ts on 127.0.0.1, a free port; SQLite in a temp folder,
// or a fresh PostgreSQL database when DATABASE_URL is set, through the server suite's freshDb)
// for the browser-side tests, with the first lead joined. No mock: the outbox talks HTTP to it.
import { startServer, type RunningServer } from '@/server/start';
import { InviteCreatedSchema, JoinResponseSchema, type JoinResponse, type Role } from '@/server/api-contract';
import { request } from '@/app/team/api-client';
import { freshDb } from '../server/harness';

export const LEAD_PIN = '2468';

export interface TestTeam {
  base: string;
  lead: JoinResponse;
  /** Stops the server (the data folder stays). */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart: () => Promise<void>;
  /** Stops it and deletes its data. */
  dispose: () => Promise<void>;
  /** A fresh invite code made by the lead. */
  invite: (role: Role) => Promise<string>;
}

const codeOf = (url: string) => decodeURIComponent(url.slice(url.indexOf('#/join/') + '#/join/'.length));

export async function startTeam(): Promise<TestTeam> {
  const db = await freshDb();
  const open = (port: number) =>
    startServer({ port, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: null, log: () => undefined });
  let server: RunningServer | null = await open(0);
  const port = server.port;
  const base = server.url;
  if (!server.setupUrl) throw new Error('a fresh server must print a lead link');
  const lead = await request({ base, bearer: codeOf(server.setupUrl) }, 'POST', '/api/join', JoinResponseSchema, {
    name: '王组长',
    pin: LEAD_PIN,
  });
  const stop = async () => {
    await server?.close();
    server = null;
  };
  return {
    base,
    lead,
    stop,
    restart: async () => {
      await stop();
      server = await open(port);
    },
    dispose: async () => {
      await stop();
      await db.drop();
    },
    invite: async (role) => (await request({ base, bearer: lead.token }, 'POST', '/api/invites', InviteCreatedSchema, { role })).code,
  };
}
