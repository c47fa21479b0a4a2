import type { CorpusLayout } from "../types";

// 山西省财政厅 with 应急管理厅、农业农村厅、水利厅, 2023-08-02: 6000万元 of provincial 雨涝灾害救灾资金 — 防灾减灾 3400, 农业救灾 1600,
// 水利救灾 1000 — of which 2010万元 for the worst-hit counties (昔阳、平定、和顺、陵川、灵丘). Laid out as an allocation by place: 合计 beside
// its three kinds under 其中, the five counties and the other cities as two numbered groups with their subtotals, 合计 first.
export const layout: CorpusLayout = {
  id: "shanxi-2023-flood-relief-allocation",
  source: {
    title: "山西下达6000万元省级雨涝灾害救灾资金（新华社太原8月3日电；分配表据正文拟）",
    url: "http://m.shangbao.news3.cn/zixun/2023/0803/13537.html",
    publisher: "山西省财政厅（新华社报道）",
    date: "2023-08-03",
    changes:
      "As published (in prose): 6000万元 in three kinds (防灾减灾资金3400万元、农业救灾资金1600万元、水利救灾资金1000万元) and 2010万元 of it for 昔阳、平定、" +
      "和顺、陵川、灵丘. The table (title, headings, the two groups, the other cities) is built from that prose (表据正文拟); each county's and city's " +
      "split is ours, chosen to add up to the published sums. Planted: 阳泉市 水利救灾资金 typed 10 for 110, so 阳泉市's 合计 670 no longer equals its " +
      "kinds (380 + 180 + 10 = 570) and the group's 水利 subtotal 650 no longer equals its cities (550).",
  },
  classes: [
    "composition", "allocation-by-county", "row-total-column", "qizhong-columns", "merged-header-over-three", "two-header-rows", "group-subtotal-rows",
    "chinese-numbered-groups", "total-row-first", "counties-and-cities-mixed", "county-inside-listed-city", "whole-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "shanxi",
  ],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 12, 16, 16, 16],
      rows: [
        ["山西省2023年省级雨涝灾害救灾资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "地区", "合计", "其中", null, null],
        [null, null, null, "防灾减灾资金", "农业救灾资金", "水利救灾资金"],
        ["合计", null, 6000, 3400, 1600, 1000],
        ["一", "重点受灾县", 2010, 1140, 520, 350],
        [1, "昔阳县", 520, 300, 130, 90],
        [2, "平定县", 460, 260, 120, 80],
        [3, "和顺县", 390, 220, 100, 70],
        [4, "陵川县", 340, 190, 90, 60],
        [5, "灵丘县", 300, 170, 80, 50],
        ["二", "其他受灾市", 3990, 2260, 1080, 650],
        [1, "太原市", 530, 300, 140, 90],
        [2, "大同市", 600, 340, 160, 100],
        [3, "阳泉市", 670, 380, 180, 10],
        [4, "长治市", 570, 320, 160, 90],
        [5, "晋城市", 540, 300, 150, 90],
        [6, "晋中市", 630, 360, 170, 100],
        [7, "忻州市", 450, 260, 120, 70],
        ["注：资金由地方统筹用于应急抢险救援、受灾群众救助、农田排水降渍、农田水利设施损毁修复、恢复农业生产所需的物资材料和水毁设施修复等工作。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A5:B5", "A20:F20"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { B: "line", C: "amount", D: "amount:防灾减灾", E: "amount:农业救灾", F: "amount:水利救灾" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C15", why: "阳泉市 合计 670; its kinds as typed 380 + 180 + 10 = 570: 100万元 apart" },
      { rule: "composition.total-mismatch", cell: "F12", why: "其他受灾市 水利救灾资金 650; the cities as typed 90 + 100 + 10 + 90 + 90 + 100 + 70 = 550" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 6,000 = 2,010 + 3,990 = 3,400 + 1,600 + 1,000 (the subtotals are not added twice)" },
      { rule: "composition.total-mismatch", cell: "C6", why: "2,010 = 520 + 460 + 390 + 340 + 300 = 1,140 + 520 + 350" },
      { rule: "composition.total-mismatch", cell: "D6", why: "300 + 260 + 220 + 190 + 170 = 1,140" },
      { rule: "composition.total-mismatch", cell: "C12", why: "3,990 = 530 + 600 + 670 + 570 + 540 + 630 + 450, and = 2,260 + 1,080 + 650 across" },
      { rule: "composition.total-mismatch", cell: "D12", why: "300 + 340 + 380 + 320 + 300 + 360 + 260 = 2,260" },
      { rule: "composition.total-mismatch", cell: "E12", why: "140 + 160 + 180 + 160 + 150 + 170 + 120 = 1,080" },
      { rule: "composition.total-mismatch", cell: "C9", why: "和顺县 390 = 220 + 100 + 70" },
      { rule: "register.ineligible-location", cell: "B8", why: "平定县 is a county of 阳泉市, in 山西省; listed beside 阳泉市 it is the county's own share, not a stray place" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
    ],
  },
};
