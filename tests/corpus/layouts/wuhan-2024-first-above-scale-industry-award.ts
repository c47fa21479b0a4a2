import type { CorpusLayout } from "../types";

// 武汉市经济和信息化局 2024-03-27: the city's award for industrial firms first counted above scale (首次进入规模以上工业企业),
// put up for comment as 预安排情况 after the districts' review. Laid out as that annex: the district or development area, the
// firm and its code, when it entered (入规时间, text), the award in 万元 under the header, a 合计.
export const layout: CorpusLayout = {
  id: "wuhan-2024-first-above-scale-industry-award",
  source: {
    title: "关于2024年首次进入规模以上工业企业奖励资金预安排情况的公示（附件：2024年首次进入规模以上工业企业奖励资金预安排情况）",
    url: "http://9918378.cn/news/info/id/6754.html",
    publisher: "武汉市经济和信息化局",
    date: "2024-03-27",
    changes:
      "The notice is as published (武政规〔2022〕23号, 武经信规〔2022〕2号; 经各区（开发区、长江新区）经信部门审核推荐; 公示 3-27 to 4-2). " +
      "The stored copy does not show the annex, so its columns (序号 | 区（开发区） | 企业名称 | 统一社会信用代码 | 入规时间 | " +
      "奖励金额（万元） | 备注) and the 合计 are ours, as are the firms, codes and amounts. The stored notice gives no amount: the " +
      "catalog's fixed 20万元 a firm is chosen for the corpus. Planted: 黄陂汽配 30 where the award is 20; 蔡甸新材料 placed in 蔡甸区 " +
      "with a code issued in 鄂州市华容区 (420703); 鄂州华容机电 in 华容区, outside 武汉.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "credit-codes", "districts-as-places", "development-area-as-place", "city-level-codes", "month-as-text", "wanyuan-in-header", "remark-column", "hubei"],
  settings: { district: "武汉市", asOf: "2024-04-02" },
  sheets: [
    {
      name: "附件",
      widths: [6, 18, 30, 22, 12, 16, 10],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2024年首次进入规模以上工业企业奖励资金预安排情况", null, null, null, null, null, null],
        ["序号", "区（开发区）", "企业名称", "统一社会信用代码", "入规时间", "奖励金额（万元）", "备注"],
        [1, "江夏区", "武汉江夏精密模具有限公司", "91420115MABTH8AJ7C", "2023年1月", 20, null],
        [2, "东西湖区", "武汉临空港食品科技有限公司", "91420112MALNEGK890", "2023年3月", 20, null],
        [3, "黄陂区", "武汉黄陂汽配制造有限公司", "91420116MAA4WQ311Q", "2023年6月", 30, null],
        [4, "东湖新技术开发区", "武汉光谷芯联电子有限公司", "91420100MAUKR5DQ62", "2023年2月", 20, null],
        [5, "蔡甸区", "武汉蔡甸新材料有限公司", "91420703MAWLN8W72T", "2023年9月", 20, null],
        [6, "华容区", "鄂州华容机电设备有限公司", "91420703MA0DYH2N13", "2023年5月", 20, null],
        [7, "新洲区", "武汉新洲钢结构有限公司", "91420117MAKL7KKF57", "2023年12月", 20, null],
        ["合计", null, null, null, null, 150, null],
      ],
      merges: ["A2:G2", "A11:E11"],
      numberFormats: { "F4:F11": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "首次进入规模以上工业企业奖励",
        capType: "fixed",
        capAmount: 20,
        unit: "万元",
        year: 2024,
        document: "武政规〔2022〕23号（每户20万元：为语料选定，公示未载）",
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
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved" },
        year: 2024,
        item: "首次进入规模以上工业企业奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "黄陂汽配 30 where the award is a fixed 20万元: 10万元 over" },
      { rule: "register.location-code-mismatch", cell: "D8", why: "placed in 蔡甸区, inside 武汉, but the code's 420703 is 鄂州市华容区" },
      { rule: "register.ineligible-location", cell: "B9", why: "华容区 is a district of 鄂州市, not of 武汉市" },
    ],
    absent: [
      { rule: "register.location-code-mismatch", cell: "D7", why: "420100 is 武汉市 itself: the city registers firms of 东湖新技术开发区" },
      { rule: "register.location-code-mismatch", cell: "D9", why: "the row is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.ineligible-location", cell: "B7", why: "东湖新技术开发区 is 武汉's development area" },
      { rule: "cap.exceeded", cell: "F11", why: "合计 150 is not an award" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "seven firms, each once" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "input.unreadable-value", why: "入规时间 (2023年1月…) is a month written as text, not an amount" },
      { rule: "register.unpaid", why: "a 2024 list put up for comment in March" },
    ],
  },
};
