/**
 * Header rows as offices published them, one entry a table, each from a page not cited by the
 * corpus (tests/corpus/layouts). The header rows (and a title or unit caption where the page
 * shows one) are as printed; the body rows are values of ours. Each entry names the fields its
 * key columns must be read as: recognition should generalise over the breadth of real wording,
 * not over the one layout a fix was made for.
 */
import { parseRangeA1, type Cell, type SheetGrid } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { TableKind } from "../../../src/core/tables/types";

interface Published {
  source: string;
  kind: TableKind;
  /** Lines above the header as published: a title, a unit caption. */
  above?: Cell[][];
  /** One or two header rows, as printed. */
  header: Cell[][];
  /** Merged header cells (A1 ranges counted from the first row of the grid, `above` included). */
  merges?: string[];
  /** Two body rows of ours. */
  body: [Cell[], Cell[]];
  /** 0-based column → the field it must be read as. */
  fields: Record<number, string>;
}

function grid(p: Published): SheetGrid {
  const values = [...(p.above ?? []), ...p.header, ...p.body];
  const merges = (p.merges ?? []).map((m) => parseRangeA1(m) as NonNullable<ReturnType<typeof parseRangeA1>>);
  return { name: "公示", top: 0, left: 0, values, merges };
}

const COMPOSITION: Published[] = [
  {
    source: "http://www.beita.gov.cn/beita/ghjh/202003/96305b519e474f4993e4f1c556c4905a.shtml",
    kind: "composition",
    above: [["北塔区2020年第一批中央财政扶贫专项资金安排表"], ["单位:万元"]],
    header: [["序号", "村名", "项目名称", "建设内容", "资金金额"]],
    body: [
      [1, "苗儿村", "水果基地", "续建", 20],
      [2, "田江村", "蔬菜基地", "新建", 30],
    ],
    fields: { 2: "item", 4: "amount" },
  },
  {
    source: "https://gxq.xinxiang.gov.cn/news/44_3031",
    kind: "composition",
    above: [["2018年上级下达及区本级各级各类扶贫资金分配表"]],
    header: [["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"]],
    body: [
      [1, "城乡义务教育经费保障机制", "关堤乡", "义务教育经费保障", 241.3, "社会事务局"],
      [2, "贫困户饮用水改造", "关堤乡", "饮水管网改造", 3, "社会事务局"],
    ],
    fields: { 1: "item", 4: "amount" },
  },
  {
    source: "http://www.liling.gov.cn/c1066/20200121/i1426684.html",
    kind: "composition",
    above: [["2019年醴陵市本级财政专项扶贫资金分配表"]],
    header: [["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"]],
    body: [
      [1, "农业特色产业发展项目", "全市24个镇", "发展农业特色产业", 600, "扶贫办"],
      [2, "贫困村危桥改造", "左权、沩山", "危桥改造", 250, "交通局"],
    ],
    fields: { 1: "item", 4: "amount" },
  },
  {
    source: "https://gxq.xinxiang.gov.cn/news/44_2948",
    kind: "composition",
    header: [["资金类别", "项目名称", "资金规模(万元)", "责任单位"]],
    body: [
      ["区本级扶贫专项资金", "农业保险", 10.8, "社会事务局"],
      ["区本级扶贫专项资金", "贫困户饮用水检测费", 5.5, "社会事务局"],
    ],
    fields: { 0: "category", 1: "item", 2: "amount" },
  },
  {
    source: "http://jiuaninvest.com/czb/201711/4746.html",
    kind: "composition",
    above: [["2017年科技馆免费开放补助资金分配表"], ["单位:万元"]],
    header: [["序 号", "地 区", "2017年补助金额", "2016年提前下达", "2017年实际下达"]],
    body: [
      [1, "天津市", 700, 550, 150],
      [2, "河北省", 1000, 800, 200],
    ],
    fields: { 1: "item", 2: "amount" },
  },
  {
    source: "https://www.ahjinzhai.gov.cn/public/6617581/34298793.html",
    kind: "composition",
    above: [["金寨县2021年实际种粮农民一次性补贴资金发放一览表"]],
    header: [["序号", "乡 镇", "粮食种植面积(亩)", "每亩补助资金(元)", "应打卡发放资金(元)", "备注"]],
    body: [
      [1, "梅山镇", 1000, 18.34, 18340, null],
      [2, "白塔畈镇", 2000, 18.34, 36680, null],
    ],
    fields: { 1: "item", 2: "quantity", 3: "unitAmount", 4: "amount" },
  },
  {
    source: "http://xxgk.zhoushan.gov.cn/art/2019/12/12/art_1229031487_59102320.html",
    kind: "composition",
    above: [["2019年第三批市级美丽乡村建设专项资金分配表"]],
    header: [["序号", "单位", "金额(万元)", "备注"]],
    body: [
      [1, "定海区", 40, null],
      [2, "普陀区", 40, null],
    ],
    fields: { 1: "item", 2: "amount" },
  },
  {
    source: "https://www.hzsc.gov.cn/art/2018/3/8/art_1229567318_3921765.html",
    kind: "composition",
    // Three groups of 单位 | 金额 side by side: the first group is the first table.
    above: [["2018年困难残疾人生活补贴和重度残疾人护理补贴补助资金分配表"], ["金额单位:万元"]],
    header: [["单位", "金额", "单位", "金额", "单位", "金额"]],
    body: [
      ["杭州市", 544, "海宁市", 32, "定海区", 132],
      ["温州市", 121, "平湖市", 69, "普陀区", 112],
    ],
    fields: { 0: "item", 1: "amount" },
  },
];

