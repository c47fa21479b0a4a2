import { asMatrix, broadcastShape, buildMatrix, elementAt, OUTSIDE } from "../../src/functions/matrix";

describe("arguments as matrices", () => {
  it("wraps a single value as 1x1 and keeps a range", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix("x")).toEqual([["x"]]);
    expect(asMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
  });
  it("keeps an omitted optional as null", () => {
    expect(asMatrix(null)).toBeNull();
    expect(asMatrix(undefined)).toBeNull();
  });
});

describe("broadcasting as Excel does", () => {
  const col = [[1], [2], [3]];
  const row = [[10, 20]];
  it("takes the largest height and width", () => {
    expect(broadcastShape([col, [[5]], null])).toEqual({ rows: 3, cols: 1 });
    expect(broadcastShape([col, row])).toEqual({ rows: 3, cols: 2 });
  });
  it("repeats a single value, row or column", () => {
    expect(elementAt([[5]], 2, 0)).toBe(5);
    expect(elementAt(col, 2, 1)).toBe(3);
    expect(elementAt(row, 2, 1)).toBe(20);
  });
  it("marks positions beyond a smaller range", () => {
    expect(elementAt([[1], [2]], 2, 0)).toBe(OUTSIDE);
    expect(elementAt([[1, 2, 3], [4, 5, 6]], 0, 3)).toBe(OUTSIDE);
  });
  it("reads an omitted argument and a missing cell as null", () => {
    expect(elementAt(null, 4, 4)).toBeNull();
    expect(elementAt([[1, 2], [3]], 1, 1)).toBeNull();
  });
  it("builds a result of the broadcast shape", () => {
    expect(buildMatrix({ rows: 2, cols: 2 }, (r, c) => r * 10 + c)).toEqual([
      [0, 1],
      [10, 11],
    ]);
  });
});
