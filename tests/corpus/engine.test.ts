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
  "liaoning-2024-industrial-strong-counties-list": "hundred-and-eighty-eighth holdout: measured at 0a33583, not yet read as stated: table register at 名单!2: not found; missing register.duplicate at 名单!C8",
  "suifenhe-2019-tax-rebate-and-transfers-budget": "hundred-and-eighty-eighth holdout: measured at 0a33583, not yet read as stated: table at 税收返还和转移支付表!3: read as composition, not execution; table at 税收返还和转移支付表!3: column A read as item, not line; table at 税收返还和转移支付表!3: column B read as amount, not adjustedBudget; missing execution.total-mismatch at 税收返还和转移支付表!B11",
  "henan-2010-top-ten-industrial-cluster-awards": "hundred-and-eighty-seventh holdout: measured at 0a33583, not yet read as stated: table at 附件1!4: read as register, not composition; table at 附件1!4: column B read as enterprise, not line; table at 附件1!4: column C read as approved, not amount; false cap.unknown-policy at 附件1!C5: 政策项 河南省十强产业集聚区 不在政策目录（内置目录）中，无法核对补贴上限（本表 10 行）",
  "gansu-2016-grassland-grazing-ban-subsidy-by-county": "hundred-and-eighty-sixth holdout: measured at 0a33583, not yet read as stated: table at 禁牧补助!3: column A read as item, not category; table at 禁牧补助!3: column B read as nothing, not line",
  "dongguan-2019-techreform-post-award-plan": "hundred-and-eighty-fifth holdout: measured at 0a33583, not yet read as stated: table at 资助计划明细表!3: item [null], not 工业企业技术改造事后奖补（普惠性）",
  "fujian-2017-taiwan-compatriots-association-targets": "hundred-and-eighty-fifth holdout: measured at 0a33583, not yet read as stated: table targets at 绩效目标表!6: not found",
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
