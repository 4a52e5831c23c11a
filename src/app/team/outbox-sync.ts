// Drains the outbox into the team server. Idempotent by session id and message index: every
// upload says where its messages start (the server's last ack), the server keeps indexes it
// already holds, and an entry leaves the queue only on an ack covering the whole session. A
// send cut off midway therefore costs a resend, never a lost or doubled message.
import { LIMITS, SyncUploadResponseSchema, type SyncSession } from '@/server/api-contract';
import { acknowledge, pendingBatch, reject, rewind } from '@/db/outbox';
import { getSession } from '@/db/sessions';
import type { OutboxRecord } from '@/db/team-records';
import { request, ServerRefused, type Connection } from '@/app/team/api-client';
import { jsonBytes, uploadOf } from '@/app/team/upload-session';

/** Body bytes an upload aims at: under the server's limit with room for the JSON around it. */
const BODY_BUDGET = Math.floor(LIMITS.bodyBytes * 0.8);
/** Upload rounds per drain: a queue that somehow never empties cannot spin for ever. */
const MAX_ROUNDS = 1000;

interface Sent {
  entry: OutboxRecord;
  upload: SyncSession;
}

async function buildBatch(): Promise<Sent[]> {
  const due = await pendingBatch(LIMITS.sessionsPerUpload);
  const batch: Sent[] = [];
  let budget = BODY_BUDGET;
  for (const { entry } of due) {
    const record = await getSession(entry.sessionId);
    if (!record) continue;
    const upload = uploadOf(record, entry.acked, Math.max(1, budget - 2000));
    const size = jsonBytes(upload);
    if (batch.length > 0 && size > budget) break;
    batch.push({ entry, upload });
    budget -= size;
  }
  return batch;
}

/** One PUT. A refusal of a batch of several is retried one session at a time to find the bad one. */
async function upload(conn: Connection, batch: Sent[]): Promise<void> {
  let answer;
  try {
    answer = await request(conn, 'PUT', '/api/sync/sessions', SyncUploadResponseSchema, { sessions: batch.map((s) => s.upload) });
  } catch (e) {
    const invalid = e instanceof ServerRefused && (e.status === 400 || e.status === 409 || e.status === 413);
    if (!invalid) throw e;
    if (batch.length > 1) {
      for (const one of batch) await upload(conn, [one]);
      return;
    }
    const [only] = batch;
    if (!only) return;
    // A 409 means the server's count differs from ours: start over from nothing once.
    if (e.status === 409 && only.entry.acked > 0) await rewind(only.entry.sessionId, 0);
    else await reject(only.entry.sessionId, e.message);
    return;
  }
  const sent = new Map(batch.map((s) => [s.upload.id, s]));
  for (const ack of answer.acks) {
    const s = sent.get(ack.id);
    if (!s) continue;
    if (ack.status === 'gap') await rewind(ack.id, ack.messageCount);
    else await acknowledge(ack.id, ack.messageCount, s.upload.updatedAt);
  }
}

/**
 * Sends everything queued; resolves when the outbox holds nothing pending. Throws
 * ServerUnreachable when the server cannot be reached (the caller retries later) and
 * ServerRefused 401 when this device's token is no longer valid.
 */
export async function drainOutbox(conn: Connection): Promise<{ uploads: number }> {
  let uploads = 0;
  let last = '';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await buildBatch();
    if (batch.length === 0) return { uploads };
    // The same batch at the same offsets twice in a row means the server is not taking it in.
    const key = batch.map((s) => `${s.upload.id}@${s.upload.from}+${s.upload.messages.length}:${s.upload.updatedAt}`).join(',');
    if (key === last) throw new ServerRefused(500, 'internal', '服务器没有收下上传的对话，稍后重试。');
    last = key;
    await upload(conn, batch);
    uploads++;
  }
  return { uploads };
}
