import type { CorpusLayout } from "../types";

// 安徽 蚌埠市惠企产业扶持政策清单 (现代农业 part), reposted by a consultancy: the policy as outline-numbered prose —
// 一、 a direction, a （一） sub-heading alone on its row, 1./2. clauses whose standards are tiered by level
// (国家、省、市 分别给予100万元、50万元、20万元) or a maximum the province may give (最高可达300万元). Nothing to report.
export const layout: CorpusLayout = {
  id: "bengbu-2022-modern-agriculture-support-policies",
  source: {
    title: "蚌埠市惠企产业扶持政策清单！蚌埠现代农业、制造业、现代服务业及建筑业、招商奖补（蚌埠市现代农业扶持政策）",
    url: "http://wotaochina.com/display/63802.html",
    publisher: "卧涛科技 (repost of 蚌埠市 policy list)",
    date: "2022-11-15",
    changes:
      "Kept as published: the heading 蚌埠市现代农业扶持政策, the direction 一、鼓励农业产业集聚发展, the sub-heading （一）示范区创建," +
      " and the wording of clauses （一）1. and 2. Laid out as a catalog sheet (序号 | 支持事项 | 支持标准 | 责任单位); the " +
      "support item names and the 责任单位 column are ours. The stored copy breaks off in （二）休闲旅游区创建 1. (五星级农家乐, 给予一…), so " +
      "（二） and its clause are left out. Nothing planted: the layout is clean.",
  },
  classes: ["catalog", "clean", "prose-caps", "tiered-by-level", "max-cap", "outline-numbering", "subheading-rows", "consultancy-repost", "city-policy", "anhui"],
  sheets: [
    {
      name: "现代农业",
      widths: [8, 30, 80, 16],
      rows: [
        ["蚌埠市现代农业扶持政策", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        ["一、鼓励农业产业集聚发展", null, null, null],
        ["（一）示范区创建", null, null, null],
        ["1", "农业示范区创建认定奖补", "实施农产品加工“五个一批”工程，支持开展农业现代化示范区、现代农业产业园、产业集群、产业强镇，省、市加工强县（强园）、农业对外开放合作试验区、“一县一业”全产业链、长三角基地示范创建，对获得国家、省、市认定的，分别给予100万元、50万元、20万元一次性奖补。重点用于新型主体提高生产能力、品牌、数字农业等建设。", "市农业农村局"],
        ["2", "农业高新区及科技园区奖励", "对获认定的国家农业高新技术产业开发区、农业科技（示范）园区、现代农业产业科技创新中心，推荐申请省级政策并给予地方配套支持，依据绩效情况，省给予最高可达300万元奖励。", "市科技局"],
        ["注：同一项目符合多项政策的，按就高原则执行，不重复享受。", null, null, null],
      ],
      merges: ["A1:D1", "A3:D3", "A4:D4", "A7:D7"],
    },
  ],
  settings: { district: "蚌埠市" },
  expect: {
    tables: [{ sheet: "现代农业", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } }],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C5", why: "分别给予100万元、50万元、20万元一次性奖补 states its amounts by level" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "最高可达300万元奖励 is a maximum" },
      { rule: "input.unreadable-value", why: "the direction and sub-heading rows and the note are text, not amounts" },
    ],
  },
};
