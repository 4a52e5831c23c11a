import { db } from '@/db/db';
import { newId } from '@/db/ids';
import type { PhraseRecord } from '@/db/records';

export async function listPhrases(): Promise<PhraseRecord[]> {
  return db.phrases.orderBy('createdAt').toArray();
}

export async function addPhrase(text: string): Promise<PhraseRecord | null> {
  const clean = text.trim();
  if (!clean) return null;
  const record: PhraseRecord = { id: newId(), text: clean, createdAt: Date.now() };
  await db.phrases.add(record);
  return record;
}

export async function updatePhrase(id: string, text: string): Promise<void> {
  const clean = text.trim();
  if (!clean) return;
  await db.phrases.update(id, { text: clean });
}

export async function deletePhrase(id: string): Promise<void> {
  await db.phrases.delete(id);
}
