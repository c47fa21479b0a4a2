/** What the command line itself says (help, headers, errors), zh-CN first and en-US. */
import type { Lang } from "../core/settings";
import type { UsageProblem } from "./args";
import type { WorkbookError, OutputError } from "../xlsx/errors";
import type { LimitKey } from "../xlsx/limits";


export const HELP: Record<Lang, string> = {
  "zh-CN": `用法：subsidy-audit check <工作簿.xlsx|文件夹>… [选项]

检查专项资金工作簿：补贴上限、申报清单、预算构成、预算执行、绩效自评表、拨付台账。可一次检查多个工作簿或文件夹
（含子文件夹中的 .xlsx/.xlsm），并查找跨文件的重复申报。

选项：
  --as-of YYYY-MM-DD      截至日期（默认：由表格推断，如“1-8 月”；否则为当天）
  --catalog <文件>        政策目录（.xlsx 或 .json；默认：工作簿内的目录表，否则内置目录）
  --tolerance N           序时进度容差，百分点（默认 5）
  --district 名称|代码    专项资金所属的区县（闵行、闵行区、上海市闵行区 或 310112；市级、省级资金
                          可写市名或省名；开发区（南昌经济技术开发区）按其所在的市或区县）：
                          注册地和税务登记地应在其内（默认 闵行）
  --format text|json      输出格式（默认 text）
  --out <副本.xlsx|文件夹> 另存标注副本（标出问题单元格并添加审核报告表；原文件不会被修改）；
                          给文件夹时每个工作簿在其中写入 <名称>.annotated.xlsx
  --summary <汇总.xlsx>   写入汇总工作簿：每个文件一行、每个问题一行（可筛选）
  --jobs N                同时检查的工作簿数（默认：CPU 核数）
  --explain               列出每个表格（及未识别的近似表格）每一列的识别结果和依据
  --map <映射.json>       按文件中的列映射读取表格（格式同任务窗格保存的映射），可用于整批文件
  --lang zh-CN|en-US      语言（默认 zh-CN）
  -h, --help              显示本帮助
  --version               显示版本

退出状态：0 无错误级问题；1 至少一个错误级问题；2 输入无法使用。
`,
  "en-US": `Usage: subsidy-audit check <workbook.xlsx|folder>... [options]

Checks special-fund workbooks: subsidy caps, application registers, budget composition, budget
execution, performance self-evaluation forms and payment ledgers. Several workbooks or folders (walked for .xlsx/.xlsm) may be given; duplicate
awards across files are reported.

Options:
  --as-of YYYY-MM-DD      the as-of date (default: inferred from the tables, e.g. "1-8 月"; else today)
  --catalog <file>        policy catalog (.xlsx or .json; default: the workbook's own catalog table,
                          else the built-in catalog)
  --tolerance N           tolerance below time progress, in percentage points (default 5)
  --district NAME|CODE    the fund's district (闵行, 闵行区, 上海市闵行区 or 310112; a city's or
                          province's fund may name the city or province; a development zone
                          (南昌经济技术开发区) stands for its city or district): enterprises must be
                          registered and tax-registered inside it (default 闵行)
  --format text|json      output format (default text)
  --out <copy.xlsx|folder> write an annotated copy (flagged cells highlighted, an audit report sheet
                          added); the input file is never written. With a folder, each workbook
                          gets <name>.annotated.xlsx inside it
  --summary <sum.xlsx>    write a summary workbook: a row per file and a row per finding (filterable)
  --jobs N                workbooks checked at once (default: the cores)
  --explain               list every table (and near miss) with each column's reading and why
  --map <mapping.json>    read columns as a mapping file says (the shape the task pane saves), for a
                          whole batch
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
    "extra-argument": (v) => `多余的参数“${v}”`,
    "bad-jobs": (v) => `--jobs 的值“${v}”无效，应为 1 到 256 之间的整数`,
    "bad-path": () => "文件路径不能为空",
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
    "extra-argument": (v) => `unexpected argument "${v}"`,
    "bad-jobs": (v) => `--jobs "${v}" is not valid; give a whole number from 1 to 256`,
    "bad-path": () => "a file path must not be empty",
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
      return zh ? `找不到${what === "catalog" ? "目录" : ""}文件：${p}` : what === "catalog" ? `catalog not found: ${p}` : `file not found: ${p}`;
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
      if (e.reason === "limit" && e.limit) return `${prefix}${p}${zh ? " " : " "}${limitMessage(e.limit.key, e.limit.value, lang)}`;
      if (e.reason === "folder") return zh ? `${p} 是文件夹，不是工作簿文件` : `${p} is a folder, not a workbook file`;
      if (e.reason === "damaged")
        return zh ? `${prefix}${p} 已损坏或格式不受支持，无法读取` : `${prefix}${p} is damaged or in an unsupported format and cannot be read`;
      return zh ? `无法读取 ${p}：${e.message}` : `cannot read ${p}: ${e.message}`;
  }
}

const MB = 1024 * 1024;

/** A limit breached, in the user's language ("解压后超过 1024 MB 的限制"). */
export function limitMessage(key: LimitKey, value: number, lang: Lang): string {
  const zh = lang === "zh-CN";
  const n = value.toLocaleString("en-US");
  switch (key) {
    case "rows":
      return zh ? `行号超过 Excel 的上限 ${n} 行，无法检查` : `has a row number beyond Excel's limit of ${n} rows`;
    case "cols":
      return zh ? `列号超过 Excel 的上限 ${n} 列（XFD），无法检查` : `has a column beyond Excel's limit of ${n} columns (XFD)`;
    case "parts":
      return zh ? `压缩包内部件超过 ${n} 个的限制` : `holds more than the limit of ${n} parts`;
    case "part-bytes":
      return zh ? `有部件解压后超过 ${value / MB} MB 的限制` : `has a part that inflates beyond the limit of ${value / MB} MB`;
    case "total-bytes":
      return zh ? `解压后超过 ${value / MB} MB 的限制` : `inflates beyond the limit of ${value / MB} MB`;
    case "ratio":
      return zh ? `压缩比超过 ${n}:1 的限制（疑似压缩炸弹）` : `has a compression ratio beyond the limit of ${n}:1 (a zip bomb?)`;
    case "shared-strings":
      return zh ? `共享字符串超过 ${n} 个的限制` : `holds more than the limit of ${n} shared strings`;
    case "merges":
      return zh ? `一张工作表的合并区域超过 ${n} 个的限制` : `has a sheet with more than the limit of ${n} merged areas`;
    case "grid-cells":
      return zh ? `表格区域超过 ${n} 个单元格的限制` : `has sheets larger than the limit of ${n} cells`;
    case "tag":
      return zh ? `有 XML 标记超过 ${value / MB} MB 的限制` : `has an XML tag beyond the limit of ${value / MB} MB`;
    case "text":
      return zh ? `有文本超过 ${n} 个字符的限制` : `has a text beyond the limit of ${n} characters`;
    case "depth":
      return zh ? `XML 嵌套超过 ${n} 层的限制` : `nests XML deeper than the limit of ${n} levels`;
  }
}


