import type { CorpusLayout } from "../types";

// 重庆市巴南区财政局 2022-03 (巴财农发〔2022〕5号): the first batch of 2022 衔接推进乡村振兴 money, 2,091万元 — 中央 685, 市级 1,406 — sent to five
// town governments and six district bodies. Laid out as the 附表 the notice points to: 序号 | 资金使用单位 | 项目名称 | 下达资金 over 合计 |
// 中央资金 | 市级资金 | 备注, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "banan-2022-linkage-fund-batch1-allocation",
  source: {
    title: "关于下达2022第一批财政衔接推进乡村振兴补助资金预算的通知（附表据正文拟）",
    url: "http://cqbn.gov.cn/zwgk_252/fdzdgknr/czyjs/qtczgkxx/202203/t20220329_10563498_wap.html",
    publisher: "重庆市巴南区财政局",
    date: "2022-03-29",
    changes:
      "The stored page is the notice without its 附表: the bodies it is addressed to (接龙镇、东温泉镇、姜家镇、二圣镇、丰盛镇人民政府, 区农业农村委（区乡村振兴局）, " +
      "区扶贫开发服务中心, 区就业和人才中心, 区城管局, 区水利局, 区卫生健康委) and the totals (2,091万元: 中央 685, 市级 1,406) are kept; the projects and every " +
      "line's money are ours, adding up to the published totals. Planted: the 合计 column's foot typed 2,019 where its lines add up to 2,091 (and " +
      "685 + 1,406 = 2,091 across).",
  },
  classes: ["composition", "allocation-by-project", "bodies-as-category", "town-governments", "government-departments-not-payees", "merged-money-heading", "row-total-first", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "remark-column", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "巴南区" },
  sheets: [
    {
      name: "附表",
      widths: [6, 28, 34, 10, 10, 10, 16],
      rows: [
        ["2022年第一批财政衔接推进乡村振兴补助资金分配表（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "资金使用单位", "项目名称", "下达资金", null, null, "备注"],
        [null, null, null, "合计", "中央资金", "市级资金", null],
        [1, "接龙镇人民政府", "接龙镇小观村产业路硬化", 180, 60, 120, null],
        [2, "东温泉镇人民政府", "东温泉镇黄金林村柑橘基地提升", 150, 50, 100, null],
        [3, "姜家镇人民政府", "姜家镇文石村人居环境整治", 120, 40, 80, null],
        [4, "二圣镇人民政府", "二圣镇集体村茶叶加工设备购置", 160, 55, 105, null],
        [5, "丰盛镇人民政府", "丰盛镇桥上村灌溉渠道整治", 140, 45, 95, null],
        [6, "区农业农村委（区乡村振兴局）", "脱贫人口小额信贷贴息", 260, 100, 160, null],
        [7, "区农业农村委（区乡村振兴局）", "到户产业发展补助", 300, 120, 180, "按户核定"],
        [8, "区扶贫开发服务中心", "衔接资金项目管理费", 41, 0, 41, null],
        [9, "区就业和人才中心", "脱贫劳动力跨区域务工交通补助", 130, 45, 85, null],
        [10, "区城管局", "农村生活垃圾收运设施建设", 200, 60, 140, null],
        [11, "区水利局", "农村供水保障工程维修养护", 250, 70, 180, null],
        [12, "区卫生健康委", "脱贫人口家庭医生签约服务", 160, 40, 120, null],
        ["合计", null, null, 2019, 685, 1406, null],
        ["注：资金专项用于2022年衔接推进乡村振兴工作，严禁截留、挪用。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A17:C17", "A18:G18"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { B: "category", C: "line", D: "amount", E: "amount:中央资金", F: "amount:市级资金" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D17",
        why: "合计 2,019 where the lines add up to 180 + 150 + 120 + 160 + 140 + 260 + 300 + 41 + 130 + 200 + 250 + 160 = 2,091 (and 685 + 1,406 = 2,091 across): 72 short, whole figures exact; reported once",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E17", why: "60 + 50 + 40 + 55 + 45 + 100 + 120 + 0 + 45 + 60 + 70 + 40 = 685" },
      { rule: "composition.total-mismatch", cell: "F17", why: "120 + 100 + 80 + 105 + 95 + 160 + 180 + 41 + 85 + 140 + 180 + 120 = 1,406" },
      { rule: "composition.total-mismatch", cell: "D12", why: "项目管理费 41 = 0 + 41; every line's 合计 is its two parts" },
      { rule: "register.duplicate", why: "区农业农村委 runs two projects: government bodies are no payees, the list is an allocation by project" },
      { rule: "cap.unknown-policy", why: "an allocation among bodies and projects, no award list" },
      { rule: "input.unreadable-value", cell: "G11", why: "按户核定 is a remark" },
    ],
  },
};
