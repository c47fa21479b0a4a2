import type { CorpusLayout } from "../types";

// 湖南省发改委 2021-03-16: 2021年省预算内“长江经济带和洞庭湖绿色发展”专项投资计划拟支持项目 — the projects listed under their field
// (一、长江经济带区域生态环境系统整治项目), the field's row carrying its sum, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hunan-2021-yangtze-dongting-green-development-plan",
  source: {
    title: "关于2021年省预算内“长江经济带和洞庭湖绿色发展”专项投资计划拟支持项目的公示（表据正文拟）",
    url: "http://czbh.smehn.cn/News/Detail?id=763706&categoryId=312",
    publisher: "湖南省发展和改革委员会",
    date: "2021-03-16",
    changes:
      "The page lists the projects as numbered lines under their field, with no amounts: the table (序号 | 项目名称 | 市州 | 县（市、区） | 拟安排省预算内投资) " +
      "is laid out from the list, keeping the field row 一、长江经济带区域生态环境系统整治项目 and the first nine project names as published (the tenth " +
      "is cut off in the stored copy); places are read from the names, the amounts are ours. Planted: the field row states 5,400 where its nine " +
      "projects add up to 5,500 (the 合计 repeats the field's 5,400).",
  },
  classes: ["composition", "allocation-by-project", "category-row-with-sum", "chinese-numbering", "city-and-county-columns", "counties-and-districts-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 50, 10, 12, 16],
      rows: [
        ["附件", null, null, null, null],
        ["2021年省预算内“长江经济带和洞庭湖绿色发展”专项投资计划拟支持项目", null, null, null, null],
        ["序号", "项目名称", "市州", "县（市、区）", "拟安排省预算内投资（万元）"],
        ["一、长江经济带区域生态环境系统整治项目", null, null, null, 5400],
        [1, "攸县攸河打鼓堆片区生态环境综合治理项目", "株洲市", "攸县", 600],
        [2, "涓水一桥排渍口污染问题环境综合整治工程", "湘潭市", "湘潭县", 500],
        [3, "湘乡皮革工业园污水处理厂提质升级建设项目", "湘潭市", "湘乡市", 700],
        [4, "岳阳市岳阳楼区吉家湖及延寿片区生态环境综合整治工程", "岳阳市", "岳阳楼区", 800],
        [5, "衡阳市第二生活垃圾填埋场综合治理工程项目", "衡阳市", "衡阳市本级", 600],
        [6, "邵阳市枫江溪流域（丰江、柘木社区段）生态环境整治项目", "邵阳市", "大祥区", 500],
        [7, "邵阳市双清区“洋溪沟、龙须沟”两沟区域生态环境系统整治项目", "邵阳市", "双清区", 600],
        [8, "汉寿县岩汪湖哑河区域生态环境系统整治项目", "常德市", "汉寿县", 600],
        [9, "澧县涔南镇重点排渠生态修复工程", "常德市", "澧县", 600],
        ["合计", null, null, null, 5400],
        ["注：公示期限为3个工作日（2021年3月15—17日），对项目有异议的，请以传真或电子邮件方式向省发改委长江处反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:D4", "A14:D14", "A15:E15"],
      numberFormats: { "E4:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持项目",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "category", E: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E4", why: "600 + 500 + 700 + 800 + 600 + 500 + 600 + 600 + 600 = 5,500; the field row states 5,400 (100 less)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E14", why: "the 合计 adds the field as typed (5,400): the slip is reported once, at the field row" },
      { rule: "composition.line-rounded", why: "whole 万元" },
      { rule: "input.unreadable-value", why: "附件, the field label and the note are text" },
    ],
  },
};
