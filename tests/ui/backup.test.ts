import { describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { BackupError, exportAll, mergeBackup } from '@/db/backup';
import { parseBackup } from '@/db/backup-parse';
import { getSession } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';
import { formatDateTime } from '@/app/labels';
import { importSummary } from '@/ui/data/import-summary';
import { endedSession, storeSessions } from './fixtures';

describe('backup export and import', () => {
  it('round-trips sessions, phrases and settings through JSON into an empty database', async () => {
    await storeSessions(endedSession());
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    await db.settings.put({ key: 'traineeName', value: '小王' });
    const text = JSON.stringify(await exportAll());
    await Promise.all(db.tables.map((t) => t.clear()));

    const result = await mergeBackup(parseBackup(text));

    expect(result).toMatchObject({ sessionsAdded: 1, sessionsUpdated: 0, sessionsKept: [], phrasesAdded: 1, trainee: { adopted: '小王' } });
    expect(await getSession('s-1')).toEqual(endedSession());
    expect((await db.settings.get('traineeName'))?.value).toBe('小王');
  });

  it('merges without duplicates when the same file is imported twice', async () => {
    await storeSessions(endedSession());
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    const backup = parseBackup(JSON.stringify(await exportAll()));

    const again = await mergeBackup(backup);

    expect(again).toMatchObject({ sessionsAdded: 0, sessionsUpdated: 0, sessionsUnchanged: 1, sessionsKept: [], phrasesAdded: 0 });
    expect(await db.sessions.count()).toBe(1);
    expect(await db.phrases.count()).toBe(1);
  });

  it('keeps the newer copy of a session and skips a phrase with the same text', async () => {
    await storeSessions(endedSession({ updatedAt: 100 }));
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    const file = {
      ...(await exportAll()),
      sessions: [endedSession({ updatedAt: 200, outcome: 'no-sale' })],
      phrases: [{ id: 'other', text: '亲，您好~', createdAt: 2 }],
    };

    const result = await mergeBackup(parseBackup(JSON.stringify(file)));

    expect(result).toMatchObject({ sessionsAdded: 0, sessionsUpdated: 1, phrasesAdded: 0 });
    expect((await getSession('s-1'))?.outcome).toBe('no-sale');
  });

  it('includes an in-memory session that storage refused, replacing its stale stored copy', async () => {
    await storeSessions(endedSession({ status: 'active', turns: [] }));

    const backup = await exportAll([endedSession()]);

    expect(backup.sessions).toHaveLength(1);
    expect(backup.sessions[0]?.turns).toHaveLength(2);
  });

  it('imports a file exported before the storage split, turns and snapshot included', async () => {
    // Written by the version-1 app: the export format has not changed with the storage layout.
    const old = `{"format":"peilian-backup","version":1,"exportedAt":1767578400000,"sessions":[{"id":"old-1","scenarioId":"complaint",
      "scenarioTitle":"投诉的顾客","variant":"hard","seed":3,"trainee":"小张","startedAt":1767578000000,"updatedAt":1767578300000,
      "status":"active","outcome":null,"turns":[{"role":"buyer","text":"我的快递怎么还没到？","at":1767578000000},
      {"role":"agent","text":"亲，非常抱歉，我马上帮您查一下","at":1767578010000}],"snapshot":{"value":"waiting","context":{"mood":40}}}],
      "phrases":[],"settings":[]}`;

    const result = await mergeBackup(parseBackup(old));

    expect(result.sessionsAdded).toBe(1);
    const restored = await getSession('old-1');
    expect(restored?.turns.map((t) => t.text)).toEqual(['我的快递怎么还没到？', '亲，非常抱歉，我马上帮您查一下']);
    expect(restored?.snapshot).toEqual({ value: 'waiting', context: { mood: 40 } });
    expect((await db.sessions.get('old-1'))?.turnCount).toBe(2);
  });

  it.each([
    ['not json {', '不是有效的 JSON'],
    ['{"hello":1}', '不是陪练导出的数据文件'],
    ['{"format":"peilian-backup","version":1,"exportedAt":1,"sessions":[{"id":""}],"phrases":[],"settings":[]}', '位置：sessions.0'],
  ])('rejects a bad file with a Chinese message: %s', (text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });
});

describe('import never drops a stored message', () => {
  const turns = (n: number) => Array.from({ length: n }, (_, i) => ({ role: i % 2 ? ('agent' as const) : ('buyer' as const), text: `第${i}句`, at: 1_000 + i }));
  const file = async (sessions: SessionRecord[], settings: { key: string; value: string }[] = []) =>
    parseBackup(JSON.stringify({ ...(await exportAll()), sessions, settings }));

  it('leaves chats whole when a file reuses their ids with a later updatedAt and fewer turns, and says so', async () => {
    await storeSessions(endedSession({ id: 'long', turns: turns(13), updatedAt: 100 }), endedSession({ id: 'short', turns: turns(3), updatedAt: 100 }));
    const backup = await file([endedSession({ id: 'long', turns: turns(1), updatedAt: 900 }), endedSession({ id: 'short', turns: turns(1), updatedAt: 900 })]);

    const result = await mergeBackup(backup);

    expect((await getSession('long'))?.turns).toEqual(turns(13));
    expect((await getSession('short'))?.turns).toEqual(turns(3));
    expect(result.sessionsUpdated).toBe(0);
    expect(result.sessionsKept.map((k) => [k.id, k.reason, k.fileTurns, k.storedTurns])).toEqual([
      ['long', 'fewer-turns', 1, 13],
      ['short', 'fewer-turns', 1, 3],
    ]);
    expect(importSummary(result)).toContain('“砍价的宝妈”保留本机的版本：备份中只有 1 条消息，本机有 13 条，导入不会删掉已有的消息。');
  });

  it('leaves a chat whose stored turns differ from the file and adds the turns of one that continues it', async () => {
    await storeSessions(endedSession({ id: 'other', turns: turns(4) }), endedSession({ id: 'grown', turns: turns(2), status: 'active', outcome: null }));
    const changed = turns(5).map((t, i) => (i === 1 ? { ...t, text: '另一句' } : t));
    const backup = await file([endedSession({ id: 'other', turns: changed, updatedAt: 9e12 }), endedSession({ id: 'grown', turns: turns(6) })]);

    const result = await mergeBackup(backup);

    expect((await getSession('other'))?.turns).toEqual(turns(4));
    expect((await getSession('grown'))?.turns).toEqual(turns(6));
    expect((await db.sessions.get('grown'))?.turnCount).toBe(6);
    expect(result).toMatchObject({ sessionsUpdated: 1, sessionsKept: [{ id: 'other', reason: 'diverged' }] });
    expect(importSummary(result)).toContain('备份中的消息与本机的不一致');
  });

  it("keeps this browser's trainee name over the file's and says so", async () => {
    await db.settings.put({ key: 'traineeName', value: '小王' });
    const backup = await file([], [{ key: 'traineeName', value: '小李' }]);

    const result = await mergeBackup(backup);

    expect((await db.settings.get('traineeName'))?.value).toBe('小王');
    expect(importSummary(result)).toContain('学员姓名仍是本机的“小王”，没有改成备份中的“小李”。');
  });
});

describe('nonsense numbers in a file', () => {
  const withSession = (over: Record<string, unknown>) =>
    JSON.stringify({ format: 'peilian-backup', version: 1, exportedAt: 1, sessions: [{ ...endedSession(), ...over }], phrases: [], settings: [] }).replace('"__INF__"', '1e400');

  it.each([
    ['startedAt 1e300', { startedAt: 1e300 }, 'sessions.0.startedAt，日期无效'],
    ['a negative updatedAt', { updatedAt: -5 }, 'sessions.0.updatedAt，日期无效'],
    ['an infinite time', { startedAt: '__INF__' }, 'sessions.0.startedAt'],
    ['a turn time of 1e300', { turns: [{ role: 'agent', text: '亲', at: 1e300 }] }, 'sessions.0.turns.0.at，日期无效'],
    ['a score of 1e300', { summary: { ...endedSession().summary, total: 1e300 } }, 'sessions.0.summary.total'],
  ])('rejects %s with a Chinese message naming the field and imports nothing', async (_name, over, where) => {
    expect(() => parseBackup(withSession(over))).toThrow(BackupError);
    expect(() => parseBackup(withSession(over))).toThrow(`位置：${where}`);
    expect(await db.sessions.count()).toBe(0);
  });

  it('shows a time no date can show as 日期无效, never NaN-NaN-NaN', () => {
    expect(formatDateTime(1e300)).toBe('日期无效');
    expect(formatDateTime(Number.NaN)).toBe('日期无效');
    expect(formatDateTime(Date.UTC(2026, 0, 5, 2, 0))).toMatch(/^2026-01-05 \d\d:00$/);
  });
});

describe('export of turns IndexedDB refused', () => {
  it('holds an unsaved chat left behind when the trainee moved on, and a diverged one beside the stored copy', async () => {
    await storeSessions(endedSession({ id: 'a', status: 'active', turns: endedSession().turns.slice(0, 1) }), endedSession({ id: 'b' }));
    const { useUiStore } = await import('@/store/ui-store');
    const { pendingSessions } = await import('@/ui/pending-sessions');
    useUiStore.getState().keepUnsaved(endedSession({ id: 'a' }), 1);
    useUiStore.getState().keepUnsaved(endedSession({ id: 'b', turns: [{ role: 'buyer', text: '别的', at: 5 }] }), 0);

    const backup = await exportAll(pendingSessions());

    expect(backup.sessions.map((s) => [s.id, s.turns.length])).toEqual([
      ['a', 2],
      ['b', 2],
      ['b-unsaved', 1],
    ]);
  });
});
