// Where other machines of the shop reach this server: its first LAN IPv4 address when it
// listens on every interface, else the address it listens on.
import { networkInterfaces } from 'node:os';

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) return net.address;
  }
  return null;
}

export function defaultBase(host: string, port: number): string {
  const everywhere = host === '0.0.0.0' || host === '::' || host === '';
  const name = everywhere ? (lanAddress() ?? '127.0.0.1') : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
