import type { Cell, CellRange, SheetGrid } from "../../../src/core/grid";
import { rangeA1 } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { CompositionTable, ExecutionTable, RegisterTable } from "../../../src/core/tables/types";
import { GridBuilder, tableC, writeTableA, writeTableC } from "../fixtures/seed";

function sheet(values: Cell[][], extra: { merges?: CellRange[]; hiddenRows?: number[] } = {}): SheetGrid {
  return { name: "表", top: 0, left: 0, values, merges: extra.merges ?? [], hiddenRows: extra.hiddenRows };
}

const COMPOSITION_HEADER: Cell[] = ["二级", "三级", "预算金额（元）", "单价/均价（元）", "数量"];

function composition(rows: Cell[][], extra: { merges?: CellRange[]; hiddenRows?: number[] } = {}) {
  const r = recognise([sheet([COMPOSITION_HEADER, ...rows], extra)]);
  expect(r.tables).toHaveLength(1);
  return { table: r.tables[0] as CompositionTable, unreadable: r.unreadable };
}

describe("bad input in number cells", () => {
  it("text such as abc is unreadable, reported by cell, and the rest of the row still read", () => {
    const { table, unreadable } = composition([
      ["甲", "项目一", "abc", 100, 2],
      ["甲", "项目二", 300, "三百", 3],
    ]);
    expect(table.lines).toHaveLength(2);
    expect(table.lines[0].amount).toBeNull();
    expect(table.lines[0].unitAmount?.value).toBe(100);
    expect(table.lines[1].unitAmount).toBeNull();
    expect(unreadable).toEqual([
      { sheet: "表", cell: "C2", row: 1, kind: "composition", field: "amount", text: "abc" },
      { sheet: "表", cell: "D3", row: 2, kind: "composition", field: "unitAmount", text: "三百" },
    ]);
  });

  it("— and - and blank mean nothing: no figure and no finding", () => {
    const { table, unreadable } = composition([["甲", "项目一", "—", "-", null]]);
    expect(table.lines).toHaveLength(1);
    expect(table.lines[0]).toMatchObject({ amount: null, unitAmount: null, quantity: null });
    expect(unreadable).toEqual([]);
  });

  it("full-width digits and separators are read as numbers", () => {
    const { table, unreadable } = composition([["甲", "项目一", "１２３，４５６", "６１，７２８", "２"]]);
    expect(table.lines[0].amount?.value).toBe(123456);
    expect(table.lines[0].unitAmount?.value).toBe(61728);
    expect(table.lines[0].quantity?.value).toBe(2);
    expect(unreadable).toEqual([]);
  });

  it("#N/A and TRUE are unreadable", () => {
    const { table, unreadable } = composition([["甲", "项目一", "#N/A", true, 1]]);
    expect(table.lines[0].amount).toBeNull();
    expect(unreadable.map((u) => [u.cell, u.text])).toEqual([
      ["C2", "#N/A"],
      ["D2", "TRUE"],
    ]);
  });

  it("a unit written in the cell overrides the table's unit", () => {
    const { table } = composition([["甲", "项目一", "5,170.28万元", "1亿元", "3个"]]);
    expect(table.lines[0].amount?.value).toBe(51_702_800);
    expect(table.lines[0].unitAmount?.value).toBe(100_000_000);
    expect(table.lines[0].quantity?.value).toBe(3);
  });

  it("a percent in an amount column is unreadable there", () => {
    const { unreadable } = composition([["甲", "项目一", "15%", 1, 1]]);
    expect(unreadable.map((u) => u.text)).toEqual(["15%"]);
  });
});

describe("blank and hidden rows", () => {
  it("skips blank rows inside a table and trims trailing ones", () => {
    const { table } = composition([["甲", "项目一", 100, 100, 1], [], [null, null, null], ["甲", "项目二", 200, 100, 2], [], []]);
    expect(table.lines.map((l) => l.row)).toEqual([1, 4]);
    expect(rangeA1(table.range)).toBe("A1:E5");
  });

  it("reads hidden rows like others and lists them", () => {
    const { table } = composition(
      [
        ["甲", "项目一", 100, 100, 1],
        ["甲", "项目二", 200, 100, 2],
        ["甲", "项目三", 300, 100, 3],
      ],
      { hiddenRows: [2, 40] },
    );
    expect(table.lines).toHaveLength(3);
    expect(table.hiddenRows).toEqual([2]);
  });
});

