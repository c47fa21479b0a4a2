/**
 * The header words staff use, per table kind. A header cell is folded (half-width, no spaces,
 * no quotes, lower case), stripped of a unit in brackets, a leading year and a `1-8 月` period,
 * and then must match one pattern whole: "企业技术改造项目" in a data cell never reads as 项目.
 */
import type { Period } from "../amount";
import { periodInText } from "../amount";
import { headerKey, toHalfWidth } from "../text";
import type {
  CatalogField,
  CompositionField,
  ExecutionField,
  Field,
  RegisterField,
  TableKind,
} from "./types";

type Patterns<F extends Field> = ReadonlyArray<readonly [F, RegExp]>;

const COMPOSITION: Patterns<CompositionField> = [
  ["seq", /^(序号|编号|no|#)$/],
  ["category", /^(二级|二级项目|二级分类|二级目录|政策类|政策类别|政策方向|类别|大类|分类|项目类别|category)$/],
  ["item", /^(三级|三级项目|三级明细|三级目录|政策项|政策项目|政策内容|项目|项目名称|明细|明细项目|扶持内容|item|line|policyitem)$/],
  ["amount", /^(预算金额|金额|预算数|预算|预算额|预算资金|资金|预算金额合计|amount|budget)$/],
  ["unitAmount", /^(单价|均价|标准|补贴标准|扶持标准|单位金额)([/、]?(单价|均价|标准))?$|^unit(amount|price)$/],
  ["quantity", /^(预计)?(数量|个数|户数|家数|企业数|项目数|扶持数量)$|^(quantity|qty|count)$/],
];

const EXECUTION: Patterns<ExecutionField> = [
  ["seq", /^(序号|编号|no|#)$/],
  ["year", /^(年度|年份|年|预算年度|year)$/],
  ["category", /^(政策类|政策类别|政策类型|政策方向|类别|二级|项目|项目名称|category)$/],
  ["itemCount", /^(涉及)?政策项目?(数|数量|个数)$|^(涉及)?政策项目?\((数量|个数|数|项)\)$|^(子项数|项目数|itemcount|items)$/],
  ["initialBudget", /^(年初预算|年初预算数|年初预算金额|年初数|初始预算|原预算|initialbudget)$/],
  ["budget", /^(调整后预算|调整后预算数|调整后预算金额|调整预算|调整预算数|全年预算|预算|预算数|预算金额|预算额|budget|adjustedbudget)$/],
  ["actual", /^(实际)?(支出|执行)(数|金额)?$|^(执行数|已支出|实际拨付|已拨付|拨付金额|实际使用|决算数|actual|spent|expenditure|actualspending)$/],
  ["rate", /^(预算)?(执行率|执行进度|支出进度)$|^(rate|executionrate)$/],
];

const REGISTER: Patterns<RegisterField> = [
  ["seq", /^(序号|编号|no|#)$/],
  ["enterprise", /^(企业名称|单位名称|申报单位|申请单位|申报企业|企业|公司名称|企业\(单位\)名称|申报主体|扶持对象|enterprise|company|companyname)$/],
  ["creditCode", /^(统一)?社会信用代码$|^(信用代码|统一代码|组织机构代码|creditcode|uscc)$/],
  ["registeredIn", /^(工商)?注册(地|地址|所在地|区域)$|^registeredin$/],
  ["taxRegisteredIn", /^税务登记(地|地址|所在地)?$|^纳税(地|所在地)$|^taxregisteredin$/],
  ["itemCode", /^(政策代码|项目代码|政策编码|itemcode|policycode)$/],
  ["item", /^(政策项|政策项目|扶持项目|政策条款|申报项目|申报类别|项目名称|支持类别|扶持类别|补贴项目|项目类别|item|policy)$/],
  ["category", /^(政策类|政策类别|政策方向|category)$/],
  ["requested", /^(申请|申报)(补贴|扶持|资助)?(金额|资金)$|^requested$/],
  ["approved", /^(核定|审定|批准|拟扶持|扶持|补贴|资助|奖励|核定补贴|核定扶持|拨付)(金额|资金)$|^(approved|amount)$/],
  ["base", /^(计算基数|基数|新增设备投资|新增设备投资额|核定投资额|投资额|设备投资额|base)$/],
  ["year", /^(年度|申报年度|年份|year)$/],
  ["batch", /^(批次|申报批次|batch)$/],
  ["paidOn", /^(拨付|拨款|下拨|支付)(日期|时间)$|^(paidon|paymentdate)$/],
];

const CATALOG: Patterns<CatalogField> = [
  ["code", /^(政策代码|代码|编号|编码|code)$/],
  ["item", /^(政策项|政策名称|政策项目|项目|项目名称|item|name)$/],
  ["category", /^(政策类|政策类别|category)$/],
  ["capType", /^(上限类型|标准类型|补贴类型|补贴方式|captype)$/],
  ["capAmount", /^(上限金额|补贴上限|补贴标准|最高金额|上限|扶持上限|最高补贴|最高补贴金额|capamount|cap)$/],
  ["rate", /^(比例|补贴比例|扶持比例|资助比例|rate)$/],
  ["year", /^(年度|year)$/],
  ["document", /^(依据文件|政策依据|文件|依据|document)$/],
];

const VOCABULARY: Record<TableKind, Patterns<Field>> = {
  composition: COMPOSITION,
  execution: EXECUTION,
  register: REGISTER,
  catalog: CATALOG,
};

/** The fields a kind can read, for validating hand mappings. */
export function fieldsOf(kind: TableKind): Field[] {
  return VOCABULARY[kind].map(([f]) => f);
}

/** A year written as the whole of a header cell: 2021, `2021 年`, `2021年度`. */
export function yearHeader(text: string): number | null {
  const m = /^(\d{4})(年度|年)?$/.exec(headerKey(text));
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : null;
}

/** A header cell stripped to the words that name its field. */
export interface HeaderWords {
  key: string;
  year?: number;
  period?: Period;
}

const UNIT_BRACKET = /\((单位[:：]?)?(亿元|万元|元|万|亿|yuan|%|个|项|家|户|人|次)(\/[^)]*)?\)/g;

export function headerWords(text: string): HeaderWords {
  let key = headerKey(toHalfWidth(text))
    .replace(/[（【［\[]/g, "(")
    .replace(/[）】］\]]/g, ")")
    .replace(/^[*※]+|[*※:：]+$/g, "");
  const out: HeaderWords = { key };
  const period = periodInText(key);
  if (period) {
    out.period = period;
    key = key.replace(/\(?\d{1,2}[-~～—–至到]\d{1,2}月(份)?\)?/, "");
  }
  const ym = /^(\d{4})(年度|年)?/.exec(key);
  if (ym && key.length > ym[0].length) {
    out.year = Number(ym[1]);
    key = key.slice(ym[0].length);
  }
  out.key = key.replace(UNIT_BRACKET, "");
  return out;
}

/** The field a header names for this kind, or null. */
export function matchField(kind: TableKind, words: HeaderWords): Field | null {
  if (words.key === "") return null;
  for (const [field, re] of VOCABULARY[kind]) if (re.test(words.key)) return field;
  return null;
}

/** True when the header names a field of any kind (used to tell a second header row from data). */
export function isHeaderWord(text: string): boolean {
  const w = headerWords(text);
  if (w.key === "") return false;
  for (const kind of Object.keys(VOCABULARY) as TableKind[]) if (matchField(kind, w)) return true;
  return false;
}
