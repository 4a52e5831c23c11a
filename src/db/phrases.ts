// The 话术库 as the trainee sees it: a base library (the starter one, or the team's once pulled
// from the team server) with her own layer over it — her phrases, her edits of base phrases and
// the base phrases she removed (records.ts, PhraseRecord). The layer is never merged into the
// base, so a new team library arrives without overwriting her changes, and 恢复默认 drops her
// edits and removals in one step.
import { db } from '@/db/db';
import { newId } from '@/db/ids';
import type { PhraseGroup, PhraseRecord, TeamPhrasesRecord } from '@/db/records';
import { PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, STARTER_PHRASES, type PhraseCategory } from '@/engine/phrases/starter';
import { MEMBERSHIP_ID } from '@/db/team-records';

export const PHRASE_GROUPS: readonly PhraseGroup[] = [...PHRASE_CATEGORIES, 'mine'];
export const PHRASE_GROUP_LABELS: Record<PhraseGroup, string> = { ...PHRASE_CATEGORY_LABELS, mine: '我的常用' };
/** The reply box takes 500 characters; a phrase longer than that could never be sent whole. */
export const PHRASE_MAX = 500;

export interface BasePhrase {
  id: string;
  category: PhraseCategory;
  text: string;
}

export interface Base {
  source: 'starter' | 'team';
  phrases: readonly BasePhrase[];
  /** For a team library: its version, when and by whom it was published. */
  team?: { version: number; updatedAt: number; updatedBy: string };
}

export interface LibraryPhrase {
  /** The base phrase's id, or the trainee's own row id. */
  key: string;
  category: PhraseGroup;
  text: string;
  origin: 'starter' | 'team' | 'own';
  /** A base phrase the trainee changed: her text is shown, the base's is kept for 恢复默认. */
  edited: boolean;
}

export interface Library {
  base: Base;
  phrases: LibraryPhrase[];
  /** Base phrases she edited or removed: what 恢复默认 would bring back. */
  changedBase: number;
}

/** The team's library applies only while this browser is joined to that same team. */
export async function currentBase(): Promise<Base> {
  const [team, membership] = await Promise.all([db.teamPhrases.get('team'), db.membership.get(MEMBERSHIP_ID)]);
  if (team && membership && membership.team.id === team.teamId) {
    return { source: 'team', phrases: team.phrases, team: { version: team.version, updatedAt: team.updatedAt, updatedBy: team.updatedBy } };
  }
  return { source: 'starter', phrases: STARTER_PHRASES };
}

/** Base and layer into what the panel lists: base phrases in order (edited or removed as she said), then her own. */
export function mergeLibrary(base: Base, layer: readonly PhraseRecord[]): Library {
  const byBase = new Map(layer.filter((r) => r.baseId !== undefined).map((r) => [r.baseId!, r]));
  const phrases: LibraryPhrase[] = [];
  let changedBase = 0;
  for (const p of base.phrases) {
    const over = byBase.get(p.id);
    if (over) changedBase += 1;
    if (over?.hidden) continue;
    phrases.push({ key: p.id, category: p.category, text: over?.text ?? p.text, origin: base.source, edited: over !== undefined });
  }
  const known = new Set(base.phrases.map((p) => p.id));
  for (const r of [...layer].sort((a, b) => a.createdAt - b.createdAt)) {
    // Her edit of a phrase the new base no longer has is still her text: it stays, as her own.
    if (r.hidden || (r.baseId !== undefined && known.has(r.baseId))) continue;
    phrases.push({ key: r.id, category: r.category ?? 'mine', text: r.text, origin: 'own', edited: false });
  }
  return { base, phrases, changedBase };
}

export async function phraseLibrary(): Promise<Library> {
  const [base, layer] = await Promise.all([currentBase(), db.phrases.toArray()]);
  return mergeLibrary(base, layer);
}

function clean(text: string): string {
  const t = text.trim();
  if (t.length > PHRASE_MAX) throw new Error(`短语最多 ${PHRASE_MAX} 字`);
  return t;
}

export async function addPhrase(text: string, category: PhraseGroup = 'mine'): Promise<PhraseRecord | null> {
  const t = clean(text);
  if (!t) return null;
  const record: PhraseRecord = { id: newId(), text: t, createdAt: Date.now(), category };
  await db.phrases.add(record);
  return record;
}

/** Her change of a phrase: her own row is updated; a base phrase gets (or updates) her edit of it. */
export async function editPhrase(phrase: LibraryPhrase, text: string): Promise<void> {
  const t = clean(text);
  if (!t) return;
  if (phrase.origin === 'own') {
    await db.phrases.update(phrase.key, { text: t });
    return;
  }
  await db.transaction('rw', db.phrases, async () => {
    const over = await db.phrases.where('baseId').equals(phrase.key).first();
    if (over) await db.phrases.update(over.id, { text: t, hidden: false });
    else await db.phrases.add({ id: newId(), text: t, createdAt: Date.now(), category: phrase.category, baseId: phrase.key });
  });
}

/** Her own phrase goes; a base phrase is hidden for her (恢复默认 brings it back). */
export async function deletePhrase(phrase: LibraryPhrase): Promise<void> {
  if (phrase.origin === 'own') {
    await db.phrases.delete(phrase.key);
    return;
  }
  await db.transaction('rw', db.phrases, async () => {
    const over = await db.phrases.where('baseId').equals(phrase.key).first();
    if (over) await db.phrases.update(over.id, { hidden: true });
    else await db.phrases.add({ id: newId(), text: phrase.text, createdAt: Date.now(), category: phrase.category, baseId: phrase.key, hidden: true });
  });
}

/** 恢复默认: every base phrase as the base has it; her own phrases stay. */
export async function restoreDefaults(): Promise<number> {
  return db.phrases.where('baseId').notEqual('').delete();
}

/** The team's library as pulled from the server; null: the team uses the starter library. */
export async function saveTeamPhrases(record: Omit<TeamPhrasesRecord, 'id'> | null): Promise<void> {
  if (record) await db.teamPhrases.put({ ...record, id: 'team' });
  else await db.teamPhrases.delete('team');
}

/**
 * What a lead or mentor publishes: the library as they see it now, in the four groups the team
 * library has (我的常用 is personal). Ids stay stable for base phrases, so members' edits keep
 * pointing at the phrase they changed.
 */
export function publishable(library: Library): BasePhrase[] {
  return library.phrases.flatMap((p) => (p.category === 'mine' ? [] : [{ id: p.key, category: p.category, text: p.text }]));
}

/** After publishing, the publisher's layer is the new base: drop it so it is not shown twice. */
export async function clearLayerInGroups(): Promise<void> {
  await db.phrases.filter((r) => r.category !== 'mine').delete();
}
