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
  // Thirty-sixth holdout, measured at engine commit 67fb2c3 (tests/corpus/README.md, "Thirty-sixth holdout").
  // Thirty-seventh holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-seventh holdout").
  "nanchang-county-2022-farmland-protection-area-summary": "a 小计 column of areas (亩) over its part columns under one merged heading unchecked: 幽兰镇's 小计 (E9) 9亩 short of 确权 + 二轮承包 unreported (the units row is read as the header's now)",
  "putuo-sh-2022-civil-defence-expenditure-final-accounts": "a slip in one 项's 合计 reported again at its 款, which agrees with the 项's parts",
  "zhanjiang-2021-service-centre-basic-expenditure-detail": "a slip in one 类's figure (301) reported again at the 合计, which agrees with the 类's items",
  // Thirty-eighth holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-eighth holdout").
  "gansu-2009-seed-subsidy-settlement-allocation": "a slip in one city's 合计 (its crops add to 18 less) reported again at the province's 合计, which agrees with the crops",
  // Thirty-ninth holdout (eight layouts), measured at engine commit 6e66100 (tests/corpus/README.md, "Thirty-ninth holdout").
  "fenghua-2022-seed-industry-upgrade-prepayment": "a subsidy summary with 拟补助 beside 预拨付 read as an allocation, not a register of payments",
  "zhuzhou-2021-resource-region-transition-selfeval": "a self-evaluation form with no scores (自评表 in its title) read as a target form",
  // Fortieth holdout (nine layouts), measured at engine commit 6e66100 (tests/corpus/README.md, "Fortieth holdout").
  "hutubi-2015-cotton-target-price-subsidy-village-publicity": "a stated subsidy standard (元/公斤) treated as a rounded average: a line's amount off by 36 元 read as rounding",
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
