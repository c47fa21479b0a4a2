/** audit() over a register sheet as staff would type it: caps, duplicates, codes, places, dates. */
import { audit } from "../../../src/core/audit";
import { creditCodeCheckChar } from "../../../src/core/creditCode";
import { GridBuilder, tableA } from "../fixtures/seed";

const code = (stem: string) => stem + creditCodeCheckChar(stem);
const A = code("91310112MA1GB1234");
const B = code("91310112MA1GC5678");

function registerSheet() {
  const b = new GridBuilder();
  b.row(0, 0, [
    "企业名称",
    "统一社会信用代码",
    "注册地",
    "税务登记地",
    "政策项",
    "申请金额（元）",
    "核定金额（元）",
    "年度",
    "拨付日期",
  ]);
  b.row(1, 0, [
    "上海甲科技有限公司",
    A,
    "上海市闵行区",
    "上海市闵行区",
    "区级“专精特新”中小企业",
    50000,
    50000,
    2021,
    "2021-10-15",
  ]);
  b.row(2, 0, [
    "上海甲科技有限公司",
    A,
    "上海市闵行区",
    "上海市闵行区",
    '区级"专精特新"中小企业',
    50000,
    50000,
    2021,
    "2021-12-15",
  ]);
  b.row(3, 0, [
    "上海乙智能有限公司",
    B,
    "上海市徐汇区",
    "上海市闵行区",
    "示范平台",
    800000,
    700000,
    2021,
    "2021-11-20",
  ]);
  b.row(4, 0, [
    "上海丙有限公司",
    "91310112MA1GB123",
    "上海市闵行区",
    "上海市闵行区",
    "不在目录的政策",
    10000,
    10000,
    2021,
    null,
  ]);
  return b.toGrid("申报清单");
}

describe("audit() on a register", () => {
  const r = audit({ sheets: [registerSheet()], settings: { today: "2021-12-31" } });

  it("recognises the register", () => {
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(r.catalog.origin).toBe("builtin");
  });

  it("finds the duplicate, the late payment, the cap, the place, the bad code and the unknown item", () => {
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["register.duplicate", "E3"],
      ["register.late-disbursement", "I3"],
      ["register.ineligible-location", "C4"],
      ["cap.exceeded", "G4"],
      ["register.invalid-credit-code", "B5"],
      ["cap.unknown-policy", "E5"],
      // Approved, no 拨付日期, and at 2021-12-31 the 11-30 deadline has passed.
      ["register.unpaid", "I5"],
    ]);
    const cap = r.findings.find((f) => f.rule === "cap.exceeded")!;
    expect([cap.actual, cap.expected]).toEqual([700_000, 600_000]);
    expect(r.findings[0].params.firstRow).toBe(2);
  });

  it("runs only the composition and execution groups when asked: no register findings", () => {
    const only = audit({
      sheets: [registerSheet(), tableA()],
      settings: { today: "2021-12-31" },
      checks: ["composition"],
    });
    expect(new Set(only.findings.map((f) => f.rule))).toEqual(new Set(["composition.line-rounded"]));
  });
});

describe("audit() on a register whose payees include people with no credit code", () => {
  // A list of firms and people (家庭农场主, 种养大户) states no code for a person: a dash or 无 in the code column is no
  // code, not a one-character invalid one. A code typed wrong on a firm's row is still found.
  it("a dash, a long dash and 无 are nothing; a wrong check character is found", () => {
    const b = new GridBuilder();
    b.row(0, 0, ["序号", "主体名称", "统一社会信用代码", "扶持金额（万元）"]);
    b.row(1, 0, [1, "甲县丰收家庭农场", "—", 2]);
    b.row(2, 0, [2, "乙种养大户", "-", 2]);
    b.row(3, 0, [3, "丙专业合作社", "无", 3]);
    b.row(4, 0, [4, "丁农业科技有限公司", B.slice(0, 17) + (B[17] === "0" ? "1" : "0"), 5]);
    b.row(5, 0, [5, "戊农业发展有限公司", A, 5]);
    const r = audit({ sheets: [b.toGrid("拟扶持对象")], settings: { today: "2024-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(r.findings.filter((f) => f.rule === "register.invalid-credit-code").map((f) => f.cell)).toEqual(["C5"]);
  });
});

describe("audit() settings on the seed's Table A", () => {
  it("checks the approved budget from the settings when the caption gives none", () => {
    const r = audit({
      sheets: [tableA({ caption: false })],
      settings: { today: "2021-12-31", approvedBudget: 190_000_000 },
    });
    const f = r.findings.filter((x) => x.rule === "composition.approved-mismatch");
    expect(f.map((x) => [x.actual, x.expected])).toEqual([[200_000_000, 190_000_000]]);
  });

  it("the caption's approved budget is read and agrees with the sum", () => {
    const r = audit({ sheets: [tableA()], settings: { today: "2021-12-31" } });
    const t = r.tables[0];
    expect(t.kind === "composition" && t.approvedBudget?.value).toBe(200_000_000);
    expect(r.findings.filter((x) => x.rule === "composition.approved-mismatch")).toEqual([]);
  });
});
