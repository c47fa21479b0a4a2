import type { CorpusLayout } from "../types";

// 安阳市北关区 2018: the district's 专项扶贫资金 (113.5万元: 省级 47, 市级 66.5) put up as the 公告公示 template asks — 一、资金来源 as
// prose lines, 二、分配原则, 三、资金分配情况表 (序号 | 项目名称 | 建设地点 | 建设内容 | 投资 规模 | 责任 单位) with each amount written with its
// unit in the cell ("20万元"), a 备注 and the 监督电话 under it.
export const layout: CorpusLayout = {
  id: "beiguan-2018-poverty-fund-allocation",
  source: {
    title: "北关区2018年专项扶贫资金分配使用情况公示（三、资金分配情况表：北关区2018年专项扶贫资金分配表）",
    url: "https://www.beiguan.gov.cn/Item/3497.aspx",
    publisher: "安阳市北关区脱贫攻坚领导小组（北关区人民政府网站）",
    date: "2018",
    changes:
      "As published: the 资金来源 lines (省级47万元, 市级66.5万元, 合计113.5万元), the table's title and headers with their spaces (投资 规模, " +
      "责任 单位), the three projects with their places, contents (270米×4米×0.2米…) and 责任单位, amounts written as text with 万元, the " +
      "备注 and the 监督电话. Ours: the 合计 row (the published table has none; the prose gives 113.5万元) and one figure: 柏庄镇后林都道路 " +
      "stated 75.5万元 where the publication has 73.5, so the lines no longer add up to the 合计 (the planted problem). The 分配原则 prose is cut.",
  },
  classes: ["composition", "allocation-by-project", "amounts-with-unit-in-cell", "spaced-headers", "sources-as-prose-above", "total-at-foot", "notes-under-table", "henan"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 44, 20, 40, 12, 12],
      rows: [
        ["一、资金来源", null, null, null, null, null],
        ["1.省级专项扶贫资金47万元", null, null, null, null, null],
        ["2.市级扶贫专项资金66.5万元", null, null, null, null, null],
        ["以上资金合计113.5万元。", null, null, null, null, null],
        ["三、资金分配情况表", null, null, null, null, null],
        ["北关区2018年专项扶贫资金分配表", null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "建设内容", "投资 规模", "责任 单位"],
        [1, "彰北办事处周家营村2018年度财政扶贫建设人行道地面硬化项目", "彰北办事处周家营村", "拆除地面596平方米，铺设道板砖1136.7平方米。", "20万元", "彰北办事处"],
        [2, "北关区彰北办事处屈王度村2018年度财政扶贫建设饮水工程项目", "彰北办事处屈王度村", "新建DN100主管道2300米，新建DN25支管道3000米，闸阀8个。", "20万元", "彰北办事处"],
        [3, "柏庄镇后林都道路建设项目", "柏庄镇后林都村", "270米×4米×0.2米，1216米×5米×0.2米，标号C25。", "75.5万元", "柏庄镇"],
        ["合计", null, null, null, "113.5万元", null],
        ["备注：每个具体项目建设情况由责任单位另行公告公示。", null, null, null, null, null],
        ["监督电话：0372-2263864", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6", "A11:D11", "A12:F12", "A13:F13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 7,
        lastRow: 11,
        columns: { B: "line", E: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E11", why: "合计 113.5万元 where the projects add up to 20 + 20 + 75.5 = 115.5万元: 2.0万元 more than stated" },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "E8", why: "20万元 is an amount with its unit written in the cell, not unreadable text" },
      { rule: "composition.line-mismatch", why: "建设内容 (270米×4米×0.2米, 596平方米) describes the works; the table has no unit-price or quantity column" },
      { rule: "composition.total-mismatch", cell: "A4", why: "the 资金来源 prose (47 + 66.5 = 113.5) sits above the table and agrees with itself" },
      { rule: "register.duplicate", why: "责任单位 彰北办事处 carries two projects; it is no applicant and the table no register" },
      { rule: "input.unreadable-value", cell: "A13", why: "the 备注 and the 监督电话 under the table are notes" },
    ],
  },
};
