import type { CorpusLayout } from "../types";

// 苏州 (相城区 towns) 2026-01-28: the first 科技农业 projects of the 2025 市级推进农业农村现代化资金, as the 汇总表 gives them — 支持方向 |
// 项目 | 实施主体 | 内容 | 期限 | 地点 | 市级财政资金补助 | 项目计划总投资; two projects of one direction share one 30万元 written as a
// sentence in a cell merged over both rows (财政补助资金30万元，依据项目实际投资金额按同比例分配…).
export const layout: CorpusLayout = {
  id: "suzhou-xiangcheng-2025-tech-agriculture-projects",
  source: {
    title: "2025年市级推进农业农村现代化资金—科技农业项目拟承担单位公示（附件：科技农业项目（第一批）汇总表）",
    url: "https://www.qianlima.com/bid-573480950.html",
    publisher: "区农业农村局（转载页隐去名称；地点为相城区元和街道、阳澄湖度假区）",
    date: "2026-01-28",
    changes:
      "As published: the title, 单位：万元, the nine headings, the 30万元 of the first direction written as a sentence in one cell merged " +
      "over its two projects, the 35 of the third, the 合计 65 | 179.09, the contents and dates. The repost masks names with ****: " +
      "directions, project owners and the places' district are ours (元和街道 and 阳澄湖 lie in 相城区). Planted: the 项目计划总投资 " +
      "合计 typed 197.09 where 38.4 + 22.3 + 118.39 = 179.09.",
  },
  classes: [
    "composition", "allocation-by-project", "amount-as-sentence", "amount-merged-over-rows", "direction-column",
    "direction-merged-down", "investment-beside-subsidy", "long-text-columns", "wanyuan-caption", "total-at-foot",
    "district-fund", "jiangsu",
  ],
  sheets: [
    {
      name: "汇总表",
      widths: [6, 14, 30, 26, 50, 14, 18, 30, 12],
      rows: [
        ["2025年市级推进农业农村现代化资金—科技农业项目（第一批）汇总表", null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null],
        ["序号", "支持方向名称", "实施项目名称", "项目实施主体名称", "项目实施内容", "项目实施期限", "项目实施地点", "市级财政资金补助", "项目计划总投资"],
        [1, "种业创新中心建设", "特色花卉朱顶红种苗繁育及配套设施建设项目", "苏州花语园艺科技有限公司", "建设带外遮阳转动系统的连栋大棚1728平方米，收集引进朱顶红种质资源50份，购买农药、肥料等农资一批，繁育朱顶红种苗（球）5万株（枚）。", "2025.1-2025.12", "相城区元和街道", "财政补助资金30万元，依据项目实际投资金额按同比例分配，补贴最高不超过申请额。", 38.4],
        [2, null, "苗种培育池塘尾水净化区提升改造项目", "苏州沺泾水产养殖有限公司", "对13.37亩苗种池塘进行提升改造，其中池埂改造7557立方米、铺设3206平方米池塘护坡膜和183平方米皮网、安装120米出水管和10套太阳能板及水泵。", "2025.6-2025.12", "相城区阳澄湖度假区（阳澄湖镇）", null, 22.3],
        [3, "农产品加工能力提升", "芡实冷链配送中心建设项目", "苏州市水八仙特产食品有限公司", "配套冷链仓储设施建设（低温冷冻库和低温车间建设）、引进色选机1台、引进给袋式包装设备1台。", "2025.1-2025.12", "相城区高新区", 35, 118.39],
        ["合计", null, null, null, null, null, null, 65, 197.09],
      ],
      merges: ["A1:I1", "A2:I2", "B4:B5", "H4:H5", "A7:G7"],
      numberFormats: { "I4:I7": "0.00" },
    },
  ],
  settings: { district: "苏州市相城区" },
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "category", C: "line", H: "amount", I: "amount:项目计划总投资" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "I7", why: "项目计划总投资 合计 197.09; its lines 38.4 + 22.3 + 118.39 = 179.09: 18.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H7", why: "65 = the 30万元 merged over rows 4–5, counted once, + 35" },
      { rule: "input.unreadable-value", cell: "H4", why: "the cell states 30万元 and how it is shared; the 合计 65 confirms the reading" },
      { rule: "composition.line-mismatch", why: "1728平方米, 13.37亩, 5万株 are the works described, no quantity × standard" },
      { rule: "register.duplicate", why: "an allocation by project, no award list" },
    ],
  },
};
