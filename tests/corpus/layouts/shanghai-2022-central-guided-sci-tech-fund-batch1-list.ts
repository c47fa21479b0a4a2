import type { CorpusLayout } from "../types";

// 上海市科委、市财政局 2022-07-22: the first batch of 2022 central 引导地方科技发展资金 projects put up for public notice. The notice
// names the fund, the batch and the notice period; its annex (the list) was not in the stored copy, so the list is laid out as such
// annexes are: 序号 | 项目名称 | 承担单位 | 统一社会信用代码 | 所在区 | 支持方向 | 资助金额, 合计 at the foot, the notice period under it.
export const layout: CorpusLayout = {
  id: "shanghai-2022-central-guided-sci-tech-fund-batch1-list",
  source: {
    title: "上海市2022年度中央引导地方科技发展资金拟资助项目（第一批）公示（附件名单据通知拟）",
    url: "http://www.dbfirerescue.com/ZCT/PolicyDetail/b8321ad7e8174af79937fd8b64ef64a7",
    publisher: "上海市科学技术委员会、上海市财政局",
    date: "2022-07-22",
    changes:
      "As published: the fund, the first batch of 2022, the notice period (2022-07-22 to 07-28), the two offices. The annex was not in the stored copy: " +
      "the list's form (序号, 承担单位 with 统一社会信用代码, 所在区, 支持方向 from 财教〔2021〕204号's four directions, 资助金额 in 万元, 合计) and all projects, " +
      "bodies, codes and sums are ours. Planted: 上海澄渊生物科技 listed a second time (row 10) with the same 500; 上海沐川能源's code with a wrong check " +
      "character (E for D); the 合计 typed 2600 over lines adding to 2650.",
  },
  classes: ["register", "credit-codes", "districts-as-places", "direction-column", "city-wide-fund", "public-institution-code", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "annex-not-shown", "table-from-notice", "shanghai"],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "拟资助项目",
      widths: [6, 30, 28, 22, 10, 14, 12],
      rows: [
        ["上海市2022年度中央引导地方科技发展资金拟资助项目名单（第一批）", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "项目名称", "承担单位", "统一社会信用代码", "所在区", "支持方向", "资助金额"],
        [1, "新型二维磁性材料调控机理研究", "上海锐辰新材料研究院有限公司", "91310104MA1FR2K8XQ", "徐汇区", "基础研究", 200],
        [2, "高通量细胞表型分析平台建设", "上海澄渊生物科技有限公司", "91310115MA1K4B7Q3B", "浦东新区", "科技创新基地", 500],
        [3, "工业软件协同设计公共服务平台", "上海栖衡信息技术有限公司", "91310112MA1GB9T2P3", "闵行区", "区域创新体系", 300],
        [4, "固态电解质中试及成果转化", "上海沐川能源科技有限公司", "91310118MA1JL6W04E", "青浦区", "成果转移转化", 400],
        [5, "海洋微生物资源库建设", "上海市海岱生物资源中心", "12310000425007512P", "奉贤区", "科技创新基地", 350],
        [6, "临床级干细胞制备技术转化", "上海屹禾医药科技有限公司", "91310120MA1HN3C5RU", "奉贤区", "成果转移转化", 250],
        [7, "高通量细胞表型分析平台建设", "上海澄渊生物科技有限公司", "91310115MA1K4B7Q3B", "浦东新区", "科技创新基地", 500],
        [8, "长三角科技资源共享服务", "上海知衡科技服务有限公司", "91310000MA1FL7D2K0", "黄浦区", "区域创新体系", 150],
        ["合计", null, null, null, null, null, 2600],
        ["注：公示期为2022年7月22日至7月28日。对公示内容持有异议的，请于公示期内以书面形式向市科委反映。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A12:F12", "A13:G13"],
      numberFormats: { "G4:G12": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "拟资助项目", kind: "register", unit: "万元", headerRow: 3, lastRow: 12, columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "category", G: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D7", why: "91310118MA1JL6W04E: the GB 32100-2015 check character of 91310118MA1JL6W04 is D, not E" },
      { rule: "register.duplicate", cell: "G10", why: "上海澄渊生物科技有限公司 (91310115MA1K4B7Q3B) again under the same fund and year, first at row 5" },
      { rule: "composition.total-mismatch", cell: "G12", why: "合计 2600 but the lines add up to 200+500+300+400+350+250+500+150 = 2650; whole 万元, no rounding" },
      { rule: "cap.unknown-policy", cell: "G4", why: "no catalog: the list's fund (from its title …名单) is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "E4", why: "徐汇区 and every 所在区 is a district of 上海市, the fund's area" },
      { rule: "register.location-code-mismatch", cell: "D8", why: "12310000…: a municipal public institution registered at city level (310000), inside 上海市" },
      { rule: "register.location-code-mismatch", cell: "D11", why: "91310000…: registered at city level, inside 上海市" },
      { rule: "cap.unknown-policy", cell: "F4", why: "支持方向 are four directions repeated (a category), not policy items" },
      { rule: "register.duplicate", cell: "G9", why: "奉贤区 appears twice, but for two different bodies" },
      { rule: "composition.total-mismatch", cell: "A13", why: "the notice-period note is prose under the table" },
    ],
  },
};
