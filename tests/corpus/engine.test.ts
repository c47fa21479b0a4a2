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
  // Fifty-fourth holdout (ten layouts), measured at engine commit ef9e432 (tests/corpus/README.md, "Fifty-fourth holdout").
  "fujian-2010-innovative-enterprise-project-fund-awards": "an award list's 类别 column read as the item, not the category, so one firm under two 类别 was no duplicate (E14); its 合计 slip (E18) unchecked; the title's policy unreported at the first amount (E3)",
  "nanchang-jingkai-2019-enterprise-commendation-awards": "a fund whose area is a national development zone (南昌经济技术开发区) refused: no such district in the geography",
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
