import type { Cell, SheetGrid } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { CatalogTable, RegisterTable } from "../../../src/core/tables/types";

function sheet(values: Cell[][], name = "清单"): SheetGrid {
  return { name, top: 0, left: 0, values, merges: [] };
}

function register(values: Cell[][]): { t: RegisterTable; unreadable: ReturnType<typeof recognise>["unreadable"] } {
  const r = recognise([sheet(values)]);
  expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
  return { t: r.tables[0] as RegisterTable, unreadable: r.unreadable };
}

describe("register", () => {
  it("recognises the usual staff variants without a mapping, amounts in 万元 from the header", () => {
    const { t } = register([
      ["序号", "单位名称", "扶持项目", "拟扶持金额（万元）"],
      [1, "上海甲科技有限公司", "区级专精特新", 5],
      [2, "上海乙制造有限公司", "市级专精特新", "20"],
    ]);
    expect(t.columns.map((c) => c.field)).toEqual(["seq", "enterprise", "item", "approved"]);
    expect(t.unit).toBe("万元");
    expect(t.unitSource).toBe("header");
    expect(t.rows.map((r) => [r.enterprise, r.item, r.approved])).toEqual([
      ["上海甲科技有限公司", "区级专精特新", 50_000],
      ["上海乙制造有限公司", "市级专精特新", 200_000],
    ]);
    expect(t.col).toEqual({ seq: 0, enterprise: 1, item: 2, approved: 3 });
  });

  it.each([
    [["企业名称", "统一社会信用代码", "注册地", "税务登记地", "政策项", "申请金额", "核定金额", "计算基数", "年度", "批次", "拨付日期"]],
    [["申报单位", "信用代码", "注册地址", "纳税地", "政策条款", "申报金额", "审定金额", "新增设备投资", "申报年度", "批次", "拨款日期"]],
    [["公司名称", "社会信用代码", "工商注册地", "税务登记", "申报项目", "申请补贴金额", "核定补贴金额", "核定投资额", "年度", "申报批次", "下拨日期"]],
    [["企 业\n名 称", "统一社会\n信用代码", "注册地", "税务登记地", "支持类别", "申请金额(元)", "批准金额［元］", "基数", "年度", "批次", "支付日期"]],
  ])("maps header variant %#", (header) => {
    const { t, unreadable } = register([
      header,
      [" 甲公司 ", "９１３１０１１２ma1gbx1234", "闵行", "闵行", "区级专精特新", "60,000", 50000, 1000000, "2021年", "第一批", 44439],
    ]);
    expect(t.columns.map((c) => c.field)).toEqual([
      "enterprise",
      "creditCode",
      "registeredIn",
      "taxRegisteredIn",
      "item",
      "requested",
      "approved",
      "base",
      "year",
      "batch",
      "paidOn",
    ]);
    expect(t.rows[0]).toEqual({
      row: 1,
      enterprise: "甲公司",
      creditCode: "91310112MA1GBX1234",
      registeredIn: "闵行",
      taxRegisteredIn: "闵行",
      itemCode: null,
      item: "区级专精特新",
      requested: 60_000,
      approved: 50_000,
      base: 1_000_000,
      year: 2021,
      batch: "第一批",
      paidOn: "2021-08-31",
    });
    expect(unreadable).toEqual([]);
  });

  it("reports unreadable amounts, years and dates, skips totals and stops at a note", () => {
    const { t, unreadable } = register([
      ["企业名称", "政策代码", "核定金额", "年度", "拨付日期"],
      ["甲", "A1", "#N/A", "二〇二一", "下周"],
      ["乙", "A2", 100, 2021, "2021-11-30"],
      ["合计", null, 100, null, null],
      ["注：金额单位为元。"],
      ["丙", "A3", 300, 2021, null],
    ]);
    expect(t.rows.map((r) => r.enterprise)).toEqual(["甲", "乙"]);
    expect(t.rows[0]).toMatchObject({ itemCode: "A1", approved: null, year: null, paidOn: null });
    expect(t.rows[1]).toMatchObject({ approved: 100, year: 2021, paidOn: "2021-11-30" });
    expect(unreadable.map((u) => [u.cell, u.field, u.text])).toEqual([
      ["C2", "approved", "#N/A"],
      ["D2", "year", "二〇二一"],
      ["E2", "paidOn", "下周"],
    ]);
    expect(t.range.r1).toBe(3);
  });

  it("resolves a merged enterprise cell onto each of its rows, and a merged amount onto none", () => {
    const grid = sheet([
      ["企业名称", "政策项", "核定金额"],
      ["甲", "项目一", 100],
      [null, "项目二", null],
    ]);
    grid.merges = [
      { r0: 1, c0: 0, r1: 2, c1: 0 },
      { r0: 1, c0: 2, r1: 2, c1: 2 },
    ];
    const t = recognise([grid]).tables[0] as RegisterTable;
    expect(t.rows.map((r) => [r.enterprise, r.item, r.approved])).toEqual([
      ["甲", "项目一", 100],
      ["甲", "项目二", null],
    ]);
  });

  it("is not mistaken for a composition or a catalog", () => {
    const { t } = register([
      ["企业名称", "政策项", "核定金额", "数量", "依据文件"],
      ["甲", "项目一", 100, 1, "闵府规发〔2020〕5号"],
    ]);
    expect(t.kind).toBe("register");
  });

  it("reads a large register completely", () => {
    const n = 20_000;
    const values: Cell[][] = [["企业名称", "统一社会信用代码", "政策项", "核定金额（万元）", "年度"]];
    for (let i = 0; i < n; i++) values.push([`企业${i}`, "91310112MA1GBX1234", "区级专精特新", i % 10, 2021]);
    const { t } = register(values);
    expect(t.rows).toHaveLength(n);
    expect(t.rows[n - 1]).toMatchObject({ row: n, enterprise: `企业${n - 1}`, approved: ((n - 1) % 10) * 10_000 });
  });
});