const REGISTER: Published[] = [
  {
    // The mirror shows the list in traditional characters; the county published it in simplified.
    source: "https://0477ly.com/newsdetail/news471513.html",
    kind: "register",
    above: [["彭泽县2023年11月企业失业保险一般稳岗返还公示"]],
    header: [
      [
        "序号", "企业名称", "月均缴费人数", "领取失业金人数", "失业率", "全年缴费(元)",
        "预计返还金额(大型30%,中小微60%)(元)", "实际返还(大型30%,中小微60%)(元)",
      ],
    ],
    body: [
      [1, "江西某物业管理有限公司", 5, 0, 0, 2010.96, 1206.58, 1206.58],
      [2, "九江某织造有限公司", 4, 0, 0, 1113.36, 668.02, 668.02],
    ],
    fields: { 1: "enterprise", 5: "base", 7: "approved" },
  },
  {
    source: "https://0477ly.com/newsdetail/news396330.html",
    kind: "register",
    header: [["序号", "合作社名称", "生产规模", "主营业务", "扶持金额(万元)", "备注"]],
    body: [
      [1, "惠东县某养殖专业合作社", "10亩", "龟鳖", 1, null],
      [2, "惠东县某蔬菜专业合作社", "706亩", "板栗番薯、蔬菜", 1.5, null],
    ],
    fields: { 1: "enterprise", 4: "approved" },
  },
  {
    source: "http://www.suichang.gov.cn/art/2022/5/17/art_1229425524_4925563.html",
    kind: "register",
    above: [["2022年遂昌县“专精特新”中小企业帮扶资金分配方案"]],
    header: [["序号", "企业名称", "企业类型", "申报类别", "项目总投资额(万元)", "项目评分", "企业类型系数", "分配系数", "分配金额"]],
    body: [
      [1, "浙江某新材料科技有限公司", "省级专精特新中小企业", "绿色化技术改造", 35000, 1, 5, 5, 9.6],
      [2, "某化学工程(遂昌)有限公司", "高新技术企业", "创新能力提升", 600, 0.6, 1.3, 0.78, 1.5],
    ],
    fields: { 1: "enterprise", 2: "category", 8: "approved" },
  },
  {
    source: "https://www.chacewang.com/newsdetail/news534783.html",
    kind: "register",
    above: [["表1:“专精特新”等中小企业贷款贴息"]],
    header: [["序号", "县(市、区)", "项目单位", "入库金额", "拟下达金额"]],
    body: [
      [1, "罗定市", "广东某脂胶科技股份有限公司", 100, 36.2],
      [2, "新兴县", "广东某生物科技有限公司", 80, 28.96],
    ],
    fields: { 1: "registeredIn", 2: "enterprise", 4: "approved" },
  },
];

