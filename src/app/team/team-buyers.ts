// The team's buyers (issue 14) in this browser: publishing one from the studio, and pulling the
// team's into Dexie, where the home screen offers them for practice beside the built-in ones
// (marked 自编). A pulled buyer's revision is its server version, merged by `mergeTrainerBuyer`:
// a newer team version replaces an older copy, and a local edit newer than it is kept.
import { TeamBuyerListSchema, TeamBuyerSchema, type Audience, type TeamBuyer } from '@/server/team-buyer-contract';
import { mergeTrainerBuyer } from '@/db/trainer-buyers';
import { isBuiltIn } from '@/app/trainer-catalog';
import { request, type Connection } from '@/app/team/api-client';

export function publishTeamBuyer(conn: Connection, doc: { file: string; source: string }, audience: Audience): Promise<TeamBuyer> {
  return request(conn, 'POST', '/api/team-buyers', TeamBuyerSchema, { file: doc.file, source: doc.source, audience });
}

export function listTeamBuyers(conn: Connection): Promise<TeamBuyer[]> {
  return request(conn, 'GET', '/api/team-buyers', TeamBuyerListSchema).then((l) => l.buyers);
}

/** Stores the team's buyers (the versions this member may practise) in this browser; resolves to how many were new or newer. */
export async function pullTeamBuyers(conn: Connection): Promise<number> {
  let stored = 0;
  for (const b of await listTeamBuyers(conn)) {
    if (isBuiltIn(b.scenarioId)) continue;
    const record = { id: b.scenarioId, file: b.file, source: b.source, title: b.title, revision: b.latest.version, createdAt: b.versions[0]?.publishedAt ?? b.latest.publishedAt, updatedAt: b.latest.publishedAt };
    if (await mergeTrainerBuyer(record)) stored++;
  }
  return stored;
}
