import type { CorpusLayout } from "../types";

// 华蓥市 (四川 广安): 推动工业经济高质量发展十条政策 as a news report gives them — revenue breakthroughs 10–80万元, headquarters 50万元 per
// 1000万元 of contribution, 1% of basalt-fibre orders at most 100万元 a year, local supply at most 50万元 a year, 20万元 once for entering
// the 规上 statistics or the province's listing reserve, 500–1000万元 for a listing. The clauses as reported, one row per award, and a
// list of firms proposed under them with the sales each rate award is counted on.
export const layout: CorpusLayout = {
  id: "huaying-industrial-ten-policies-awards",
  source: {
    title: "华蓥市推动工业经济高质量发展十条政策（企业做大做强、强链补链、升规上市条款）",
    url: "http://www.gztea.com.cn/subsidy_info/TVRFeE1BPT0=",
    publisher: "华蓥市人民政府",
    changes:
      "The clause wording is the report's (首次实现重大突破 10万元至80万元不等; 总部 超过1000万元 一次性奖励50万元, 每跨过一个1000万元台阶 " +
      "增加50万元; 玄武岩连续纤维 单笔订单500万元以上 销售收入的1% 每年最高100万元; 相互配套 每年最高50万元; 纳入规上 / 上市后备企业资源库 " +
      "一次性20万元; 上市 500万元至1000万元不等), one row per award; the 政策项目 names are ours. The list (拟兑现企业名单), firms, codes " +
      "(valid, 华蓥市 511681) and amounts are ours. Planted: 四川华蓥巨石纤维制品有限公司 proposed 36万元 on 2600万元 of orders, where 1% is 26.",
  },
  classes: ["catalog", "register", "prose-caps", "rate-with-cap", "fixed-cap", "range-of-awards", "conditions-not-caps", "base-column", "credit-codes", "item-per-row", "no-year-stated", "news-report", "total-at-foot", "wanyuan-in-header", "county-level-city", "sichuan"],
  settings: { district: "华蓥市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 90],
      rows: [
        ["华蓥市推动工业经济高质量发展十条政策（摘录）", null, null],
        ["条款", "政策项目", "支持标准"],
        ["一", "主营业务收入首次突破奖励", "对华蓥市内主营业务收入首次实现重大突破的工业企业，分别给予10万元至80万元不等的奖励。"],
        ["一", "总部企业奖励", "对在华蓥设立总部的企业，且直接经济贡献额度超过1000万元，一次性奖励50万元，每跨过一个1000万元台阶，增加奖励50万元。"],
        ["二", "玄武岩连续纤维订单奖励", "对市内玄武岩连续纤维及其制品生产企业签订单笔订单500万元以上，在完成货物交付后，给予销售收入的1%予以奖励，每家企业每年最高可获100万元奖励。"],
        ["二", "本地配套奖励", "鼓励市内电子信息、装备制造、玄武岩连续纤维企业相互配套，并给予相应奖励，每家企业每年最高可获50万元奖励。"],
        ["三", "纳入规上工业企业奖励", "对市内成功纳入规模以上工业企业、纳入四川省上市后备企业资源库的企业，均一次性奖励20万元。"],
        ["三", "纳入省上市后备企业资源库奖励", "对市内成功纳入规模以上工业企业、纳入四川省上市后备企业资源库的企业，均一次性奖励20万元。"],
        ["三", "企业上市奖励", "对在科创板、创业板、主板首次公开发行股票上市的工业企业，分别一次性给予500万元至1000万元不等的奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 28, 16, 14],
      rows: [
        ["华蓥市推动工业经济高质量发展政策拟兑现企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "订单销售收入（万元）", "兑现金额（万元）"],
        [1, "华蓥市玄武新材料有限公司", "91511681MA62D4KX9K", "玄武岩连续纤维订单奖励", 3200, 32],
        [2, "四川华蓥巨石纤维制品有限公司", "91511681MA6BQ1W30N", "玄武岩连续纤维订单奖励", 2600, 36],
        [3, "四川蓥山电子科技有限公司", "91511681MA67YH0P04", "本地配套奖励", null, 45],
        [4, "华蓥市溪口精密机械有限公司", "91511681205712968Y", "纳入规上工业企业奖励", null, 20],
        [5, "四川明月智能装备有限公司", "91511681MA63RM5T75", "纳入省上市后备企业资源库奖励", null, 20],
        [6, "华蓥市华龙鞋业有限公司", "91511681205806171L", "纳入规上工业企业奖励", null, 20],
        [7, "四川广华玄武岩科技有限公司", "91511681MA6AF7UL0M", "玄武岩连续纤维订单奖励", 12500, 100],
        ["合计", null, null, null, 18300, 273],
      ],
      merges: ["A1:F1", "A11:D11"],
      numberFormats: { "E4:F11": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "F5", why: "玄武岩连续纤维订单奖励 is 1% of sales: 2600 × 1% = 26; 36 proposed, 10万元 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "F4", why: "3200 × 1% = 32: the award" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "F10", why: "12500 × 1% = 125, held to the yearly maximum 100: 100 is allowed" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F10", why: "100 is the yearly maximum itself" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "本地配套奖励 at most 50 a year; 45 proposed" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "纳入规上 is a fixed 20万元" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F11", why: "合计 273 = 32 + 36 + 45 + 20 + 20 + 20 + 100 is not an award" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "E11", why: "3200 + 2600 + 12500 = 18300" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F11", why: "the awards as typed add up to 273" },
      { rule: "cap.no-cap", sheet: "拟兑现名单", cell: "F6", why: "本地配套奖励 is read with its 50万元 maximum; a non-rate item needs no base" },
      { rule: "cap.unknown-policy", why: "every 政策项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "1% of sales, at most 100万元 a year; 500万元以上 is a condition" },
    ],
  },
};
