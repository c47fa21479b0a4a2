/**
 * The FUND functions' error messages, zh-CN and en-US. They are shown in Excel's error indicator,
 * so each names the offending text and says what would be accepted. (FUND.STATUS's words are the
 * core's statusLabel, so a cell and the pane say the same.)
 */
import type { Lang } from "../core/settings";

export type MessageParams = Record<string, string | number>;

const MESSAGES = {
  unreadableAmount: {
    "zh-CN": "无法识别的金额：“{text}”。请填写数字，如 5170.28、5,170.28 或 5,170.28万元。",
    "en-US": 'Unreadable amount: "{text}". Enter a number such as 5170.28, 5,170.28 or 5,170.28万元.',
  },
  percentNotAmount: {
    "zh-CN": "“{text}”是百分比，不是金额。",
    "en-US": '"{text}" is a percentage, not an amount.',
  },
  unreadableQuantity: {
    "zh-CN": "无法识别的数量：“{text}”。",
    "en-US": 'Unreadable quantity: "{text}".',
  },
  noItem: {
    "zh-CN": "未给出政策项（名称或政策代码）。",
    "en-US": "No policy item given (name or policy code).",
  },
  unknownItem: {
    "zh-CN": "目录中没有政策项“{item}”。请核对名称或政策代码，或在目录表中添加。",
    "en-US": 'The policy item "{item}" is not in the catalog. Check the name or code, or add it to the catalog table.',
  },
  noCap: {
    "zh-CN": "政策项“{item}”在目录中未设定补贴上限。",
    "en-US": 'The policy item "{item}" has no cap set in the catalog.',
  },
  rateOnlyCap: {
    "zh-CN": "政策项“{item}”的上限为计算基数的 {rate}，需给出计算基数：请用 FUND.ALLOWED 或 FUND.CAPCHECK。",
    "en-US": 'The cap of "{item}" is {rate} of a base: give the base to FUND.ALLOWED or FUND.CAPCHECK.',
  },
  needsBase: {
    "zh-CN": "政策项“{item}”按计算基数的 {rate} 封顶，请给出计算基数（base）。",
    "en-US": 'The cap of "{item}" is {rate} of a base: give the base argument.',
  },
  badUnit: {
    "zh-CN": "无法识别的单位：“{text}”。可用：元、万元、亿元。",
    "en-US": 'Unknown unit: "{text}". Use 元, 万元 or 亿元.',
  },
  noDate: {
    "zh-CN": "未给出截至日期。",
    "en-US": "No as-of date given.",
  },
  badDate: {
    "zh-CN": "无法识别的日期：“{text}”。请填写日期，如 2021-08-31 或 2021年8月31日。",
    "en-US": 'Unreadable date: "{text}". Enter a date such as 2021-08-31 or 2021年8月31日.',
  },
  badMethod: {
    "zh-CN": "无法识别的进度计算方法：“{text}”。可用：月（month）或 日（day）。",
    "en-US": 'Unknown method: "{text}". Use "month" (月) or "day" (日).',
  },
  badTolerance: {
    "zh-CN": "无法识别的容差：“{text}”。请填写不小于 0 的百分点数，如 5。",
    "en-US": 'Unreadable tolerance: "{text}". Enter percentage points of 0 or more, such as 5.',
  },
  badYear: {
    "zh-CN": "无法识别的年度：“{text}”。请填写四位年份，如 2022。",
    "en-US": 'Unreadable year: "{text}". Enter a four-digit year such as 2022.',
  },
  noCatalogTable: {
    "zh-CN": "目录区域中没有可识别的政策目录表（需要表头如 政策项、上限类型、上限金额）。",
    "en-US": "The catalog range holds no recognisable catalog table (headers such as 政策项, 上限类型, 上限金额).",
  },
  noWeight: {
    "zh-CN": "未给出分值（权重）。",
    "en-US": "No weight (分值) given.",
  },
  badWeight: {
    "zh-CN": "无法识别的分值：“{text}”。请填写不小于 0 的分数，如 10。",
    "en-US": 'Unreadable weight: "{text}". Enter points of 0 or more, such as 10.',
  },
  noPayee: {
    "zh-CN": "未给出收款单位（名称或统一社会信用代码）。",
    "en-US": "No payee given (name or 统一社会信用代码).",
  },
  noLedger: {
    "zh-CN": "未给出台账区域（含表头行，如 日期、凭证号、收款单位、政策项目、金额）。",
    "en-US": "No ledger range given (with its header row, such as 日期, 凭证号, 收款单位, 政策项目, 金额).",
  },
  noLedgerTable: {
    "zh-CN": "台账区域中没有可识别的拨付台账（需要表头行，如 日期、凭证号、收款单位、政策项目、金额）。",
    "en-US": "The ledger range holds no recognisable payment ledger (a header row such as 日期, 凭证号, 收款单位, 政策项目, 金额).",
  },
  ledgerNoPayee: {
    "zh-CN": "台账中没有收款单位或统一社会信用代码列，无法按收款单位汇总。",
    "en-US": "The ledger has no payee (收款单位) or credit code column: payments cannot be told apart by payee.",
  },
  ledgerNoItem: {
    "zh-CN": "台账中没有政策项目列，无法按政策项汇总。",
    "en-US": "The ledger has no policy item (政策项目) column: payments cannot be told apart by item.",
  },
  badDistrict: {
    "zh-CN": "{zh}",
    "en-US": "{en}",
  },
  geoUnavailable: {
    "zh-CN": "行政区划数据无法加载，请稍后重算：{detail}",
    "en-US": "The geography could not be loaded; recalculate later: {detail}",
  },
  placeBroader: {
    "zh-CN": "“{place}”只写到{units}，无法判断是否在{district}内。",
    "en-US": '"{place}" names only {units}: cannot tell whether it lies in {district}.',
  },
  placeSpans: {
    "zh-CN": "“{place}”所指的{units}跨{district}和其他区县，无法判断是否在{district}内。",
    "en-US": '"{place}" names {units}, which spans {district} and other districts: cannot tell whether it lies in {district}.',
  },
  placeAmbiguous: {
    "zh-CN": "“{place}”可指多处（{units}），区内区外都有，无法判断。",
    "en-US": '"{place}" may mean several places ({units}), inside and outside {district}: cannot tell.',
  },
  placeConflict: {
    "zh-CN": "“{place}”中的地名互不隶属（{units}），无法判断。",
    "en-US": '"{place}" names places that do not lie in one another ({units}): cannot tell.',
  },
  placeUnrecognised: {
    "zh-CN": "“{place}”中没有可识别的地名（区县、镇、街道或开发区），无法判断是否在{district}内。",
    "en-US": '"{place}" names no district, town, street or development area known: cannot tell whether it lies in {district}.',
  },
  outside: {
    "zh-CN": "参数区域大小不一致，此位置无对应数据。",
    "en-US": "The argument ranges differ in size: nothing lines up with this position.",
  },
  internal: {
    "zh-CN": "计算出错：{detail}",
    "en-US": "Calculation failed: {detail}",
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, params: MessageParams, lang: Lang): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m
  );
}
