import type { CorpusLayout } from "../types";

// 衡阳市南岳区财政局 2018-05-20: 绩效目标申报表 for a city poverty-relief project (a tourism base run by a farming firm for 水濂村) — label–value
// rows, 资金情况（万元） merged down beside 年度资金总额 | 其中：财政拨款 | 其他资金, 总体目标, then 一级 / 二级 / 三级指标 | 指标值 | 备注 with the
// indicators' placeholders (≥**个) kept in their names, and three review lines for the finance and poverty offices' seals.
export const layout: CorpusLayout = {
  id: "nanyue-2018-poverty-tourism-base-targets",
  source: {
    title: "2018年市级专项扶贫资金基础设施（人大代表扶贫基地）绩效目标申报表",
    url: "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html",
    publisher: "衡阳市南岳区财政局",
    date: "2018-05-20",
    changes:
      "As published: the form's title, its rows and wording in order (项目名称 | 项目负责人及电话; 主管部门 | 实施单位 with the unit's code in " +
      "brackets; 资金情况（万元） over 年度资金总额： | 其中：财政拨款 | 其他资金; 总体目标 with 年度目标 | 年度总体目标完成情况; 绩效指标 with 一级 / 二级 / " +
      "三级指标 | 指标值 | 备注; the three 审核意见 lines with （盖章）), the indicators' names with their placeholders and the >= / <= signs. Ours: the " +
      "responsible person and phone, the firm's name (its code kept), the money and some target values. Planted: 年度资金总额 30 over 财政拨款 25 + " +
      "其他资金 8 = 33.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "money-block-under-side-label", "qizhong-lines", "total-row-first", "placeholders-in-names", "text-targets", "no-results-column", "review-lines", "hunan"],
  settings: { asOf: "2018-05-20" },
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [14, 16, 18, 40, 16, 10],
      rows: [
        ["绩效目标申报表", null, null, null, null, null],
        ["项目名称", "2018年市级专项扶贫资金基础设施（人大代表扶贫基地）", null, "项目负责人及电话", "陈立新 13807340000", null],
        ["主管部门", "南岳镇政府", null, "实施单位", "[610001]南岳区水濂生态农业发展有限公司", null],
        ["资金情况（万元）", "年度资金总额：", 30, null, null, null],
        [null, "其中：财政拨款", 25, null, null, null],
        [null, "其他资金", 8, null, null, null],
        ["总体目标", "年度目标", null, null, "年度总体目标完成情况", null],
        [null, "为水濂村带来观光游客不少于8万人，村集体收入达8万元。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        [null, "产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=30平方米", null],
        [null, null, null, "贫困地区旅游景点开发数量（ ≥**个 ）", ">=4个", null],
        [null, null, null, "流转土地", ">=80亩", null],
        [null, null, "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", ">=98%", null],
        [null, null, "时效指标", "贫困地区基础设施建设按期完成率(≥**%)", ">=95%", null],
        [null, null, "成本指标", "流转土地补助标准", "<=475元/亩", null],
        [null, null, null, "贫困地区旅游基础设施建设工程建设成本", "<=3000元/平方米", null],
        [null, "效益指标", "经济效益指标", "乡村旅游带动增加贫困村收入(≥**万元)", ">=8万元", null],
        [null, null, null, "乡村旅游带动增加贫困人口收入(≥**万元)", ">=3.2万元", null],
        [null, null, "社会效益指标", "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=80000人", null],
        [null, null, null, "受益建档立卡贫困人口数≥**人", ">=35人", null],
        [null, "满意度指标", "服务对象满意度指标", "旅游行业经营主体满意度(≥**%)", ">=90%", null],
        [null, null, null, "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%", null],
        [null, null, null, "游客满意度(≥**%)", ">=90%", null],
        ["财政部门支出股室初审意见", null, "（盖章）", null, null, null],
        ["财政部门绩效评价股审核意见", null, "（盖章）", null, null, null],
        ["区扶贫办审核意见", null, "（盖章）", null, null, null],
      ],
      merges: [
        "A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "C4:F4", "C5:F5", "C6:F6", "A7:A8", "B7:D7", "E7:F7", "B8:D8", "E8:F8",
        "A9:A23", "B10:B16", "C10:C12", "C15:C16", "B17:B20", "C17:C18", "C19:C20", "B21:B23", "C21:C23", "A24:B24", "C24:F24", "A25:B25", "C25:F25", "A26:B26", "C26:F26",
      ],
      numberFormats: { "C4:C6": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 6, columns: { B: "line", C: "amount" }, year: 2018 },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 9, lastRow: 23, columns: { D: "name", E: "target" }, year: 2018 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C4",
        why: "年度资金总额 30; its sources 其中：财政拨款 25 + 其他资金 8 = 33 run on to the block's end, so they are all of the money: 3万元 more than the total",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the money lines have no unit price or quantity" },
      { rule: "selfeval.weights", why: "a target table without 分值: no weights to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results (年度总体目标完成情况 is blank)" },
      { rule: "execution.overspent", why: "the form holds no spending" },
      { rule: "input.unreadable-value", why: "指标值 (>=30平方米, <=475元/亩), the placeholders (≥**个) and （盖章） are text by nature" },
    ],
  },
};
