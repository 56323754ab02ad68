/**
 * The bigram dictionary of the related-news index: interns a pair of syllable ids as a dense
 * integer id. An open-addressing hash table with each slot's key and id side by side in one
 * typed array, because a 100,000-article build looks up tens of millions of pairs and string
 * keys (or `Map`s keyed by numbers beyond 2³¹) would dominate the build time.
 */
export interface PairTable {
  /** The id of the pair (first, second); a new pair gets the next id. */
  readonly intern: (first: number, second: number) => number;
  readonly size: () => number;
  /** The syllable ids pair `id` was made of. */
  readonly parts: (id: number) => readonly [number, number];
}

/** Each slot holds first, second and id. */
const STRIDE = 3;
const EMPTY = -1;

function slotOf(first: number, second: number, mask: number): number {
  let hash = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 13;
  return hash & mask;
}

export function createPairTable(expected = 1 << 16): PairTable {
  let capacity = 1;
  // At most half full, so probe runs stay short.
  while (capacity < expected * 2) capacity <<= 1;
  let slots = new Int32Array(capacity * STRIDE).fill(EMPTY);
  let firsts = new Int32Array(capacity >> 1);
  let seconds = new Int32Array(capacity >> 1);
  let count = 0;

  const place = (first: number, second: number, id: number): void => {
    const mask = capacity - 1;
    let slot = slotOf(first, second, mask);
    while (slots[slot * STRIDE + 2] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot * STRIDE] = first;
    slots[slot * STRIDE + 1] = second;
    slots[slot * STRIDE + 2] = id;
  };

  const grow = (): void => {
    capacity <<= 1;
    slots = new Int32Array(capacity * STRIDE).fill(EMPTY);
    const nextFirsts = new Int32Array(capacity >> 1);
    const nextSeconds = new Int32Array(capacity >> 1);
    nextFirsts.set(firsts);
    nextSeconds.set(seconds);
    firsts = nextFirsts;
    seconds = nextSeconds;
    for (let id = 0; id < count; id++) place(firsts[id]!, seconds[id]!, id);
  };

  return {
    intern(first, second) {
      const mask = capacity - 1;
      let slot = slotOf(first, second, mask);
      for (;;) {
        const at = slot * STRIDE;
        const id = slots[at + 2]!;
        if (id === EMPTY) break;
        if (slots[at] === first && slots[at + 1] === second) return id;
        slot = (slot + 1) & mask;
      }
      const id = count++;
      firsts[id] = first;
      seconds[id] = second;
      const at = slot * STRIDE;
      slots[at] = first;
      slots[at + 1] = second;
      slots[at + 2] = id;
      if (count * 2 >= capacity) grow();
      return id;
    },
    size: () => count,
    parts: (id) => [firsts[id]!, seconds[id]!],
  };
}
