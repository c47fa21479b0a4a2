import type { CorpusLayout } from "../types";

// 石家庄市科技局 (科技时报 2016-01-14): 河北省高新技术企业认定管理工作小组办公室 published the 2015 list of newly recognised and re-examined
// 高新技术企业; 鹿泉区 has 16 firms on it, 8 newly recognised and 8 passing re-examination. Laid out as the district's own list: two
// groups under label rows (一、新认定… / 二、复审通过…), each numbered from 1, 序号 | 企业名称 | 统一社会信用代码 | 所在乡镇 — no money.
export const layout: CorpusLayout = {
  id: "luquan-2015-high-tech-enterprises-list",
  source: {
    title: "石家庄市鹿泉区8家企业被评为高新技术企业（名单表据正文拟）",
    url: "http://kejishibao.com/kejikuaixun/2016-01-14/916.html",
    publisher: "石家庄市科技局（科技时报转载）",
    date: "2016-01-14",
    changes:
      "The page is prose (16 firms of 鹿泉区 on the 2015 list, 8 new, 8 re-examined; 48 high-tech firms in the district). The list, its two groups " +
      "and headings are ours, the firms and codes invented. Planted: 河北李村光电技术有限公司's code ends E where GB 32100 gives U; 石家庄白鹿泉" +
      "信息技术有限公司 sits in 白鹿泉乡 of 鹿泉区 but its code's area is 130104 (桥西区).",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "invalid-credit-code", "location-code-mismatch", "group-label-rows", "numbering-restarts-per-group", "towns-as-places", "table-from-prose", "news-report", "district-list", "hebei"],
  settings: { district: "石家庄市鹿泉区" },
  sheets: [
    {
      name: "名单",
      widths: [6, 32, 22, 12],
      rows: [
        ["鹿泉区2015年新认定及复审通过高新技术企业名单（表据正文拟）", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇"],
        ["一、新认定高新技术企业（8家）", null, null, null],
        [1, "石家庄鹿泉精工机械有限公司", "91130110MA0D3K7Q27", "获鹿镇"],
        [2, "河北铜冶新材料科技有限公司", "91130110MA07RT5L8P", "铜冶镇"],
        [3, "石家庄寺家庄电子科技有限公司", "91130110MA0E2H4W63", "寺家庄镇"],
        [4, "河北上庄生物制药有限公司", "91130110MA0CX8N31T", "上庄镇"],
        [5, "石家庄宜安环保设备有限公司", "91130110MA0F6P9J75", "宜安镇"],
        [6, "河北李村光电技术有限公司", "91130110MA0DL2T5XE", "李村镇"],
        [7, "石家庄黄壁庄新能源有限公司", "91130110MA0G4W1K3K", "黄壁庄镇"],
        [8, "河北大河智能装备有限公司", "91130110MA0B9C6Y08", "大河镇"],
        ["二、复审通过高新技术企业（8家）", null, null, null],
        [1, "石家庄山尹村化工科技有限公司", "91130110MA0A5R3H7U", "山尹村镇"],
        [2, "河北石井医疗器械有限公司", "91130110MA0C8T2N4M", "石井乡"],
        [3, "石家庄白鹿泉信息技术有限公司", "91130104MA0E7J3K59", "白鹿泉乡"],
        [4, "河北上寨精密铸造有限公司", "91130110MA0D1W9L6C", "上寨乡"],
        [5, "石家庄获鹿电力设备有限公司", "91130110MA0F3Y8P2G", "获鹿镇"],
        [6, "河北铜冶钢构工程有限公司", "91130110MA0B7Q4M9N", "铜冶镇"],
        [7, "石家庄宜安食品科技有限公司", "91130110MA0G2X6R1P", "宜安镇"],
        [8, "河北寺家庄汽车零部件有限公司", "91130110MA0E9K5T32", "寺家庄镇"],
      ],
      merges: ["A1:D1", "A3:D3", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 2, lastRow: 20, columns: { B: "enterprise", C: "creditCode", D: "place" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C9", why: "91130110MA0DL2T5XE: the check character for 91130110MA0DL2T5X is U, not E" },
      { rule: "register.location-code-mismatch", cell: "C15", why: "白鹿泉乡 is in 鹿泉区 but characters 3–8 of 91130104MA0E7J3K59 are 130104 (石家庄市桥西区)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "register.ineligible-location", why: "获鹿, 铜冶, 寺家庄, 上庄, 宜安, 李村, 黄壁庄, 大河, 山尹村 (镇) and 石井, 白鹿泉, 上寨 (乡) are all of 鹿泉区" },
      { rule: "register.duplicate", why: "sixteen different firms (the same town twice is no duplicate; the numbers 1–8 restart in each group)" },
      { rule: "register.invalid-credit-code", cell: "B3", why: "the group label rows are no firms" },
      { rule: "register.location-code-mismatch", cell: "C4", why: "130110 is 鹿泉区's own code" },
    ],
  },
};
