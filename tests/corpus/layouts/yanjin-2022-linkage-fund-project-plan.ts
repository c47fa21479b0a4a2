import type { CorpusLayout } from "../types";

// 河南 延津县: 2022年财政衔接推进乡村振兴补助资金 project plan — 政策补贴延续类 (雨露计划、贴息、种植奖补…), 产业类 and
// 基础设施类, each category row carrying its 小计, 合计 at the foot. Laid out as the plan table from the 公示.
export const layout: CorpusLayout = {
  id: "yanjin-2022-linkage-fund-project-plan",
  source: {
    title: "2022年财政衔接乡村振兴资金项目安排情况公示（项目安排表据公示拟）",
    url: "https://yanjin.gov.cn/newsinfo/15205.html",
    publisher: "延津县乡村振兴局",
    date: "2021-12-24",
    changes:
      "As published: the three categories (政策补贴延续类项目、产业类项目、基础设施类项目) and their projects by name, the 村组道路 construction (厚16厘米C25商砼水泥道路或沥青混凝土铺面道路16.2万平方米), 小麦奖补 marked 预计. " +
      "Ours: the table layout (序号 | 项目名称 | 建设内容及规模 | 计划安排资金 | 备注, built from the prose), the 建设内容 wording of the other projects, the note; " +
      "the amounts follow the 公示 except the one planted. " +
      "Planted: 产业类项目's 小计 stays 4,350 while its lines are 3,800 + 500 = 4,300.",
  },
  classes: ["composition", "project-plan", "category-rows-with-subtotals", "chinese-numbering", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "county-notice", "linkage-fund", "henan"],
  settings: { district: "延津县" },
  sheets: [
    {
      name: "项目安排",
      widths: [6, 44, 44, 14, 8],
      rows: [
        ["2022年延津县财政衔接推进乡村振兴补助资金项目安排情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设内容及规模", "计划安排资金", "备注"],
        ["一", "政策补贴延续类项目", null, 1240, null],
        [1, "2022年延津县“雨露计划”职业教育助学工程项目", "脱贫家庭（含监测对象家庭）学生接受中高等职业教育助学补助", 180, null],
        [2, "2022年延津县“雨露计划”短期技能培训项目", "脱贫劳动力短期技能培训补助", 20, null],
        [3, "2022年延津县金融扶贫户贷户用贴息项目", "脱贫户小额信贷贴息", 70, null],
        [4, "2022年延津县支持脱贫户种植优质花生奖补项目", "脱贫户种植优质花生奖补", 450, null],
        [5, "2022年延津县支持脱贫户种植优质小麦奖补项目", "脱贫户种植优质小麦奖补", 500, "预计"],
        [6, "2022年延津县支持脱贫户自主创业项目", "脱贫户自主创业补助", 20, null],
        ["二", "产业类项目", null, 4350, null],
        [1, "与“龙头企业”合作发展村集体经济项目", "村集体与龙头企业合作，收益用于发展村集体经济和带贫", 3800, null],
        [2, "其他涉农产业项目", "高效种植、高效养殖、农产品加工等", 500, null],
        ["三", "基础设施类项目", null, 2910, null],
        [1, "2022年延津县农村村组道路项目", "新修厚16厘米C25商砼水泥道路或沥青混凝土铺面道路16.2万平方米", 2910, null],
        ["合计", null, null, 8500, null],
        ["注：资金规模根据各级资金增幅预估，以实际下达为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:C16", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "产业类项目 小计 4,350; its lines 3,800 + 500 = 4,300: 50万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 8,500 = 1,240 + 4,350 + 2,910, the category rows as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "D4", why: "180 + 20 + 70 + 450 + 500 + 20 = 1,240, as stated" },
      { rule: "composition.total-mismatch", cell: "D14", why: "2,910 = its one project" },
      { rule: "composition.line-mismatch", cell: "D15", why: "16.2万平方米 is text in the 建设内容 column, no unit × quantity" },
      { rule: "input.unreadable-value", cell: "E9", why: "预计 is a remark, not an amount" },
    ],
  },
};
