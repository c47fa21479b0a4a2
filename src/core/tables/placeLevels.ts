/**
 * One place given by two columns side by side, an upper level beside a lower one (设区市 | 县（市、区）,
 * 市 | 县（区）, 地市 | 县区): a province's list names each row's city and its county, one place, where
 * a register's 注册地 | 纳税地 name two. Told apart by the headings (FieldDef.levels: the levels of one
 * place) and by the values (the lower's names lie under the upper's).
 */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { type ColumnLabels, cellText, labelKey } from "./headerLabels";
import { strictFit } from "./readByValues";

/**
 * Reads the lower column as the upper's place field, a level within it (ColumnRead.within), the
 * upper as that field when no heading named it. Run before the fields read from values, so the
 * county is not taken for the other place field. Returns what the reading adds to the score (a
 * place read from its level's heading and values, as little as one read from values alone).
 */
export function placeLevels(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): number {
  let added = 0;
  for (const [field, def] of Object.entries(kind.fields as Record<string, FieldDef>)) {
    const levels = def.levels;
    if (!levels || def.value !== "place") continue;
    for (let i = 0; i + 1 < columns.length; i++) {
      const upper = columns[i];
      const lower = columns[i + 1];
      if (!levels.upper.includes(labelKey(labels[i])) || !levels.lower.includes(labelKey(labels[i + 1]))) continue;
      if (upper.part || lower.part || upper.manual || lower.manual) continue;
      if ((upper.field !== null && upper.field !== field) || (lower.field !== null && lower.field !== field)) continue;
      // The field read elsewhere (a 注册地 column of its own): this pair is not its place.
      if (columns.some((c) => c !== upper && c !== lower && c.field === field)) continue;
      if (!lowerUnderUpper(sample.values[i], sample.values[i + 1])) continue;
      if (upper.field === null) {
        upper.field = field as Field;
        upper.evidence = { key: labelKey(labels[i]), word: labelKey(labels[i]), how: "exact", score: 0.3, fit: strictFit("place", sample.values[i]) };
        added += 0.3;
      }
      lower.field = field as Field;
      lower.within = upper.col;
      lower.evidence = { key: labelKey(labels[i + 1]), word: labelKey(labels[i + 1]), how: "exact", score: 0, fit: strictFit("place", sample.values[i + 1]) };
      break;
    }
  }
  return added;
}

/**
 * The lower column's names lie under the upper's: both are places (most of the upper's), the lower names mostly not the
 * upper's own (a city governed directly, 定州市 | 定州市, may repeat it) and at least as many. An
 * upper cell left blank (a city merged over its counties) is the one above. Which city a county
 * lies in is the geography's to judge (the joined place), not the reading's: a 高新区 stands under
 * several cities.
 */
function lowerUnderUpper(upperValues: Cell[], lowerValues: Cell[]): boolean {
  // The upper's names may include one no geography knows (省直管 over the cities the province governs).
  if (strictFit("place", upperValues) < 0.5 || strictFit("place", lowerValues) < 0.7) return false;
  const lowers = new Set<string>();
  const uppers = new Set<string>();
  let current: string | null = null;
  let pairs = 0;
  let same = 0;
  for (let r = 0; r < lowerValues.length; r++) {
    const u = upperValues[r];
    if (!isBlank(u)) current = cellText(u).replace(/\s+/g, "");
    const l = lowerValues[r];
    if (isBlank(l) || current === null) continue;
    const low = cellText(l).replace(/\s+/g, "");
    if (low === current) same++;
    lowers.add(low);
    uppers.add(current);
    pairs++;
  }
  return pairs >= 2 && 2 * same < pairs && lowers.size >= uppers.size;
}
