/**
 * The real-layout corpus, read and checked as a reviewer would (tests/corpus/check.ts): each
 * workbook's tables, the findings that must appear and the false alarms that must not.
 *
 * A layout listed in NOT_YET is one the engine does not read right yet, with the reason; its test
 * asserts that it still fails, so a layout that starts passing must leave the list (and the
 * count reported in the issue stays honest).
 */
import * as path from "path";
import { layouts } from "./layouts/index";
import { auditLayout, differences } from "./check";

const WORKBOOKS = path.join(__dirname, "workbooks");

const NOT_YET: Record<string, string> = {
  // Fifty-seventh holdout (ten layouts), measured at engine commit dec2a92 (tests/corpus/README.md, "Fifty-seventh holdout").
  "jiujiang-county-2013-key-town-linkage-guide-fund": "a fund's area named by a county's former name (九江县, now 柴桑区) refused: no such district in the geography",
  // Fifty-eighth holdout (ten layouts), measured at engine commit 6ac2fc4 (tests/corpus/README.md, "Fifty-eighth holdout").
  "beijing-fangshan-specialized-sme-award-measures": "a catalog's clause column (D) unread as the document",
  "liaoning-2018-straw-utilisation-pilot-counties-allocation": "an allocation by city and county (市 | 县 under 小计 rows): the city read as the line's name, the county unread, a 小计 checked against the wrong lines",
  "shanxi-zonggai-2023-advanced-manufacturing-equipment-subsidy": "a subsidy list titled by its catalog item's support without the item's full name: no item taken, its rate (G7) and maximum (G9) unchecked",
  "tianjin-baodi-2020-heating-subsidy-bond-selfeval": "a self-evaluation form (no scores) whose header rows start at row 6 read from row 4",
};

describe("real published layouts", () => {
  it.each(layouts.map((l) => [l.id, l] as const))("%s", async (id, layout) => {
    // A clear error (an unknown district, say) is a difference like any other, not a crash of the test.
    const diffs = await auditLayout(layout, WORKBOOKS).then(
      (result) => differences(layout, result),
      (e: Error) => [`error: ${e.message}`],
    );
    if (NOT_YET[id]) expect(diffs.length).toBeGreaterThan(0);
    else expect(diffs).toEqual([]);
  });

  it("lists no layout as not yet read that the corpus does not hold", () => {
    const ids = new Set(layouts.map((l) => l.id));
    expect(Object.keys(NOT_YET).filter((id) => !ids.has(id))).toEqual([]);
  });
});
