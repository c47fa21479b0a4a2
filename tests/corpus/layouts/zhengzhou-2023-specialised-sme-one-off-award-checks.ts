import type { CorpusLayout } from "../types";

// 郑州市工业和信息化局: the one-off awards for firms named 国家级专精特新“小巨人” or 省级专精特新中小企业 in 2023, paid “免申即享” after each
// 开发区 / 区县（市） checks the firm on site — the 现场核查情况汇总表 the notice asks for, with its two yes/no checks beside the proposed
// award and the kind of award per row.
export const layout: CorpusLayout = {
  id: "zhengzhou-2023-specialised-sme-one-off-award-checks",
  source: {
    title: "郑州市工信局：关于做好2023年度获评国家级、省级专精特新企业一次性奖励工作的通知（现场核查情况汇总表据通知拟）",
    url: "http://www.shuangchuangzhiku.com/newsinfo/536",
    publisher: "郑州市工业和信息化局（转载）",
    changes:
      "The notice asks each 开发区、区县（市）工信部门 to check the firms on site by 7月31日 and send 现场核查报告 with a 现场核查情况汇总表, naming what is checked " +
      "(正常经营; 是否列入经营异常名录或严重失信主体名单; 企业名称 against the 认定文件) and the two kinds of firm. The table is laid out from that wording: 序号 | " +
      "开发区、区县（市） | 企业名称 | 统一社会信用代码 | 奖励类别 | 认定文件 | 是否正常经营 | 是否列入经营异常名录或严重失信主体名单 | 拟奖励金额（万元）; the notice " +
      "shows no table. Firms, codes, documents and figures are ours. The notice gives no amounts: the catalog's 100万元 (小巨人) and 20万元 (省级) are chosen " +
      "for the corpus. Planted: 新密耐火科技 proposed 30 where the 省级 award is 20, and listed again at row 13; a firm of 长葛市 (许昌), outside 郑州.",
  },
  classes: [
    "register", "item-column", "award-kind-column", "fixed-cap", "levels-as-items", "yes-no-check-columns", "document-column", "credit-codes",
    "development-zones-and-counties-as-places", "city-fund", "table-from-notice", "wanyuan-in-header", "total-at-foot", "henan",
  ],
  settings: { district: "河南省郑州市" },
  sheets: [
    {
      name: "现场核查情况汇总表",
      widths: [6, 14, 30, 22, 34, 30, 10, 18, 14],
      rows: [
        ["2023年度获评国家级、省级专精特新企业一次性奖励现场核查情况汇总表", null, null, null, null, null, null, null, null],
        ["填报单位（盖章）：", null, null, null, null, null, null, null, null],
        ["序号", "开发区、区县（市）", "企业名称", "统一社会信用代码", "奖励类别", "认定文件", "是否正常经营", "是否列入经营异常名录或严重失信主体名单", "拟奖励金额（万元）"],
        [1, "郑州高新区", "郑州中原智控科技有限公司", "91410100MA46R2K8X1", "国家级专精特新“小巨人”企业一次性奖励", "第五批专精特新“小巨人”企业名单", "是", "否", 100],
        [2, "中牟县", "郑州中牟汽配科技有限公司", "91410122MA9F3T1L52", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [3, "巩义市", "巩义华耐新材料有限公司", "91410181MA47Q8C2NX", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [4, "新密市", "新密耐火科技有限公司", "91410183MA9G5W7D3J", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 30],
        [5, "新郑市", "新郑航港电子有限公司", "91410184MA46N3H9PR", "国家级专精特新“小巨人”企业一次性奖励", "第五批专精特新“小巨人”企业名单", "是", "否", 100],
        [6, "登封市", "登封嵩岳铝材有限公司", "91410185MA9K2R6B1C", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [7, "中原区", "郑州中原精密仪器有限公司", "91410102MA47T5E4QX", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [8, "金水区", "郑州金水信息技术有限公司", "91410105MA9H8P2M6E", "国家级专精特新“小巨人”企业一次性奖励", "第五批专精特新“小巨人”企业名单", "是", "否", 100],
        [9, "长葛市", "长葛蜂业机械有限公司", "91411082MA46C7J1WG", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [10, "新密市", "新密耐火科技有限公司", "91410183MA9G5W7D3J", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        [11, "惠济区", "郑州惠济冷链装备有限公司", "91410108MA9L4X3F8K", "省级专精特新中小企业一次性奖励", "2023年河南省专精特新中小企业名单", "是", "否", 20],
        ["合计", null, null, null, null, null, null, null, 470],
      ],
      merges: ["A1:I1", "A2:I2", "A15:H15"],
    },
  ],
  catalog: {
    items: [
      { name: "国家级专精特新“小巨人”企业一次性奖励", capType: "fixed", capAmount: 100, unit: "万元", year: 2023, document: "（金额为语料所定）" },
      { name: "省级专精特新中小企业一次性奖励", capType: "fixed", capAmount: 20, unit: "万元", year: 2023, document: "（金额为语料所定）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "现场核查情况汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", I: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "I7", why: "省级专精特新中小企业一次性奖励 is a fixed 20万元; 30 proposed: 10万元 over" },
      { rule: "register.ineligible-location", cell: "B12", why: "长葛市 is a county-level city of 许昌, not of 郑州" },
      { rule: "register.duplicate", cell: "I13", why: "新密耐火科技有限公司 (91410183MA9G5W7D3J) has the 省级 award in row 7 and again in row 13, same year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "I4", why: "小巨人 100 is its fixed award" },
      { rule: "cap.exceeded", cell: "I15", why: "合计 470 is no award (100 × 3 + 20 × 7 + 30)" },
      { rule: "register.ineligible-location", cell: "B4", why: "郑州高新区, 中牟县, 巩义市, 新密市, 新郑市, 登封市, 中原区, 金水区, 惠济区 are 郑州's" },
      { rule: "register.location-code-mismatch", cell: "D12", why: "the 长葛 firm's code names 411082 (长葛) as its place does: it is outside, reported as ineligible-location" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
      { rule: "input.unreadable-value", cell: "G4", why: "是 / 否 answer the checks; they are no amounts" },
      { rule: "register.invalid-credit-code", why: "every code is well formed" },
      { rule: "register.unpaid", why: "a summary of checks before payment: it records no payments" },
    ],
  },
};
