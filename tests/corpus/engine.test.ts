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
  "jiangxi-yiyang-2023-linkage-fund-sources": "a 省级 小计 over its two batches not checked against them (C8)",
  // Thirty-sixth holdout, measured at engine commit 67fb2c3 (tests/corpus/README.md, "Thirty-sixth holdout").
  "gaotang-2015-guaranteed-loan-interest-payout": "a payout list of people and firms: the borrower column unread, a category read as the item, the duplicate missed",
  "henan-2024-pig-county-provincial-pooled-award": "市 over 县 with 小计 rows: the city read as the item, the county unread, a 小计 checked against one line",
  // Thirty-seventh holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-seventh holdout").
  "putuo-sh-2022-civil-defence-expenditure-final-accounts": "a slip in one 项's 合计 reported again at its 款, which agrees with the 项's parts",
  "zhanjiang-2021-service-centre-basic-expenditure-detail": "a slip in one 类's figure (301) reported again at the 合计, which agrees with the 类's items",
  // Thirty-eighth holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-eighth holdout").
  "gansu-2009-seed-subsidy-settlement-allocation": "a slip in one city's 合计 (its crops add to 18 less) reported again at the province's 合计, which agrees with the crops",
  "henan-2025-enterprise-innovation-measures": "the list's 国家拨付经费 column (the base of a share of national money) unread: its rate cap unchecked",
  "weixi-weideng-2023-three-public-expenses": "a 三公经费 table's line spent below its budget at the year's end read as behind schedule (its budget is a ceiling for economy, not a pace)",
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
