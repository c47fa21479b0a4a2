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
  // Thirty-eighth holdout (eight layouts), measured at engine commit f285611 (tests/corpus/README.md, "Thirty-eighth holdout").
  // Thirty-ninth holdout (eight layouts), measured at engine commit 6e66100 (tests/corpus/README.md, "Thirty-ninth holdout").
  "changfeng-2018-advanced-manufacturing-support-policies": "a catalog's 条款 column unread as the document, two prose standards (a threshold then an award; a share with a maximum and a split) unread: the list's rate cap unchecked",
  "zhuzhou-2021-resource-region-transition-selfeval": "a self-evaluation form with no scores (自评表 in its title) read as a target form",
  // Fortieth holdout (nine layouts), measured at engine commit 6e66100 (tests/corpus/README.md, "Fortieth holdout").
  "dingxi-2023-industrial-support-policy-list": "a catalog's first column read as its rows' numbers, where it is the document's clause",
  "hutubi-2015-cotton-target-price-subsidy-village-publicity": "a stated subsidy standard (元/公斤) treated as a rounded average: a line's amount off by 36 元 read as rounding",
  // Forty-first holdout (nine layouts), measured at engine commit e050342 (tests/corpus/README.md, "Forty-first holdout").
  "nanning-2023-sci-tech-rd-plan-first-payment": "a project list with a first payment (首次拨付) read as an allocation, not a register: its overpayment and credit code unchecked",
  "yancheng-2020-industrial-transformation-batch1-list": "a list's category column (F) read as the item",
  "yichang-2025-q1-opening-industry-awards": "a fixed award under one clause (5万元) not checked: a row above it (H6) unreported",
  // Forty-second holdout (ten layouts), measured at engine commit e050342 (tests/corpus/README.md, "Forty-second holdout").
  "lixian-2023-general-budget-revenue-final-accounts": "a stated revenue rate read as wrong (102.95% against 103.14%) where the layout states it right",
  "quanzhou-2024-whole-town-advance-awards-allocation": "县 | 合计 | 镇 rows (a county's towns under it): the county read as the item, the town unread, the county's 合计 unchecked",
  "yuhang-2023-farm-festival-subsidy": "a list's activity column read as the category and its dates as the item: its caps unchecked",
  "yunfu-2024-specialised-sme-loan-interest-plan": "the list's 申请 column (the amount asked) unread",
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
