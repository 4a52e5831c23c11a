// What every route handler gets: the repository, the rooms, the log, and (after the auth
// middleware) the viewer behind the device token.
import type { Context } from 'hono';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';
import type { Rooms } from '@/server/ws/rooms';

export interface ServerDeps {
  repo: Repository;
  rooms: Rooms;
  /** One line per event, never a secret. */
  log: (line: string) => void;
  /** The app version health reports. */
  version: string;
  /** Where join links point (e.g. http://192.168.1.20:8787); default the request's own origin. */
  baseUrl: string | null;
  /** The server's clock (ms): exam turns, timeouts and time limits run on it. Tests pass their own. */
  now: () => number;
}

export type Env = { Variables: { viewer: Viewer } };
export type Ctx = Context<Env>;

export function viewerOf(c: Ctx): Viewer {
  return c.get('viewer');
}
