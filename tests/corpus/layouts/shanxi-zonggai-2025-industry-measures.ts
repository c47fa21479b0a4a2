import type { CorpusLayout } from "../types";

// 山西转型综改示范区管委会 晋综改规发〔2025〕1号 (2025-04-08): 促进产业高质量发展的若干措施 — (一) 省级“链主”“链核” 配套奖励 最高100万元;
// (二) new investment projects 不超过设备购置额的10%, in bands, and its first band (产能扩大、产线升级, 设备购置额2000万元以上) 最高3000万元.
// The clauses as a table (序号 | 条款 | 支持内容 | 责任单位); the year's awards on a second sheet, 设备购置额 beside the award.
export const layout: CorpusLayout = {
  id: "shanxi-zonggai-2025-industry-measures",
  source: {
    title: "山西转型综改示范区管委会关于印发山西转型综改示范区促进产业高质量发展的若干措施的通知（晋综改规发〔2025〕1号）",
    url: "https://www.easyshb.com/article/89WDcohX6uK5R1ACH2yGiW.htm?index=12",
    publisher: "山西转型综改示范区管委会",
    date: "2025-04-08",
    changes:
      "As published: the clauses (一) 推进产业链强链补链 and (二) 鼓励企业加大投资力度 with its band 1 (产能扩大、产线升级), in their wording, and " +
      "(一)'s 责任单位 创新发展部; the stored copy breaks off at band 1's 责任单位, so that cell is left empty and the further clauses are not shown. " +
      "The clauses are set as rows of a table; the second sheet (2025年兑现名单: firms, codes of 太原 140100, 设备购置额, amounts) is ours. " +
      "Planted: a 链核 firm given 120 over 最高100万元; an investment project given 300 on 设备购置额 2,400 (10% = 240); one 链主 firm listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "rate-with-cap", "conditions-not-caps", "band-under-clause", "clause-numbers-as-codes", "base-column", "item-column", "credit-codes", "no-place-column", "development-zone", "wanyuan-caption", "total-at-foot", "shanxi"],
  sheets: [
    {
      name: "若干措施",
      widths: [8, 24, 100, 14],
      rows: [
        ["山西转型综改示范区促进产业高质量发展的若干措施（一、构建现代化产业体系 摘录）", null, null, null],
        ["序号", "条款", "支持内容", "责任单位"],
        ["（一）", "推进产业链强链补链", "推动主导产业和优势产业“链长制”全覆盖，对新认定为省级“链主”“链核”企业的，按照省级政策给予最高100万元的配套奖励，鼓励“链主”“链核”企业加强联动配套，带动上下游企业集聚发展。", "创新发展部"],
        ["（二）", "鼓励企业加大投资力度", "发挥有效投资在培育新质生产力中的关键作用，对符合条件的新增企业投资项目，经评审，按照不超过设备购置额的10%给予分档奖励。", null],
        ["（二）1", "产能扩大、产线升级", "产能扩大、产线升级等领域，对设备购置额2000万元以上、建设期不超过两年的投资项目，最高支持3000万元。", null],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 24, 30, 14, 12],
      rows: [
        ["山西转型综改示范区2025年促进产业高质量发展若干措施奖励兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "支持条款", "认定或项目情况", "设备购置额", "奖励金额"],
        [1, "山西综改晶能光伏科技有限公司", "91140100MA0LK3T2XY", "推进产业链强链补链", "2025年省级光伏产业链“链主”企业", null, 100],
        [2, "山西潇河新材料股份有限公司", "91140100MA0MB7Q5RU", "推进产业链强链补链", "2025年省级新材料产业链“链核”企业", null, 80],
        [3, "太原唐槐合成生物科技有限公司", "91140100MA0KE2N8HQ", "推进产业链强链补链", "2025年省级合成生物产业链“链核”企业", null, 120],
        [4, "山西学府半导体材料有限公司", "91140100MA0HX4W6PQ", "鼓励企业加大投资力度", "碳化硅衬底产线升级项目", 5600, 500],
        [5, "山西武宿精密装备制造有限公司", "91140100MA0JD9C3U2", "鼓励企业加大投资力度", "精密轴承产能扩大项目", 2400, 300],
        [6, "山西阳曲现代医药有限公司", "91140100MA0NQ1F7L7", "鼓励企业加大投资力度", "无菌制剂生产线建设项目", 12000, 1000],
        [7, "山西综改装配式建筑科技有限公司", "91140100MA0GT5Y2K1", "鼓励企业加大投资力度", "装配式构件智能产线项目", 31000, 3000],
        [8, "山西综改晶能光伏科技有限公司", "91140100MA0LK3T2XY", "推进产业链强链补链", "2025年省级光伏产业链“链主”企业", null, 100],
        [9, "山西信创融合信息技术有限公司", "91140100MA0PR8D4MQ", "推进产业链强链补链", "2025年省级信创产业链“链核”企业", null, 60],
        ["合计", null, null, null, null, 51000, 5260],
      ],
      merges: ["A1:G1", "A13:E13"],
      numberFormats: { "F4:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "若干措施", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "唐槐合成生物: 推进产业链强链补链 gives at most 100万元; 120 awarded: 20万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "武宿精密装备: at most 10% of 设备购置额 2,400 = 240; 300 awarded: 60万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G11", why: "晶能光伏 (91140100MA0LK3T2XY) again on row 11 under 推进产业链强链补链 in 2025, as on row 4" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C3", why: "最高100万元 is a maximum" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C4", why: "不超过设备购置额的10% is a rate of a base" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C5", why: "2000万元以上 is a condition; 最高支持3000万元 is the cap" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "500 within 10% of 5,600 = 560" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G9", why: "1,000 within 10% of 12,000 = 1,200" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G10", why: "3,000 within 10% of 31,000 = 3,100 (and within band 1's 最高3000)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "链主 100: the maximum exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G13", why: "合计 5,260 is not an award" },
      { rule: "cap.no-cap", sheet: "兑现名单", why: "the 链主/链核 rows need no base; every investment row gives its 设备购置额" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 支持条款 are clauses of the measures" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be paid" },
    ],
  },
};
