import type { CorpusLayout } from "../types";

// 修武县扶贫办 2021-01-06: 修武县2021年度专项扶贫资金项目计划安排情况 — the plan as a grid of twelve columns: 序号 | 项目名称 | 实施地点 |
// 实施期限 | 建设任务 | 资金规模（万元） | 资金来源 | 实施单位 | 责任人 | 补助标准 | 绩效目标 | 带贫减贫机制, the works priced in the
// 建设任务 text (17座 × …万元) and the standard written per unit (12.7万/棚); a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "xiuwu-2021-poverty-fund-project-plan",
  source: {
    title: "修武县2021年度专项扶贫资金项目计划安排情况",
    url: "http://www.xiuwu.gov.cn/sitesources/xwxrmzf/page_pc/zfxxgk/zfxxgkml/ztzl/jzfpgjz/fpzjxm/ndjhapqk/article644aa81ace2b4566b56a6ec2c46a65f1.html",
    publisher: "修武县扶贫办",
    date: "2021-01-06",
    changes:
      "As published: the title, the twelve columns in their order and wording, the first two projects' names, places, periods and kinds of works " +
      "(七贤镇铁皮石斛种植, 韩庄村果蔬种植), the per-unit standard written as text (12.7万/棚). The stored copy shows the first rows only: the later " +
      "projects, all amounts, the 责任人 names and the performance texts are ours, and the 合计 row is added. Planted: the 合计 typed 418.1 where the " +
      "six projects add up to 428.1.",
  },
  classes: [
    "composition", "project-plan", "twelve-columns", "period-column", "works-priced-in-text", "standard-as-text", "person-column", "source-column",
    "long-text-columns", "one-decimal-wanyuan", "unit-in-header", "total-at-foot", "villages-as-places", "county-fund", "henan",
  ],
  settings: { district: "焦作市修武县" },
  sheets: [
    {
      name: "项目计划",
      widths: [6, 34, 10, 10, 40, 12, 16, 16, 8, 12, 36, 36],
      rows: [
        ["修武县2021年度专项扶贫资金项目计划安排情况", null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "实施地点", "实施期限", "建设任务", "资金规模（万元）", "资金来源", "实施单位", "责任人", "补助标准", "绩效目标", "带贫减贫机制"],
        [1, "2021年度修武县七贤镇铁皮石斛种植项目", "赤庄村", "2021.3-6", "1.铁皮石斛苗：17座（一般棚）×200公斤×300元，共计102万；2.苗床：17座×2.5万，共计42.5万；3.灌溉设施：17座×1万，共计17万；4.蓄水池一座：500立方，共计30万；5.三连栋大棚整体：共计20.7万。", 212.2, "财政专项扶贫资金", "七贤镇人民政府", "张立新", "12.7万/棚", "效益指标：预计每年可创造经济收益18万元，50%用于8个村集体经济，50%用于108户贫困户增收；满意度指标：受益群众满意度达到100%。", "采取“公司+农户”模式运营，年收益50%用于贫困户增收，优先带动周边有劳动能力的贫困户就业。"],
        [2, "2021年修武县七贤镇韩庄村果蔬种植项目", "韩庄村", "2021.2-5", "种植柿树10000棵×10元、核桃树5000棵×20元、梨树9000棵×10元、桃树2000棵×10元，配套滴灌设施。", 48.6, "财政专项扶贫资金", "七贤镇人民政府", "张立新", "按实际栽植数量补助", "效益指标：果树进入盛果期后年增加村集体收入5万元以上；满意度指标：受益群众满意度达到95%以上。", "流转贫困户土地并吸纳贫困劳动力务工，增加租金和工资性收入。"],
        [3, "2021年修武县郇封镇小文案村道路硬化项目", "小文案村", "2021.4-8", "硬化村内道路2.1公里，宽4米，厚0.18米，C25混凝土。", 63.0, "财政专项扶贫资金", "郇封镇人民政府", "李建军", "30万元/公里", "效益指标：改善320户群众出行条件，其中贫困户46户；满意度指标：受益群众满意度达到95%以上。", "改善贫困村基础设施条件，施工中优先吸纳贫困劳动力务工。"],
        [4, "2021年修武县扶贫小额信贷贴息项目", "各乡镇", "2021.1-12", "对全县贫困户扶贫小额信贷按基准利率给予贴息。", 35.5, "财政专项扶贫资金", "县扶贫办", "王晓峰", "按贷款基准利率贴息", "效益指标：支持贫困户发展产业，户均增收2000元以上；满意度指标：受益贫困户满意度达到95%以上。", "通过贴息降低贫困户融资成本，支持其发展产业增收。"],
        [5, "2021年修武县雨露计划职业教育补助项目", "全县", "2021.3-12", "对贫困家庭中、高职在校学生给予生活补助。", 27.0, "财政专项扶贫资金", "县扶贫办", "王晓峰", "1500元/人/学期", "效益指标：补助贫困家庭学生90人次，减轻家庭教育负担；满意度指标：受益群众满意度达到100%。", "通过教育补助阻断贫困代际传递。"],
        [6, "2021年修武县五里源乡松林村饮水安全巩固提升项目", "松林村", "2021.5-9", "新打机井1眼，井深260米，铺设供水管网3.2公里，配套井房及消毒设备。", 41.8, "财政专项扶贫资金", "五里源乡人民政府", "赵国庆", "按工程预算", "效益指标：巩固提升410户群众饮水安全，其中贫困户52户；满意度指标：受益群众满意度达到95%以上。", "保障贫困户饮水安全，施工中优先吸纳贫困劳动力务工。"],
        ["合计", null, null, null, null, 418.1, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A9:E9"],
      numberFormats: { "F3:F9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", F: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F9", why: "合计 418.1; the projects add up to 212.2 + 48.6 + 63.0 + 35.5 + 27.0 + 41.8 = 428.1 (10.0 short)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F3", why: "12.7万/棚 is a standard written as text with no count column beside it: no unit × quantity to check (17 × 12.7 = 215.9 is not the line's rule)" },
      { rule: "composition.line-mismatch", cell: "F5", why: "30万元/公里 × 2.1公里 = 63.0, and it is text in any case" },
      { rule: "input.unreadable-value", cell: "D3", why: "实施期限 2021.3-6 is a period, no money" },
      { rule: "input.unreadable-value", cell: "E3", why: "建设任务 is a description; the 万 figures in it price the works, no amounts of the table" },
      { rule: "input.unreadable-value", cell: "J4", why: "补助标准 按实际栽植数量补助 is text" },
      { rule: "register.ineligible-location", why: "赤庄村, 韩庄村, 小文案村, 松林村 are villages of 修武县; the plan is an allocation, no register" },
      { rule: "register.duplicate", why: "no register: 七贤镇人民政府 and 县扶贫办 carry two projects each as their 实施单位" },
    ],
  },
};
