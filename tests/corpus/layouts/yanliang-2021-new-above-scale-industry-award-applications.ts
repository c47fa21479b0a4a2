import type { CorpusLayout } from "../types";

// 西安市阎良区 2021年促进工业企业发展专项资金申报指南 (阎政发〔2019〕18号): four 专题, each reported by the 街办 and 经济开发区 as a
// 专题申报汇总表 (附Excel格式电子版). Laid out as that summary for 专题4 新增规模以上工业企业奖励: 序号 | 企业名称 | 统一社会信用代码 |
// 所属街办（开发区） | 纳统时间 | 上年工业产值 | 申请奖励金额 | 备注, the 合计 at the foot, 填报单位 and date above it.
export const layout: CorpusLayout = {
  id: "yanliang-2021-new-above-scale-industry-award-applications",
  source: {
    title: "西安市阎良区2021年促进工业企业发展专项资金申报指南（新增规模以上工业企业奖励专题申报汇总表）",
    url: "http://www.yanliang.gov.cn/xxgk/jcgk/zfwj/bmwj/6037067ef8fd1c2073f76511.html",
    publisher: "西安市阎良区科技和工业信息化局",
    date: "2021",
    changes:
      "As published: the guide's four 专题 (固定资产投资（技术改造）项目补助, 快速发展企业奖励, 企业规模晋档奖励, 新增规模以上工业企业奖励), the " +
      "街办/开发区 初审汇总 and the 各专题申报汇总表 in Excel. The guide's annexes (the 汇总表 form and the award standards) are not in the stored " +
      "copy: the columns, the firms, their codes (阎良区 610114) and every figure are ours. Planted: 西安长鑫机电设备有限公司's code ends 5 where " +
      "its check character is G; 西安鼎泰复合材料科技有限公司 listed twice (序号2 and 6, same code).",
  },
  classes: ["register", "application-summary", "credit-codes", "street-column", "date-column", "output-column", "total-at-foot", "filler-line", "wanyuan-in-header", "district-fund", "shaanxi"],
  settings: { district: "西安市阎良区" },
  sheets: [
    {
      name: "专题4汇总表",
      widths: [6, 30, 22, 16, 12, 16, 16, 14],
      rows: [
        ["2021年阎良区促进工业企业发展专项资金", null, null, null, null, null, null, null],
        ["新增规模以上工业企业奖励专题申报汇总表", null, null, null, null, null, null, null],
        ["填报单位（盖章）：", null, null, null, null, "填报日期：2021年  月  日", null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属街办（开发区）", "纳统时间", "2020年工业产值（万元）", "申请奖励金额（万元）", "备注"],
        [1, "西安阎良航宇精密制造有限公司", "91610114MA6TX3K2P5", "凤凰路街道", "2020年12月", 2860, 20, null],
        [2, "西安鼎泰复合材料科技有限公司", "91610114MA6U17PQ3B", "新兴街道", "2020年11月", 2315, 20, null],
        [3, "西安长鑫机电设备有限公司", "91610114MA6W0D8N55", "振兴街道", "2020年12月", 2042, 20, null],
        [4, "西安阎良瑞丰食品有限公司", "91610114MA6TQ5R7HH", "北屯街道", "2020年10月", 3120, 20, null],
        [5, "西安航谷新材料有限公司", "91610114MA6X2B9L08", "新华路街道", "2020年12月", 2208, 20, null],
        [6, "西安鼎泰复合材料科技有限公司", "91610114MA6U17PQ3B", "新兴街道", "2020年11月", 2315, 20, null],
        [7, "西安关山农机制造有限公司", "91610114MA6U8CE4DW", "关山街道", "2020年12月", 2576, 20, null],
        ["合计", null, null, null, null, 17436, 140, null],
        ["注：申报企业须为2020年度新增纳入规模以上工业统计的企业；附申报书一式3份。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:E3", "F3:H3", "A12:E12", "A13:H13"],
      numberFormats: { "F5:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "专题4汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", G: "requested" },
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C7", why: "91610114MA6W0D8N5 has check character G; 5 typed" },
      { rule: "register.duplicate", cell: "B10", why: "西安鼎泰复合材料科技有限公司 (91610114MA6U17PQ3B) again, as 序号2" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C5", why: "91610114MA6TX3K2P5 is valid" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91610114MA6TQ5R7HH is valid" },
      { rule: "register.ineligible-location", why: "凤凰路、新兴、振兴、北屯、新华路、关山 are 街道 of 阎良区" },
      { rule: "register.location-code-mismatch", why: "every code carries 610114, 阎良区" },
      { rule: "composition.total-mismatch", cell: "G12", why: "7 × 20 = 140" },
      { rule: "composition.total-mismatch", cell: "F12", why: "2860 + 2315 + 2042 + 3120 + 2208 + 2315 + 2576 = 17436, the 产值 as typed" },
      { rule: "register.duplicate", cell: "B12", why: "the 合计 row is no firm" },
    ],
  },
};
