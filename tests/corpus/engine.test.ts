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
  "fengyang-rural-dilapidated-housing-subsidy-standards": "two-hundredth holdout: measured at 6b6cc7e, not yet read as stated: table at 补助标准!2: read as register, not catalog; table at 补助标准!2: column C read as enterprise, not category; table at 补助标准!2: column D read as nothing, not capAmount; missing cap.exceeded at 补助名单!E7; false cap.unknown-policy at 补助名单!D3: 政策项 五保户、低保户、贫困残疾户修缮加固 不在政策目录（内置目录）中，无法核对补贴上限（本表 2 行）; false cap.unknown-policy at 补助名单!D4: 政策项 五保户、低保户、贫困残疾户重建房屋 不在政策目录（内置目录）中，无法核对补贴上限（本表 2 行）; false cap.unknown-p",
  "shanghai-2010-municipal-departments-budget-summary": "two-hundredth holdout: measured at 6b6cc7e, not yet read as stated: table at 分部门预算汇总!3: read as composition, not execution; table at 分部门预算汇总!3: column A read as item, not line; table at 分部门预算汇总!3: column B read as amount, not initialBudget; table at 分部门预算汇总!3: column C read as amount (part), not initialBudget:人员经费; table at 分部门预算汇总!3: column D read as amount (part), not initialBudget:公用经费; table at 分部门预算汇总!3: column E read as amount (part), not initialBudget:项目支出;",
  "wanbei-2021-transfer-zone-assessment-awards": "two-hundredth holdout: measured at 6b6cc7e, not yet read as stated: table at 考评结果!2: column C read as nothing, not category; table at 考评结果!2: year [], not 2021",
  "beijing-2008-local-fiscal-revenue-expenditure-plan": "hundred-and-ninety-ninth holdout: measured at 6b6cc7e, not yet read as stated: table at 收支计划!3: read as catalog, not execution; table at 收支计划!3: column A read as item, not line; table at 收支计划!3: column B read as nothing, not initialBudget; missing execution.total-mismatch at B7",
  "beijing-tongzhou-2023-green-building-award-application-list": "hundred-and-ninety-ninth holdout: measured at 6b6cc7e, not yet read as stated: table at 示范项目名单!3: column B read as item, not category; table at 示范项目名单!3: item [\"公共建筑节能绿色化改造项目\",\"超低能耗建筑\",\"装配式建筑\",\"绿色建筑\"], not 北京市建筑绿色发展市级奖励资金; missing cap.unknown-policy at H4",
  "yubei-2024-research-matching-fund-clause-and-applications": "hundred-and-ninety-eighth holdout: measured at 6b6cc7e, not yet read as stated: table at 申请汇总!3: column F read as paidNow, not base; missing cap.rate-exceeded at 申请汇总!G6",
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
