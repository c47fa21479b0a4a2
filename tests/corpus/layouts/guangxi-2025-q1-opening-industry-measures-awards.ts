import type { CorpusLayout } from "../types";

// 广西壮族自治区工业和信息化厅 2025-01: 关于推动工业经济实现2025年一季度“开门红”的政策措施 (as reported by 广西头条 2025-01-10) — the clauses
// with their prose caps (每家企业10万元 for holiday production; 20万—50万元 by step for expanding output; 1000元/人, 单户不超过20万元 for new
// hires), laid out as a clause list, and an award list of our own against it on a second sheet.
export const layout: CorpusLayout = {
  id: "guangxi-2025-q1-opening-industry-measures-awards",
  source: {
    title: "广西推动工业经济开门红，企业最高可获奖100万元（关于推动工业经济实现2025年一季度“开门红”的政策措施）",
    url: "https://wxredian.com/art?id=2397699aca0fa440b52aa52ad099fbc1",
    publisher: "广西壮族自治区工业和信息化厅（广西头条转载）",
    date: "2025-01-10",
    changes:
      "Catalog sheet: the clauses as the report quotes them (一、1 holiday production 10万元 a firm; 二、1 expanding output 20万—50万元 by step; " +
      "二、 new hires 1000元/人, 单户企业不超过20万元), shortened; the short names in 政策项目 are ours. Award sheet: entirely ours (the measures " +
      "publish no list) — columns, firms, codes, amounts. Planted: 梧州宝石新材料 given 15万元 under the 10万元-a-firm holiday clause; a code " +
      "ending Q where the check character is P; 南宁华桂食品 listed again under the same clause.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "range-cap", "per-head-rate-with-cap", "conditions-not-caps", "section-row", "clause-number-column", "credit-codes", "cities-as-places", "item-per-row", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "province-policy", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 22, 100],
      rows: [
        ["关于推动工业经济实现2025年一季度“开门红”的政策措施（摘录）", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、加强节假日工业企业生产组织保障", null, null],
        ["1", "节假日稳生产奖补", "对2025年1月20日至2月20日期间，日均用电量达到2024年四季度日均用电量的90%及以上的工业企业（2024年产值超2000万元及以上的工业企业，长流程钢铁、有色金属、石化化工等连续生产行业除外），给予每家企业10万元一次性奖补，支持企业用于加强安全生产、发放节假日稳岗补助等。"],
        ["二、鼓励企业稳生产促就业", null, null],
        ["1", "扩大生产台阶奖补", "对一季度当季产值达到4000万元及以上且同比增长10%及以上的工业企业，以及一季度当季营业收入达到2000万元及以上且同比增长10%及以上的软件和信息技术服务业企业，根据企业一季度当季产值、用电、利润、新增用工人数等指标情况分台阶给予一次性奖补20万元~50万元。"],
        ["2", "新增用工奖补", "对2025年一季度产值达2000万元及以上且社保缴纳人数同比增长的工业企业，按新增用工人数给予企业1000元/人的奖补，单户企业不超过20万元。"],
      ],
      merges: ["A1:C1", "A3:C3", "A5:C5"],
    },
    {
      name: "奖补名单",
      widths: [6, 10, 30, 22, 18, 14],
      rows: [
        ["2025年一季度工业“开门红”政策奖补资金拟安排企业名单", null, null, null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码", "政策项目", "奖补金额（万元）"],
        [1, "柳州市", "柳州恒通汽车零部件有限公司", "91450200MA5P3K8D19", "节假日稳生产奖补", 10],
        [2, "南宁市", "南宁华桂食品有限公司", "91450100MA5N7L2C64", "节假日稳生产奖补", 10],
        [3, "桂林市", "桂林漓江精工机械有限公司", "91450300MA5Q1H9E43", "扩大生产台阶奖补", 50],
        [4, "玉林市", "玉林玉柴动力配件有限公司", "91450900MA5R2T6G8T", "扩大生产台阶奖补", 30],
        [5, "梧州市", "梧州宝石新材料有限公司", "91450400MA5L8B3W58", "节假日稳生产奖补", 15],
        [6, "柳州市", "柳州华龙纺织有限公司", "91450200MA5K6N4Y79", "新增用工奖补", 12.5],
        [7, "南宁市", "南宁绿城电子科技有限公司", "91450100MA5P9D4H2Q", "扩大生产台阶奖补", 20],
        [8, "南宁市", "南宁华桂食品有限公司", "91450100MA5N7L2C64", "节假日稳生产奖补", 10],
        ["合计", null, null, null, null, 157.5],
      ],
      merges: ["A1:F1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      // Corrected after the seventy-third holdout's measurement (the layout stays counted as failed): A was stated as the
      // code; docs/rules.md reads a 条款 column whose bare clause numbers stand under the document's section rows (一、…,
      // 二、…; here 1 repeated under each) as the row's document, only a clause number alone, none repeated, as its code.
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F7", why: "节假日稳生产奖补 is 10万元 a firm; 梧州宝石新材料 is given 15 (5 over)" },
      { rule: "register.invalid-credit-code", sheet: "奖补名单", cell: "D9", why: "91450100MA5P9D4H2Q: the check character for 91450100MA5P9D4H2 is P, not Q" },
      { rule: "register.duplicate", sheet: "奖补名单", cell: "C10", why: "南宁华桂食品有限公司 (same code) is listed at row 4 and again at row 10 under the same clause, 10 each time" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F5", why: "扩大生产台阶奖补's steps reach 50万元: 50 is the top step" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F8", why: "新增用工奖补 12.5 (125 new hires at 1000元) is within 单户不超过20万元" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", why: "90% and 10% in the clauses are conditions (用电量, 增长), not rates of award" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F11", why: "合计 157.5 = 10 + 10 + 50 + 30 + 15 + 12.5 + 20 + 10 is no award" },
      { rule: "register.ineligible-location", sheet: "奖补名单", why: "柳州、南宁、桂林、玉林、梧州 are cities of 广西" },
      { rule: "cap.unknown-policy", sheet: "奖补名单", why: "every 政策项目 is a row of the catalog sheet" },
      { rule: "register.unpaid", sheet: "奖补名单", why: "a list to be paid records no payments" },
    ],
  },
};
