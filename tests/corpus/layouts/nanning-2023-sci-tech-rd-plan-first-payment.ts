import type { CorpusLayout } from "../types";

// 南宁市科学技术局 2023-04-25: 2023年南宁市科学研究与技术开发计划拟立项项目 — 36 projects, 925万元 of 科技经费 of which 605万元
// paid as a first instalment (首次拨款). The annex as a list of projects with the money decided beside the first payment.
export const layout: CorpusLayout = {
  id: "nanning-2023-sci-tech-rd-plan-first-payment",
  source: {
    title: "2023年南宁市科学研究与技术开发计划拟立项项目公示（附件：2023年南宁市科学研究与技术开发计划拟立项项目表）",
    url: "http://gxktzx.com/index.php?s=%2Farticle%2Fdetail%2Fid%2F2290.html",
    publisher: "南宁市科学技术局（转载）",
    date: "2023-04-25",
    changes:
      "The notice's terms are as published (拟立项项目共计36项，拟下达科技经费925万元，首次拨款605万元; 公示 2023-04-26 to 05-05). The stored " +
      "copy does not show the annexed table, so its columns (序号 | 项目名称 | 承担单位 | 统一社会信用代码 | 拟下达经费（万元） | 首次拨款（万元）), " +
      "the ten rows (cut from 36), units, codes, figures and the note under the table are ours. Planted: 南宁良庆微电子's first payment " +
      "36 above the 30 decided for it; 南宁江南医疗器械's code ends 3 where GB 32100 gives 8.",
  },
  classes: ["register", "payment-list", "first-instalment-column", "projects-as-lines", "credit-codes", "no-place-column", "year-in-title", "wanyuan-in-header", "total-at-foot", "notes-under-table", "city-department", "guangxi"],
  settings: { asOf: "2023-05-05" },
  sheets: [
    {
      name: "拟立项项目表",
      widths: [6, 36, 30, 22, 16, 14],
      rows: [
        ["2023年南宁市科学研究与技术开发计划拟立项项目表", null, null, null, null, null],
        ["序号", "项目名称", "承担单位", "统一社会信用代码", "拟下达经费（万元）", "首次拨款（万元）"],
        [1, "甘蔗渣基可降解材料制备关键技术研发", "南宁绿桂生物科技有限公司", "91450100MA5Q3K7L2B", 50, 35],
        [2, "糖料蔗智能收获装备研制", "广西邕江智能装备有限公司", "91450103MA5N8R2T6R", 40, 28],
        [3, "面向东盟的跨境物流数据平台关键技术研发", "南宁青秀数链科技有限公司", "91450107MA5P6W1D30", 30, 21],
        [4, "壮瑶药特色药材标准化种植技术研究", "南宁华蕴中药材开发有限公司", "91450108MA5M2H9X4U", 20, 14],
        [5, "储能电池热管理系统研发", "广西五象新能源科技有限公司", "91450102MA5L9U4G1X", 50, 35],
        [6, "车规级功率模块封装工艺研究", "南宁良庆微电子有限公司", "91450109MA5K1B6N5W", 30, 36],
        [7, "茉莉花茶窨制工艺数字化研究", "南宁桂韵茉莉花茶业有限公司", "91450100MA5T4J8F71", 20, 14],
        [8, "沃柑无病毒苗木繁育技术研究", "广西武鸣沃柑种业有限公司", "91450126MA5W3P2Q9M", 30, 21],
        [9, "一次性内镜关键部件研发", "南宁江南医疗器械有限公司", "91450105MA5R7C3E83", 40, 28],
        [10, "工业互联网安全监测系统研发", "南宁高新区云启软件有限公司", "91450108MA5X6D1R0L", 20, 14],
        ["合计", null, null, null, 330, 246],
        ["注：拟下达科技经费分两次拨付，首次拨款后余款待项目中期检查合格后拨付。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A13:D13", "A14:F14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟立项项目表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "approved", F: "paidNow" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.paid-exceeds-award", cell: "F8", why: "南宁良庆微电子: first payment 36 against 30 decided (no 累计 column, so at this payment): 6万元 over" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91450105MA5R7C3E83: the GB 32100 check character of 91450105MA5R7C3E8 is 8, not 3" },
    ],
    absent: [
      { rule: "register.paid-exceeds-award", cell: "F3", why: "35 of 50: a first instalment below the amount decided" },
      { rule: "register.paid-exceeds-award", cell: "F13", why: "合计 246 of 330 is not a project's payment" },
      { rule: "register.unpaid", why: "every project shows a first payment" },
      { rule: "register.duplicate", why: "ten units, each once" },
      { rule: "register.ineligible-location", why: "the list has no place column" },
      { rule: "cap.exceeded", cell: "E13", why: "合计 330 is not an award" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
