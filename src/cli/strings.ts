/** What the command line itself says (help, headers, errors), zh-CN first and en-US. */
import type { Lang } from "../core/settings";
import { TABLE_KINDS, kindLabel, type TableKind } from "../core/kinds/index";
import type { UsageProblem } from "./args";
import type { WorkbookError, OutputError } from "../xlsx/errors";

export const HELP: Record<Lang, string> = {
  "zh-CN": `用法：subsidy-audit check <工作簿.xlsx> [选项]

检查专项资金工作簿：补贴上限、申报清单、预算构成、预算执行。

选项：
  --as-of YYYY-MM-DD      截至日期（默认：由表格推断，如“1-8 月”；否则为当天）
  --catalog <文件>        政策目录（.xlsx 或 .json；默认：工作簿内的目录表，否则内置目录）
  --tolerance N           序时进度容差，百分点（默认 5）
  --district 名称         要求注册地和税务登记地所在的区（默认 闵行）
  --format text|json      输出格式（默认 text）
  --out <副本.xlsx>       另存一份标注副本（标出问题单元格并添加审核报告表；原文件不会被修改）
  --lang zh-CN|en-US      语言（默认 zh-CN）
  -h, --help              显示本帮助
  --version               显示版本

退出状态：0 无错误级问题；1 至少一个错误级问题；2 输入无法使用。
`,
  "en-US": `Usage: subsidy-audit check <workbook.xlsx> [options]

Checks a special-fund workbook: subsidy caps, application registers, budget composition and
budget execution.

Options:
  --as-of YYYY-MM-DD      the as-of date (default: inferred from the tables, e.g. "1-8 月"; else today)
  --catalog <file>        policy catalog (.xlsx or .json; default: the workbook's own catalog table,
                          else the built-in catalog)
  --tolerance N           tolerance below time progress, in percentage points (default 5)
  --district NAME         the district enterprises must be registered and tax-registered in (default 闵行)
  --format text|json      output format (default text)
  --out <copy.xlsx>       write an annotated copy (flagged cells highlighted, an audit report sheet
                          added); the input file is never written
  --lang zh-CN|en-US      language (default zh-CN)
  -h, --help              show this help
  --version               show the version

Exit status: 0 no error finding; 1 at least one error finding; 2 the input cannot be used.
`,
};

type Msg = (v: string) => string;

const USAGE: Record<Lang, Record<UsageProblem, Msg>> = {
  "zh-CN": {
    "no-command": () => "缺少命令；用法：subsidy-audit check <工作簿.xlsx> [选项]（--help 查看帮助）",
    "unknown-command": (v) => `未知命令“${v}”；用法：subsidy-audit check <工作簿.xlsx> [选项]`,
    "unknown-option": (v) => `未知选项 ${v}（--help 查看可用选项）`,
    "missing-value": (v) => `选项 ${v} 缺少取值`,
    "missing-file": () => "缺少要检查的工作簿；用法：subsidy-audit check <工作簿.xlsx> [选项]",
    "extra-argument": (v) => `多余的参数“${v}”：一次只检查一个工作簿`,
    "bad-as-of": (v) => `--as-of 的值“${v}”不是有效日期，应为 YYYY-MM-DD（如 2021-08-31）`,
    "bad-tolerance": (v) => `--tolerance 的值“${v}”无效，应为 0 到 100 之间的百分点数（如 5）`,
    "bad-district": () => "--district 不能为空",
    "bad-format": (v) => `--format 的值“${v}”无效，应为 text 或 json`,
    "bad-lang": (v) => `--lang 的值“${v}”无效，应为 zh-CN 或 en-US`,
    "repeated-option": (v) => `选项 ${v} 重复给出`,
  },
  "en-US": {
    "no-command": () => "no command; usage: subsidy-audit check <workbook.xlsx> [options] (--help for help)",
    "unknown-command": (v) => `unknown command "${v}"; usage: subsidy-audit check <workbook.xlsx> [options]`,
    "unknown-option": (v) => `unknown option ${v} (--help lists the options)`,
    "missing-value": (v) => `option ${v} needs a value`,
    "missing-file": () => "no workbook to check; usage: subsidy-audit check <workbook.xlsx> [options]",
    "extra-argument": (v) => `unexpected argument "${v}": check one workbook at a time`,
    "bad-as-of": (v) => `--as-of "${v}" is not a valid date; use YYYY-MM-DD (e.g. 2021-08-31)`,
    "bad-tolerance": (v) => `--tolerance "${v}" is not valid; give percentage points between 0 and 100 (e.g. 5)`,
    "bad-district": () => "--district must not be empty",
    "bad-format": (v) => `--format "${v}" is not valid; use text or json`,
    "bad-lang": (v) => `--lang "${v}" is not valid; use zh-CN or en-US`,
    "repeated-option": (v) => `option ${v} is given more than once`,
  },
};

export function usageMessage(problem: UsageProblem, value: string, lang: Lang): string {
  return USAGE[lang][problem](value);
}

