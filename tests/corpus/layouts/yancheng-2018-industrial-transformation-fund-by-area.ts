import type { CorpusLayout } from "../types";

// 盐城市财政局、市经信委 2018-12-11 (关于下达2018年度市工业和信息化转型升级专项资金的通知): 7,876.22万元 for 116 projects in the
// 大市区, reported by area — 市属, 大丰区, 盐都区, 亭湖区, 市开发区 … — each with its count, its money and the project that got most.
// Laid out as the summary by area the report reads from: 地区 | 项目个数 | 扶持资金, then 其中 the largest project (单位及项目 | 金额).
export const layout: CorpusLayout = {
  id: "yancheng-2018-industrial-transformation-fund-by-area",
  source: {
    title: "116个项目获市工业转型升级专项资金扶持（盐城市2018年度市工业和信息化转型升级专项资金分地区安排情况；表据报道拟）",
    url: "https://www.ycnews.cn/p/396325.html",
    publisher: "盐城市财政局、盐城市经济和信息化委员会（盐阜大众报报道）",
    date: "2018-12-11",
    changes:
      "As published: the fund, its total 7,876.22万元 for 116 projects in the 大市区, the areas in the report's order (市属, 大丰区, 盐都区, 亭湖区, 市开发区, " +
      "then 城南新区 where the stored copy is cut off) and the way each is reported (a count, an amount, the project that received most). The report prints " +
      "no table: the title, columns (序号 | 地区 | 项目个数（个） | 扶持资金 | 其中：获扶持资金最多的项目 over 项目单位及名称 | 扶持资金), caption and note " +
      "are ours, as are every area's count and amount and the named projects. Planted: 合计 扶持资金 stated as the notice's 7,876.22 where the areas add up " +
      "to 7,872.22.",
  },
  classes: ["composition", "allocation-by-area", "count-column", "largest-project-columns", "qizhong-heading-over-two", "two-header-rows", "development-zones-as-areas", "total-at-foot", "wanyuan-caption", "notes-under-table", "report-as-prose", "jiangsu"],
  settings: { district: "盐城市" },
  sheets: [
    {
      name: "分地区情况",
      widths: [6, 20, 12, 14, 48, 14],
      rows: [
        ["2018年度市工业和信息化转型升级专项资金分地区安排情况", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "地区", "项目个数（个）", "扶持资金", "其中：获扶持资金最多的项目", null],
        [null, null, null, null, "项目单位及名称", "扶持资金"],
        [1, "市属", 4, 96, "盐城市中小企业服务中心：省中小企业公共服务五星级平台项目", 30],
        [2, "大丰区", 29, 3186.42, "江苏大丰海港新材料有限公司：年产8万吨高性能复合材料技改项目", 336],
        [3, "盐都区", 33, 1302.58, "盐城都城齿轮有限公司：新能源汽车齿轮智能化生产线项目", 168],
        [4, "亭湖区", 28, 1655.3, "盐城亭湖光电科技有限公司：摄像头模组研发生产项目", 280],
        [5, "市开发区", 14, 1124.66, "江苏悦达智能装备有限公司：智能工厂建设项目", 210],
        [6, "城南新区", 8, 507.26, "盐城城南数字科技有限公司：工业互联网平台项目", 95],
        ["合计", null, 116, 7876.22, null, null],
        ["注：支持范围包括产业投资、智能制造、产业龙头培育、企业创新发展、“互联网+”发展、绿色制造、镇村经济发展、服务体系建设等项目。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A11:B11", "A12:F12"],
      numberFormats: { "D5:D11": "#,##0.00", "F5:F10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分地区情况",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D11",
        why: "合计 7,876.22 where the areas give 96.00 + 3,186.42 + 1,302.58 + 1,655.30 + 1,124.66 + 507.26 = 7,872.22: 4.00万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C11", why: "项目个数 116 = 4 + 29 + 33 + 28 + 14 + 8" },
      { rule: "composition.total-mismatch", cell: "F11", why: "the largest project's money is one project per area, 其中 of its area; no total is stated for it and none is due" },
      { rule: "composition.total-mismatch", cell: "D5", why: "each 其中 amount (30, 336, 168, 280, 210, 95) is below its area's money; they are one project of many, not all of it" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects of different sizes: no unit amount, nothing to multiply" },
      { rule: "composition.line-rounded", why: "as above" },
      { rule: "input.unreadable-value", why: "the project names, the caption and the note are text by nature" },
    ],
  },
};
