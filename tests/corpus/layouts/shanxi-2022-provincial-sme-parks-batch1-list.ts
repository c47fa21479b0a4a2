import type { CorpusLayout } from "../types";

// 晋中日报 via 中国贸易金融网 2022-12-04: 省小企业发展促进局、省商务厅 published the first 16 “山西省级中小企业园” of 2022; the province's finance
// rewards them afterwards. The stored copy gives the news, not the names. Laid out as the 授牌名单 annex: 园区名称 | 所在市 | 运营主体 | 统一社会信用代码,
// no money (the reward comes later); seven parks, all ours.
export const layout: CorpusLayout = {
  id: "shanxi-2022-provincial-sme-parks-batch1-list",
  source: {
    title: "首批16家“山西省级中小企业园”名单公布（授牌名单据报道拟）",
    url: "https://m.sinotf.com/News/index/id/366121.html",
    publisher: "中国贸易金融网（来源：晋中日报）",
    date: "2022-12-04",
    changes:
      "As published: the news of the 2022 first batch of 16 省级中小企业园 and what the provincial reward supports; the list itself is not in the stored copy. " +
      "Seven parks of ours with their operators and codes (table built from the report). Planted: one operator's check character wrong; one park placed in 邯郸市 (河北), outside 山西.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "parks-with-operators", "project-column", "annex-title-row", "notes-under-table", "table-from-prose", "news-report", "province-wide-list", "shanxi"],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 32, 10, 30, 22],
      rows: [
        ["附件", null, null, null, null],
        ["2022年度首批山西省级中小企业园名单", null, null, null, null],
        ["序号", "园区名称", "所在市", "运营主体", "统一社会信用代码"],
        [1, "太原中北科创中小企业园", "太原市", "山西中北园区运营管理有限公司", "91140100MA0HY2KC6G"],
        [2, "晋中榆次智造中小企业园", "晋中市", "晋中智造园区发展有限公司", "91140700MA0LB8QE1E"],
        [3, "运城盐湖新材料中小企业园", "运城市", "运城盐湖产业园运营有限公司", "91140800MA0K5UPM4P"],
        [4, "临汾尧都食品产业中小企业园", "临汾市", "临汾尧都园区服务有限公司", "91141000MA0JH4NW7Q"],
        [5, "阳泉开发区数字经济中小企业园", "阳泉市", "阳泉数谷园区管理有限公司", "91140300MA0M1TGR5B"],
        [6, "长治上党装备制造中小企业园", "长治市", "长治上党园区投资有限公司", "91140400MA0LQ9XD29"],
        [7, "峰峰冀南精密铸造中小企业园", "邯郸市", "邯郸冀南园区建设有限公司", "91130400MA0D7FK38A"],
        ["注：排名不分先后。", null, null, null, null],
      ],
      merges: ["A2:E2", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 10, columns: { B: "project", C: "place", D: "enterprise", E: "creditCode" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "E6", why: "91140800MA0K5UPM4P: the check character for 91140800MA0K5UPM4 is N, not P" },
      { rule: "register.ineligible-location", cell: "C10", why: "邯郸市 is a city of 河北省, outside the province's own list (山西省)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column leaves no amount unchecked" },
      { rule: "register.ineligible-location", cell: "C4", why: "太原市 is in 山西 (so are 晋中, 运城, 临汾, 阳泉, 长治)" },
      { rule: "register.location-code-mismatch", cell: "E4", why: "1401 is 太原市's authority, as placed" },
      { rule: "register.duplicate", why: "every park and operator appears once" },
      { rule: "register.invalid-credit-code", cell: "E9", why: "91140400MA0LQ9XD29: a digit check character, valid" },
    ],
  },
};
