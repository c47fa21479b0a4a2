import type { CorpusLayout } from "../types";

// 德清县人民政府 2024-05-30: 德清县制造业高质量发展若干意见, 一、促进数字经济提速发展 — clause (一)'s tiered software
// rates, clause (二)'s awards 分别 500 / 100 / 50万元 for 省级“未来工厂” / 省级以上智能工厂 / 智能车间（数字化车间）, a further 50万元 for
// 市级“未来工厂”, and the CMMI / DCMM levels; the year's award list on a second sheet naming each firm's award by its sub-item.
export const layout: CorpusLayout = {
  id: "deqing-2024-smart-manufacturing-awards",
  source: {
    title: "《德清县人民政府关于印发德清县制造业高质量发展若干意见的通知》（一、促进数字经济提速发展（一）（二））",
    url: "http://www.deqing.gov.cn/hzgov/front/s229/jczwgkjczl/zsycpt/zsyczc/20240530/i3771716.html",
    publisher: "德清县人民政府（禹越镇转载）",
    date: "2024-05-30",
    changes:
      "The clause texts on the first sheet are the published wording of 一(一) and 一(二) (the page's extra spaces and the lost " +
      "顿号 in 15%25%30% restored), one row per measure (条款 | 政策项目 | 政策内容); the 政策项目 names are the clauses' own " +
      "headings. The award list on the second sheet is ours: no published list was found; firms, codes (德清 330521, 吴兴 330502), " +
      "towns and amounts invented. Planted: 德清钟管电子 80万元 for a 智能车间（数字化车间）, whose award is 50万元; 德清县舞阳新材料 " +
      "listed twice for 省级以上智能工厂; 湖州织里童装 in 织里镇, a town of 吴兴区, outside 德清县.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "sub-items-in-one-cell", "further-clause", "tiered-rates", "item-per-row", "sub-item-as-item", "credit-codes", "towns-as-places", "county-fund", "wanyuan-in-header", "remark-column", "zhejiang"],
  settings: { district: "德清县" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 20, 110],
      rows: [
        ["德清县制造业高质量发展若干意见（一、促进数字经济提速发展）", null, null],
        ["条款", "政策项目", "政策内容"],
        ["（一）", "鼓励企业信息化建设", "支持工业企业数字化改造，对当年经认定的实际软件投资额5—20万元（含）、20—100万元（含）、100万元以上的企业，分别按15%、25%、30%给予补助，对企业使用县行业级工业互联网平台提供的云化软件产品（服务），补助标准再提高5个百分点，最高补助300万元。"],
        ["（二）", "支持企业智能化转型", "对认定为省级“未来工厂”、省级以上智能工厂、智能车间（数字化车间）的分别奖励500万元、100万元、50万元；对认定为市级“未来工厂”的奖励50万元。"],
        ["（二）", "鼓励企业资质升级", "经国际或国家级机构资质认证，对报备并首次通过软件能力成熟度模型集成（CMMI）三级、四级、五级认证的企业，分别奖励10万元、20万元、30万元；对报备并首次通过数据管理能力成熟度评估模型标准（DCMM）二级、三级、四级评估认证的企业，分别奖励10万元、20万元、30万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 24, 14, 24],
      rows: [
        ["2024年德清县制造业高质量发展政策（智能化转型）奖励资金兑现名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇（街道）", "奖励项目", "奖励金额（万元）", "备注"],
        [1, "浙江德清莫干精工机械有限公司", "913305214JURQ283FW", "武康街道", "省级“未来工厂”", 500, "2023年度省级认定"],
        [2, "德清县舞阳新材料科技有限公司", "91330521QEFLCR63FE", "舞阳街道", "省级以上智能工厂", 100, null],
        [3, "浙江新市织造有限公司", "913305210WTCDKQQ04", "新市镇", "智能车间（数字化车间）", 50, null],
        [4, "德清钟管电子有限公司", "91330521NE8PR7JY3H", "钟管镇", "智能车间（数字化车间）", 80, "两个车间同批认定"],
        [5, "浙江禹越装饰材料有限公司", "91330521WA000LH0YU", "禹越镇", "市级“未来工厂”", 50, null],
        [6, "德清雷甸精密部件有限公司", "91330521WCM6DP0G7L", "雷甸镇", "省级以上智能工厂", 100, null],
        [7, "德清县洛舍钢琴制造有限公司", "91330521QEYFH7B7M6", "洛舍镇", "智能车间（数字化车间）", 50, null],
        [8, "浙江乾元生物科技有限公司", "913305217QEY9X0DTM", "乾元镇", "省级以上智能工厂", 100, null],
        [9, "德清县舞阳新材料科技有限公司", "91330521QEFLCR63FE", "舞阳街道", "省级以上智能工厂", 100, null],
        [10, "湖州织里童装有限公司", "91330502J2K0XTF8HF", "织里镇", "智能车间（数字化车间）", 50, null],
        ["合计", null, null, null, null, 1180, null],
      ],
      merges: ["A1:G1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      // Corrected after the measurement (the count unchanged): the 条款 column numbers two rows （二）, so it cites the
      // clause each row comes from, its document (docs/rules.md, catalog.unreadable-standard), not a code of each row.
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "智能车间（数字化车间） is awarded 50万元 by clause (二) (the third of 分别奖励500万元、100万元、50万元); 德清钟管电子 is given 80: 30万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F11", why: "德清县舞阳新材料科技有限公司 (91330521QEFLCR63FE) has 省级以上智能工厂 in row 4 and again in row 11, same year" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D12", why: "织里镇 is a town of 湖州市吴兴区, not of 德清县 (and the code's 330502 is 吴兴区)" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "three sub-items with 分别奖励 500 / 100 / 50万元 and a further fixed 50万元: amounts to read, one per named sub-item" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "分别奖励10万元、20万元、30万元 twice: fixed amounts" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "省级“未来工厂” 500 = its award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "省级以上智能工厂 100 = its award; read against the sub-item, not the clause's largest (500)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "市级“未来工厂” 50 = its award (the further sentence of clause (二))" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F13", why: "合计 1,180 is no award: 500+100+50+80+50+100+50+100+100+50" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 奖励项目 is a sub-item named in clause (二)" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D3", why: "武康街道, 舞阳街道, 新市镇, 钟管镇, 禹越镇, 雷甸镇, 洛舍镇, 乾元镇 are all in 德清县" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "every row inside 德清县 carries 330521; the 织里 row is outside, reported as such" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F5", why: "浙江新市织造 and 德清钟管电子 and 德清县洛舍钢琴 share the item 智能车间 but are three firms" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F13", why: "the 合计 row is not a firm" },
    ],
  },
};
