// How fast the buyer "types". Real chats have a pause scaled by the length of the line;
// tests open the app with ?fast=1 so a whole conversation runs in seconds.

export function isFastMode(search: string = typeof window === 'undefined' ? '' : window.location.search): boolean {
  return new URLSearchParams(search).get('fast') === '1';
}

/** Milliseconds the buyer spends "typing" a line of this length. */
export function typingDelay(text: string, fast: boolean = isFastMode()): number {
  if (fast) return 30;
  return Math.min(4000, 700 + [...text].length * 90);
}
