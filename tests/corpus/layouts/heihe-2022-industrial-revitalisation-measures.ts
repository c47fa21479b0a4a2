import type { CorpusLayout } from "../types";

// 黑河市人民政府办公室 2022-12-20: 黑河市推动工业振兴若干政策措施, 一、扶持壮大重点产业 — 1.5% of fixed-asset investment with a
// maximum of 500万元 a firm; a fixed 2万元 and a further 3万元 (再); an investment subsidy at 30% of the LPR with a maximum of 200万元.
// The clauses one row each; the year's payments on a second sheet with the investment beside the award.
export const layout: CorpusLayout = {
  id: "heihe-2022-industrial-revitalisation-measures",
  source: {
    title: "黑河市人民政府办公室关于印发《黑河市推动工业振兴若干政策措施》的通知（一、扶持壮大重点产业（一）（二））",
    url: "http://www.lzxfs.cn/subsidy_info/TVRJME1BPT0=",
    publisher: "黑河市人民政府办公室",
    date: "2022-12-20",
    changes:
      "The standards are the published wording of clauses (一) and (二), each a row (条款 | 措施 | 政策内容) with the measure's own heading; " +
      "(一)'s list of responsible offices is left out and (二) is cut after 最高不超过200万元 (the stored copy stops a few words later). The " +
      "payment list on the second sheet is ours: firms, codes of 爱辉 231102 / 北安 231181 / 五大连池 231182 / 嫩江 231183 / 逊克 231123 / 孙吴 " +
      "231124 / 齐齐哈尔 230200, investments, amounts, remarks. Planted: 北安龙垦乳业 320 where 1.5% of 20,000 is 300; 逊克有色 560 above the " +
      "500万元 maximum; 齐齐哈尔华安重装 registered in 齐齐哈尔市.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "further-award-again", "rate-of-a-rate", "levels-in-one-cell", "base-column", "credit-codes", "counties-as-places", "item-per-row", "city-wide-fund", "wanyuan-caption", "remark-column", "heilongjiang"],
  settings: { district: "黑河市", asOf: "2023-09-30" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 18, 110],
      rows: [
        ["黑河市推动工业振兴若干政策措施（一、扶持壮大重点产业）", null, null],
        ["条款", "措施", "政策内容"],
        ["（一）", "支持支柱产业", "对支柱产业现有企业建设上下游及配套建成的投产项目，按实际完成固定资产投资总额给予1.5%的一次性投资补助，单户企业补助金额最高不超过500万元。"],
        ["（二）", "支持特色产业", "支持企业“增品种、提品质、创品牌”，对入选黑龙江省年度食品工业“三品”专项行动典型成果的企业，可一次性奖励2万元；同年入选国家年度食品工业“三品”专项行动典型成果的企业，可再一次性奖励3万元。对年内投产的特色产业项目，以入统投资金额为依据，按入统时一年期贷款市场报价利率（LPR）水平的30%给予一次性投资补助，最高不超过200万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 14, 16, 18, 14, 30],
      rows: [
        ["2023年黑河市推动工业振兴政策资金兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "措施", "固定资产投资总额", "补助金额", "备注"],
        [1, "黑河北丰矿业有限公司", "91231102MABPPMDRFA", "爱辉区", "支持支柱产业", 12000, 180, "选矿生产线配套项目"],
        [2, "北安龙垦乳业有限公司", "91231181MAUXMUPRU4", "北安市", "支持支柱产业", 20000, 320, "乳制品扩能项目"],
        [3, "五大连池矿泉饮品有限公司", "91231182MARP9RFMB8", "五大连池市", "支持支柱产业", 40000, 500, "矿泉水灌装二期"],
        [4, "嫩江大豆食品有限公司", "91231183MA9FKBDR9R", "嫩江市", "支持特色产业", null, 2, "入选省级食品工业“三品”典型成果"],
        [5, "逊克有色金属有限公司", "91231123MAURPFPKD1", "逊克县", "支持支柱产业", 50000, 560, "铜钼矿深加工项目"],
        [6, "齐齐哈尔华安重装有限公司", "91230200MA9KU9XFKL", "齐齐哈尔市", "支持支柱产业", 10000, 150, "配套铸件项目"],
        [7, "孙吴蓝莓食品有限公司", "91231124MAPBKRBPBM", "孙吴县", "支持特色产业", null, 2, "入选省级食品工业“三品”典型成果"],
        [8, "嫩江粮食仓储物流有限公司", "91231183MAXM9FFKD6", "嫩江市", "支持支柱产业", 8600, 129, "粮食烘干仓储项目"],
        ["合计", null, null, null, null, 140600, 1843, null],
      ],
      merges: ["A1:H1", "A12:E12"],
      numberFormats: { "F4:G12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "北安龙垦乳业: 1.5% × 20,000 = 300 binds before the 500 maximum; 320 paid: 20万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "逊克有色金属: 1.5% × 50,000 = 750, so the 500万元 maximum binds; 560 paid: 60万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D9", why: "齐齐哈尔市 is outside 黑河市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "a rate of 1.5% of 固定资产投资总额 with a maximum of 500万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "fixed 2万元 and a further 3万元, and a maximum of 200万元: amounts to read" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "1.5% × 12,000 = 180 = paid" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "1.5% × 40,000 = 600, the 500 maximum binds; 500 paid exactly" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G11", why: "1.5% × 8,600 = 129 = paid" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "支持特色产业 2万元, the fixed “三品” award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G12", why: "合计 1,843 is no award (180+320+500+2+560+150+2+129)" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "G7", why: "a fixed award needs no base: the blank investment is no missing base" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "every row inside 黑河市 carries its own county's code (2311xx); the 齐齐哈尔 row is outside, reported as such" },
      { rule: "register.duplicate", why: "eight firms, each once" },
      { rule: "cap.unknown-policy", why: "both 措施 are in the catalog sheet" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
