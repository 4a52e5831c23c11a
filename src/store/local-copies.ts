// The localStorage copy of the drafts and unsaved chats, one key per chat. One key per chat,
// not one blob for the store: every open tab writes only the chats it changed, so a second tab
// never overwrites the first one's copy with what it read at its own start.
import type { StoreApi } from 'zustand';
import type { Draft } from '@/store/drafts-slice';
import type { UnsavedChat } from '@/store/unsaved-slice';

const DRAFT = 'peilian-draft:';
const UNSAVED = 'peilian-unsaved:';
/** Where version 0 of the store kept every draft as bare text, with the other UI settings. */
const LEGACY = 'peilian-ui';

interface Copies {
  drafts: Record<string, Draft>;
  unsaved: Record<string, UnsavedChat>;
}

function safely<T>(fallback: T, step: () => T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}

function isDraft(v: unknown): v is Draft {
  return typeof v === 'object' && v !== null && typeof (v as Draft).text === 'string' && typeof (v as Draft).at === 'number';
}

function isUnsaved(v: unknown): v is UnsavedChat {
  const u = v as UnsavedChat;
  return typeof v === 'object' && v !== null && typeof u.stored === 'number' && Array.isArray(u.record?.turns) && typeof u.record.id === 'string';
}

export function loadLocalCopies(): Copies {
  return safely<Copies>({ drafts: {}, unsaved: {} }, () => {
    const copies: Copies = { drafts: {}, unsaved: {} };
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key) continue;
      const value = safely<unknown>(null, () => JSON.parse(localStorage.getItem(key) ?? 'null'));
      if (key.startsWith(DRAFT) && isDraft(value)) copies.drafts[key.slice(DRAFT.length)] = value;
      if (key.startsWith(UNSAVED) && isUnsaved(value)) copies.unsaved[key.slice(UNSAVED.length)] = value;
    }
    const legacy = safely<{ state?: { drafts?: Record<string, unknown> } } | null>(null, () => JSON.parse(localStorage.getItem(LEGACY) ?? 'null'));
    for (const [id, text] of Object.entries(legacy?.state?.drafts ?? {})) {
      if (typeof text === 'string' && text !== '' && !copies.drafts[id]) {
        copies.drafts[id] = { text, at: 0 };
        write(DRAFT + id, copies.drafts[id]);
      }
    }
    return copies;
  });
}

function write(key: string, value: unknown): void {
  safely(undefined, () => (value === undefined ? localStorage.removeItem(key) : localStorage.setItem(key, JSON.stringify(value))));
}

function sync<T>(prefix: string, next: Record<string, T>, prev: Record<string, T>): void {
  if (next === prev) return;
  for (const id of Object.keys(next)) if (next[id] !== prev[id]) write(prefix + id, next[id]);
  for (const id of Object.keys(prev)) if (!(id in next)) write(prefix + id, undefined);
}

/** Writes each changed draft or unsaved chat to its own key as the store changes. */
export function keepLocalCopies<S extends Copies>(store: StoreApi<S>): void {
  store.subscribe((state, prev) => {
    sync(DRAFT, state.drafts, prev.drafts);
    sync(UNSAVED, state.unsaved, prev.unsaved);
  });
}
