import type { CorpusLayout } from "../types";

// 中关村管委会 2020-05-15: 中关村示范区2020年第一批政策支持资金 — the 申报项目明细表 (15 items, shown as a picture) laid out as
// 序号 | 资金项目 | 支持内容 | 支持标准 | 受理部门, the standards in words.
export const layout: CorpusLayout = {
  id: "beijing-zgc-2020-batch1-policy-support-items",
  source: {
    title: "中关村示范区2020年第一批政策支持资金项目申报启动（申报项目明细表据正文拟）",
    url: "https://isolves.com/news/cj/2020-05-18/18210.html",
    publisher: "中关村科技园区管理委员会（转载）",
    date: "2020-05-18",
    changes:
      "The stored copy is a short report: the notice of 5-15, 15 items such as 中关村社会组织工作支持资金 and the 知识产权服务类 / 检测认证服务类 " +
      "中关村科技服务平台支持资金, 申报 5-18 to 6-17, the 明细表 only as a picture not kept. The table is built from it (表据正文拟), cut to six " +
      "items; the other four items and every standard are ours, written as such catalogs word them. Left for a reader: the 前沿技术企业 " +
      "standard is “一事一议” and the 孵化器 one only a floor (不低于), so neither can be read as a cap.",
  },
  classes: ["catalog", "prose-caps", "rate-with-maximum", "max-cap", "two-fixed-awards-in-one-clause", "one-by-one-negotiation", "floor-not-cap", "department-column", "notes-under-table", "table-from-prose", "city-policy", "beijing"],
  sheets: [
    {
      name: "申报项目明细表",
      widths: [6, 34, 34, 40, 16],
      rows: [
        ["中关村示范区2020年第一批政策支持资金申报项目明细表", null, null, null, null],
        ["序号", "资金项目", "支持内容", "支持标准", "受理部门"],
        [1, "中关村社会组织工作支持资金", "社会组织开展标准研制、国际交流、行业服务等工作", "按实际发生费用的50%给予支持，最高不超过100万元", "社会组织服务处"],
        [2, "知识产权服务类中关村科技服务平台支持资金", "知识产权服务平台建设及服务企业", "给予最高200万元支持", "知识产权处"],
        [3, "检测认证服务类中关村科技服务平台支持资金", "检测认证平台向企业开放共享服务", "给予最高200万元支持", "创新服务处"],
        [4, "中关村前沿技术企业支持资金", "前沿技术企业研发及产业化项目", "按照“一事一议”方式给予支持", "前沿技术处"],
        [5, "中关村创新型孵化器支持资金", "创新型孵化器服务能力建设", "给予不低于50万元的奖励", "创业服务处"],
        [6, "中关村标准创制支持资金", "企业主导制定国际标准、国家标准", "分别给予50万元、30万元支持", "标准化处"],
        ["注：申报时间为2020年5月18日至6月17日；具体条件详见各项资金管理办法及实施细则。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "申报项目明细表", kind: "catalog", headerRow: 2, lastRow: 8, columns: { B: "item", D: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D6", why: "“一事一议”: no amount or rate to read as a cap" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "不低于50万元 is a floor, never a cap: the standard gives only a floor" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "a rate of 50% with a maximum of 100万元" },
      { rule: "catalog.unreadable-standard", cell: "D4", why: "a maximum of 200万元" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "分别 50 / 30万元: fixed awards, at most 50" },
      { rule: "catalog.unreadable-standard", cell: "A9", why: "the note under the table is no clause" },
    ],
  },
};
