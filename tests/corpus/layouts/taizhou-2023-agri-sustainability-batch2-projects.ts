import type { CorpusLayout } from "../types";

// 泰州市农业农村局 2023-10-20: the second batch of projects the city's 国家农业可持续发展试验示范区 fund will support — 市区单位 (the
// county-level city or district), 项目名称, 实施主体 (a town government or a company); the money each gets added by us, with a 合计.
export const layout: CorpusLayout = {
  id: "taizhou-2023-agri-sustainability-batch2-projects",
  source: {
    title: "2023年国家农业可持续发展试验示范区建设市级财政专项资金第二批拟扶持项目公示（附件：2023年国家农业可持续发展试验示范区建设市级财政专项资金第二批拟扶持项目公示名单）",
    url: "https://0477ly.com/newsdetail/news446589.html",
    publisher: "泰州市农业农村局",
    date: "2023-10-20",
    changes:
      "Title and columns (序号 | 市区单位 | 项目名称 | 实施主体) as published, and its first three rows (靖江市 马桥镇…冷链仓储项目, 泰兴市 珊瑚镇千吨优质大米…, " +
      "兴化市 安丰镇国蟹预制菜…) with their 实施主体; the stored copy stops at row 4's 海陵区, so rows 4–8 (of the published 8) are ours. The " +
      "published list states no amounts: the 拟扶持资金（万元） column and its 合计 are ours. Clean: the figures add up.",
  },
  classes: ["clean", "composition", "allocation-by-project", "counties-as-places", "implementing-body-column", "town-governments-as-bodies", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "jiangsu"],
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 44, 34, 16],
      rows: [
        ["附件", null, null, null, null],
        ["2023年国家农业可持续发展试验示范区建设市级财政专项资金第二批拟扶持项目公示名单", null, null, null, null],
        ["序号", "市区单位", "项目名称", "实施主体", "拟扶持资金（万元）"],
        [1, "靖江市", "马桥镇都市现代农业产业农产品初加工及冷链仓储项目", "靖江市马桥镇人民政府", 150],
        [2, "泰兴市", "泰兴市珊瑚镇千吨优质大米生产加工项目", "泰兴市珊瑚镇人民政府", 120],
        [3, "兴化市", "安丰镇国蟹预制菜产业孵化基地项目", "兴化市安丰美丽乡村建设有限公司", 180],
        [4, "海陵区", "罡杨镇设施蔬菜基地提升项目", "泰州市海陵区罡杨镇人民政府", 90],
        [5, "高港区", "胡庄镇稻虾综合种养基地建设项目", "泰州市高港区胡庄镇人民政府", 100],
        [6, "姜堰区", "溱潼镇水产品冷链物流中心项目", "泰州市姜堰区溱潼农业发展有限公司", 130],
        [7, "兴化市", "千垛镇香葱精深加工提升项目", "兴化市千垛农产品开发有限公司", 110],
        [8, "泰兴市", "黄桥镇小磨麻油加工生产线项目", "泰兴市黄桥农业发展有限公司", 70],
        ["合计", null, null, null, 950],
      ],
      merges: ["A2:E2", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "category", C: "line", E: "amount" },
        year: 2023,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E12", why: "150 + 120 + 180 + 90 + 100 + 130 + 110 + 70 = 950, as stated" },
      { rule: "composition.total-mismatch", cell: "E9", why: "市区单位 repeats (兴化市, 泰兴市 twice) but states no subtotal: nothing groups the lines" },
      { rule: "register.duplicate", why: "a list of projects without payments is an allocation, not an award register; and no project repeats" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity is stated" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件 is a caption above the title" },
    ],
  },
};