export function outputMessage(e: OutputError, lang: Lang): string {
  const p = e.path ?? "";
  const zh = lang === "zh-CN";
  const detail = e.message.replace(/^cannot write [^:]*: /, "");
  const opt = e.option ? `${e.option} ` : "";
  switch (e.code) {
    case "same-as-input":
      return zh
        ? `${opt}输出文件 ${p} 就是输入文件${e.other && e.other !== p ? ` ${e.other}` : "本身"}；输入文件不会被改写，请另取文件名`
        : `${opt}the output ${p} is the input file${e.other && e.other !== p ? ` ${e.other}` : " itself"}; inputs are never written, name another file`;
    case "is-folder":
      return zh
        ? `--out ${p}：检查多个工作簿时 --out 应为已存在的文件夹（每个工作簿在其中写入 <名称>.annotated.xlsx）`
        : `--out ${p} must be an existing folder when several workbooks are checked (each gets <name>.annotated.xlsx inside it)`;
    case "too-large":
      return zh ? `无法写入 ${p}：副本超过 4 GB（不支持 ZIP64）` : `cannot write ${p}: the copy would exceed 4 GB (ZIP64 is not supported)`;
    default:
      if (/the folder does not exist/.test(e.message))
        return zh ? `无法写入 ${p}：文件夹不存在（不会新建文件夹，也不会写成同名文件）` : `cannot write into ${p}: the folder does not exist (it is neither created nor written as a file)`;
      return zh ? `无法写入 ${p}：${detail}` : `cannot write ${p}: ${detail}`;
  }
}

