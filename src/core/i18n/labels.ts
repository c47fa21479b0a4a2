/** Short labels: severities, spending statuses, cap types — zh-CN and en-US. */
import type { Severity } from "../findings";
import type { Lang } from "../settings";
import type { SpendingStatus } from "../measures";

type Pair = { "zh-CN": string; "en-US": string };

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

const CAP_TYPES: Record<string, Pair> = {
  fixed: { "zh-CN": "定额", "en-US": "fixed standard" },
  max: { "zh-CN": "最高", "en-US": "maximum" },
  rate: { "zh-CN": "比例", "en-US": "rate" },
};

export function severityLabel(sev: Severity, lang: Lang): string {
  return SEVERITY[sev]?.[lang] ?? sev;
}

export function statusLabel(status: SpendingStatus, lang: Lang): string {
  return STATUS[status]?.[lang] ?? status;
}

export function capTypeLabel(capType: string, lang: Lang): string {
  return CAP_TYPES[capType]?.[lang] ?? capType;
}
