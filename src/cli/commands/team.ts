// `team invite --role trainee|mentor|lead [--data DIR] [--base URL] [--team ID] [--hours N]`:
// prints a single-use join link. `team backup [--data DIR] OUT`: a consistent copy of the
// SQLite file, safe while the server runs. `team create NAME`: another team (many shops on one
// PostgreSQL), printing its lead's link. DATABASE_URL selects PostgreSQL.
import { resolve } from 'node:path';
import { parseArgs, UsageError, type Io } from '@/cli/args';
import { ROLES, joinUrl, type Role } from '@/server/api-contract';
import { DEFAULT_DATA, DEFAULT_PORT } from '@/cli/commands/serve';

const USAGE = 'team invite --role trainee|mentor|lead [--data DIR] [--base URL] | team backup [--data DIR] OUT | team create NAME';

export async function run(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'invite') return invite(rest, io);
  if (sub === 'backup') return backup(rest, io);
  if (sub === 'create') return create(rest, io);
  throw new UsageError(sub ? `unknown team command "${sub}": ${USAGE}` : USAGE);
}

async function openRepo(dataOption: string | true | undefined, io: Io) {
  const { openStore } = await import('@/server/db/open');
  const { createRepository } = await import('@/server/repo/repository');
  const store = await openStore({ dataDir: resolve(io.cwd, String(dataOption ?? DEFAULT_DATA)), databaseUrl: process.env.DATABASE_URL || undefined });
  return { store, repo: createRepository(store) };
}

async function baseOf(option: string | true | undefined): Promise<string> {
  if (typeof option === 'string') {
    if (!/^https?:\/\/[^\s/]+/.test(option)) throw new UsageError(`--base must be a URL like http://192.168.1.20:${DEFAULT_PORT}`);
    return option;
  }
  const { defaultBase } = await import('@/server/lan-address');
  return defaultBase('0.0.0.0', DEFAULT_PORT);
}

async function invite(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['role', 'data', 'base', 'team', 'hours'], ['json']);
  if (positional.length) throw new UsageError(`team invite takes no arguments, got "${positional[0]}"`);
  const role = options.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new UsageError('--role must be trainee, mentor or lead');
  const hours = options.hours === undefined ? 72 : Number(options.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) throw new UsageError('--hours must be 1-720');
  const base = await baseOf(options.base);
  const { store, repo } = await openRepo(options.data, io);
  try {
    const teams = await repo.people.listTeams();
    let team = typeof options.team === 'string' ? teams.find((t) => t.id === options.team) : teams[0];
    if (!team && typeof options.team === 'string') {
      io.err(`peilian team invite: no team ${options.team}`);
      return 1;
    }
    if (teams.length > 1 && typeof options.team !== 'string') {
      io.err(`peilian team invite: this database holds ${teams.length} teams; pick one with --team:\n${teams.map((t) => `  ${t.id}  ${t.name}`).join('\n')}`);
      return 2;
    }
    // A fresh data folder: the team is made here, as serve would on its first start.
    team ??= await repo.people.createTeam('我的店铺');
    const { code, invite: row } = await repo.people.createInvite(team.id, role as Role, { hours });
    const url = joinUrl(base, code);
    if (options.json) io.out(JSON.stringify({ url, role, team: team.id, expiresAt: row.expires_at }));
    else io.out(url);
    return 0;
  } finally {
    await store.close();
  }
}

async function backup(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['data'], ['json']);
  if (positional.length !== 1) throw new UsageError('team backup needs one OUT file');
  if (process.env.DATABASE_URL) {
    io.err('peilian team backup: DATABASE_URL is set; back PostgreSQL up with pg_dump (see README)');
    return 2;
  }
  const { backupSqlite, BackupError } = await import('@/server/backup');
  try {
    const result = backupSqlite(resolve(io.cwd, String(options.data ?? DEFAULT_DATA)), resolve(io.cwd, positional[0]!));
    if (options.json) io.out(JSON.stringify(result));
    else io.out(`备份完成：${result.file}（${result.bytes} 字节，${result.teams} 个团队，${result.sessions} 次练习，${result.messages} 条消息）`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`peilian team backup: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function create(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['data', 'base'], ['json']);
  const name = positional.join(' ').trim();
  if (!name || name.length > 40) throw new UsageError('team create needs a NAME (1-40 characters)');
  const base = await baseOf(options.base);
  const { store, repo } = await openRepo(options.data, io);
  try {
    const team = await repo.people.createTeam(name);
    const { code } = await repo.people.createInvite(team.id, 'lead', { hours: 24 * 7 });
    const url = joinUrl(base, code);
    io.out(options.json ? JSON.stringify({ team: team.id, name, url }) : `团队 ${name}（${team.id}）已创建。组长链接：\n${url}`);
    return 0;
  } finally {
    await store.close();
  }
}
