import type { CorpusLayout } from "../types";

// 甘孜州商务和经济合作局: 事前绩效评估 of 浙江·甘孜双向推介交流宣传 (浙江省对口支援, 480万元, 80%以上 for the counties). Laid out as the project's
// 绩效目标表: head rows, 项目资金（万元） merged down beside 年度资金总额 and its sources, 年度总体目标, then indicators (一级 | 二级 | 三级 | 指标值).
export const layout: CorpusLayout = {
  id: "ganzi-2022-zhejiang-promotion-targets",
  source: {
    title: "财政支出项目事前绩效评估报告 — 浙江·甘孜双向推介交流宣传（甘孜州商务和经济合作局）",
    url: "http://meiwen.anslib.com/fanwenku/414091.html",
    publisher: "甘孜州商务和经济合作局 (reposted)",
    changes:
      "The project, its owner, its 480万元 from 浙江省对口支援 and its aims (招商引资, 宣传推介, 平台搭建, 市场拓展; 80%以上 for the counties) are as " +
      "published; the report is prose, so the 绩效目标表 laid out from it (head rows, the money block, the indicators and their values, the " +
      "sign-off) is ours, as the targets are. Planted: 年度资金总额 480.00 where its sources add up to 400.00 + 70.00 + 0.00 = 470.00.",
  },
  classes: ["targets", "side-label-money-block", "qizhong-lines", "total-first", "three-level-indicators", "text-targets", "signoff-line", "sichuan"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 22, 14, 28, 18],
      rows: [
        ["项目支出绩效目标表", null, null, null, null],
        ["（2022年度）", null, null, null, null],
        ["项目名称", "浙江·甘孜双向推介交流宣传", null, null, null],
        ["主管部门", "浙江省赴四川省甘孜州帮扶工作队", null, "实施单位", "甘孜州商务和经济合作局"],
        ["项目资金（万元）", "年度资金总额", 480, null, null],
        [null, "其中：对口支援资金", 400, null, null],
        [null, "州级财政资金", 70, null, null],
        [null, "其他资金", 0, null, null],
        ["年度总体目标", "推动甘孜州重大投资促进活动、小分队招商、项目跟踪服务和市场拓展，80%以上资金用于各县（市），扩大开放成效，拓展特色农产品销售渠道。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "举办双向推介活动场次", "≥6场"],
        [null, null, null, "组织小分队招商次数", "≥10次"],
        [null, null, "质量指标", "资金用于各县（市）比例", "≥80%"],
        [null, null, "时效指标", "项目完成时间", "2022年12月底前"],
        [null, null, "成本指标", "单场推介活动成本", "≤40万元"],
        [null, "效益指标", "经济效益指标", "签约招商引资项目金额", "≥20亿元"],
        [null, null, "社会效益指标", "特色农产品销售渠道拓展", "明显拓展"],
        [null, "满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"],
        ["填报人：　　　　　联系电话：　　　　　填报日期：2022年2月", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "A5:A8", "C5:E5", "C6:E6", "C7:E7", "C8:E8", "B9:E9", "A10:A18", "B11:B15", "C11:C12", "B16:B17", "A19:E19"],
      numberFormats: { "C5:C8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, year: 2022 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 10, lastRow: 18, columns: { D: "name", E: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 480.00 where 对口支援 400.00 + 州级 70.00 + 其他 0.00 = 470.00: 10.00万元 too much" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "≤40万元 and ≥6场 are targets, not a unit price and a quantity" },
      { rule: "selfeval.weights", why: "a target form has no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the form holds no spending" },
      { rule: "input.unreadable-value", why: "指标值 (≥6场, 2022年12月底前, ≥20亿元) and the label–value rows are text by nature" },
    ],
  },
};
