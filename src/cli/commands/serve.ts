// `serve [--port 8787] [--host [H]] [--data DIR] [--base URL]`: the team server (see
// docs/team-server.md). Listens on 127.0.0.1 unless --host is given; a bare --host listens on
// every interface so the shop's other machines can join. DATABASE_URL selects PostgreSQL.
import { resolve } from 'node:path';
import { parseArgs, UsageError, type Io } from '@/cli/args';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA = './peilian-data';

/** A bare `--host` (last, or followed by another option) means every interface, as in vite. */
export function withHostValue(argv: string[]): string[] {
  return argv.flatMap((arg, i) => (arg === '--host' && (i === argv.length - 1 || argv[i + 1]!.startsWith('--')) ? ['--host', '0.0.0.0'] : [arg]));
}

export function portOf(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got ${String(value)}`);
  return port;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(withHostValue(argv), ['port', 'host', 'data', 'base', 'dist'], []);
  if (positional.length) throw new UsageError(`serve takes no arguments, got "${positional[0]}"`);
  const { startServer } = await import('@/server/start');
  const dataDir = resolve(io.cwd, String(options.data ?? DEFAULT_DATA));
  const server = await startServer({
    port: portOf(options.port),
    host: String(options.host ?? '127.0.0.1'),
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    ...(typeof options.dist === 'string' ? { distDir: resolve(io.cwd, options.dist) } : {}),
    ...(typeof options.base === 'string' ? { baseUrl: options.base } : {}),
  });
  const where = server.store.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : server.store.file;
  // One write, so that whoever reads the output sees the whole of it at once.
  const lines = [`陪练团队服务器已启动：${server.url}  数据：${where}`, `其他电脑用这个地址加入：${server.baseUrl}`];
  if (!options.host) lines.push('只在本机可用；要让店里其他电脑加入，请加 --host 重新启动。');
  if (server.setupUrl) lines.push('首次启动：组长请在浏览器打开下面的链接，设置团队 PIN（链接只能用一次，7 天内有效）：', server.setupUrl);
  io.out(lines.join('\n'));
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.err('正在停止服务器…');
      server.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
