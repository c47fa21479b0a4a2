import type { CorpusLayout } from "../types";

// 铜川市耀州区 2018-10: 扶贫资金分配情况公告公示 — 资金来源 and 分配原则 in prose above, then 铜川市耀州区2018年扶贫资金分配表
// (序号 | 项目名称 | 建设地点 | 建设内容 | 整合资金 | 责任单位, 单位：万元), the works' sizes written in the 建设内容 cells, bureaus and a town
// government as 责任单位, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "yaozhou-2018-poverty-fund-allocation",
  source: {
    title: "铜川市耀州区扶贫资金分配情况公告公示（三、资金分配情况表：铜川市耀州区2018年扶贫资金分配表）",
    url: "http://www.yaozhou.gov.cn/resources/site/153/html/yzgk/fdzdgknr/shgysy/201810/454601.html",
    publisher: "铜川市耀州区",
    date: "2018-10",
    changes:
      "As published: the 资金来源 prose (中央 480万元, 省级 366.67万元, together 846.67万元), the table's title, 单位：万元, its six columns " +
      "and the first seven projects' names, places, contents and 责任单位 with their published amounts (130, 550, 330, 470, 39, 49, 30). " +
      "The stored copy stops at row 8: that row (关庄镇 产业路, 62.5) and the 合计 are ours. Planted: 合计 written 1,650.5 where the projects add " +
      "up to 1,660.5.",
  },
  classes: ["composition", "allocation-by-project", "sources-as-prose-above", "place-column-beside-line", "sizes-in-content-cells", "bureaus-as-responsible-units", "total-at-foot", "wanyuan-caption", "notes-under-table", "shaanxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 40, 30, 46, 10, 12],
      rows: [
        ["2018年9月，上级下达耀州区财政专项扶贫资金846.67万元，按照《铜川市耀州区2018年度统筹整合财政涉农资金方案》，现将资金分配使用情况公示如下：", null, null, null, null, null],
        ["一、资金来源：（一）中央资金 2018年中央基建投资预算（拨款）480万元；（二）省级资金 2018年度高标准基本农田建设项目资金366.67万元。", null, null, null, null, null],
        ["二、分配原则：按照耀州区2018年脱贫攻坚目标任务，经区脱贫攻坚领导小组研究确定，结合项目准备情况和基础设施及种、养殖季节因素，按照项目实施进度及项目轻重缓急的原则分配资金。", null, null, null, null, null],
        ["铜川市耀州区2018年扶贫资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设地点", "建设内容", "整合资金", "责任单位"],
        [1, "2018年扶贫小额贷款贴息", "全区", "为全区小额贷款贴息", 130, "金融办"],
        [2, "铜川市耀州区小丘镇独石村寺坡组、石柱镇新兴安全饮水工程", "石柱镇新兴村、小丘镇独石村寺坡组", "改造水厂1座、新建抽水站1座，新建水厂1座，安装各类管道29.58km", 550, "水务局"],
        [3, "农田水利工程维修养护项目", "全区", "京兆村、上龙村等水利设施维修养护", 330, "水务局"],
        [4, "小型农田水利建设项目", "小丘镇芋河、白瓜、山家坡、柏林、文岭、周家河", "治理水土流失面积、坡改梯、整修道路、排水沟，修水窖、蓄水池等", 470, "水务局"],
        [5, "耀州区照金镇北梁村绿化工程", "照金镇北梁村", "羊场周边及大门处道路绿化", 39, "照金镇政府"],
        [6, "耀州区照金镇芋园（五峰）村绿化工程", "耀州区照金镇芋园（五峰）村", "1、新村巷道绿化；2、芋园（五峰）兔场周边绿化；3、新村广场绿化", 49, "照金镇政府"],
        [7, "孙塬镇惠塬村巷道硬化及排水工程", "惠塬村", "村内三组巷道硬化、六组至七组硬化巷道及排水渠铺设1000米", 30, "扶贫局"],
        [8, "关庄镇南凹村产业路硬化工程", "关庄镇南凹村", "硬化产业路2.5公里，宽4.5米，厚0.18米", 62.5, "交通局"],
        ["合计", null, null, null, 1650.5, null],
        ["四、监督电话：12317", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A15:D15", "A16:F16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 15, columns: { B: "line", E: "amount" }, year: 2018 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E15",
        why: "合计 1,650.5 where the projects add up to 130 + 550 + 330 + 470 + 39 + 49 + 30 + 62.5 = 1,660.5: 10万元 less than its lines",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A2", why: "the 资金来源 prose (480 + 366.67 = 846.67) sits above the table and agrees with the notice's first line" },
      { rule: "composition.approved-mismatch", why: "846.67万元 is the poverty money sent down, one source of the 整合资金; the table states no approved budget of its own" },
      { rule: "composition.line-mismatch", why: "29.58km, 1000米, 2.5公里 describe the works inside 建设内容; the table has no unit-price or quantity column" },
      { rule: "register.duplicate", why: "水务局 carries three projects and 照金镇政府 two; they are responsible units of an allocation, no applicants" },
      { rule: "input.unreadable-value", why: "建设地点 (全区), 建设内容 and the notes above and below are text by nature" },
    ],
  },
};
