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
  // Forty-third holdout (ten layouts), measured at engine commit 10601e2 (tests/corpus/README.md, "Forty-third holdout").
  "haikou-2021-sep-revenue-spending": "a monthly revenue-and-spending release (in 亿元): its 年度预算 read as the initial budget, its rate column unread, a fund line with no budget read as overspent against 0",
  "wenling-2025-village-progress-payment": "a village payment list's amount decided read as due this year: its overpayment unchecked",
  // Forty-fourth holdout (nine layouts), measured at engine commit 1f39377 (tests/corpus/README.md, "Forty-fourth holdout").
  "daqing-datong-2023-linkage-project-plan": "two 小计 slips: the 合计, agreeing with the lines under both, reported against a mix of typed and summed 小计s",
  "gaobeidian-2023-farm-machinery-subsidy-funds": "a second table's unit read as 元 where the caption above it says 万元",
  "kizilsu-2021-consolidation-project-fund-progress": "a fund-progress table (到位资金 | 已支付 | 支付率, in 亿元) read as an allocation, not execution: its total and rate unchecked",
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
