/** Invisible characters from cells become visible marks that cannot act (issue 13, item 5). */
import { hasInvisible, markOf, textPieces, visibleText } from "../../src/taskpane/visible-text";

describe("visible marks for invisible characters", () => {
  test("every C0 control, DEL, every C1 control and every bidi control named is marked", () => {
    const named = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      0x7f,
      ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
      0x2066, 0x2067, 0x2068, 0x2069,
      0x200e, 0x200f, 0x061c,
    ];
    for (const c of named) {
      const ch = String.fromCharCode(c);
      const shown = visibleText(`a${ch}b`);
      expect({ c, hasInvisible: hasInvisible(ch) }).toEqual({ c, hasInvisible: true });
      // The character itself is gone; what stands for it is itself no invisible character.
      expect({ c, gone: !shown.includes(ch) }).toEqual({ c, gone: true });
      expect({ c, clean: hasInvisible(shown) }).toEqual({ c, clean: false });
      expect(shown.startsWith("a") && shown.endsWith("b")).toBe(true);
    }
  });

  test("C0 controls show as their Control Pictures, DEL as ␡, the rest as their escape", () => {
    expect(markOf("\u001b")).toBe("␛");
    expect(markOf("\u0000")).toBe("␀");
    expect(markOf("\n")).toBe("␊");
    expect(markOf("\u007f")).toBe("␡");
    expect(markOf("\u202e")).toBe("\\u202E");
    expect(markOf("\u0085")).toBe("\\u0085");
    expect(markOf("\u061c")).toBe("\\u061C");
  });

  test("ordinary text, CJK, full-width forms, emoji and other format characters are left alone", () => {
    for (const s of ["上海甲有限公司", "ＡＢＣ１２３", "a\u00a0b", "a\u200bb", "a\u200db", "👩‍💻", "مرحبا", "a\u2028b", ""]) {
      expect(visibleText(s)).toBe(s);
      expect(textPieces(s)).toEqual([{ text: s }]);
    }
  });

  test("pieces keep the text around each mark, in order, with the character's code", () => {
    expect(textPieces("上海\u202e司公限有\u202c甲\u001b")).toEqual([
      { text: "上海" },
      { mark: "\\u202E", code: "U+202E" },
      { text: "司公限有" },
      { mark: "\\u202C", code: "U+202C" },
      { text: "甲" },
      { mark: "␛", code: "U+001B" },
    ]);
    expect(textPieces("\u2066\u2069")).toEqual([
      { mark: "\\u2066", code: "U+2066" },
      { mark: "\\u2069", code: "U+2069" },
    ]);
  });
});
