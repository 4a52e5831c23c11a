// Background work (re-grading stored chats) in slices that give the page its turn first: a
// click, a render, an IndexedDB answer for the screen on view all run before the next slice.

interface PostTask {
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

/** Resolves once the page has nothing more urgent to do (Chromium's background task priority). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTask }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work per slice: short enough that a frame or a click is never held up long. */
export const SLICE_MS = 8;

/** A clock for slicing a loop: `await slice.maybeYield()` between items. */
export function slicer(): { maybeYield: () => Promise<void> } {
  let start = performance.now();
  return {
    async maybeYield() {
      if (performance.now() - start < SLICE_MS) return;
      await yieldToPage();
      start = performance.now();
    },
  };
}