describe("notes under a table", () => {
  it.each([
    ["注：单价为定额标准。"],
    ["说明：2-9 类为均价"],
    ["数据来源：区经委"],
    ["本表金额为预算编制阶段的测算数，最终以区财政批复为准，各项目执行中可调剂使用"],
  ])("%s ends the table and is never read as data", (note) => {
    const { table, unreadable } = composition([["甲", "项目一", 100, 100, 1], [note], ["甲", "项目二", 200, 100, 2]]);
    expect(table.lines.map((l) => l.item)).toEqual(["项目一"]);
    expect(table.range.r1).toBe(1);
    expect(unreadable).toEqual([]);
  });

  it("an enterprise named 注塑… is data, not a note", () => {
    const r = recognise([
      sheet([
        ["企业名称", "政策项", "核定金额"],
        ["注塑科技有限公司", "区级专精特新", 50000],
      ]),
    ]);
    expect((r.tables[0] as RegisterTable).rows.map((x) => x.enterprise)).toEqual(["注塑科技有限公司"]);
  });
});

describe("merged cells", () => {
  it("a category merged over its lines, or written on the first line only, applies to each line", () => {
    const { table } = composition(
      [
        ["1. 甲类", "项目一", 100, 100, 1],
        [null, "项目二", 200, 100, 2],
        ["2、乙类", "项目三", 300, 100, 3],
        [null, "项目四", 400, 100, 4],
      ],
      { merges: [{ r0: 1, c0: 0, r1: 2, c1: 0 }] },
    );
    expect(table.lines.map((l) => l.category)).toEqual(["甲类", "甲类", "乙类", "乙类"]);
  });

  it("an amount merged over several lines is one value for the group, not each line's", () => {
    const { table } = composition(
      [
        ["甲", "项目一", 300, 100, 1],
        ["甲", "项目二", null, 100, 2],
      ],
      { merges: [{ r0: 1, c0: 2, r1: 2, c1: 2 }] },
    );
    expect(table.lines.map((l) => l.amount)).toEqual([null, null]);
  });

  it("subtotals (小计) close their category; 合 计 with a space is the table total", () => {
    const { table } = composition([
      ["甲", "项目一", 100, 100, 1],
      ["甲", "项目二", 200, 100, 2],
      ["小计", null, 300, null, 3],
      ["乙", "项目三", 300, 100, 3],
      ["合 计", null, 600, null, null],
    ]);
    expect(table.lines).toHaveLength(3);
    expect(table.totals.map((t) => [t.label, t.scope, t.category, t.amount?.value])).toEqual([
      ["小计", "category", "甲", 300],
      ["合 计", "table", null, 600],
    ]);
  });
});

describe("two header rows", () => {
  it("reads a merged group title over the real header", () => {
    const r = recognise([
      sheet(
        [
          ["申报信息", null, null, "资金（万元）", null],
          ["单位名称", "统一社会信用代码", "扶持项目", "申请金额", "拟扶持金额"],
          ["甲公司", "91310112MA1GBX1234", "区级专精特新", 6, 5],
        ],
        { merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }, { r0: 0, c0: 3, r1: 0, c1: 4 }] },
      ),
    ]);
    const t = r.tables[0] as RegisterTable;
    expect(t.kind).toBe("register");
    expect(t.headerRows).toBe(2);
    expect(t.unit).toBe("万元");
    expect(t.columns[4].header).toBe("资金（万元） / 拟扶持金额");
    expect(t.rows[0]).toMatchObject({ enterprise: "甲公司", requested: 60000, approved: 50000 });
  });

  it("a year row under a two-row header is data, not a third header row", () => {
    const b = new GridBuilder();
    const placed = writeTableC(b, 0, 0, { note: false });
    const t = recognise([b.toGrid("C")]).tables[0] as ExecutionTable;
    expect(t.range.r0).toBe(placed.headerRow);
    expect(t.rows[0].row).toBe(placed.firstDataRow);
  });
});

