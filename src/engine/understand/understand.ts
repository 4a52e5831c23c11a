// TEMPORARY placeholder so the engine compiles while reply understanding is being written.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';

export function understand(text: string, _context: ReplyContext = {}): Understanding {
  return { text, normalized: text, moves: [], entities: {}, flags: [] };
}
