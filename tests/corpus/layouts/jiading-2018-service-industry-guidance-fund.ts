import type { CorpusLayout } from "../types";

// 嘉定区发改委 2018-11-30: ten 嘉定 firms won the 2018 市服务业发展引导资金; the report names two, no amounts;
// the list is built from it with six invented firms, 支持方向 as a category.
export const layout: CorpusLayout = {
  id: "jiading-2018-service-industry-guidance-fund",
  source: {
    title: "我区轨道交通、网宿科技等10家企业获市服务业发展引导资金支持（获支持项目表据正文拟）",
    url: "http://fagai.jiading.cn/zwdt/ywgz/cyfz/content_554434",
    publisher: "上海市嘉定区发展和改革委员会",
    date: "2018-11-30",
    changes:
      "The page is a short report (10 firms, framework agreements signed) with no table; the list (序号 | 项目单位 | 统一社会信用代码 | 项目名称 | " +
      "支持方向 | 市级支持资金（万元）) is ours with six invented firms and codes of 嘉定区 (310114), title suffixed （表据正文拟）. The catalog's " +
      "1,000万元 per project maximum is chosen for the corpus. Planted: 汽城检测 supported with 1,200万元; 嘉物供应链's code has a wrong check character.",
  },
  classes: ["register", "credit-codes", "category-column", "project-column", "item-in-title", "wanyuan-in-header", "whole-wanyuan", "total-at-foot", "notes-under-table", "invalid-credit-code", "cap-from-corpus", "table-from-prose", "district-report", "shanghai"],
  settings: { district: "嘉定区" },
  sheets: [
    {
      name: "获支持项目",
      widths: [6, 30, 22, 30, 14, 14],
      rows: [
        ["2018年度市服务业发展引导资金嘉定区获支持项目（表据正文拟）", null, null, null, null, null],
        ["序号", "项目单位", "统一社会信用代码", "项目名称", "支持方向", "市级支持资金（万元）"],
        [1, "上海嘉轨交通装备服务有限公司", "91310114MA1GT4B20K", "轨道交通装备运维服务平台", "生产性服务业", 600],
        [2, "上海嘉网数据科技有限公司", "91310114MA1GU7C533", "边缘计算数据服务平台", "信息服务", 800],
        [3, "上海汽城检测技术有限公司", "91310114MA1GW2D86Q", "新能源汽车检测公共服务平台", "检验检测", 1200],
        [4, "上海嘉物供应链管理有限公司", "91310114MA1GX9E19U", "汽车零部件供应链协同平台", "供应链服务", 450],
        [5, "上海菊园文化创意发展有限公司", "91310114MA1GY3F42A", "科技文化融合创意园区", "文化创意", 300],
        [6, "上海嘉宏物流有限公司", "91310114MA1H04G75X", "智慧冷链物流中心", "现代物流", 520],
        ["合计", null, null, null, null, 3870],
        ["注：获支持企业须与区发改委签署《上海市服务业发展引导资金项目实施框架协议书》后按进度拨付。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:E9", "A10:F10"],
    },
  ],
  catalog: {
    items: [
      { name: "服务业发展引导资金", category: "上海市服务业发展引导资金", capType: "max", capAmount: 1000, unit: "万元", year: 2018, document: "上海市服务业发展引导资金使用和管理办法（上限为语料自拟）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "获支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "category", F: "approved" },
        year: 2018,
        item: "服务业发展引导资金",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F5", why: "汽城检测 1,200万元 against the 1,000万元 maximum (200万元 over)" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "91310114MA1GX9E19U: the check character for 91310114MA1GX9E19 is T, not U" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F9", why: "600 + 800 + 1,200 + 450 + 300 + 520 = 3,870, as typed" },
      { rule: "cap.exceeded", cell: "F4", why: "嘉网数据 800万元 is under the 1,000万元 maximum" },
      { rule: "cap.unknown-policy", cell: "D3", why: "项目名称 is the firm's own project; 支持方向 is a category; the item is in the title and the catalog" },
      { rule: "register.duplicate", why: "six different firms" },
    ],
  },
};
