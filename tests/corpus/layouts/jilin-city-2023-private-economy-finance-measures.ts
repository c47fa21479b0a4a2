import type { CorpusLayout } from "../types";

// 吉林省吉林市 2023-06-20: the 市财政局 part of the city's measures for the private economy (支持民营经济高质量发展若干措施),
// 01 鼓励企业做大做强 — fixed awards, levels in one sentence (分别给予15万元、10万元; 10/50/100亿元 thresholds with 20/100/200万元),
// a maximum (不超过10万元), a clause without an amount. Each clause one row of a table; the year's payments to firms on a second sheet.
export const layout: CorpusLayout = {
  id: "jilin-city-2023-private-economy-finance-measures",
  source: {
    title: "吉林市支持民营经济高质量发展若干措施——市财政局篇（01 鼓励企业做大做强）",
    url: "http://d6w6v4.icmz.cn/read.php?brow=3658&lmid=7",
    publisher: "吉林市财政局（转载）",
    date: "2023-06-20",
    changes:
      "The standards are the published wording of clauses 1–5 of 01 鼓励企业做大做强, each in one row of a table (序号 | 措施 | 支持内容), the " +
      "措施 being the clause's own heading; clause 5 is cut after 给予一次性奖励 (it goes on to 研发… in the stored copy). The payment list " +
      "on the second sheet is ours (firms, codes of 船营 220204 / 昌邑 220202 / 龙潭 220203 / 丰满 220211 / 蛟河 220281 / 长春 220101, " +
      "amounts, remarks). Planted: 昌邑创新创业孵化器 12 where the clause allows 不超过10万元; 长春朝阳软件服务 in 长春市朝阳区; 蛟河天岗石材 " +
      "under 研发投入后补助, which is none of the clauses.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "levels-in-one-sentence", "conditions-not-caps", "max-cap", "unreadable-standard", "credit-codes", "districts-as-places", "item-per-row", "remark-names-sub-item", "wanyuan-caption", "jilin"],
  settings: { district: "吉林市", asOf: "2023-10-20" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 28, 100],
      rows: [
        ["吉林市支持民营经济高质量发展若干措施——市财政局篇（01 鼓励企业做大做强）", null, null],
        ["序号", "措施", "支持内容"],
        [1, "奖励贡献突出服务业企业", "对新晋统计平台的规模以上服务业企业和限额以上商贸业企业给予10万元一次性奖励；对获批省级现代服务业集聚区的经营主体给予15万元一次性奖励；对被评为省级、市级优秀服务业企业分别给予15万元、10万元一次性奖励；对从工业、农业、商贸业中剥离出来的规模以上服务业企业入统后给予10万元一次性奖励（以上政策不同时享受）。"],
        [2, "提升民营企业孵化能力", "对经市科技局首次认定的科技企业孵化器（众创空间）给予不超过10万元补助。"],
        [3, "支持民营企业做大做强", "对营业收入首次突破10亿元、50亿元、100亿元的企业，分别给予20万元、100万元、200万元奖励；对首次纳入规模工业企业库的企业给予10万元奖励；对首次入选“中国民营企业500强”的企业给予500万元奖励。"],
        [4, "加快建设高质量创业和服务载体", "鼓励各类创业孵化器和企业服务平台完善功能，提高孵化能力和服务水平。对新晋国家级中小企业公共服务示范平台和创业孵化示范基地，给予30万元一次性奖励；对新晋省级中小企业公共服务示范平台和创业孵化示范基地，给予10万元一次性奖励。"],
        [5, "支持“专精特新”民营企业加快发展", "强化“专精特新”中小企业梯度培育，市级中小企业和民营经济发展专项资金重点支持“专精特新”中小企业发展，对认定为市级以上的“专精特新”中小企业，按“专精特新”奖励办法给予一次性奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 16, 30, 12, 30],
      rows: [
        ["2023年支持民营经济高质量发展政策资金兑现名单（市财政局篇）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "措施", "兑现金额", "备注"],
        [1, "吉林市船营商贸物流有限公司", "91220204MA6TCLTH0B", "船营区", "奖励贡献突出服务业企业", 10, "新晋限额以上商贸业企业"],
        [2, "吉林市昌邑创新创业孵化器管理有限公司", "91220202MA1FCTKQ7K", "昌邑区", "提升民营企业孵化能力", 12, "首次认定科技企业孵化器"],
        [3, "吉林龙潭化工新材料股份有限公司", "91220203MAE90RQ77R", "龙潭区", "支持民营企业做大做强", 100, "营业收入首次突破50亿元"],
        [4, "吉林丰满旅游服务有限公司", "91220211MAMWTDNJ1Q", "丰满区", "加快建设高质量创业和服务载体", 30, "新晋国家级中小企业公共服务示范平台"],
        [5, "长春朝阳软件服务有限公司", "91220101MAEM7GD4XE", "长春市朝阳区", "奖励贡献突出服务业企业", 15, "省级优秀服务业企业"],
        [6, "蛟河市天岗石材有限公司", "91220281MALLMUKN1U", "蛟河市", "研发投入后补助", 20, null],
        ["合计", null, null, null, null, 187, null],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F4:F10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C7", why: "按“专精特新”奖励办法给予一次性奖励: no amount, rate or maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "昌邑创新创业孵化器: 提升民营企业孵化能力 allows 不超过10万元; 12.00 paid: 2.00万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D8", why: "长春市朝阳区 is in 长春, not in 吉林市" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", cell: "E9", why: "研发投入后补助 is none of the five 措施 (1 row)" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "fixed 10 / 15万元 awards, 省级 15 and 市级 10 in one sentence; the item itself at most 15" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "a maximum of 10万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "20 / 100 / 200万元 by level, 10万元, 500万元; 10亿元、50亿元、100亿元 are thresholds of 营业收入, conditions not caps" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C6", why: "国家级 30万元, 省级 10万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "新晋限额以上商贸业企业 10万元 exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "营业收入首次突破50亿元: 100万元 exactly (the item at most 500)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "新晋国家级示范平台: 30万元 exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "省级优秀服务业企业: 15万元 exactly (the row is reported for its place)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "合计 187 is not an award" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "rows inside 吉林市 carry codes of their own districts and cities (2202xx); 长春's row is outside, reported as such" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "six firms, each once" },
      { rule: "register.unpaid", why: "a 2023 list before the year's deadline" },
    ],
  },
};
