// The pre-checks of every phrase pattern (required-chars.ts: a character one of which each match
// holds; required-factors.ts: a word one of which each match holds), answered for all patterns
// at once. Testing each pattern's gate and words against a reply costs a loop of lookups and
// String.includes calls per pattern, for hundreds of patterns of which a reply passes a few dozen;
// here the reply is read once, each character and each two-character pair it holds is looked up
// in tables built from the lexicon's requirements, and every requirement it meets is stamped. A
// requirement then passes in one array read. The answer is exactly mayMatch(gate) && mayHold(words).
import { gateOf, type Gate } from '@/engine/understand/required-chars';
import { factorsOf, type Factors } from '@/engine/understand/required-factors';

/** A registered requirement's id; NO_REQUIREMENT for one that every text meets. */
export type RequirementId = number;
export const NO_REQUIREMENT: RequirementId = -1;

/** Spreads character codes over the slot table (CJK codes are dense runs). */
const slotHash = (code: number): number => Math.imul(code, 0x9e3779b1) >>> 16;

export class RequirementIndex {
  // What register() was given, kept to build the tables from.
  private readonly gates: Array<readonly number[]> = [];
  private readonly wordLists: Array<readonly string[]> = [];
  private hasGate: boolean[] = [];
  private hasWords: boolean[] = [];
  private built = false;
  /**
   * The tables, built on the first read after a registration. A character that starts no word and
   * stands in no gate has slot 0 (most of a reply's characters skip everything else); the others
   * have a small dense slot, so the per-character lists and stamps are a few KB, not a table of
   * the whole BMP per kind (cache misses on those cost more than the lookups). A character's slot
   * is found in a small open-addressing table (`slotTable`: code | slot << 16, 0 for an empty
   * entry; slots start at 1), a few KB where a table of the whole BMP took 128 KB and missed the
   * cache on each CJK character inside the reply pipeline.
   */
  private slotTable = new Int32Array(1);
  private slotMask = 0;
  private slotSeen = new Int32Array(1);
  /** Per slot: the requirements whose gate holds the character, as [gateStart[s], gateStart[s + 1]) of gateReqs. */
  private gateStart = new Int32Array(1);
  private gateReqs = new Int32Array(0);
  /** Per slot: the words that start with the character, as [firstStart[s], firstStart[s + 1]) of firstWords. */
  private firstStart = new Int32Array(1);
  private firstWords = new Int32Array(0);
  /** Per word: its text, its second code unit, and the requirements listing it. */
  private wordText: string[] = [];
  private wordSecond = new Int32Array(0);
  private wordStart = new Int32Array(1);
  private wordReqs = new Int32Array(0);
  private gateStamp = new Int32Array(0);
  private wordStamp = new Int32Array(0);
  private stamp = 0;
  private text: string | null = null;

  /** Registers a requirement: both pre-checks of one pattern or group (null: that check passes everything). */
  register(gate: Gate, factors: Factors): RequirementId {
    if (gate === null && factors === null) return NO_REQUIREMENT;
    const id = this.hasGate.length;
    this.hasGate.push(gate !== null);
    this.hasWords.push(factors !== null);
    this.gates.push([...new Set(gate ?? [])]);
    const words = [...new Set(factors ?? [])];
    // factorsOf never gives a word shorter than two code units.
    for (const text of words) if (text.length < 2) throw new Error(`requirement word "${text}" is shorter than two characters`);
    this.wordLists.push(words);
    // Registered after a text was read: the tables are built again and that text read again.
    this.built = false;
    this.text = null;
    return id;
  }

