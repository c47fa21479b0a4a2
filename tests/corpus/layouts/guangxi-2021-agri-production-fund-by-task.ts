import type { CorpusLayout } from "../types";

// 广西 2021 中央农业生产发展资金 self-evaluation: 671,037万元 in three documents, 575,218万元 on eight 约束性任务 and 95,819万元 on 指导性任务, some of it run by
// the finance department (农业信贷担保业务奖补 9,779) and the sugar office (糖料蔗良种推广 76,850; 糖料蔗绿色高质高效行动 600). Laid out as the 资金安排表
// by task: 序号 | 任务名称 | 安排资金 | 实施部门, each kind's 小计 over its tasks, a 其中 line under 耕地地力保护补贴, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangxi-2021-agri-production-fund-by-task",
  source: {
    title: "2021年农业生产发展资金绩效自评报告（资金安排表据正文拟）",
    url: "http://lsfz.org.cn/show-34161.html",
    publisher: "广西壮族自治区农业农村厅（转载）",
    changes:
      "As published: the total 671,037万元 (财农〔2020〕90号 463,142, 财农〔2021〕28号 163,455, 财农〔2021〕61号 44,440 for the one-off grain growers' subsidy " +
      "booked under 耕地地力保护补贴), the eight 约束性任务 by name and their 575,218万元, 指导性任务 95,819万元, the sums run by the finance department " +
      "(9,779) and the sugar office (76,850; 600), the rest 583,808万元 by the agriculture department. Ours: the table form and the split of the other " +
      "tasks. Clean: nothing planted.",
  },
  classes: [
    "composition", "allocation-by-task", "section-subtotals", "qizhong-line", "implementing-office-column", "total-at-foot", "whole-wanyuan",
    "wanyuan-caption", "notes-under-table", "clean", "table-from-prose", "provincial-allocation", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 40, 14, 26],
      rows: [
        ["2021年中央农业生产发展资金安排表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "任务名称", "安排资金", "实施部门"],
        ["一", "约束性任务小计", 575218, null],
        [1, "耕地地力保护补贴", 312480, "自治区农业农村厅"],
        [null, "其中：实际种粮农民一次性补贴", 44440, "自治区农业农村厅"],
        [2, "农机购置补贴", 98600, "自治区农业农村厅"],
        [3, "农业信贷担保业务奖补", 9779, "自治区财政厅"],
        [4, "有机肥替代化肥", 8000, "自治区农业农村厅"],
        [5, "优势特色产业集群", 30000, "自治区农业农村厅"],
        [6, "国家现代农业产业园", 20000, "自治区农业农村厅"],
        [7, "农业产业强镇", 19509, "自治区农业农村厅"],
        [8, "良种良法技术推广（糖料蔗良种推广）", 76850, "自治区糖业发展办公室"],
        ["二", "指导性任务小计", 95819, null],
        [9, "糖料蔗绿色高质高效行动", 600, "自治区糖业发展办公室"],
        [10, "农业生产社会化服务", 42000, "自治区农业农村厅"],
        [11, "高素质农民培育", 18500, "自治区农业农村厅"],
        [12, "基层农技推广体系改革与建设", 21719, "自治区农业农村厅"],
        [13, "绿色高质高效行动（粮油作物）", 13000, "自治区农业农村厅"],
        [null, "合计", 671037, null],
        ["注：资金由财农〔2020〕90号（463142万元）、财农〔2021〕28号（163455万元）、财农〔2021〕61号（44440万元）下达；自治区农业农村厅负责分配实施583808万元。", null, null, null],
      ],
      merges: ["A1:D1", "A21:D21"],
      numberFormats: { "C4:C20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 20,
        columns: { B: "line", C: "amount" }, year: 2021,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "约束性任务小计 575,218 = 312,480 + 98,600 + 9,779 + 8,000 + 30,000 + 20,000 + 19,509 + 76,850, the 其中 line not added" },
      { rule: "composition.total-mismatch", cell: "C14", why: "指导性任务小计 95,819 = 600 + 42,000 + 18,500 + 21,719 + 13,000" },
      { rule: "composition.total-mismatch", cell: "C20", why: "合计 671,037 = 575,218 + 95,819, each 小计 counted once" },
      { rule: "composition.total-mismatch", cell: "C6", why: "实际种粮农民一次性补贴 44,440 is a share of 耕地地力保护补贴 312,480 (其中), neither a line of its own nor a total" },
      { rule: "composition.total-mismatch", cell: "A21", why: "463,142 + 163,455 + 44,440 = 671,037 and 583,808 are in the note, prose under the table" },
    ],
  },
};
