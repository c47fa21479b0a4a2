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
  "hebei-2011-jan-nov-budget-execution": "local revenue broken down two ways: a line checked against both breakdowns added together (false total-mismatch at C6)",
  "honghe-county-2018-three-public-final-accounts": "a 合计 over a line typed wrong against its parts, agreeing with the line as its parts add up, reported again (false total-mismatch at D5)",
  "longhui-2021-rural-environment-project-selfeval": "a self-evaluation form's money block scored 9 where 10 × 85% = 8.5 (H6) unreported",
  // Fifty-second holdout (ten layouts), measured at engine commit 6d07e33 (tests/corpus/README.md, "Fifty-second holdout").
  "beijing-finance-bureau-2020-gpb-expenditure-final-accounts": "a 合计 agreeing with its 类 as their 款 add up reported against the 类 as typed (false total-mismatch at C6)",
  "gansu-2010-industrial-strong-province-firm-awards": "an award list's tier column (奖励等次) unread as the category; the title's policy reported unchecked at the first row's 序号 (A4), not its amount (F4)",
  "gansu-2020-lanzhou-fair-investment-project-awards": "a project list's investing firm (项目投资企业) unread as the enterprise; the title's policy reported unchecked at A3, not the amount (G3)",
  "jiangbei-cq-2021-key-performance-evaluation-projects": "a performance-evaluation results table by project (资金规模, 评分情况, 评级情况) read as a register, not an allocation: its 合计 slip (E14) unreported",
  "jiangyin-hitech-2018-industrial-cluster-fund": "a catalog's 条款 column read as a code, not the clause the row comes from (document)",
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
