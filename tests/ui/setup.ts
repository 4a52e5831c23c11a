// A real IndexedDB (fake-indexeddb) for every UI test, emptied between tests, plus the
// jest-dom matchers. No mocked Dexie: the components talk to a real database.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { db } from '@/db/db';
import { useUiStore } from '@/store/ui-store';

beforeEach(async () => {
  window.location.hash = '#/';
  localStorage.clear();
  useUiStore.setState({ drafts: {}, hintsOn: false, sideTab: 'product', storageError: null });
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
