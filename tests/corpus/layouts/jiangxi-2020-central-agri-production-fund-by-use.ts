import type { CorpusLayout } from "../types";

// 江西省财政厅 2020-09: the 2020 中央农业生产发展资金 52,860万元 sent down for 优势特色产业集群, 设施蔬菜, 农产品加工, 果菜茶有机肥替代化肥
// 试点, 扶持新型经营主体 and 生猪复产增养贷款贴息; laid out as an allocation by use, numbered lines, the 新型经营主体 line split 其中 家庭农场 |
// 农民合作社, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiangxi-2020-central-agri-production-fund-by-use",
  source: {
    title: "省财政厅下达2020年中央农业生产发展资金52860万元（资金安排表据正文拟）",
    url: "http://zzxhmbw.com/xxgk/czyjs/202009/t20200909_1008218.html",
    publisher: "江西省财政厅",
    date: "2020-09-09",
    changes:
      "The page gives the total (52,860万元) and the six uses in one sentence, no split; the amounts, the 其中 lines under 扶持新型经营主体, the table " +
      "and its headings are ours (表据正文拟), chosen to add up to 52,860 with 农产品加工 at 6,500. Planted: 农产品加工 typed 5,600, so the six uses add " +
      "up to 51,960 against the 合计 52,860.",
  },
  classes: ["composition", "allocation-by-use", "outline-numbering", "qizhong-lines", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "jiangxi"],
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 30, 14, 30],
      rows: [
        ["2020年中央农业生产发展资金安排表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "支持方向", "金额", "备注"],
        [1, "优势特色产业集群", 20000, null],
        [2, "设施蔬菜", 8000, null],
        [3, "农产品加工", 5600, null],
        [4, "果菜茶有机肥替代化肥试点", 5360, null],
        [5, "扶持新型经营主体", 9000, null],
        [null, "其中：家庭农场", 3000, null],
        [null, "      农民合作社", 6000, null],
        [6, "生猪复产增养贷款贴息", 4000, "贷款贴息按实际发生额据实结算"],
        ["合计", null, 52860, null],
        ["注：各地要严格按照《江西省中央农业生产发展资金管理办法实施细则》，切实加强资金监管，加强预算执行和绩效管理，确保预算绩效目标如期实现。", null, null, null],
      ],
      merges: ["A1:D1", "A12:B12", "A13:D13"],
      numberFormats: { "C4:C12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 12, columns: { B: "line", C: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C12", why: "合计 52,860 ≠ 20,000 + 8,000 + 5,600 + 5,360 + 9,000 + 4,000 = 51,960 (900万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "扶持新型经营主体 9,000 = 其中 3,000 + 6,000; the 其中 lines are not added into the 合计 again (51,960 + 9,000 would be 60,960)" },
      { rule: "composition.line-mismatch", why: "no quantity or unit column" },
      { rule: "input.unreadable-value", cell: "D11", why: "备注 is text" },
    ],
  },
};
