// Browser figures come later in this file (start-up, history at scale, memory).
import type { Figure } from './figure';
export async function measureInBrowser(): Promise<Figure[]> {
  throw new Error('browser figures not written yet');
}