/** A catalog JSON that is not valid, worded in English (the core words it in Chinese). */
export function catalogJsonMessage(message: string, path: string | null, file: string, lang: Lang): string {
  if (lang === "zh-CN") return message;
  if (/不是有效的 JSON/.test(message)) return `catalog file ${file} is not valid JSON`;
  if (path) return `catalog file ${file} has an invalid value at ${path}`;
  return `catalog file ${file} is not of the form { "items": [...] }`;
}

export const TEXT = {
  "zh-CN": {
    noTable: (f: string, nearest: string | null, kinds: string) =>
      nearest
        ? `${f} 中没有可识别的表格；最接近的是 ${nearest}（--explain 查看每列的识别依据）`
        : `${f} 中没有可识别的${kinds}表格（表头应含 预算金额 / 实际支出 / 统一社会信用代码 等）`,
    noCatalogTable: (f: string) => `目录文件 ${f} 中没有可识别的政策目录表格（表头应含 政策项、上限类型、上限金额 等）`,
    badCatalogExt: (f: string) => `目录文件 ${f} 应为 .xlsx 或 .json`,
    mapUnreadable: (f: string, why: string | null) => (why ? `无法读取映射文件 ${f}：${why}` : `找不到映射文件 ${f}`),
    unexpected: (m: string) => `内部错误，检查未完成：${m}`,
    fileTotal: (e: number, w: number, i: number) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    unusable: "无法检查",
    crossFile: "跨文件重复申报",
    overall: (files: number, used: number, e: number, w: number, i: number) =>
      `共 ${files} 个文件（${used} 个已检查）：错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    noneUsable: (n: number, first: string) => `${n} 个文件均无法检查；第一个：${first}`,
    progress: (done: number, total: number, findings: number, left: string) => `${done}/${total} 个文件 · ${findings} 个问题 · 剩余约 ${left}`,
    summaryWritten: (p: string) => `已写入汇总工作簿：${p}`,
    file: "文件",
    asOf: "截至日期",
    notice: "说明",
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
    noTable: (f: string, nearest: string | null, kinds: string) =>
      nearest
        ? `${f} has no recognisable table; the nearest is ${nearest} (--explain shows how each column was read)`
        : `${f} has no recognisable ${kinds} table (headers such as 预算金额 / 实际支出 / 统一社会信用代码)`,
    noCatalogTable: (f: string) => `catalog file ${f} has no recognisable catalog table (headers such as 政策项, 上限类型, 上限金额)`,
    badCatalogExt: (f: string) => `catalog file ${f} must be .xlsx or .json`,
    mapUnreadable: (f: string, why: string | null) => (why ? `cannot read the mapping file ${f}: ${why}` : `no mapping file ${f}`),
    unexpected: (m: string) => `internal error, the check did not finish: ${m}`,
    fileTotal: (e: number, w: number, i: number) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`,
    unusable: "cannot be checked",
    crossFile: "Duplicate awards across files",
    overall: (files: number, used: number, e: number, w: number, i: number) =>
      `${files} file${files === 1 ? "" : "s"} (${used} checked): ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`,
    noneUsable: (n: number, first: string) => `none of the ${n} files could be checked; the first: ${first}`,
    progress: (done: number, total: number, findings: number, left: string) => `${done}/${total} files · ${findings} findings · about ${left} left`,
    summaryWritten: (p: string) => `Summary workbook written: ${p}`,
    file: "File",
    asOf: "As of",
    notice: "Note",
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