const EXECUTION: Published[] = [
  {
    source: "https://m.pouringspot.com/tyj/sctyj/msgc/2021/5/12/ba7ffb616daf44f193e60a6e52bb6300.shtml",
    kind: "execution",
    header: [
      ["地区", "项目推进情况(个)", null, null, "资金拨付情况(万元、%)", null, null, null, null, null],
      [null, "目标任务", "完成情况", "完成比例", "年初预 算安排数", "资金预算 下达数", "资金预算 下达比例", "资金 拨付数", "资金拨 付比例", "未达到序时 进度说明"],
    ],
    merges: ["A1:A2", "B1:D1", "E1:J1"],
    body: [
      ["成 都", 5, 5, "100.00%", 780, 912.7, "117.01%", 33.75, "4.33%", null],
      ["自 贡", 3, 3, "100.00%", 330, 330, "100.00%", 143.95, "43.62%", null],
    ],
    fields: { 0: "category", 4: "initialBudget", 5: "budget", 7: "actual", 8: "rate" },
  },
  {
    source: "http://yyx.gov.cn/37584/38146/38306/content_1180192.html",
    kind: "execution",
    above: [["台创园2017年度部门“三公”经费预算情况表"], ["单位:元"]],
    header: [["项目", "2016-执行数", "2017-预算数"]],
    body: [
      ["公务接待费", 140000, 150000],
      ["公务用车运行维护费", 90000, 100000],
    ],
    fields: { 0: "category", 1: "actual", 2: "budget" },
  },
  {
    source: "https://bafybeiheqonyv2pafiyvecvpdbm2d7unfinsdtut3lwrytltkni7xxfbza.ipfs.dweb.link/20070305/OXL657OBVNQJDV6MPZ22VMDZSE/index.html",
    kind: "execution",
    header: [["年份", "预算(元)", "实际开支(元)", "增幅"]],
    body: [
      [2005, 2447, 2474, "13.9%"],
      [2006, 2838, 2979, "20.4%"],
    ],
    fields: { 0: "year", 1: "budget", 2: "actual" },
  },
];

const TARGETS: Published[] = [
  {
    source: "http://monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html",
    kind: "targets",
    above: [["岳阳楼区价格认证鉴定中心2023年度整体绩效目标表"]],
    header: [["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "备注"]],
    body: [
      ["产出指标", "数量指标", "业务工作支出安排金额", "定量", 28.8, "万元", "考察业务工作支出安排情况", "未达指标值酌情扣分", null],
      [null, "质量指标", "业务工作支出到位率", "定量", 100, "%", "考察业务工作支出到位情况", "未达指标值酌情扣分", null],
    ],
    fields: { 2: "name", 4: "target" },
  },
];

const ALL: [string, Published[]][] = [
  ["composition", COMPOSITION],
  ["register", REGISTER],
  ["execution", EXECUTION],
  ["targets", TARGETS],
];

describe.each(ALL)("published %s headers", (_kind, entries) => {
  it.each(entries.map((p) => [p.source, p] as const))("%s", (_source, p) => {
    const [t] = recognise([grid(p)]).tables;
    expect(t?.kind).toBe(p.kind);
    const read = Object.fromEntries(Object.keys(p.fields).map((c) => [c, t?.columns.find((x) => x.col === Number(c))?.field ?? null]));
    expect(read).toEqual(p.fields);
  });
});
