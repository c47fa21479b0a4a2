import type { CorpusLayout } from "../types";

// 东莞市工信局 2022-09-06: one list split over two annexes by funding source (信息化专题 / 倍增计划),
// 项目名称 being each firm's own project; places are 东莞's towns and parks.
export const layout: CorpusLayout = {
  id: "dongguan-2022-lianghua-batch1",
  source: {
    title: "关于拨付2022年东莞市工业和信息化专项资金信息化发展专题两化融合应用项目（第一批）资助资金的通知（附件1、2：资助明细表）",
    url: "http://illuminartuitions.com/news/zhengcetongzhi-17904.html",
    publisher: "东莞市工业和信息化局",
    date: "2022-09-06",
    changes:
      "The stored copy gives the notice (29 projects, 979.15万元 = 805.46 信息化专题 + 173.69 倍增) and the two annex " +
      "titles; the annexes themselves (xlsx) are not stored, so the columns are ours, the titles as published. " +
      "Two sheets as the two annexes; 8 + 3 projects, names, codes (area 441900) and amounts invented. Planted: " +
      "sheet 1 row 11 is a double entry of row 5; sheet 2 row 6 has a wrong check character. The notice states no " +
      "per-project cap: the catalog's 100万元 is chosen for the corpus.",
  },
  classes: ["register", "two-sheets", "project-name-column", "credit-codes", "towns-as-places", "item-in-title", "wanyuan-in-header"],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "信息化专题部分",
      widths: [6, 14, 30, 22, 34, 14, 8],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["2022年东莞市工业和信息化专项资金信息化发展专题两化融合应用项目（第一批）资助明细表（信息化专题部分）", null, null, null, null, null, null],
        ["序号", "镇街（园区）", "项目承担单位", "统一社会信用代码", "项目名称", "资助金额（万元）", "备注"],
        [1, "松山湖", "东莞湖畔智能装备有限公司", "91441900MA5J6MB06H", "智能装备生产执行系统（MES）建设项目", 48.6, null],
        [2, "长安镇", "东莞长安精密五金有限公司", "91441900MA43GD9B7B", "五金冲压车间设备联网与数据采集项目", 32.15, null],
        [3, "虎门镇", "东莞虎门服饰科技有限公司", "91441900MA631FLX0D", "服装柔性供应链协同平台", 75, null],
        [4, "塘厦镇", "东莞塘厦电子有限公司", "91441900MA83W81D35", "SMT产线数字化改造项目", 29.88, null],
        [5, "大朗镇", "东莞大朗针织有限公司", "91441900MA40QYN13F", "针织生产云排产系统", 41.2, null],
        [6, "东城街道", "东莞东城包装材料有限公司", "91441900MA45KWBH4C", "包装印刷ERP与MES集成项目", 18.75, null],
        [7, "寮步镇", "东莞寮步光学仪器有限公司", "91441900MA0YRX9H15", "光学镜片检测数据管理平台", 66.4, null],
        [8, "长安镇", "东莞长安精密五金有限公司", "91441900MA43GD9B7B", "五金冲压车间设备联网与数据采集项目", 32.15, null],
        ["合计", null, null, null, null, 344.13, null],
      ],
      merges: ["A2:G2", "A12:E12"],
      numberFormats: { "F4:F12": "0.00" },
    },
    {
      name: "倍增部分",
      widths: [6, 14, 30, 22, 34, 14, 8],
      rows: [
        ["附件2", null, null, null, null, null, null],
        ["2022年东莞市工业和信息化专项资金信息化发展专题两化融合应用项目（第一批）资助明细表（倍增部分）", null, null, null, null, null, null],
        ["序号", "镇街（园区）", "项目承担单位", "统一社会信用代码", "项目名称", "资助金额（万元）", "备注"],
        [1, "厚街镇", "东莞厚街家具制造有限公司", "91441900MA07U2X104", "定制家具数字化设计生产一体化项目", 36.5, "倍增计划企业"],
        [2, "松山湖", "东莞松湖新能源科技有限公司", "91441900MA4R8KXE1K", "电池模组产线数据采集与追溯系统", 22.8, "倍增计划企业"],
        [3, "寮步镇", "东莞寮步汽车配件有限公司", "91441900MA4EWW973P", "汽车配件仓储物流管理系统", 45.1, "倍增计划企业"],
        ["合计", null, null, null, null, 104.4, null],
      ],
      merges: ["A2:G2", "A7:E7"],
      numberFormats: { "F4:F7": "0.00" },
    },
  ],
  catalog: {
    items: [{ name: "两化融合应用项目", capType: "max", capAmount: 100, unit: "万元", year: 2022, document: "东工信〔2021〕118号；东工信函〔2022〕45号" }],
  },
  expect: {
    tables: [
      {
        sheet: "信息化专题部分",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2022,
        item: "两化融合应用项目",
      },
      {
        sheet: "倍增部分",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2022,
        item: "两化融合应用项目",
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        sheet: "信息化专题部分",
        cell: "F11",
        why: "东莞长安精密五金有限公司 (91441900MA43GD9B7B), same project and 32.15万元, in rows 5 and 11: same code, same item, same year",
      },
      {
        rule: "register.invalid-credit-code",
        sheet: "倍增部分",
        cell: "D6",
        why: "91441900MA4EWW973P: the check character over the first 17 characters is G, not P",
      },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "项目名称 holds each firm's own project; the item (两化融合应用项目) is in the titles" },
      { rule: "register.ineligible-location", why: "松山湖, 长安镇, 虎门镇, 塘厦镇, 大朗镇, 东城街道, 寮步镇, 厚街镇 are in 东莞市" },
      { rule: "cap.exceeded", why: "no project above 100万元; the 合计 rows (344.13, 104.40) are not awards" },
      { rule: "register.duplicate", sheet: "倍增部分", why: "the second annex's firms differ from the first's" },
    ],
  },
};
