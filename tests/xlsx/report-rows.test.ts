/** The shared report rows: the annotated copy writes exactly them; free names stay within 31 characters. */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { audit } from "../../src/core/audit";
import { readWorkbook } from "../../src/xlsx/read";
import { writeAnnotatedCopy } from "../../src/xlsx/annotate";
import { freeSheetName, reportRows, RATE_FORMAT } from "../../src/report/rows";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { tempDir } from "./helpers";

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the annotated copy's report sheet holds the shared rows, cell for cell", async () => {
  const result = audit({ sheets: await readWorkbook(SAMPLE_PATH), settings: { today: "2021-09-09" } });
  const out = path.join(dir, "rows.xlsx");
  const { reportSheet } = await writeAnnotatedCopy(SAMPLE_PATH, out, result, "zh-CN");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(reportSheet) as ExcelJS.Worksheet;
  const rows = reportRows(result, "zh-CN", { file: "sample-fund.xlsx", linkable: () => true });
  expect(ws.actualRowCount).toBe(rows.filter((r) => r.values.some((v) => v !== "")).length);
  rows.forEach((r, i) =>
    r.values.forEach((v, c) => {
      const got = ws.getCell(i + 1, c + 1).value;
      const text = got && typeof got === "object" && "text" in got ? got.text : got;
      expect([i + 1, c + 1, text ?? ""]).toEqual([i + 1, c + 1, v]);
    })
  );
  // Rates are shown as percentages in both reports.
  const rateRow = rows.findIndex((r) => r.finding && r.values[4] === "execution.behind-schedule" && typeof r.values[6] === "number");
  expect(rateRow).toBeGreaterThan(0);
  expect(ws.getCell(rateRow + 1, 7).numFmt).toBe(RATE_FORMAT);
});

test("a free sheet name never exceeds 31 characters and always ends", () => {
  const long = "一".repeat(31);
  const name = freeSheetName(long, [long, `${"一".repeat(27)} (2)`]);
  expect(name).toBe(`${"一".repeat(27)} (3)`);
  expect(freeSheetName("审核报告", ["审核报告"])).toBe("审核报告 (2)");
  expect(freeSheetName("Audit report", ["audit REPORT"])).toBe("Audit report (2)");
});

test("the fund's targets sit beside what the workbook's data gives, with the verdict, in both languages", async () => {
  const result = audit({ sheets: await readWorkbook(SAMPLE_PATH), settings: { today: "2021-09-09" } });
  for (const lang of ["zh-CN", "en-US"] as const) {
    const rows = reportRows(result, lang, { linkable: () => true });
    const head = rows.findIndex((r) => r.values[1] === (lang === "zh-CN" ? "判断" : "Verdict"));
    const findings = rows.findIndex((r) => r.findingsHead);
    expect(head).toBeGreaterThan(0);
    expect(head).toBeLessThan(findings);
    const targets = rows.slice(head + 1, findings).filter((r) => r.values[2] !== "");
    // The sample's planted contradiction: 资质相符率 stated 100%, the data gives less.
    const contradicted = result.findings.find((f) => f.rule === "selfeval.indicator-contradicted");
    const row = targets.find((r) => r.values[1] === (lang === "zh-CN" ? "与数据不符" : "contradicted by the data"));
    expect(contradicted).toBeDefined();
    expect(Number(row?.link?.cell.replace(/^[A-Z]+/, ""))).toBe((contradicted?.row ?? -2) + 1);
    expect(typeof row?.values[6]).toBe("number");
    expect(row?.values[6] as number).toBeLessThan(1);
    expect(row?.formats[6]).toBe(RATE_FORMAT);
    expect(row?.values[7]).toBe("100%");
    // A stated value copied into the report is text, never a formula.
    expect(targets.every((r) => r.formats[7] === "@")).toBe(true);
  }
});

test("a workbook without a target table has no targets section", () => {
  const result = audit({ sheets: [{ name: "表", top: 0, left: 0, merges: [], values: [["企业名称", "政策项", "核定金额（元）"], ["甲公司", "某项", 100]] }], settings: { today: "2021-09-09" } });
  expect(reportRows(result, "zh-CN", { linkable: () => true }).some((r) => r.values[1] === "判断")).toBe(false);
});
