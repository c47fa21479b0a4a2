import type { CorpusLayout } from "../types";

// 黄石市 项目支出绩效监控表 (2019年度): the mid-year monitoring form of a Hubei city — tick boxes
// for the project's kind, 项目资金 with 年初预算数 | 1-6月执行数 | 全年预计执行数, indicators with
// 指标值 | 半年度指标执行情况 | 完成目标可能性 (确定能 / 有可能 / 不可能) and no 分值 at all; two empty
// reason rows and the form's instructions under it.
export const layout: CorpusLayout = {
  id: "huangshi-2019-monitoring-heritage",
  source: {
    title: "黄石市项目支出绩效监控表（申遗）（2019年度）",
    url: "http://hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html",
    publisher: "黄石市文物局（湖北水泥遗址博物馆）",
    date: "2019-08-21",
    changes:
      "Form wording and order as published (项目单位（盖章） / 单位：万元; 项目名称, 主管部门, 项目执行单位; 项目属性 and 项目类型 tick boxes; " +
      "项目资金（万元） | 年初预算数 | 1-6月执行数 | 全年预计执行数 with 年度资金总额 and 其中：当年一般公共预算拨款; 绩效指标 | 一级指标 | 指标名称 | " +
      "指标值 | 半年度指标执行情况 | 完成目标可能性 | 备注; 偏差或不能完成目标原因分析; 相关建议或举措; 注 1–2 shortened). The project " +
      "(published: 申遗经费, 220 budget, 87.57 spent) is replaced by an invented 工业遗产保护利用 project with our figures and " +
      "five indicators. Planted: 年度资金总额's 1-6月执行数 80.64 while its only 其中 line gives 76.64.",
  },
  classes: ["selfeval", "hubei", "monitoring-form", "mid-year", "no-weights", "tick-boxes", "likelihood-column", "side-label-unit"],
  settings: { asOf: "2019-06-30" },
  sheets: [
    {
      name: "监控表",
      widths: [12, 24, 22, 18, 24, 18, 10],
      rows: [
        ["黄石市项目支出绩效监控表（工业遗产保护）", null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null],
        ["项目单位（盖章）：", null, null, null, null, "单位：万元", null],
        ["项目名称", "工业遗产保护利用经费", null, null, null, null, null],
        ["主管部门", "黄石市文化和旅游局", null, "项目执行单位", "黄石市文物局（湖北水泥遗址博物馆）", null, null],
        ["项目属性", "1、持续性项目 □√    2、新增性项目 □", null, null, null, null, null],
        ["项目类型", "1、常年性项目 □√    2、延续性项目 □    3、一次性项目 □", null, null, null, null, null],
        [null, "1、部门预算项目 □√    2、省直专项 □    3、省对下转移支付项目 □", null, null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "1-6月执行数", "全年预计执行数", null, null],
        [null, "年度资金总额：", 180, 80.64, 180, null, null],
        [null, "其中：当年一般公共预算拨款", 180, 76.64, 180, null, null],
        ["绩效指标", "一级指标", "指标名称", "指标值", "半年度指标执行情况", "完成目标可能性（确定能、有可能、不可能）", "备注"],
        [null, "产出指标", "数量：修缮工业遗产点", "4处", "已完工2处，2处施工中", "确定能", null],
        [null, null, "质量：修缮工程验收合格率", "100%", "已完工2处均验收合格", "确定能", null],
        [null, null, "时效：年度任务完成时间", "2019年12月底前", "按计划推进", "确定能", null],
        [null, null, "成本：年度预算", "年度预算180万元", "按进度执行，已使用约45%", "确定能", null],
        [null, "效益指标", "社会效益：工业遗产宣传推介活动", "≥5场", "已举办3场", "确定能", null],
        ["偏差或不能完成目标原因分析", null, null, null, null, null, null],
        ["相关建议或举措", null, null, null, null, null, null],
        [
          "注：1.完成目标可能性：对应所设定的实现绩效目标的路径，分确定能、有可能、不可能三级综合判断完成的可能性。2.如“完成目标可能性”出现“有可能”、“不可能”选项，请分别在“偏差或不能完成目标原因分析”与“相关建议或举措”栏填写相关原因及拟采取的措施。",
          null, null, null, null, null, null,
        ],
      ],
      merges: [
        "A1:G1", "A2:G2", "A3:E3", "F3:G3", "B4:G4", "B5:C5", "E5:G5", "B6:G6", "A7:A8", "B7:G7", "B8:G8",
        "A9:B9", "E9:G9", "A10:A11", "E10:G10", "E11:G11", "A12:A17", "B13:B16", "B18:G18", "B19:G19", "A20:G20",
      ],
      numberFormats: { "C10:E11": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "监控表", kind: "selfeval", unit: "万元", headerRow: 9, lastRow: 17, year: 2019 }],
    findings: [
      {
        rule: "selfeval.total-mismatch",
        cell: "D10",
        why: "年度资金总额 1-6月执行数 80.64; its only 其中 line (当年一般公共预算拨款) gives 76.64 (4.00万元 less)",
      },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "C10", why: "年初预算数 180.00 = 180.00" },
      { rule: "selfeval.total-mismatch", cell: "E10", why: "全年预计执行数 180.00 = 180.00" },
      { rule: "selfeval.weights", why: "a monitoring form has no 分值 column: there are no weights to add up" },
      { rule: "selfeval.score-mismatch", why: "no scores on a monitoring form" },
      { rule: "selfeval.target-missed-full-score", why: "no scores on a monitoring form" },
      {
        rule: "selfeval.missing-explanation",
        why: "no scores to fall short of; the 44.8% is spending to 30 June against a full year, and the form asks for reasons only where 完成目标可能性 is 有可能 or 不可能 (every row says 确定能)",
      },
      { rule: "selfeval.rate-mismatch", why: "the form states no rate ('约45%' in the cost row is 80.64 / 180 = 44.8%, in words)" },
      { rule: "execution.overspent", why: "全年预计执行数 180.00 equals 年初预算数 180.00" },
      { rule: "input.unreadable-value", why: "指标值 and 半年度指标执行情况 are text by nature (4处, 2019年12月底前, 已举办3场)" },
    ],
  },
};
