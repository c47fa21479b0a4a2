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
  // Seventeenth holdout, measured at engine commit 8a49402 (tests/corpus/README.md, "Seventeenth holdout").
  "guangxi-2022-thousand-firm-techreform-subsidy": "lists: a 所属产业 column naming each firm's industry unread as the category",
  "wuxing-2022-rural-environment-batch2-funds": "allocations: 已拨付 | 本次拨付 by town read as an execution table's spending, not as an allocation's two money columns",
  "xinyang-2023-q1-full-capacity-award-summary": "allocations: a summary by county with the whole (全辖合计) first and 奖励企业户数 split by award band (10万元 | 20万元 | 小计) not found",
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
