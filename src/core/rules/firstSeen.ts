/**
 * "Which earlier row holds the same (enterprise, item-year)?" for the duplicate rule, over a
 * whole register at once. A million-row register needs a hash table far larger than the CPU's
 * caches, where every insert is a cache miss; so the keys are first partitioned by the top bits
 * of their hash (a stable counting sort, sequential memory traffic), and each partition is then
 * deduplicated in a small table that stays in cache. Builds no key string per row.
 */

/**
 * For each index i: the index of the first earlier entry with the same key and combo, or −1
 * (also −1 for a null key, which takes part in nothing).
 */
export function firstOccurrences(keys: readonly (string | null)[], combos: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const first = new Int32Array(n).fill(-1);
  const hashes = new Int32Array(n);
  // About 2,048 entries a partition; at least one partition, at most 4,096.
  let bits = 0;
  while (bits < 12 && n >> (bits + 11) > 0) bits++;
  const parts = 1 << bits;
  const shift = 32 - bits;
  const starts = new Int32Array(parts + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === null) continue;
    const h = hash(key, combos[i]);
    hashes[i] = h;
    if (bits > 0) starts[(h >>> shift) + 1]++;
    m++;
  }
  for (let p = 0; p < parts; p++) starts[p + 1] += starts[p];
  if (bits === 0) starts[1] = m;
  // Stable: within a partition, indexes stay in row order, so the first one kept is the earliest.
  const order = new Int32Array(m);
  const fill = starts.slice(0, parts);
  for (let i = 0; i < n; i++) {
    if (keys[i] === null) continue;
    order[fill[bits > 0 ? hashes[i] >>> shift : 0]++] = i;
  }
  let largest = 0;
  for (let p = 0; p < parts; p++) largest = Math.max(largest, starts[p + 1] - starts[p]);
  let size = 16;
  while (size < largest * 2) size *= 2;
  const slots = new Int32Array(size); // entry index + 1; 0 is empty
  for (let p = 0; p < parts; p++) {
    const from = starts[p];
    const to = starts[p + 1];
    if (to - from < 2) continue;
    let mask = 16;
    while (mask < (to - from) * 2) mask *= 2;
    mask -= 1;
    slots.fill(0, 0, mask + 1);
    for (let k = from; k < to; k++) {
      const i = order[k];
      const h = hashes[i];
      let s = h & mask;
      for (;;) {
        const e = slots[s];
        if (e === 0) {
          slots[s] = i + 1;
          break;
        }
        const j = e - 1;
        if (hashes[j] === h && combos[j] === combos[i] && keys[j] === keys[i]) {
          first[i] = j;
          break;
        }
        s = (s + 1) & mask;
      }
    }
  }
  return first;
}

/** FNV-1a over the key's UTF-16 units, seeded with the combo, then mixed so all bits spread. */
function hash(key: string, combo: number): number {
  let h = 0x811c9dc5 ^ combo;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
