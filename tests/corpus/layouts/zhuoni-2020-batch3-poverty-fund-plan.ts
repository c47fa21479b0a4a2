import type { CorpusLayout } from "../types";

// 卓尼县扶贫开发办公室 2020-06-21: 第三批财政专项扶贫资金计划公示 — 917万元 (含脱贫攻坚成效考核奖励资金184万元) in four parts: 产业扶贫
// 149.4, 就业扶贫 104, 农牧村整体提升 654.6, 其他 9. Laid out as the 项目计划表 the notice attaches: the 合计 and its 其中 first, then each part
// as a numbered category row with its 小计 and its projects under it.
export const layout: CorpusLayout = {
  id: "zhuoni-2020-batch3-poverty-fund-plan",
  source: {
    title: "卓尼县关于2020年第三批财政专项扶贫资金计划公示（项目计划表据正文拟）",
    url: "http://www.zhuoni.gov.cn/info/1178/10751.htm",
    publisher: "卓尼县扶贫开发办公室",
    date: "2020-06-21",
    changes:
      "Kept from the notice: the total 917万元 with its 其中 脱贫攻坚成效考核奖励资金 184万元, the four parts and their sums (149.4, 104, 654.6, 9), the " +
      "source document (甘脱贫领办发〔2020〕35号). The attached 第三批项目计划表(定).xls is not in the stored copy: the projects under each part, their " +
      "towns and scales are ours (表据正文拟), adding up to the published part sums. Planted: the 农牧村整体提升 小计 typed 645.6 where its three projects " +
      "add up to 654.6 (the 合计 917 agrees with the projects).",
  },
  classes: ["composition", "project-plan", "category-rows-with-subtotals", "total-row-first", "qizhong-row-under-total", "town-column", "scale-column", "remark-column", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-fund", "gansu"],
  settings: { district: "卓尼县" },
  sheets: [
    {
      name: "第三批项目计划表",
      widths: [8, 30, 14, 36, 12, 16],
      rows: [
        ["卓尼县2020年第三批财政专项扶贫资金项目计划表（表据正文拟）", null, null, null, null, null],
        ["资金来源：甘脱贫领办发〔2020〕35号", null, null, null, "单位：万元", null],
        ["序号", "项目名称", "实施地点", "建设内容及规模", "财政专项扶贫资金", "备注"],
        ["合计", null, null, null, 917, null],
        ["其中：脱贫攻坚成效考核奖励资金", null, null, null, 184, null],
        ["一", "产业扶贫项目", null, null, 149.4, "小计"],
        [1, "中药材标准化种植基地建设项目", "木耳镇", "建设当归、黄芪标准化种植基地1200亩", 62, null],
        [2, "牦牛藏羊养殖合作社扶持项目", "柳林镇", "扶持养殖合作社4个，购置基础母畜", 87.4, null],
        ["二", "就业扶贫", null, null, 104, "小计"],
        [3, "扶贫车间以奖代补项目", "柳林镇", "扶贫车间2个，吸纳建档立卡劳动力就业", 40, null],
        [4, "乡村公益性岗位补助", "各乡镇", "乡村公益性岗位160个", 64, null],
        ["三", "农牧村整体提升", null, null, 645.6, "小计"],
        [5, "村组道路硬化项目", "阿子滩镇", "硬化村组道路4.2公里，宽4.5米", 268, null],
        [6, "农村安全饮水巩固提升项目", "纳浪镇", "新建蓄水池3座，铺设管网11.5公里", 176.6, null],
        [7, "人居环境整治项目", "藏巴哇镇", "改厕180座，村庄巷道硬化及排水渠", 210, null],
        ["四", "其他类项目", null, null, 9, "小计"],
        [8, "项目管理费", "县扶贫办", "项目前期、监理及验收", 9, null],
        ["注：公示期为10天，如有异议请向县扶贫开发办公室反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:D2", "E2:F2", "A4:D4", "A5:D5", "A18:F18"],
      numberFormats: { "E4:E17": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "第三批项目计划表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { B: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E12", why: "农牧村整体提升 小计 645.6 where 268.0 + 176.6 + 210.0 = 654.6: 9.0万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 917 = 62 + 87.4 + 40 + 64 + 268 + 176.6 + 210 + 9 = 917, the projects (the 小计 slip is reported once, at the 小计)" },
      { rule: "composition.total-mismatch", cell: "E5", why: "其中 184 (考核奖励资金) is a part of 917, not a line added into it" },
      { rule: "composition.total-mismatch", cell: "E6", why: "产业扶贫 小计 149.4 = 62.0 + 87.4" },
      { rule: "composition.total-mismatch", cell: "E9", why: "就业扶贫 小计 104 = 40 + 64" },
      { rule: "composition.total-mismatch", cell: "E16", why: "其他 小计 9 = 9" },
      { rule: "register.ineligible-location", cell: "C13", why: "阿子滩镇 and the other towns are towns of 卓尼县" },
      { rule: "input.unreadable-value", cell: "D13", why: "建设内容及规模 is text (4.2公里, 11.5公里), not money" },
    ],
  },
};
