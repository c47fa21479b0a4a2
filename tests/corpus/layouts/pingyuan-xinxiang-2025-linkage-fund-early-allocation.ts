import type { CorpusLayout } from "../types";

// 新乡市平原城乡一体化示范区 2025-02-20: the 2025 central and provincial linkage funds sent early, 2,078万元 (中央 1,649 + 省级 429),
// shared by project — 资金分配情况表 with 项目名称 | 建设地点 | 建设内容 (prose naming the money) | 投资规模 | 责任单位, the towns' governments
// as the bodies responsible. The notice's 资金来源 stands above the table as text.
export const layout: CorpusLayout = {
  id: "pingyuan-xinxiang-2025-linkage-fund-early-allocation",
  source: {
    title: "2025年中央、省级提前下达平原示范区衔接资金分配使用情况公告（三、资金分配情况表）",
    url: "http://pysfq.xinxiang.gov.cn/htmls/gonggaogongshi/20250220/de25dc789e6d47ad9696bdf22157153f.html",
    publisher: "平原示范区巩固拓展脱贫攻坚成果领导小组办公室",
    date: "2025-02-20",
    changes:
      "As published: the 资金来源 (中央财政衔接资金1649万元; 省级财政衔接资金429万元; 合计2078万元), the table's headings (序号 | 项目名称 | 建设地点 | " +
      "建设内容 | 投资规模 | 责任单位) and its first four projects with their wording and amounts (50, 50, 150, 50). The stored copy stops at the fourth: " +
      "projects 5–12, the 合计 row and the caption 单位：万元 (the notice gives the money in 万元 in its text) are ours. Planted: the 合计 row " +
      "written 2,087 where the projects add up to 2,078.",
  },
  classes: [
    "composition", "allocation-by-project", "prose-content-column", "bodies-responsible-column", "villages-as-sites", "sources-above-table",
    "whole-wanyuan", "total-at-foot", "development-zone-level", "henan",
  ],
  sheets: [
    {
      name: "资金分配情况表",
      widths: [6, 40, 14, 60, 10, 18],
      rows: [
        ["2025年中央、省级提前下达平原示范区衔接资金分配情况表", null, null, null, null, null],
        ["资金来源：中央财政衔接资金1649万元；省级财政衔接资金429万元；以上资金合计2078万元。", null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"],
        [1, "平原示范区2025年原武镇后七里村厂房建设项目", "后七里村内", "使用50万元建设面积为500平方米的厂房，包括基础建设、建筑材料采购、施工费用、水电安装等。", 50, "原武镇人民政府"],
        [2, "平原示范区2025年桥北乡刘合庄村设备租赁项目", "刘合庄村内", "使用衔接资金50万元，购买全自动石磨面机组及其配套设备1套，由租赁企业每年按照不低于7%向刘合庄村分红，并优先带动困难群众长期就业务工。", 50, "桥北乡人民政府"],
        [3, "平原示范区2025年祝楼乡西圈村、小胡庄村及东圈村仓储项目", "西圈村内", "使用衔接资金150万，在祝楼乡西圈村建设1500平方米标准化厂房，租赁期间每年按照不低于衔接资金的7%给村集体分红（每半年分一次），用于壮大村集体经济。", 150, "祝楼乡人民政府"],
        [4, "平原示范区2025年韩董庄镇荒庄村芝麻糖项目", "荒庄村内", "使用衔接资金50万元，建设芝麻糖生产车间9间房屋，共计约300平方米。", 50, "韩董庄镇人民政府"],
        [5, "平原示范区2025年师寨镇高标准农田灌溉配套项目", "师寨镇马庄村", "使用衔接资金320万元，新打机井40眼，铺设地埋管道12公里，配套井房及变压器。", 320, "师寨镇人民政府"],
        [6, "平原示范区2025年韩董庄镇产业路建设项目", "韩董庄镇王堤村", "使用衔接资金260万元，新建产业路4.2公里，路面宽4.5米。", 260, "韩董庄镇人民政府"],
        [7, "平原示范区2025年原武镇果蔬冷库建设项目", "原武镇大宾村", "使用衔接资金200万元，建设1000吨果蔬冷库1座，收益按不低于6%分红。", 200, "原武镇人民政府"],
        [8, "平原示范区2025年脱贫人口小额信贷贴息项目", "示范区各乡镇", "对脱贫人口及监测对象小额信贷按规定给予贴息。", 180, "示范区农业农村局"],
        [9, "平原示范区2025年雨露计划职业教育补助项目", "示范区各乡镇", "对脱贫家庭中接受中、高等职业教育的学生按每人每学期1500元给予补助。", 68, "示范区农业农村局"],
        [10, "平原示范区2025年桥北乡村内道路硬化项目", "桥北乡刘合庄村、大王庄村", "使用衔接资金350万元，硬化村内道路7.6公里。", 350, "桥北乡人民政府"],
        [11, "平原示范区2025年师寨镇产业配套设施项目", "师寨镇东马村", "使用衔接资金240万元，建设产业配套道路及排水沟渠。", 240, "师寨镇人民政府"],
        [12, "平原示范区2025年防止返贫监测帮扶项目", "示范区各乡镇", "对防止返贫监测对象落实产业、就业帮扶。", 160, "示范区农业农村局"],
        ["合计", null, null, null, 2087, null],
      ],
      merges: ["A1:F1", "A2:E2", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", E: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 2,087; the projects 50 + 50 + 150 + 50 + 320 + 260 + 200 + 180 + 68 + 350 + 240 + 160 = 2,078: 9万元 apart (whole figures, no rounding)" },
    ],
    absent: [
      { rule: "composition.approved-mismatch", why: "the projects add up to 2,078 = 1,649 + 429, the 资金来源 the notice states" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns; the amounts in 建设内容 are prose restating 投资规模" },
      { rule: "register.unpaid", why: "an allocation by project, no payment columns: a composition, not a register of payees" },
      { rule: "input.unreadable-value", why: "建设内容 and 责任单位 are text; the 资金来源 line above the headings is no row" },
    ],
  },
};
