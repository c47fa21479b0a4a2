import type { CorpusLayout } from "../types";

// 青浦区经委/财政局 青经发〔2020〕126号: five firms, 183.58万元 in all; the item only in the
// title, 项目名称 the firms' own projects. Clean: nothing to report.
export const layout: CorpusLayout = {
  id: "qingpu-2020-civil-aviation",
  source: {
    title: "区经委 区财政局关于下达2020年战略性新兴产业专项之民用航空项目扶持资金的通知（青经发〔2020〕126号）",
    url: "http://zhengsoso.com/static/310118/3/5026.html",
    publisher: "青浦区经济委员会、青浦区财政局",
    date: "2020-10-22",
    changes:
      "The notice (5 firms, 183.58万元, 具体奖励额详见附件) is stored without its annex: the columns and the annex " +
      "title are ours, the total and the count are the notice's. Firm names, projects and the split of 183.58 " +
      "invented. The notice states no per-firm cap: the catalog's 300万元 is chosen for the corpus. Nothing planted.",
  },
  classes: ["register", "clean", "item-in-title", "project-name-column", "two-decimal-wanyuan"],
  settings: { district: "青浦" },
  sheets: [
    {
      name: "附件",
      widths: [6, 34, 40, 16],
      rows: [
        ["附件", null, null, null],
        ["2020年战略性新兴产业专项之民用航空项目扶持资金明细", null, null, null],
        ["序号", "企业名称", "项目名称", "扶持金额（万元）"],
        [1, "上海青航测量仪器有限公司", "航空发动机叶片三维测量系统研制", 52.3],
        [2, "上海淀湖航空部件有限公司", "民机复合材料次承力结构件产业化", 41.18],
        [3, "上海朱家角精密机械有限公司", "航空紧固件数控加工能力提升", 36],
        [4, "上海华新航电科技有限公司", "机载综合显示组件研发", 30.6],
        [5, "上海赵巷航空材料有限公司", "航空级铝锂合金型材试制", 23.5],
        ["合计", null, null, 183.58],
      ],
      merges: ["A2:D2", "A9:C9"],
      numberFormats: { "D4:D9": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "战略性新兴产业专项之民用航空项目",
        category: "优先发展先进制造业—产业发展—战略性新兴产业",
        capType: "max",
        capAmount: 300,
        unit: "万元",
        year: 2020,
        document: "青府发〔2019〕10号",
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
        lastRow: 9,
        columns: { B: "enterprise", C: "project", D: "approved" },
        year: 2020,
        item: "战略性新兴产业专项之民用航空项目",
      },
    ],
    findings: [],
    absent: [
      { rule: "cap.unknown-policy", why: "项目名称 (e.g. 航空紧固件数控加工能力提升) is the firm's project, not a policy item; the item is in the title" },
      { rule: "register.duplicate", cell: "D9", why: "合计 is not a sixth enterprise" },
      { rule: "cap.exceeded", why: "the largest award is 52.30万元; the 合计 183.58 is not an award" },
      { rule: "register.ineligible-location", why: "the list has no place column to judge" },
      { rule: "input.unreadable-value", why: "every amount is a number" },
    ],
  },
};
