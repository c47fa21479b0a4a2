import type { CorpusLayout } from "../types";

// 杭州高新区（滨江）经信局政策汇编 (2021年1月修订版): 序号/项目/政策条款/责任科室/联系人/联系电话 with a
// 备注 row under the table; here followed by a sheet of proposed payments under those items, so that
// the caps read from the prose are put to use.
export const layout: CorpusLayout = {
  id: "binjiang-2021-policy-compendium",
  source: {
    title: "高新区（滨江）经信局政策汇编（2021年1月修订版）",
    url: "http://www.zxgxy.com/art/2021/1/21/art_1229886586_1856498.html",
    publisher: "杭州高新区（滨江）经济和信息化局",
    date: "2021-01-21",
    changes:
      "Title, header (序号/项目/政策条款/责任科室/联系人/联系电话) and the 备注 under the table as published; the stored copy " +
      "shows only the start of row 1 (国家级制造业“单项冠军”示范企业), so the 政策条款 texts are ours, written in the forms " +
      "such clauses take (一次性奖励…万元; 按…的10%给予资助，最高不超过…万元; 分别给予…万元、…万元; a clause without an " +
      "amount). Contacts replaced by （略）. The second sheet (拟兑现清单) is ours: firms, codes (area 330108) and " +
      "amounts invented. Planted: 120万元 under a 100万元 maximum; 20万元 for a 市级 technical centre (10万元); " +
      "260万元 where 10% of 2,400万元 is 240万元; a payment under the clause without an amount.",
  },
  classes: ["catalog", "prose-caps", "sub-items-in-one-cell", "rate-with-cap", "unreadable-standard", "register", "notes-under-table"],
  sheets: [
    {
      name: "政策汇编",
      widths: [6, 26, 64, 12, 8, 10],
      rows: [
        ["高新区（滨江）经信局政策汇编（2021年1月修订版）", null, null, null, null, null],
        ["序号", "项目", "政策条款", "责任科室", "联系人", "联系电话"],
        [1, "国家级制造业“单项冠军”示范企业", "对新认定的国家级制造业“单项冠军”示范企业，给予一次性奖励100万元。", "产业发展科", "（略）", "（略）"],
        [2, "国家级制造业“单项冠军”产品", "对新认定的国家级制造业“单项冠军”产品，给予一次性奖励50万元。", "产业发展科", "（略）", "（略）"],
        [3, "企业研发投入补助", "按企业上年度研发费用的10%给予资助，最高不超过100万元。", "科技创新科", "（略）", "（略）"],
        [4, "省级、市级企业技术中心", "对新认定的省级、市级企业技术中心，分别给予一次性奖励30万元、10万元。", "科技创新科", "（略）", "（略）"],
        [5, "首台（套）产品", "对认定为国内、省内首台（套）的产品，分别给予最高不超过200万元、100万元的奖励。", "产业发展科", "（略）", "（略）"],
        [6, "智能化技术改造项目", "按项目设备投资额的10%给予补助，单个项目最高不超过500万元。", "投资技改科", "（略）", "（略）"],
        [7, "小微企业园提升", "经认定后给予适当补助，具体按年度实施细则执行。", "中小企业科", "（略）", "（略）"],
        [
          "备注：以上项目补助资金包括省、市两级资金，省市政策如有调整的，按新政策执行；同一年度同类型区级资金按从高从优不重复原则予以支持，区财政另有规定的按新规定执行。",
          null, null, null, null, null,
        ],
      ],
      merges: ["A1:F1", "A10:F10"],
    },
    {
      name: "拟兑现清单",
      widths: [6, 30, 22, 30, 14, 16],
      rows: [
        ["2021年度经信政策拟兑现企业清单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "计算基数（万元）", "拟兑现金额（万元）"],
        [1, "杭州浦沿光电科技有限公司", "91330108MA46HBBH1E", "国家级制造业“单项冠军”示范企业", null, 100],
        [2, "杭州长河数控有限公司", "91330108MA8YRUPD79", "企业研发投入补助", 860, 86],
        [3, "杭州西兴微电子有限公司", "91330108MA2M4PYT49", "企业研发投入补助", 1450, 120],
        [4, "杭州白马湖软件有限公司", "91330108MA2FH2CJ48", "省级企业技术中心", null, 30],
        [5, "杭州江南传感器有限公司", "91330108MA47YDF90F", "市级企业技术中心", null, 20],
        [6, "杭州钱塘智造有限公司", "91330108MA3257R96T", "智能化技术改造项目", 2400, 260],
        [7, "杭州奥体首台套装备有限公司", "91330108MA4PA2T79N", "首台（套）产品（省内）", null, 100],
        [8, "杭州滨江小微园运营有限公司", "91330108MA0RHBRE00", "小微企业园提升", null, 50],
        ["合计", null, null, null, null, 766],
      ],
      merges: ["A1:F1", "A11:E11"],
      numberFormats: { "E4:E9": "#,##0.00", "F3:F11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策汇编", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" }, year: 2021 },
      {
        sheet: "拟兑现清单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C9", why: "经认定后给予适当补助: no amount, rate or maximum" },
      {
        rule: "cap.exceeded",
        sheet: "拟兑现清单",
        cell: "F5",
        why: "企业研发投入补助: 10% × 1,450 = 145万元 is within the rate, but the maximum is 100万元; 120万元 is 20万元 over",
      },
      { rule: "cap.exceeded", sheet: "拟兑现清单", cell: "F7", why: "市级企业技术中心: 分别给予…30万元、10万元 gives the 市级 one 10万元; 20万元 is 10万元 over" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现清单", cell: "F8", why: "智能化技术改造项目: 10% × 2,400 = 240万元; 260万元 is 20万元 over" },
      { rule: "cap.no-cap", sheet: "拟兑现清单", cell: "F10", why: "小微企业园提升 is in the catalog but its standard (适当补助) sets no cap" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C5", why: "rate 10% of 研发费用, maximum 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C6", why: "two sub-items: 省级 30万元, 市级 10万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C7", why: "two sub-items: 国内 max 200万元, 省内 max 100万元" },
      { rule: "cap.exceeded", sheet: "拟兑现清单", cell: "F6", why: "省级企业技术中心 30万元 = the 省级 sub-item, not the 市级 10万元" },
      { rule: "cap.exceeded", sheet: "拟兑现清单", cell: "F9", why: "首台（套）产品（省内）100万元 = the 省内 maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现清单", cell: "F4", why: "10% × 860 = 86万元, exactly the amount" },
      { rule: "cap.unknown-policy", sheet: "拟兑现清单", why: "every 政策项目 is a catalog item or one of its sub-items" },
      { rule: "cap.exceeded", sheet: "拟兑现清单", cell: "F11", why: "合计 (766) is not an award" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "A10", why: "the 备注 row is a note under the table, not an item" },
    ],
  },
};
