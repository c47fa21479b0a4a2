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
  // Thirtieth holdout, measured at engine commit f1d433e (tests/corpus/README.md, "Thirtieth holdout").
  "baoshan-sh-2020-cruise-economy-project-guide": "the district is settled now (宝山区 taken as 上海市宝山区 by its codes' area 310113, with a notice); left: the guide's block label merged down (A 邮轮经济) read as nothing, not category, and sub-items numbered inside one standard cell (A02-1：…300万元 / A02-2：…200万元; A06-1…A06-3 per voyage) read as one unreadable standard, so the register's sub-item codes (A02-1, A04-2) find no cap",
  // Thirty-second holdout, measured at engine commit 8e1a354 (tests/corpus/README.md, "Thirty-second holdout").
  "jiangmen-2021-may-municipal-spending-progress-ranking": "排名 | 单位名称 | 项目支出预算 | 已支付 | 支付率 | 与序时进度差（百分点）: the budget read as a part of the paid, the 序时进度 in the note unread",
  // Thirty-third holdout, measured at engine commit 6d064fc (tests/corpus/README.md, "Thirty-third holdout").
  "chengxiang-2024-whole-village-fund-payment": "镇（街道） | 村 | 项目名称 | 补助资金 | … | 已拨付 | 本次拨付: the village read as the item, not who is paid; an award with nothing paid on a list recording payments not reported unpaid",
  "haikou-hitech-2024-biodegradable-materials-measures": "a catalog's 条款 (第三条, 第四条) read as the document, not the code; stepped rates (阶梯式: 达到3000万元…0.5%, …) read as the lowest step, false rate-exceeded on three rows",
  "tianzhu-2010-rural-drinking-water-funding": "批次 | 建设内容 | 工程处数 | 总投资 | 中央投资 | 省级匹配 | 州县配套: the batch unread as the line, the count unread, the sources not read as parts of 总投资",
  "yueyangxian-2022-provincial-demo-family-farms": "a 推荐名单 with no money: 推荐类别 read as the item, not the category",
  "zhongshan-2023-rural-revitalisation-demo-village-allocation": "镇街 | 示范村名称 | (an unheaded type column) | 提前下达金额 | 项目名称 | 绩效目标: 镇街 unread, where it is the villages' category",
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
