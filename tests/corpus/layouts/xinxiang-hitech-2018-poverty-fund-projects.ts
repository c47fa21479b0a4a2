import type { CorpusLayout } from "../types";

// 新乡高新区 (published 2019-08-16, dated 2018-09-01): 上级下达高新区各级各类扶贫资金 分配使用情况公示 — 一、资金来源 as lines (中央, 省级, 市级,
// 以上资金合计), 二、分配原则, 三、资金分配情况表 with its own title: 序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位, no total row, no
// unit, then 备注, the 监督电话 block of the two offices and the date.
export const layout: CorpusLayout = {
  id: "xinxiang-hitech-2018-poverty-fund-projects",
  source: {
    title: "新乡高新区2018年上级下达及区本级各级各类扶贫资金分配使用情况公示",
    url: "https://gxq.xinxiang.gov.cn/news/44_3031",
    publisher: "新乡高新区财政局、新乡高新区社会事务局",
    date: "2019-08-16",
    changes:
      "Kept as published: the notice's three sections with the sources as lines and 以上资金合计 in a sentence, the table's own title, its six " +
      "headings with no unit and no total row, the 备注, the two offices' 举报电话 lines, 12317 and the date. The notice's one project is kept " +
      "(城乡义务教育经费保障机制, 关堤乡, 社会事务局); the other three projects and every figure are ours, the projects adding up to the sources' " +
      "248.3. Nothing planted: the layout is clean — the places are 关堤乡 and a village of it, inside the zone, and the phone numbers and the " +
      "sentence's 248.3 are no table figures.",
  },
  classes: [
    "composition", "allocation-by-project", "sources-as-lines", "table-title-row", "no-total-row", "no-unit-caption", "towns-as-places",
    "responsible-unit-column", "phone-lines-under-table", "signoff-date", "notes-under-table", "zone-fund", "clean", "henan",
  ],
  settings: { district: "新乡高新技术产业开发区" },
  sheets: [
    {
      name: "扶贫资金公示",
      widths: [6, 26, 14, 30, 12, 14],
      rows: [
        ["新乡高新区2018年扶贫资金分配使用情况公示", null, null, null, null, null],
        ["2018年本次上级下达高新区各级各类扶贫资金248.3万元，根据《新乡市扶贫资金项目公告公示实施细则》有关规定，现将资金分配使用情况公示如下：", null, null, null, null, null],
        ["一、资金来源", null, null, null, null, null],
        ["中央资金132.0万元", null, null, null, null, null],
        ["省级资金88.5万元", null, null, null, null, null],
        ["市级资金27.8万元", null, null, null, null, null],
        ["以上资金合计248.3万元。", null, null, null, null, null],
        ["二、分配原则", null, null, null, null, null],
        ["资金安排按照我区贫困人口规模、年度脱贫目标、农民人均收入、人均财力、贫困发生率等客观因素分配资金。", null, null, null, null, null],
        ["三、资金分配情况表", null, null, null, null, null],
        ["2018年上级下达及区本级各级各类扶贫资金分配表", null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"],
        [1, "城乡义务教育经费保障机制", "关堤乡", "贫困家庭学生义务教育阶段经费保障", 146.3, "社会事务局"],
        [2, "贫困户危房改造", "关堤乡", "改造建档立卡贫困户危房12户", 42, "规划建设局"],
        [3, "村级光伏扶贫电站运维", "关堤乡朱庄村", "电站运维及收益分配", 36, "经济发展局"],
        [4, "扶贫小额信贷贴息", "关堤乡", "建档立卡贫困户小额信贷贴息", 24, "财政局"],
        ["备注：每个具体项目建设情况由责任单位另行公告公示。", null, null, null, null, null],
        ["监督电话：", null, null, null, null, null],
        ["高新区财政局  举报电话：0373-3539861", null, null, null, null, null],
        ["高新区社会事务局  举报电话：0373-3539876", null, null, null, null, null],
        ["扶贫监督举报电话：12317", null, null, null, null, null],
        [null, null, null, null, "2018年9月1日", null],
      ],
      merges: [
        "A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6", "A7:F7", "A8:F8", "A9:F9", "A10:F10", "A11:F11", "A17:F17", "A18:F18",
        "A19:F19", "A20:F20", "A21:F21", "E22:F22",
      ],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶贫资金公示",
        kind: "composition",
        headerRow: 12,
        lastRow: 16,
        columns: { A: "code", B: "line", E: "amount" },
        year: 2018,
      },
    ],
    findings: [],
    absent: [
      { rule: "register.ineligible-location", why: "关堤乡 and its village 朱庄村 lie in 新乡高新区; an allocation by project names no payee" },
      { rule: "composition.total-mismatch", why: "the table states no total; the sources' 248.3 is a sentence above it (and 146.3 + 42 + 36 + 24 = 248.3 anyway)" },
      { rule: "input.unreadable-value", cell: "A19", why: "举报电话 lines are notes under the table, no figures of it" },
      { rule: "input.unreadable-value", cell: "E22", why: "the date under the table is the notice's sign-off" },
      { rule: "register.duplicate", why: "the responsible units (社会事务局, 财政局 …) are departments running projects, no payees" },
    ],
  },
};