describe("tables anywhere on a sheet", () => {
  it("finds a table away from A1, with a caption, after the project's target table", () => {
    const b = new GridBuilder();
    b.row(0, 0, ["推进先进制造业等产业发展项目描述"]);
    b.row(1, 0, ["一、项目概况"]);
    b.row(2, 0, ["目标类型", "目标名称", "目标值", "标杆值依据"]);
    b.row(3, 0, ["产出数量", "落实政策项", "7 个方向", "闵府规发〔2020〕5 号"]);
    const placed = writeTableA(b, 6, 3);
    const t = recognise([b.toGrid("x")]).tables;
    // The seed's target table is a table of its own (targets), ending before the caption of Table A.
    expect(t.map((x) => [x.kind, x.range.r1])).toEqual([["targets", 3], ["composition", placed.totalRow]]);
    const a = t[1] as CompositionTable;
    expect(a.range).toEqual({ r0: placed.headerRow, c0: 3, r1: placed.totalRow, c1: 7 });
    expect(a.lines).toHaveLength(13);
    expect(a.lines[0].amount?.cell).toBe(`F${placed.firstDataRow + 1}`);
  });

  it("a repeated header (a page break pasted from a document) continues the same table", () => {
    const { table } = composition([["甲", "项目一", 100, 100, 1], COMPOSITION_HEADER, ["乙", "项目二", 200, 100, 2]]);
    expect(table.lines.map((l) => l.item)).toEqual(["项目一", "项目二"]);
  });

  it("a different header ends the table and starts the next", () => {
    const r = recognise([
      sheet([
        COMPOSITION_HEADER,
        ["甲", "项目一", 100, 100, 1],
        ["年度", "调整后预算", "实际支出"],
        [2021, 100, 50],
      ]),
    ]);
    expect(r.tables.map((t) => [t.kind, rangeA1(t.range)])).toEqual([
      ["composition", "A1:E2"],
      ["execution", "A3:C4"],
    ]);
  });

  it("reads a grid whose used range starts away from A1 (top/left offsets)", () => {
    const shift = (g: SheetGrid, top: number, left: number): SheetGrid => ({
      ...g,
      top,
      left,
      merges: g.merges.map((m) => ({ r0: m.r0 + top, c0: m.c0 + left, r1: m.r1 + top, c1: m.c1 + left })),
    });
    const base = recognise([tableC()]).tables[0] as ExecutionTable;
    const moved = recognise([shift(tableC(), 10, 3)]).tables[0] as ExecutionTable;
    expect(moved.range).toEqual({ r0: base.range.r0 + 10, c0: 3, r1: base.range.r1 + 10, c1: base.range.c1 + 3 });
    expect(moved.groupBudgets[0].figure.cell).toBe("I14");
    expect(moved.rows.map((r) => r.category)).toEqual(base.rows.map((r) => r.category));
    const reg = recognise([
      shift(sheet([["企业名称", "政策项", "核定金额"], ["甲", "x", "abc"], ["合计", null, 0], ["乙", "y", 2]]), 4, 1),
    ]);
    const t = reg.tables[0] as RegisterTable;
    expect(t.rows.map((r) => [r.row, r.enterprise, r.approved])).toEqual([
      [5, "甲", null],
      [7, "乙", 2],
    ]);
    expect(t.col).toEqual({ enterprise: 1, item: 2, approved: 3 });
    expect(reg.unreadable.map((u) => u.cell)).toEqual(["D6"]);
  });

  it("a sheet with no table gives no table and no crash", () => {
    const r = recognise([sheet([["项目描述"], [], ["abc", 1, true], [null, "#N/A"]]), sheet([])]);
    expect(r).toEqual({ tables: [], unreadable: [], candidates: [] });
  });
});

describe("rows written all in text", () => {
  it("a payment whose date and amount are text is the ledger's row, not another table's header", () => {
    const grid = {
      name: "台账",
      top: 0,
      left: 0,
      merges: [],
      values: [
        ["日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "金额"],
        ["2021-03-15", "记-12", "拨付专精特新补贴", "上海甲机械有限公司", "91310112MA1GAAAA1X", "区级“专精特新”中小企业", "50,000.00"],
        ["2021-06-20", "记-31", "拨付专精特新补贴（第二笔）", "上海甲机械 有限公司", "", "区级专精特新中小企业", 30000],
        ["2021-04-02", "记-20", "拨付技改补贴", "上海乙材料有限公司", "91310112MA1GBBBB2X", "技术改造项目新增设备补贴", "1,200,000.00"],
      ],
    };
    const tables = recognise([grid]).tables;
    expect(tables.map((t) => [t.kind, t.range.r1])).toEqual([["ledger", 3]]);
  });
});
