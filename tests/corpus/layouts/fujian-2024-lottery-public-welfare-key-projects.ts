import type { CorpusLayout } from "../types";

// 福建省 2024 (reported 2023-12-25): the province's competitive review of local public-welfare projects for the central special
// lottery fund — eleven projects by city and county, each to receive 1,500–3,000万元.
export const layout: CorpusLayout = {
  id: "fujian-2024-lottery-public-welfare-key-projects",
  source: {
    title: "11个地方社会公益事业发展重点项目获中央专项彩票公益金支持",
    url: "https://fjrb.fjdaily.com/pc/con/202312/25/content_331119.html",
    publisher: "福建日报（福建省财政厅评审）",
    date: "2023-12-25",
    changes:
      "The eleven projects with their counties (福清市, 仙游县, 惠安县, 芗城区, 永定区, 长汀县, 沙县区, 尤溪县, 建阳区, 顺昌县, 平潭综合实验区) and the " +
      "1,500万–3,000万元 range are as published in the news item; the table (表据正文拟), the 设区市 column and each project's sum are ours. " +
      "Planted: the 合计 states 23,800 where the eleven sums add up to 23,600.",
  },
  classes: ["composition", "place-column", "total-row", "built-from-prose", "wanyuan-header", "fujian"],
  sheets: [
    {
      name: "重点项目",
      widths: [6, 12, 16, 50, 16],
      rows: [
        ["2024年中央专项彩票公益金支持地方社会公益事业发展重点项目评审结果表（表据正文拟）", null, null, null, null],
        ["序号", "设区市", "县（市、区）", "项目名称", "拟补助资金（万元）"],
        [1, "福州市", "福清市", "南岭镇山海草原观光道项目", 2500],
        [2, "莆田市", "仙游县", "赖店镇乡村品质综合治理提升项目", 2000],
        [3, "泉州市", "惠安县", "林辋溪溪滨公园段水文整治生态修复工程", 3000],
        [4, "漳州市", "芗城区", "开漳圣王文化交流中心配套工程一期", 1800],
        [5, "龙岩市", "永定区", "环“世遗”土楼体育健身休闲绿道项目", 2200],
        [6, "龙岩市", "长汀县", "长征出发地红色马拉松基础设施项目", 1500],
        [7, "三明市", "沙县区", "罗从彦健身休闲公园提升改造项目", 2600],
        [8, "三明市", "尤溪县", "尤溪县体育中心提升改造项目", 1900],
        [9, "南平市", "建阳区", "寒泉精舍文化园遗址修复工程项目", 1600],
        [10, "南平市", "顺昌县", "顺昌县农村公益性老年公寓建设项目", 1500],
        [11, "平潭综合实验区", "平潭综合实验区", "南部湾健身步道（凤凰湾至将军山）项目", 3000],
        ["合计", null, null, null, 23800],
        ["注：按照“最短板”“最需要”“最受益”的原则竞争性评审，每个项目补助1500万～3000万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:D14", "A15:E15"],
    },
  ],
  settings: { district: "福建省" },
  expect: {
    tables: [
      { sheet: "重点项目", kind: "composition", unit: "万元", headerRow: 2, lastRow: 14, columns: { B: "category", D: "line", E: "amount" }, year: 2024 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E14",
        why: "合计 states 23,800; 2,500 + 2,000 + 3,000 + 1,800 + 2,200 + 1,500 + 2,600 + 1,900 + 1,600 + 1,500 + 3,000 = 23,600 (200万元 too much)",
      },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "no register; every county named lies in 福建省 (平潭综合实验区 included)" },
      { rule: "cap.exceeded", why: "no register and no catalog: 3,000 is the top of the stated range, not above it" },
      { rule: "cap.unknown-policy", why: "a list of projects, not of applicants" },
      { rule: "register.duplicate", why: "two projects per city (龙岩, 三明, 南平) are different projects" },
      { rule: "input.unreadable-value", why: "the note's 1500万～3000万元 is prose" },
    ],
  },
};
