// A socket's part in live sessions (issue 13): `live.join` checks the caller may see the session
// (as every HTTP route does), puts the socket in the session's room for its side, and sends
// the messages after the number the client last saw — joined first, read second, so a message
// stored meanwhile comes twice at worst (the client keeps one per number), never not at all.
// `live.typing` goes to the other side: the mentor's to the trainee (and watchers), the
// trainee's to the staff; a watcher's goes nowhere.
import type { WebSocket } from 'ws';
import { rooms as roomNames, type ClientEvent, type ServerEvent } from '@/server/api-contract';
import { liveFor } from '@/server/http/routes-live';
import { staffMessage, traineeMessage } from '@/server/exam/live-present';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';
import type { Rooms } from '@/server/ws/rooms';

type Side = 'trainee' | 'driver' | 'watcher';

export function liveSocket(repo: Repository, rooms: Rooms, viewer: Viewer, socket: WebSocket) {
  const sides = new Map<string, Side>();
  const send = (event: ServerEvent) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
  };

  async function join(liveId: string, after: number) {
    let side: Side;
    try {
      const a = await liveFor(repo, viewer, liveId);
      side = viewer.member.role === 'trainee' ? 'trainee' : a.exam.created_by === viewer.member.id ? 'driver' : 'watcher';
    } catch {
      send({ type: 'live.refused', liveId });
      return;
    }
    const room = side === 'trainee' ? 'trainee' : 'staff';
    sides.set(liveId, side);
    rooms.add(socket, [roomNames.live(liveId, room)]);
    const rows = await repo.live.messagesAfter(liveId, after, room);
    let lastSeq = after;
    for (const row of rows) {
      const message = room === 'trainee' ? traineeMessage(row) : staffMessage(row);
      lastSeq = message.seq;
      send({ type: 'live.message', liveId, message });
    }
    send({ type: 'live.joined', liveId, lastSeq, side });
  }

  async function typing(liveId: string, on: boolean) {
    const side = sides.get(liveId);
    if (side === 'trainee') await rooms.publish([roomNames.live(liveId, 'staff')], { type: 'live.typing', liveId, side: 'agent', typing: on });
    if (side === 'driver') await rooms.publish([roomNames.live(liveId, 'trainee'), roomNames.live(liveId, 'staff')], { type: 'live.typing', liveId, side: 'buyer', typing: on });
  }

  return {
    handle(event: ClientEvent): Promise<void> | void {
      if (event.type === 'live.join') return join(event.liveId, event.after);
      if (event.type === 'live.typing') return typing(event.liveId, event.typing);
    },
  };
}
