/**
 * Recognition of the layout classes offices publish, each with a small grid built for the class
 * (the real published layouts are in tests/corpus): header wordings, facts outside the columns,
 * structure, units and precision, catalogs in words.
 */
import { audit } from "../../../src/core/audit";
import { parseRangeA1, type Cell, type SheetGrid } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { Catalog } from "../../../src/core/catalog/types";
import type { CatalogTable, CompositionTable, ExecutionTable, RecognisedTable, RegisterTable } from "../../../src/core/tables/types";

function grid(values: Cell[][], merges: string[] = [], name = "表"): SheetGrid {
  return { name, top: 0, left: 0, values, merges: merges.map((m) => parseRangeA1(m) as NonNullable<ReturnType<typeof parseRangeA1>>) };
}

function tables(values: Cell[][], merges: string[] = []): RecognisedTable[] {
  return recognise([grid(values, merges)]).tables;
}

function run(values: Cell[][], merges: string[] = [], extra: { catalog?: Catalog; asOf?: string } = {}) {
  return audit({
    sheets: [grid(values, merges)],
    settings: { today: "2021-12-31", ...(extra.asOf ? { asOf: extra.asOf } : {}) },
    ...(extra.catalog ? { catalog: extra.catalog } : {}),
  });
}

const ruleCells = (r: ReturnType<typeof run>, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.cell);

const CATALOG: Catalog = {
  origin: "file",
  name: "test.json",
  items: [
    { code: "G1", name: "高新技术企业认定奖励", category: null, capType: "fixed", capAmount: 200_000, rate: null, year: null, document: "某府规〔2022〕1号" },
    { code: "G2", name: "专精特新中小企业奖励", category: null, capType: "max", capAmount: 100_000, rate: null, year: null, document: null },
  ],
};

