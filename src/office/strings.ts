/** What the Office gateway says to the user and writes into its own sheets, zh-CN and en-US. */
import type { Lang } from "../core/settings";
import { REPORT_LABELS } from "../report/rows";

const STRINGS = {
  "zh-CN": {
    sheetProtected: (s: string) => `工作表“${s}”受保护，未做任何修改。请先在“审阅 → 撤销工作表保护”中取消保护，再重试。`,
    workbookProtected: "工作簿结构受保护，无法添加工作表，未做任何修改。请先在“审阅 → 保护工作簿”中取消保护，再重试。",
    emptySheet: (s: string) => `工作表“${s}”没有数据。`,
    emptySelection: "所选区域没有数据。",
    nothingToRead: "没有可读取的工作表数据。",
    cancelled: "已取消读取。",
    tooLarge: "单元格内容过大，无法分块读取或写入。",
    unreadable: (sheet: string, why: string) => `无法读取工作表“${sheet}”（已逐步缩小读取范围仍失败）：${why}`,
    notesUnsupported: (report: string | null) =>
      report
        ? `此版本的 Excel 不支持批注（需要 ExcelApi 1.18），已只标色；每个问题的说明已写入工作表“${report}”。`
        : "此版本的 Excel 不支持批注（需要 ExcelApi 1.18），已只标色；每个问题的说明请见审核报告。",
    lostCells: (list: string) => `以下工作表已找不到（可能已删除，或改名后标识也变了），其中单元格原来的填充色无法恢复，已从记录中移除：${list}。`,
    lostItem: (sheet: string, n: number) => `“${sheet}”${n} 个单元格`,
    sheetNotFound: (s: string) => `找不到工作表“${s}”。`,
    settingsNotSaved: (why: string) => `设置未能保存：${why}`,
    reportSheet: REPORT_LABELS["zh-CN"].sheet,
    catalogSheet: "政策目录",
    noteHeader: "【专项资金审核】",
  },
  "en-US": {
    sheetProtected: (s: string) => `Sheet "${s}" is protected, so nothing was changed. Unprotect it (Review → Unprotect Sheet) and try again.`,
    workbookProtected:
      "The workbook structure is protected, so no sheet can be added and nothing was changed. Unprotect it (Review → Protect Workbook) and try again.",
    emptySheet: (s: string) => `Sheet "${s}" holds no data.`,
    emptySelection: "The selection holds no data.",
    nothingToRead: "There is no sheet data to read.",
    cancelled: "Reading was cancelled.",
    tooLarge: "A cell holds too much content to be read or written in pieces.",
    unreadable: (sheet: string, why: string) => `Sheet "${sheet}" could not be read, even in smaller pieces: ${why}`,
    notesUnsupported: (report: string | null) =>
      report
        ? `This Excel has no notes (ExcelApi 1.18 is needed), so the cells were only highlighted; each finding's message is on sheet "${report}".`
        : "This Excel has no notes (ExcelApi 1.18 is needed), so the cells were only highlighted; each finding's message is in the audit report.",
    lostCells: (list: string) => `These sheets can no longer be found (deleted, or renamed with a new id), so the original fills of their cells cannot be restored and were dropped from the record: ${list}.`,
    lostItem: (sheet: string, n: number) => `"${sheet}" ${n} cell${n === 1 ? "" : "s"}`,
    sheetNotFound: (s: string) => `Sheet "${s}" was not found.`,
    settingsNotSaved: (why: string) => `The settings could not be saved: ${why}`,
    reportSheet: REPORT_LABELS["en-US"].sheet,
    catalogSheet: "Policy catalog",
    noteHeader: "[Special fund audit]",
  },
} as const;

export type Strings = (typeof STRINGS)["zh-CN"] | (typeof STRINGS)["en-US"];

/** One sentence naming the sheets whose saved fills were lost, or undefined when none were. */
export function lostNotice(lost: readonly { sheet: string; cells: number }[], lang: Lang): string | undefined {
  if (lost.length === 0) return undefined;
  const S = strings(lang);
  return S.lostCells(lost.map((l) => S.lostItem(l.sheet, l.cells)).join(lang === "zh-CN" ? "、" : ", "));
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang] ?? STRINGS["zh-CN"];
}

/** Catalog sheet headers and cap types: words the catalog recogniser reads back (src/core/tables). */
export const CATALOG_HEADERS = {
  "zh-CN": ["政策代码", "政策项", "政策类", "上限类型", "上限金额（元）", "比例", "年度", "依据文件"],
  "en-US": ["Code", "Item", "Category", "Cap type", "Cap amount (yuan)", "Rate", "Year", "Document"],
} as const;

export const CAP_TYPE_WORDS = {
  "zh-CN": { fixed: "定额", max: "最高", rate: "比例" },
  "en-US": { fixed: "fixed", max: "maximum", rate: "rate" },
} as const;
