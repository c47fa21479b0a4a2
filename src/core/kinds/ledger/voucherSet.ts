/**
 * Which voucher numbers recur in a ledger. A ledger numbers its vouchers as a prefix and a running
 * number (`记-15`, `ZZ2024030001`): those are kept as bits of a bitmap per prefix and length, so a
 * million payments cost a million bit tests instead of a million strings hashed into a set (the
 * reconciliation's slowest step). Any other form of number goes to an ordinary set.
 */
const MAX_NUMBER = 1 << 24; // 2 MB of bits per prefix at most

export class VoucherSet {
  private readonly other = new Set<string>();
  private readonly bitmaps = new Map<string, Uint8Array>();
  private lastPrefix: string | null = null;
  private lastLength = -1;
  private lastBits: Uint8Array | null = null;
  /** Distinct numbers added. */
  size = 0;

  /** Adds a voucher number; true when it was there already. */
  add(v: string): boolean {
    // The running number: the digits at the end (at most 9, so it stays a small integer).
    let i = v.length;
    let n = 0;
    let scale = 1;
    while (i > 0 && v.length - i < 9) {
      const c = v.charCodeAt(i - 1);
      if (c < 48 || c > 57) break;
      n += (c - 48) * scale;
      scale *= 10;
      i--;
    }
    if (i === v.length || n >= MAX_NUMBER || (i > 0 && isDigit(v.charCodeAt(i - 1)))) return this.addOther(v);
    let bits: Uint8Array;
    // Same prefix and length as the last number: no string is made or hashed.
    if (this.lastBits && v.length === this.lastLength && v.startsWith(this.lastPrefix as string) && (this.lastPrefix as string).length === i) {
      bits = this.lastBits;
    } else {
      const prefix = v.slice(0, i);
      // Numbers of different lengths are different vouchers (`记-015` is not `记-15`).
      const key = `${prefix}\u0000${v.length}`;
      let found = this.bitmaps.get(key);
      if (!found) this.bitmaps.set(key, (found = new Uint8Array(1024)));
      bits = found;
      this.lastPrefix = prefix;
      this.lastLength = v.length;
    }
    const byte = n >> 3;
    if (byte >= bits.length) {
      let size = bits.length;
      while (size <= byte) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(bits);
      this.bitmaps.set(`${this.lastPrefix}\u0000${this.lastLength}`, grown);
      bits = grown;
    }
    this.lastBits = bits;
    const mask = 1 << (n & 7);
    if (bits[byte] & mask) return true;
    bits[byte] |= mask;
    this.size++;
    return false;
  }

  private addOther(v: string): boolean {
    const size = this.other.size;
    if (this.other.add(v).size === size) return true;
    this.size++;
    return false;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
