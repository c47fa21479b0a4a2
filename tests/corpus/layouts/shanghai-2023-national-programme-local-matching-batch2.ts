import type { CorpusLayout } from "../types";

// 上海市科委 2023-07-31: the second 2023 batch of 国家重要科技计划项目 that receive 上海市地方匹配资金, put up for notice. The notice text
// (fund, batch, notice period, objection rules) was stored; its annex was not, so the list is laid out as such matching lists are:
// the national project number, project, body and code, then 经费 split into the central 国拨经费 and the city's 拟匹配金额.
export const layout: CorpusLayout = {
  id: "shanghai-2023-national-programme-local-matching-batch2",
  source: {
    title: "2023年度第二批国家重要科技计划项目上海市地方匹配资金拟匹配项目公示（附件名单据通知拟）",
    url: "https://heec.cahe.edu.cn/news/kj-tzgg/18105.html",
    publisher: "上海市科学技术委员会",
    date: "2023-07-31",
    changes:
      "As published: the fund, the second batch of 2023, the notice period (2023-07-31 to 08-04). The annex was not in the stored copy: the form " +
      "(国家项目编号, 统一社会信用代码, 经费 over 国拨经费 | 拟匹配金额, 合计) and all projects, bodies, codes and sums are ours; the university line has no code (—). " +
      "Planted: 上海汀屿电力科技's code with a wrong check character (7 for C); the 拟匹配金额 合计 typed 1262 over lines adding to 1226.",
  },
  classes: ["register", "credit-codes", "dash-as-nothing", "base-column", "project-number-column", "two-header-rows", "split-under-merged-header", "city-wide-fund", "public-institution-code", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "annex-not-shown", "table-from-notice", "shanghai"],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "拟匹配项目",
      widths: [6, 18, 30, 28, 22, 12, 12],
      rows: [
        ["2023年度第二批国家重要科技计划项目上海市地方匹配资金拟匹配项目名单", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "国家项目编号", "项目名称", "承担单位", "统一社会信用代码", "经费", null],
        [null, null, null, null, null, "国拨经费", "拟匹配金额"],
        [1, "2023YFB3405600", "高熵合金增材制造关键技术", "上海钧衡材料科技有限公司", "91310113MA1GK2L7XJ", 1200, 240],
        [2, "2023YFC2507300", "城市地下管网智能监测装备", "上海沛川智能装备有限公司", "91310114MA1GR6D3WD", 860, 172],
        [3, "2023YFE0109800", "海上风电柔性直流送出关键器件", "上海汀屿电力科技有限公司", "91310116MA1J8P4C27", 450, 90],
        [4, "2023YFA0913100", "合成生物底盘细胞理性设计", "上海市合成生物创新研究中心", "12310000MB2C39874T", 2100, 420],
        [5, "2023YFD1701200", "设施农业智能装备研制", "上海禾朔农业科技有限公司", "91310117MA1J5T7E6Q", 640, 128],
        [6, "2023YFF0712500", "高精度计量芯片研制", "上海衡岑微电子有限公司", "91310110MA1G8U2N4J", 380, 76],
        [7, "2023YFC3604400", "重大慢病早筛队列研究", "上海浦江医学院", "—", 500, 100],
        ["合计", null, null, null, null, 6130, 1262],
        ["注：公示期为2023年7月31日至8月4日。对公示内容持有异议的，请于公示期内以书面形式向市科委反映。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "A12:E12", "A13:G13"],
      numberFormats: { "F5:G12": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "拟匹配项目", kind: "register", unit: "万元", headerRow: 3, lastRow: 12, columns: { C: "project", D: "enterprise", E: "creditCode", F: "base", G: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "E7", why: "91310116MA1J8P4C27: the check character of 91310116MA1J8P4C2 is C, not 7" },
      { rule: "composition.total-mismatch", cell: "G12", why: "拟匹配金额 合计 1262 but the lines add up to 240+172+90+420+128+76+100 = 1226 (digits turned); whole 万元" },
      { rule: "cap.unknown-policy", cell: "G5", why: "no catalog: the list's fund (from its title …名单) is reported once as unchecked, at the first row's approved amount" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "E11", why: "a dash in the code column is no code" },
      { rule: "register.invalid-credit-code", cell: "B5", why: "2023YFB3405600 is a national project number, not a credit code" },
      { rule: "composition.total-mismatch", cell: "F12", why: "国拨经费 lines add up to 1200+860+450+2100+640+380+500 = 6130 as stated" },
      { rule: "register.duplicate", why: "seven different bodies, each once" },
    ],
  },
};
