import type { CorpusLayout } from "../types";

// 荆州 (0716) 人社部门 2023-12: 71 firms entitled to the 2023 失业保险稳岗返还 (鄂政办〔2023〕22号: 中小微企业 60%, 大型企业 30% of last year's
// contributions, 免申即享) that cannot be paid until they complete their 企业划型 or bank details; the notice lists them for a week. Laid out as
// the list behind it: 序号 | 企业名称 | 统一社会信用代码 | 企业划型 | 需完善信息 | 拟返还金额（元）, a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jingzhou-2023-job-retention-refund-incomplete-info-list",
  source: {
    title: "关于2023年失业保险稳岗返还部分企业信息未完善的公示（71家企业名单，表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news484247.html",
    publisher: "荆州市人力资源和社会保障局（转载）",
    date: "2023-12-02",
    changes:
      "As published: the policy (鄂政办〔2023〕22号; 60% for 中小微企业, 30% for 大型企业), the two kinds of missing information (企业划型, 企业银行账号信息), " +
      "71 firms, the notice period 2023年12月2日至12月8日 and the 0716 telephone. The page carries the notice only: the table form, 8 of the 71 firms, " +
      "their codes and amounts are ours. Planted: 荆州区楚都包装材料有限公司 listed twice (序号 2 and 8); 松滋市洈水农业科技有限公司's code ends R where " +
      "its check character is Q.",
  },
  classes: [
    "register", "credit-codes", "category-column", "text-column", "yuan-in-header", "two-decimal-yuan", "total-at-foot", "excerpt",
    "notes-under-table", "table-from-prose", "city-list", "hubei",
  ],
  settings: { district: "荆州市" },
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 22, 10, 26, 16],
      rows: [
        ["荆州市2023年失业保险稳岗返还未完善信息企业名单", null, null, null, null, null],
        ["（共71家，摘录）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "企业划型", "需完善信息", "拟返还金额（元）"],
        [1, "荆州市沙市区恒泰五金机电有限公司", "91421002MA4A1B2C3X", "小微型", "企业银行账号信息", 12486],
        [2, "荆州区楚都包装材料有限公司", "91421003MA4BX7RK5T", "小微型", "企业划型", 3907.2],
        [3, "湖北石首江南化工股份有限公司", "91421081MA49KP3D08", "大型", "企业银行账号信息", 25620],
        [4, "荆州市沙市区长湖物流有限公司", "91421002707051234K", "中型", "企业划型", 8344.8],
        [5, "松滋市洈水农业科技有限公司", "91421087MA4DH2EW8R", "小微型", "企业划型、企业银行账号信息", 1152],
        [6, "江陵县郝穴机械加工有限公司", "91421024MA4F0NQ1XG", "小微型", "企业银行账号信息", 6720.6],
        [7, "洪湖市瞿家湾水产食品有限公司", "91421083MA4CUT6L2Y", "中型", "企业划型", 17395.2],
        [8, "荆州区楚都包装材料有限公司", "91421003MA4BX7RK5T", "小微型", "企业划型", 3907.2],
        ["合计", null, null, null, null, 79533],
        ["说明：中小微企业按企业及其职工上年度实际缴纳失业保险费的60%返还，大型企业按30%返还；请上述企业于公示期内在“湖北省企业职工社会保险信息系统”完善信息，逾期视为自愿放弃。", null, null, null, null, null],
        ["公示期限：2023年12月2日至12月8日　咨询电话：0716—3258617", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A12:E12", "A13:F13", "A14:F14"],
      numberFormats: { "F4:F12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单", kind: "register", unit: "元", headerRow: 3, lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "category", F: "approved" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B11", why: "荆州区楚都包装材料有限公司 (91421003MA4BX7RK5T) is 序号 2 and again 序号 8, 3,907.20元 both times" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91421087MA4DH2EW8R: the GB 32100-2015 check character of 91421087MA4DH2EW8 is Q, not R" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog loaded: the list's policy (失业保险稳岗返还, from its …名单 title) has no cap to check the 8 amounts against — reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 79,533.00 = 12,486.00 + 3,907.20 + 25,620.00 + 8,344.80 + 1,152.00 + 6,720.60 + 17,395.20 + 3,907.20, the duplicate as typed" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 (421002, 421003, 421081, 421087, 421024, 421083) are 荆州市's districts, cities and county" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91421002707051234K is valid: an older code with its organisation number, check character K" },
      { rule: "register.duplicate", cell: "B7", why: "two 荆州市沙市区… firms share the district's name, not their own" },
      { rule: "input.unreadable-value", cell: "A13", why: "the explanation under the table is prose" },
    ],
  },
};
