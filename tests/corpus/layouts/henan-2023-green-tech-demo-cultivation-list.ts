import type { CorpusLayout } from "../types";

// 河南省科学技术厅 2024-01-03: 28 units proposed for the 2023 河南省绿色技术创新示范企业（基地）培育名单, put up for comment
// (1月3日—1月9日); the annex is a recognition list with no money column, and the stored copy does not show it.
export const layout: CorpusLayout = {
  id: "henan-2023-green-tech-demo-cultivation-list",
  source: {
    title: "关于2023年度河南省绿色技术创新示范企业（基地）拟培育名单的公示（附件：拟培育名单；表据公示拟）",
    url: "http://xinghuokc.com/gonggao/967.html",
    publisher: "河南省科学技术厅",
    date: "2024-01-03",
    changes:
      "As published: the notice (形式审查、会议评审、现场考察、随机抽查、部门审核; 28 units; 公示期 5 个工作日, 1月3日—1月9日; objections to " +
      "资源环境与社会事业科技处 and the 机关纪委). The stored copy does not show the annex: its title, columns (序号 | 单位名称 | 统一社会信用代码 | " +
      "所在地 | 类别) and the twelve rows (of 28) are ours; no money column, as a 培育名单 carries none. Planted: 新乡 firm listed again at row 12 " +
      "(same name and code as row 5); 许昌 firm's code ends 7 where the GB 32100 check character is 4. Left: 济源示范区 among the cities, a 事业单位 " +
      "code beginning 12.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "demonstration-zone-among-cities", "kind-column",
    "institution-code", "put-up-for-comment", "excerpt", "notes-under-table", "table-from-prose", "province-wide-list", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "拟培育名单",
      widths: [6, 36, 22, 12, 12],
      rows: [
        ["附件", null, null, null, null],
        ["2023年度河南省绿色技术创新示范企业（基地）拟培育名单", null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "所在地", "类别"],
        [1, "郑州绿源环境工程技术有限公司", "91410100MA44R2K3XN", "郑州市", "示范企业"],
        [2, "洛阳中岳节能装备股份有限公司", "91410300MA9F7N1P4J", "洛阳市", "示范企业"],
        [3, "新乡华清膜分离技术有限公司", "91410700MA47D5H2RD", "新乡市", "示范企业"],
        [4, "许昌蓝天再生资源科技有限公司", "91411000MA9G2C8L6X", "许昌市", "示范企业"],
        [5, "济源丰源冶炼渣综合利用有限公司", "91419001MA45T3W7K9", "济源示范区", "示范企业"],
        [6, "开封碧水低碳农业科技有限公司", "91410200MA9H6Q4M1Y", "开封市", "示范企业"],
        [7, "焦作怀川固废资源化科技有限公司", "91410800MA46B9E3N7", "焦作市", "示范企业"],
        [8, "南阳宛北生物质能源有限公司", "91411300MA9K4X5T28", "南阳市", "示范企业"],
        [9, "郑州航空港区绿色建材产业园", "91410100MA9L7P2D84", "郑州市", "示范基地"],
        [10, "安阳钢铁产业超低排放技术示范基地", "91410500MA47E2R9W3", "安阳市", "示范基地"],
        [11, "河南省环境保护科学研究院", "12410000MB1A3H5K6H", "郑州市", "示范基地"],
        [12, "新乡华清膜分离技术有限公司", "91410700MA47D5H2RD", "新乡市", "示范企业"],
        ["注：名单按推荐单位排序，排名不分先后；共28家，此处摘录12家。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A16:E16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟培育名单",
        kind: "register",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B15", why: "新乡华清膜分离技术有限公司 (91410700MA47D5H2RD) already listed at row 6 (序号 3)" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91410800MA46B9E3N7: the GB 32100 check character for 91410800MA46B9E3N is 4, not 7" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no money goes unchecked" },
      { rule: "register.ineligible-location", cell: "D8", why: "济源示范区 is a province-administered area of 河南省" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "12410000MB1A3H5K6H is a valid 事业单位 code (check character H)" },
      { rule: "register.duplicate", cell: "B12", why: "two 郑州 units with different names and codes" },
      { rule: "input.unreadable-value", why: "the title rows and the note under the table are text" },
    ],
  },
};
