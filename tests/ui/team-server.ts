// A real team server (src/server/start.ts: SQLite in a temp folder, 127.0.0.1, a free port)
// for the browser-side tests, with the first lead joined. No mock: the outbox talks HTTP to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@/server/start';
import { InviteCreatedSchema, JoinResponseSchema, type JoinResponse, type Role } from '@/server/api-contract';
import { request } from '@/app/team/api-client';

export const LEAD_PIN = '2468';

export interface TestTeam {
  base: string;
  dataDir: string;
  lead: JoinResponse;
  /** Stops the server (the data folder stays). */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart: () => Promise<void>;
  /** Stops it and deletes the data folder. */
  dispose: () => Promise<void>;
  /** A fresh invite code made by the lead. */
  invite: (role: Role) => Promise<string>;
}

const codeOf = (url: string) => decodeURIComponent(url.slice(url.indexOf('#/join/') + '#/join/'.length));

export async function startTeam(): Promise<TestTeam> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peilian-team-ui-'));
  const open = (port: number) => startServer({ port, host: '127.0.0.1', dataDir, distDir: null, log: () => undefined });
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
    dataDir,
    lead,
    stop,
    restart: async () => {
      await stop();
      server = await open(port);
    },
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    invite: async (role) => (await request({ base, bearer: lead.token }, 'POST', '/api/invites', InviteCreatedSchema, { role })).code,
  };
}
