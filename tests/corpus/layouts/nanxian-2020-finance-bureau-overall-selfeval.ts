import type { CorpusLayout } from "../types";

// 益阳市南县财政局 2020年度机关整体支出绩效评价 (综合评分97分): Hunan's 部门整体支出 scoring table — 投入 / 过程 / 产出 / 效果 with their points in
// the first-level labels, 二级 / 三级指标, 分值 | 指标解释 | 评分标准 | 自评得分 | 扣分原因, no money block, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "nanxian-2020-finance-bureau-overall-selfeval",
  source: {
    title: "南县财政局2020年度机关整体支出绩效评价报告（一、自评得分情况：综合评分为97分）",
    url: "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html",
    publisher: "南县财政局",
    date: "2021",
    changes:
      "As published: the evaluation of the bureau's 2020 整体支出 under the province's 部门整体支出绩效评价指标体系 and its 综合评分 97. The stored " +
      "copy gives the report's text, not the scoring table: the table follows the province's indicator set of that year (投入 20, 过程 25, 产出 " +
      "35, 效果 20; 目标设定, 预算配置, 预算执行, 预算管理, 资产管理, 职责履行, 履职效益, 能力建设), cut to 25 indicators; the 分值 split, the " +
      "explanations and the scores are ours. Planted: 长效管理 scored 4 of 3; the stated 合计 97 where the scores add up to 98.",
  },
  classes: ["selfeval", "department-overall-form", "indicators-only-form", "points-in-first-level-labels", "scoring-rules-column", "deduction-reason-column", "three-level-indicators", "whole-point-scores", "total-at-foot", "signoff-line", "county-bureau", "hunan"],
  sheets: [
    {
      name: "评分表",
      widths: [14, 12, 22, 8, 36, 36, 10, 22],
      rows: [
        ["南县财政局2020年度部门整体支出绩效评价评分表", null, null, null, null, null, null, null],
        ["评价单位：南县财政局（机关本级、财政事务中心、国库集中支付中心）", null, null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "自评得分", "扣分原因"],
        ["投入（20分）", "目标设定", "绩效目标合理性", 4, "部门整体绩效目标是否依据充分、符合客观实际", "合理得4分，否则酌情扣分", 4, null],
        [null, null, "绩效指标明确性", 4, "绩效目标是否细化、量化", "明确得4分，否则酌情扣分", 4, null],
        [null, "预算配置", "在职人员控制率", 4, "在职人员数/编制数", "≤100%得4分，每超1%扣0.5分", 4, null],
        [null, null, "“三公经费”变动率", 4, "（本年“三公经费”总额-上年）/上年×100%", "≤0得4分，否则不得分", 4, null],
        [null, null, "重点支出安排率", 4, "重点项目支出/项目总支出×100%", "≥80%得4分，否则按比例得分", 4, null],
        ["过程（25分）", "预算执行", "预算完成率", 4, "预算完成数/预算数×100%", "按完成率×分值计分", 4, null],
        [null, null, "预算调整率", 2, "预算调整数/预算数×100%", "≤10%得2分，每超5%扣0.5分", 1, "年中追加专项预算较多"],
        [null, null, "支付进度率", 2, "实际支付进度/既定支付进度×100%", "≥90%得2分，否则酌情扣分", 2, null],
        [null, null, "结转结余率", 2, "结转结余总额/预算数×100%", "≤5%得2分，否则酌情扣分", 2, null],
        [null, null, "公用经费控制率", 2, "实际支出公用经费/预算安排公用经费×100%", "≤100%得2分，否则不得分", 2, null],
        [null, null, "“三公经费”控制率", 2, "“三公经费”实际支出数/预算安排数×100%", "≤100%得2分，否则不得分", 2, null],
        [null, null, "政府采购执行率", 2, "实际政府采购金额/政府采购预算数×100%", "=100%得2分，否则酌情扣分", 2, null],
        [null, "预算管理", "管理制度健全性", 2, "是否制定内部财务管理制度", "健全得2分，否则酌情扣分", 2, null],
        [null, null, "资金使用合规性", 2, "资金使用是否符合规定", "合规得2分，发现一项违规扣1分", 2, null],
        [null, null, "预决算信息公开性", 2, "是否按规定公开预决算信息", "按时全面公开得2分", 2, null],
        [null, "资产管理", "资产管理安全性", 3, "资产保存是否完整、处置是否规范", "安全得3分，否则酌情扣分", 3, null],
        ["产出（35分）", "职责履行", "实际完成率", 10, "实际完成工作数/计划工作数×100%", "按完成率×分值计分", 10, null],
        [null, null, "完成及时率", 10, "及时完成工作数/实际完成工作数×100%", "按及时率×分值计分", 8, "部分专项资金拨付滞后"],
        [null, null, "质量达标率", 10, "质量达标工作数/实际完成工作数×100%", "按达标率×分值计分", 10, null],
        [null, null, "重点工作办结率", 5, "重点工作实际完成数/交办数×100%", "=100%得5分，否则按比例得分", 5, null],
        ["效果（20分）", "履职效益", "社会效益", 5, "部门履职对社会发展的影响", "效果明显得5分，否则酌情扣分", 5, null],
        [null, null, "可持续影响", 5, "部门履职对可持续发展的影响", "效果明显得5分，否则酌情扣分", 5, null],
        [null, null, "社会公众或服务对象满意度", 5, "问卷调查满意度", "≥90%得5分，否则按比例得分", 5, null],
        [null, "能力建设", "长效管理", 3, "是否建立长效管理机制", "健全得3分，否则酌情扣分", 4, null],
        [null, null, "信息化建设", 2, "预算管理一体化系统运行情况", "运行良好得2分，否则酌情扣分", 2, null],
        ["合计", null, null, 100, null, null, 97, null],
        ["评价组组长：曹建明    成员：刘晓、周敏    评价日期：2021年4月", null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:H1", "A2:H2", "A4:A8", "B4:B5", "B6:B8", "A9:A19", "B9:B15", "B16:B18", "A20:A23", "B20:B23",
        "A24:A28", "B24:B26", "B27:B28", "A29:C29", "A30:H30",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "评分表", kind: "selfeval", headerRow: 3, lastRow: 29, year: 2020 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "G27", why: "长效管理 scored 4 where its 分值 is 3" },
      {
        rule: "selfeval.score-mismatch",
        cell: "G29",
        why: "合计 97 where the scores add up to 98: 投入 4 × 5 = 20, 过程 4 + 1 + 2 × 7 + 2 + 3 = 24, 产出 10 + 8 + 10 + 5 = 33, 效果 5 + 5 + 5 + 4 + 2 = 21",
      },
    ],
    absent: [
      { rule: "selfeval.weights", why: "分值 add up to 100: 投入 20, 过程 4 + 2 × 9 + 3 = 25, 产出 35, 效果 20, as the labels and 合计 state" },
      { rule: "selfeval.missing-explanation", why: "the two indicators below their 分值 (预算调整率 1 of 2, 完成及时率 8 of 10) give their 扣分原因" },
      { rule: "selfeval.target-missed-full-score", why: "评分标准 are scoring rules, not targets; the form states no actual values" },
      { rule: "selfeval.rate-mismatch", why: "the form has no money block: 预算完成率 and the other rates are indicators described in words" },
      { rule: "input.unreadable-value", why: "指标解释, 评分标准, 扣分原因 and the sign-off line are text by nature" },
    ],
  },
};
