import type { CorpusLayout } from "../types";

// 深圳市工业和信息化局 2024: the notice handing down the fourth batch of the 2024 企业技术改造项目扶持计划 (36 projects, 2,414万元),
// its annex the 资助项目汇总表. The stored copy shows the notice but not the annex: set out as the bureau's 汇总表 run —
// 序号 | 项目单位 | 统一社会信用代码 | 项目名称 | 所属区 | 资助金额（万元）, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shenzhen-2024-techreform-batch4-funding-summary",
  source: {
    title: "市工业和信息化局关于下达2024年企业技术改造项目扶持计划第四批项目资助计划的通知（附件：2024年深圳市企业技术改造项目扶持计划第四批资助项目汇总表）",
    url: "http://www.szwstjt.com/newsshow.php?cid=42&id=2977",
    publisher: "深圳市工业和信息化局 (notice mirrored on szwstjt.com)",
    date: "2024",
    changes:
      "As published: the notice's annex title and the batch (第四批, the 第二、三批 公示 objections re-examined). The annex grid is not in the " +
      "stored copy (an attachment): columns as the bureau's 汇总表 run, rows cut from 36 to 8, firms, codes (4403xx by district), projects " +
      "and amounts ours. Planted: the 合计 typed 1,251 where the eight awards add up to 1,221; one credit code with a wrong check character.",
  },
  classes: ["register", "credit-codes", "district-column", "project-column", "whole-wanyuan", "wanyuan-caption", "wanyuan-in-header", "total-at-foot", "annex-label-row", "notes-under-table", "table-not-in-stored-copy", "city-fund", "guangdong"],
  settings: { district: "深圳市" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 32, 22, 36, 10, 14],
      rows: [
        ["附件", null, null, null, null, null],
        ["2024年深圳市企业技术改造项目扶持计划第四批资助项目汇总表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目单位", "统一社会信用代码", "项目名称", "所属区", "资助金额（万元）"],
        [1, "深圳市宝鑫精密电子有限公司", "91440306MA5F3K2X1T", "高精度连接器自动化产线改造项目", "宝安区", 186],
        [2, "深圳市龙岗华辉新材料有限公司", "91440307MA5D9N6T32", "锂电隔膜涂覆智能化改造项目", "龙岗区", 95],
        [3, "深圳光明璟瑞光电科技有限公司", "91440311MA5E4W7C5F", "Mini LED背光模组数字化车间项目", "光明区", 240],
        [4, "深圳市龙华恒达医疗器械有限公司", "91440309MA5F8Q1H6F", "一次性医用耗材产线扩能改造项目", "龙华区", 63],
        [5, "深圳市宝安创越五金制品有限公司", "91440306MA5G7P4R2K", "精密五金冲压设备更新项目", "宝安区", 128],
        [6, "深圳市南山芯测科技有限公司", "91440305MA5D6R3M8W", "半导体封测设备智能化升级项目", "南山区", 310],
        [7, "深圳福田安泰印刷有限公司", "91440304MA5G2T9K7B", "绿色印刷工艺改造项目", "福田区", 47],
        [8, "深圳市华锐新能源装备有限公司", "91440310MA5H2B8L49", "储能变流器柔性产线技改项目", "坪山区", 152],
        ["合计", null, null, null, null, 1251],
        ["注：资助资金以收款收据、开户行信息等材料审核后拨付为准。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A13:E13", "A14:F14"],
      numberFormats: { "F5:F13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "place", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F13", why: "合计 1,251; 186 + 95 + 240 + 63 + 128 + 310 + 47 + 152 = 1,221 (30万元 more stated)" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91440309MA5F8Q1H6F: the check character for 91440309MA5F8Q1H6 is E, not F" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "E5", why: "宝安区 is a district of 深圳市" },
      { rule: "register.ineligible-location", cell: "E12", why: "坪山区 is a district of 深圳市" },
      { rule: "register.duplicate", cell: "B9", why: "two different 宝安区 firms with different projects" },
      { rule: "register.invalid-credit-code", cell: "C12", why: "91440310MA5H2B8L49: check character 9 is right" },
      { rule: "register.location-code-mismatch", cell: "C7", why: "code 440311 光明区 beside 光明区" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is no row" },
    ],
  },
};
