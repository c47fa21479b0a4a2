import type { CorpusLayout } from "../types";

// 衡山县商务和粮食局 (湖南 衡阳) 2020: 县级专项资金绩效目标自评表 for the county grain reserve — 项目资金（万元） with 全年预算数（A）|
// 全年执行数（B）| 执行率（B/A） over 年度资金总额, 其中 中央、省、市补助县级资金 and 其他资金; three-level indicators with 年度指标值 |
// 全年完成值 | 未完成原因和改进措施 and no 分值 or 得分 anywhere; a 说明 row and a note.
export const layout: CorpusLayout = {
  id: "hengshan-2020-county-grain-reserve-selfeval",
  source: {
    title: "2020年度县级专项资金绩效目标自评表（县级储备粮，衡山县商务和粮食局）",
    url: "https://taowenge.com/p-72820237.html",
    publisher: "衡山县商务和粮食局 (document shared on 淘文阁)",
    date: "2020",
    changes:
      "As published: the form's wording and order (专项资金名称, 负责人及电话, 县级主管部门, 实施单位, 项目资金（万元）, 年度总体目标 with 年初设定目标 / " +
      "全年实际完成情况, the seventeen indicators with their targets and results — 政策性挂账利息补贴保障率 无 with 没有轮换、动用库存 —, 说明, the note), no " +
      "分值 or 得分. The contacts are replaced by （略）. The money is ours (published: 194.9 budgeted and spent, 100%, all of it 中央、省、市补助). " +
      "Planted: 年度资金总额 执行率 stated 98.0% where 187.1 / 194.9 = 96.0%; its 全年执行数 187.1 where 145.1 + 40.0 = 185.1.",
  },
  classes: ["selfeval", "county-special-fund-form", "no-weights", "no-scores", "letters-in-headers", "qizhong-lines", "three-level-indicators", "text-targets", "side-label-unit", "rates-as-text", "notes-under-table", "hunan"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 14, 16, 34, 14, 14, 24],
      rows: [
        ["2020年度县级专项资金绩效目标自评表", null, null, null, null, null, null],
        ["专项资金名称", "县级储备粮", null, "负责人及电话", "（略）", null, null],
        ["县级主管部门", "衡山县商务和粮食局", null, "实施单位", "粮食调控储备与产业发展股", null, null],
        ["项目资金（万元）", null, null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", null],
        [null, "年度资金总额", null, 194.9, 187.1, "98.0%", null],
        [null, "其中：中央、省、市补助县级资金", null, 154.9, 145.1, "93.7%", null],
        [null, "其他资金", null, 40, 40, "100%", null],
        ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况", null, null],
        [null, "保持和稳定地方粮食储备机制", null, null, "地方储备粮食规模达标", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        [null, "产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", null],
        [null, null, null, "库存数量真实率", "100%", "100%", null],
        [null, null, "质量指标", "县级储备粮管理制度严格执行率", "100%", "100%", null],
        [null, null, null, "储备粮管理专户管理率", "100%", "100%", null],
        [null, null, null, "县级储备粮库存粮食明显变质比例", "0", "0", null],
        [null, null, "时效指标", "县级储备粮贷款付息及时率", "100%", "100%", null],
        [null, null, null, "县级储备粮应急保障率", "100%", "100%", null],
        [null, null, "成本指标", "国家政策性粮收购价格执行率", "100%", "100%", null],
        [null, null, null, "县级储备粮库存成本核算率", "100%", "100%", null],
        [null, "效益指标", "经济效益指标", "利息费用保障率", "100%", "100%", null],
        [null, null, null, "政策性挂账利息补贴保障率", "100%", "无", "没有轮换、动用库存"],
        [null, null, "生态效益指标", "低温、低氧、低剂量科学保粮率", "100%", "100%", null],
        [null, null, null, "食品安全指标达标率", "100%", "100%", null],
        [null, null, "可持续影响指标", "粮食储备设备维护及安全性", "高", "高", null],
        [null, "满意度指标", "服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", null],
        [null, null, null, "市民满意度调查", "≥90%", "100%", null],
        ["说明", "无", null, null, null, null, null],
        ["注：1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自有资金、社会资金，以及以前年度的结转结余资金等。", null, null, null, null, null, null],
      ],
      merges: [
        "A1:G1", "B2:C2", "E2:G2", "B3:C3", "E3:G3", "A4:A7", "B4:C4", "F4:G4", "B5:C5", "F5:G5", "B6:C6", "F6:G6", "B7:C7", "F7:G7",
        "A8:A9", "B8:D8", "E8:G8", "B9:D9", "E9:G9", "A10:A26", "B11:B19", "C11:C12", "C13:C15", "C16:C17", "C18:C19", "B20:B24", "C20:C21",
        "C22:C23", "B25:B26", "C25:C26", "B27:G27", "A28:G28",
      ],
      numberFormats: { "D5:E7": "0.0" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 26, year: 2020 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F5", why: "年度资金总额 187.1 / 194.9 = 96.0%, stated 98.0%" },
      { rule: "selfeval.total-mismatch", cell: "E5", why: "全年执行数 187.1 where 其中 145.1 + 其他资金 40.0 = 185.1" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D5", why: "全年预算数 194.9 = 154.9 + 40.0" },
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "145.1 / 154.9 = 93.7%" },
      { rule: "selfeval.rate-mismatch", cell: "F7", why: "40 / 40 = 100%" },
      { rule: "selfeval.weights", why: "the form has no 分值 column: there are no weights to add up" },
      { rule: "selfeval.score-mismatch", why: "the form scores nothing: no 分值, no 得分, no 总分" },
      { rule: "selfeval.target-missed-full-score", why: "no indicator is scored; 政策性挂账利息补贴保障率 (无) carries its reason" },
      { rule: "selfeval.missing-explanation", why: "no indicator is scored below a full score, and the true rate 96.0% is above 90%" },
      { rule: "execution.overspent", why: "全年执行数 is within 全年预算数 on every row" },
      { rule: "input.unreadable-value", why: "targets and results written 100%, 0起, 高, 无 are text by nature" },
    ],
  },
};
