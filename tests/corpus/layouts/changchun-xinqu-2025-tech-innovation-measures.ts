import type { CorpusLayout } from "../types";

// 长春新区 2025-02: measures to keep the economy improving, 一、促进科技创新 (一)–(四) — caps in prose (最高500万元; 最高100万元 / 20万元;
// 50万元、20万元 分别; 一次性20万元; 最高10万元 / 最高5万元), each clause closing with its 责任部门. Laid out as a policy list, one cap a row, and
// the year's payments under it on a second sheet.
export const layout: CorpusLayout = {
  id: "changchun-xinqu-2025-tech-innovation-measures",
  source: {
    title: "长春新区推动经济持续向好增量政策措施（一、促进科技创新）",
    url: "http://www.ccxq.gov.cn/hdjl/jdhy/202502/t20250221_3394997.html",
    publisher: "长春新区管委会",
    date: "2025-02-21",
    changes:
      "As published: clauses (一)–(四) of 促进科技创新, their wording and caps, the 责任部门. Ours: one row per cap (clauses with two caps split in two), " +
      "the item names, the 兑现名单 sheet (firms, codes, amounts). Planted: 吉林北湖生物医药有限公司 paid 12万元 as a newly recognised high-tech firm " +
      "(最高10万元); 长春新拓光电科技有限公司 listed twice under 首次认定高新技术企业补助.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-and-max-caps", "one-clause-two-caps", "category-row", "responsible-office-column", "credit-codes", "item-per-row", "one-firm-two-items", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "new-area-fund", "jilin"],
  settings: { asOf: "2025-12-31" },
  sheets: [
    {
      name: "政策清单",
      widths: [8, 28, 70, 14],
      rows: [
        ["长春新区推动经济持续向好增量政策措施（促进科技创新）", null, null, null],
        ["序号", "政策项目", "支持标准", "责任部门"],
        ["一、促进科技创新", null, null, null],
        ["（一）", "顶尖团队科技成果转化奖补", "对符合新区主导产业发展方向的国内外顶尖团队在新区进行成果转化的，在享受市级政策基础上，按阶段性指标给予最高500万元奖补支持", "科技局、财政局"],
        ["（二）", "国家级研发机构奖补", "对新认定、新引进的国家工程（技术）研究中心、国家级企业技术中心、国家制造业中试平台等，给予最高100万元奖补支持", "科技局、财政局"],
        ["（二）", "省级研发机构奖补", "对首次认定为省级上述研发机构的，给予20万元奖补支持", "科技局、财政局"],
        ["（三）", "国家级技术转移示范机构奖补", "对新认定的国家级技术转移示范机构，给予50万元奖补支持", "科技局、财政局"],
        ["（三）", "省级技术转移示范机构奖补", "对新认定的省级技术转移示范机构，给予20万元奖补支持", "科技局、财政局"],
        ["（四）", "国家创新型企业奖励", "对新认定为国家创新型企业、国家火炬计划重点高新技术企业的，给予一次性20万元奖励", "科技局、财政局"],
        ["（四）", "首次认定高新技术企业补助", "在享受市级政策基础上，对首次认定的高新技术企业，最高给予10万元补助", "科技局、财政局"],
        ["（四）", "重新认定高新技术企业补助", "重新认定的高新技术企业，最高给予5万元补助", "科技局、财政局"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 28, 12],
      rows: [
        ["长春新区2025年促进科技创新政策兑现名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "兑现金额"],
        [1, "长春新拓光电科技有限公司", "91220101MA14XQ3K7Q", "首次认定高新技术企业补助", 10],
        [2, "吉林北湖生物医药有限公司", "91220101MA17R5D2XK", "首次认定高新技术企业补助", 12],
        [3, "长春汇智检测技术有限公司", "91220101MA15HT8C0C", "重新认定高新技术企业补助", 5],
        [4, "长春新区精工装备有限公司", "91220101MA1CLD4P6Y", "省级研发机构奖补", 20],
        [5, "吉林长光微纳科技有限公司", "91220101MA13U9WB2G", "国家级研发机构奖补", 100],
        [6, "长春新拓光电科技有限公司", "91220101MA14XQ3K7Q", "首次认定高新技术企业补助", 10],
        [7, "长春北湖技术转移服务有限公司", "91220101MA18KN7E5J", "省级技术转移示范机构奖补", 20],
        [8, "长春新拓光电科技有限公司", "91220101MA14XQ3K7Q", "国家创新型企业奖励", 20],
        ["合计", null, null, null, 197],
      ],
      merges: ["A1:E1", "A2:E2", "A12:D12"],
      numberFormats: { "E4:E12": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E5", why: "首次认定高新技术企业补助 at most 10万元; 12 paid" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "E9", why: "长春新拓光电科技有限公司 (91220101MA14XQ3K7Q) again under 首次认定高新技术企业补助 in 2025; first at row 4" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "兑现名单", cell: "E11", why: "长春新拓光电科技有限公司 a third time, but under 国家创新型企业奖励: another item" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E8", why: "国家级研发机构奖补 100 = its 最高100万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E12", why: "合计 197 (10 + 12 + 5 + 20 + 100 + 10 + 20 + 20) is no award" },
      { rule: "cap.unknown-policy", why: "every row's 政策项目 is a row of the policy list" },
      { rule: "catalog.unreadable-standard", why: "each standard states one amount: 最高500万元, 最高100万元, 20万元, 50万元, 20万元, 一次性20万元, 最高10万元, 最高5万元" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
    ],
  },
};
