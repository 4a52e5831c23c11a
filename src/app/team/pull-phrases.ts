// The team's 话术库 from the team server into Dexie: the base every member's own layer sits on.
// Pulled when the sync starts, when the server says it changed, and when the 话术库 opens.
import { TeamPhrasesSchema } from '@/server/practice-contract';
import { request, type Connection } from '@/app/team/api-client';
import { saveTeamPhrases } from '@/db/phrases';

export async function pullTeamPhrases(conn: Connection, teamId: string): Promise<void> {
  const { library } = await request(conn, 'GET', '/api/team/phrases', TeamPhrasesSchema);
  await saveTeamPhrases(library ? { teamId, phrases: library.phrases, version: library.version, updatedAt: library.updatedAt, updatedBy: library.updatedBy.name } : null);
}
