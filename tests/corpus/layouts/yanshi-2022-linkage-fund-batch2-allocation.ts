import type { CorpusLayout } from "../types";

// 洛阳市偃师区 2022: 第二批财政衔接推进乡村振兴补助资金 768.1万元 (中央 458.1, 省级 35, 市级 195, 区本级 80) by project — 序号 | 项目名称 |
// 建设地点 | 建设内容 | 本次分配金额（万元） | 责任单位, the sources as numbered lines above the table, towns as places, lengths and widths in the text.
export const layout: CorpusLayout = {
  id: "yanshi-2022-linkage-fund-batch2-allocation",
  source: {
    title: "偃师区2022年第二批财政衔接推进乡村振兴补助资金分配情况公示",
    url: "https://yanshi.gov.cn/yanshi/detail/42913.html",
    publisher: "偃师区巩固拓展脱贫攻坚成果领导小组办公室",
    date: "2022",
    changes:
      "Kept as published: the notice's 资金来源 lines (中央 458.1, 省级 35, 市级 195, 区本级 80; 以上共计768.1万元) above the table, the table's title and its " +
      "six headings, the first three projects' names, towns and building text (大口镇董村 332米, 府店镇周寨村 1010米, 邙岭镇西蔡庄村 670米). Cut to eight " +
      "projects; the later ones and every amount are ours, chosen to add up to 768.1; the 合计 row is added. Planted: the 翟镇镇 project typed 145.6 where " +
      "the eight add up to 768.1 with 154.6, so the lines add up to 759.1 under a 768.1 合计.",
  },
  classes: ["composition", "allocation-by-project", "towns-as-places", "village-in-project-name", "text-column-with-figures", "responsible-office-column", "source-lines-above-table", "document-number-in-text", "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "linkage-fund", "district-fund", "henan"],
  settings: { district: "偃师区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 36, 10, 50, 14, 14],
      rows: [
        ["一、资金来源：", null, null, null, null, null],
        ["1、2022年中央财政衔接推进乡村振兴补助资金458.1万元；", null, null, null, null, null],
        ["2、2022年省级财政衔接推进乡村振兴补助资金35万元；", null, null, null, null, null],
        ["3、2022年市级财政衔接推进乡村振兴补助资金195万元；", null, null, null, null, null],
        ["4、2022年偃师区本级财政衔接推进乡村振兴补助资金80万元。以上共计768.1万元。", null, null, null, null, null],
        ["三、资金分配情况表", null, null, null, null, null],
        ["偃师区2022年第二批财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "建设内容", "本次分配金额（万元）", "责任单位"],
        [1, "2022年偃师区大口镇董村道路提升项目", "大口镇", "计划修建道路332米，原水泥路宽3.5-4米，厚度0.18米，对损坏路面局部拆除恢复，然后整体加铺15公分厚水泥混凝土面板。", 20, "交通运输局"],
        [2, "2022年偃师区府店镇周寨村道路提升项目", "府店镇", "计划修建道路全长1010米，路面宽5米，整体铺设7公分厚沥青混凝土面层，两侧安装平石。", 75, "交通运输局"],
        [3, "2022年偃师区邙岭镇西蔡庄村道路提升项目", "邙岭镇", "计划修建道路长670米，新建水泥混凝土路面，路面宽5米，两侧安装路缘石。", 60, "交通运输局"],
        [4, "2022年偃师区高龙镇辛村道路提升项目", "高龙镇", "计划修建道路长860米，路面宽4.5米，新建水泥混凝土路面。", 88.5, "交通运输局"],
        [5, "2022年偃师区山化镇石家庄村产业配套设施项目", "山化镇", "新建冷库1座300立方米，配套分拣车间200平方米。", 120, "农业农村局"],
        [6, "2022年偃师区翟镇镇二里头村人居环境整治项目", "翟镇镇", "铺设污水管网2.4公里，新建小型污水处理设施1座。", 145.6, "农业农村局"],
        [7, "2022年偃师区缑氏镇马屯村饮水安全巩固提升项目", "缑氏镇", "新打机井1眼深300米，铺设供水管网3.2公里。", 130, "水利局"],
        [8, "2022年偃师区佃庄镇东大郊村产业路项目", "佃庄镇", "计划修建产业路1200米，路面宽4米。", 120, "交通运输局"],
        ["合计", null, null, null, 768.1, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6", "A7:F7", "A17:D17"],
      numberFormats: { "E9:E17": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 8,
        lastRow: 17,
        columns: { B: "line", E: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E17", why: "20 + 75 + 60 + 88.5 + 120 + 145.6 + 130 + 120 = 759.1; the 合计 states 768.1 (9.0 more)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the metres, widths and cubic metres in 建设内容 are text, no quantity × standard" },
      { rule: "composition.line-rounded", why: "one-decimal 万元 figures" },
      { rule: "composition.total-mismatch", cell: "A5", why: "the source lines above the table are prose (458.1 + 35 + 195 + 80 = 768.1), no table row" },
      { rule: "input.unreadable-value", why: "the source lines, the table title and the building text are text" },
    ],
  },
};
