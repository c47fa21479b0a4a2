import type { CorpusLayout } from "../types";

// 新北区经发局组织申报省级重点产业调整和振兴专项引导资金 (常州市发改委, 2009-11): 新北区 gathered its firms' second-batch applications
// (天山重工, 兴荣高科 among them) for new, expanded and rebuilt projects. Set out as the district's 申报项目汇总表:
// 序号 | 企业名称 | 所在镇（街道） | 项目名称 | 建设性质 | 总投资 | 申请引导资金, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "xinbei-2009-key-industry-guidance-fund-applications",
  source: {
    title: "新北区积极组织申报省级重点产业调整和振兴专项引导资金（申报汇总表据正文拟）",
    url: "https://fgw.changzhou.gov.cn/html/fgw/2009/NCMJLMBC_1104/16445.html",
    publisher: "常州市发展和改革委员会",
    date: "2009-11",
    changes:
      "From the report: the fund, the batch, the district and the project kinds (新建、扩建和改建). The summary table is not in the stored copy: " +
      "firms, towns, projects and figures are ours (no credit codes: the list predates them). Planted: 常州湖塘纺织机械有限公司 lies in " +
      "武进区湖塘镇, outside 新北区; 常州兴晟新材料科技有限公司's separator project listed again on row 7.",
  },
  classes: ["register", "application-list", "project-column", "base-column", "towns-as-places", "out-of-area-firm", "duplicate-row", "no-credit-codes", "build-kind-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-level", "jiangsu"],
  settings: { district: "常州市新北区" },
  sheets: [
    {
      name: "申报汇总",
      widths: [6, 30, 16, 30, 10, 12, 14],
      rows: [
        ["常州市新北区2009年江苏省省级重点产业调整和振兴专项引导资金（第二批）申报项目汇总表", null, null, null, null, null, null],
        ["填报单位：新北区经济发展局", null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "所在镇（街道）", "项目名称", "建设性质", "总投资", "申请引导资金"],
        [1, "常州天衡重型机械有限公司", "春江街道", "大型风电齿轮箱扩建项目", "扩建", 42000, 800],
        [2, "常州兴晟新材料科技有限公司", "三井街道", "高性能锂电隔膜新建项目", "新建", 28600, 600],
        [3, "常州罗溪电机有限公司", "罗溪镇", "高效节能电机技术改造项目", "改建", 12500, 300],
        [4, "常州孟河汽车配件有限公司", "孟河镇", "汽车冲压件生产线改造项目", "改建", 9800, 200],
        [5, "常州薛家光电科技有限公司", "薛家镇", "LED外延片扩产项目", "扩建", 21000, 500],
        [6, "常州湖塘纺织机械有限公司", "武进区湖塘镇", "无梭织机升级改造项目", "改建", 15200, 300],
        [7, "常州兴晟新材料科技有限公司", "三井街道", "高性能锂电隔膜新建项目", "新建", 28600, 600],
        ["合计", null, null, null, null, 157700, 3300],
        ["注：申报项目须符合我省重点产业调整和振兴规划要求，对结构调整有重大影响。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:C2", "A11:E11", "A12:G12"],
      numberFormats: { "F4:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "申报汇总",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "place", D: "project", F: "base", G: "requested" },
        year: 2009,
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "C9", why: "武进区湖塘镇 is in 武进区, not 常州市新北区" },
      { rule: "register.duplicate", cell: "G10", why: "常州兴晟新材料科技有限公司 and its 高性能锂电隔膜新建项目 again (序号 2, row 5)" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "C4", why: "春江街道 is in 新北区" },
      { rule: "register.ineligible-location", cell: "C6", why: "罗溪镇 is in 新北区" },
      { rule: "register.ineligible-location", cell: "C7", why: "孟河镇 is in 新北区" },
      { rule: "register.ineligible-location", cell: "C8", why: "薛家镇 is in 新北区" },
      { rule: "composition.total-mismatch", cell: "G11", why: "800 + 600 + 300 + 200 + 500 + 300 + 600 = 3,300 as typed" },
      { rule: "composition.total-mismatch", cell: "F11", why: "the seven investments add up to 157,700 as typed" },
      { rule: "register.invalid-credit-code", why: "no credit-code column" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table is no line" },
    ],
  },
};
