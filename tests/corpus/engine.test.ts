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
  // Forty-seventh holdout (ten layouts), measured at engine commit 5a8af20 (tests/corpus/README.md, "Forty-seventh holdout").
  "dazu-2023-urban-management-gpb-expenditure-budget": "a budget by function (合计 | 基本支出 | 项目支出, no spending) read as an execution table: its row total's slip (C13) and its class's column total (E12) unreported",
  "shanxi-2018-central-pilot-bid-city-awards": "an allocation by city with a tier column: the tier unread as the category, the 奖励资金（万元） column taken for a total of the 亿元 column beside it",
  "shanxi-2023-chain-leader-recognition-awards": "a list's 产业链 column read as the policy item (unknown to its catalog) instead of a category, so the title's item, its cap (E7) and the duplicate (E11) went unchecked",
  // Forty-eighth holdout (ten layouts), measured at engine commit 5a8af20 (tests/corpus/README.md, "Forty-eighth holdout").
  "jinghai-2025-coal-to-electricity-heating-subsidy": "a payment list's quantity column (E) unread, so the standard × quantity check compared 122,400 with 0.20 × 120",
  "xunhua-2023-linkage-fund-may-spending": "the budget column (D) unread, so its rate (F4), a line behind schedule (F5) and a line with no spending (E6) went unchecked",
  // Fiftieth holdout (ten layouts), measured at engine commit 5740547 (tests/corpus/README.md, "Fiftieth holdout").
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
