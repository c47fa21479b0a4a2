import { FirstSeen } from "../../../src/core/rules/firstSeen";

describe("FirstSeen", () => {
  it("returns the first value stored under a key and combo, and undefined when new", () => {
    const s = new FirstSeen<number>(1);
    expect(s.firstOrAdd("甲", 1, 10)).toBeUndefined();
    expect(s.firstOrAdd("甲", 2, 11)).toBeUndefined();
    expect(s.firstOrAdd("乙", 1, 12)).toBeUndefined();
    expect(s.firstOrAdd("甲", 1, 13)).toBe(10);
    expect(s.firstOrAdd("甲", 2, 14)).toBe(11);
    expect(s.firstOrAdd("", 0, 15)).toBeUndefined();
    expect(s.firstOrAdd("", 0, 16)).toBe(15);
    expect(s.size).toBe(4);
  });

  it("agrees with a Map through growth from a tiny start", () => {
    const s = new FirstSeen<number>(1);
    const m = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = "K" + ((i * 7919) % 5003);
      const combo = i % 7;
      const got = s.firstOrAdd(key, combo, i);
      const k = key + "|" + combo;
      expect(got).toBe(m.get(k));
      if (!m.has(k)) m.set(k, i);
    }
    expect(s.size).toBe(m.size);
  });
});
