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
  "hubei-2022-single-champion-candidates": "hundred-and-fifty-second holdout: a bare 类别 of kinds of firm (示范企业 / 培育企业) in a recognition list read as the item, so one firm listed under two of them is no duplicate",
  "national-2017-science-museum-free-opening-subsidy-allocation": "hundred-and-fifty-first holdout: an allocation by province with money released in advance and actually released (2016年提前下达 | 2017年实际下达) beside its total: the two columns unread, so a row's slip and a foot's slip go unseen",
  "chongqing-2018-private-economy-fund-batch1-acceptance-list": "hundred-and-fiftieth holdout: a project listed again in a later section row of an acceptance list (项目名称 | 项目单位 | 所在区县 | … | 项目补助金额 | 剩余资金): the repeat unseen",
  "gansu-2022-science-award-bonus-standards-and-payments": "hundred-and-fiftieth holdout: a payment list by award (获奖项目名称 | 第一完成单位 | 奖种 | 奖励等级 | 奖金（万元）) beside a catalog of bonus per grade: the grade unread as the category and the bonus unread as the amount, so a payment over its standard goes unseen",
  "guangxi-2022-sugarcane-variety-post-subsidy": "hundred-and-forty-ninth holdout: a catalog of awards by grade of crush (入榨量300—600万吨（含） …, caps in the notice's words) not found, so the award sheet's grades (补助等级) are unknown policies, its base (指定榨季入榨量) unread and an award over its grade's sum unseen",
  "hengyang-2025-vegetable-cluster-central-funds": "hundred-and-forty-ninth holdout: a county's 项目总资金 split into 中央财政资金 | 地方统筹整合配套资金 | 自筹资金 (the owners' own money last read as a plain amount); and the central money by body under county 小计 rows (县（市） | 实施主体 | 中央财政资金 | 建设内容) read as a register, so a 小计 slip goes unseen",
  "minhou-2025-goldfish-industry-awards": "hundred-and-forty-ninth holdout: a 奖补类别 column of kinds of award read as the item, not the category under the title's award, so the one unknown policy is not reported at the amount",
  "sanming-2022-historic-building-repair-awards": "hundred-and-forty-ninth holdout: two counted blocks each with its standard per building (500㎡以下 | 500㎡以上, 数量 | 标准) feeding one 共计: the second block unread, so false line slips against the first block alone",
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
