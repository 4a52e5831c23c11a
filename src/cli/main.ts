// `npm run -s peilian -- <command>`: see shared/design.md for the contracts.
// Exit codes: 0 success, 1 a finding that fails (e.g. an invalid file), 2 bad usage.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config as zodConfig } from 'zod';
import { UsageError, type Io } from '@/cli/args';
import { exitOnClosedPipe, terminalSafe } from '@/cli/output';

type Command = (argv: string[], io: Io) => Promise<number>;

// Loaded on demand so that `understand` does not pay for the scenario compiler, and so on.
const commands: Record<string, () => Promise<{ run: Command }>> = {
  check: () => import('@/cli/commands/check'),
  understand: () => import('@/cli/commands/understand'),
  play: () => import('@/cli/commands/play'),
  grade: () => import('@/cli/commands/grade'),
  serve: () => import('@/cli/commands/serve'),
  team: () => import('@/cli/commands/team'),
};

const USAGE = `usage: peilian <command> [options]

commands:
  check [FILE...]                     validate scenario files and every path of each buyer
  understand [TEXT]                   moves, entities and flags of a reply (stdin: one per line)
  play SCENARIO --replies FILE [--seed N] [--variant NAME]
                                      play a buyer with scripted trainee replies
  grade FILE                          grade a real chat log (JSON or JSON Lines)
  serve [--port 8787] [--host [H]] [--data DIR]
                                      the team server (API, WebSocket rooms, the built app)
  team invite --role trainee|mentor|lead [--data DIR] [--base URL]
                                      print a single-use join link
  team backup [--data DIR] OUT        copy the team database while the server runs
  team create NAME [--data DIR]       another team on the same database

options:
  --json                              print one JSON document on stdout and nothing else
`;

export async function main(argv: string[], rawIo: Io): Promise<number> {
  // Every command prints through this: escape codes from files or people never reach the terminal.
  const io: Io = { ...rawIo, out: (t) => rawIo.out(terminalSafe(t)), err: (t) => rawIo.err(terminalSafe(t)) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`peilian: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  // A command that runs once and exits validates each schema a few times: zod's compiled fast
  // path (code generated and compiled per object schema) costs more than it saves there. The
  // server, which validates request after request, keeps it. Set before any schema is built.
  if (name !== 'serve' && name !== 'team') zodConfig({ jitless: true });
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`peilian ${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs the command line on this process's arguments and standard streams. */
export function runAsProgram(): void {
  exitOnClosedPipe(process.stdout);
  exitOnClosedPipe(process.stderr);
  main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    readStdin,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`peilian: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// Run as a program through tsx (src/cli/main.ts), not when a test imports main(): the real path
// of the started file is this module's. The built CLI's entry (launch.ts) calls runAsProgram().
const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};
const isEntry = process.argv[1] !== undefined && realPath(process.argv[1]) === realPath(fileURLToPath(import.meta.url));
if (isEntry) runAsProgram();
