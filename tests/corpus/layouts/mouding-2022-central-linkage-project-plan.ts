import type { CorpusLayout } from "../types";

// 牟定县乡村振兴局 (云南 楚雄州) 2022-01-30: the county's 2022 中央财政衔接推进乡村振兴补助资金, 2,576万元 (楚财农〔2021〕147号), sent down to its seven
// towns for industry and infrastructure projects (牟财农〔2022〕5号). The notice points to its 附件3 项目安排表; laid out as such a table:
// 序号 | 乡镇 | 项目名称 | 项目类型 | 建设内容 | 衔接资金（万元） | 实施单位, 合计 at the foot. Clean.
export const layout: CorpusLayout = {
  id: "mouding-2022-central-linkage-project-plan",
  source: {
    title: "牟定县2022年中央财政衔接推进乡村振兴补助资金和项目安排公示（附件3：牟定县2022年中央财政衔接推进乡村振兴补助资金和项目安排表）",
    url: "https://tuwife.com/info/1702/23574.htm",
    publisher: "牟定县乡村振兴局",
    date: "2022-01-30",
    changes:
      "As published: the sum 2576万元 and its documents (楚财农〔2021〕147号, 牟乡振字〔2022〕2号, 牟巩固振兴组发〔2022〕2号, 牟财农〔2022〕5号), the use " +
      "(7乡镇产业发展和基础设施项目), the 公示 dates and the office's line. Ours: the annex's table (not on the stored page) — eight projects across the seven " +
      "towns (共和镇, 新桥镇, 江坡镇, 凤屯镇, 蟠猫乡, 戌街乡, 安乐乡), their contents and amounts, adding up to the published 2576. Nothing planted.",
  },
  classes: ["composition", "clean", "allocation-by-project", "towns-as-places", "project-type-column", "description-column", "implementing-body-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "county-fund", "yunnan"],
  settings: { asOf: "2022-02-06", district: "牟定县" },
  sheets: [
    {
      name: "项目安排表",
      widths: [6, 10, 34, 10, 30, 14, 16],
      rows: [
        ["牟定县2022年中央财政衔接推进乡村振兴补助资金和项目安排表", null, null, null, null, null, null],
        ["序号", "乡镇", "项目名称", "项目类型", "建设内容", "衔接资金（万元）", "实施单位"],
        [1, "共和镇", "共和镇腊湾村蔬菜产业基地建设项目", "产业发展", "新建钢架大棚120亩及配套水肥一体化设施", 420, "共和镇人民政府"],
        [2, "新桥镇", "新桥镇石者村肉牛养殖小区建设项目", "产业发展", "新建标准化圈舍3600平方米及青贮池", 380, "新桥镇人民政府"],
        [3, "江坡镇", "江坡镇大屯村产业路硬化项目", "基础设施", "硬化产业路3.2公里，宽4.5米", 260, "江坡镇人民政府"],
        [4, "凤屯镇", "凤屯镇凤屯村烤烟产业配套设施项目", "产业发展", "新建密集烤房40座", 310, "凤屯镇人民政府"],
        [5, "蟠猫乡", "蟠猫乡蟠猫村核桃提质增效项目", "产业发展", "核桃提质增效改造3000亩", 296, "蟠猫乡人民政府"],
        [6, "戌街乡", "戌街乡戌街村人饮巩固提升工程", "基础设施", "新建蓄水池2座，铺设管网8.6公里", 350, "戌街乡人民政府"],
        [7, "安乐乡", "安乐乡安乐村农产品初加工厂房建设项目", "产业发展", "新建加工厂房1200平方米", 300, "安乐乡人民政府"],
        [8, "共和镇", "共和镇天台村灌溉沟渠项目", "基础设施", "新建三面光沟渠4.1公里", 260, "共和镇人民政府"],
        ["合计", null, null, null, null, 2576, null],
        ["公示时间：2022年1月31日至2月6日；受理地址：牟定县乡村振兴局；联系电话：0878-5211225；监督电话：12317。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:E11", "A12:G12"],
      numberFormats: { "F3:F11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "category", C: "line", F: "amount" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "合计 2,576 = 420 + 380 + 260 + 310 + 296 + 350 + 300 + 260" },
      { rule: "composition.line-mismatch", why: "the quantities sit in the 建设内容 text (120亩, 3.2公里), not in a quantity column; no unit amount is stated" },
      { rule: "register.ineligible-location", why: "the seven towns are 牟定县's own" },
      { rule: "input.unreadable-value", why: "建设内容 is text, and the 公示 line under the table is a note" },
    ],
  },
};
