import type { CorpusLayout } from "../types";

// 财政支出绩效目标申报表（2021年度）: a target application whose money is applied for by six sources (一般公共预算拨款 …
// 上年结余收入) as label–value rows, then 长期目标 / 年度目标 and the year's indicators with 分值, 指标内容, 指标值 and
// 评分细则 (the form fixes 资金到位率 5 and 预算支出进度 15 as 投入指标).
export const layout: CorpusLayout = {
  id: "target-application-2021-scored-indicators-gxglmes",
  source: {
    title: "财政支出绩效目标申报表（2021年度）",
    url: "http://gxglmes.com/templets/default/2021yusuan/sqb.files/sheet001.htm",
    publisher: "（a budget office's 2021 budget-preparation pages; the office is not named in the stored copy）",
    date: "2021",
    changes:
      "The form as the stored copy shows it: 填报单位; 项目名称 / 项目类型; 主管部门编码 / 主管部门名称; 项目实施单位 / 项目负责人 / 联系电话; " +
      "项目起止时间（如20190101）… 到 …; 项目资金申请（万元） with 资金总额 and six sources; the (450字内) text blocks; 长期目标 / 年度目标; " +
      "项目年度绩效目标衡量指标 (一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则) with its 投入指标 and 过程指标 rows " +
      "(资金到位率 5, 预算支出进度 15, 项目资金专项核算 5, 资金使用合规性 10) as printed. The project (rural-road upkeep), the " +
      "office, the texts, the money and the 产出 / 效益 / 满意度 indicators are ours; 填报人 / 单位负责人 / 填报日期 under the " +
      "form. Planted: 资金总额 85.00 where 一般公共预算拨款 60.00 + 上年结余收入 15.00 = 75.00.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "money-by-six-sources", "weights-in-target-table", "scoring-rules-column", "no-results-column", "signoff-line"],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [22, 20, 18, 8, 34, 22, 40],
      rows: [
        ["财政支出绩效目标申报表", null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null],
        ["填报单位：", "县农村公路养护中心", null, null, null, null, null],
        ["项目名称", "2021年农村公路日常养护", null, null, "项目类型", "延续项目", null],
        ["主管部门编码", "108", null, null, "主管部门名称", "县交通运输局", null],
        ["项目实施单位", "县农村公路养护中心", null, "项目负责人", "黄志明", "联系电话", "0775-7821463"],
        ["项目起止时间（如20190101）", "20210101", "到", "20211231", null, null, null],
        ["项目资金申请（万元）", "资金总额：", 85, null, null, null, null],
        [null, "一般公共预算拨款：", 60, null, null, null, null],
        [null, "政府性基金预算拨款：", null, null, null, null, null],
        [null, "国有资本经营预算拨款：", null, null, null, null, null],
        [null, "纳入财政专户管理的收入：", null, null, null, null, null],
        [null, "未纳入财政专户管理的收入：", null, null, null, null, null],
        [null, "上年结余收入：", 15, null, null, null, null],
        ["单位职能概述（450字内）", "负责全县农村公路的日常养护、小修保养和路况巡查，组织实施农村公路灾毁抢修。", null, null, null, null, null],
        ["项目概况（450字内）", "对全县县道、乡道、村道实施日常养护，包括路面保洁、边沟清理、坑槽修补和标志标线维护。", null, null, null, null, null],
        ["项目立项情况", "项目立项的依据（450字内）", "《农村公路养护管理办法》及县人民政府农村公路管理养护体制改革实施方案。", null, null, null, null],
        [null, "项目申报的可行性（450字内）", "养护队伍和机械已到位，养护里程和标准已核定。", null, null, null, null],
        [null, "项目申报的必要性（450字内）", "保障农村公路安全畅通，延长路面使用寿命。", null, null, null, null],
        [null, "项目实施进度计划（450字内）", "1—12月按月实施日常养护，6—9月汛期加强巡查和抢修。", null, null, null, null],
        ["项目绩效目标", "长期目标（450字内）", null, null, "年度目标（450字内）", null, null],
        [null, "农村公路养护常态化，路况稳定向好。", null, null, "完成420公里农村公路日常养护，优良路率达到75%以上。", null, null],
        ["项目年度绩效目标衡量指标", "一级指标", "二级指标", "分值", "指标内容（150字内）", "指标值（150字内）", "评分细则（150字内）"],
        [null, "投入指标", "资金到位率", 5, "资金到位率=（实际到位资金/计划投入资金）×100%。", "资金到位率达100%", "到位率100%得5分，每少10个百分点以内扣1分，扣完为止。"],
        [null, null, "预算支出进度", 15, "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上", "预算支出进度达到90%以上（含90%）得15分，每少1个百分点扣1分，扣完为止。"],
        [null, "过程指标", "项目资金专项核算", 5, "专项资金是否专款专用，专项核算。", "专款专用，专项核算", "专款专用得2分，专项核算得3分，否则0分。"],
        [null, null, "资金使用合规性", 10, "是否符合国家财经法规和财务管理制度以及专项资金管理办法的规定。", "资金使用合规", "合规得10分，发现一项违规扣2分，扣完为止。"],
        [null, "产出指标", "日常养护里程", 20, "年度完成农村公路日常养护里程。", "≥420公里", "完成得20分，每少10公里扣2分，扣完为止。"],
        [null, null, "优良路率", 15, "年末农村公路优良路率。", "≥75%", "达到得15分，每低1个百分点扣1分，扣完为止。"],
        [null, null, "养护完成时间", 10, "年度养护任务完成时间。", "2021年12月底前", "按时完成得10分，否则0分。"],
        [null, "效益指标", "群众出行条件", 10, "农村公路通行条件改善情况。", "明显改善", "明显改善得10分，有所改善得5分。"],
        [null, "满意度指标", "沿线群众满意度", 10, "抽样调查沿线群众满意度。", "≥90%", "每低1个百分点扣1分，扣完为止。"],
        ["填报人：韦丽", null, "单位负责人：蒙建华", null, "填报日期：2020年10月15日", null, null],
      ],
      merges: [
        "A1:G1", "A2:G2", "B3:G3", "B4:D4", "F4:G4", "B5:D5", "F5:G5", "B6:C6", "A8:A14", "C8:G8", "C9:G9", "C10:G10", "C11:G11",
        "C12:G12", "C13:G13", "C14:G14", "B15:G15", "B16:G16", "A17:A20", "C17:G17", "C18:G18", "C19:G19", "C20:G20", "A21:A22",
        "B21:D21", "E21:G21", "B22:D22", "E22:G22", "A23:A32", "B24:B25", "B26:B27", "B28:B30", "A33:B33", "C33:D33", "E33:G33",
      ],
      numberFormats: { "C8:C14": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 8, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2021 },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 23, lastRow: 32, columns: { C: "name", F: "target" }, year: 2021 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C8",
        why: "资金总额 85.00; its sources 一般公共预算拨款 60.00 + 上年结余收入 15.00 (the other four empty) = 75.00 (10.00万元 short)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "一般公共预算拨款 is a source, not a total" },
      { rule: "composition.line-mismatch", why: "the sources have no unit price or quantity" },
      { rule: "selfeval.weights", why: "5 + 15 + 5 + 10 + 20 + 15 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only: 资金到位率 and 预算支出进度 have no results yet" },
      { rule: "selfeval.score-mismatch", why: "no scores are given, only 分值" },
      { rule: "execution.overspent", why: "the form holds no spending" },
      { rule: "input.unreadable-value", why: "指标值 (≥420公里, 2021年12月底前), the dates of 项目起止时间 and the text blocks are text by nature" },
    ],
  },
};
