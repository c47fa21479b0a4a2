import type { CorpusLayout } from "../types";

// 天津市工信局 2019年度“专精特新”中小企业名单, as reported for 武清开发区: five firms recognised, two of them awarded (30万元, 20万元);
// 268 recognised city-wide, the top 68 awarded. The cap is the 培育工程管理办法's: 择优给予最高不超过50万元一次性奖励. The list is set
// out as a district's list of its recognised firms is (序号 | 企业名称 | 统一社会信用代码 | 所在园区（街镇） | 奖励事项 | 奖励资金), the
// clause beside it as its own sheet.
export const layout: CorpusLayout = {
  id: "wuqing-2019-specialised-sme-recognition-awards",
  source: {
    title: "武清开发区5家企业获2019年度天津市“专精特新”中小企业认定 2家获资金奖励（名单据正文拟）",
    url: "http://te-ch.tech/news/show-61531.html",
    publisher: "转载自天津市武清区媒体",
    date: "2019",
    changes:
      "As reported: 天津市工信局 published the 2019年度“专精特新”中小企业名单; 268 firms recognised, the top 68 by score awarded; in 武清开发区 five " +
      "recognised, two awarded (30万元 and 20万元). The cap clause (择优给予最高不超过50万元一次性奖励, 天津市中小企业发展专项资金, 原则上不重复奖励) is the " +
      "管理办法's as summarised at http://sw.shangip.com.cn/article/438.html. Ours: the list's columns, seven firms (the report names five; we add two " +
      "from other 街镇 of 武清区), every name and code (characters 3–8: 120114, 武清区) and the awards beyond the two reported. Planted: 天津逸航精密模具 " +
      "awarded 60万元 (cap 50); 天津铭远志诚科技's code with a wrong check character.",
  },
  classes: ["register", "catalog", "catalog-sheet", "prose-caps", "max-cap", "recognition-with-awards", "blank-amounts", "credit-codes", "towns-as-places", "development-zone-as-place", "total-at-foot", "wanyuan-in-header", "notes-under-table", "table-from-prose", "news-report", "district-fund", "tianjin"],
  settings: { district: "天津市武清区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 70, 28],
      rows: [
        ["天津市“专精特新”中小企业培育工程管理办法（奖励条款摘录）", null, null, null],
        ["序号", "支持事项", "支持标准", "资金来源"],
        [1, "“专精特新”中小企业择优奖励", "对列入市级“专精特新”中小企业培育名单的企业在同一评审年度择优给予最高不超过50万元一次性奖励，奖励资金原则上不重复奖励。", "天津市中小企业发展专项资金"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "名单",
      widths: [6, 32, 22, 16, 28, 16],
      rows: [
        ["武清开发区2019年度天津市“专精特新”中小企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在园区（街镇）", "奖励事项", "奖励资金（万元）"],
        [1, "天津瑞仪精控仪器设备有限公司", "91120114MAYD9QULH5", "武清开发区", "“专精特新”中小企业择优奖励", 30],
        [2, "天津华涛空调设备有限公司", "91120114MA6JFNJME2", "武清开发区", "“专精特新”中小企业择优奖励", 20],
        [3, "天津铭远志诚科技有限公司", "91120114MA8GTBY8NF", "武清开发区", null, null],
        [4, "天津康和嘉医疗器械有限公司", "91120114MA47NYGA07", "京滨工业园", null, null],
        [5, "天津龙盾特种门窗有限公司", "91120114MAQADFWUTY", "武清开发区", null, null],
        [6, "天津逸航精密模具有限公司", "91120114MA751D2HJN", "杨村街道", "“专精特新”中小企业择优奖励", 60],
        [7, "天津泽润生物科技有限公司", "91120114MA3H6M544M", "下朱庄街道", "“专精特新”中小企业择优奖励", 25],
        ["合计", null, null, null, null, 135],
        ["注：未列奖励事项的企业仅予认定，不予资金奖励。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
      numberFormats: { "F3:F10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard" } },
      {
        sheet: "名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "名单", cell: "F8", why: "择优奖励 is at most 50万元; 天津逸航精密模具 is awarded 60.00: 10.00万元 over" },
      { rule: "register.invalid-credit-code", sheet: "名单", cell: "C5", why: "91120114MA8GTBY8NF: the first 17 characters give the check character E, not F" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "名单", cell: "F10", why: "30 + 20 + 60 + 25 = 135, the blank amounts adding nothing" },
      { rule: "cap.exceeded", sheet: "名单", cell: "F3", why: "30.00 is within 50" },
      { rule: "cap.exceeded", sheet: "名单", cell: "F10", why: "合计 135 is the list's foot, not an award" },
      { rule: "register.ineligible-location", sheet: "名单", cell: "D6", why: "京滨工业园 lies in 武清区" },
      { rule: "register.ineligible-location", sheet: "名单", cell: "D3", why: "武清开发区 (天津武清经济技术开发区) lies in 武清区" },
      { rule: "register.ineligible-location", sheet: "名单", cell: "D9", why: "下朱庄街道 is a street of 武清区" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 120114, 武清区" },
      { rule: "cap.unknown-policy", why: "the one 奖励事项 is the catalog sheet's item; the recognition-only rows have no amount" },
      { rule: "register.duplicate", why: "seven different firms, each once" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "最高不超过50万元 is a maximum of 50万元" },
    ],
  },
};
