import type { CorpusLayout } from "../types";

// 南县武圣宫镇人民政府 2023年部门预算 (益阳, 湖南): the page gives the 部门概况 and the contents of the 2023 tables (收支总表 … 三公经费支出表,
// 政府性基金, 国有资本经营, 财政专户 …; the list is cut off at its 21st entry in the stored copy). A project's 绩效目标表 as a Hunan township
// publishes it: 项目名称, 主管部门 | 实施单位, 项目资金 (年度资金总额 over 其中：一般公共预算 | 政府性基金 | 其他资金), 年度绩效目标, then
// 一级指标 | 二级指标 | 三级指标 | 指标值 with the levels merged down. Nothing to report.
export const layout: CorpusLayout = {
  id: "nanxian-wushenggong-2023-project-targets",
  source: {
    title: "南县武圣宫镇人民政府2023年部门预算公开说明（项目支出绩效目标表；表据湖南格式拟）",
    url: "https://gdntc.cn/14890/36191/36282/36284/content_1784140.html",
    publisher: "南县武圣宫镇人民政府",
    date: "2023",
    changes:
      "As published: the township, its 2023 部门预算 and the contents of its tables (the list breaks off at its 21st entry, 专项…). The target " +
      "table is not in the stored copy: the project (农村人居环境整治), its money and indicators are ours, in the form Hunan townships use. Clean: " +
      "38.00 + 7.00 + 0.00 = 45.00, and the cost target agrees with the money.",
  },
  classes: ["targets", "composition", "clean", "money-block", "qizhong-lines", "indented-sibling-under-qizhong", "zero-line", "three-level-indicators", "merged-text-down", "text-targets", "time-target", "cost-target", "percent-target", "no-points", "table-not-in-stored-copy", "township", "hunan"],
  settings: { district: "南县" },
  sheets: [
    {
      name: "项目支出绩效目标表",
      widths: [16, 16, 20, 30, 20],
      rows: [
        ["2023年项目支出绩效目标表", null, null, null, null],
        ["单位名称：南县武圣宫镇人民政府", null, null, null, "金额单位：万元"],
        ["项目名称", "武圣宫镇农村人居环境整治经费", null, null, null],
        ["主管部门", "南县武圣宫镇人民政府", "实施单位", "南县武圣宫镇人民政府", null],
        ["项目资金", "年度资金总额", 45, null, null],
        [null, "其中：一般公共预算", 38, null, null],
        [null, "      政府性基金", 7, null, null],
        [null, "      其他资金", 0, null, null],
        ["年度绩效目标", "完成全镇12个村（社区）人居环境整治，清运生活垃圾，清理河塘沟渠，建立村庄保洁长效机制，群众满意度达到90%以上。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "整治村（社区）数量", "12个"],
        [null, null, null, "清运生活垃圾量", "≥900吨"],
        [null, null, null, "清理河塘沟渠长度", "≥3000米"],
        [null, null, "质量指标", "生活垃圾无害化处理率", "≥95%"],
        [null, null, "时效指标", "项目完成时间", "2023年12月31日前"],
        [null, null, "成本指标", "项目总成本", "≤45万元"],
        [null, "效益指标", "社会效益指标", "农村人居环境", "明显改善"],
        [null, null, "生态效益指标", "河塘沟渠水质", "有所提升"],
        [null, null, "可持续影响指标", "村庄保洁长效机制", "建立并有效运行"],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:D2", "B3:E3", "D4:E4", "A5:A8", "C5:E5", "C6:E6", "C7:E7", "C8:E8", "B9:E9", "A10:A20", "B11:B16", "C11:C13", "B17:B19"],
      numberFormats: { "C5:C8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目支出绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, columns: { B: "line", C: "amount" } },
      { sheet: "项目支出绩效目标表", kind: "targets", headerRow: 10, lastRow: 20, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "一般公共预算 38.00 + 政府性基金 7.00 + 其他资金 0.00 = 45.00" },
      { rule: "composition.total-mismatch", cell: "E16", why: "≤45万元 is a cost target, no money of the block (and it agrees with it)" },
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the table states targets only" },
      { rule: "input.unreadable-value", cell: "E15", why: "2023年12月31日前 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "E17", why: "明显改善 is a qualitative target" },
      { rule: "input.unreadable-value", cell: "B9", why: "the year's goal is text" },
    ],
  },
};
