import type { CorpusLayout } from "../types";

// 神农架林区 2022: the year's linkage-fund projects as completed — 序号 | 项目名称 | 乡镇名 | 项目地点 | 建设内容 | 项目完成时间 (typed
// m/d/yyyy) | 资金使用情况（万元） | 绩效目标完成情况 | 利益联结机制实现情况 | 备注, projects under category rows (一、产业项目), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shennongjia-2022-linkage-projects-completion",
  source: {
    title: "2022年度神农架林区衔接资金项目完成情况公告（汇总）",
    url: "https://m.bidcenter.com.cn/news-1-289998221.html?backurl=%2Fnews-1-289998221.html",
    publisher: "神农架林区 (notice stored on bidcenter.com.cn)",
    date: "2023",
    changes:
      "As published: the title, the ten headings in their order and wording, the category row 一、产业项目, the first four projects' names, towns, " +
      "places, works and completion dates typed m/d/yyyy (2/9/2022 …), their goal and benefit-link texts (shortened). The stored copy masks the money " +
      "(*元) and stops after the fourth project: the amounts, the category row 二、基础设施项目 and the four projects after it, and the 合计 row are " +
      "ours. Planted: 合计 typed 645.1 where the eight projects add up to 654.1.",
  },
  classes: [
    "execution", "allocation-by-project", "completion-notice", "category-rows", "dates-as-text", "month-day-year-dates", "town-and-place-columns",
    "long-text-columns", "benefit-link-column", "wanyuan-in-header", "one-decimal-wanyuan", "total-at-foot", "linkage-fund", "forest-district", "hubei",
  ],
  settings: { district: "神农架林区" },
  sheets: [
    {
      name: "完成情况",
      widths: [6, 36, 10, 16, 36, 12, 14, 30, 26, 8],
      rows: [
        ["2022年度神农架林区衔接资金项目完成情况公告（汇总）", null, null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "乡镇名", "项目地点", "建设内容", "项目完成时间", "资金使用情况（万元）", "绩效目标完成情况", "利益联结\n机制实现\n情况", "备注"],
        ["一、产业项目", null, null, null, null, null, null, null, null, null],
        [
          1, "神农架林区木鱼镇乡村振兴基础设施建设项目（三堆河基础设施建设项目）", "木鱼镇", "木鱼镇三堆河村",
          "土建、景观、绿化、管网、花坛、步游道、休闲亭、六角凉亭、花架座椅等", "2/9/2022", 180,
          "对木鱼镇三堆河村基础设施建设及环境综合治理，提高木鱼镇旅游吸引力。", "帮助群众发展旅游产业，增加群众收入。", null,
        ],
        [
          2, "红花坪村美丽乡村建设（木鱼镇珍珠河小区及边坡治理工程）", "木鱼镇", "木鱼镇红花坪村",
          "新建路面820㎡，挡土墙1710m3，青石栏杆90m，挡墙塑石美化530㎡", "7/1/2022", 126.5,
          "丰富红花坪村旅游内容，改善生态环境质量。", "配套红花坪村旅游产业设施，改善群众生产生活条件。", null,
        ],
        [
          3, "神农架林区木鱼镇乡村振兴基础设施建设项目（神农坛村美丽乡村建设）", "木鱼镇", "木鱼镇神农坛村",
          "休闲长廊100米，步游道200米，休闲亭3个，艺术墙100米，门楼一处，河堤边坡治理1200立方米，环境整治3000平方米", "10/7/2022", 95,
          "改善神农坛村交通条件，发展民宿产业。", "发展民宿产业，增加群众经济收入。", null,
        ],
        [4, "改良土豆种植项目", "木鱼镇", "木鱼镇潮水河村", "种植100亩土豆", "5/1/2022", 12, "购置改良土豆种8000斤。", "带动农户种植增收。", null],
        [5, "松柏镇黄连架村中药材基地建设项目", "松柏镇", "松柏镇黄连架村", "建设中药材种植基地150亩", "11/20/2022", 45.8, "建成中药材基地150亩。", "村集体入股分红，带动脱贫户务工。", null],
        ["二、基础设施项目", null, null, null, null, null, null, null, null, null],
        [6, "阳日镇武山湖村通组公路硬化项目", "阳日镇", "阳日镇武山湖村", "硬化通组公路2.3公里，路面宽3.5米", "9/15/2022", 92, "完成2.3公里通组公路硬化。", "改善群众出行条件。", null],
        [7, "红坪镇温水村安全饮水巩固提升项目", "红坪镇", "红坪镇温水村", "新建蓄水池2口，铺设管网3.6公里", "8/30/2022", 38.6, "解决温水村286人饮水安全问题。", "保障群众饮水安全。", null],
        [8, "宋洛乡盘龙村产业路建设项目", "宋洛乡", "宋洛乡盘龙村", "新建产业路1.5公里", "12/10/2022", 64.2, "完成1.5公里产业路建设。", "方便茶叶等农产品运输。", null],
        ["合计", null, null, null, null, null, 645.1, null, null, null],
      ],
      merges: ["A1:J1", "A3:J3", "A9:J9", "A13:F13"],
    },
  ],
  expect: {
    // Corrected after the eighty-ninth holdout's measurement (counted failed): the writer stated the one money column,
    // 资金使用情况 (the money each finished project used), as a composition's amount; the corpus states a table whose one
    // money column is the money spent as execution of its actual figures (nanning-etdz-2023, duji-2021 and more).
    tables: [
      {
        sheet: "完成情况",
        kind: "execution",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "line", G: "actual" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "G13",
        why: "180 + 126.5 + 95 + 12 + 45.8 (产业) + 92 + 38.6 + 64.2 (基础设施) = 654.1; 合计 645.1: 9.0万元 apart",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A3", why: "the category rows carry no figure; they only group the projects" },
      { rule: "register.late-disbursement", why: "项目完成时间 (12/10/2022 among them) is when works finished, no payment date; the notice pays nothing" },
      { rule: "input.unreadable-value", cell: "F4", why: "the completion dates are typed m/d/yyyy as published; no figure the checks need stands there" },
      { rule: "composition.line-mismatch", why: "no unit or quantity column: 820㎡, 100亩, 2.3公里 are in the works' text" },
    ],
  },
};
