import type { CorpusLayout } from "../types";

// 华池县 (甘肃 庆阳) 2022-11-02, 华农领发〔2022〕39号: the money left over (结余) in the year's 衔接 projects once they were done, 1,284.979906万元,
// department by department with each department's projects and their sums to six decimals, before it was put to new projects. The notice writes it
// as numbered prose (1.县农业农村局：结余资金506.042673万元（肉牛百公里示范带项目286.8万元；…）); laid out as the 明细表 behind it: 序号 | 项目主管单位 |
// 项目名称 | 结余资金, a department's 小计 above its projects, the department merged down.
export const layout: CorpusLayout = {
  id: "huachi-2022-linkage-surplus-by-department",
  source: {
    title: "关于调整2022年财政衔接推进乡村振兴补助资金项目计划的通知（华农领发〔2022〕39号）— 一、结余资金（表据正文拟）",
    url: "https://www.hcx.gov.cn/xxgk/fdzdgknr/zdmsxx/xczx/content_7628",
    publisher: "中共华池县委农村工作领导小组（华池县乡村振兴局发布）",
    date: "2022-11-02",
    changes:
      "As published: the eight departments in order, their sums and their projects with the sums in brackets (农业农村局 506.042673 over seven projects, " +
      "卫健局 400, 水务局 94.298794 over five, 交通局 150.19, 财政局 88.62, 乡村振兴局 22.694387 over two, 发改局 20, 科技局 3.134052) and the whole " +
      "1284.979906万元; they add up exactly as published. Ours: the table form, the 小计 wording, the 卫健局 line's name (the notice gives none), the note. " +
      "Planted: 县水务局's 小计 written 94.928794 where its five projects add up to 94.298794 (digits transposed). The 合计 is the projects' sum as published.",
  },
  classes: ["composition", "category-subtotals-above-lines", "department-merged-down", "single-line-departments", "six-decimal-wanyuan", "total-at-foot", "outline-numbering", "table-from-prose", "wanyuan-caption", "notes-under-table", "signoff-line", "county-fund", "gansu"],
  settings: { asOf: "2022-11-02", district: "华池县" },
  sheets: [
    {
      name: "结余资金明细",
      widths: [6, 14, 46, 16],
      rows: [
        ["华池县2022年财政衔接推进乡村振兴补助资金项目结余资金明细表", null, null, null],
        ["单位：万元", null, null, null],
        ["序号", "项目主管单位", "项目名称", "结余资金"],
        ["一", "县农业农村局", "小计", 506.042673],
        [1, null, "肉牛百公里示范带项目", 286.8],
        [2, null, "华池县百公里示范带养殖合作社全日粮机械购置项目", 1.03],
        [3, null, "2022年田间尾菜处理", 0.149307],
        [4, null, "2022年高素质农民培训", 39.92085],
        [5, null, "农产品产地冷藏保鲜设施建设项目", 49],
        [6, null, "中药材奖补项目", 128.977516],
        [7, null, "2022年华池县马铃薯千亩规范化种植项目", 0.165],
        ["二", "县卫健局", "卫生健康项目结余资金", 400],
        ["三", "县水务局", "小计", 94.928794],
        [1, null, "华池县南梁镇荔园堡振兴示范村供水入户", 35.746093],
        [2, null, "华池县悦乐镇水源补充项目一期鸭儿洼水源工程", 22.1202],
        [3, null, "华池县津华香菇科技扶贫产业示范园供水工程", 7.19],
        [4, null, "华池县悦乐镇水源补充项目", 2.990578],
        [5, null, "柔远至乔河供水项目", 26.251923],
        ["四", "县交通局", "悦乐镇张桥村张合坪桥梁建设工程", 150.19],
        ["五", "县财政局", "脱贫人口小额信贷贴息项目", 88.62],
        ["六", "县乡村振兴局", "小计", 22.694387],
        [1, null, "2022产业道路", 15.73812],
        [2, null, "产业贷款贴息", 6.956267],
        ["七", "县发改局", "易地搬迁项目贷款贴息", 20],
        ["八", "县科技局", "2022年食用菌菌种培育项目（城壕镇）", 3.134052],
        ["合计", null, null, 1284.979906],
        ["注：结余资金按华农领办发〔2022〕28号下达的项目计划核定，调整用于新增项目。", null, null, null],
        ["中共华池县委农村工作领导小组　　2022年11月2日", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "B4:B11", "B13:B18", "B21:B23", "A26:C26", "A27:D27", "A28:D28"],
      numberFormats: { "D4:D26": "0.000000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "结余资金明细",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 26,
        columns: { A: "code", B: "category", C: "line", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D13", why: "县水务局 小计 94.928794; its projects 35.746093 + 22.1202 + 7.19 + 2.990578 + 26.251923 = 94.298794: 0.63万元 apart (six decimals, no rounding to allow)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "县农业农村局 506.042673 = 286.8 + 1.03 + 0.149307 + 39.92085 + 49 + 128.977516 + 0.165" },
      { rule: "composition.total-mismatch", cell: "D21", why: "县乡村振兴局 22.694387 = 15.73812 + 6.956267" },
      { rule: "composition.total-mismatch", cell: "D26", why: "合计 1,284.979906 = 506.042673 + 400 + 94.298794 + 150.19 + 88.62 + 22.694387 + 20 + 3.134052, the departments as their projects add up; the 水务局 slip is reported once, at its 小计" },
      { rule: "composition.line-mismatch", why: "no unit or quantity column" },
      { rule: "input.unreadable-value", why: "the note and sign-off under the table are text" },
    ],
  },
};
