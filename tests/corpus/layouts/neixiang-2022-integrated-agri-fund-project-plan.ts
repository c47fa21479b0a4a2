import type { CorpusLayout } from "../types";

// 内乡县 2022-04-08 (县财政局, 县政府门户网站; stored as a repost): 内乡县2022年统筹整合财政涉农资金实施方案 — guiding thought, principles and
// the integration rules (国办发〔2016〕22号, 财农〔2021〕22号, 豫财农综〔2021〕8号, 豫农领办文〔2022〕4号). Such a 方案 carries its 项目计划表 as
// an annex; the stored copy shows only the opening, so the annex is set out as Henan's counties publish it: 序号 | 项目类型 | 项目名称 |
// 实施地点 | 建设内容及规模 | 资金规模及来源（万元） over 合计 | 中央资金 | 省级资金 | 市级资金 | 县级资金.
export const layout: CorpusLayout = {
  id: "neixiang-2022-integrated-agri-fund-project-plan",
  source: {
    title: "内乡县2022年统筹整合财政涉农资金实施方案（附件：项目计划表，表据正文拟）",
    url: "http://gmyjh.com/2022/11-02/2664120.html",
    publisher: "内乡县财政局（内乡县人民政府门户网站，转载）",
    date: "2022-04-08",
    changes:
      "As published: the 方案's title, its date and source (财政局), its basis documents and aims (巩固拓展脱贫攻坚成果同乡村振兴有效衔接, 省负总责、市县抓落实). " +
      "The annexed plan is not in the stored copy: its columns are laid out as such plans are, and every project, town, content and figure is ours " +
      "(towns of 内乡县). Planted: 夏馆镇安全饮水 project's 合计 typed 196 where its sources give 100 + 60 + 0 + 26 = 186; the 合计 row keeps the " +
      "sources' sum 1,879.5, which the lines as typed (1,889.5) do not reach.",
  },
  classes: ["composition", "project-plan", "source-split-columns", "merged-money-header", "category-column", "towns-as-places", "planted-row-slip", "total-at-foot", "two-header-rows", "annex-title-row", "notes-under-table", "table-not-in-stored-copy", "table-from-prose", "county-fund", "henan"],
  settings: { district: "内乡县" },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 12, 40, 12, 30, 10, 10, 10, 10, 10],
      rows: [
        ["附件", null, null, null, null, null, null, null, null, null],
        ["内乡县2022年统筹整合财政涉农资金项目计划表", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目类型", "项目名称", "实施地点", "建设内容及规模", "资金规模及来源（万元）", null, null, null, null],
        [null, null, null, null, null, "合计", "中央资金", "省级资金", "市级资金", "县级资金"],
        [1, "产业发展", "内乡县2022年马山口镇香菇大棚建设项目", "马山口镇", "新建香菇种植大棚40座", 480, 300, 120, 0, 60],
        [2, "产业发展", "内乡县2022年赤眉镇肉牛养殖圈舍项目", "赤眉镇", "新建标准化圈舍2400平方米", 360, 200, 100, 0, 60],
        [3, "产业发展", "内乡县2022年余关镇猕猴桃产业园配套项目", "余关镇", "配套灌溉管网6.5公里", 265.5, 150, 80, 0, 35.5],
        [4, "乡村建设", "内乡县2022年王店镇村组道路项目", "王店镇", "新修4.5米宽水泥道路4.2公里", 315, 180, 90, 15, 30],
        [5, "乡村建设", "内乡县2022年夏馆镇安全饮水巩固提升项目", "夏馆镇", "新打机井3眼，铺设供水管网8公里", 196, 100, 60, 0, 26],
        [6, "金融扶贫", "内乡县2022年小额信贷贴息项目", "全县", "为脱贫户及监测户贷款贴息", 120, 60, 40, 0, 20],
        [7, "教育扶贫", "内乡县2022年雨露计划职业教育补助项目", "全县", "补助中高职在校生1020人次", 153, 100, 53, 0, 0],
        ["合计", null, null, null, null, 1879.5, 1090, 543, 15, 231.5],
        ["注：项目资金以最终下达文件为准，项目实施中确需调整的按程序报批。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A2:J2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:J4", "A13:E13", "A14:J14"],
      numberFormats: { "F6:J13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { A: "code", B: "category", C: "line", F: "amount", G: "amount:中央资金", H: "amount:省级资金", I: "amount:市级资金", J: "amount:县级资金" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F10", why: "夏馆镇安全饮水: 合计 196 where 中央 100 + 省级 60 + 市级 0 + 县级 26 = 186: 10万元 over" },
      { rule: "composition.total-mismatch", cell: "F13", why: "合计 column's foot 1,879.5 where its lines as typed add up to 480 + 360 + 265.5 + 315 + 196 + 120 + 153 = 1,889.5" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G13", why: "中央 1,090 = 300 + 200 + 150 + 180 + 100 + 60 + 100" },
      { rule: "composition.total-mismatch", cell: "H13", why: "省级 543 = 120 + 100 + 80 + 90 + 60 + 40 + 53" },
      { rule: "composition.total-mismatch", cell: "I13", why: "市级 15 = 王店镇's 15 alone" },
      { rule: "composition.total-mismatch", cell: "J13", why: "县级 231.5 = 60 + 60 + 35.5 + 30 + 26 + 20 + 0" },
      { rule: "composition.total-mismatch", cell: "F8", why: "265.5 = 150 + 80 + 0 + 35.5" },
      { rule: "composition.line-mismatch", cell: "F12", why: "1020人次 is in the content text, no unit amount column: nothing to multiply" },
      { rule: "composition.total-mismatch", cell: "A6", why: "序号 1–7 are numbers, not money" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note is not a line" },
    ],
  },
};
