// Runs the command line in-process with captured output, as the CLI tests need it.
import { fileURLToPath } from 'node:url';
import { main } from '@/cli/main';
import type { Io } from '@/cli/args';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => stdin, cwd: ROOT };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
