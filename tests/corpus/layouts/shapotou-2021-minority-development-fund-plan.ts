import type { CorpusLayout } from "../types";

// 中卫市沙坡头区 2021-07: the district's use plan for 598万元 of 少数民族发展项目资金 (宁财农指标〔2020〕624号) — four village works
// projects, each with its 资金规模 (the whole project) and the part this money pays (资金来源), under 资金总额 prose above.
export const layout: CorpusLayout = {
  id: "shapotou-2021-minority-development-fund-plan",
  source: {
    title: "沙坡头区2021年少数民族发展项目资金使用计划公示（标题据正文拟；项目表据正文拟）",
    url: "https://www.spt.gov.cn/xxgk/zfxxgkml/shgysy/fpkf/202212/t20221202_3870254.html",
    publisher: "中卫市沙坡头区",
    date: "2021-07-28",
    changes:
      "As published: 一、资金总额 (2021年我部收到少数民族发展项目资金总计598万元), the four projects in order with their places and works " +
      "(the 2950千米 of road as the page writes it), each with 资金规模 and 资金来源 少数民族发展项目资金, and the 公示期限 (7-28 to 8-10). The " +
      "page gives the projects as prose; the table (序号 | 项目名称 | 建设内容 | 资金规模（万元） | 其中：少数民族发展项目资金（万元）, 合计) is " +
      "laid out from it, and the amounts are ours, close to the published ones, the parts still adding up to 598. Planted: 合计 资金规模 " +
      "687.07 where the projects add up to 678.07.",
  },
  classes: ["composition", "allocation-by-project", "project-whole-and-fund-part", "qizhong-column", "total-at-foot", "sources-as-prose-above", "long-text-column", "two-decimal-wanyuan", "wanyuan-in-header", "ningxia"],
  sheets: [
    {
      name: "资金安排",
      widths: [6, 36, 60, 14, 22],
      rows: [
        ["沙坡头区2021年少数民族发展项目资金使用计划", null, null, null, null],
        ["一、资金总额：2021年我部收到少数民族发展项目资金总计598万元。", null, null, null, null],
        ["序号", "项目名称", "建设内容", "资金规模（万元）", "其中：少数民族发展项目资金（万元）"],
        ["（一）", "兴仁镇川裕村渠道改造项目", "砌护渠道共计7.59千米，配套建设渠道构筑物741座，铺设4米宽硬化路2条共计2.5千米，修建过水路面1处等。", 208.3, 175],
        ["（二）", "香山乡米粮川村水利配套设施项目", "砌护渠道48条，长11.27千米，配套渠道建筑物1964座。", 154.16, 150],
        ["（三）", "香山乡红圈子村三合队2021年基础设施建设项目", "更换管道1.86千米，配套建筑物5座；巷道硬化0.93千米；安装排水管道2.66千米，配套建筑物88座。", 141.77, 125],
        ["（四）", "香山乡黄泉村黄泉至跑水道路硬化项目", "在香山硬化道路长2950千米，路面宽4米。", 173.84, 148],
        ["合计", null, null, 687.07, 598],
        ["公示期限：2021年7月28日至2021年8月10日（共10个工作日）。监督电话：0955-8806039", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A8:C8", "A9:E9"],
      numberFormats: { "D4:E8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "amount", E: "amount:少数民族发展项目资金" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 资金规模 687.07 where 208.30 + 154.16 + 141.77 + 173.84 = 678.07: 9.00万元 too much" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "175 + 150 + 125 + 148 = 598 = 合计, and = the 598万元 received" },
      { rule: "composition.total-mismatch", cell: "D4", why: "the 其中 column is one source of each project, not all of it: 175 within 208.30 is no disagreement" },
      { rule: "composition.approved-mismatch", why: "the fund's lines add up to the 598万元 stated above the table" },
      { rule: "composition.line-mismatch", why: "the 建设内容 quantities (7.59千米, 741座) are text, no unit price × quantity" },
      { rule: "input.unreadable-value", why: "建设内容 and the 公示 line are text" },
    ],
  },
};
