/**
 * The 项目支出绩效自评表 kind: targets read with their comparison and unit, and each rule on a
 * form laid out as the national template (the published layouts are in tests/corpus).
 */
import { audit } from "../../../src/core/audit";
import { parseRangeA1, type Cell, type SheetGrid } from "../../../src/core/grid";
import { parseTarget, targetMet } from "../../../src/core/kinds/selfeval/target";
import type { SelfevalTable } from "../../../src/core/kinds/selfeval/types";

describe("targets and actual values", () => {
  it.each([
    ["≥90%", "96%", true],
    ["≥90%", "89.5%", false],
    [">3%", "3%", false],
    ["≤0.33万元", "0.33万元", true],
    ["≤90万元", "89.97万元", true],
    ["≤90万元", "900001元", false],
    ["20家", "24家", true],
    ["20家", "18家", false],
    ["100%", "100%", true],
    ["≤3个工作日", "2个工作日", true],
    ["11月前", "10月", true],
    ["11月底前", "12月5日", false],
    ["合规", "合规", true],
    ["达标", "达成预期指标", true],
    ["建立健全", "未建立", false],
    ["效果明显", "有待观察", null],
    ["20家", "24户", null],
  ] as const)("%s against %s → %s", (target, actual, met) => {
    const t = parseTarget(target);
    expect(t).not.toBeNull();
    expect(targetMet(t!, actual)).toBe(met);
  });

  it("reads a comparison, a value and a unit in separate columns (指标性质 | 指标值 | 度量单位)", () => {
    const t = parseTarget(12, "≥", "场");
    expect(t).toEqual({ kind: "number", op: ">=", value: 12, unit: "场" });
    expect(targetMet(t!, 10, "场")).toBe(false);
  });

  it("an empty or placeholder target is none", () => {
    expect(parseTarget("")).toBeNull();
    expect(parseTarget("——")).toBeNull();
    expect(parseTarget(null)).toBeNull();
  });
});

function form(rows: Cell[][], merges: string[]): SheetGrid {
  return { name: "自评表", top: 0, left: 0, values: rows, merges: merges.map((m) => parseRangeA1(m)!) };
}

/** The national template, with the faults given by `fill`. */
function template(
  fill: { rate?: string; score?: number; total?: number; part?: number; reason?: string | null; scores?: number[]; weights?: number[]; actual?: string } = {},
) {
  const w = fill.weights ?? [30, 30, 30];
  const s = fill.scores ?? [30, 30, 30];
  return form(
    [
      ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
      ["（2022年度）", null, null, null, null, null, null, null, null],
      ["项目名称", "专项资金项目", null, null, null, null, null, null, null],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
      [null, "年度资金总额", 100, 100, 80, 10, fill.rate ?? "80.00%", fill.score ?? 8, null],
      [null, "其中：当年财政拨款", 100, 100, fill.part ?? 80, null, null, null, null],
      [null, "上年结转资金", null, null, null, null, null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [null, "产出指标", "数量指标", "扶持企业数", "≥20家", "22家", w[0], s[0], null],
      [null, null, "质量指标", "资金使用合规率", "100%", fill.actual ?? "100%", w[1], s[1], fill.reason ?? null],
      [null, "满意度指标", "满意度指标", "企业满意度", "≥90%", "93%", w[2], s[2], null],
      [null, "总分", null, null, null, null, 100, fill.total ?? 98, null],
    ],
    ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A7", "A8:A12"],
  );
}

function run(grid: SheetGrid) {
  const r = audit({ sheets: [grid], settings: { today: "2023-03-01" } });
  return { table: r.tables.find((t) => t.kind === "selfeval") as SelfevalTable | undefined, findings: r.findings };
}

const rules = (f: { rule: string; cell: string }[]) => f.filter((x) => x.rule.startsWith("selfeval.") || x.rule === "execution.overspent").map((x) => [x.rule, x.cell]);

describe("the self-evaluation form", () => {
  it("is read as one table: budget block, indicators, 总分; year and unit from the title and side label", () => {
    const { table, findings } = run(template({ scores: [30, 28, 30], actual: "95%", reason: "抽查发现个别票据不规范", total: 96 }));
    expect(table).toBeDefined();
    expect(table!.year).toBe(2022);
    expect(table!.unit).toBe("万元");
    expect(table!.range).toMatchObject({ r0: 3, r1: 11 });
    expect(table!.funds.map((f) => [f.label, f.part])).toEqual([
      ["年度资金总额", false],
      ["当年财政拨款", true],
      ["上年结转资金", true],
    ]);
    expect(table!.indicators.map((i) => i.name)).toEqual(["扶持企业数", "资金使用合规率", "企业满意度"]);
    expect(rules(findings)).toEqual([]);
  });

  it("a rate that is not B/A, and a score that is not weight × rate", () => {
    const { findings } = run(template({ rate: "85.00%", score: 10, total: 100 }));
    expect(rules(findings)).toEqual([
      ["selfeval.rate-mismatch", "G5"],
      ["selfeval.score-mismatch", "H5"],
    ]);
  });

  it("年度资金总额 against its 其中 lines", () => {
    expect(rules(run(template({ part: 70 })).findings)).toEqual([["selfeval.total-mismatch", "E5"]]);
  });

  it("a full score on a missed target; a shortfall without a reason; 总分 against the scores", () => {
    const { findings } = run(template({ scores: [30, 30, 25], actual: "95%", total: 93 }));
    expect(rules(findings)).toEqual([
      ["selfeval.target-missed-full-score", "H10"],
      ["selfeval.missing-explanation", "H11"],
    ]);
    expect(rules(run(template({ total: 90 })).findings)).toEqual([["selfeval.score-mismatch", "H12"]]);
  });

  it("weights that do not add up to 100, and an indicator scored above its weight", () => {
    const { findings } = run(template({ weights: [30, 30, 25], scores: [30, 30, 26], total: 94 }));
    expect(rules(findings)).toEqual([
      ["selfeval.score-mismatch", "H11"],
      ["selfeval.weights", "G12"],
    ]);
  });
});
