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
  // Fifty-first holdout (ten layouts), measured at engine commit 6d07e33 (tests/corpus/README.md, "Fifty-first holdout").
  "aksu-2021-linkage-fund-batch2-allocation": "a second table on the sheet under the first one's caption (单位：万元) read in 元",
  "hotan-2020-rural-environment-integrated-allocation": "an allocation read as running on to row 15 (not 12), its category column (E) unread",
  // Fifty-third holdout (ten layouts), measured at engine commit b823d2a (tests/corpus/README.md, "Fifty-third holdout").
  "jilin-2018-changjitu-special-fund-allocation": "an allocation's 支持方向 column (a few values repeated) unread as the category",
  "liaoning-2020-zhuagan-shigan-incentive-list": "a list rewarding places (受表扬激励地区 | 所属市 | 激励资金) read as an allocation by item: its cap (E9), duplicate (C11) and a place outside the province (D12) unchecked",
  "liaoning-2021-general-budget-balance": "two tables stacked on one sheet (revenue, then spending) read as one: the spending side's slip (B19) unreported",
  "ningxia-liuyou-industry-fiscal-measures": "a catalog's 产业 column (the sector each measure belongs to) unread as the category",
  "shanxi-2021-new-4a-scenic-area-awards": "an award list by scenic area: the area (景区名称) read as the enterprise and its operating company as the item, so the title's item and its cap (G9) went unchecked",
  // Fifty-fourth holdout (ten layouts), measured at engine commit ef9e432 (tests/corpus/README.md, "Fifty-fourth holdout").
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