describe("header words", () => {
  it("reads letters, formulas and measure units in brackets as no part of the words", () => {
    // The budget block of a 项目支出绩效自评表: the letters and the score formula are no words.
    const [t] = tables([
      ["项目", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      ["年度资金总额", 100, 80, "80.00%", 16],
    ]);
    expect(t.kind).toBe("selfeval");
    expect(t.columns.map((c) => c.field)).toEqual(["line", "budget", "actual", "rate", "score"]);
    const [e] = tables([
      ["项目", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", "设备数量(台件)"],
      ["办公设备购置", 100, 80, "80.00%", 16],
    ]) as ExecutionTable[];
    expect(e.kind).toBe("execution");
    expect(e.columns.map((c) => c.field)).toEqual(["category", "budget", "actual", "rate", null]);
  });

  it("reads qualifiers around a known word: 企业详细名称, 所属区域, 拟扶持金额", () => {
    const [t] = tables([
      ["序号", "企业详细名称", "所属区域", "拟扶持金额（万元）"],
      [1, "上海某某科技有限公司", "七宝镇", 20],
    ]) as RegisterTable[];
    expect(t.kind).toBe("register");
    expect(t.col).toMatchObject({ seq: 0, enterprise: 1, registeredIn: 2, approved: 3 });
    expect(t.rows[0].approved).toBe(200_000);
  });

  it("keeps the evidence: the word that decided and how well the values fit", () => {
    const [t] = tables([
      ["单位名称", "补助资金(万元)"],
      ["上海某某有限公司", 5],
    ]) as RegisterTable[];
    expect(t.columns[1].evidence).toMatchObject({ word: "补助资金", how: "exact", fit: 1 });
  });
});

describe("facts outside the columns", () => {
  it("an award list with the policy only in its title is checked against that item's cap", () => {
    const values: Cell[][] = [
      ["2023年度高新技术企业认定奖励企业名单"],
      ["序号", "企业名称", "奖励金额（万元）"],
      [1, "上海甲科技有限公司", 20],
      [2, "上海乙科技有限公司", 30],
      [3, "上海甲科技有限公司", 20],
    ];
    const r = run(values, ["A1:C1"], { catalog: CATALOG });
    const t = r.tables[0] as RegisterTable;
    expect(t.itemFrom).toBe("title");
    expect(t.rows.map((x) => [x.item, x.year])).toEqual([
      ["高新技术企业认定奖励", 2023],
      ["高新技术企业认定奖励", 2023],
      ["高新技术企业认定奖励", 2023],
    ]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B5"]);
  });

  it("category rows between groups give the item of the rows under them", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "金额（万元）"],
      ["一、高新技术企业认定奖励", null, null],
      [1, "上海甲科技有限公司", 20],
      ["二、专精特新中小企业奖励", null, null],
      [2, "上海乙科技有限公司", 15],
    ];
    const r = run(values, ["A2:C2", "A4:C4"], { catalog: CATALOG });
    const t = r.tables[0] as RegisterTable;
    expect(t.itemFrom).toBe("group");
    expect(t.rows.map((x) => x.item)).toEqual(["高新技术企业认定奖励", "专精特新中小企业奖励"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C5"]);
  });

  it("a 项目名称 column naming the enterprise's own project is no policy item", () => {
    const values: Cell[][] = [
      ["2022年专精特新中小企业奖励拟支持项目公示"],
      ["序号", "项目名称", "申报单位", "支持金额（万元）"],
      [1, "年产5万套智能传感器技术改造项目", "上海甲科技有限公司", 10],
      [2, "工业互联网平台建设", "上海乙科技有限公司", 10],
    ];
    const r = run(values, [], { catalog: CATALOG });
    const t = r.tables[0] as RegisterTable;
    expect(t.col.project).toBe(1);
    expect(t.rows[0]).toMatchObject({ project: "年产5万套智能传感器技术改造项目", item: "专精特新中小企业奖励" });
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toEqual([]);
  });

  it("a 项目名称 column whose values are catalog items is the policy item", () => {
    const r = run(
      [
        ["企业名称", "项目名称", "金额（万元）"],
        ["上海甲科技有限公司", "高新技术企业认定奖励", 20],
        ["上海乙科技有限公司", "专精特新中小企业奖励", 10],
      ],
      [],
      { catalog: CATALOG },
    );
    const t = r.tables[0] as RegisterTable;
    expect(t.col.item).toBe(1);
    expect(t.rows.map((x) => x.item)).toEqual(["高新技术企业认定奖励", "专精特新中小企业奖励"]);
  });

  it.each([
    ["2021年1-8月专项资金预算执行情况表（单位：万元）", "2021-08-31"],
    ["截至2021年8月底专项资金执行情况", "2021-08-31"],
    ["2021年上半年预算执行情况", "2021-06-30"],
  ])("the as-of date from the title: %s", (title, asOf) => {
    const r = audit({
      sheets: [grid([[title], ["单位", "预算数", "支出数", "执行率"], ["甲", 100, 50, "50.00%"]])],
      settings: { today: "2022-03-01" },
    });
    expect([r.asOf, r.asOfSource]).toEqual([asOf, "table"]);
  });

  it("a table's own 序时进度 column is the yardstick of its rows", () => {
    const r = run(
      [
        ["单位", "预算数", "支出数", "执行率", "序时进度"],
        ["甲局", 100, 20, "20.00%", "50.00%"],
        ["乙局", 100, 48, "48.00%", "50.00%"],
      ],
      [],
      { asOf: "2021-12-31" },
    );
    const behind = r.findings.filter((f) => f.rule === "execution.behind-schedule");
    expect(behind.map((f) => [f.cell, f.expected])).toEqual([["C2", 0.5]]);
  });
});

describe("structure", () => {
  it("an outline: numbered headings are subtotals of their lines, checked once, never added twice", () => {
    const values: Cell[][] = [
      ["项目", "金额（万元）"],
      ["一、基本支出", 30],
      ["1、人员经费", 20],
      ["2、公用经费", 10],
      ["二、项目支出", 50],
      ["1、信息化建设", 25],
      ["2、设备购置", 20],
      ["合计", 80],
    ];
    const r = run(values);
    const t = r.tables[0] as CompositionTable;
    expect(t.lines.map((l) => l.item)).toEqual(["1、人员经费", "2、公用经费", "1、信息化建设", "2、设备购置"]);
    // 二、项目支出 50 ≠ 25 + 20: reported there, once; the 合计 80 = 30 + 50 adds the subtotals as
    // stated, so it is not reported again.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B5"]);
  });

  it("类/款/项 codes of 3/5/7 digits: each parent against its children; 基本支出 + 项目支出 = 合计", () => {
    const values: Cell[][] = [
      ["2021年一般公共预算财政拨款支出决算表"],
      ["单位：万元"],
      ["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", null, null],
      [null, null, null, null, "合计", "基本支出", "项目支出"],
      [201, "一般公共服务支出", 100, 120, 118, 60, 58],
      [20101, "人大事务", 100, 120, 118, 60, 58],
      [2010101, "行政运行", 60, 60, 60, 60, null],
      [2010108, "代表工作", 40, 60, 55, null, 55],
      [null, "合计", 100, 120, 118, 60, 58],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3"];
    const r = run(values, merges, { asOf: "2021-12-31" });
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(t.unit).toBe("万元");
    expect(t.columns.map((c) => [c.field, c.part?.exhaustive ?? null])).toEqual([
      ["code", null],
      ["category", null],
      ["initialBudget", null],
      ["budget", null],
      ["actual", null],
      ["actual", true],
      ["actual", true],
    ]);
    expect(t.rows.find((x) => x.row === 4)?.children).toEqual([5]);
    // 人大事务 决算 118 ≠ 60 + 55 = 115, beyond the rounding of whole 万元 (±1.5); its 项目支出 58 ≠ 55 too.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["E6", "G6"]);
    // Status on leaves only, not on 类 and 款: 代表工作 55 of 60 (91.67%) is behind at year end.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["E8"]);
  });

  it("其中 parts are checked against their whole and never added into the total", () => {
    const values: Cell[][] = [
      ["项目", "金额"],
      ["一般公共预算", 100],
      ["其中：教育", 60],
      ["政府性基金", 50],
      ["合计", 150],
    ];
    const r = run(values);
    const t = r.tables[0] as CompositionTable;
    expect(t.lines.map((l) => [l.item, l.partOf ?? null])).toEqual([
      ["一般公共预算", null],
      ["教育", 1],
      ["政府性基金", null],
    ]);
    expect(r.findings).toEqual([]);
  });

  it("several amount columns under one header: each checked; 其中 市级/区级 at most their whole", () => {
    const values: Cell[][] = [
      ["地区", "下达资金（万元）", "其中", null],
      [null, null, "市级", "区级"],
      ["七宝镇", 100, 60, 40],
      ["虹桥镇", 80, 50, 40],
      ["合计", 180, 110, 90],
    ];
    const r = run(values, ["A1:A2", "B1:B2", "C1:D1"]);
    const t = r.tables[0] as CompositionTable;
    expect(t.columns.map((c) => [c.field, c.part ? c.part.of : null])).toEqual([
      ["item", null],
      ["amount", null],
      ["amount", 1],
      ["amount", 1],
    ]);
    // 虹桥镇: 50 + 40 = 90 > 80; the 区级 column's 合计 90 ≠ 40 + 40 = 80, so the 合计 row's parts
    // (110 + 90 = 200) exceed its 180 as well.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4", "B5", "D5"]);
  });

  it("a row of column numbers under the header is no data", () => {
    const t = tables([
      ["项目", "预算数", "支出数", "执行率"],
      ["栏次", 1, 2, 3],
      ["甲", 100, 50, "50.00%"],
    ])[0] as ExecutionTable;
    expect(t.rows.map((r) => r.label)).toEqual(["甲"]);
    const u = tables([
      ["项目", "预算数", "支出数", "执行率"],
      ["(1)", "(2)", "(3)", "(4)=(3)/(2)"],
      ["甲", 100, 50, "50.00%"],
    ])[0] as ExecutionTable;
    expect(u.rows.map((r) => r.label)).toEqual(["甲"]);
  });

  it("free-text subtotals (…设备合计) close their group; 总计 closes the table", () => {
    const values: Cell[][] = [
      ["设备名称", "数量（台）", "单价（元/台件）", "金额（万元）"],
      ["台式计算机", 10, 5000, 5],
      ["打印机", 2, 3000, 0.6],
      ["办公设备合计", null, null, 5.6],
      ["服务器", 2, 50000, 10],
      ["专用设备合计", null, null, 12],
      ["总计", null, null, 15.6],
    ];
    const r = run(values);
    const t = r.tables[0] as CompositionTable;
    expect(t.unit).toBe("万元");
    expect(t.columns.map((c) => c.unit ?? null)).toEqual([null, null, "元", "万元"]);
    // 单价 in 元 × 数量 = 金额 in 万元: lines agree; 专用设备合计 12 ≠ 10; 总计 15.6 = 5 + 0.6 + 10.
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["composition.total-mismatch", "D6"]]);
  });

  it("side-by-side 收入 | 支出 are read as two tables", () => {
    const values: Cell[][] = [
      ["收入", null, "支出", null],
      ["项目", "金额", "项目", "金额"],
      ["财政拨款", 100, "基本支出", 60],
      ["上年结转", 20, "项目支出", 60],
      ["合计", 120, "合计", 121],
    ];
    const r = run(values, ["A1:B1", "C1:D1"]);
    expect(r.tables.map((t) => [t.kind, t.range.c0, t.range.c1])).toEqual([
      ["composition", 0, 1],
      ["composition", 2, 3],
    ]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D5"]);
  });

  it("a second block directly below (notes, a form's next section) is not read as rows", () => {
    const t = tables([
      ["项目", "金额"],
      ["甲", 1],
      ["合计", 1],
      ["注：本表金额单位为万元。"],
      ["填报人：张三", null],
    ])[0] as CompositionTable;
    expect(t.range.r1).toBe(2);
    expect(t.unit).toBe("万元");
  });
});

describe("units and precision", () => {
  it("rates and totals from 2-decimal 万元 figures give no false error", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["单位", "调整预算", "支出", "执行率"],
      ["甲", 333.33, 111.11, "33.33%"],
      ["乙", 333.33, 111.11, "33.33%"],
      ["丙", 333.34, 111.12, "33.34%"],
      ["合计", 1000, 333.33, "33.33%"],
    ];
    const r = run(values, [], { asOf: "2021-04-30" });
    expect(r.findings.filter((f) => f.rule.endsWith("mismatch"))).toEqual([]);
  });

  it("a real difference still shows", () => {
    const r = run(
      [
        ["单位：万元"],
        ["单位", "调整预算", "支出", "执行率"],
        ["甲", 333.33, 111.11, "35.33%"],
        ["合计", 333.33, 111.21, "33.33%"],
      ],
      [],
      { asOf: "2021-04-30" },
    );
    // 111.11 / 333.33 = 33.33%, not 35.33%; the 合计's 111.21 is not 111.11. Its rate 33.33% is not
    // 111.21 / 333.33 = 33.36% but agrees with the 111.11 its line adds up to: the slip is reported once, at C4.
    expect(r.findings.filter((f) => f.rule.endsWith("mismatch")).map((f) => [f.rule, f.cell])).toEqual([
      ["execution.rate-mismatch", "D3"],
      ["execution.total-mismatch", "C4"],
    ]);
  });
});

