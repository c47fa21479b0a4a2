import fc from "fast-check";
import { firstOccurrences } from "../../../src/core/rules/firstSeen";

/** The obvious answer, with a Map keyed by joined strings. */
function byMap(keys: (string | null)[], combos: number[]): number[] {
  const seen = new Map<string, number>();
  return keys.map((k, i) => {
    if (k === null) return -1;
    const key = k + "\u0000" + combos[i];
    const f = seen.get(key);
    if (f !== undefined) return f;
    seen.set(key, i);
    return -1;
  });
}

describe("firstOccurrences", () => {
  it("points each repeat at the first entry with the same key and combo", () => {
    const keys = ["甲", "甲", "乙", "甲", "甲", null, "", "", null];
    const combos = [1, 2, 1, 1, 2, 1, 0, 0, 1];
    expect([...firstOccurrences(keys, combos)]).toEqual([-1, -1, -1, 0, 1, -1, -1, 6, -1]);
  });

  it("agrees with a Map on registers large enough to be partitioned", () => {
    const keys: (string | null)[] = [];
    const combos: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      keys.push(i % 97 === 0 ? null : "K" + ((i * 7919) % 20_011));
      combos.push(i % 7);
    }
    expect([...firstOccurrences(keys, combos)]).toEqual(byMap(keys, combos));
  });

  it("agrees with a Map on any keys", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.string({ maxLength: 3 })), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }),
        (pairs) => {
          const keys = pairs.map((p) => p[0]);
          const combos = pairs.map((p) => p[1]);
          expect([...firstOccurrences(keys, combos)]).toEqual(byMap(keys, combos));
        }
      )
    );
  });
});
