import type { CorpusLayout } from "../types";

// 郑州市工信局 2021-12-01: the 2020 awards under 郑州市支持汽车产业发展若干政策 (郑政〔2019〕19号) — 21 firms, 42 projects, listed
// for objections after 区县（市）推荐、专家评审、第三方审计. One row per project: a firm with two projects under two kinds of award
// appears twice, each row naming its 奖补类别.
export const layout: CorpusLayout = {
  id: "zhengzhou-2020-auto-industry-award-projects",
  source: {
    title: "关于2020年度汽车产业奖补专项资金拟支持企业和项目名单的公示（附件：2020年度汽车产业奖补专项资金拟支持企业和项目名单）",
    url: "http://henan.kjzch.com/zhengzhou/2021-12-01/806018.html",
    publisher: "郑州市工业和信息化局（page as stored by a mirror）",
    date: "2021-12-01",
    changes:
      "As published: the notice (郑政〔2019〕19号; 郑工信装备〔2021〕9号; 21家企业42个项目; 公示时间2021年12月1日至12月7日) and the annex's " +
      "title. The stored copy shows the notice, not the annex: the columns (序号 | 企业名称 | 统一社会信用代码 | 项目名称 | 奖补类别 | " +
      "所在区县（市） | 拟支持金额（万元）), the invented firms, codes (郑州 4101xx), projects and amounts are ours, and so are the three kinds of " +
      "award and their maxima in the catalog (chosen for the corpus: the policy's text was not on the page). Planted: 中牟郑汽新能源's " +
      "本地配套 award 260 above its 200万元 maximum; a firm of 长葛市 (许昌) in 郑州's list.",
  },
  classes: ["register", "item-column", "project-name-column", "max-cap", "one-firm-two-items", "credit-codes", "counties-as-places", "zones-as-places", "wanyuan-in-header", "total-at-foot", "signoff-line", "henan"],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "拟支持名单",
      widths: [6, 30, 22, 28, 24, 22, 16],
      rows: [
        ["2020年度汽车产业奖补专项资金拟支持企业和项目名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "奖补类别", "所在区县（市）", "拟支持金额（万元）"],
        [1, "郑州金水智行客车有限公司", "91410105MA1BMD7J4W", "纯电动城市客车平台研发", "新能源汽车研发投入补助", "金水区", 480],
        [2, "郑州金水智行客车有限公司", "91410105MA1BMD7J4W", "客车焊装线智能化改造", "汽车企业技术改造补助", "金水区", 650],
        [3, "新郑华原汽车零部件有限公司", "91410184MA975FMQ0D", "制动系统本地配套", "汽车零部件本地配套奖励", "新郑市", 160],
        [4, "中牟郑汽新能源汽车有限公司", "91410122MAE3UGJ114", "插电混动SUV研发", "新能源汽车研发投入补助", "中牟县", 500],
        [5, "中牟郑汽新能源汽车有限公司", "91410122MAE3UGJ114", "动力电池包本地配套", "汽车零部件本地配套奖励", "中牟县", 260],
        [6, "荥阳通达车桥有限公司", "91410182MAHAMNMD6F", "车桥机加工线改造", "汽车企业技术改造补助", "荥阳市", 320],
        [7, "郑州日晟汽车电子有限公司", "91410100MAUJR5Y22Q", "车身控制器本地配套", "汽车零部件本地配套奖励", "郑州经济技术开发区", 85],
        [8, "长葛豫中汽车配件有限公司", "91411082MA2GU064XH", "铝合金轮毂配套", "汽车零部件本地配套奖励", "长葛市", 120],
        [9, "郑州港区氢能汽车有限公司", "91410100MAPW6FLT6B", "氢燃料电池客车研发", "新能源汽车研发投入补助", "郑州航空港经济综合实验区", 350],
        [10, "郑州金水车联网科技有限公司", "91410105MAM17EPP86", "智能网联车载终端研发", "新能源汽车研发投入补助", "金水区", 180],
        [11, "新郑龙湖汽车内饰有限公司", "91410184MAYEDMQAX7", "内饰件涂装线改造", "汽车企业技术改造补助", "新郑市", 240],
        [12, "荥阳广武汽车座椅有限公司", "91410182MA758FYX5X", "座椅总成本地配套", "汽车零部件本地配套奖励", "荥阳市", 95],
        ["合计", null, null, null, null, null, 3440],
        [null, null, null, null, "郑州市工业和信息化局", null, "2021年12月1日"],
      ],
      merges: ["A1:G1", "A15:F15", "E16:F16"],
      numberFormats: { "G3:G15": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "新能源汽车研发投入补助", capType: "max", capAmount: 500, unit: "万元", year: 2020, document: "郑政〔2019〕19号" },
      { name: "汽车企业技术改造补助", capType: "max", capAmount: 1000, unit: "万元", year: 2020, document: "郑政〔2019〕19号" },
      { name: "汽车零部件本地配套奖励", capType: "max", capAmount: 200, unit: "万元", year: 2020, document: "郑政〔2019〕19号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "place", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "汽车零部件本地配套奖励 is at most 200万元; 中牟郑汽新能源 is given 260.00, 60.00万元 over" },
      { rule: "register.ineligible-location", cell: "F10", why: "长葛市 is a county-level city of 许昌市, not of 郑州市" },
    ],
    absent: [
      { rule: "register.duplicate", why: "金水智行客车 and 郑汽新能源 each appear twice, but under two different 奖补类别: one firm, two items" },
      { rule: "cap.exceeded", cell: "G6", why: "500.00 is exactly the 新能源汽车研发投入补助 maximum" },
      { rule: "cap.exceeded", cell: "G15", why: "合计 3,440 = the twelve amounts; a total, not an award" },
      { rule: "register.ineligible-location", cell: "F9", why: "郑州经济技术开发区 lies in 郑州市" },
      { rule: "register.ineligible-location", cell: "F11", why: "郑州航空港经济综合实验区 lies in 郑州市" },
      { rule: "register.location-code-mismatch", why: "each 郑州 firm's code carries its own county or the city (410100 for the zones); the 长葛 firm's 411082 agrees with its place" },
      { rule: "cap.unknown-policy", why: "the three 奖补类别 are the catalog's items; 项目名称 names each firm's own project, not a policy item" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "the sign-off row under the table is text" },
    ],
  },
};
