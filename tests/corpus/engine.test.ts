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
  // Thirty-third holdout, measured at engine commit 6d064fc (tests/corpus/README.md, "Thirty-third holdout").
  "chengxiang-2024-whole-village-fund-payment": "镇（街道） | 村 | 项目名称 | 补助资金 | … | 已拨付 | 本次拨付: the village read as the item, not who is paid; an award with nothing paid on a list recording payments not reported unpaid",
  "guangxi-2023-h1-budget-execution": "rates as fractions (0.265) on revenue lines: 政府性基金预算收入 at 26.5% at mid-year not reported behind schedule",
  "wuxi-cq-2022-general-budget-expenditure-execution": "a 支出合计 whose actual is the slip (D18): its stated rate, agreeing with the corrected figure, reported again as a rate mismatch",
  "yueyangxian-2022-provincial-demo-family-farms": "a 推荐名单 with no money: 推荐类别 read as the item, not the category",
  // Thirty-fourth holdout, measured at engine commit 383b301 (tests/corpus/README.md, "Thirty-fourth holdout").
  "hebei-2015-rural-dilapidated-housing-allocation": "a standard in a group heading over 户数 | 补助资金 (新建户（每户1.6万元）, 维修户（每户5500元）): the line's count × standard not checked (F7 missing)",
  "liaoyuan-2018-2020-northeast-preparatory-fund-payments": "下达年度 | 下达资金 | 拨付金额 | 拨付日期: the year of each grant and the payment unread, so the overpayment (G8) and the 2018 grant never paid (F10) are missed",
  "shanxi-2023-industrial-chain-incentive-scheme": "a tiered award in prose (首次提升到5亿元、10亿元…的，按相应档位给予奖励25万元、50万元…500万元) taken for unreadable, where its top tier is the maximum",
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
