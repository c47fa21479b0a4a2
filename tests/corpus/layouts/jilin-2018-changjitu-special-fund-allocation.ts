import type { CorpusLayout } from "../types";

// 吉林省长吉图办、省财政厅 2017-12-12: 2018年长吉图开发开放先导区建设专项资金申报指南 — addressed to 长春市、吉林市、延边州、珲春市,
// 德惠市、农安县、九台区、双阳区、蛟河市、永吉县 and 通化市; two directions (基础设施项目 / 体制机制创新先行先试项目). Laid out as the
// 资金分配表 such a fund's release annexes: place lines under their city's 小计, the direction, the money.
export const layout: CorpusLayout = {
  id: "jilin-2018-changjitu-special-fund-allocation",
  source: {
    title: "2018年长吉图开发开放先导区建设专项资金分配表（表据正文拟）",
    url: "http://hslig.com/html/.zwgggsgggg201712t20171220_2883500.html",
    publisher: "吉林省长吉图办、吉林省财政厅 (page stored on a mirror)",
    date: "2017-12-12",
    changes:
      "As published: the fund, the addressees (长春市、吉林市、延边州、珲春市; 德惠市、农安县、九台区、双阳区、蛟河市、永吉县; 通化市) and the " +
      "two directions (基础设施项目, 体制机制创新先行先试项目). The notice is a call for applications: the allocation table (序号 | 地区 | " +
      "支持方向 | 分配资金（万元） | 备注), the city 小计 rows and all amounts are ours. Planted: 吉林市 小计 typed 1,250 where " +
      "蛟河市 700 + 永吉县 450 = 1,150; the 合计 6,200 agrees with the lines.",
  },
  classes: ["composition", "allocation", "places-as-lines", "subtotals", "category-column", "subtotal-slip", "wanyuan-in-header", "total-at-foot", "table-from-prose", "province-wide-fund", "jilin"],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "资金分配表",
      widths: [6, 14, 26, 16, 18],
      rows: [
        ["2018年长吉图开发开放先导区建设专项资金分配表", null, null, null, null],
        ["序号", "地区", "支持方向", "分配资金（万元）", "备注"],
        ["一", "长春市小计", null, 3100, null],
        [1, "德惠市", "基础设施项目", 1200, null],
        [2, "农安县", "基础设施项目", 800, null],
        [3, "九台区", "体制机制创新先行先试项目", 600, null],
        [4, "双阳区", "基础设施项目", 500, null],
        ["二", "吉林市小计", null, 1250, null],
        [5, "蛟河市", "基础设施项目", 700, null],
        [6, "永吉县", "体制机制创新先行先试项目", 450, null],
        ["三", "延边州", "基础设施项目", 900, "含长吉图办本级"],
        ["四", "珲春市", "体制机制创新先行先试项目", 650, "珲春国际合作示范区"],
        ["五", "通化市", "基础设施项目", 400, null],
        ["合计", null, null, 6200, null],
        ["注：专项资金按项目评审结果分配，由各地财政部门按规定及时拨付项目单位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:C14", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "line", C: "category", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "吉林市小计 1,250 where 蛟河市 700 + 永吉县 450 = 1,150: 100 too much" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D14", why: "合计 6,200 = 1,200 + 800 + 600 + 500 + 700 + 450 + 900 + 650 + 400; the slip is the 小计's, reported once" },
      { rule: "composition.total-mismatch", cell: "D3", why: "长春市小计 3,100 = 1,200 + 800 + 600 + 500" },
      { rule: "register.ineligible-location", why: "every place is in 吉林省" },
      { rule: "input.unreadable-value", why: "备注 text and the note row are text" },
    ],
  },
};
