import type { CorpusLayout } from "../types";

// 广州市海珠区农业农村局 (2022): 海珠区4家企业入选广东省重点农业龙头企业名单 — the district counts 14 省、市级农业龙头企业 and says it helped them
// claim 奖励补贴资金 of 201.24万元 in 2021—2022. Laid out as the district's award list such claims produce: 序号 | 企业名称 | 统一社会信用代码
// | 所在街道 | 龙头企业级别 | 奖补金额（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "haizhu-2022-agri-leading-enterprise-award-list",
  source: {
    title: "海珠区4家企业入选广东省重点农业龙头企业名单（海珠区2022年农业龙头企业奖补拟奖励企业名单，表据正文拟）",
    url: "http://qhpw.cn/zwgk/zdlyxxgk/fpgz/fpgzdt/content/post_8971441.html",
    publisher: "广州市海珠区农业农村局",
    date: "2022",
    changes:
      "The page is a news item in prose (4 firms named to the 2022 provincial list; 14 省、市级龙头企业; 奖励补贴资金合计201.24万元 over 2021—2022). " +
      "The list (title, 序号 | 企业名称 | 统一社会信用代码 | 所在街道 | 龙头企业级别 | 奖补金额（万元）, 合计) is ours from that prose (表据正文拟), " +
      "limited to 2022; the firms, codes and amounts are invented (the page's four real firms are not used), the streets are 海珠区's own. " +
      "Planted: 广州南洲绿源生鲜连锁有限公司 listed twice (rows 2 and 6); 广州赤岗粮油贸易有限公司's code with a wrong check character. " +
      "No catalog: the list's amounts are reported once as unchecked.",
  },
  classes: ["register", "table-from-prose", "credit-codes", "street-column", "level-as-category", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "district-list", "no-catalog", "guangdong"],
  settings: { district: "海珠区" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 32, 22, 12, 12, 16],
      rows: [
        ["海珠区2022年农业龙头企业奖补拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "龙头企业级别", "奖补金额（万元）"],
        [1, "广州珠江鲜达农产品配送有限公司", "91440105MA59C3K2NA", "琶洲街道", "省级", 50],
        [2, "广州南洲绿源生鲜连锁有限公司", "91440105MA5AL7P0RM", "南洲街道", "省级", 50],
        [3, "广州琶洲海丰渔业发展有限公司", "91440105MA9UQ4D6XD", "琶洲街道", "市级", 20],
        [4, "广州江南果菜配餐服务有限公司", "91440105MA5CT2W8H1", "江南中街道", "市级", 20],
        [5, "广州赤岗粮油贸易有限公司", "91440105MA9W1E5G3K", "赤岗街道", "市级", 20],
        [6, "广州南洲绿源生鲜连锁有限公司", "91440105MA5AL7P0RM", "南洲街道", "省级", 50],
        [7, "广州新港农业科技有限公司", "91440105MA5D8R0J7T", "新港街道", "市级", 15],
        ["合计", null, null, null, null, 225],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "approved" },
        year: 2022,
        item: "农业龙头企业奖补",
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "F3", why: "no catalog: the title's 农业龙头企业奖补 is in none, so the list's amounts are reported once as unchecked, at the first row's award" },
      { rule: "register.duplicate", cell: "F8", why: "广州南洲绿源生鲜连锁有限公司 (91440105MA5AL7P0RM) is listed again under the same award in 2022; first at row 4" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91440105MA9W1E5G3K: the check character for the first 17 is J, not K" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "琶洲, 南洲, 江南中, 赤岗, 新港 are streets of 海珠区" },
      { rule: "register.location-code-mismatch", why: "every code's 440105 is 海珠区" },
      { rule: "register.unpaid", why: "a 拟奖励 list records no payments" },
      { rule: "register.duplicate", cell: "F5", why: "琶洲街道 twice is two firms in one street, no duplicate" },
    ],
  },
};
