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
  "fuzhou-jx-2025-hitech-award-policies": "eighty-fifth holdout: a catalog standard paid in instalments (分三年累计奖励20万元，第一年10万元，第二年5万元，第三年5万元) reported unreadable, not a fixed 20",
  "liuzhou-2015-xijiang-belt-infrastructure-fund": "eighty-fifth holdout: an allocation's body runs one row past its 合计 (ends at row 11, not 10)",
  "shilong-industrial-upgrade-measures-draft": "eighty-fifth holdout: a catalog's clause column (第…条 under chapter rows) unread, not the document",
  "xiuyu-2025-water-fund-batch7-targets": "eighty-fifth holdout: an allocation's line column unread, and its target table (绩效目标表) not found",
  "beijing-culture-bureau-2010-three-public-accounts": "eighty-seventh holdout: a 三公 final account and next year's budget printed sideways (years as rows, 三公 items as columns) not found",
  "hebei-2013-village-upgrade-provincial-subsidy-by-city": "eighty-seventh holdout: an allocation by city with standards stated in the group headings (count and money per measure): the columns unread, the row total's slip missed, false foot findings",
  "ordos-sme-investment-2022-three-public-budget": "eighty-seventh holdout: a 三公 budget beside last year's final account: the budget read as an adjusted budget over both years, false no-spending on the budget year",
  "tianjin-green-factory-regional-incentive-catalog": "eighty-seventh holdout: a catalog of regional incentives (地区 | 政策 | standard in prose) not found, so its unreadable standards are missed",
  "tianjin-wuqing-hexiwu-2023-three-public-budget": "eighty-seventh holdout: a budget-only 三公 table laid across one row not found, its 小计 slip missed",
  "harbin-2017-industry-acceleration-policies": "eighty-eighth holdout: an award list's base column (F) unread, so the rate cap its catalog names is not checked",
  "jingjiang-2023-provincial-transformation-fund-batch1": "eighty-eighth holdout: a list's 项目类别 column read as the item, not the category: the title's item, its duplicate and its one unknown policy missed",
  "shouxian-justice-2022-three-public-budget": "eighty-eighth holdout: a budget-only 三公 table laid across one row not found, its 小计 slip missed",
  "wuhan-2018-rural-road-provincial-subsidy-allocation": "eighty-eighth holdout: an allocation with 计划安排 beside 实际安排 and 奖励数 / 扣减数: read as parts of the row total, false row-total findings",
  "yumin-2021-key-projects-performance-evaluation": "eighty-eighth holdout: a payment-progress table's grade column (C) unread, not the category",
  "zhoushan-2025-cultivated-land-protection-allocation": "eighty-eighth holdout: an allocation's area column unread, not the quantity",
  "daguan-tianxing-2021-health-centre-income-expenditure-accounts": "eighty-sixth holdout: a 收入支出决算总表 in 元 side by side: the header found a row early (the 收入 | 支出 row), where nanzhang-2019's same form reads from the 项目 row",
  "pengshui-2021-general-budget-balance": "eighty-sixth holdout: a 一般公共预算收支平衡表 side by side with nested subtotals: the body runs past its end, a line column unread, the subtotal slip missed and false totals",
  "wuwei-2017-sci-tech-innovation-measures": "eighty-sixth holdout: a catalog of prose caps ends a row early, so its award list's rate cap is missed and one item reads as unknown",
  "shandong-2022-specialty-industry-cluster-list": "seventy-fifth holdout: one column of cluster names (…特色产业集群, place and trade inside each name) under a 名单 title, stated as a register of applicants; the corpus reads a cluster as no applicant (neimenggu-2022) and a bare list of names as no table, so its planted duplicate goes unseen. Left as it is: the expectation and the convention disagree, and neither was forced",
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
