/**
 * A standard stated in a column group's heading (`村级服务站（每个1万元）`, `新建（2万元/个）`): the
 * money each counted thing is given. Money that is a count times such a standard is exact, whatever
 * number format shows it, so its sums allow no rounding.
 */
import { UNIT_FACTOR, type Unit } from "../units";

const MONEY = "(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)";
/** `每个1万元`, `每户2000元`, `按每村5万元`: 每, what is counted (a word or none), the money. */
const PER_FIRST = new RegExp(`每[^\\d\\s（）()，,、；;]{0,3}?${MONEY}`);
/** `2万元/个`, `0.5万元／户`, `1万元每个`: the money, then per what. */
const MONEY_FIRST = new RegExp(`${MONEY}\\s*(?:[/／]|每)\\s*[^\\d\\s（）()，,、；;]{1,3}`);

/** The standard a heading states, in 元 per thing counted; null when it states none. */
export function statedStandard(heading: string): number | null {
  const m = PER_FIRST.exec(heading) ?? MONEY_FIRST.exec(heading);
  if (!m) return null;
  const v = Number(m[1]);
  return v > 0 ? v * UNIT_FACTOR[m[2] as Unit] : null;
}
