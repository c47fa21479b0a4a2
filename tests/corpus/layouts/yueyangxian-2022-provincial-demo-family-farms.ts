import type { CorpusLayout } from "../types";

// 岳阳县农村经营服务站 2022-05-31: six family farms recommended as 省级示范家庭农场 and two as 重点支持家庭农场 under 湘农办发〔2022〕52号.
// Laid out as the name list behind the 公示: farm, code, township, trade, the kind of recommendation — no money (the notice names none).
export const layout: CorpusLayout = {
  id: "yueyangxian-2022-provincial-demo-family-farms",
  source: {
    title: "岳阳县2022年省级示范家庭农场、重点支持家庭农场推荐名单公示",
    url: "https://m.sgf2.com/37584/38137/content_1945812.html",
    publisher: "岳阳县农村经营服务站",
    date: "2022-05-31",
    changes:
      "As published: the document (湘农办发〔2022〕52号), the eight farms and which are recommended as 省级示范家庭农场 (双荣, 娜娜, 移山猕猴桃, 华御, 刘备洞, " +
      "阳可) and which as 重点支持家庭农场 (牛皋绿色果园, 泊桦), the 公示 period and the office. The notice names the farms in prose: the table, the codes " +
      "(岳阳县 430621), townships and trades are ours. Planted: 娜娜家庭农场's code has a wrong check character; 阳可家庭农场 placed in 君山区钱粮湖镇, outside " +
      "the county.",
  },
  classes: ["register", "name-list-without-money", "category-column", "recommendation-list", "credit-codes", "towns-as-places", "town-with-district-named", "county-list", "signoff-line", "hunan"],
  settings: { asOf: "2022-06-07", district: "岳阳市岳阳县" },
  sheets: [
    {
      name: "推荐名单",
      widths: [6, 30, 22, 18, 16, 20],
      rows: [
        ["岳阳县2022年省级示范家庭农场、重点支持家庭农场推荐名单", null, null, null, null, null],
        ["序号", "家庭农场名称", "统一社会信用代码", "所在乡镇", "主营产业", "推荐类别"],
        [1, "岳阳县双荣家庭农场", "92430621MA4R6L3K04", "荣家湾镇", "水稻种植", "省级示范家庭农场"],
        [2, "岳阳县娜娜家庭农场", "92430621MA4P8T2W75", "新墙镇", "蔬菜种植", "省级示范家庭农场"],
        [3, "岳阳县移山猕猴桃家庭农场", "92430621MA4T1H5N32", "张谷英镇", "猕猴桃种植", "省级示范家庭农场"],
        [4, "岳阳县华御家庭农场", "92430621MA4Q9D6X2P", "黄沙街镇", "稻虾共作", "省级示范家庭农场"],
        [5, "岳阳县刘备洞家庭农场", "92430621MA4R2F8M1J", "公田镇", "茶叶种植", "省级示范家庭农场"],
        [6, "岳阳县阳可家庭农场", "92430621MA4U7B3P5K", "君山区钱粮湖镇", "生猪养殖", "省级示范家庭农场"],
        [7, "岳阳县牛皋绿色果园家庭农场", "92430621MA4N5K1Y86", "筻口镇", "柑橘种植", "重点支持家庭农场"],
        [8, "岳阳县泊桦家庭农场", "92430621MA4M3G7C4H", "杨林街镇", "水产养殖", "重点支持家庭农场"],
        ["公示时间：2022年5月31日至6月7日。受理单位：岳阳县农村经营服务站，电话：0730-7633638。", null, null, null, null, null],
        ["岳阳县农村经营服务站", null, null, null, "2022年5月31日", null],
      ],
      merges: ["A1:F1", "A11:F11", "A12:D12", "E12:F12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推荐名单",
        kind: "register",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", F: "category" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C4", why: "92430621MA4P8T2W75: the check character should be 3" },
      { rule: "register.ineligible-location", cell: "D8", why: "君山区钱粮湖镇 is a town of 岳阳市君山区, not of 岳阳县" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D3", why: "荣家湾镇, 新墙镇, 张谷英镇, 黄沙街镇, 公田镇, 筻口镇 and 杨林街镇 are 岳阳县's own towns" },
      { rule: "register.duplicate", why: "eight farms, each once" },
      { rule: "register.unpaid", why: "a recommendation list records no payments and states no amounts" },
      { rule: "input.unreadable-value", why: "the trade and recommendation columns, the 公示 line and the sign-off are text by nature" },
      { rule: "register.location-code-mismatch", why: "every code carries 430621, 岳阳县's own (阳可's is 岳阳县's too; its place is the finding)" },
    ],
  },
};
