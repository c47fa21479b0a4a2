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
  // Thirty-fifth holdout (nine layouts), measured at engine commit 67fb2c3 (tests/corpus/README.md, "Thirty-fifth holdout").
  "anhui-2017-farm-machinery-first-progress-notice": "a settlement progress notice by city (补贴资金 | … | 已结算 | 结算进度) read as an allocation, not execution: its rate, no-spending and behind-schedule rows missed",
  "anhui-2020-farm-machinery-settlement-progress": "the same class as the 2017 notice (资金 | 已受理 | 已结算 | 结算进度 by city): read as an allocation, not execution",
  "guangdong-2023-lead-basic-research-allocation": "a list's category column read as the item",
  "hainan-2021-rd-institution-fiscal-measures": "a catalog's item column read as the beneficiary, the list's item column unread: its caps unchecked",
  "yueyangxian-2022-farmland-linkage-target-form": "a target form's money written as text with its parts in brackets (620万(…)): its money block not found",
  // Thirty-sixth holdout, measured at engine commit 67fb2c3 (tests/corpus/README.md, "Thirty-sixth holdout").
  "alar-tuan6-2021-linkage-cold-store-targets": "a target form's two money blocks side by side not found as tables",
  "gaotang-2015-guaranteed-loan-interest-payout": "a payout list of people and firms: the borrower column unread, a category read as the item, the duplicate missed",
  "ningqiang-2023-general-budget-final-accounts-both-sides": "revenue and spending side by side in one final-accounts table: the spending half's line, budget and rate unread",
  "xianyang-2024-new-industrialisation-measures": "a catalog ending at its first row (unit 元 where the caption says 万元): the list's cap unchecked",
  "yingkou-2024-revenue-by-level-completion": "revenue by level with 其中 rows: the budget read as initial, the 其中 rows added into the total, a revenue line read as overspent",
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
