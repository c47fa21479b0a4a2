import type { CorpusLayout } from "../types";

// 石家庄市发展和改革委员会 石发改高技〔2022〕526号 (2022-09-15): 2022年度高新技术成果落地奖 — projects completed and in production
// after 2021-11-01 with a total investment above 3000万元, put forward by the counties, districts and the two parks. Laid out
// as the list of projects to be awarded, county first, the completion date and the investment beside the award.
export const layout: CorpusLayout = {
  id: "shijiazhuang-2022-high-tech-landing-award",
  source: {
    title: "关于组织2022年度高新技术成果落地奖申报工作的通知（石发改高技〔2022〕526号）— 拟奖励项目名单（据申报范围拟）",
    url: "http://hzmc.net.cn/show-20-563-1.html",
    publisher: "石家庄市发展和改革委员会",
    date: "2022-09-15",
    changes:
      "As published: the award's name, its rules (《高新技术成果落地石家庄奖励办法》), the scope (2021年11月1日后竣工投产，总投资3000万元以上的" +
      "高新技术产业化项目) and who puts projects forward (各县（市、区）发改局，高新区、循环化工园区经发局). The notice is the call; the list " +
      "(序号 | 县（市、区） | 项目单位 | 统一社会信用代码 | 项目名称 | 竣工投产时间 | 总投资 | 奖励金额), units, codes and figures are ours; the " +
      "rules' award amounts are not on the page, so no cap is checked. Planted: a project placed in 保定市徐水区; one unit listed twice for the " +
      "same award; one code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "year-in-title", "no-catalog", "counties-as-places", "parks-among-districts", "date-column-not-payment", "credit-codes", "wanyuan-caption", "total-at-foot", "city-wide-fund", "hebei"],
  settings: { district: "石家庄市" },
  sheets: [
    {
      name: "拟奖励项目",
      widths: [6, 12, 30, 22, 34, 12, 12, 12],
      rows: [
        ["石家庄市2022年度高新技术成果落地奖拟奖励项目名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "项目单位", "统一社会信用代码", "项目名称", "竣工投产时间", "总投资", "奖励金额"],
        [1, "正定县", "石家庄正定华芯微电子有限公司", "91130123MA0DX5P694", "功率半导体器件封装测试产业化项目", "2022-03", 12600, 100],
        [2, "高新区", "石家庄高新区康泰生物制剂有限公司", "91130100MA0FT3B82H", "重组蛋白药物产业化项目", "2022-05", 28400, 200],
        [3, "鹿泉区", "石家庄鹿泉光电科技有限公司", "91130110MA0EQ4C350", "高精度光学镜头智能制造项目", "2021-12", 6800, 60],
        [4, "栾城区", "石家庄栾城新型建材有限公司", "91130111MA0CU7H43D", "装配式建筑预制构件生产线项目", "2022-02", 4500, 40],
        [5, "保定市徐水区", "河北徐水智能装备有限公司", "91130609MA0F6R2K8C", "工业机器人减速器产业化项目", "2022-01", 9200, 80],
        [6, "裕华区", "石家庄裕华软件信息技术有限公司", "91130108MA0G7K1D41", "工业互联网平台产业化项目", "2022-06", 3600, 30],
        [7, "循环化工园区", "石家庄循环化工园区新材料有限公司", "91130105MA0GN9T264", "电子级化学品产业化项目", "2022-04", 15800, 120],
        [8, "藁城区", "石家庄藁城食品科技有限公司", "91130109MA0H2W8L7E", "功能性食品配料产业化项目", "2021-11", 5300, 50],
        [9, "正定县", "石家庄正定华芯微电子有限公司", "91130123MA0DX5P694", "功率半导体器件封装测试产业化项目", "2022-03", 12600, 100],
        [10, "晋州市", "晋州纺织新材料有限公司", "91130183MA0E9B3R6W", "功能性纤维材料产业化项目", "2022-07", 7400, 60],
        ["合计", null, null, null, null, null, 106200, 840],
        ["注：奖励依据《高新技术成果落地石家庄奖励办法》执行；竣工投产时间须在2021年11月1日之后。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A14:F14", "A15:H15"],
      numberFormats: { "G4:H14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟奖励项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", H: "approved" },
        year: 2022,
        item: "高新技术成果落地奖",
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B8", why: "保定市徐水区 is a district of 保定市, outside 石家庄市" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91130108MA0G7K1D41: the check character for the first 17 is T, not 1" },
      { rule: "register.duplicate", cell: "H12", why: "石家庄正定华芯微电子有限公司 (91130123MA0DX5P694) again on row 12, same item and year as row 4" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B5", why: "高新区 is 石家庄高新技术产业开发区, the city's own park" },
      { rule: "register.ineligible-location", cell: "B10", why: "循环化工园区 is 石家庄循环化工园区, named in the notice among those putting projects forward" },
      { rule: "register.ineligible-location", cell: "B13", why: "晋州市 is a county-level city of 石家庄市" },
      { rule: "register.late-disbursement", why: "竣工投产时间 is when the project began production, not a payment date" },
      { rule: "input.unreadable-value", why: "竣工投产时间 (2022-03) is a month, written as text" },
      { rule: "cap.exceeded", why: "no catalog: the award's amounts are not on the page" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (106,200 investment; 840 awards, the duplicate included) is not a composition" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be made" },
    ],
  },
};
