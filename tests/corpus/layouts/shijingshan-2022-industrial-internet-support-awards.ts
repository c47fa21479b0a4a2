import type { CorpusLayout } from "../types";

// 石景山区推动工业互联网产业高质量发展支持办法（试行）: the support articles as a catalog (第三条 关键技术攻关 30% of the project's
// national or municipal support, at most 900万元; 第四条 national platforms up to 100万元, municipal platforms 30% of the city's
// support up to 50万元), each standard in prose, then a 拟支持企业名单 naming for each firm which article it is paid under.
export const layout: CorpusLayout = {
  id: "shijingshan-2022-industrial-internet-support-awards",
  source: {
    title: "石景山区推动工业互联网产业高质量发展支持办法（试行）（拟支持企业名单据办法拟）",
    url: "https://www.parkchn.com/category/list--8-7-15000-4000-0.html",
    publisher: "北京市石景山区（园区网转载）",
    date: "2022",
    changes:
      "As published: the articles and their standards (第三条 按照项目支持资金30%予以补助，最高900万元; 第四条 国家双跨平台等 最高100万元, " +
      "市级行业特色平台和专业技术平台 按照市级支持资金30%予以补助，最高50万元) and the document they cite (京经信发〔2022〕162号). Ours: the short item " +
      "names in column B, the whole 拟支持企业名单 sheet (firms, valid 石景山区 codes 110107, the support each project got from the state or city, amounts). " +
      "Planted: a platform paid 120 under a 100万元 maximum; a 关键技术攻关 award of 260 on 800 of support, above its 30% (240).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-cap-with-maximum", "base-column", "item-per-row", "credit-codes", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "district-measures", "beijing"],
  settings: { district: "石景山区" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 24, 80, 30],
      rows: [
        ["石景山区推动工业互联网产业高质量发展支持办法（试行）支持事项一览", null, null, null],
        ["序号", "支持事项", "支持标准", "政策依据"],
        [1, "关键技术攻关补助", "支持企业围绕工业智能算法、工业知识图谱、工业机理模型等平台关键技术及工业软件、新型网络、安全核心技术开展自主研发、创新应用，对入选国家和北京市级重点项目，按照项目支持资金30%予以补助，最高900万元。", "办法第三条"],
        [2, "国家级工业互联网平台支持", "对新建或新引入的国家双跨（即跨行业跨领域）工业互联网平台、国家特色专业型工业互联网平台和国家级工业互联网试点示范项目（平台类），经认定，予以平台资金支持，最高100万元。", "办法第四条"],
        [3, "市级工业互联网平台补助", "对获评市级行业特色平台和专业技术平台，经认定，按照市级支持资金30%予以补助，最高50万元。", "办法第四条"],
        ["注：本办法依据《北京市推动软件和信息服务业高质量发展的若干政策措施》（京经信发〔2022〕162号）等文件制定。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "拟支持名单",
      widths: [6, 32, 22, 26, 16, 14],
      rows: [
        ["石景山区2023年工业互联网产业支持资金拟支持企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "国家和市级支持资金", "拟支持金额"],
        [1, "北京石云智联科技有限公司", "91110107MA01K2R5XW", "关键技术攻关补助", 1200, 360],
        [2, "北京景泰工业软件有限公司", "91110107MA01L7T3CP", "国家级工业互联网平台支持", null, 100],
        [3, "北京首钢智造数据有限公司", "91110107MA01M4W8PC", "关键技术攻关补助", 3500, 900],
        [4, "北京西山网联科技有限公司", "91110107MA01P3X6RE", "国家级工业互联网平台支持", null, 120],
        [5, "北京古城云控科技有限公司", "91110107MA01Q8Y1K8", "关键技术攻关补助", 800, 260],
        ["合计", null, null, null, 5500, 1740],
        ["注：国家和市级支持资金为项目入选国家或北京市级重点项目所获支持资金；平台类项目不填。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:D9", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", C: "standard", D: "document" } },
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "F7", why: "国家级工业互联网平台支持 is at most 100万元; 120 proposed, 20 over" },
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "F8", why: "关键技术攻关补助 is 30% of the project's support: 30% × 800 = 240 (below the 900 maximum, so the rate binds); 260 proposed, 20 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "F6", why: "30% × 3500 = 1050, but the 900 maximum binds first and 900 is exactly it" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "F6", why: "900 = the maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "F4", why: "30% × 1200 = 360 = the amount" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "F5", why: "100 = the platform maximum" },
      { rule: "cap.no-cap", sheet: "拟支持名单", cell: "F5", why: "a fixed-maximum item needs no base; the blank 支持资金 is not a missing base" },
      { rule: "cap.unknown-policy", sheet: "拟支持名单", why: "every 支持事项 names a catalog item word for word" },
      { rule: "register.duplicate", sheet: "拟支持名单", why: "five different firms" },
      { rule: "register.invalid-credit-code", sheet: "拟支持名单", why: "every code is valid (石景山区 110107)" },
      { rule: "composition.total-mismatch", sheet: "拟支持名单", cell: "F9", why: "360 + 100 + 900 + 120 + 260 = 1740" },
    ],
  },
};
