// `peilian serve` as its own process on 127.0.0.1 (the restart test and the team load bench):
// resolves once it has printed its address (and its setup link, when it has one).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  setupUrl: string | null;
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export function startServeProcess(options: { dataDir: string; databaseUrl?: string | undefined; port?: number }): Promise<ServeProcess> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--data', options.dataDir];
  // No built app needed: the API is what is exercised.
  args.push('--dist', resolve(options.dataDir, 'no-dist'));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: options.databaseUrl ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    // The request log is long under load: keep only its tail for an error message.
    err = (err + d.toString()).slice(-4000);
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url && out.endsWith('\n')) {
        const setupUrl = /^(http:\/\/\S+#\/join\/\S+)$/m.exec(out)?.[1] ?? null;
        resolvePromise({ child, url, setupUrl, exited, stop });
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${out}\n${err}`)));
  });
}
