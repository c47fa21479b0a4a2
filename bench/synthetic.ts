/** Synthetic register data for the bench: valid, unique credit codes; a few planted problems. */
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from "../src/core/creditCode";

export const REGISTER_HEADER = [
  "单位名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "申请金额（万元）", "拟扶持金额（万元）", "计算基数（万元）", "年度", "批次", "拨付日期",
];

const ITEMS = ["区级“专精特新”中小企业", "市级“专精特新”中小企业（新申报）", "工信部专精特新“小巨人”企业", "技术改造项目新增设备补贴"];
const CAPS = [5, 20, 50, 500];

/** A unique valid code for row i (base-31 digits of i in the last 9 body characters). */
export function codeFor(i: number): string {
  let tail = "";
  let n = i;
  for (let k = 0; k < 9; k++) {
    tail = CREDIT_CODE_CHARSET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const body = "91310112" + tail;
  return body + creditCodeCheckChar(body);
}

/** One register row (the 11 columns above); every 1,000th row breaks a rule. */
export function registerRow(i: number): (string | number | null)[] {
  const k = i % ITEMS.length;
  const base = k === 3 ? 1000 + (i % 3000) : null;
  let approved: number = k === 3 ? Math.min(500, Math.floor((base as number) * 0.08)) : CAPS[k];
  if (i % 1000 === 7) approved = CAPS[k] * 2;
  const place = i % 1000 === 500 ? "徐汇区" : "闵行区";
  return [`企业${i}`, codeFor(i), place, "闵行区", ITEMS[k], approved, approved, base, 2021, i % 2 ? "第一批" : "第二批", 44500 + (i % 30)];
}
