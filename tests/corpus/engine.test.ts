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
  "changzhou-2008-maoshan-industrial-zone-road-subsidy": "sixty-second holdout: an allocation of projects by city and town (辖市 | 镇 | 项目名称, a 小计 per city) with the city column unread, not its category",
  "dongyang-2025-tech-innovation-policy-payout": "sixty-second holdout: a list's base column named by its catalog's rate words (立项补助金额, 按…立项补助金额的20%) read as the award, the paid column (兑现金额) unread",
  "hainan-2021-central-budget-investment-reform-directions": "sixty-second holdout: an allocation by direction (序号 一… | 支持方向 | 项目个数 | 中央预算内投资 | 主要用途), its one label column unread, not the line",
  "longquan-2018-three-public-final-account": "sixty-second holdout: a 三公 final account of spending only (2018年决算数 | 2017年决算数 | 比上年增减%) with 其中 parts under a line, the parts' slip unreported",
  "fujian-2024-lottery-public-welfare-key-projects": "sixty-third holdout: an allocation of projects (设区市 | 县（市、区） | 项目名称 | 拟补助资金) read by county, the project column unread",
  "jiangxi-2017-binhu-four-counties-investment": "sixty-third holdout: money columns headed by a kind of project (水利基础设施项目 | 民生及基础设施项目 | 合计) read as the item, the county (县名) as the category",
  "sanming-2018-h1-fiscal-expenditure-progress": "sixty-third holdout: an expected figure (省级核定支出预计数) that the completion and its rate (占预计数%) are measured against read as spending",
  "tongliang-anju-2021-three-public-final-accounts": "sixty-third holdout: a variance column (较预算增减额) read as the budget, so lines well under budget reported overspent",
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
