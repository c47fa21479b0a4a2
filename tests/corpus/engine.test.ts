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
  "hebei-2019-rural-water-safety-upgrade-targets": "hundred-and-fifteenth holdout: a target table whose header label states its points in a bracket (年度绩效指标（90分）, merged down the indicators) while the 分值 add up to 95: the stated total is unread, so selfeval.weights is missing",
  "changji-manas-water-saving-irrigation-demo-investment": "hundred-and-sixteenth holdout: 总投资 over 资金来源 = 中央财政水利资金 | 地方投资 by county: the central fund read as the amount, not 总投资 with its two sources as parts",
  "huangpi-2021-smart-retrofit-first-review-list": "hundred-and-sixteenth holdout: a money-less 初审名单 of firms (企业名称 | 统一社会信用代码 | 所在街乡 | 项目名称 | 备注 符合) not found, so its bad credit code goes unseen",
  "shanghai-2023-national-programme-local-matching-batch2": "hundred-and-sixteenth holdout: 经费 over 国拨经费 | 拟匹配金额: the national grant the match is computed on is not read as the base",
  "sichuan-2021-rural-revitalisation-award-standards-and-list": "hundred-and-fourteenth holdout: a catalog of standards (序号 | 类别 | 奖补对象 | 补助标准, 每个一次性奖补6000万元 / 补差500万元) read as a register (奖补对象 as the enterprise, the standards unread), so its list's items are unknown policies and the over-cap award goes unseen",
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
