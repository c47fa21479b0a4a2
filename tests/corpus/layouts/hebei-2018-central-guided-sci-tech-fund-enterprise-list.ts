import type { CorpusLayout } from "../types";

// 河北省财政厅、河北省科学技术厅 2018-07-14: the firms' projects proposed for the 2018 中央引导地方科技发展专项资金, put up for
// comment (公示期 7月14日—20日); the list is an attachment the stored copy does not show, so its body is ours.
export const layout: CorpusLayout = {
  id: "hebei-2018-central-guided-sci-tech-fund-enterprise-list",
  source: {
    title: "河北省2018年度中央引导地方科技发展专项资金拟支持企业项目名单公示（附件：拟支持企业项目名单；表据公示拟）",
    url: "http://www.kuajiezhengce.com/policy/view?id=7363",
    publisher: "河北省财政厅、河北省科学技术厅",
    date: "2018-07-14",
    changes:
      "As published: the notice (项目申报, 专家评审, 公示期 2018-07-14 to 07-20, objections in writing to 教科文处 / 资源配置与管理处). The stored " +
      "copy does not show the attachment: its title row, unit caption, columns (序号 | 项目名称 | 承担单位 | 统一社会信用代码 | 所在市 | 支持金额), " +
      "the eight projects, firms, codes, cities and amounts and the note are ours. Planted: the 合计 typed 1,350 over lines adding to 1,300; " +
      "邯郸 firm's code ends F where the GB 32100 check character is E. Left as they are: 定州市 (a county-level city of 河北) among the cities.",
  },
  classes: [
    "register", "project-column", "credit-codes", "cities-as-places", "county-level-city-among-cities", "province-wide-list", "put-up-for-comment",
    "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "拟支持名单",
      widths: [6, 40, 34, 22, 10, 12],
      rows: [
        ["河北省2018年度中央引导地方科技发展专项资金拟支持企业项目名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "承担单位", "统一社会信用代码", "所在市", "支持金额"],
        [1, "高纯电子级多晶硅提纯关键技术研发及产业化", "石家庄晶源新材料科技有限公司", "91130111MA0F3K7N2Q", "石家庄市", 150],
        [2, "新型抗肿瘤生物药中试平台建设", "石家庄华康生物制药有限公司", "91130102MA0D8R5T6R", "石家庄市", 200],
        [3, "工业机器人精密减速器开发", "石家庄鹿泉精工机械有限公司", "91130185MA0G4P1X8X", "石家庄市", 100],
        [4, "氢燃料电池电堆关键部件研发", "保定新源氢能科技有限公司", "91130602MA0B9K2Q7T", "保定市", 300],
        [5, "智能仓储物流装备研发及示范应用", "廊坊广阳智能装备有限公司", "91131003MA0C5N8R4R", "廊坊市", 120],
        [6, "高速列车轴承钢冶炼工艺优化", "唐山冀东特钢科技有限公司", "91130202MA0D1T6W91", "唐山市", 80],
        [7, "煤化工废水零排放成套技术研发", "邯郸丛台环保科技有限公司", "91130403MA0E7H4M1F", "邯郸市", 250],
        [8, "中药配方颗粒智能化生产线建设", "定州康源药业有限公司", "91130682MA0H3N7K5E", "定州市", 100],
        ["合计", null, null, null, null, 1350],
        ["注：支持金额为中央引导地方科技发展专项资金拟支持额度，最终以资金下达文件为准。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:E12", "A13:F13"],
      numberFormats: { "F4:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 1,350 against 150 + 200 + 100 + 300 + 120 + 80 + 250 + 100 = 1,300" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91130403MA0E7H4M1F: the GB 32100 check character for 91130403MA0E7H4M1 is E, not F" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog: the title's fund is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "E11", why: "定州市 is a county-level city of 河北省" },
      { rule: "register.ineligible-location", cell: "E7", why: "保定市 is a city of 河北省" },
      { rule: "cap.unknown-policy", cell: "B5", why: "项目名称 is each firm's own project, not a policy item" },
      { rule: "register.duplicate", why: "three 石家庄 firms, three names, three codes: no firm twice" },
      { rule: "input.unreadable-value", why: "the caption and the note under the table are text" },
    ],
  },
};
