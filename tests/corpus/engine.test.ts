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
  "ningxia-2013-land-consolidation-batch1-allocation": "hundred-and-forty-fourth holdout: an allocation by county (县（市、区） | 项目个数（个） | 项目预算 | 本批下达): the money released in this batch (本批下达) unread as the amount, so the 合计 slip goes unseen",
  "qingshan-wuhan-2020-education-infrastructure-targets": "hundred-and-forty-fourth holdout: a target form with long-term and year indicators side by side (二级指标（长期） | 三级指标（长期） | 指标值（长期） | 二级指标（年度） | 三级指标（年度） | 指标值（年度）): the year's 指标值 unread as the target",
  "hebei-2016-2017-beijing-tianjin-paired-assistance-funds": "hundred-and-forty-third holdout: helpers' sections (一、北京市（13个区）小计) over the cities they help, counts and two money columns in 亿元 under a 单位：个、亿元 caption: not found as a table",
  "shandong-hitech-enterprise-award-policies-and-huantai-list": "hundred-and-forty-third holdout: a catalog of awards by 地区 not found, so the award list's items (桓台县首次认定高企扶持) are unknown and an award over its fixed sum goes unseen",
  "xiuwu-2021-poverty-fund-project-plan": "hundred-and-forty-third holdout: a twelve-column plan of projects (项目名称 | 实施地点 | 实施期限 | 建设任务 | 资金规模（万元） | 资金来源 | 实施单位 | 责任人 | 补助标准 | 绩效目标 | 带贫减贫机制) with long texts in its cells: not found as a table",
  "jiangxi-2013-aug-farm-machinery-settlement-progress": "hundred-and-forty-first holdout: two ratios of one budget (补贴资金 | 已使用资金 | 使用比例 | 已结算资金 | 结算比例): the last ratio read against the first money done, not its own (false rate slips), and the settled money read as a part",
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
