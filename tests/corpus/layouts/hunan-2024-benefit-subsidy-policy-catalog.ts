import type { CorpusLayout } from "../types";

// 湖南省 惠民惠农财政补贴政策清单 (省级以上, 2024 edition): the eleven-column grid each county republishes —
// department, policy, the 一卡通 system's item and its four-character short name, basis, use, who gets it, the standard, the hotline, a remark.
export const layout: CorpusLayout = {
  id: "hunan-2024-benefit-subsidy-policy-catalog",
  source: {
    title: "湖南省惠民惠农财政补贴资金“一卡通”省级以上补贴政策清单（节选）",
    url: "https://www.chacewang.com/newsdetail/news904951.html",
    publisher: "湖南省财政厅等（查策网转载）",
    date: "2024",
    changes:
      "As published: the eleven headings (序号 | 主管部门 | 补贴政策名称 | 系统补贴项目名称 | 补贴项目简称（四字摘要） | 文件依据 | 资金用途 | 补贴对象 | 补贴标准 | " +
      "政策解答电话 | 备注), the rows numbered 13, 15 and 23 (轮椅车燃油补贴 260元/年; 残疾人创业贷款贴息, 5000元/人 to 盲人按摩机构; 城市低保金 by the " +
      "county's own level) with their departments, documents and hotlines as the stored copy shows them. Rows 14 and 24 (困难残疾人生活补贴, 农村低保金) are " +
      "ours in the same form; the clearing note and the office line are ours. Nothing planted: the two unreadable standards are the policies' own wording " +
      "(a floor, and a standard set by each county).",
  },
  classes: ["catalog", "eleven-column-policy-list", "short-name-column", "document-column", "hotline-column", "per-year-standard", "per-person-standard", "floor-standard", "standard-set-locally", "gapped-row-numbers", "province-catalog", "hunan"],
  sheets: [
    {
      name: "补贴政策清单",
      widths: [6, 14, 18, 18, 10, 40, 24, 24, 40, 22, 10],
      rows: [
        ["湖南省惠民惠农财政补贴资金“一卡通”省级以上补贴政策清单", null, null, null, null, null, null, null, null, null, null],
        ["序号", "主管部门", "补贴政策名称", "系统补贴项目名称", "补贴项目简称（四字摘要）", "文件依据", "资金用途", "补贴对象", "补贴标准", "政策解答电话", "备注"],
        [13, "湖南省残疾人联合会", "残疾人机动轮椅车燃油补贴", "残疾人机动轮椅车燃油补贴", "燃油补贴", "《湖南省残疾人联合会 湖南省财政厅关于残疾人机动轮椅车燃油补贴有关问题的通知》", "补贴残疾人机动轮椅车燃油支出", "持有残疾人机动轮椅车驾驶证的下肢残疾人，残疾人机动轮椅车须符合机动车国家标准（GB12995-2006）的相关规定", "260元/年", "0731-84619526", null],
        [14, "湖南省民政厅", "困难残疾人生活补贴", "困难残疾人生活补贴", "生活补贴", "《湖南省人民政府关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见》（湘政发〔2015〕48号）", "补助困难残疾人因残疾产生的额外生活支出", "低保家庭中的残疾人", "不低于每人每月90元，具体标准由市州确定", "0731-84899627", null],
        [15, "湖南省残疾人联合会", "残疾人创业贷款贴息", "残疾人创业贷款贴息", "贷款贴息", "《湖南省残疾人联合会 湖南省财政厅关于印发〈湖南省残疾人创业小额贷款贴息项目方案〉的通知》（湘残联字〔2015〕48号）", "扶持残疾人家庭、残疾人就业扶贫基地创业", "盲人按摩机构", "按5000元/人的标准对盲人按摩机构给予一次性补贴", "0731-84619576", null],
        [23, "湖南省民政厅", "低保金", "城市低保金", "城市低保", "1.《社会救助暂行办法》（国务院第649号令）2.《湖南省民政厅关于印发〈湖南省最低生活保障审核确认办法〉》（湘民发〔2021〕34号）", "保障城市低保对象基本生活", "共同生活的家庭成员人均收入低于当地最低生活保障标准的城市家庭", "根据当地县级人民政府救助档次规定及家庭人均收入与保障标准的差额发放", "0731-84899610", null],
        [24, "湖南省民政厅", "低保金", "农村低保金", "农村低保", "1.《社会救助暂行办法》（国务院第649号令）2.《湖南省民政厅关于印发〈湖南省最低生活保障审核确认办法〉》（湘民发〔2021〕34号）", "保障农村低保对象基本生活", "共同生活的家庭成员人均收入低于当地最低生活保障标准的农村家庭", "根据当地县级人民政府救助档次规定及家庭人均收入与保障标准的差额发放", "0731-84899610", null],
        ["注：清单实行动态调整，原则上每年度集中公布一次；社会保险待遇发放等另有规定的、涉密或涉及个人隐私的除外。", null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:K1", "A8:K8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补贴政策清单",
        kind: "catalog",
        headerRow: 2,
        lastRow: 7,
        columns: { A: "code", D: "item", F: "document", I: "standard" },
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "I4", why: "不低于每人每月90元 is a floor, never a cap; the standard itself is left to the 市州" },
      { rule: "catalog.unreadable-standard", cell: "I6", why: "城市低保金: by each county's 救助档次 and the family's gap to the local line — no amount" },
      { rule: "catalog.unreadable-standard", cell: "I7", why: "农村低保金: the same wording, no amount" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "I3", why: "260元/年 is a fixed amount" },
      { rule: "catalog.unreadable-standard", cell: "I5", why: "5000元/人, once (一次性), is a fixed amount" },
      { rule: "input.unreadable-value", cell: "J3", why: "政策解答电话 is a phone number, text" },
      { rule: "input.unreadable-value", cell: "H3", why: "GB12995-2006 in 补贴对象 is a standard's number, no amount" },
      { rule: "cap.unknown-policy", why: "a catalog alone: no register to check" },
    ],
  },
};
