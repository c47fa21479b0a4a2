import type { CorpusLayout } from "../types";

// 新华社 长沙 2023-02-06: 湖南 “稳增长20条” — its money for industry in one paragraph: 100万元 for a new national 制造业单项冠军, 100万元
// for a first entry into the national 新一代信息技术产业百强, at most 200万元 for a national 服务型制造示范, at most 500万元 for a newcomer to the
// 湖南制造业100强 (revenue and tax up more than 10%), at most 600万元 over three years for a 专精特新重点“小巨人”; split into one clause a row,
// beside an award list of ours.
export const layout: CorpusLayout = {
  id: "hunan-2023-steady-growth-twenty-measures-awards",
  source: {
    title: "湖南出台“稳增长20条” 对新晋“湖南制造业100强企业”最高奖励500万元（政策条款表与奖励名单据报道拟）",
    url: "http://finance.cqtresearch.com/caijingxinwen/2023/0206/176588.html",
    publisher: "新华社",
    date: "2023-02-06",
    changes:
      "The clauses are the report's sentence split at its semicolons, one award a row, the wording kept; the 支持事项 names are ours, short forms of " +
      "each clause. The award list (firms, codes, cities, sums) is ours. Planted: a 服务型制造示范 award of 240 above the clause's 最高200万元; one " +
      "code's check character wrong.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "clauses-from-one-sentence", "fixed-and-max-caps", "multi-year-cap", "conditions-not-caps", "credit-codes", "invalid-credit-code", "prefectures-as-places", "item-per-row", "wanyuan-caption", "total-at-foot", "table-from-prose", "news-report", "province-policy", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 32, 80],
      rows: [
        ["湖南省“稳增长20条”工业企业奖补政策条款", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "国家制造业单项冠军奖励", "对新获评国家制造业单项冠军的申报主体给予100万元奖励"],
        [2, "新一代信息技术产业百强企业奖励", "对首次进入全国电子信息、软件、互联网、大数据、人工智能等新一代信息技术产业百强企业给予100万元奖励"],
        [3, "国家级服务型制造示范奖励", "对新获评的国家级服务型制造示范企业（平台、项目），最高给予200万元奖励"],
        [4, "湖南制造业100强企业奖励", "对新晋“湖南制造业100强企业”榜单且营业收入、税收贡献增幅超过10%的企业最高奖励500万元"],
        [5, "国家级专精特新重点小巨人企业奖补", "对新获批的国家级专精特新重点“小巨人”企业三年最高给予600万元奖补支持"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 10, 32, 12],
      rows: [
        ["2023年湖南省“稳增长20条”工业企业奖补拟支持名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市州", "支持事项", "奖励金额"],
        [1, "湖南星城智能装备有限公司", "91430104MA7AB8H253", "长沙市", "国家制造业单项冠军奖励", 100],
        [2, "株洲华锐轨道材料有限公司", "91430211MAR63TQU8G", "株洲市", "国家级服务型制造示范奖励", 240],
        [3, "湘潭楚韵电机有限公司", "91430302MAP3EJ7H7X", "湘潭市", "湖南制造业100强企业奖励", 500],
        [4, "衡阳雁峰数字科技有限公司", "91430407MAJHDDLE1Q", "衡阳市", "新一代信息技术产业百强企业奖励", 100],
        [5, "岳阳洞庭新材料股份有限公司", "91430602MAU2KFW66E", "岳阳市", "国家级专精特新重点小巨人企业奖补", 200],
        [6, "常德沅澧生物医药有限公司", "91430702MA3BCRNM8T", "常德市", "国家制造业单项冠军奖励", 100],
        ["合计", null, null, null, null, 1240],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F5", why: "国家级服务型制造示范奖励 240 > the clause's 最高200万元" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C8", why: "91430602MAU2KFW66E: the check character for 91430602MAU2KFW66 is D, not E" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F6", why: "湖南制造业100强 500 = its 最高500万元; 增幅超过10% is a condition, no rate" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F8", why: "小巨人 200 under its 三年最高600万元" },
      { rule: "cap.rate-exceeded", why: "no clause awards a rate: 10% is the growth a firm must pass" },
      { rule: "cap.unknown-policy", why: "every 支持事项 is a row of the clause sheet" },
      { rule: "register.ineligible-location", why: "长沙, 株洲, 湘潭, 衡阳, 岳阳 and 常德 are cities of 湖南省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 are a district of its firm's own city (430104 长沙, 430211 株洲, 430302 湘潭, 430407 衡阳, 430602 岳阳, 430702 常德)" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "F9", why: "常德沅澧 is a different firm under the same item as row 1" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F10", why: "100 + 240 + 500 + 100 + 200 + 100 = 1,240, as stated" },
    ],
  },
};
