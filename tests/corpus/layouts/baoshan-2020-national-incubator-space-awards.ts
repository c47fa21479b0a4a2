import type { CorpusLayout } from "../types";

// 宝山区科委 (宝科委〔2021〕13号): 15万元 to each carrier newly recognised in 2020 as a 国家级科技企业孵化器 or 众创空间;
// the annex (a pdf) is not stored, so its table is ours. Planted: one credit code with a wrong check character, one award of 20 above 15.
export const layout: CorpusLayout = {
  id: "baoshan-2020-national-incubator-space-awards",
  source: {
    title: "宝山区对2020年度新认定为国家级科技企业孵化器、众创空间予以奖励的通知（宝科委〔2021〕13号）",
    url: "http://www.mabefezels.com/index.php/Index/newsDeil/id/2336",
    publisher: "上海市宝山区科学技术委员会",
    date: "2021",
    changes:
      "The notice gives two carriers 15万元 each and refers to 附件：2020年度新认定为国家级科技企业孵化器、众创空间奖励资金汇总表 (a pdf not " +
      "stored). The annex's table (序号 | 单位名称 | 统一社会信用代码 | 奖励事项 | 奖励金额, 合计) is ours, with four invented carriers " +
      "and codes of 宝山 (310113). The catalog holds the notice's 15万元 per recognition. Planted: row 3's code ends D where its check " +
      "character is C; row 4 awarded 20万元 against the 15万元 cap.",
  },
  classes: ["register", "credit-code-column", "item-column", "annex-not-shown", "catalog-from-notice", "fixed-caps", "whole-wanyuan", "wanyuan-caption", "total-row-last", "district-level", "shanghai"],
  settings: { district: "宝山区" },
  catalog: {
    items: [
      { name: "新认定国家级科技企业孵化器", category: "科技创新载体", capType: "max", capAmount: 15, unit: "万元", year: 2020, document: "宝科委〔2021〕13号" },
      { name: "新认定国家级众创空间", category: "科技创新载体", capType: "max", capAmount: 15, unit: "万元", year: 2020, document: "宝科委〔2021〕13号" },
    ],
  },
  sheets: [
    {
      name: "附件",
      widths: [6, 34, 22, 26, 12],
      rows: [
        ["附件", null, null, null, null],
        ["2020年度新认定为国家级科技企业孵化器、众创空间奖励资金汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位名称", "统一社会信用代码", "奖励事项", "奖励金额"],
        [1, "上海宝杨企业管理有限公司", "91310113MA1G8K3P2L", "新认定国家级科技企业孵化器", 15],
        [2, "罗泾谷（上海）众创空间管理有限公司", "91310113MA1H2N7Q4C", "新认定国家级众创空间", 15],
        [3, "上海淞南科创孵化器有限公司", "91310113MA1J5R0T6D", "新认定国家级科技企业孵化器", 15],
        [4, "上海顾村创客空间管理有限公司", "91310113MA1K7W2X8Q", "新认定国家级众创空间", 20],
        ["合计", null, null, null, 65],
      ],
      merges: ["A2:E2", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C7", why: "91310113MA1J5R0T6D: the first 17 characters give the check character C, not D" },
      { rule: "cap.exceeded", cell: "E8", why: "新认定国家级众创空间 is capped at 15万元; 上海顾村创客空间管理有限公司 is awarded 20: 5万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "15 + 15 + 15 + 20 = 65万元 as stated" },
      { rule: "register.duplicate", why: "four different carriers, each once" },
      { rule: "cap.unknown-policy", cell: "D5", why: "both 奖励事项 are catalog items" },
      { rule: "register.location-code-mismatch", cell: "C5", why: "characters 3–8 are 310113, 宝山区" },
      { rule: "register.invalid-credit-code", cell: "C5", why: "91310113MA1G8K3P2L has its right check character" },
    ],
  },
};
