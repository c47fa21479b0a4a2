import type { CorpusLayout } from "../types";

// 合肥市人民政府办公室 2023-03: 《合肥市促进经济发展若干政策》, its clause 鼓励企业上市融资 — 股改 / 辅导备案 / 获交易所受理 50、100、200万元,
// 科创板受理再奖 50万元, 境外上市 200万元, 新三板挂牌和创新层 50万元, 迁入的省外上市公司 / 拟上市企业 300 / 100万元, 上市前贷款利息 50% 最高50万元.
// Laid out as a clause table (one row per award, the standard in words) beside an award list of our own.
export const layout: CorpusLayout = {
  id: "hefei-2023-listing-financing-awards",
  source: {
    title: "《合肥市促进经济发展若干政策》（鼓励企业上市融资；条款表与奖励名单据正文拟）",
    url: "https://financetown.com.cn/arc/17-14575.html",
    publisher: "合肥市人民政府办公室（金融小镇网转载）",
    date: "2023-03-14",
    changes:
      "Built from the prose (table from prose): the clause's one paragraph split into one row per award, each standard quoted with its amount " +
      "as published (50, 100, 200, 50, 200, 50, 300, 100万元; 50% 最高50万元). The award list on the second sheet (firms, codes 3401xx, " +
      "places, amounts) is ours: the publication has none. Planted: a firm whose listing application was accepted awarded 250万元 (the clause " +
      "gives 200万元); one credit code with a wrong check character. One firm under 获证券交易所受理 and the further 科创板 award is no duplicate.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "section-row", "rate-with-cap", "credit-codes", "item-per-row",
    "same-firm-two-items", "counties-as-places", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "city-policy", "anhui",
  ],
  settings: { district: "合肥市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 70],
      rows: [
        ["合肥市促进经济发展若干政策（鼓励企业上市融资）", null, null],
        ["序号", "政策事项", "支持标准"],
        ["鼓励企业上市融资", null, null],
        [1, "企业完成股改", "对企业完成股改的，给予50万元奖励"],
        [2, "在安徽证监局辅导备案", "对企业在安徽证监局辅导备案的，给予100万元奖励"],
        [3, "获证券交易所受理", "对企业获证券交易所受理的，给予200万元奖励"],
        [4, "科创板上市申请获受理", "企业科创板上市申请获受理的，再奖励50万元"],
        [5, "境外主要证券交易所上市", "对企业直接在境外主要证券交易所上市的，在上市后给予200万元一次性奖励，企业在境外多地、多次上市的，享受一次补助"],
        [6, "新三板挂牌和进入创新层", "对完成新三板挂牌和进入新三板“创新层”的企业给予50万元奖励"],
        [7, "迁入的省外上市公司", "对迁入我市的省外上市公司，给予300万元一次性奖励"],
        [8, "迁入的拟上市企业", "对迁入我市的拟上市企业，给予100万元一次性奖励"],
        [9, "上市后备企业贷款贴息", "对政策有效期内与保荐机构签订上市辅导协议的上市后备企业成功上市前实际发生的流动资金贷款利息支出，按年给予50%最高50万元补贴，补贴期限累计不超过2年"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "奖励名单",
      widths: [6, 34, 24, 14, 28, 16],
      rows: [
        ["合肥市2023年鼓励企业上市融资奖励资金拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "奖励事项", "奖励金额（万元）"],
        [1, "合肥智芯微电子股份有限公司", "91340100MA2N3K7P55", "高新区", "企业完成股改", 50],
        [2, "安徽瀚海新材料股份有限公司", "91340104MA2P8W1Q32", "蜀山区", "在安徽证监局辅导备案", 100],
        [3, "合肥包河精工装备股份有限公司", "91340111MA2R4T6X06", "包河区", "获证券交易所受理", 250],
        [4, "合肥庐州生物医药股份有限公司", "91340103MA2T9L2H87", "庐阳区", "获证券交易所受理", 200],
        [5, "合肥庐州生物医药股份有限公司", "91340103MA2T9L2H87", "庐阳区", "科创板上市申请获受理", 50],
        [6, "安徽肥西云谷数据科技股份有限公司", "91340123MA2W7E3F1E", "肥西县", "新三板挂牌和进入创新层", 50],
        [7, "安徽长丰瑞能新能源股份有限公司", "91340121MA2X2G9J6T", "长丰县", "在安徽证监局辅导备案", 100],
        [8, "合肥迁徽光电股份有限公司", "91340100MA8N5R2K3E", "经开区", "迁入的拟上市企业", 100],
      ],
      merges: ["A1:F1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 12, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F5", why: "获证券交易所受理: 250 > the clause's 200万元" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C9", why: "91340121MA2X2G9J6T: the check character for 91340121MA2X2G9J6 is G, not T" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "奖励名单", cell: "F7", why: "the same firm under two different items (获证券交易所受理 200, then the further 科创板 award 50)" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F6", why: "获证券交易所受理 200 = its 200万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F10", why: "迁入的拟上市企业 100 = its 100万元 (not the 300万元 of the listed companies beside it)" },
      { rule: "register.ineligible-location", sheet: "奖励名单", why: "肥西县 and 长丰县 are counties of 合肥市; 高新区 and 经开区 its development zones" },
      { rule: "register.location-code-mismatch", sheet: "奖励名单", why: "every code's characters 3–8 name 合肥 (340100, 340103, 340104, 340111, 340121, 340123)" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", why: "every 奖励事项 is a row of the clause sheet" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", why: "each standard states one fixed amount, or 50% with its 50万元 maximum" },
    ],
  },
};
