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
  "heilongjiang-2021-industrial-internet-matching-subsidy": "hundred-and-eighth holdout: the lead unit (牵头单位) read as the policy item, the central support (中央支持额度, the base of a 20% matching subsidy) unread, so the list's caps went unchecked",
  "chongqing-2022-key-special-funds-batch2-projects": "hundred-and-seventh holdout: a catalog's 资金渠道 column (the fund each direction is paid from, repeated) unread as its category",
  "hainan-key-projects-investment-progress-by-county": "hundred-and-seventh holdout: 投资进度 beside 年度计划投资 and 完成投资 (with a 进度位次 rank) unread as the rate, so a rate slip was missed",
  "sanya-2020-general-budget-final-accounts-balance": "hundred-and-seventh holdout: a budget cell holding a dash (—) read as a budget of 0, so a transfer line with spending was reported overspent",
  "kunshan-2025-innovation-consortium-support": "hundred-and-sixth holdout: a list of innovation consortia: the lead firm column unread as the enterprise, the consortium's name read as the enterprise, not the project",
  "quanzhou-2025-agri-certification-award-allocation": "hundred-and-sixth holdout: an allocation by county with its 小计 column first and one column per kind of award, mostly blank, under an 附件1 line, not found",
  "jiangxi-2015-agri-primary-processing-subsidy": "hundred-and-fifth holdout: a kind column (品种: 蔬菜, 柑橘 …) beside the counties, with a 小计 after each kind's counties, unread as the category",
  "qingyang-audit-2022-three-public-budget": "hundred-and-fifth holdout: a 三公 budget whose 公务用车购置及运行费 is followed by 其中：公务用车运行费 and an unmarked 公务用车购置费: the 购置费 added into the 合计 (a false slip) and the car line not checked against its two parts",
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
