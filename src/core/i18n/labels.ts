/** Short labels: rule titles, severities, field names, statuses — zh-CN and en-US. */
import type { RuleId, Severity } from "../findings";
import type { Lang } from "../settings";
import type { SpendingStatus } from "../measures";

type Pair = { "zh-CN": string; "en-US": string };

const TITLES: Record<RuleId, Pair> = {
  "cap.exceeded": { "zh-CN": "超过补贴上限", "en-US": "Above the cap" },
  "cap.rate-exceeded": { "zh-CN": "超过比例上限", "en-US": "Above rate x base" },
  "cap.unknown-policy": { "zh-CN": "政策项不在目录中", "en-US": "Policy item not in the catalog" },
  "cap.no-cap": { "zh-CN": "未设补贴上限", "en-US": "No cap set" },
  "register.duplicate": { "zh-CN": "重复申报", "en-US": "Duplicate application" },
  "register.invalid-credit-code": { "zh-CN": "统一社会信用代码无效", "en-US": "Invalid credit code" },
  "register.ineligible-location": { "zh-CN": "注册地不在本区", "en-US": "Registered outside the district" },
  "register.late-disbursement": { "zh-CN": "资金拨付逾期", "en-US": "Late disbursement" },
  "composition.line-mismatch": { "zh-CN": "金额与单价×数量不符", "en-US": "Amount ≠ unit x quantity" },
  "composition.line-rounded": { "zh-CN": "均价四舍五入差额", "en-US": "Rounded average" },
  "composition.total-mismatch": { "zh-CN": "合计与明细不符", "en-US": "Total ≠ sum of lines" },
  "composition.approved-mismatch": { "zh-CN": "与批复预算不符", "en-US": "Differs from the approved budget" },
  "execution.rate-mismatch": { "zh-CN": "执行率计算不符", "en-US": "Execution rate mismatch" },
  "execution.total-mismatch": { "zh-CN": "合计与分项不符", "en-US": "Total ≠ sum of categories" },
  "execution.overspent": { "zh-CN": "超预算支出", "en-US": "Overspent" },
  "execution.behind-schedule": { "zh-CN": "执行进度滞后", "en-US": "Behind schedule" },
  "execution.no-spending": { "zh-CN": "尚未支出", "en-US": "No spending" },
  "input.unreadable-value": { "zh-CN": "无法识别的数值", "en-US": "Unreadable value" },
};

const SEVERITY: Record<Severity, Pair> = {
  error: { "zh-CN": "错误", "en-US": "Error" },
  warning: { "zh-CN": "警告", "en-US": "Warning" },
  info: { "zh-CN": "提示", "en-US": "Info" },
};

const STATUS: Record<SpendingStatus, Pair> = {
  normal: { "zh-CN": "正常", "en-US": "Normal" },
  behind: { "zh-CN": "滞后", "en-US": "Behind" },
  overspent: { "zh-CN": "超支", "en-US": "Overspent" },
  "no-spending": { "zh-CN": "未支出", "en-US": "No spending" },
};

/** Field names as the users' headers say them. */
const FIELDS: Record<string, Pair> = {
  seq: { "zh-CN": "序号", "en-US": "No." },
  category: { "zh-CN": "政策类", "en-US": "category" },
  item: { "zh-CN": "政策项", "en-US": "policy item" },
  itemCode: { "zh-CN": "政策代码", "en-US": "policy code" },
  code: { "zh-CN": "政策代码", "en-US": "policy code" },
  amount: { "zh-CN": "预算金额", "en-US": "amount" },
  unitAmount: { "zh-CN": "单价/均价", "en-US": "unit amount" },
  quantity: { "zh-CN": "数量", "en-US": "quantity" },
  year: { "zh-CN": "年度", "en-US": "year" },
  itemCount: { "zh-CN": "涉及政策项数", "en-US": "number of policy items" },
  initialBudget: { "zh-CN": "年初预算", "en-US": "initial budget" },
  budget: { "zh-CN": "调整后预算", "en-US": "adjusted budget" },
  actual: { "zh-CN": "实际支出", "en-US": "actual spending" },
  rate: { "zh-CN": "执行率", "en-US": "execution rate" },
  enterprise: { "zh-CN": "企业名称", "en-US": "enterprise" },
  creditCode: { "zh-CN": "统一社会信用代码", "en-US": "credit code" },
  registeredIn: { "zh-CN": "注册地", "en-US": "place of registration" },
  taxRegisteredIn: { "zh-CN": "税务登记地", "en-US": "place of tax registration" },
  requested: { "zh-CN": "申请金额", "en-US": "requested amount" },
  approved: { "zh-CN": "核定金额", "en-US": "approved amount" },
  base: { "zh-CN": "计算基数", "en-US": "base" },
  batch: { "zh-CN": "批次", "en-US": "batch" },
  paidOn: { "zh-CN": "拨付日期", "en-US": "payment date" },
  capType: { "zh-CN": "上限类型", "en-US": "cap type" },
  capAmount: { "zh-CN": "上限金额", "en-US": "cap amount" },
  document: { "zh-CN": "依据文件", "en-US": "document" },
};

const CAP_TYPES: Record<string, Pair> = {
  fixed: { "zh-CN": "定额", "en-US": "fixed standard" },
  max: { "zh-CN": "最高", "en-US": "maximum" },
  rate: { "zh-CN": "比例", "en-US": "rate" },
};

export function ruleTitle(rule: RuleId, lang: Lang): string {
  return TITLES[rule]?.[lang] ?? rule;
}

export function severityLabel(sev: Severity, lang: Lang): string {
  return SEVERITY[sev]?.[lang] ?? sev;
}

export function statusLabel(status: SpendingStatus, lang: Lang): string {
  return STATUS[status]?.[lang] ?? status;
}

export function fieldLabel(field: string, lang: Lang): string {
  return FIELDS[field]?.[lang] ?? field;
}

export function capTypeLabel(capType: string, lang: Lang): string {
  return CAP_TYPES[capType]?.[lang] ?? capType;
}