  private build(): void {
    const slotOf = new Uint16Array(0x10000);
    let slots = 1;
    const slot = (code: number): number => {
      if (slotOf[code] === 0) {
        if (slots === 0xffff) throw new Error('requirement index: too many distinct characters');
        slotOf[code] = slots++;
      }
      return slotOf[code]!;
    };
    const wordIds = new Map<string, number>();
    const wordText: string[] = [];
    const reqsOfWord: number[][] = [];
    for (let id = 0; id < this.wordLists.length; id++) {
      for (const text of this.wordLists[id]!) {
        let w = wordIds.get(text);
        if (w === undefined) {
          w = wordText.length;
          wordIds.set(text, w);
          wordText.push(text);
          reqsOfWord.push([]);
        }
        reqsOfWord[w]!.push(id);
      }
    }
    const gateLists: number[][] = [[]];
    const firstLists: number[][] = [[]];
    const listsFor = (code: number): number => {
      const s = slot(code);
      while (gateLists.length <= s) gateLists.push([]);
      while (firstLists.length <= s) firstLists.push([]);
      return s;
    };
    for (let id = 0; id < this.gates.length; id++) for (const code of this.gates[id]!) gateLists[listsFor(code)]!.push(id);
    for (let w = 0; w < wordText.length; w++) firstLists[listsFor(wordText[w]!.charCodeAt(0))]!.push(w);
    const csr = (lists: number[][]): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] => {
      const start = new Int32Array(lists.length + 1);
      for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
      const flat = new Int32Array(start[lists.length]!);
      for (let i = 0; i < lists.length; i++) flat.set(lists[i]!, start[i]!);
      return [start, flat];
    };
    let size = 16;
    while (size < slots * 4) size *= 2;
    const slotTable = new Int32Array(size);
    const mask = size - 1;
    for (let code = 0; code < 0x10000; code++) {
      const s = slotOf[code]!;
      if (s === 0) continue;
      let h = slotHash(code) & mask;
      while (slotTable[h] !== 0) h = (h + 1) & mask;
      slotTable[h] = code | (s << 16);
    }
    this.slotTable = slotTable;
    this.slotMask = mask;
    this.slotSeen = new Int32Array(slots);
    [this.gateStart, this.gateReqs] = csr(gateLists);
    [this.firstStart, this.firstWords] = csr(firstLists);
    this.wordText = wordText;
    this.wordSecond = Int32Array.from(wordText, (t) => t.charCodeAt(1));
    [this.wordStart, this.wordReqs] = csr(reqsOfWord);
    this.gateStamp = new Int32Array(this.hasGate.length);
    this.wordStamp = new Int32Array(this.hasGate.length);
    this.stamp = 0;
    this.built = true;
  }

  private read(text: string): void {
    if (!this.built) this.build();
    this.text = text;
    const stamp = ++this.stamp;
    const { slotTable, slotMask, slotSeen, gateStart, gateReqs, gateStamp, firstStart, firstWords, wordSecond, wordText, wordStart, wordReqs, wordStamp } = this;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let s = 0;
      for (let h = slotHash(code) & slotMask; ; h = (h + 1) & slotMask) {
        const e = slotTable[h]!;
        if (e === 0) break;
        if ((e & 0xffff) === code) {
          s = e >>> 16;
          break;
        }
      }
      if (s === 0) continue;
      if (slotSeen[s] !== stamp) {
        slotSeen[s] = stamp;
        for (let k = gateStart[s]!, end = gateStart[s + 1]!; k < end; k++) gateStamp[gateReqs[k]!] = stamp;
      }
      const from = firstStart[s]!;
      const to = firstStart[s + 1]!;
      if (from === to || i + 1 >= text.length) continue;
      const next = text.charCodeAt(i + 1);
      for (let k = from; k < to; k++) {
        const w = firstWords[k]!;
        if (wordSecond[w] !== next) continue;
        const word = wordText[w]!;
        if (word.length > 2 && !text.startsWith(word, i)) continue;
        for (let r = wordStart[w]!, end = wordStart[w + 1]!; r < end; r++) wordStamp[wordReqs[r]!] = stamp;
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

/**
 * The index every reader of a reply shares (the phrase matcher, the composed tone patterns), so
 * the reply is read once for all of them.
 */
export const REPLY_INDEX = new RequirementIndex();

/**
 * One pattern's pre-checks in REPLY_INDEX. `pieces`: the pattern runs on pieces of the reply
 * rejoined with `pieces` between them (sentences with a clause left out), where a word holding
 * that separator might straddle a join: such words are not required (the characters still are,
 * and the separator stands in the reply wherever it was joined).
 */
export function patternRequirement(source: string, pieces?: string): RequirementId {
  const words = factorsOf(source);
  return REPLY_INDEX.register(gateOf([source]), pieces !== undefined && words?.some((w) => w.includes(pieces)) ? null : words);
}
