import type { CorpusLayout } from "../types";

// 南昌市中小企业服务局 2022-09: 转发《江西省工信厅办公室关于做好江西省专业化小巨人企业申报工作通知》 — counties, 开发区 and 湾里管理局
// send the city their 推荐企业情况汇总表 with the files. Laid out as that 汇总表: 序号 | 县（区）、开发区 | 企业名称 | 统一社会信用代码 |
// 主导产品 | 所属行业 | 推荐意见 — a recognition list with no amount.
export const layout: CorpusLayout = {
  id: "nanchang-2022-little-giant-recommended-firms",
  source: {
    title: "关于转发《江西省工信厅办公室关于做好江西省专业化小巨人企业申报工作通知》的通知（附：推荐企业情况汇总表据通知拟）",
    url: "http://zxqyfwj.nc.gov.cn/ncszxqyfwj/gkgsgg/202209/ae27704d08cd4b4aa8c563c6cdf1a2c7.shtml",
    publisher: "南昌市中小企业服务局",
    date: "2022-09",
    changes:
      "As published: the call (赣工信办企业函〔2022〕54号, 赣工信规字〔2020〕3号), who recommends (各县（区）、开发区、湾里管理局), the 9月23日 / 9月26日 " +
      "deadlines and that a 推荐企业情况汇总表 goes with the files. The form itself is not in the stored copy: its columns, the firms and codes are ours " +
      "(表据通知拟). Planted: one firm recommended twice (by 南昌县 and again by 南昌经济技术开发区, rows 5 and 11); one code's check character wrong.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "counties-and-zones-as-places", "industry-column", "opinion-column", "duplicate-across-recommenders", "notes-under-table", "table-from-prose", "city-list", "jiangxi"],
  settings: { district: "南昌市" },
  sheets: [
    {
      name: "推荐汇总表",
      widths: [6, 20, 32, 22, 22, 16, 12],
      rows: [
        ["2022年江西省专业化小巨人企业推荐企业情况汇总表", null, null, null, null, null, null],
        ["推荐单位（盖章）：", null, null, null, null, "填报日期：2022年9月", null],
        ["序号", "县（区）、开发区", "企业名称", "统一社会信用代码", "主导产品", "所属行业", "推荐意见"],
        [1, "南昌县", "南昌恒锐精密部件有限公司", "91360121MA37B2Y5KQ", "汽车精密冲压件", "汽车制造业", "同意推荐"],
        [2, "南昌县", "江西澄源食品科技有限公司", "91360121MA38K7Q2X7", "米粉及方便食品", "农副食品加工业", "同意推荐"],
        [3, "进贤县", "进贤县华锦医疗器械有限公司", "91360124MA35R2W8PG", "一次性医用耗材", "专用设备制造业", "同意推荐"],
        [4, "青山湖区", "南昌纺瑞针织服饰有限公司", "91360111MA39D4L6HE", "针织运动服饰", "纺织服装、服饰业", "同意推荐"],
        [5, "新建区", "南昌新联光电科技有限公司", "91360112MA38F5N1EX", "LED封装器件", "计算机、通信和其他电子设备制造业", "同意推荐"],
        [6, "红谷滩区", "江西数衡软件技术有限公司", "91360113MA35T9C3U8", "工业软件", "软件和信息技术服务业", "同意推荐"],
        [7, "西湖区", "南昌禾丰包装材料有限公司", "91360103MA36H8P0RK", "环保纸塑包装", "造纸和纸制品业", "同意推荐"],
        [8, "南昌经济技术开发区", "江西澄源食品科技有限公司", "91360121MA38K7Q2X7", "米粉及方便食品", "农副食品加工业", "同意推荐"],
        [9, "南昌经济技术开发区", "南昌瑞驰新材料有限公司", "91360100MA38W6R4DE", "锂电池隔膜", "橡胶和塑料制品业", "同意推荐"],
        ["注：1.按《江西省专业化小巨人企业认定办法》（赣工信规字〔2020〕3号）条件推荐；2.2019年获认定的企业可重新申报，其他已获认定且在有效期内的不用申报。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:E2", "F2:G2", "A13:G13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "推荐汇总表", kind: "register", headerRow: 3, lastRow: 12, columns: { B: "place", C: "enterprise", D: "creditCode", F: "category" }, year: 2022 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D6", why: "91360124MA35R2W8PG: the GB 32100 check character of 91360124MA35R2W8P is F, not G" },
      { rule: "register.duplicate", cell: "C11", why: "江西澄源食品科技有限公司 (91360121MA38K7Q2X7) again, after row 5" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", why: "南昌县, 进贤县, 青山湖区, 新建区, 红谷滩区, 西湖区 and 南昌经济技术开发区 are all in 南昌市" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91360113MA35T9C3U8 is valid (红谷滩区 360113)" },
      { rule: "register.duplicate", cell: "F5", why: "the same 所属行业 or 推荐意见 on many rows is no duplicate" },
    ],
  },
};
