import type { CorpusLayout } from "../types";

// 重庆市巴南区农业农村委 2025-12 (巴南农业发〔2025〕42号): the 2026 提前批 衔接资金 project plan, 附件1 — 合计 first, then three
// numbered categories (产业发展类 / 乡村建设行动类 / 就业类) each with its 小计 row, 资金规模 split 合计 | 中央资金 | 市级资金.
export const layout: CorpusLayout = {
  id: "banan-2026-advance-rural-revitalisation-project-plan",
  source: {
    title: "关于下达2026年提前批财政衔接推进乡村振兴补助资金项目计划的公示（附件1 项目计划表）",
    url: "http://www.cqbn.gov.cn/bmjz/bm/nyncw/zwgk_88849/gkml/jczwgk/spsxczx/xjzjjxm/fpjg/202512/t20251226_15273756.html",
    publisher: "重庆市巴南区农业农村委员会",
    date: "2025-12-25",
    changes:
      "The notice states the plan (23 projects, 1,214 万元: 中央 984, 市级 230; 产业发展类 16 projects 827, 乡村建设行动类 5 projects 225, 就业类 2 " +
      "projects 162) and sends the table as 附件1, which the stored copy does not show. The table's layout (合计 first, category rows with 小计, " +
      "资金规模 split 合计 | 中央资金 | 市级资金) is built from the notice; projects, towns' villages and every amount are ours, cut to ten projects. " +
      "Planted: the 产业发展类 小计 typed 425 where its lines add to 415; 麻柳嘴镇东泉村's 市级资金 typed 20 where 110 − 80 = 30, so the line " +
      "misses its 合计 and the 乡村建设行动类 市级 小计 (55) misses its lines as typed (45).",
  },
  classes: [
    "composition", "project-plan", "total-row-first", "category-rows-with-subtotals", "level-split-columns", "merged-money-header",
    "towns-in-place-column", "implementer-column", "whole-wanyuan", "wanyuan-caption", "annex-title-row", "notes-under-table",
    "table-not-in-stored-copy", "district-fund", "chongqing",
  ],
  settings: { district: "重庆市巴南区", asOf: "2025-12-25" },
  sheets: [
    {
      name: "项目计划",
      widths: [8, 34, 18, 40, 10, 10, 10, 16],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["巴南区2026年提前批财政衔接推进乡村振兴补助资金项目计划表", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "项目名称", "实施地点", "建设内容及规模", "资金规模", null, null, "项目实施单位"],
        [null, null, null, null, "合计", "中央资金", "市级资金", null],
        [null, "合计", null, null, 802, 652, 150, null],
        ["一", "产业发展类（5个）", null, null, 425, 380, 35, null],
        [1, "二圣镇集体村茶叶基地提质增效项目", "二圣镇集体村", "改造提升茶园300亩，配套生产便道1.2公里", 120, 120, 0, "二圣镇人民政府"],
        [2, "石龙镇石龙村柑橘冷链仓储建设项目", "石龙镇石龙村", "新建冷藏库600立方米及分拣场地", 95, 80, 15, "石龙镇人民政府"],
        [3, "丰盛镇桥上村肉牛养殖圈舍改造项目", "丰盛镇桥上村", "改造标准化圈舍1200平方米", 68, 68, 0, "丰盛镇人民政府"],
        [4, "姜家镇蔡家村花椒初加工设施项目", "姜家镇蔡家村", "购置烘干设备2套，新建加工厂房400平方米", 74, 54, 20, "姜家镇人民政府"],
        [5, "天星寺镇芙蓉村中药材种植基地项目", "天星寺镇芙蓉村", "种植中药材200亩及配套水肥设施", 58, 58, 0, "天星寺镇人民政府"],
        ["二", "乡村建设行动类（3个）", null, null, 237, 182, 55, null],
        [6, "接龙镇自力村人居环境整治项目", "接龙镇自力村", "改造农村户厕80户，整治院落12处", 85, 60, 25, "接龙镇人民政府"],
        [7, "麻柳嘴镇东泉村产业路硬化项目", "麻柳嘴镇东泉村", "硬化产业路3.5公里，宽4.5米", 110, 80, 20, "麻柳嘴镇人民政府"],
        [8, "双河口镇永兴村人饮管网改造项目", "双河口镇永兴村", "改造供水管网6.8公里", 42, 42, 0, "双河口镇人民政府"],
        ["三", "就业类（2个）", null, null, 150, 90, 60, null],
        [9, "脱贫人口跨区域就业一次性交通补助", "全区", "补助外出务工脱贫人口约800人", 40, 40, 0, "区人力社保局"],
        [10, "乡村公益性岗位补贴", "全区", "开发乡村公益性岗位约180个", 110, 50, 60, "区人力社保局"],
        ["备注：项目实施中如需调整，按程序报批后实施。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:H3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A20:H20"],
      numberFormats: { "E6:G19": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 19,
        columns: { A: "code", B: "line", E: "amount", F: "amount:中央资金", G: "amount:市级资金" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E7", why: "产业发展类 小计 425 where 120 + 95 + 68 + 74 + 58 = 415 (and 380 + 35 = 415): reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "E15", why: "麻柳嘴镇东泉村: 合计 110 where 中央 80 + 市级 20 = 100" },
      { rule: "composition.total-mismatch", cell: "G13", why: "乡村建设行动类 市级 小计 55 where 25 + 20 + 0 = 45 as typed" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E6", why: "合计 802 = 415 + 237 + 150, every line added (the 产业 小计's slip is reported at the 小计 alone)" },
      { rule: "composition.total-mismatch", cell: "F6", why: "中央 652 = 380 + 182 + 90" },
      { rule: "composition.total-mismatch", cell: "G6", why: "市级 150 = 35 + 55 + 60 as the 小计s are typed" },
      { rule: "composition.total-mismatch", cell: "E17", why: "就业类 150 = 40 + 110; 90 + 60 = 150" },
      { rule: "register.ineligible-location", why: "二圣镇, 石龙镇, 丰盛镇 … are towns of 巴南区; 全区 is the district itself" },
      { rule: "composition.total-mismatch", cell: "E19", why: "乡村公益性岗位补贴 110 = 50 + 60" },
    ],
  },
};
