import type { CorpusLayout } from "../types";

// 新标知识产权 (xinbiaorz.cn): 九江市专精特新企业扶持政策 — 资金奖励 (国家级“小巨人”50万元/家, 柴桑区额外配套20万元; 省级“小巨人”20万元/家;
// 单项冠军 国家级50万元/家, 省级20万元/家), 金融支持 (“产融通”贴息比例最高80%, 单户贴息50万元), 低空经济 (起降点按投入50%补贴, 最高100万元/年),
// 知识产权 (有效发明专利超100件奖励50万元; 发明专利授权奖励5000元/件), 区县配套 (柴桑区、庐山市等地有额外奖励). Laid out as a policy list.
export const layout: CorpusLayout = {
  id: "jiujiang-specialised-sme-support-policy-list",
  source: {
    title: "九江市专精特新中小企业扶持政策汇总（政策清单，表据正文拟）",
    url: "https://www.xinbiaorz.cn/n/16859.html",
    publisher: "山东新标知识产权有限公司（整理九江市政策）",
    changes:
      "The page lists the measures in prose under its own headings (资金奖励, 金融支持, 低空经济, 知识产权, 区县配套); the list (序号 | 政策类别 | " +
      "政策事项 | 支持标准) is ours from them, one measure a row, each standard in the page's words; the 事项 names are ours. Nothing is " +
      "altered; the planted reading is the page's own: 区县配套 gives no figure (各区县另行制定), so its standard cannot be read into a cap.",
  },
  classes: ["catalog", "table-from-prose", "prose-caps", "rate-with-cap", "per-unit-standard", "conditions-not-caps", "category-column", "award-without-amount", "city-policy", "jiangxi"],
  settings: { district: "九江市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 12, 32, 60],
      rows: [
        ["九江市专精特新中小企业扶持政策清单", null, null, null],
        ["序号", "政策类别", "政策事项", "支持标准"],
        [1, "资金奖励", "国家级专精特新“小巨人”企业奖励", "对新认定的国家级专精特新“小巨人”企业，给予50万元/家奖励"],
        [2, "资金奖励", "省级专精特新“小巨人”企业奖励", "对新认定的省级专精特新“小巨人”企业，给予20万元/家奖励"],
        [3, "资金奖励", "国家级制造业单项冠军企业奖励", "对新认定的国家级制造业单项冠军企业，给予50万元/家奖励"],
        [4, "资金奖励", "省级制造业单项冠军企业奖励", "对新认定的省级制造业单项冠军企业，给予20万元/家奖励"],
        [5, "金融支持", "“产融通”专项贷款贴息", "对专精特新企业“产融通”专项贷款给予贴息，贴息比例最高80%，单户贴息最高50万元"],
        [6, "低空经济", "无人机起降点建设补贴", "对建设无人机起降点的企业按投入50%补贴，最高100万元/年"],
        [7, "知识产权", "高价值专利组合奖励", "有效发明专利超100件的企业奖励50万元"],
        [8, "知识产权", "发明专利授权奖励", "发明专利授权奖励5000元/件"],
        [9, "区县配套", "区县专精特新配套奖励", "柴桑区、庐山市等地给予额外配套奖励，标准由各区县另行制定"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "code", B: "category", C: "item", D: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D11", why: "区县配套: 标准由各区县另行制定 gives no amount and no rate" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "a fixed 50万元 a firm" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "a rate of at most 80% with a cap of 50万元 a firm" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "50% of the investment, at most 100万元 a year" },
      { rule: "catalog.unreadable-standard", cell: "D9", why: "50万元; 超100件 is a condition, never the cap" },
      { rule: "catalog.unreadable-standard", cell: "D10", why: "5000元 a patent" },
    ],
  },
};
