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
  "beijing-2024-q1-srdi-sme-recognition-list": "sixty-eighth holdout: a recognition list with no amount column reported as cap.unknown-policy, though no amount goes unchecked",
  "jiaxian-2023-ethnic-linkage-surplus-project": "sixty-eighth holdout: a project arrangement table (项目名称 | 项目类型 | 建设性质 | 实施地点 | 建设任务 | 计划投资 | 受益对象) read as a register",
  "qingdao-2022-outstanding-entrepreneur-awards": "sixty-eighth holdout: a catalog of titles (称号 | 名额 | 奖励标准) not found, and a list's person column (姓名) read as the item beside its 称号 column",
  "xiqing-2016-approval-bureau-three-public-budget": "sixty-eighth holdout: a 三公经费 budget laid across one row (合计 | 因公出国 | 公务用车费 小计 … | 公务接待费) read as a composition",
  "changzhou-2005-village-construction-subsidy-plan": "sixty-fifth holdout: an allocation by city and recipient unit (辖市（区） | 补贴单位 | 补贴项目, a 小计 per city) with the city unread and the unit read as the category",
  "fengxian-2023-vegetable-mapping-subsidy-allocation": "sixty-fifth holdout: two groups of area × standard = money under merged headings (绿叶菜 | 其他蔬菜) beside a 合计: the groups' areas unread, a line's product unchecked",
  "songyang-2023-leading-agri-firm-loan-interest": "sixty-fifth holdout: a loan-interest list's 付息金额 (interest paid) unread as the base its catalog's 实际支付利息 names",
  "yangzhou-2019-characteristic-town-fund-targets": "sixty-fifth holdout: a target table under head fields and a 年度绩效目标（100分） row not found",
  "chongqing-2019-specialised-sme-recognition-list": "sixty-seventh holdout: a recognition list with no amount column reported as cap.unknown-policy, though no amount goes unchecked",
  "daying-2020-civility-fund-targets-and-money": "sixty-seventh holdout: a target grid's 实施进度 column (已完成100%) unread as the stated result, and the money table below (资金计划 | 资金到位情况 | 资金使用情况 | 结余资金) read as a composition, not execution",
  "gansu-2012-province-fiscal-budget-execution": "sixty-seventh holdout: 其中 parts by level (省级支出 | 市县支出) under 财政支出 not taken as all of it, their slip unreported",
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
