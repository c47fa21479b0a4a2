import type { CorpusLayout } from "../types";

// 苏州市吴中区 2015: the notice calling for the second batch of 工业企业转型升级引导资金 projects asks each 镇（区） to send a 预报项目表;
// the table itself is not in the stored copy. Laid out as a town-by-town forecast list (所在镇（区） | firm | code | project | 项目类别 |
// 项目总投资 | 申请引导资金), 合计 at the foot, the 填报 line under it.
export const layout: CorpusLayout = {
  id: "wuzhong-2015-transformation-guide-fund-batch2-forecast-list",
  source: {
    title: "关于组织开展2015年吴中区工业企业转型升级引导资金项目（第二批）预报工作的通知（预报项目表据通知拟）",
    url: "http://wzcy.cn/tzgg/435.html",
    publisher: "吴中区经信局（园区转发）",
    date: "2015-12",
    changes:
      "The stored copy is the notice (send the 预报项目表 by 12-15 to 经信局办公室); the table's body is not shown. The columns follow what the " +
      "notice asks for (镇（区）, firm, project, investment, guide fund asked); every firm, code and figure is ours (codes 320506, 吴中区). Planted: " +
      "胥口镇's firm's code with a wrong check character (91320506MA1R2H6C4E, the check character is F); 木渎镇's firm and project entered a " +
      "second time on row 9. The 吴中经济技术开发区 line is inside the district; the 项目类别 column is the rows' category, not their item.",
  },
  classes: [
    "register", "forecast-list", "place-column", "town-column", "development-zone-place", "credit-codes", "project-column",
    "category-column", "investment-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "duplicate-row", "annex-not-in-stored-copy", "district-fund", "jiangsu",
  ],
  settings: { district: "苏州市吴中区" },
  sheets: [
    {
      name: "预报项目表",
      widths: [6, 18, 30, 22, 28, 12, 12, 14],
      rows: [
        ["2015年吴中区工业企业转型升级引导资金项目（第二批）预报企业名单", null, null, null, null, null, null, null],
        ["报送单位（盖章）：", null, null, null, null, null, null, "单位：万元"],
        ["序号", "所在镇（区）", "企业名称", "统一社会信用代码", "项目名称", "项目类别", "项目总投资", "申请引导资金"],
        [1, "木渎镇", "苏州木渎精工机械有限公司", "91320506MA1MX3K2PB", "数控加工中心智能化改造项目", "技术改造", 1860, 80],
        [2, "甪直镇", "苏州甪直纺织科技有限公司", "91320506MA1N04RT81", "喷气织机换代升级项目", "技术改造", 2450, 100],
        [3, "吴中经济技术开发区", "苏州越溪电子材料有限公司", "91320506MA1P7Q5W3B", "电子浆料生产线建设项目", "新兴产业", 3200, 120],
        [4, "胥口镇", "苏州胥江模具有限公司", "91320506MA1R2H6C4E", "模具车间自动化改造项目", "两化融合", 980, 50],
        [5, "临湖镇", "苏州临湖农机装备有限公司", "91320506MA1T8L9D5B", "植保无人机装配线项目", "新兴产业", 1500, 60],
        [6, "木渎镇", "苏州木渎精工机械有限公司", "91320506MA1MX3K2PB", "数控加工中心智能化改造项目", "技术改造", 1860, 80],
        ["合计", null, null, null, null, null, 11850, 490],
        ["填报人：            联系电话：            报送日期：2015年12月  日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:C2", "A10:F10", "A11:H11"],
      numberFormats: { "G4:H10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预报项目表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category", H: "requested" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", sheet: "预报项目表", cell: "D7", why: "91320506MA1R2H6C4E: the check character for 91320506MA1R2H6C4 is F, not E" },
      { rule: "register.duplicate", sheet: "预报项目表", cell: "H9", why: "苏州木渎精工机械有限公司 (91320506MA1MX3K2PB), the same project and fund as row 4, in the same year 2015" },
      { rule: "cap.unknown-policy", sheet: "预报项目表", cell: "H4", why: "no catalog: the title's fund (工业企业转型升级引导资金项目) is in none, reported once at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", sheet: "预报项目表", cell: "B6", why: "吴中经济技术开发区 is the district's own development zone" },
      { rule: "register.ineligible-location", sheet: "预报项目表", cell: "B4", why: "木渎镇 is a town of 吴中区" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 320506, 吴中区" },
      { rule: "cap.unknown-policy", sheet: "预报项目表", cell: "F4", why: "项目类别 (技术改造, 新兴产业, 两化融合, repeated) is the rows' category, not an item" },
      { rule: "composition.total-mismatch", why: "the 合计 agrees: 80 + 100 + 120 + 50 + 60 + 80 = 490; 1,860 + 2,450 + 3,200 + 980 + 1,500 + 1,860 = 11,850" },
    ],
  },
};
