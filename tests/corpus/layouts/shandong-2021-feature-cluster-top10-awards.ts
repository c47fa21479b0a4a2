import type { CorpusLayout } from "../types";

// 山东省工业和信息化厅 2021-11-12: the ten 特色产业集群 ranked first in the province's 2021 evaluation, each to get a one-off 省级财政 award of at
// most 100万元 — published as a numbered list, each cluster with its 支持方向 and 承担单位. Laid out as that list in a table:
// 序号 | 集群名称 | 支持方向 | 承担单位 | 奖励资金（万元）.
export const layout: CorpusLayout = {
  id: "shandong-2021-feature-cluster-top10-awards",
  source: {
    title: "2021年度山东省特色产业集群综合评价前10位名单（大众日报：山东这10家特色产业集群可分别获得最高100万元奖励）",
    url: "http://news.weishan.cc/article-74589.html",
    publisher: "山东省工业和信息化厅（大众日报）",
    date: "2021-11-12",
    changes:
      "As published: the list's form (集群, 支持方向 in the form 方向——内容, 承担单位), the award of at most 100万元 each. Ours: the table form, the clusters, " +
      "directions and units (invented), the amounts (the report gives only the maximum), the 合计. Planted: 淄博博盛产业投资有限公司 named as the 承担单位 of two clusters.",
  },
  classes: ["register", "province-wide-list", "clusters-as-lines", "undertaking-unit-as-payee", "direction-column", "no-credit-codes", "no-catalog", "wanyuan-caption", "total-at-foot", "table-from-prose", "news-report", "shandong"],
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 36, 30, 12],
      rows: [
        ["2021年度山东省特色产业集群综合评价前10位名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "集群名称", "支持方向", "承担单位", "奖励资金"],
        [1, "山东历城（智能装备）特色产业集群", "产业转型升级——智能装备数字化车间", "济南历诚智能装备有限公司", 100],
        [2, "山东黄岛（家电电子）特色产业集群", "产业链协作配套——家电核心零部件", "青岛西岸家电配套科技有限公司", 100],
        [3, "山东淄川（耐火材料）特色产业集群", "产业转型升级——耐火材料绿色窑炉", "淄博博盛产业投资有限公司", 100],
        [4, "山东福山（新能源零部件）特色产业集群", "产业链协作配套——电驱零部件", "烟台福泰汽车配件有限公司", 90],
        [5, "山东寿光（蔬菜机械）特色产业集群", "提升非营利性服务机构水平——中小企业公共服务平台", "寿光市农机产业服务中心", 90],
        [6, "山东周村（纺织服装）特色产业集群", "产业转型升级——纺织智能制造", "淄博博盛产业投资有限公司", 80],
        [7, "山东任城（工程机械）特色产业集群", "产业链协作配套——液压件", "济宁任兴液压科技有限公司", 80],
        [8, "山东莒县（食品加工）特色产业集群", "产业转型升级——食品冷链", "日照莒鲜食品科技有限公司", 80],
        [9, "山东博兴（商用厨具）特色产业集群", "提升非营利性服务机构水平——检验检测平台", "博兴县厨具产业促进中心", 70],
        [10, "山东临沭（复合肥）特色产业集群", "产业转型升级——新型肥料", "临沭沭河肥业有限公司", 70],
        ["合计", null, null, null, 860],
        ["注：评价居前10位的特色产业集群，省级财政分别给予最高100万元一次性奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:D14", "A15:E15"],
      numberFormats: { "E4:E14": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 14, columns: { D: "enterprise", E: "approved" }, year: 2021 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E9", why: "淄博博盛产业投资有限公司 again as a 承担单位 under this one award in 2021; first at row 6" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E8", why: "every other 承担单位 is named once" },
      { rule: "cap.exceeded", why: "no catalog is loaded, and no award is above the note's 100万元 anyway" },
      { rule: "cap.exceeded", cell: "E14", why: "合计 860 (3×100 + 2×90 + 3×80 + 2×70) is no award" },
      { rule: "register.invalid-credit-code", why: "the list gives no codes" },
      { rule: "register.unpaid", why: "a list of those to be awarded, with no payment columns" },
    ],
  },
};
