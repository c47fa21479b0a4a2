import type { CorpusLayout } from "../types";

// 共青城市人民政府 2025-11-20: 共青城市首位产业高质量发展若干政策 (服装), section 一、鼓励企业持续稳定发展, clause 1.支持企业育才引才留才 —
// ① 定向培养 5000元/人 (高职、高等院校) or 3000元/人 (中职), at most 30万元 a firm a year; ② 职称人才 1000 / 500 / 300元 a month for three
// years, 技术人才 200元 a month. Laid out one sub-clause a row; a list of the year's 人才培养奖励 on a second sheet.
export const layout: CorpusLayout = {
  id: "gongqingcheng-2025-apparel-talent-training-awards",
  source: {
    title: "共青城市人民政府关于印发共青城市首位产业高质量发展若干政策等文件的通知（共青城市首位产业高质量发展若干政策 一、1.①②）",
    url: "https://www.gongqing.gov.cn/fdzdxxgk/01/00/zcwj/szfbwj/202601/t20260105_7141499.html",
    publisher: "共青城市人民政府",
    date: "2025-11-20",
    changes:
      "As published: the policy's title, the section heading 一、鼓励企业持续稳定发展, the clause 1.支持企业育才引才留才 and the wording of its ① and ② " +
      "(③ and the rest of the policy cut); the page is prose, laid out here one sub-clause a row under 条款 | 政策项目 | 政策内容, the 政策项目 names " +
      "ours. The second sheet is ours: firms, codes, head-counts and amounts invented. Planted: 共青城锦程服装有限公司 given 35万元 for 70 " +
      "trainees where a firm gets at most 30万元 a year; 共青城博雅针织有限公司's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "per-head-standard", "firm-maximum-per-year", "levels-in-one-sentence", "section-row", "clause-number-column", "credit-codes", "count-column", "item-per-row", "wanyuan-in-header", "total-at-foot", "county-level-city-policy", "jiangxi"],
  settings: { district: "共青城市" },
  sheets: [
    {
      name: "首位产业政策",
      widths: [8, 20, 100],
      rows: [
        ["共青城市首位产业高质量发展若干政策", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、鼓励企业持续稳定发展", null, null],
        ["1.①", "人才培养奖励", "对服装企业当年与省内高职、高等院校或中职院校进行定向培养，接纳离校两年内未就业的应届毕业生并办理就业登记，且在我市缴纳社保或个人所得税6个月（含）以上、签订一年（含）以上劳动合同并按月发放工资的，分别一次性给予5000元/人（省内高职、高等院校）、3000元/人（省内中职院校）的人才培养奖励，单个企业最高不超过30万元/年。"],
        ["1.②", "人才生活补贴", "对服装企业全职新引进或新取得正高职称（特级技师）、副高职称（高级技师）、中级职称（技师）人才，三年内每人每月分别给予1000元、500元、300元生活补贴，对服装企业全职新引进设计师、打版师、工业/软件工程师、企业管理师等技术人才，三年内每人每月分别给予200元生活补贴，一年兑现一次。"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 14, 16],
      rows: [
        ["2025年度共青城市首位产业人才培养奖励拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "定向培养人数", "奖励金额（万元）"],
        [1, "江西共青恒源服饰有限公司", "91360482MA38K2T5XC", "人才培养奖励", 20, 10],
        [2, "共青城雅鹿制衣有限公司", "91360482MA39D7L4PY", "人才培养奖励", 36, 18],
        [3, "共青城锦程服装有限公司", "91360482MA37R5N8CM", "人才培养奖励", 70, 35],
        [4, "共青城博雅针织有限公司", "91360482MA3A1H6W27", "人才培养奖励", 12, 3.6],
        [5, "共青城华缘纺织服饰有限公司", "91360482MA3B2K7R4N", "人才培养奖励", 24, 12],
        ["合计", null, null, null, 162, 78.6],
      ],
      merges: ["A1:F1", "A8:D8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "首位产业政策", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { B: "enterprise", C: "creditCode", D: "item", F: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "人才培养奖励: a firm gets at most 30万元 a year; 35 is 5万元 over (70 trainees × 5000元 would be 35, but the firm maximum binds)" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C6", why: "91360482MA3A1H6W27: the check character for 91360482MA3A1H6W2 is 5, not 7" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "5000元/人 is a per-trainee standard, not the award's cap: 10万元 for 20 trainees is within the firm's 30万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "18 within 30" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "3.6 within 30 (12 中职 trainees × 3000元)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "合计 78.6 is no award" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "人才培养奖励 is a row of the policy sheet" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "five different firms" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "the list has no place column" },
      { rule: "register.unpaid", sheet: "兑现名单", why: "a list to be paid (拟兑现) records no payments" },
    ],
  },
};
