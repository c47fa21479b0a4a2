import type { CorpusLayout } from "../types";

// 莆田市城厢区委乡村振兴办 2022-03-03 (莆城委振兴办〔2022〕3号): the 绩效目标表 of the 2022 乡村振兴试点示范资金
// (省级、市级、区级, 1,610.76万元) for eight pilot villages — money block with its 其中 sources, then the indicators.
export const layout: CorpusLayout = {
  id: "putian-chengxiang-2022-pilot-village-fund-targets",
  source: {
    title: "关于印发2022年乡村振兴试点示范资金（省级、市级、区级）分配方案的通知（附件2：绩效目标表）",
    url: "https://www.chengxiang.gov.cn/zfxxgk/bm/cxqnyj/fdzdgknr/fpjyylshbzcjjydfmdzccsjqssqk_25869/202203/t20220308_1710136.htm",
    publisher: "中共莆田市城厢区委实施乡村振兴战略领导小组办公室",
    date: "2022-03-03",
    changes:
      "The stored page shows the notice (1,610.76万元 for the 省级试点村 of 华亭镇 and 常太镇, 8 villages) and names its annexes; the 绩效目标表 " +
      "is laid out as such forms are (资金名称, 主管部门 | 实施单位, 资金情况 with 年度资金总额 and its 其中 sources, 年度总体目标, 一级 / 二级 / " +
      "三级指标 | 指标值) with our own split of the money and our indicators. Planted: the sources 1,200.00 + 260.76 + 160.00 = 1,620.76 against the " +
      "年度资金总额 1,610.76.",
  },
  classes: ["targets", "composition", "target-form", "money-block", "qizhong-lines", "sources-run-to-block-end", "three-level-indicators", "text-targets", "no-weights", "annex-label-row", "county-notice", "fujian"],
  settings: { district: "城厢区" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 16, 18, 34, 18],
      rows: [
        ["附件2", null, null, null, null],
        ["2022年乡村振兴试点示范资金绩效目标表", null, null, null, null],
        ["资金名称", "2022年乡村振兴试点示范资金（省级、市级、区级）", null, null, null],
        ["主管部门", "城厢区委实施乡村振兴战略领导小组办公室", null, "实施单位", "华亭镇人民政府、常太镇人民政府"],
        ["资金情况（万元）", "年度资金总额", 1610.76, null, null],
        [null, "其中：省级资金", 1200, null, null],
        [null, "市级资金", 260.76, null, null],
        [null, "区级资金", 160, null, null],
        ["年度总体目标", "支持华亭镇、常太镇8个省级乡村振兴试点村发展村级特色产业，补齐基础设施和公共服务短板，壮大村集体经济。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "支持省级乡村振兴试点村数量", "8个"],
        [null, null, null, "实施村级产业发展项目", "≥8个"],
        [null, null, "质量指标", "项目验收合格率", "100%"],
        [null, null, "时效指标", "项目完工时间", "2022年12月底前"],
        [null, null, "成本指标", "试点村平均补助", "≤201.35万元/村"],
        [null, "效益指标", "经济效益指标", "试点村村集体经营性收入", "≥15万元/村"],
        [null, null, "社会效益指标", "带动脱贫户、监测户增收", "明显提高"],
        [null, null, "可持续影响指标", "试点村人居环境持续改善", "长期"],
        [null, "满意度指标", "服务对象满意度指标", "试点村群众满意度", "≥90%"],
      ],
      merges: ["A2:E2", "B3:E3", "B4:C4", "A5:A8", "B9:E9", "A10:A19", "B11:B15", "C11:C12", "B16:B18"],
      numberFormats: { "C5:C8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, columns: { B: "line", C: "amount" } },
      { sheet: "绩效目标表", kind: "targets", headerRow: 10, lastRow: 19, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 1,610.76; its sources running to the block's end, 1,200.00 + 260.76 + 160.00 = 1,620.76: 10.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "省级资金 is a source, not a total" },
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: targets only" },
      { rule: "input.unreadable-value", cell: "E14", why: "2022年12月底前 is a target, text by nature" },
      { rule: "cap.exceeded", cell: "E15", why: "≤201.35万元/村 is a cost target (1,610.76 / 8 = 201.345), not an award" },
    ],
  },
};
