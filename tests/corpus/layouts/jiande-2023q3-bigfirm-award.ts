import type { CorpusLayout } from "../types";

// 建德市经信局 2023-11-06: the policy item and year are only in the title; places are the
// city's streets and towns; amounts in 万元 from the header.
export const layout: CorpusLayout = {
  id: "jiande-2023q3-bigfirm-award",
  source: {
    title: "关于2023年三季度“加大制造业大企业奖励力度”政策奖励资金的公示（附件：政策奖励企业名单）",
    url: "http://www.jiande.gov.cn/art/2023/11/6/art_1229535321_4216875.html",
    publisher: "建德市经济和信息化局",
    date: "2023-11-06",
    changes:
      "Header wording (序号/乡镇/单位详细名称/奖励金额(万元)), the 附件 line and the title are as published. " +
      "Enterprise names and amounts invented; 9 rows instead of the published 9 firms' real ones; a 合计 row " +
      "added (the notice gives the total, 266万元, only in its text). Planted: row 9 repeats row 3's enterprise " +
      "(a double entry). The cap (单个企业奖励最高不超过1000万元) is from the notice's text.",
  },
  classes: ["register", "item-in-title", "towns-as-places", "wanyuan-in-header"],
  settings: { district: "建德市" },
  sheets: [
    {
      name: "附件",
      widths: [8, 16, 36, 16],
      rows: [
        ["附件", null, null, null],
        ["2023年三季度“加大制造业大企业奖励力度”政策奖励企业名单", null, null, null],
        ["序号", "乡镇", "单位详细名称", "奖励金额(万元)"],
        [1, "新安江街道", "建德市江南新材料有限公司", 30],
        [2, "新安江街道", "杭州严州饮品有限公司", 26],
        [3, "新安江街道", "浙江新安化机装备有限公司", 14],
        [4, "洋溪街道", "杭州洋溪环保科技有限公司", 4],
        [5, "经开区(梅城)", "浙江梅城特种材料有限公司", 22],
        [6, "梅城镇", "建德市梅城精密铸造有限公司", 8],
        [7, "寿昌镇", "浙江寿昌新能源科技有限公司", 12],
        [8, "乾潭镇", "建德市乾潭机电有限公司", 6],
        [9, "新安江街道", "浙江新安化机装备有限公司", 14],
        ["合计", null, null, 136],
      ],
      merges: ["A2:D2", "A13:C13"],
    },
  ],
  catalog: {
    items: [
      {
        name: "加大制造业大企业奖励力度",
        capType: "max",
        capAmount: 1000,
        unit: "万元",
        year: 2023,
        document: "杭州市经信局 关于印发2023年三季度“加大制造业大企业奖励力度”政策实施细则的通知",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "approved" },
        year: 2023,
        item: "加大制造业大企业奖励力度",
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        cell: "D12",
        why: "浙江新安化机装备有限公司 appears in row 6 (序号3, 14万元) and again in row 12 (序号9, 14万元): same enterprise, same item (from the title), same year 2023",
      },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "新安江街道, 洋溪街道, 经开区(梅城), 梅城镇, 寿昌镇, 乾潭镇 are all in 建德市 (settings.district)" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog; the list has no item column to read" },
      { rule: "cap.exceeded", why: "every award (max 30万元) is under the 1000万元 cap; the 合计 row (136) is not an award" },
      { rule: "register.duplicate", cell: "D13", why: "the 合计 row is not an enterprise" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件 is a caption above the title, not a table cell" },
    ],
  },
};
