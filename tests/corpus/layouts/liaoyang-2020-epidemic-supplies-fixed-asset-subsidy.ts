import type { CorpusLayout } from "../types";

// 辽阳市 (辽宁) 小微企业、个体工商户扶持政策事项清单 (a published grid: 政策类别 merged down, 序号, 扶持政策事项, 政策内容,
// 政策依据, 实施部门), its first three rows as the catalog, and an award list of our own under its third row (20% of the fixed
// assets put into making epidemic supplies, at most 100万元 a firm).
export const layout: CorpusLayout = {
  id: "liaoyang-2020-epidemic-supplies-fixed-asset-subsidy",
  source: {
    title: "辽阳市小微企业、个体工商户扶持政策事项清单",
    url: "http://218.60.147.189:80/ecdomain/framework/smlbs/fdeienldagdjbboilhdmihdofkpacgao/gdlpmkilahadbboiijenmbdibhfbhcok.do?isfloat=1&disp_template=templatedefault&fileid=20180224114634754&moduleIDPage=gdlpmkilahadbboiijenmbdibhfbhcok&siteIDPage=smlbs&infoChecked=0",
    publisher: "辽阳市市场监管局",
    date: "2023-07-31",
    changes:
      "The clause sheet keeps the published grid's headings and its first three rows (of 48 under 财政资金支持) as published, the third row's " +
      "content cut after its first clause (20%补贴，每家企业上限为100万元; the clause on selling supplies that follows is left out); the rows after are cut. " +
      "The award list (拟兑现名单) is ours: the page publishes only the catalog. Firms, credit codes (valid, 辽阳 codes 211002 / 211003 / 211004 / 211021 / " +
      "211081) and amounts are invented. Planted: 45万元 on 200万元 of fixed assets (20% is 40), 120万元 on 650万元 (20% would be 130, the 100万元 " +
      "ceiling binds).",
  },
  classes: ["catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "rate-with-cap", "max-binds", "base-column", "category-merged-down", "document-column", "responsible-office-column", "credit-codes", "counties-and-districts-as-places", "item-per-row", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "city-policy", "liaoning"],
  sheets: [
    {
      name: "政策事项清单",
      widths: [16, 6, 26, 70, 40, 30],
      rows: [
        ["辽阳市小微企业、个体工商户扶持政策事项清单（摘录）", null, null, null, null, null],
        ["政策类别", "序号", "扶持政策事项", "政策内容", "政策依据", "实施部门"],
        ["财政资金支持（共48项）", 1, "建立复工复产帮扶机制", "畅通24小时热线电话（8890000或12345）和公共服务平台、微信等网络诉求渠道，及时协调解决企业复工复产遇到的困难。充分发挥政府、社会中介组织等各类用工信息平台作用，多渠道为企业解决用工难问题创造条件。", "《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发〔2020〕3号", "责任单位：各县（市）区政府，市政府办公室、市人力资源社会保障局、市工业和信息化局、市经济发展创新服务中心"],
        [null, 2, "对疫情防控重点保障企业贷款给予财政贴息支持", "对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款，除中央、省财政给予贴息外，其余部分由市财政给予贴息，贴息期限不超过1年。", "《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发〔2020〕3号", "责任单位：市财政局、市发展改革委、市工业和信息化局、人民银行辽阳市中心支行"],
        [null, 3, "加大对生产和销售防疫物资企业的支持力度", "在疫情防控期间，市财政对我市生产防疫物资并供应我市使用的企业生产投入的固定资产给予20%补贴，每家企业上限为100万元。", "《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发〔2020〕3号", "责任单位：市财政局、市工业和信息化局"],
      ],
      merges: ["A1:F1", "A3:A5"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 14, 30, 16, 14, 20],
      rows: [
        ["辽阳市2020年防疫物资生产企业固定资产投入补贴拟兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市）区", "扶持政策事项", "生产投入的固定资产", "拟补贴金额", "备注"],
        [1, "辽阳华康防护用品有限公司", "91211002MA0Y2H7K3X", "白塔区", "加大对生产和销售防疫物资企业的支持力度", 300, 60, "医用口罩生产线"],
        [2, "辽阳瑞洁消毒制品有限公司", "91211003MA0XQ8RL5G", "文圣区", "加大对生产和销售防疫物资企业的支持力度", 200, 45, "消毒液灌装线"],
        [3, "灯塔市安宁医疗器械有限公司", "91211081MA10C6TP2Y", "灯塔市", "加大对生产和销售防疫物资企业的支持力度", 650, 120, "防护服生产线"],
        [4, "辽阳县恒泰卫生材料有限公司", "91211021MA0YB4NF7K", "辽阳县", "加大对生产和销售防疫物资企业的支持力度", 500, 100, "熔喷布生产线"],
        [5, "辽阳宏伟熔喷材料有限公司", "91211004MA10E3WK82", "宏伟区", "加大对生产和销售防疫物资企业的支持力度", 120, 24, "熔喷料改造"],
        ["合计", null, null, null, null, 1770, 349, null],
        ["注：固定资产投入以审计机构出具的专项审计报告为准；补贴资金由市财政安排。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:E9", "A10:H10"],
      numberFormats: { "F4:G9": "#,##0" },
    },
  ],
  settings: { district: "辽阳市" },
  expect: {
    tables: [
      { sheet: "政策事项清单", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "category", B: "code", C: "item", D: "standard", E: "document" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G5", why: "20% of 200 = 40 (below the 100 ceiling, so the rate binds); 45 proposed, 5 over" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "20% of 650 = 130, so the ceiling of 100万元 a firm binds; 120 proposed, 20 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "100 on 500: exactly 20% and exactly the ceiling" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G4", why: "60 = 20% of 300" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G8", why: "24 = 20% of 120" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G9", why: "the 合计 349 = 60 + 45 + 120 + 100 + 24 is no award" },
      { rule: "cap.unknown-policy", why: "every row names the catalog's third item word for word" },
      { rule: "cap.no-cap", why: "the list names only the item with a rate and a ceiling; the uncapped rows 1 and 2 are not paid in it" },
      { rule: "register.duplicate", why: "five different firms under one item" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D6", why: "灯塔市 is a county-level city of 辽阳市" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D7", why: "辽阳县 is a county of 辽阳市" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.location-code-mismatch", why: "each code's 211002 / 211003 / 211081 / 211021 / 211004 is its own district's" },
    ],
  },
};
