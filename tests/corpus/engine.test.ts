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
  "chongqing-yuzhong-2017-three-public-budget-summary": "seventieth holdout: a 三公经费汇总情况表 laid across one row with no label column (合计 | 因公出国 | 公务用车 小计 … | 公务接待费) read as a composition, not the budget",
  "chongqing-yuzhong-2017-three-public-final-accounts-explained": "seventieth holdout: a 三公 line followed by lines naming its parts without 其中 (公务用车购置费 | 公务用车运行维护费 under 公务用车购置及运行维护费): their slip unreported",
  "guangxi-2021-q1-people-projects-fund-release": "seventieth holdout: money raised and released against the year's plan (年度计划筹措资金 | 累计筹措下达 | 下达进度) not found as execution",
  "hainan-commerce-service-trade-selfeval": "seventy-first holdout: a self-evaluation form of the older scoring layout (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分) not found",
  "sipac-2021-q3-manufacturing-key-enterprises": "seventy-first holdout: a recognition list's 认定方式 (直接认定 / 审核认定, repeated) unread, not its category",
  "zhejiang-2018-disabled-subsidies-allocation": "seventy-first holdout: an allocation in three 单位 | 金额 panels side by side, read down, with city 小计 rows and 其中：市本级, not joined into one list",
  "wusu-2015-textile-firms-support-payout": "seventy-second holdout: a 拨付明细表 of firms with their credit codes and places and one paid amount read as a payment ledger, not a register (codes unchecked)",
  "xincheng-health-bureau-2019-three-public-budget": "seventy-second holdout: a 三公 budget by year (2019年预算数 | 2018年预算数): the earlier year's column checked against the 合计 as its lines stand, not its 其中 parts, and named as the later year's",
  "fengxin-2023-county-three-public-budget-change": "sixty-ninth holdout: a 三公经费预算增减变化情况表 by year (2022年预算数 | 2023年预算数 | 增减 | 增减原因) read as a composition",
  "wuhan-2021-headquarters-award-plan-list": "sixty-ninth holdout: a heading listing alternatives in one cell (项目 / 课题 / 其他) unread, not the list's item",
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
