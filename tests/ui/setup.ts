// A real IndexedDB (fake-indexeddb) for every UI test, emptied between tests, plus the
// jest-dom matchers. No mocked Dexie: the components talk to a real database.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { db } from '@/db/db';
import { useUiStore } from '@/store/ui-store';
import { preloadScreen } from '@/ui/screens';
import { loadReading } from '@/app/lazy-reading';

// The screens' chunks (the engine, the scenario files) load once before the tests, as main.tsx
// does in the app, so no test's first query races the cold transform of half the code base;
// the reader's chunk too, which the workbench fetches once a chat is on screen.
// findBy*/waitFor wait up to 10 s (the default is 1 s): on a loaded 2-core machine a render after
// an IndexedDB write can take seconds; a real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await Promise.all([...(['home', 'chat', 'report', 'history', 'data'] as const).map((name) => preloadScreen(name)), loadReading()]);
});

beforeEach(async () => {
  window.location.hash = '#/';
  localStorage.clear();
  useUiStore.setState({ drafts: {}, unsaved: {}, hintsOn: false, sideTab: 'product', storageError: null });
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
