import type { CorpusLayout } from "../types";

// 浮梁县财政局 2025-04-21 (浮财农指〔2025〕22号): 2025年省级财政衔接推进乡村振兴项目补助资金 passed to the townships, 产业发展项目 under
// 2130505生产发展 and 基础设施建设项目 under 2130504农村基础设施建设 — the annex as a 分配表: 合计 first, the two kinds as sum rows with their
// 支出科目, the projects under them. Clean: every sum holds.
export const layout: CorpusLayout = {
  id: "fuliang-2025-provincial-linkage-project-allocation",
  source: {
    title: "关于下达2025年省级财政衔接推进乡村振兴项目补助资金的通知（浮财农指〔2025〕22号，附表：项目明细）",
    url: "https://www.fuliang.gov.cn/xzf/zdlyxxgk/sdgjz/xczx/t1027285.shtml",
    publisher: "浮梁县财政局、浮梁县农业农村局",
    date: "2025-04-21",
    changes:
      "As published: the notice's two kinds of project and their 支出科目 (2130505 生产发展 for 产业发展, 2130504 农村基础设施建设 for 基础设施) and the " +
      "一级项目库 number, given in the note. The stored copy shows the notice, not its 附表: the grid (序号 | 乡（镇） | 项目名称 | 项目类别 | 支出科目 | 补助资金, " +
      "合计 first, a sum row per kind), the townships' projects and every figure are ours. Nothing planted: a clean layout.",
  },
  classes: ["composition", "allocation-by-project", "townships-as-places", "category-column", "category-rows-with-sums", "subject-code-column", "total-row-first", "chinese-numbered-categories", "two-decimal-wanyuan", "wanyuan-caption", "annex-line", "notes-under-table", "annex-not-shown", "linkage-fund", "county-fund", "clean", "jiangxi"],
  settings: { district: "浮梁县" },
  sheets: [
    {
      name: "附表",
      widths: [6, 10, 40, 10, 12, 12],
      rows: [
        ["附表", null, null, null, null, null],
        ["浮梁县2025年省级财政衔接推进乡村振兴项目补助资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "乡（镇）", "项目名称", "项目类别", "支出科目", "补助资金"],
        ["合计", null, null, null, null, 480],
        ["一、产业发展项目", null, null, null, "2130505", 270],
        [1, "鹅湖镇", "鹅湖镇桃岭村茶叶加工厂房建设项目", "产业发展", "2130505", 90],
        [2, "瑶里镇", "瑶里镇东埠村高山茶园提升项目", "产业发展", "2130505", 60],
        [3, "江村乡", "江村乡严台村茶叶精制加工设备购置项目", "产业发展", "2130505", 70],
        [4, "蛟潭镇", "蛟潭镇礼芳村高粱种植基地配套设施项目", "产业发展", "2130505", 50],
        ["二、基础设施建设项目", null, null, null, "2130504", 210],
        [5, "寿安镇", "寿安镇寿安村村组道路硬化项目", "基础设施", "2130504", 45],
        [6, "王港乡", "王港乡王港村灌溉渠道修复项目", "基础设施", "2130504", 38.5],
        [7, "黄坛乡", "黄坛乡杨家坞村安全饮水提升项目", "基础设施", "2130504", 56.5],
        [8, "经公桥镇", "经公桥镇储田村机耕道建设项目", "基础设施", "2130504", 70],
        ["注：基础设施建设项目列入“2130504农村基础设施建设”，产业发展扶持项目列入“2130505生产发展”；一级项目库：360222250241000000002。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A5:E5", "A6:D6", "A11:D11", "A16:F16"],
      numberFormats: { "F5:F15": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "附表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 15, columns: { C: "line", D: "category", F: "amount" }, year: 2025 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "F5", why: "合计 480 = 产业发展 270 + 基础设施 210; the projects are not added again" },
      { rule: "composition.total-mismatch", cell: "F6", why: "270 = 90 + 60 + 70 + 50" },
      { rule: "composition.total-mismatch", cell: "F11", why: "210 = 45 + 38.5 + 56.5 + 70" },
      { rule: "composition.total-mismatch", cell: "E6", why: "2130505 is a 支出科目 code, no money" },
      { rule: "register.ineligible-location", why: "鹅湖镇, 瑶里镇, 江村乡, 蛟潭镇, 寿安镇, 王港乡, 黄坛乡 and 经公桥镇 are townships of 浮梁县" },
      { rule: "input.unreadable-value", why: "the note's 项目库 number is text under the table" },
    ],
  },
};
