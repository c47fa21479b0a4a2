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
  "jiangxi-yiyang-2023-linkage-fund-sources": "a 省级 小计 over its two batches not checked against them (C8)",
  "yueyangxian-2022-farmland-linkage-target-form": "a target form's money written as text with its parts in brackets (620万(…)): its money block not found",
  // Thirty-sixth holdout, measured at engine commit 67fb2c3 (tests/corpus/README.md, "Thirty-sixth holdout").
  "alar-tuan6-2021-linkage-cold-store-targets": "a target form's two money blocks side by side not found as tables",
  "gaotang-2015-guaranteed-loan-interest-payout": "a payout list of people and firms: the borrower column unread, a category read as the item, the duplicate missed",
  "henan-2024-pig-county-provincial-pooled-award": "市 over 县 with 小计 rows: the city read as the item, the county unread, a 小计 checked against one line",
  "ningqiang-2023-general-budget-final-accounts-both-sides": "revenue and spending side by side in one final-accounts table: the spending half's line, budget and rate unread",
  "xianyang-2024-new-industrialisation-measures": "a catalog ending at its first row (unit 元 where the caption says 万元): the list's cap unchecked",
  "yingkou-2024-revenue-by-level-completion": "revenue by level with 其中 rows: the budget read as initial, the 其中 rows added into the total, a revenue line read as overspent",
  // Thirty-seventh holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-seventh holdout").
  "jinzhai-etdz-2021-property-management-targets": "a target form's indicator-type column (C) unread",
  "mabu-2023-transfer-payment-projects-execution": "a project execution table's category column (C) unread",
  "nanchang-county-2022-farmland-protection-area-summary": "a row of measure units under the headers ((户) (元) (亩)) read as data; a 合计 over towns (E9) unchecked",
  "putuo-sh-2022-civil-defence-expenditure-final-accounts":
    "a 项's 合计 slipped against its 基本 | 项目 across, its 款 agreeing with the 项 as those parts give it: this layout wants the 款 not reported, " +
    "benxi-county-2022, benxi-guanyinge, eryuan-xishan and maoming-2021 want the same 款 reported (the 项 as written); held for the lead",
  "sip-2024-tech-upgrade-loan-interest-subsidy": "the list read on past its last row into the lines under it (ends at 17, not 15)",
  // Thirty-eighth holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-eighth holdout").
  "gansu-2009-seed-subsidy-settlement-allocation":
    "a city's 合计 slipped against its crops across, the province's 合计 agreeing with the city as its crops give it: this layout wants the " +
    "province not reported, yuexi-2025, fengxin-2024, jinzhai-2025, zhangwu-2024 and yueyangxian-taobao want the same total reported; held for the lead",
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
