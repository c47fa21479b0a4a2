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
  // Forty-ninth holdout (ten layouts), measured at engine commit 195c1c1 (tests/corpus/README.md, "Forty-ninth holdout").
  // Fiftieth holdout (ten layouts), measured at engine commit 5740547 (tests/corpus/README.md, "Fiftieth holdout").
  "anhui-2017-manufacturing-province-fund-awards": "a list's row total over its parts (核定奖补 | 扶贫县上浮20% | 合计) unchecked (I7, and the 合计 column's foot I13)",
  "fujian-2020-people-projects-fund-release-progress": "money released (已下达) unread as what the plan's progress measures, so every stated 下达进度 read as wrong and the slow lines unreported",
  "ruian-2022-relief-policy-compendium-awards": "a payment list naming a catalog item without the condition its catalog name carries in brackets read as an unknown item, its cap (G6) and rate (G8) unchecked",
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
