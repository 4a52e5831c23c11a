// WebSocket rooms: a socket is in the rooms its viewer may hear (team:<id> for a lead,
// member:<id> for itself and, for a mentor, each assigned trainee, device:<id>). Events are
// published to room names; the bus carries them to every server process.
import type { WebSocket } from 'ws';
import type { ServerEvent } from '@/server/api-contract';
import type { Bus, RoomMessage } from '@/server/ws/bus';

export interface Rooms {
  join(socket: WebSocket, rooms: readonly string[]): void;
  /** Adds rooms to a socket already joined (a live session's room, on request). */
  add(socket: WebSocket, rooms: readonly string[]): void;
  leave(socket: WebSocket): void;
  publish(rooms: readonly string[], event: ServerEvent): Promise<void>;
  /** Sockets currently open (for tests and the log). */
  size(): number;
  close(): Promise<void>;
}

export async function createRooms(bus: Bus): Promise<Rooms> {
  const members = new Map<string, Set<WebSocket>>();
  const joined = new Map<WebSocket, readonly string[]>();

  function deliver({ rooms, event }: RoomMessage) {
    const targets = new Set<WebSocket>();
    for (const room of rooms) for (const socket of members.get(room) ?? []) targets.add(socket);
    const data = JSON.stringify(event);
    for (const socket of targets) if (socket.readyState === socket.OPEN) socket.send(data);
    if (event.type === 'revoked') for (const socket of targets) socket.close(4401, 'revoked');
  }

  await bus.start(deliver);

  return {
    join(socket, rooms) {
      joined.set(socket, rooms);
      for (const room of rooms) {
        let set = members.get(room);
        if (!set) members.set(room, (set = new Set()));
        set.add(socket);
      }
    },
    add(socket, rooms) {
      const had = joined.get(socket);
      if (!had) return;
      const fresh = rooms.filter((r) => !had.includes(r));
      joined.set(socket, [...had, ...fresh]);
      for (const room of fresh) {
        let set = members.get(room);
        if (!set) members.set(room, (set = new Set()));
        set.add(socket);
      }
    },
    leave(socket) {
      for (const room of joined.get(socket) ?? []) {
        const set = members.get(room);
        set?.delete(socket);
        if (set && !set.size) members.delete(room);
      }
      joined.delete(socket);
    },
    publish(rooms, event) {
      return bus.publish({ rooms: [...rooms], event });
    },
    size: () => joined.size,
    async close() {
      for (const socket of joined.keys()) socket.close(1001, 'server stopping');
      members.clear();
      joined.clear();
      await bus.close();
    },
  };
}
