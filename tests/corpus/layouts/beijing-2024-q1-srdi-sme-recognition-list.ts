import type { CorpusLayout } from "../types";

// 北京市经济和信息化局 2024-04-22: the first quarter's 专精特新中小企业 put up for comment (附件2, the list itself; 附件1 the
// districts' phone numbers). A recognition list: no money on it — firms by 所属区, 北京经济技术开发区 among the districts.
export const layout: CorpusLayout = {
  id: "beijing-2024-q1-srdi-sme-recognition-list",
  source: {
    title: "北京市经济和信息化局关于2024年第一季度专精特新中小企业拟认定名单的公示（附件2：北京市2024年度第一季度专精特新中小企业拟认定名单）",
    url: "http://dfjdtg.net/fagui/1720.html",
    publisher: "北京市经济和信息化局",
    date: "2024-04-22",
    changes:
      "As published: the notice (公示期 2024-04-22 to 04-26, 附件1 the districts' phone list, 附件2 the list) and the attachment's title. The stored copy " +
      "does not show the attachment's body: its columns (序号 | 企业名称 | 统一社会信用代码 | 所属区), the fifteen firms, their codes and districts are " +
      "ours. Planted: 北京星衡智感科技有限公司 listed twice (rows 4 and 17, same code); 北京金融街链信科技有限公司's code ends P where the GB 32100 " +
      "check character is N. Left as they are: 北京云栈数联信息技术有限公司 and 北京云栈数联科技有限公司 (two firms, two codes); 北京经济技术开发区 as a district.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "districts-as-places", "development-zone-among-districts", "similar-firm-names",
    "attachment-label-row", "notes-under-table", "city-bureau", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "拟认定名单",
      widths: [8, 40, 24, 20],
      rows: [
        ["附件2", null, null, null],
        ["北京市2024年度第一季度专精特新中小企业拟认定名单", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属区"],
        [1, "北京星衡智感科技有限公司", "91110108MA01XK7P2C", "海淀区"],
        [2, "北京云栈数联信息技术有限公司", "91110105MA00RT3L6L", "朝阳区"],
        [3, "北京博瑞芯测半导体设备有限公司", "91110302MA01T6RW8Q", "北京经济技术开发区"],
        [4, "北京恒源昌达新材料科技有限公司", "91110114MA00N2JU5A", "昌平区"],
        [5, "北京翼航精工机械有限公司", "91110113MA01FW9K7Y", "顺义区"],
        [6, "北京丰泽智慧能源科技有限公司", "91110106MA00D7TB1N", "丰台区"],
        [7, "北京运河数智物流科技有限公司", "91110112MA01H4NY8T", "通州区"],
        [8, "北京燕房康源生物医药有限公司", "91110111MA01C6PE9C", "房山区"],
        [9, "北京雁栖微纳光电技术有限公司", "91110116MA00U5GR43", "怀柔区"],
        [10, "北京金融街链信科技有限公司", "91110102MA01B3LX2P", "西城区"],
        [11, "北京知行慧算软件有限公司", "91110108MA00H9QW5K", "海淀区"],
        [12, "北京望京云测检测技术有限公司", "91110105MA01LN8D3F", "朝阳区"],
        [13, "北京云栈数联科技有限公司", "91110115MA00Y2KC60", "大兴区"],
        [14, "北京星衡智感科技有限公司", "91110108MA01XK7P2C", "海淀区"],
        [15, "北京京西智造装备有限公司", "91110109MA01G5JD7L", "门头沟区"],
        ["注：排名不分先后。", null, null, null],
      ],
      merges: ["A2:D2", "A19:D19"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟认定名单", kind: "register", headerRow: 3, lastRow: 18, columns: { B: "enterprise", C: "creditCode", D: "place" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B17", why: "北京星衡智感科技有限公司 (91110108MA01XK7P2C) is already on row 4" },
      { rule: "register.invalid-credit-code", cell: "C13", why: "91110102MA01B3LX2P: the GB 32100 check character for 91110102MA01B3LX2 is N, not P" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B16", why: "北京云栈数联科技有限公司 (91110115MA00Y2KC60) is not 北京云栈数联信息技术有限公司 (91110105MA00RT3L6L): two names, two codes" },
      { rule: "register.ineligible-location", cell: "D6", why: "北京经济技术开发区 is in 北京市 (the city's development zone, listed among the districts)" },
      { rule: "register.ineligible-location", cell: "D18", why: "门头沟区 is a district of 北京市" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "a list put up for comment, no payment columns" },
      { rule: "input.unreadable-value", why: "附件2 above the title and the note under the table are text" },
    ],
  },
};
