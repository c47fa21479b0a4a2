import type { CorpusLayout } from "../types";

// A county of 宁德市 (福建), 2023 人才驿站补助资金 self-evaluation: the report's 项目年度绩效目标（定量目标） table (到位时间, 资金投入 10万元,
// 驿站数量 ≥2个 — 0个, 活动 ≥28次, 服务人次 ≥500人, 知晓率 ≥95%, 到位率 100%) and its scores (总得分 90), set in the 项目支出绩效自评表 form.
export const layout: CorpusLayout = {
  id: "ningde-county-2023-talent-station-selfeval",
  source: {
    title: "2023年度人才驿站补助资金项目绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "https://0477ly.com/newsdetail/news661681.html",
    publisher: "宁德市辖县人才工作部门 (page as stored by a mirror, office not named)",
    date: "2024",
    changes:
      "As published: the indicators, their targets and results (驿站数量 ≥2个 / 0个; 活动 ≥28次 / 40次; 服务人次 ≥500人 / 1700人; 知晓率 ≥95% / 98%; " +
      "到位率 ≥100% / 100%; 到位时间 2023年12月前; 资金投入 10万元 / 0万元), the money 10万元 with nothing spent, the 成本 score 0 and 数量 full, and the " +
      "总得分 90. The report gives these in prose and one small table: the form (项目资金 block, 一级/二级/三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | " +
      "偏差原因) is the usual 自评表 template, the two 效益/满意度 indicators' wording and every 分值 are ours. Planted (as published): the 驿站数量 indicator " +
      "missed (0个 against ≥2个) yet given its full 10; the 总分 90 where the scores add up to 80.",
  },
  classes: ["selfeval", "money-block", "three-level-indicators", "first-level-merged-down", "text-targets", "date-target", "cost-target-met-scored-zero", "nothing-spent", "deviation-column", "total-score-row", "table-from-prose", "county-fund", "fujian"],
  sheets: [
    {
      name: "绩效自评表",
      widths: [14, 18, 34, 14, 14, 10, 10, 36],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null],
        ["项目名称", "人才驿站补助资金", null, null, null, null, null, null],
        ["主管部门", "县委组织部（人才办）", null, null, "实施单位", "县人才发展服务中心", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 10, 10, 0, 10, "0.00%", 0],
        [null, "其中：当年财政拨款", 10, 10, 0, "—", "—", "—"],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
        [null, "其他资金", 0, 0, 0, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "新建人才驿站2个并获宁德市级以上确认，全年组织人才活动不少于28次、服务人才不少于500人次，补助资金2023年12月前到位。", null, null, "组织活动40次、服务人才1700人次；新建驿站尚未获市级确认，补助资金未拨付。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "当年获得宁德市级以上确认的人才驿站数量", "≥2个", "0个", 10, 10, null],
        [null, null, "当年人才驿站组织活动数量", "≥28次", "40次", 5, 5, null],
        [null, null, "每年人才驿站服务人次", "≥500人", "1700人", 5, 5, null],
        [null, "质量指标", "各类人才对我市人才政策的知晓率", "≥95%", "98%", 10, 10, null],
        [null, null, "人才驿站补助资金到位率", "≥100%", "100%", 5, 5, null],
        [null, "时效指标", "人才驿站补助资金到位时间", "2023年12月前", "2023年12月前", 5, 5, null],
        [null, "成本指标", "项目资金投入", "≤10万元", "0万元", 10, 0, "驿站认定未完成，补助资金未拨付；下年度按认定进度拨付。"],
        ["效益指标", "社会效益指标", "人才驿站引才聚才作用", "逐步提升", "有所提升", 20, 20, null],
        ["满意度指标", "服务对象满意度指标", "入驻人才满意度", "≥90%", "95%", 20, 20, null],
        ["总分", null, null, null, null, 100, 90, null],
      ],
      merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A19", "B13:B15", "B16:B17", "A22:E22"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2023 },
    ],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G13", why: "驿站数量 0个 against a target of ≥2个, yet scored its full 10" },
      { rule: "selfeval.score-mismatch", cell: "G22", why: "总分 90 where the scores add up to 0 + 10 + 5 + 5 + 10 + 5 + 5 + 0 + 20 + 20 = 80" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "分值 10 (money) + 10 + 5 + 5 + 10 + 5 + 5 + 10 + 20 + 20 = 100" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "0.00% = 0 / 10" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "money score 0 = 10 × 0%" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "10 = 10 + 0 + 0 in each column" },
      { rule: "selfeval.target-missed-full-score", cell: "G19", why: "资金投入 0万元 is within ≤10万元, and the score 0 is not full anyway" },
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "98% meets ≥95%" },
      { rule: "selfeval.target-missed-full-score", cell: "G18", why: "到位时间 as targeted: 2023年12月前" },
      { rule: "selfeval.missing-explanation", cell: "H19", why: "the 成本 indicator below its full score has its 偏差原因 filled" },
      { rule: "execution.overspent", why: "nothing was spent" },
    ],
  },
};
