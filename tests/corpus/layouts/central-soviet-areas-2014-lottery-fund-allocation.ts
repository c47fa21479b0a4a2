import type { CorpusLayout } from "../types";

// 中国政府网 2014-07-08: 中央财政下拨中央专项彩票公益金7.13亿元, 支持江西省、福建省、广东省原中央苏区社会公益事业建设项目 (社会福利、群众体育、残疾人事业) —
// 江西省4.23亿元, 福建省2亿元, 广东省0.9亿元. Laid out as the allocation: 序号 | 地区 | 安排资金 | 主要用途, 单位：万元, 合计 first, each province numbered
// 一 / 二 / 三 over its cities numbered 1, 2, 3.
export const layout: CorpusLayout = {
  id: "central-soviet-areas-2014-lottery-fund-allocation",
  source: {
    title: "中央财政下拨7.13亿元支持原中央苏区社会公益事业（2014年中央专项彩票公益金支持原中央苏区项目资金安排表，表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2014-07/08/content_2713895.htm",
    publisher: "中国政府网",
    date: "2014-07-08",
    changes:
      "As published: the 7.13亿元 (71,300万元), its uses (社会福利、群众体育、残疾人事业项目建设) and the three provinces' sums (江西省4.23亿元, 福建省2亿元, 广东省0.9亿元). " +
      "The report gives no table: the split over each province's 原中央苏区 cities and the layout are ours (表据正文拟), each province adding up to its published sum. " +
      "Planted: 三明市 typed 10,040 for 10,400, so 福建省's 20,000 (the published 2亿元) no longer agrees with its cities (19,640).",
  },
  classes: [
    "composition", "allocation-by-place", "subtotal-rows-heading-groups", "outline-numbering", "total-row-first", "text-column-after-money",
    "whole-wanyuan", "wanyuan-caption", "transposed-digits", "notes-under-table", "table-from-prose", "central-fund", "jiangxi", "fujian", "guangdong",
  ],
  sheets: [
    {
      name: "安排表",
      widths: [6, 14, 14, 40],
      rows: [
        ["2014年中央专项彩票公益金支持原中央苏区社会公益事业建设项目资金安排表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "地区", "安排资金", "主要用途"],
        ["合计", null, 71300, null],
        ["一", "江西省", 42300, "社会福利、群众体育、残疾人事业项目建设"],
        [1, "赣州市", 24800, "社会福利、群众体育、残疾人事业项目建设"],
        [2, "吉安市", 10200, "社会福利、群众体育项目建设"],
        [3, "抚州市", 7300, "社会福利、残疾人事业项目建设"],
        ["二", "福建省", 20000, "社会福利、群众体育、残疾人事业项目建设"],
        [1, "龙岩市", 9600, "社会福利、群众体育、残疾人事业项目建设"],
        [2, "三明市", 10040, "社会福利、群众体育项目建设"],
        ["三", "广东省", 9000, "社会福利、群众体育、残疾人事业项目建设"],
        [1, "梅州市", 5600, "社会福利、残疾人事业项目建设"],
        [2, "韶关市", 3400, "群众体育项目建设"],
        ["注：资金专项用于原中央苏区社会福利、群众体育、残疾人事业项目建设。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A15:D15"],
      numberFormats: { "C4:C14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2014 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "福建省 20,000; its cities add up to 9,600 + 10,040 = 19,640 (360万元 short: 三明市 typed 10,040 for 10,400)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 71,300 = 42,300 + 20,000 + 9,000 (the provinces as typed, the published 7.13亿元): the slip is reported once, at 福建省" },
      { rule: "composition.total-mismatch", cell: "C5", why: "江西省 42,300 = 24,800 + 10,200 + 7,300" },
      { rule: "composition.total-mismatch", cell: "C12", why: "广东省 9,000 = 5,600 + 3,400" },
      { rule: "composition.total-mismatch", cell: "C6", why: "cities are lines, never added again into 合计 beside their provinces" },
      { rule: "register.duplicate", why: "an allocation among provinces and cities, no register; the cities' numbers restart under each province" },
      { rule: "cap.unknown-policy", why: "an allocation, no list of payees" },
    ],
  },
};
