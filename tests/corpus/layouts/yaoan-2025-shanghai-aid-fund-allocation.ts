import type { CorpusLayout } from "../types";

// 姚安县 (云南, 楚雄州) 2025: the county finance bureau sends down the year's 上海援滇 project money (3,000万元) to the implementing
// bodies — projects under three categories with their subtotals, the place, the body and the budget subject of each.
export const layout: CorpusLayout = {
  id: "yaoan-2025-shanghai-aid-fund-allocation",
  source: {
    title: "姚安县财政局关于下达2025年上海市对口帮扶姚安县项目资金的通知（附件1：资金分配表）",
    url: "https://yaoan.gov.cn/pages_346_99246.aspx",
    publisher: "姚安县财政局",
    date: "2025",
    changes:
      "The sum sent down (3,000万元 of 上海援滇专项资金, per 楚财农〔2025〕36号 and 姚农领复〔2025〕4号) and the note that the allocation and the " +
      "budget subjects are in 附件1 are as published; the annex is not in the stored copy, so its table (表据正文拟), the eight projects, their " +
      "places (towns of 姚安县), bodies, subjects, categories and amounts are ours. Planted: the 二、乡村建设类 subtotal states 1,170 where its two " +
      "projects add up to 1,070; the 合计 (3,000) agrees with the lines.",
  },
  classes: ["composition", "category-rows", "subtotals", "outline-numbering", "implementing-body-column", "place-column", "budget-subject-column", "built-from-prose", "wanyuan-caption", "yunnan"],
  sheets: [
    {
      name: "附件1",
      widths: [6, 40, 16, 22, 12, 30],
      rows: [
        ["附件1", null, null, null, null, null],
        ["2025年上海市对口帮扶姚安县项目资金分配表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "项目实施单位", "下达资金", "支出功能分类科目"],
        ["一", "产业发展类", null, null, 1630, null],
        [1, "太平镇花椒产业提质增效项目", "太平镇", "太平镇人民政府", 420, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        [2, "栋川街道农产品冷链物流中心建设项目", "栋川街道", "姚安县农业农村局", 560, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        [3, "前场镇肉牛养殖小区建设项目", "前场镇", "前场镇人民政府", 450, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        [4, "适中乡产业路建设项目", "适中乡", "适中乡人民政府", 200, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        ["二", "乡村建设类", null, null, 1170, null],
        [5, "光禄镇乡村振兴示范村建设项目", "光禄镇", "光禄镇人民政府", 680, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        [6, "弥兴镇农村人居环境整治提升项目", "弥兴镇", "弥兴镇人民政府", 390, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        ["三", "就业和人才类", null, null, 300, null],
        [7, "大河口乡沪滇劳务协作就业帮扶项目", "大河口乡", "姚安县人力资源和社会保障局", 180, "2080799其他就业补助支出"],
        [8, "官屯镇乡村人才振兴培训项目", "官屯镇", "姚安县农业农村局", 120, "2130599其他巩固脱贫攻坚成果衔接乡村振兴支出"],
        ["合计", null, null, null, 3000, null],
        ["注：项目资金实行会签拨付，经县级分管扶贫领导和援滇干部会签后，由项目业主单位拨付至项目实施方指定账户。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A16:D16", "A17:F17"],
    },
  ],
  settings: { district: "姚安县" },
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", unit: "万元", headerRow: 4, lastRow: 16, columns: { B: "line", E: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "二、乡村建设类 states 1,170; 680 + 390 = 1,070 (100万元 too much)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E5", why: "一 1,630 = 420 + 560 + 450 + 200" },
      { rule: "composition.total-mismatch", cell: "E13", why: "三 300 = 180 + 120" },
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 3,000 = 1,630 + 1,070 + 300, the lines as typed; the slip inside 二 is reported at E10 only" },
      { rule: "register.ineligible-location", why: "no register; every town (太平镇, 栋川街道, 前场镇, 适中乡, 光禄镇, 弥兴镇, 大河口乡, 官屯镇) is in 姚安县" },
      { rule: "cap.unknown-policy", why: "no register: the implementing bodies are not applicants" },
      { rule: "register.duplicate", why: "姚安县农业农村局 carries out two different projects" },
      { rule: "input.unreadable-value", why: "the budget subject column (2130599…) is a code with its name, text by nature; the note is prose" },
    ],
  },
};
