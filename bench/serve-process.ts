// `peilian serve` as its own process on 127.0.0.1 (the restart test and the team load bench):
// resolves once it has printed its address (and its setup link, when it has one).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  setupUrl: string | null;
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /** CPU time (user + system) the server process has used so far, in ms; null off Linux. */
  cpuMs: () => number | null;
}

/** utime + stime of a live process from /proc (clock ticks; 100 per second on Linux). */
function cpuOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export function startServeProcess(options: { dataDir: string; databaseUrl?: string | undefined; port?: number }): Promise<ServeProcess> {
  // PEILIAN_BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it exits (where its time goes).
  const profileDir = process.env.PEILIAN_BENCH_CPU_PROF;
  const args = [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(profileDir)] : []), '--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--data', options.dataDir];
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
        resolvePromise({ child, url, setupUrl, exited, stop, cpuMs: () => cpuOf(child.pid) });
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${out}\n${err}`)));
  });
}
