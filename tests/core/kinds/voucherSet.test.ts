/** Recurring voucher numbers: the bitmap path and the set path agree with a plain Set. */
import { VoucherSet } from "../../../src/core/kinds/ledger/voucherSet";

function plain(list: string[]): boolean[] {
  const s = new Set<string>();
  return list.map((v) => {
    const had = s.has(v);
    s.add(v);
    return had;
  });
}

function viaVoucherSet(list: string[]): { seen: boolean[]; size: number } {
  const s = new VoucherSet();
  return { seen: list.map((v) => s.add(v)), size: s.size };
}

describe("VoucherSet", () => {
  it("tells a number seen before from a new one, as a Set would, across prefixes, lengths and forms", () => {
    const list = [
      "记-1", "记-2", "记-1", "付-1", "记-01", "记-01", "ZZ2024030001", "ZZ2024030002", "ZZ2024030001",
      "12345", "12345", "A", "A", "记-x", "记-x", "1234567890123", "1234567890123", "记-9999999", "记-9999999",
      "银付-15", "银付-15", "记-15", "2021-03-15", "2021-03-15", "记-1",
    ];
    const got = viaVoucherSet(list);
    expect(got.seen).toEqual(plain(list));
    expect(got.size).toBe(new Set(list).size);
  });

  it("agrees with a Set on random numbers that grow its bitmaps and switch prefixes", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const prefixes = ["记-", "付-", "收-", "ZZ2024", ""];
    const list: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const p = prefixes[Math.floor(rnd() * prefixes.length)];
      const n = Math.floor(rnd() * (rnd() < 0.5 ? 300 : 5_000_000));
      list.push(p + String(n).padStart(rnd() < 0.2 ? 8 : 1, "0"));
    }
    const got = viaVoucherSet(list);
    expect(got.seen).toEqual(plain(list));
    expect(got.size).toBe(new Set(list).size);
  });
});
