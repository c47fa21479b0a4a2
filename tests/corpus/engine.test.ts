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
  "jixi-anhui-2018-provincial-agri-project-arrangement": "hundred-and-thirty-second holdout: a …项目安排表 of project kinds with their applying units (项目类型 | 申报单位 | 财政补助资金) read as a register of the units",
  "shaanxi-2009-equipment-manufacturing-fund-batch1-plan": "hundred-and-thirty-second holdout: a …投资计划表 of projects with their units, section rows and a 合计 first (项目单位 | 项目名称 | 所在市 | 银行贷款 | 贴息资金) read as a register, so its two slips go unseen and a false one is given",
  "gansu-2023-provincial-general-budget-resources": "hundred-and-thirtieth holdout: a one-column 决算数 account of total revenue (加：… lines, 其中 under them, 总收入 at the foot): the foot not checked as their result",
  "luxi-2024-farmland-project-targets": "hundred-and-thirtieth holdout: a target table's money block under a 单位：万元 caption at the sheet's top right read in 元",
  "guangdong-city-july-public-budget-execution": "hundred-and-twenty-ninth holdout: 年初预算数 | 7月完成数 | 1-7月累计完成数 | 完成年初预算%: the month's figure read as the actual, not the months to date, so false rate slips and behind-schedule",
  "guangxi-2023-autumn-winter-travel-agency-subsidies": "hundred-and-twenty-ninth holdout: a catalog of fixed per-trip awards not found, so its list's items are unknown policies and an award over its fixed sum goes unseen; arrival dates read as payment dates",
  "haikou-2019-rubber-income-insurance-premium-shares": "hundred-and-twenty-ninth holdout: 投保面积（亩） beside 投保户数 and a 其中 count of poor households read as nothing, not the quantity",
  "nanxian-wushenggong-2023-project-targets": "hundred-and-twenty-ninth holdout: a target table's money block under a 单位：万元 caption at the sheet's top right read in 元",
  "zhongshan-2023-inshore-fishing-boat-renewal-batch2": "hundred-and-twenty-ninth holdout: 渔船数（艘） in an allocation by 镇街 unread as the quantity; the boat list on the second sheet (masked owners, boat numbers) not found",
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
