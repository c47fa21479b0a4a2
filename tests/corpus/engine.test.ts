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
  "jiujiang-2022-agri-leading-enterprise-recognition": "seventy-fifth holdout: a recognition list's trade column unread, not its category",
  "lianyungang-2017-beautiful-village-provincial-allocation": "seventy-fifth holdout: an allocation by village whose village column is unread, not the line",
  "luan-2025-city-farm-welfare-subsidy-catalog": "seventy-fifth holdout: a catalog whose 补贴标准 is merged over standards by level (国家 | 省 | 市 …): its category column unread and the city's standard unchecked",
  "shandong-2022-specialty-industry-cluster-list": "seventy-fifth holdout: a numbered list of named clusters with place and trade, no money or code, not found",
  "bayannur-ganqimaodu-resources-2024-project-selfeval": "seventy-sixth holdout: a self-evaluation indicator (宣传合格率 100 set, 95 reached) scored in full unreported",
  "beijing-stats-bureau-2021-basic-expenditure-final-accounts": "seventy-sixth holdout: a basic-expenditure final account in two panels side by side (人员经费 | 公用经费): the second panel's code, name and spending unread",
  "dalian-hitech-2025-digital-economy-fund-recommended-list": "seventy-sixth holdout: a list's 支持方向 read as the item, not its category, so the title's policy is reported at the direction",
  "shanxi-2020-agri-strong-town-projects": "seventy-sixth holdout: a project allocation whose project column and kind column are unread (E line, F category)",
  "tianjin-2023-manufacturing-investment-support": "seventy-sixth holdout: a list's equipment-investment column, the base its one-clause catalog's rate names, unread beside 总投资",
  "yueyang-county-2015-three-public-summary-final-accounts": "seventy-third holdout: a 三公经费汇总情况决算表 with one 本年预算数 column read as a composition",
  "yueyang-taichuangyuan-2017-three-public-budget": "seventy-third holdout: a 三公 budget beside last year's execution column left blank (2016年执行数 | 2017年预算数) read as a year of spending, every line unspent",
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
