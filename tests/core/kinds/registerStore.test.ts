/**
 * The register's store: records column by column, text read from the grid's own value arrays.
 * What the checks read from it must be what a row object would have carried.
 */
import type { Cell, CellRange, SheetGrid } from "../../../src/core/grid";
import { audit } from "../../../src/core/audit";
import { recognise } from "../../../src/core/tables/recognise";
import type { RegisterRow, RegisterTable } from "../../../src/core/tables/types";
import { RegisterStore, withRows } from "../../../src/core/kinds/register/store";

const HEADER: Cell[] = ["序号", "企业名称", "统一社会信用代码", "注册地", "扶持项目", "拟扶持金额（万元）", "年度", "拨付日期"];

function register(rows: Cell[][], merges: CellRange[] = []): RegisterTable {
  const grid: SheetGrid = { name: "清单", top: 0, left: 0, values: [HEADER, ...rows], merges };
  const t = recognise([grid]).tables.find((x) => x.kind === "register");
  if (!t) throw new Error("no register recognised");
  return t as RegisterTable;
}

describe("the register's store", () => {
  it("reads each record's text as the cells show it, trimmed, codes in capitals, amounts in 元, dates as ISO", () => {
    const t = register([
      [1, " 甲科技有限公司 ", "91310112mA1gbqxa2q", "闵行区", "技术改造项目新增设备补贴", 12.5, 2021, 44500],
      [2, "乙制造有限公司", "９１３１０１１２ＭＡ１ＧＢＱＸＢ３Ｒ", null, "技术改造项目新增设备补贴", "8", "2022年", "2021-11-02"],
      [3, "丙有限公司", null, null, "技术改造项目新增设备补贴", "—", 2022, null],
      [4, "丁有限公司", null, null, "技术改造项目新增设备补贴", "3,500元", 2022, null],
    ]);
    const s = t.store;
    expect(s.length).toBe(4);
    // Text amounts as the reader read them: a dash is nothing, a unit in the cell is the cell's.
    expect([s.approved(2), s.approved(3)]).toEqual([null, 3500]);
    expect([s.enterprise(0), s.enterprise(1)]).toEqual(["甲科技有限公司", "乙制造有限公司"]);
    expect([s.creditCode(0), s.creditCode(1)]).toEqual(["91310112MA1GBQXA2Q", "91310112MA1GBQXB3R"]);
    expect([s.registeredIn(0), s.registeredIn(1)]).toEqual(["闵行区", null]);
    expect([s.approved(0), s.approved(1)]).toEqual([125_000, 80_000]);
    expect([s.requested(0), s.base(0)]).toEqual([null, null]);
    expect([s.year(0), s.year(1)]).toEqual([2021, 2022]);
    expect([s.paidOn(0), s.paidOn(1)]).toEqual(["2021-10-31", "2021-11-02"]);
    expect([s.row(0), s.row(1)]).toEqual([1, 2]);
  });

  it("gives the same records as row objects (`rows`), made once and again only after the store changes", () => {
    const t = register([
      [1, "甲科技有限公司", "91310112MA1GBQXA2Q", "闵行区", "A", 5, 2021, null],
      [2, "乙制造有限公司", "91310112MA1GBQXB3R", "闵行区", "B", 6, 2021, null],
    ]);
    const rows = t.rows;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(t.store.at(1));
    expect(rows[0]).toMatchObject({ row: 1, enterprise: "甲科技有限公司", item: "A", approved: 50_000, year: 2021, paidOn: null });
    expect(t.rows).toBe(rows);
    t.store.itemToProject();
    expect(t.rows).not.toBe(rows);
    expect(t.rows.map((r) => [r.item, r.project])).toEqual([
      [null, "A"],
      [null, "B"],
    ]);
    t.store.setItems(() => "区级“专精特新”中小企业");
    expect(t.rows.map((r) => r.item)).toEqual(["区级“专精特新”中小企业", "区级“专精特新”中小企业"]);
    // A row object is a copy: writing to it would be lost, so it is refused.
    expect(() => {
      (t.rows[0] as { item: string | null }).item = "其他";
    }).toThrow(TypeError);
    t.store.fillYear(2024);
    expect(t.rows.map((r) => r.year)).toEqual([2021, 2021]);
  });

  it("keeps a record's own values where merges were resolved, and the category row it sits under", () => {
    const t = register(
      [
        ["一、技术改造", null, null, null, null, null, null, null],
        [1, "甲科技有限公司", "91310112MA1GBQXA2Q", "闵行区", null, 5, 2021, null],
        [2, "乙制造有限公司", "91310112MA1GBQXB3R", null, null, 6, 2021, null],
      ],
      [
        { r0: 1, c0: 0, r1: 1, c1: 7 },
        { r0: 2, c0: 3, r1: 3, c1: 3 },
      ],
    );
    const s = t.store;
    expect(s.length).toBe(2);
    expect([s.group(0), s.group(1)]).toEqual(["技术改造", "技术改造"]);
    // The place merged down over both records is each record's place.
    expect([s.registeredIn(0), s.registeredIn(1)]).toEqual(["闵行区", "闵行区"]);
  });

  it("made from row objects, holds their values as given", () => {
    const given: RegisterRow[] = [
      { row: 4, enterprise: " 甲 ", creditCode: "913101", registeredIn: null, taxRegisteredIn: null, itemCode: "X1", item: null, requested: 3, approved: null, base: 7, year: null, batch: "第一批", paidOn: "2021-12-01", paidNow: 2 },
      { row: 2, enterprise: null, creditCode: null, registeredIn: "闵行区", taxRegisteredIn: "徐汇区", itemCode: null, item: "B", requested: null, approved: 9, base: null, year: 2020, batch: null, paidOn: null, group: "二、B" },
    ];
    const t = withRows({ store: RegisterStore.fromRows(given) });
    expect(t.rows).toEqual([
      { ...given[0], paidNow: 2 },
      { ...given[1], paidNow: null },
    ]);
  });

  it("an audit of a register reads its findings from the store: the same as from row objects", () => {
    const grid: SheetGrid = {
      name: "清单",
      top: 0,
      left: 0,
      values: [
        HEADER,
        [1, "甲科技有限公司", "91310112MA1GBQXA2Q", "徐汇区", "技术改造项目新增设备补贴", 600, 2021, 44600],
        [2, "甲科技有限公司", "91310112MA1GBQXA2Q", "闵行区", "技术改造项目新增设备补贴", 5, 2021, null],
        [3, "乙制造有限公司", "91310112MA1GBQXB3X", "闵行区", "技术改造项目新增设备补贴", 5, 2021, 44500],
      ],
      merges: [],
    };
    const r = audit({ sheets: [grid], settings: { today: "2022-03-01" } });
    const rules = r.findings.map((f) => `${f.rule} ${f.cell}`).sort();
    expect(rules).toEqual(
      expect.arrayContaining(["register.duplicate E3", "register.ineligible-location D2", "register.invalid-credit-code C4", "register.late-disbursement H2"]),
    );
  });
});
