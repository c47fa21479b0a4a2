import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅 冀工信民经函〔2021〕524号 (2021-07-14): 征集2021年县域特色产业集群振兴发展项目 — each 市 (含定州、辛集市) and
// 雄安新区 reports its recommended projects, 表格为excel格式. The stored copy gives the notice, not the returned sheets: laid out as a
// 市's 推荐项目汇总表 is — 市 | 县（市、区） | 集群 | 申报企业 | 统一社会信用代码 | 项目名称 | 总投资 | 申请省级资金, a 合计 and a note.
export const layout: CorpusLayout = {
  id: "hebei-2021-county-cluster-revival-project-recommendations",
  source: {
    title: "关于征集2021年县域特色产业集群振兴发展项目的通知（冀工信民经函〔2021〕524号）— 推荐项目汇总表（表据正文拟）",
    url: "http://shijiazhuang.kjzxfw.com/zhengcexinxi/xiangmurili/detail/_NzTMkz_M.html?iframe=true&urt=_IzwNMxTAU05dNlzlMm4d",
    publisher: "河北省工业和信息化厅",
    date: "2021-07-14",
    changes:
      "As published: the notice (严把项目关, 不重复申报, 8月5日前报送, 表格为excel格式). The 汇总表 is ours, built from the notice: seven " +
      "projects of seven clusters (辛集皮革, 白沟箱包, 玉田印刷机械, 安平丝网, 永年标准件, 定州体育器材, 香河家具), the firms, codes and " +
      "amounts ours. Planted: 邯郸永固紧固件's code 91130408CQXTT06XUD with a wrong check character (C is right); the 香河 project's firm " +
      "placed in 天津市武清区, outside 河北.",
  },
  classes: [
    "register", "prose-built-table", "credit-codes", "counties-as-places", "province-administered-cities", "outside-province",
    "project-column", "requested-amount", "investment-beside-request", "total-row", "notes-under-table", "wanyuan-caption", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "推荐项目",
      widths: [6, 10, 14, 20, 30, 22, 28, 12, 14],
      rows: [
        ["2021年河北省县域特色产业集群振兴发展推荐项目汇总表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "市", "县（市、区）", "产业集群名称", "申报企业", "统一社会信用代码", "项目名称", "项目总投资", "申请省级资金"],
        [1, "辛集市", "辛集市", "辛集皮革产业集群", "辛集市鹿城皮革制品有限公司", "911301815DNDL9FT62", "皮革智能裁切生产线改造", 2860, 300],
        [2, "保定市", "高碑店市", "白沟箱包产业集群", "高碑店白沟锦程箱包有限公司", "91130684YX470KE5NQ", "箱包柔性制造车间建设", 1950, 200],
        [3, "唐山市", "玉田县", "玉田印刷包装机械产业集群", "玉田县精工印机有限公司", "91130229XQY9WT20JM", "数码印刷机研发中心", 3400, 300],
        [4, "衡水市", "安平县", "安平丝网产业集群", "安平县恒通丝网制品有限公司", "91131125NCTJ56565M", "不锈钢丝网智能编织线", 2150, 250],
        [5, "邯郸市", "永年区", "永年标准件产业集群", "邯郸永固紧固件有限公司", "91130408CQXTT06XUD", "高强度紧固件热处理线", 1680, 150],
        [6, "定州市", "定州市", "定州体育器材产业集群", "定州市奥健体育器材有限公司", "91130682PX6M6DKH1P", "健身器材数字化工厂", 2420, 250],
        [7, "廊坊市", "天津市武清区", "香河家具产业集群", "津冀同创家居制造有限公司", "91120114LFN8Y9622K", "实木家具涂装废气治理", 1760, 180],
        ["合计", null, null, null, null, null, null, 16220, 1630],
        ["注：申请省级资金不超过项目总投资的30%；已获2021年度其他省级专项资金支持的项目不得申报。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A11:G11", "A12:I12"],
      numberFormats: { "H4:I11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推荐项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { C: "place", D: "category", E: "enterprise", F: "creditCode", G: "project", I: "requested" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "F8", why: "91130408CQXTT06XUD: the GB 32100 check character of 91130408CQXTT06XU is C, not D" },
      { rule: "register.ineligible-location", cell: "C10", why: "天津市武清区 is outside 河北省" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "C4", why: "辛集市 is in 河北省 (省直管县级市)" },
      { rule: "register.ineligible-location", cell: "C9", why: "定州市 is in 河北省 (省直管县级市)" },
      { rule: "register.ineligible-location", cell: "C5", why: "高碑店市 is a county-level city of 保定市, 河北" },
      { rule: "register.invalid-credit-code", cell: "F9", why: "91130682PX6M6DKH1P is valid (check character P)" },
      { rule: "register.duplicate", why: "seven firms, seven codes, none twice" },
      { rule: "cap.unknown-policy", cell: "D4", why: "产业集群名称 is a category of the list, not a policy item" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table is no data" },
    ],
  },
};
