import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { fill, langFromLocale, translator } from "../../src/taskpane/i18n";

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test("no string is empty and both languages take the same parameters", () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(zhCN[key].trim()).not.toBe("");
      expect(enUS[key].trim()).not.toBe("");
      expect({ key, params: params(enUS[key]) }).toEqual({ key, params: params(zhCN[key]) });
    }
  });

  test("English strings hold no full-width punctuation left over from Chinese", () => {
    for (const [key, s] of Object.entries(enUS)) {
      if (key.startsWith("unit.")) continue; // 元 / 万元 are shown as written in tables
      expect({ key, s: /[（）：，。；]/.test(s) }).toEqual({ key, s: false });
    }
  });

  test("fill puts parameters in and leaves unknown ones visible", () => {
    expect(fill("显示 {shown} / {total} 条", { shown: 3, total: 24 })).toBe("显示 3 / 24 条");
    expect(fill("{a} {b}", { a: "x" })).toBe("x {b}");
    expect(translator("en-US")("findings.shown", { shown: 1, total: 2 })).toBe("Showing 1 of 2");
  });

  test("Chinese Office locales get zh-CN, others en-US", () => {
    expect(langFromLocale("zh-CN")).toBe("zh-CN");
    expect(langFromLocale("zh-TW")).toBe("zh-CN");
    expect(langFromLocale("en-GB")).toBe("en-US");
    expect(langFromLocale(undefined)).toBe("en-US");
  });
});
