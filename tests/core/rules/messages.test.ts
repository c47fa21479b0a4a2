import {
  formatMessage,
  formatRate,
  formatYuan,
  ruleTitle,
  severityLabel,
  statusLabel,
} from "../../../src/core/i18n/messages";
import { RULE_IDS, RULES, SEVERITIES } from "../../../src/core/findings";

describe("number formatting", () => {
  it("groups thousands and shows fen only when there are any", () => {
    expect(formatYuan(4_950_000, "zh-CN")).toBe("4,950,000 元");
    expect(formatYuan(4_950_000, "en-US")).toBe("4,950,000 yuan");
    expect(formatYuan(51_702_800.5, "zh-CN")).toBe("51,702,800.50 元");
    expect(formatYuan(-5, "zh-CN")).toBe("-5 元");
    expect(formatYuan(0, "zh-CN")).toBe("0 元");
    expect(formatYuan(999.999, "zh-CN")).toBe("1,000 元");
    expect(formatYuan(123, "zh-CN")).toBe("123 元");
    expect(formatYuan(1234, "zh-CN")).toBe("1,234 元");
  });

  it("shows rates as percents with two decimals, or as many as asked", () => {
    expect(formatRate(1.65, "zh-CN")).toBe("165.00%");
    expect(formatRate(0.344685, "en-US")).toBe("34.47%");
    expect(formatRate(0.344685, "zh-CN", 4)).toBe("34.4685%");
    expect(formatRate(0, "zh-CN")).toBe("0.00%");
  });
});

describe("labels", () => {
  it("every rule has a title and every severity a label in both languages", () => {
    for (const r of RULE_IDS) {
      expect(ruleTitle(r, "zh-CN")).not.toBe(r);
      expect(ruleTitle(r, "en-US")).not.toBe(r);
    }
    expect(SEVERITIES.map((s) => severityLabel(s, "zh-CN"))).toEqual(["错误", "警告", "提示"]);
    expect(SEVERITIES.map((s) => severityLabel(s, "en-US"))).toEqual(["Error", "Warning", "Info"]);
    expect(statusLabel("behind", "zh-CN")).toBe("滞后");
    expect(statusLabel("no-spending", "en-US")).toBe("No spending");
  });
});

describe("formatMessage", () => {
  it("renders every rule in both languages, even with no params, without throwing", () => {
    for (const r of Object.keys(RULES) as (keyof typeof RULES)[]) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        const m = formatMessage(r, {}, lang);
        expect(typeof m).toBe("string");
        expect(m.length).toBeGreaterThan(0);
      }
    }
  });

  it("writes the overspent message in the lead's words, and in English", () => {
    const p = {
      label: "支持企业专精特新化发展",
      year: 2021,
      budgetField: "budget",
      actual: 4_950_000,
      budget: 3_000_000,
      rate: 1.65,
    };
    expect(formatMessage("execution.overspent", p, "zh-CN")).toBe(
      "支持企业专精特新化发展 2021 年实际支出 4,950,000 元，超过调整后预算 3,000,000 元（执行率 165.00%）",
    );
    expect(formatMessage("execution.overspent", p, "en-US")).toBe(
      "支持企业专精特新化发展, 2021: spent 4,950,000 yuan of adjusted budget 3,000,000 yuan (165.00%)",
    );
  });

  it("quotes the user's text verbatim", () => {
    const text = "约 5,000 万（待定）";
    expect(formatMessage("input.unreadable-value", { text, field: "actual" }, "zh-CN")).toBe(
      `实际支出应为数字，无法识别“${text}”`,
    );
    expect(formatMessage("input.unreadable-value", { text, field: "actual" }, "en-US")).toBe(
      `actual spending should be a number; cannot read "${text}"`,
    );
    // A date or a year cell says so: "应为数字或日期" fits neither.
    expect(formatMessage("input.unreadable-value", { text: "十一月底", field: "paidOn" }, "zh-CN")).toBe(
      "拨付日期应为日期，无法识别“十一月底”",
    );
    expect(formatMessage("input.unreadable-value", { text: "明年", field: "year" }, "en-US")).toBe(
      'year should be a four-digit year; cannot read "明年"',
    );
  });
});
