import { auditRecognised } from "../../../src/core/rules/run";
import { SettingsError } from "../../../src/core/rules/validateSettings";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import type { AuditInput } from "../../../src/core/api";
import type { SheetGrid } from "../../../src/core/grid";
import type { CatalogTable, RecognitionResult } from "../../../src/core/tables/types";
import { handTableA, handTableB, handTableC, regRow, register } from "../rules/handTables";

const sheet = (name: string): SheetGrid => ({ name, top: 0, left: 0, values: [], merges: [] });
const SHEETS = ["申报清单", "预算构成", "年度执行", "分类执行"].map(sheet);

function recognition(): RecognitionResult {
  return {
    // Deliberately not in sheet order: the findings must come out in sheet order regardless.
    tables: [
      handTableC(),
      handTableA(),
      handTableB(),
      register([regRow(1, { enterprise: "甲", item: "示范平台", approved: 700_000, year: 2021 })]),
    ],
    unreadable: [{ sheet: "预算构成", cell: "D3", row: 2, field: "unitAmount", text: "见附件" }],
  };
}

const input = (extra: Partial<AuditInput> = {}): AuditInput => ({
  sheets: SHEETS,
  settings: { today: "2021-09-09" },
  ...extra,
});

describe("auditRecognised", () => {
  it("takes the as-of date from the table's 1-8 月 when none is set", () => {
    const r = auditRecognised(recognition(), input());
    expect([r.asOf, r.asOfSource]).toEqual(["2021-08-31", "table"]);
  });

  it("a set as-of date wins; without either it is today", () => {
    const set = auditRecognised(recognition(), input({ settings: { today: "2021-09-09", asOf: "2021-12-31" } }));
    expect([set.asOf, set.asOfSource]).toEqual(["2021-12-31", "setting"]);
    const none = auditRecognised({ tables: [handTableA()], unreadable: [] }, input());
    expect([none.asOf, none.asOfSource]).toEqual(["2021-09-09", "today"]);
  });

  it("runs every group, orders findings by sheet, row, column and summarises", () => {
    const r = auditRecognised(recognition(), input());
    expect(r.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ["申报清单", "H2", "cap.exceeded"],
      ["预算构成", "D3", "input.unreadable-value"],
      ["预算构成", "C7", "composition.line-rounded"],
      ["预算构成", "C8", "composition.line-rounded"],
      ["预算构成", "C9", "composition.line-rounded"],
      ["预算构成", "C12", "composition.line-rounded"],
      ["预算构成", "C14", "composition.line-rounded"],
      ["年度执行", "D2", "execution.behind-schedule"],
      ["分类执行", "E3", "execution.overspent"],
      ["分类执行", "E5", "execution.behind-schedule"],
      ["分类执行", "E6", "execution.behind-schedule"],
      ["分类执行", "E7", "execution.no-spending"],
      ["分类执行", "E9", "execution.overspent"],
    ]);
    expect(r.summary).toEqual({ error: 3, warning: 5, info: 5 });
    expect(r.catalog).toBe(BUILTIN_CATALOG);
    expect(r.settings).toMatchObject({ district: "闵行", tolerance: 5, lang: "zh-CN", disbursementDeadline: "11-30" });
  });

  it("runs only the groups asked for; unreadable cells go with every group", () => {
    const caps = auditRecognised(recognition(), input({ checks: ["caps"] }));
    expect(caps.findings.map((f) => f.rule)).toEqual(["cap.exceeded", "input.unreadable-value"]);
    const exec = auditRecognised(recognition(), input({ checks: ["execution"] }));
    expect(new Set(exec.findings.map((f) => f.rule.split(".")[0]))).toEqual(new Set(["execution", "input"]));
  });

  it("uses a given catalog over the workbook's, and the workbook's over the built-in", () => {
    const wb: CatalogTable = {
      kind: "catalog",
      sheet: "目录",
      range: { r0: 0, c0: 0, r1: 1, c1: 3 },
      headerRows: 1,
      unit: "元",
      unitSource: "default",
      columns: [],
      hiddenRows: [],
      items: [
        {
          code: null,
          name: "示范平台",
          category: null,
          capType: "max",
          capAmount: 800_000,
          rate: null,
          year: null,
          document: null,
        },
      ],
    };
    const rec = recognition();
    rec.tables.push(wb);
    const fromWorkbook = auditRecognised(rec, input({ checks: ["caps"] }));
    expect(fromWorkbook.catalog.origin).toBe("workbook");
    expect(fromWorkbook.findings.filter((f) => f.rule.startsWith("cap."))).toEqual([]);

    const given = { origin: "file" as const, name: "x.json", items: [{ ...wb.items[0], capAmount: 100 }] };
    const fromFile = auditRecognised(rec, input({ checks: ["caps"], catalog: given }));
    expect(fromFile.findings.filter((f) => f.rule === "cap.exceeded").map((f) => f.expected)).toEqual([100]);
  });

  it("renders messages in English when asked", () => {
    const r = auditRecognised(
      recognition(),
      input({ settings: { today: "2021-09-09", lang: "en-US" }, checks: ["caps"] }),
    );
    expect(r.findings[0].message).toMatch(
      /^甲: 示范平台: approved amount 700,000 yuan is above the cap of 600,000 yuan/,
    );
  });

  it.each([
    [{ today: "2021-13-01" }, /today/],
    [{ today: "2021-09-09", asOf: "31/08/2021" }, /as-of/],
    [{ today: "2021-09-09", tolerance: Number.NaN }, /tolerance/],
    [{ today: "2021-09-09", tolerance: -1 }, /tolerance/],
    [{ today: "2021-09-09", disbursementDeadline: "11-31" }, /deadline/],
    [{ today: "2021-09-09", lang: "fr" as never }, /lang/],
  ])("rejects bad settings %p with one clear error", (settings, message) => {
    expect(() => auditRecognised(recognition(), input({ settings }))).toThrow(SettingsError);
    expect(() => auditRecognised(recognition(), input({ settings }))).toThrow(message);
  });
});
