import type { CorpusLayout } from "../types";

// 山西省财政厅 / 山西省民营经济发展局: 省级民营经济发展专项资金管理办法 (news report, “最高奖励五百万元”): 示范县 rated 优秀 / 良好 /
// 及格 get 100 / 80 / 50万元 (分别), two years 优秀 running 300万元 and three years 500万元 each; a 中小微工业企业 first reaching
// 规模以上 30万元 a firm, raised by 30% for 战略性新兴产业. The clauses as a catalog sheet, then a year's 上规升级 award list.
export const layout: CorpusLayout = {
  id: "shanxi-private-economy-fund-measures",
  source: {
    title: "省级民营经济发展专项资金来了 最高奖励五百万元（山西省财政厅、省民营经济发展局《省级民营经济发展专项资金管理办法》）",
    url: "http://www.hooverssubs.com/20/17228.html",
    publisher: "山西省财政厅 山西省民营经济发展局 (news report, reposted)",
    changes:
      "As published: the clauses' wording and amounts (示范县 优秀、良好、及格 分别给予100万元、80万元、50万元; 连续两年考核优秀的每个奖励300万元; 连续三年 " +
      "500万元; 小升规 每户30万元; 战略性新兴产业 再上浮30%, kept as the note under the clauses). The report is prose: the clause table (序号 | 支持方向 | " +
      "支持对象 | 支持标准) arranges it; the award list (its title, year 2020, cities, firms, codes, amounts) is ours and holds no 战略性新兴产业 firm. " +
      "Planted: a firm at 40万元 over the 30万元 a firm; a firm of 榆林市 (陕西) in the province's list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "levels-in-one-sentence", "sub-items-in-one-cell", "raise-by-percent-in-note", "credit-codes", "cities-as-places", "province-wide-fund", "item-in-title", "wanyuan-in-header", "total-at-foot", "notes-under-table", "provincial-department", "shanxi"],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "支持方向及标准",
      widths: [6, 26, 44, 44],
      rows: [
        ["省级民营经济发展专项资金支持方向及标准", null, null, null],
        ["序号", "支持方向", "支持对象", "支持标准"],
        [1, "民营经济高质量发展示范县创建奖励", "经省政府同意开展创建民营经济高质量发展示范县工作考核中评为优秀、良好、及格的县（市、区、开发区）", "分别给予100万元、80万元、50万元奖励"],
        [2, "示范县连续考核优秀奖励", "连续两年考核优秀的县（市、区、开发区）；连续三年考核优秀的县（市、区、开发区）", "连续两年考核优秀的，每个奖励300万元；连续三年考核优秀的，每个奖励500万元"],
        [3, "中小微工业企业上规升级奖励", "年主营业务收入首次达到规模以上并纳入统计部门联网直报的中小微工业企业", "给予每户30万元的奖励"],
        ["注：对符合战略性新兴产业条件的企业，在首次“小升规”工业企业奖励的基础上奖励额度再上浮30%。专项资金采取“当年预算支持上年已确定的项目”的办法。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "上规升级奖励名单",
      widths: [6, 10, 30, 22, 14, 16],
      rows: [
        ["2020年省级民营经济发展专项资金中小微工业企业上规升级奖励企业名单", null, null, null, null, null],
        ["序号", "市", "企业名称", "统一社会信用代码", "入统时间", "奖励金额（万元）"],
        [1, "太原市", "太原市晋阳精密机械有限公司", "91140100MA0KD4R27B", "2019年12月", 30],
        [2, "大同市", "大同市云冈新材料科技有限公司", "91140200MA0HF3G524", "2019年6月", 30],
        [3, "长治市", "长治市上党农产品加工有限公司", "91140400MA0M51R810", "2019年12月", 40],
        [4, "晋城市", "晋城市泽州铸造有限公司", "91140500MA0KF8D19D", "2019年9月", 30],
        [5, "朔州市", "朔州市桑干河乳业有限公司", "91140600MA0JT4W68F", "2019年12月", 30],
        [6, "晋中市", "晋中市榆次液压件有限公司", "91140700MA0K7TQ33R", "2019年3月", 30],
        [7, "榆林市", "榆林市府谷镁业科技有限公司", "91610800MA70C2QH5C", "2019年12月", 30],
        [8, "运城市", "运城市河东果业食品有限公司", "91140800MA0LA2X74Y", "2019年6月", 30],
        [9, "忻州市", "忻州市五台山杂粮开发有限公司", "91140900MA0LRX9U6L", "2019年12月", 30],
        [10, "临汾市", "临汾市尧都电子元件有限公司", "91141000MA0JY5E20N", "2019年9月", 30],
        ["合计", null, null, null, null, 310],
      ],
      merges: ["A1:F1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支持方向及标准",
        kind: "catalog",
        headerRow: 2,
        lastRow: 5,
        columns: { A: "code", B: "item", C: "category", D: "standard" },
      },
      {
        sheet: "上规升级奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved" },
        year: 2020,
        item: "中小微工业企业上规升级奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "上规升级奖励名单", cell: "F5", why: "给予每户30万元 (fixed); 长治市上党农产品加工 at 40: 10万元 over (even the 战略性新兴产业 raise, 30 × 1.3 = 39, is below 40)" },
      { rule: "register.ineligible-location", sheet: "上规升级奖励名单", cell: "B9", why: "榆林市 is a city of 陕西省, not of 山西省, the province the fund covers" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持方向及标准", cell: "D3", why: "分别给予100万元、80万元、50万元: one fixed award per named rating (优秀, 良好, 及格)" },
      { rule: "catalog.unreadable-standard", sheet: "支持方向及标准", cell: "D5", why: "每户30万元 is a fixed amount" },
      { rule: "cap.exceeded", sheet: "上规升级奖励名单", cell: "F3", why: "30 is the fixed amount" },
      { rule: "cap.exceeded", sheet: "上规升级奖励名单", cell: "F13", why: "合计 310 (= 9 × 30 + 40) is the list's total" },
      { rule: "register.ineligible-location", sheet: "上规升级奖励名单", cell: "B4", why: "大同市 and the other cities are cities of 山西省" },
      { rule: "register.location-code-mismatch", why: "each 山西 firm's code carries its own city's division code (140100 太原 … 141000 临汾)" },
      { rule: "register.duplicate", why: "ten firms, ten codes" },
      { rule: "cap.unknown-policy", why: "the list's title names 中小微工业企业上规升级奖励 whole" },
      { rule: "register.unpaid", why: "no as-of date set" },
    ],
  },
};