describe("catalog", () => {
  it("reads cap types, amounts, rates and documents", () => {
    const r = recognise([
      sheet(
        [
          ["（单位：万元）"],
          ["政策代码", "政策项", "政策类", "上限类型", "上限金额", "比例", "年度", "依据文件"],
          ["A01", "区级专精特新", "专精特新", "定额", 5, null, 2022, "闵经委规发〔2021〕3号"],
          ["A02", "技术改造", "技改", "比例", 1000, "10%", null, "闵府规发〔2020〕5号"],
          ["A03", "诊断服务", null, "最高不超过", "24", null, null, null],
          ["A04", "上云", null, null, 10, null, null, null],
          ["A05", "协同创新", null, null, null, 0.2, null, null],
          ["A06", "公共服务", null, null, null, null, null, "闵经委规发〔2021〕3号"],
          ["A07", "奇怪", null, "看情况", 1, null, null, null],
        ],
        "目录",
      ),
    ]);
    const t = r.tables[0] as CatalogTable;
    expect(t.kind).toBe("catalog");
    expect(t.unit).toBe("万元");
    expect(t.unitSource).toBe("caption");
    expect(t.items.map((i) => [i.code, i.capType, i.capAmount, i.rate, i.year])).toEqual([
      ["A01", "fixed", 50_000, null, 2022],
      ["A02", "rate", 10_000_000, 0.1, null],
      ["A03", "max", 240_000, null, null],
      ["A04", "max", 100_000, null, null],
      ["A05", "rate", null, 0.2, null],
      ["A06", null, null, null, null],
      ["A07", "max", 10_000, null, null],
    ]);
    expect(t.items[0]).toMatchObject({ name: "区级专精特新", category: "专精特新", document: "闵经委规发〔2021〕3号" });
    expect(t.items[0].source).toEqual({ sheet: "目录", cell: "B3", row: 2 });
    expect(r.unreadable.map((u) => [u.cell, u.field, u.text])).toEqual([["D9", "capType", "看情况"]]);
  });

  it("understands English cap types and plain-number rates", () => {
    const t = recognise([
      sheet([
        ["Code", "Item", "Cap type", "Cap amount", "Rate"],
        ["B1", "x", "fixed", 100, null],
        ["B2", "y", "rate", null, 15],
        ["B3", "z", "max", 300, null],
      ]),
    ]).tables[0] as CatalogTable;
    expect(t.items.map((i) => [i.capType, i.capAmount, i.rate])).toEqual([
      ["fixed", 100, null],
      ["rate", null, 0.15],
      ["max", 300, null],
    ]);
  });
});
