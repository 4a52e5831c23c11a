// GET /api/ws: the token rides as a subprotocol (browsers cannot set headers on a WebSocket);
// without a valid one the answer is a plain HTTP 401 and no upgrade happens.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientEventSchema, WS_BEARER_PREFIX, WS_PROTOCOL, rooms as roomNames } from '@/server/api-contract';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';
import type { Rooms } from '@/server/ws/rooms';
import { liveSocket } from '@/server/ws/live-socket';

/** The rooms a viewer hears. */
export async function roomsFor(repo: Repository, viewer: Viewer): Promise<string[]> {
  const list = [roomNames.member(viewer.member.id), roomNames.device(viewer.device.id)];
  if (viewer.member.role === 'lead') list.push(roomNames.team(viewer.team.id));
  if (viewer.member.role === 'mentor') {
    for (const id of await repo.people.traineesOf(viewer.team.id, viewer.member.id)) list.push(roomNames.member(id));
  }
  return list;
}

function refuse(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":{"code":"unauthorized","message":"未登录或登录已失效"}}`);
}

export function createUpgradeHandler(repo: Repository, rooms: Rooms, log: (line: string) => void) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4096,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });

  function attach(socket: WebSocket, viewer: Viewer, list: string[]) {
    const hello = (names: readonly string[]) => socket.send(JSON.stringify({ type: 'hello', memberId: viewer.member.id, rooms: names }));
    // A mentor given (or relieved of) a trainee while connected: the rooms follow, and a new
    // hello says which they are now.
    const reassigned = () =>
      void roomsFor(repo, viewer).then(
        (next) => {
          rooms.rejoin(socket, next);
          if (socket.readyState === socket.OPEN) hello(next);
        },
        (error: unknown) => log(`ws: rooms of member ${viewer.member.id}: ${error instanceof Error ? error.message : String(error)}`),
      );
    rooms.join(socket, list, reassigned);
    const live = liveSocket(repo, rooms, viewer, socket);
    hello(list);
    socket.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        parsed = null;
      }
      const event = ClientEventSchema.safeParse(parsed);
      if (!event.success) return;
      if (event.data.type === 'ping') socket.send(JSON.stringify({ type: 'pong', at: Date.now() }));
      else void Promise.resolve(live.handle(event.data)).catch((error: unknown) => log(`ws: live event failed: ${error instanceof Error ? error.message : String(error)}`));
    });
    socket.on('close', () => rooms.leave(socket));
    socket.on('error', () => rooms.leave(socket));
  }

  const handle = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/api/ws') return refuse(socket, 404, 'Not Found');
    const offered = String(request.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    const token = offered.find((p) => p.startsWith(WS_BEARER_PREFIX))?.slice(WS_BEARER_PREFIX.length);
    void (async () => {
      const viewer = token ? await repo.people.viewerByToken(token) : null;
      if (!viewer) {
        log('GET /api/ws 401');
        return refuse(socket, 401, 'Unauthorized');
      }
      const list = await roomsFor(repo, viewer);
      wss.handleUpgrade(request, socket, head, (ws) => attach(ws, viewer, list));
      log(`GET /api/ws 101 member=${viewer.member.id}`);
    })().catch((error: unknown) => {
      log(`ws: upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
      refuse(socket, 500, 'Internal Server Error');
    });
  };

  return { handle, close: () => new Promise<void>((done) => wss.close(() => done())) };
}
