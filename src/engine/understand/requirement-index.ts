// The pre-checks of every phrase pattern (required-chars.ts: a character one of which each match
// holds; required-factors.ts: a word one of which each match holds), answered for all patterns
// at once. Testing each pattern's gate and words against a reply costs a loop of lookups and
// String.includes calls per pattern, for hundreds of patterns of which a reply passes a few dozen;
// here the reply is read once, each character and each two-character pair it holds is looked up
// in a table built when the lexicon is compiled, and every requirement it meets is stamped. A
// requirement then passes in one array read. The answer is exactly mayMatch(gate) && mayHold(words).
import type { Gate } from '@/engine/understand/required-chars';
import type { Factors } from '@/engine/understand/required-factors';

/** A registered requirement's id; NO_REQUIREMENT for one that every text meets. */
export type RequirementId = number;
export const NO_REQUIREMENT: RequirementId = -1;

interface Word {
  text: string;
  /** Requirements that list this word. */
  reqs: number[];
}

export class RequirementIndex {
  /** Per character code: the requirements whose gate holds it. */
  private readonly byChar = new Map<number, number[]>();
  /** Per pair of code units (first * 0x10000 + second): the words that start with it. */
  private readonly byPair = new Map<number, Word[]>();
  private readonly words = new Map<string, Word>();
  private hasGate: boolean[] = [];
  private hasWords: boolean[] = [];
  private gateStamp = new Int32Array(0);
  private wordStamp = new Int32Array(0);
  private readonly charSeen = new Int32Array(0x10000);
  private stamp = 0;
  private text: string | null = null;

  /** Registers a requirement: both pre-checks of one pattern or group (null: that check passes everything). */
  register(gate: Gate, factors: Factors): RequirementId {
    if (gate === null && factors === null) return NO_REQUIREMENT;
    const id = this.hasGate.length;
    this.hasGate.push(gate !== null);
    this.hasWords.push(factors !== null);
    for (const code of new Set(gate ?? [])) {
      let list = this.byChar.get(code);
      if (!list) this.byChar.set(code, (list = []));
      list.push(id);
    }
    for (const text of new Set(factors ?? [])) {
      // factorsOf never gives a word shorter than two code units.
      if (text.length < 2) throw new Error(`requirement word "${text}" is shorter than two characters`);
      let word = this.words.get(text);
      if (!word) {
        word = { text, reqs: [] };
        this.words.set(text, word);
        const key = text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
        let bucket = this.byPair.get(key);
        if (!bucket) this.byPair.set(key, (bucket = []));
        bucket.push(word);
      }
      word.reqs.push(id);
    }
    // Registered after a text was read: that text is read again.
    this.text = null;
    return id;
  }

  private read(text: string): void {
    this.text = text;
    if (this.gateStamp.length < this.hasGate.length) {
      this.gateStamp = new Int32Array(this.hasGate.length);
      this.wordStamp = new Int32Array(this.hasGate.length);
    }
    const stamp = ++this.stamp;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.charSeen[c] !== stamp) {
        this.charSeen[c] = stamp;
        const reqs = this.byChar.get(c);
        if (reqs) for (let k = 0; k < reqs.length; k++) this.gateStamp[reqs[k]!] = stamp;
      }
      if (i + 1 >= text.length) break;
      const key = c * 0x10000 + text.charCodeAt(i + 1);
      const bucket = this.byPair.get(key);
      if (!bucket) continue;
      for (let b = 0; b < bucket.length; b++) {
        const word = bucket[b]!;
        if (word.text.length > 2 && !text.startsWith(word.text, i)) continue;
        for (let k = 0; k < word.reqs.length; k++) this.wordStamp[word.reqs[k]!] = stamp;
      }
    }
  }

  /** Whether `text` may match the requirement's pattern: false means it surely does not. */
  passes(id: RequirementId, text: string): boolean {
    if (id === NO_REQUIREMENT) return true;
    if (text !== this.text) this.read(text);
    return (!this.hasGate[id] || this.gateStamp[id] === this.stamp) && (!this.hasWords[id] || this.wordStamp[id] === this.stamp);
  }
}