describe("catalogs in words", () => {
  it("reads fixed, maximum and rate caps with their base, and two sub-items in one cell", () => {
    const [t] = tables([
      ["序号", "政策名称", "支持标准", "政策依据"],
      [1, "高新技术企业认定奖励", "给予一次性奖励20万元", "某府规〔2022〕1号"],
      [2, "首台套奖励", "最高不超过100万元", "某府规〔2022〕1号"],
      [3, "研发投入补助", "按上一年度研发费用的10%给予资助，最高不超过100万元", "某府规〔2022〕1号"],
      [4, "企业技术中心", "国家级企业技术中心奖励100万元；市级企业技术中心奖励50万元", "某府规〔2022〕1号"],
      [5, "人才服务", "给予适当支持", "某府规〔2022〕1号"],
    ]) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(t.items.map((i) => [i.name, i.capType, i.capAmount, i.rate, i.base ?? null])).toEqual([
      ["高新技术企业认定奖励", "fixed", 200_000, null, null],
      ["首台套奖励", "max", 1_000_000, null, null],
      ["研发投入补助", "rate", 1_000_000, 0.1, "上一年度研发费用"],
      ["企业技术中心（国家级企业技术中心）", "fixed", 1_000_000, null, null],
      ["企业技术中心（市级企业技术中心）", "fixed", 500_000, null, null],
      // A row naming the item itself, no sub-item, is allowed at most the largest.
      ["企业技术中心", "max", 1_000_000, null, null],
      ["人才服务", null, null, null, null],
    ]);
    expect(t.unreadableStandards?.map((u) => u.cell)).toEqual(["C6"]);
  });

  it("an unreadable standard is a finding naming its cell", () => {
    const r = run([
      ["政策名称", "支持标准"],
      ["人才服务", "按一定比例给予支持"],
    ]);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["catalog.unreadable-standard", "B2"]]);
  });
});
