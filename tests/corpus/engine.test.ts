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
  "anhui-college-2016-income-expenditure-final-accounts": "hundred-and-seventy-sixth holdout: measured at 3810fe0, a 公开01表's header read a row early and its year as 2024",
  "hubei-peoples-hospital-2021-key-project-targets": "hundred-and-seventy-sixth holdout: measured at 3810fe0, a targets form's 指标 type column unread",
  "ningxia-vocational-2017-three-public-final-with-counts": "hundred-and-seventy-sixth holdout: measured at 3810fe0, a 三公 final account's block of counts under its money read as more lines",
  "beijing-chaoyang-2014-general-budget-revenue-execution": "hundred-and-seventy-fifth holdout: measured at 3810fe0, its settings name the district 朝阳区, which two provinces hold: a clear error",
  "jining-no2-hospital-2017-income-expenditure-final-accounts": "hundred-and-seventy-fifth holdout: measured at 3810fe0, a final account's year read as 2024, not the 2017 its title gives",
  "linfen-college-2018-budget-income-expenditure-summary": "hundred-and-seventy-fifth holdout: measured at 3810fe0, a 收支预算总表 with two halves read as compositions, its 基本支出 slip unseen",
  "zhumadian-central-hospital-2021-three-public-final-accounts": "hundred-and-seventy-fifth holdout: measured at 3810fe0, a 三公 final account's 实际支出 checked against the wrong parts (false execution.total-mismatch)",
  "qingyang-2023-investment-promotion-incentives-and-awards": "hundred-and-seventy-fourth holdout: measured at 3810fe0, a catalog of incentive measures not found, so its award list's caps go unchecked",
  "fujian-2015-provincial-major-spending-budget": "hundred-and-seventy-third holdout: measured at 3810fe0, a budget by function in 亿元 with no spending column read as a composition, its 合计 slip unseen",
  "jxufe-2014-2017-university-income-by-year": "hundred-and-seventy-third holdout: measured at 3810fe0, years across the columns (2014年 … 2017年 | 合计) unread as amounts, the 2016 foot's slip unseen",
  "tianjin-2022-stabilise-economy-fiscal-measures-catalog": "hundred-and-sixty-seventh holdout: measured at 85128c3, a catalog of measures with no figure of money (序号 | 政策措施 | 主要内容 under a section row) is not found; the layout states it a clean catalog, while docs/rules.md gives catalog.unreadable-standard for a standard stating no money (按“一事一议”方式给予支持; fujian-county-2023 and guangxi-2024 expect it), so reading it as stated contradicts the rule. Left: the expectation and the rule disagree, and neither was forced",
  "neimenggu-2008-central-subsidies-jan-sep": "hundred-and-third holdout: its tables are now found (as-of and increase headings learned), but two 其中 lines running to the block's end under a 合计 first are all of it by docs/rules.md (composition.total-mismatch), while the layout states them a share (627.7 of 654.7, the rest unlisted, as published). Left: the expectation and the rule disagree, and narrowing the rule (kinds of transfer as no exhaustive list) reaches beyond this class",
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
