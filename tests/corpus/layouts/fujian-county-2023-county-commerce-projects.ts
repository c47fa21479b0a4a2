import type { CorpusLayout } from "../types";

// A 福建 county's 商务 office, 2023-07: the call for 2023 县域商业体系建设 projects (闽商务〔2021〕214号, 闽商务〔2023〕109号) — four
// directions, each with its standard in prose (新建 / 改造 maxima in one sentence, one per-project maximum, a direction with no amount),
// and, on a second sheet, the projects proposed for support.
export const layout: CorpusLayout = {
  id: "fujian-county-2023-county-commerce-projects",
  source: {
    title: "关于做好2023年县域商业体系建设项目征集的通知（二、支持方向；拟支持项目表据通知拟）",
    url: "https://wap.qianlima.com/zb/detail/20230717_362890643.html",
    publisher: "（福建某县）商务主管部门（转载页隐去县名）",
    date: "2023-07-17",
    changes:
      "The four directions and their standards are as published (新建项目最高支持200万元、改造项目最高支持120万元, 每个项目最高支持500万元, 每个项目" +
      "最高支持200万元, 每县最多支持建设改造一个…中心 with no amount), laid out as a clause table; words the reprint masks with **** are " +
      "filled from the same call's wording elsewhere (乡镇商贸中心, 整合资源, 区域公共品牌产品展销) and the 支持内容 are shortened. The county is " +
      "masked in the reprint, so no district is set. The second sheet (columns, towns, firms, codes, amounts) is ours. Planted: the 物流配送中心 " +
      "project proposed at 520万元 against the 500万元 maximum; 前置仓建设项目（一期） of the same firm listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "sub-items-in-one-cell", "max-cap", "conditions-not-caps", "unreadable-standard", "credit-codes", "item-per-row", "project-name-column", "new-or-renovation-column", "wanyuan-caption", "fujian"],
  sheets: [
    {
      name: "支持方向",
      widths: [6, 16, 60, 56],
      rows: [
        ["2023年县域商业体系建设项目支持方向及标准", null, null, null],
        ["序号", "支持方向", "支持内容", "支持标准"],
        ["一", "县城商业网点", "乡镇商贸中心、集贸市场（指进行农副产品、日用消费品等现货商品交易的综合型固定场所，以零售农产品为主的农贸市场不在支持范围内）。", "每个乡镇最多支持一个，新建项目最高支持200万元，改造项目最高支持120万元。"],
        ["二", "县域物流网络", "县域邮政、快递企业整合资源，发展共同配送，建设改造县级物流配送中心和乡镇快递物流站点（村级站点不在支持范围内），不含物流配送信息管理系统开发。", "每县最多支持一个整合项目，每个项目最高支持500万元。"],
        ["三", "县域流通网络", "商贸流通企业建设改造用于提供县域内线上下单、线下配送服务的前置仓等设施设备。", "每个项目最高支持200万元。"],
        ["四", "县域产业发展", "商贸流通、电商企业建设改造分拣、预冷、初加工等农产品商品化处理设施，县政府授权的企业建设改造区域公共品牌产品展销中心。", "每县最多支持建设改造一个区域公共品牌产品展销中心。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟支持项目",
      widths: [6, 10, 30, 22, 14, 30, 10, 12, 14],
      rows: [
        ["2023年县域商业体系建设拟支持项目表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "项目单位", "统一社会信用代码", "支持方向", "项目名称", "建设性质", "总投资", "拟支持金额"],
        [1, "城关镇", "福建鑫隆商贸有限公司", "91350583MA8T3K2L68", "县城商业网点", "城关镇商贸中心改造项目", "改造", 260, 110],
        [2, "东岭镇", "福建东岭农贸市场管理有限公司", "91350583MA2Y7P4H12", "县城商业网点", "东岭镇集贸市场新建项目", "新建", 520, 180],
        [3, "城关镇", "福建通达供应链管理有限公司", "91350583MA32Q5W80D", "县域物流网络", "县级物流配送中心整合项目", "改造", 1480, 520],
        [4, "梅林镇", "福建优鲜到家网络科技有限公司", "91350583MA8RJ6C21J", "县域流通网络", "前置仓建设项目（一期）", "新建", 420, 150],
        [5, "梅林镇", "福建优鲜到家网络科技有限公司", "91350583MA8RJ6C21J", "县域流通网络", "前置仓建设项目（一期）", "新建", 420, 150],
        [6, "溪口乡", "福建山海农产品有限公司", "91350583MA35N9X44G", "县域产业发展", "农产品分拣预冷中心建设项目", "新建", 300, 90],
        ["合计", null, null, null, null, null, null, 3400, 1200],
      ],
      merges: ["A1:I1", "A10:G10"],
      numberFormats: { "H4:I10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持方向", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "project", I: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "支持方向", cell: "D6", why: "每县最多支持建设改造一个…中心 limits the number of centres and states no amount" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "I6", why: "县域物流网络: at most 500万元 a project; 520.00 is 20.00万元 over" },
      { rule: "register.duplicate", sheet: "拟支持项目", cell: "I8", why: "福建优鲜到家网络科技有限公司 (91350583MA8RJ6C21J), 县域流通网络, 2023, again after row 7" },
      { rule: "cap.no-cap", sheet: "拟支持项目", cell: "I9", why: "县域产业发展 is in the catalog but its standard gives no cap" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持方向", cell: "D3", why: "two named maxima in one sentence (新建 200, 改造 120); 每个乡镇最多支持一个 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "支持方向", cell: "D4", why: "at most 500万元 a project; 每县最多支持一个整合项目 is a condition" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "I5", why: "180 under a row naming no sub-item is allowed up to the largest maximum, 200 (新建 200 in any case)" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "I4", why: "110 is within the 改造 maximum of 120" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "I10", why: "合计 1,200.00 is no award" },
      { rule: "cap.unknown-policy", why: "each 支持方向 in the list is a row of the first sheet" },
      { rule: "register.ineligible-location", why: "the county is not named: no district to judge places by" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
