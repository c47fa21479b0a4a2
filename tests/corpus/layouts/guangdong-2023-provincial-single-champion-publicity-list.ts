import type { CorpusLayout } from "../types";

// 广东省工业和信息化厅 2023-12-19: firms that reached the pass line in the 2023 national 单项冠军 selection but are not yet provincial champions are
// recognised directly as 广东省省级制造业单项冠军; the 公示名单 is the attachment. A recognition list — 序号 | 地市 | 企业名称 | 单项冠军产品, no money.
export const layout: CorpusLayout = {
  id: "guangdong-2023-provincial-single-champion-publicity-list",
  source: {
    title: "关于2023年广东省省级制造业单项冠军企业名单的公示（附件：2023年广东省省级制造业单项冠军公示名单）",
    url: "https://xinheqiye.cn/show-4171.html",
    publisher: "广东省工业和信息化厅（转载）",
    date: "2023-12-19",
    changes:
      "As published: the notice and the attachment's title. The stored copy does not show the list's body: its columns (序号 | 地市 | 企业名称 | " +
      "单项冠军产品), firms and products are ours, cut to eleven rows. Planted: 深圳南山微控芯片 listed a second time for the same product; a firm of " +
      "广西梧州市, outside 广东省, on the province's list.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "cities-as-places", "product-column", "annex-title-row", "notes-under-table",
    "province-list", "guangdong",
  ],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 10, 34, 24],
      rows: [
        ["附件", null, null, null],
        ["2023年广东省省级制造业单项冠军公示名单", null, null, null],
        ["序号", "地市", "企业名称", "单项冠军产品"],
        [1, "广州市", "广州天河智联装备股份有限公司", "智能分拣设备"],
        [2, "深圳市", "深圳南山微控芯片有限公司", "电机驱动芯片"],
        [3, "佛山市", "佛山顺德美华电器有限公司", "电热水壶温控器"],
        [4, "东莞市", "东莞松山湖精密模具有限公司", "精密连接器模具"],
        [5, "珠海市", "珠海金湾航电科技有限公司", "机载数据记录仪"],
        [6, "中山市", "中山小榄五金锁业有限公司", "智能门锁锁体"],
        [7, "梧州市", "广西梧州宝石工艺有限公司", "人造宝石"],
        [8, "江门市", "江门新会不锈钢制品有限公司", "不锈钢厨具"],
        [9, "深圳市", "深圳南山微控芯片有限公司", "电机驱动芯片"],
        [10, "汕头市", "汕头澄海玩具科技有限公司", "益智积木"],
        [11, "清远市", "清远英德新材料有限公司", "电子级氢氟酸"],
        ["注：排名不分先后，按地市排列。", null, null, null],
      ],
      merges: ["A2:D2", "A15:D15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "公示名单", kind: "register", headerRow: 3, lastRow: 14, columns: { B: "place", C: "enterprise" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C12", why: "深圳南山微控芯片有限公司 (电机驱动芯片) is listed at 序号 2 and again at 序号 9" },
      { rule: "register.ineligible-location", cell: "B10", why: "梧州市 is in 广西壮族自治区, not 广东省 (the firm's name says 广西梧州)" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B6", why: "佛山市 and every other 地市 but 梧州 is a city of 广东省" },
      { rule: "register.duplicate", cell: "C6", why: "佛山顺德美华 appears once; 顺德 in a name is no repeat" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no money goes unchecked" },
      { rule: "cap.no-cap", why: "no amount to cap" },
      { rule: "register.invalid-credit-code", why: "the list has no credit-code column" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件 above the title and the note under the table are no data" },
    ],
  },
};
