/** What the ribbon commands report, zh-CN and en-US. */
import type { CheckGroup } from "../core/api";
import type { FindingSummary } from "../core/findings";
import type { Lang } from "../core/settings";
import { groupLabel } from "../core/kinds/index";

export function checkDoneMessage(group: CheckGroup, s: FindingSummary, lang: Lang): string {
  const total = s.error + s.warning + s.info;
  const g = groupLabel(group, lang);
  if (lang === "en-US")
    return total === 0
      ? `${g}: no findings on this sheet.`
      : `${g}: ${total} finding${total === 1 ? "" : "s"} (${s.error} error, ${s.warning} warning, ${s.info} info), highlighted on the sheet.`;
  return total === 0 ? `${g}：本工作表未发现问题。` : `${g}：发现 ${total} 个问题（错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}），已在工作表中标出。`;
}

export function clearedMessage(lang: Lang): string {
  return lang === "en-US" ? "Highlights cleared; the original fills are back." : "已清除标色，单元格恢复原来的填充色。";
}

export function failedMessage(detail: string, lang: Lang): string {
  return lang === "en-US" ? `The command did not finish: ${detail}` : `操作未完成：${detail}`;
}
