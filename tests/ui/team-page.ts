// The team screens' test setup in one place: a real team server per test (team-server.ts),
// the page served from its address (the base the join screen keeps), the outbox stopped and
// the server's data dropped afterwards. WebSockets are off unless asked for (most screens are
// tested on their HTTP answers); when asked for, the page's WebSocket is the ws package's client
// (the one the test environment provides cannot dispatch its events into jsdom).
import { afterEach, beforeEach } from 'vitest';
import { WebSocket as NodeSocket } from 'ws';
import { configure } from '@testing-library/react';
import { saveMembership } from '@/db/membership';
import { JoinResponseSchema, type JoinResponse } from '@/server/api-contract';
import { request } from '@/app/team/api-client';
import { stopSync } from '@/app/team/sync-runner';
import { startTeam, type TestTeam } from './team-server';

/** A browser's WebSocket: an error no one listens to is not fatal (it is followed by close). */
class PageSocket extends NodeSocket {
  constructor(...args: ConstructorParameters<typeof NodeSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

declare const jsdom: { reconfigure: (options: { url: string }) => void };

export interface TeamPage {
  /** This test's server (set in beforeEach). */
  readonly team: TestTeam;
  /** A new member who joined by the lead's invite. */
  join(role: 'mentor' | 'trainee', name: string): Promise<JoinResponse>;
  /** Makes this browser the member's device (the membership the screens read). */
  remember(joined: JoinResponse): Promise<void>;
}

export function useTeamPage(options: { webSocket?: boolean } = {}): TeamPage {
  let current: TestTeam | null = null;
  const nodeWebSocket = globalThis.WebSocket;
  configure({ asyncUtilTimeout: 8000 });

  beforeEach(async () => {
    current = await startTeam();
    jsdom.reconfigure({ url: `${current.base}/` });
    if (options.webSocket) globalThis.WebSocket = PageSocket as unknown as typeof WebSocket;
    else Reflect.deleteProperty(globalThis, 'WebSocket');
  });

  afterEach(async () => {
    stopSync();
    await current?.dispose();
    current = null;
    jsdom.reconfigure({ url: 'http://localhost:3000/' });
    globalThis.WebSocket = nodeWebSocket;
  });

  const page: TeamPage = {
    get team() {
      if (!current) throw new Error('the team server starts in beforeEach');
      return current;
    },
    join: async (role, name) => request({ base: page.team.base, bearer: await page.team.invite(role) }, 'POST', '/api/join', JoinResponseSchema, { name }),
    remember: (j) =>
      saveMembership({ base: page.team.base, token: j.token, deviceId: j.deviceId, member: j.member, team: j.team, joinedAt: 1, downloadCursor: null }).then(() => undefined),
  };
  return page;
}
