import type { CorpusLayout } from "../types";

// 格尔木市农牧局 2025-09-01: the 公告 of a linkage-fund project rewarding the city's recognised 农牧区帮扶车间 — each 车间（工坊）at most
// 50万元 — with its 资金使用明细 in one sentence (two workshops, 35万元 each). Laid out as the city's award list of workshops: 序号 |
// 帮扶车间名称 | 运营主体 | 统一社会信用代码 | 所在乡镇（街道） | 奖补资金 | 备注, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "golmud-2025-aid-workshop-awards",
  source: {
    title: "格尔木市2025年农牧区帮扶车间奖补项目公告（资金使用明细表据公告拟）",
    url: "https://www.geermu.gov.cn/details?id=ff80808198cc03d701990931831a030b",
    publisher: "格尔木市农牧局",
    date: "2025-09-01",
    changes:
      "The notice gives the rule (每家帮扶车间（工坊）不超过50万元), the places (郭勒木德镇文化站、小岛村) and the payments in one sentence " +
      "(two workshops, 35万元 each, 70万元): the table is ours, as are the firms (invented names in place of the two named), their codes, " +
      "three more workshops and their places (towns and a street of 格尔木市). Planted: 大格勒乡's 枸杞 workshop awarded 55万元, over the 50万元 " +
      "maximum; the 唐古拉山镇 firm's code with a wrong check character.",
  },
  classes: [
    "register", "maximum-cap", "catalog-json", "item-from-title", "credit-codes", "towns-as-places", "cooperative-as-payee", "remark-column",
    "total-at-foot", "whole-wanyuan", "wanyuan-caption", "table-from-prose", "county-level-city", "qinghai",
  ],
  settings: { district: "格尔木市" },
  sheets: [
    {
      name: "奖补明细",
      widths: [6, 26, 30, 22, 14, 10, 14],
      rows: [
        ["格尔木市2025年农牧区帮扶车间（工坊）奖补资金使用明细表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "帮扶车间名称", "运营主体", "统一社会信用代码", "所在乡镇（街道）", "奖补资金", "备注"],
        [1, "郭勒木德镇文化站帮扶车间", "青海昆源文化旅游产业有限公司", "91632801MA7HQ3K5XD", "郭勒木德镇", 35, null],
        [2, "小岛村帮扶车间", "格尔木盐湖精酿啤酒有限公司", "91632801MA7JTL8C2F", "郭勒木德镇", 35, null],
        [3, "大格勒乡枸杞加工帮扶工坊", "格尔木大格勒枸杞种植专业合作社", "93632801MA7K0B6Y4Y", "大格勒乡", 55, "工坊"],
        [4, "唐古拉山镇民族服饰帮扶工坊", "格尔木长江源民族服饰有限公司", "91632801MA7N4RW1PD", "唐古拉山镇", 30, "工坊"],
        [5, "河西街道社区帮扶车间", "格尔木河西手工编织有限公司", "91632801MA7P9D3GUB", "河西街道", 20, null],
        ["合计", null, null, null, null, 175, null],
        ["注：奖补资金来源为衔接资金，每家帮扶车间（工坊）奖补不超过50万元，分档分级落实，用于扩大再生产。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:E9", "A10:G10"],
    },
  ],
  catalog: {
    items: [
      {
        name: "帮扶车间（工坊）奖补",
        capType: "max",
        capAmount: 50,
        unit: "万元",
        document: "格尔木市农牧局 对已认定的农牧区帮扶车间给予奖励补助，每家帮扶车间（工坊）原则上不超过50万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
        year: 2025,
        item: "帮扶车间（工坊）奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "大格勒乡枸杞加工帮扶工坊: 55万元 over the 50万元 maximum a workshop, by 5万元" },
      {
        rule: "register.invalid-credit-code",
        cell: "D7",
        why: "91632801MA7N4RW1PD: the check character for 91632801MA7N4RW1P is T, not D",
      },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F9", why: "合计 175 is no award" },
      { rule: "cap.exceeded", cell: "F4", why: "35 is within the 50万元 maximum" },
      { rule: "register.ineligible-location", cell: "E7", why: "唐古拉山镇 is a town of 格尔木市, however far from the city" },
      { rule: "register.ineligible-location", cell: "E6", why: "大格勒乡 is a township of 格尔木市" },
      { rule: "register.ineligible-location", cell: "E8", why: "河西街道 is a street of 格尔木市" },
      { rule: "register.duplicate", cell: "C5", why: "two workshops in 郭勒木德镇 run by two different firms" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's one item" },
      { rule: "register.location-code-mismatch", cell: "D4", why: "632801 is 格尔木市 itself" },
    ],
  },
};
