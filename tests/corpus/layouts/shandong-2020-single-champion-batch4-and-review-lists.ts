import type { CorpusLayout } from "../types";

// 山东省工信厅 / 山东省工业经济联合会 2020-12-31 (鲁工信产〔2020〕237号): the 第四批山东省制造业单项冠军企业 (118) and the first batch's
// firms that passed review (59) — two annex sheets, 序号 | 企业名称 | 主导产品 | 所在市, no money.
export const layout: CorpusLayout = {
  id: "shandong-2020-single-champion-batch4-and-review-lists",
  source: {
    title: "关于公布第四批山东省制造业单项冠军企业名单及通过复核的第一批制造业单项冠军企业名单的通知（鲁工信产〔2020〕237号）",
    url: "https://bizlaba.com/post/10764.html",
    publisher: "山东省工业和信息化厅、山东省工业经济联合会",
    date: "2020-12-31",
    changes:
      "The notice is as published (鲁经信产〔2017〕143号, 鲁工信产〔2020〕74号; 118 new firms, 59 through review; 鲁经信产〔2017〕551号 repealed). " +
      "The annex is a PDF the stored copy does not show: its two lists are laid out as 序号 | 企业名称 | 主导产品 | 所在市, cut to six and four " +
      "rows, firms and products ours. Planted: 潍坊寿光晨辉纸业 listed twice in the fourth batch; 徐州华源轴承 placed in 徐州市 (江苏).",
  },
  classes: ["register", "recognition-list", "no-amount-column", "two-sheets", "product-column", "cities-as-places", "place-outside-province", "notes-under-table", "table-not-in-stored-copy", "province-wide-list", "shandong"],
  settings: { district: "山东省", asOf: "2020-12-31" },
  sheets: [
    {
      name: "第四批",
      widths: [6, 34, 26, 10],
      rows: [
        ["附件1", null, null, null],
        ["第四批山东省制造业单项冠军企业名单", null, null, null],
        ["序号", "企业名称", "主导产品", "所在市"],
        [1, "济南章丘锻压机床有限公司", "数控折弯机", "济南市"],
        [2, "青岛即墨海岳橡胶制品有限公司", "输送带", "青岛市"],
        [3, "潍坊寿光晨辉纸业有限公司", "涂布白纸板", "潍坊市"],
        [4, "烟台福山精工齿轮有限公司", "汽车变速箱齿轮", "烟台市"],
        [5, "徐州华源轴承有限公司", "圆锥滚子轴承", "徐州市"],
        [6, "潍坊寿光晨辉纸业有限公司", "涂布白纸板", "潍坊市"],
        ["注：排名不分先后。", null, null, null],
      ],
      merges: ["A2:D2", "A10:D10"],
    },
    {
      name: "通过复核",
      widths: [6, 34, 26, 10],
      rows: [
        ["附件2", null, null, null],
        ["通过复核的第一批山东省制造业单项冠军企业名单", null, null, null],
        ["序号", "企业名称", "主导产品", "所在市"],
        [1, "淄博张店特种陶瓷有限公司", "氧化铝陶瓷球", "淄博市"],
        [2, "临沂罗庄化工机械有限公司", "搪玻璃反应釜", "临沂市"],
        [3, "威海文登机电股份有限公司", "微型电机", "威海市"],
        [4, "德州宁津健身器材有限公司", "商用跑步机", "德州市"],
      ],
      merges: ["A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "第四批", kind: "register", headerRow: 3, lastRow: 9, columns: { B: "enterprise", D: "place" } },
      { sheet: "通过复核", kind: "register", headerRow: 3, lastRow: 7, columns: { B: "enterprise", D: "place" } },
    ],
    findings: [
      { rule: "register.duplicate", sheet: "第四批", cell: "B9", why: "潍坊寿光晨辉纸业有限公司 listed again after row 6 in the same list" },
      { rule: "register.ineligible-location", sheet: "第四批", cell: "D8", why: "徐州市 is a city of 江苏省, not of 山东省 whose list this is" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "recognition lists with no amount column: no amount goes unchecked" },
      { rule: "cap.unknown-policy", sheet: "第四批", cell: "C4", why: "主导产品 is the firm's product, no policy item" },
      { rule: "register.ineligible-location", sheet: "通过复核", why: "every place is a city of 山东省" },
      { rule: "register.duplicate", sheet: "通过复核", why: "four different firms" },
    ],
  },
};