/** A workbook that cannot be used, worded by its code and reason. */
export function workbookMessage(e: WorkbookError, lang: Lang, what: "workbook" | "catalog" = "workbook"): string {
  const p = e.path ?? "";
  const zh = lang === "zh-CN";
  const prefix = what === "catalog" ? (zh ? "目录文件 " : "catalog file ") : "";
  switch (e.code) {
    case "missing":
      return zh ? `找不到${what === "catalog" ? "目录" : ""}文件：${p}` : `${prefix || ""}file not found: ${p}`;
    case "encrypted":
      return zh
        ? `${prefix}${p} 已加密（设有打开密码），无法读取；请另存一份未加密的副本再检查`
        : `${prefix}${p} is encrypted (password-protected) and cannot be read; save an unprotected copy and check that`;
    case "not-a-workbook":
      if (e.reason === "legacy-xls")
        return zh
          ? `${prefix}${p} 是 Excel 97-2003（.xls）或其他 OLE 格式文件；请先另存为 .xlsx`
          : `${prefix}${p} is an Excel 97-2003 (.xls) or other OLE file; save it as .xlsx first`;
      if (e.reason === "empty") return zh ? `${prefix}${p} 是空文件，不是 Excel 工作簿` : `${prefix}${p} is empty, not an Excel workbook`;
      if (e.reason === "zip-not-xlsx")
        return zh ? `${prefix}${p} 是压缩包但不是 Excel 工作簿（.xlsx）` : `${prefix}${p} is a zip file but not an Excel workbook (.xlsx)`;
      return zh ? `${prefix}${p} 不是 Excel 工作簿（.xlsx）` : `${prefix}${p} is not an Excel workbook (.xlsx)`;
    case "unreadable":
    default:
      if (e.reason === "folder") return zh ? `${p} 是文件夹，不是工作簿文件` : `${p} is a folder, not a workbook file`;
      if (e.reason === "damaged")
        return zh ? `${prefix}${p} 已损坏或格式不受支持，无法读取` : `${prefix}${p} is damaged or in an unsupported format and cannot be read`;
      return zh ? `无法读取 ${p}：${e.message}` : `cannot read ${p}: ${e.message}`;
  }
}

export function outputMessage(e: OutputError, lang: Lang): string {
  const p = e.path ?? "";
  const zh = lang === "zh-CN";
  if (e.code === "same-as-input")
    return zh ? `--out ${p} 就是输入文件本身；原文件不会被改写，请另取文件名` : `--out ${p} is the input file itself; the input is never written, name another file`;
  return zh ? `无法写入标注副本 ${p}：${e.message.replace(/^cannot write [^:]*: /, "")}` : e.message;
}

/** The kinds' names, as the kinds themselves give them. */
export const KIND: Record<Lang, Record<TableKind, string>> = {
  "zh-CN": Object.fromEntries(TABLE_KINDS.map((k) => [k, kindLabel(k, "zh-CN")])) as Record<TableKind, string>,
  "en-US": Object.fromEntries(TABLE_KINDS.map((k) => [k, kindLabel(k, "en-US")])) as Record<TableKind, string>,
};

export const TEXT = {
  "zh-CN": {
    noTable: (f: string) => `${f} 中没有可识别的预算构成、预算执行或申报清单表格（表头应含 预算金额 / 实际支出 / 统一社会信用代码 等）`,
    noCatalogTable: (f: string) => `目录文件 ${f} 中没有可识别的政策目录表格（表头应含 政策项、上限类型、上限金额 等）`,
    badCatalogExt: (f: string) => `目录文件 ${f} 应为 .xlsx 或 .json`,
    unexpected: (m: string) => `内部错误，检查未完成：${m}`,
    file: "文件",
    asOf: "截至日期",
    asOfSource: { setting: "由 --as-of 指定", table: "据表格推断", today: "当天日期" },
    tables: (n: number) => `识别到 ${n} 个表格`,
    catalog: "政策目录",
    catalogOrigin: { builtin: "内置", workbook: "工作簿内", file: "文件" },
    items: (n: number) => `${n} 项`,
    sheet: (s: string) => `工作表「${s}」`,
    noFindings: "未发现问题。",
    byRule: "按规则：",
    summary: (e: number, w: number, i: number) => `合计：错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    annotated: (p: string, s: string) => `已写入标注副本：${p}（审核报告见工作表「${s}」）`,
    unit: (u: string) => `单位：${u}`,
  },
  "en-US": {
    noTable: (f: string) => `${f} has no recognisable budget composition, budget execution or register table (headers such as 预算金额 / 实际支出 / 统一社会信用代码)`,
    noCatalogTable: (f: string) => `catalog file ${f} has no recognisable catalog table (headers such as 政策项, 上限类型, 上限金额)`,
    badCatalogExt: (f: string) => `catalog file ${f} must be .xlsx or .json`,
    unexpected: (m: string) => `internal error, the check did not finish: ${m}`,
    file: "File",
    asOf: "As of",
    asOfSource: { setting: "given by --as-of", table: "inferred from the tables", today: "today's date" },
    tables: (n: number) => `${n} table${n === 1 ? "" : "s"} found`,
    catalog: "Catalog",
    catalogOrigin: { builtin: "built-in", workbook: "in the workbook", file: "file" },
    items: (n: number) => `${n} item${n === 1 ? "" : "s"}`,
    sheet: (s: string) => `Sheet "${s}"`,
    noFindings: "No findings.",
    byRule: "By rule:",
    summary: (e: number, w: number, i: number) =>
      `Total: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`,
    annotated: (p: string, s: string) => `Annotated copy written: ${p} (report on sheet "${s}")`,
    unit: (u: string) => `unit ${u}`,
  },
} as const;
