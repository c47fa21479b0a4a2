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
  "shaanxi-2021-2023-linkage-fund-inputs": "hundred-and-twentieth holdout: money by year (年度 | 合计 | 其中 中央衔接资金 | 省级衔接资金, 亿元, a 合计 row) not found, so two total slips go unseen",
  "henan-2023-advanced-manufacturing-clusters-proposed-list": "hundred-and-nineteenth holdout: a money-less 公示名单 of clusters (集群名称 | 所在地区 | 牵头单位（集群促进机构）) not found, where guizhou-2023 reads such a list as a register",
  "baoshan-orphan-child-living-allowance-by-county": "hundred-and-eighteenth holdout: 实发资金合计 over its sources (中央和省级 | 州(市)配套 | 县(市、区)配套) with a 结余资金 column after them: the balance left added as a part, two false total slips",
  "yunnan-2021-county-economy-top-and-leap-counties-list": "hundred-and-eighteenth holdout: a money-less recognition list of counties (州（市） | 县（市、区） | 类别) under a …名单 title not found, so its outside city and repeated county go unseen",
  "jiangxi-2023-batch1-high-tech-candidates": "hundred-and-seventeenth holdout: 所属设区市 beside 所属县（市、区） in a money-less list read as the tax registration place (taxRegisteredIn), not the place",
  "zhongshan-2024-demo-village-advance-allocation": "hundred-and-seventeenth holdout: an allocation to demonstration villages (镇街 | 示范村名称 | 类型 | 下拨金额, the project, subject and goal merged down) read as a register of villages",
  "zhongshan-2024-key-area-typical-village-funds": "hundred-and-seventeenth holdout: 重点片区 (areas named by their villages, 桂南—塘敢—雍陌片区) beside 涉及行政村 read as nothing, not the lines",
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
