/** Caps written in words: what a standard gives, and the amounts that are only its conditions. */
import { proseUnit, readProseCap } from "../../../src/core/catalog/prose";

describe("a policy standard in words", () => {
  it("an amount 及以上 / （含）以上 is a condition of the award, not its cap", () => {
    const r = readProseCap("对新引进固定资产投资2亿元及以上的重点项目，按“一事一议”方式给予支持。", "重点项目");
    // Nothing is given in figures: the standard cannot be read, and no 2亿元 cap is invented.
    expect(r.kind).toBe("unreadable");
    const fixed = readProseCap("对年销售收入5000万元（含）以上的企业，给予一次性奖励20万元。", "规上奖励");
    expect(fixed).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: 200_000 }] });
  });

  it("a rate with a threshold keeps its maximum", () => {
    const r = readProseCap("对协议投资额达到5000万元及以上的项目，按不超过其实际固定资产投资额的5%给予奖补，最高不超过5000万元。", "新引进项目");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.05, capAmount: 50_000_000 }] });
  });

  it("an amount 以下 still reads as given", () => {
    expect(readProseCap("给予最高不超过100万元以下的补助", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 1_000_000 }] });
  });

  describe("a 分别 sentence with a further amount after it", () => {
    // Sub-items given amounts one by one, then another award in a clause of its own: each named
    // sub-item keeps its amount, and a row naming the item itself is allowed at most the largest.
    it("read after a ；: the levels keep their amounts, the item as a whole at most the largest", () => {
      const r = readProseCap("对新认定的国家级、省级专精特新企业，分别给予30万元、10万元奖励；对当年通过复核并保持资格满三年、且未受到行政处罚的企业，再给予5万元奖励。", "专精特新奖励");
      expect(r.kind).toBe("caps");
      const caps = r.kind === "caps" ? r.caps : [];
      expect(caps).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ qualifier: "国家级", capType: "fixed", capAmount: 300_000 }),
          expect.objectContaining({ qualifier: "省级", capType: "fixed", capAmount: 100_000 }),
          expect.objectContaining({ qualifier: null, capType: "max", capAmount: 300_000 }),
        ]),
      );
      expect(caps.filter((c) => c.qualifier === null)).toHaveLength(1);
    });

    it("read after a 。, amounts written after the verb: at most the largest, never unreadable", () => {
      const r = readProseCap("获评国家级、省级绿色工厂的，分别奖励50万元、20万元。对其中获评国家级绿色供应链管理示范企业并带动上下游企业改造的，另奖励5万元。", "绿色工厂奖励");
      expect(r.kind).toBe("caps");
      const whole = r.kind === "caps" ? r.caps.filter((c) => c.qualifier === null) : [];
      expect(whole).toEqual([expect.objectContaining({ capType: "max", capAmount: 500_000 })]);
      expect(r.kind === "caps" && r.caps.filter((c) => c.qualifier !== null).map((c) => [c.qualifier, c.capAmount])).toEqual([
        ["国家级", 500_000],
        ["省级", 200_000],
      ]);
    });

    it("two lists of the same levels joined by 或, after a verb (成功创建为): the levels of the first list are the sub-items", () => {
      const r = readProseCap("对成功获批为国家级、省级智能制造示范工厂或通过复核认定为国家、省五星级（含）以上智能工厂的，分别给予80万元、30万元一次性奖励。", "智能工厂");
      expect(r.kind === "caps" && r.caps.map((c) => [c.qualifier, c.capType, c.capAmount])).toEqual([
        ["国家级", "fixed", 800_000],
        ["省级", "fixed", 300_000],
        [null, "max", 800_000],
      ]);
    });

    it("a 分别 sentence alone: its sub-items, and the item itself at most the largest", () => {
      const r = readProseCap("对新认定的省级、市级企业技术中心，分别给予一次性奖励30万元、10万元。", "省级、市级企业技术中心");
      expect(r).toMatchObject({
        kind: "caps",
        caps: [
          { name: "省级企业技术中心", capType: "fixed", capAmount: 300_000 },
          { name: "市级企业技术中心", capType: "fixed", capAmount: 100_000 },
          { qualifier: null, capType: "max", capAmount: 300_000 },
        ],
      });
      expect(r.kind === "caps" && r.caps.length).toBe(3);
    });

    it("a rate among the awards still keeps each apart", () => {
      const r = readProseCap("国家级企业技术中心奖励100万元；市级企业技术中心按研发投入的10%给予补助", "企业技术中心");
      expect(r.kind === "caps" && r.caps.filter((c) => c.qualifier === null)).toEqual([]);
    });
  });
});

describe("a sum set aside for a whole award is no cap of one award", () => {
  it("每年…安排1000万元 names the year's pool: the standard cannot be read", () => {
    expect(readProseCap("每年从工业发展专项资金中安排1000万元，奖励为工业倍增作出突出贡献的企业和优秀企业家。", "突出贡献企业").kind).toBe("unreadable");
    expect(readProseCap("市财政每年统筹安排500万元，用于奖励年度优秀民营企业。", "优秀民营企业").kind).toBe("unreadable");
  });

  it("an award given out of a fund is still read (安排 with a per-firm amount after it)", () => {
    const r = readProseCap("从专项资金中安排资金，对新认定的企业一次性奖励30万元。", "新认定企业");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: 300_000 }] });
  });
});

describe("a policy standard awarding places", () => {
  it("places valued by a share of what a person contributes are unreadable; a number of places beside an amount is read", () => {
    expect(readProseCap("考核前两名分别给予高管人员3个、2个名额的奖励，奖励额度参照个人所得形成地方贡献度的80%确定。", "考核奖励").kind).toBe("unreadable");
    expect(readProseCap("对获评企业给予人才奖励2个名额，奖励额度按个人所得税地方留成部分的50%核定。", "人才奖励").kind).toBe("unreadable");
    expect(readProseCap("每年评选10个名额，每家奖励20万元。", "优秀企业")).toMatchObject({ kind: "caps", caps: [{ capAmount: 200_000 }] });
  });
});

describe("a share of a rate (利率的30%) is a rate of a rate", () => {
  it("its maximum is read, never the share as a rate of the money", () => {
    expect(readProseCap("以入统投资额为依据，按一年期贷款市场报价利率（LPR）的30%给予一次性投资补助，最高不超过200万元。", "x")).toMatchObject({
      kind: "caps",
      caps: [{ capType: "max", capAmount: 2_000_000, rate: null }],
    });
    expect(readProseCap("按同期基准利率的50%给予一次性投资奖励。", "x").kind).toBe("unreadable");
  });

  it("an interest subsidy (贴息) at a share of the rate stays a rate of the interest", () => {
    expect(readProseCap("按照不超过项目实际贷款利率的50%给予贴息，上限为1000万元。", "x")).toMatchObject({
      kind: "caps",
      caps: [{ capType: "rate", rate: 0.5, capAmount: 10_000_000 }],
    });
  });

  it("awards no words tell apart, each with an amount: the item at most the largest", () => {
    const r = readProseCap("对获评的企业，一次性奖励2万元；同年再获评的企业，可再奖励3万元。对技改项目按设备投资的8%给予补助，最高不超过60万元。", "x");
    expect(r).toEqual({ kind: "caps", caps: [expect.objectContaining({ qualifier: null, capType: "max", capAmount: 600_000 })] });
  });
});

describe("a one-off award on a threshold (首次突破 / 超过 / 达到 an amount)", () => {
  // The amount a firm's output or revenue first passes is the award's condition, never its cap,
  // nor the unit the catalog's amounts are in.
  it.each([
    ["对年度营业收入首次突破2亿元的软件企业，一次性奖励20万元。", 200_000],
    ["企业年主营业务收入首次超过5000万元的，给予一次性奖励10万元", 100_000],
    ["对当年工业产值达到10亿元的企业，给予一次性奖励80万元。", 800_000],
  ])("%s is a fixed award", (text, amount) => {
    expect(readProseCap(text, "上规模奖励")).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: amount }] });
  });

  it("不超过 / 不得超过 an amount stays a maximum, 最高可达 too", () => {
    expect(readProseCap("产值首次突破1亿元的，给予奖励，最高不超过50万元", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000 }] });
    expect(readProseCap("给予补助，奖励金额不得超过30万元", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 300_000 }] });
    expect(readProseCap("给予一次性奖励，最高可达到20万元", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 200_000 }] });
  });

  it("the thresholds' 亿元 is no unit of the standards", () => {
    expect(proseUnit(["对产值首次突破3亿元的企业，给予30万元一次性奖励。", "对营业收入首次突破1亿元的企业，给予50万元一次性奖励。"])).toBe("万元");
    expect(proseUnit(["对投资1亿元以上的项目，奖励500万元", "对年销售额超过2亿元的企业，奖励100万元"])).toBe("万元");
  });
});

describe("a 分别 sentence naming whole kinds, not levels of one name", () => {
  it("each kind is a sub-item by its own name (brackets kept), a further clause's kind too; levels stay qualifiers", () => {
    const r = readProseCap("对获评省级示范工厂、市级智能车间（数字车间）的分别奖励60万元、20万元；对获评县级智能车间的奖励8万元。", "智能制造奖励");
    expect(r.kind === "caps" && r.caps.map((c) => [c.name ?? null, c.capType, c.capAmount])).toEqual([
      ["省级示范工厂", "fixed", 600_000],
      ["市级智能车间(数字车间)", "fixed", 200_000],
      ["县级智能车间", "fixed", 80_000],
      [null, "max", 600_000],
    ]);
    const levels = readProseCap("对获评国家级、省级示范工厂的分别奖励60万元、20万元。", "示范工厂奖励");
    expect(levels.kind === "caps" && levels.caps.map((c) => c.name ?? c.qualifier)).toEqual(["国家级", "省级", null]);
  });
});

describe("a floor, and a maximum with the conditions of its parts under 其中", () => {
  // 不低于 / 不少于 / 最低 an amount is the least an award gives: no cap, and no fixed amount either.
  it.each([
    "对产值同比增长15%以上的企业，每家企业按增长情况给予不低于50万元的促销补贴。加大对关键环节的协调力度。",
    "对符合条件的新建冷库，每个项目最低补助20万元。",
    "对年度考核优秀的园区，给予不少于100万元的工作经费支持。",
  ])("%s: no cap can be read", (text) => {
    expect(readProseCap(text, "x").kind).toBe("unreadable");
  });

  it.each([
    ["对产值、销量达到一定比例的单个企业给予最高不超过3000万元的奖励。其中，11—12月甲类企业产值同比增长8%以上；乙类企业产值同比扭负转正；丙类企业产值同比增长50%，销量同比扭负转正。", 30_000_000],
    ["对重点企业给予最高500万元的奖励；其中，2022年四季度产值增速达到12%以上，销售收入同比增长。", 5_000_000],
  ])("%s: the maximum, the 其中 clauses only say which firms qualify", (text, amount) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: amount }] });
  });

  it("a 其中 clause that gives a part its own sum is still an award, the whole at most its maximum", () => {
    const r = readProseCap("对重点企业给予最高不超过1000万元的奖励。其中，对首次入规企业给予200万元。", "x");
    expect(r.kind).toBe("caps");
    expect(r.kind === "caps" && r.caps.find((c) => c.qualifier === null)).toMatchObject({ capType: "max", capAmount: 10_000_000 });
  });

  it("an award a point of growth, with a maximum a firm: the maximum", () => {
    expect(readProseCap("营业收入增速每高出1个百分点奖励5万元，每家企业最高奖励60万元。", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 600_000 }] });
    expect(readProseCap("产值增速每超过1个百分点给予10万元补贴，单个企业最多不超过80万元。", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 800_000 }] });
  });
});

describe("a one-off award on thresholds a firm's figures reach (达 an amount, 且 a growth)", () => {
  // Offices award a fixed sum to firms whose revenue reaches a level (`主营业务收入达3亿元`), often
  // with a growth besides (`且较上年增幅达30%及以上`): the level and the growth are conditions, the
  // sum given the award.
  it.each([
    ["对当年主营业务收入达3亿元且较上年增幅达30%及以上的企业，一次性奖励10万元。", 100_000],
    ["年营业收入达5000万元、同比增长20%以上的规上工业企业，一次性给予奖励8万元", 80_000],
    ["对年产值达1亿元的新投产企业，给予一次性奖励5万元。", 50_000],
  ])("%s: a fixed award", (text, amount) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "fixed", capAmount: amount }] });
  });

  it("an award that may reach a sum (最高可达, 最高达) stays its maximum", () => {
    expect(readProseCap("对年产值达1亿元的企业给予奖励，最高可达50万元。", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000 }] });
    expect(readProseCap("对年产值达1亿元的企业给予奖励，奖励最高达30万元。", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 300_000 }] });
  });
});

describe("a maximum raised for a kind of firm, in brackets after it", () => {
  // Provinces cap a grant and raise the cap for a kind of firm in brackets (`最高不超过1000万元（“头雁”企业
  // 不超过2000万元）`): the kind is a sub-item at its own cap, the item as a whole at most the larger.
  it.each([
    ["对示范项目的设备投资给予一定比例后补助，最高不超过800万元（龙头企业不超过1500万元）。（责任单位：市工信局）", "龙头企业", 8_000_000, 15_000_000],
    ["对企业智能化改造给予补助，最高300万元（“链主”企业最高可达600万元）。", "“链主”企业", 3_000_000, 6_000_000],
  ])("%s: the kind at its own cap, the whole at the larger", (text, kind, _base, raised) => {
    const r = readProseCap(text, "x");
    expect(r.kind).toBe("caps");
    if (r.kind !== "caps") return;
    expect(r.caps.find((c) => c.qualifier === kind)).toMatchObject({ capType: "max", capAmount: raised });
    expect(r.caps.find((c) => c.qualifier === null)).toMatchObject({ capType: "max", capAmount: raised });
  });

  it("a rate with its maximum raised for a kind: rates both, each at its maximum", () => {
    const r = readProseCap("按设备投资的10%给予补助，最高200万元（专精特新企业最高400万元）", "x");
    expect(r.kind).toBe("caps");
    if (r.kind !== "caps") return;
    expect(r.caps.find((c) => c.qualifier === "专精特新企业")).toMatchObject({ capType: "rate", rate: 0.1, capAmount: 4_000_000 });
    expect(r.caps.find((c) => c.qualifier === null)).toMatchObject({ capType: "rate", rate: 0.1, capAmount: 4_000_000 });
  });

  it("a bracket naming another policy's figure, no kind of firm, stays a remark", () => {
    expect(readProseCap("奖励20万元（市政策30万）", "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "fixed", capAmount: 200_000 }] });
  });
});

describe("a rate of another level's grant with a bracket pointing to where details are", () => {
  // Cities match a province's grant at a share (`按照省级财政支持金额的25%给予配套支持`) and point to
  // the document for details (`[详情参见《…》（新政办〔2021〕64号）]`): the pointer sets nothing.
  it.each([
    ["对获得省级财政资金支持的示范项目，按照省级财政支持金额的25%给予配套支持。[详情参见《某市人民政府办公室关于支持制造业高质量发展的意见》（某政办〔2021〕64号）]", 0.25, "省级财政支持金额"],
    ["对获得国家级资金支持的项目，按国家支持资金的30%给予配套奖励。（详见《某区产业扶持办法》（某区政〔2019〕8号）第5条）", 0.3, "国家支持资金"],
    ["按中央财政补助金额的50%给予配套【详情请见某财〔2020〕12号文件第3条】", 0.5, "中央财政补助金额"],
  ])("%s: a rate on that base, no maximum", (text, rate, base) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "rate", rate, base, capAmount: null }] });
  });
});

describe("a standard paid to people, as a 惠民惠农 policy list writes it", () => {
  // Per person a year or month (元/人·年), per household at most (最高不超过…万元/户), or reckoned from
  // money sent down with no amount of its own (按…测算，以…为准).
  it.each([
    ["1200元/人·年", { capType: "fixed", capAmount: 1200 }],
    ["每人每月170元", { capType: "fixed", capAmount: 170 }],
    ["分类分级补助，最高不超过2.5万元/户", { capType: "max", capAmount: 25_000 }],
  ])("%s", (text, cap) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [cap] });
  });

  it("按下达资金总额和核定面积测算，具体以当年公示标准为准: unreadable", () => {
    expect(readProseCap("按上级下达资金总额和核定补贴面积测算，具体以当年公示标准为准", "x").kind).toBe("unreadable");
  });
});

describe("sub-items numbered by code inside one standard (B03-1：… / B03-2：…)", () => {
  // A guide numbers its item's sub-items by the item's code and a part (A02-1), one per line: each is
  // an award of its own, and a list names it by that code.
  it("two fixed awards, one a line: each keeps its code and amount", () => {
    const r = readProseCap("B03-1：经认定为国家级航运服务平台的，给予80万元的一次性奖励\nB03-2：经认定为市级航运服务平台的，给予40万元的一次性奖励", "航运服务平台");
    expect(r).toMatchObject({
      kind: "caps",
      caps: [
        { code: "B03-1", capType: "fixed", capAmount: 800_000 },
        { code: "B03-2", capType: "fixed", capAmount: 400_000 },
      ],
    });
  });

  it("rates with maxima and per-trip awards, written on without line breaks: each sub-item read alone", () => {
    const rates = readProseCap(
      "C2.1：新购置研发用房的，按照不超过购房款的8%给予补贴，最高不超过300万元；C2.2：租赁研发用房的，按照不超过年租金的50%给予补贴，最高不超过100万元",
      "研发机构用房补贴",
    );
    expect(rates).toMatchObject({
      kind: "caps",
      caps: [
        { code: "C2.1", capType: "rate", rate: 0.08, capAmount: 3_000_000 },
        { code: "C2.2", capType: "rate", rate: 0.5, capAmount: 1_000_000 },
      ],
    });
    // The passengers (3000人以上, 1500-3000人) are conditions; the award per trip is each sub-item's.
    const trips = readProseCap("D05-1：载客量在3000人以上的客轮每航次奖励3万元D05-2：载客量在1500-3000人之间的客轮每航次奖励2万元", "客轮航次奖励");
    expect(trips).toMatchObject({ kind: "caps", caps: [{ code: "D05-1", capAmount: 30_000 }, { code: "D05-2", capAmount: 20_000 }] });
  });

  it("one coded sub-item that names no amount leaves the standard unreadable", () => {
    expect(readProseCap("E01-1：按照市有关政策给予支持\nE01-2：给予20万元奖励", "x").kind).toBe("unreadable");
  });
});

describe("a tiered award: levels a firm's figures reach, and one award per level, in one sentence", () => {
  // `营业收入首次达到1亿元、3亿元、5亿元的，按相应档次给予奖励10万元、30万元、50万元`: the first list is the levels
  // (conditions), the second the awards, one per level. A row not telling its level is allowed at most the top award.
  it.each([
    ["企业年度产值首次突破2亿元、5亿元、10亿元的，按对应档次给予奖励20万元、50万元、80万元。", 800_000],
    ["以上年为基数，规上企业主营业务收入首次跨上3000万元、1亿元的，依档一次性奖励5万元、15万元；奖励资金次年拨付。", 150_000],
    ["纳税额达到500万元、1000万元、2000万元、5000万元的，按照相应档位奖励企业经营团队10万元、20万元、40万元、100万元", 1_000_000],
  ])("%s: at most the top award", (text, top) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: top }] });
  });

  it("two lists of unequal length are no levels and their awards: still unreadable", () => {
    expect(readProseCap("营业收入达到1亿元、3亿元的，给予奖励10万元、30万元、50万元", "x").kind).toBe("unreadable");
  });
});

describe("stepped rates in one sentence (阶梯式)", () => {
  // Steps of a firm's figure, each with its rate (达到1000万元、2000万元…的，按…的2%、3%、4%): which rate
  // applies depends on the step, so the rate read is the top step's, never the lowest's.
  it("销售收入达到…、…以上的，给予…0.5%、1%、1.5%: the top rate with the clause's maximum", () => {
    const r = readProseCap(
      "对年度产值达到2000万元（含）、8000万元（含）、2亿元（含）以上的企业，分档给予企业当年产值0.8%、1.2%、2%的奖励，每家企业每年最高不超过300万元。",
      "产值奖励",
    );
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.02, capAmount: 3_000_000 }] });
  });

  it("按…费用的5%、15%和25%给予补贴, no maximum: the top rate", () => {
    const r = readProseCap("营业收入达到500万元、1000万元、3000万元以上的企业，按其年度物流费用的5%、15%和25%给予补贴。", "物流补贴");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.25, capAmount: null }] });
  });
});

describe("a range of rates (3%—5%)", () => {
  // The office picks the share within the range, which a list need not say: the top of the range is the
  // most an award may be, the base the words before the range.
  it.each([
    ["按国家拨付经费的3%—5%进行奖补，单个项目奖补不超过60万元。", 0.05, "国家拨付经费", 600_000],
    ["按中央财政拨款的2%-4%给予配套奖励，单个项目最高不超过50万元", 0.04, "中央财政拨款", 500_000],
    ["按产品销售收入的3％～5％给予奖励，最高不超过100万元", 0.05, "产品销售收入", 1_000_000],
    ["按设备投资额的1-1.5%给予补助，最高20万元", 0.015, "设备投资额", 200_000],
    ["按研发投入的5%至8%给予补助", 0.08, "研发投入", null],
  ])("%s: the top rate of the range", (text, rate, base, cap) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate, base, capAmount: cap }] });
  });
});

describe("a rate after a threshold, its maximum in a sentence of its own, the cost split between governments", () => {
  // County policies state the award, then in separate sentences the most a project gets (单个项目补助额不超过…)
  // and how the city and county share the cost (补助资金由市县按5:5比例承担): the split is no rate and no
  // award, the maximum belongs to the rate, and the threshold (…万元以上的项目) is a condition.
  it.each([
    ["对500万元以上技术改造项目，按设备投资额给予8%补助。单个项目补助额不超过300万元。补助资金由市县按6:4比例承担。", 0.08, 3_000_000],
    ["对2000万元以上的新建项目，按生产性设备购置额给予6%奖励。每个项目奖励金额最高不超过800万元。所需资金由省、市、县按3:3:4比例分担。", 0.06, 8_000_000],
    ["按照固定资产投资额的4%给予最高不超过600万元补助。对租赁标准化厂房的项目同等执行。补助资金由市、县按照5∶5的比例承担。", 0.04, 6_000_000],
  ])("%s", (text, rate, cap) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate, capAmount: cap }] });
  });

  it("the base is the noun after 按, not the giving that follows it", () => {
    const r = readProseCap("对800万元以上技改项目，按设备投资额给予7%奖补。单个项目补助额不超过500万元。", "技改");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.07, base: "设备投资额", capAmount: 5_000_000 }] });
  });

  it("a split alone, with nothing given in figures, is still unreadable", () => {
    expect(readProseCap("按一事一议给予支持，所需资金由市县按5:5比例承担。", "x").kind).toBe("unreadable");
  });
});

describe("rates by band of the firm's figure, one clause each", () => {
  // Which band's rate applies depends on the firm's figure, which a list need not state: as with stepped
  // rates, the item is allowed at most the top rate, and at most the maximum the standard states.
  it("bands written as comparisons after an overall rate (其中：1亿元≤…<3亿元…5%；…≥5亿元…10%，最高2亿元)", () => {
    const r = readProseCap(
      "新引进固定资产投资1亿元以上的新征用地项目，按照新购设备实际投资额给予不超过10%的补贴，其中：1亿元≤项目固定资产投资总额<3亿元，补贴额度为新购设备投资额的5%；3亿元≤项目固定资产投资总额<5亿元，补贴额度为新购设备投资额的8%；项目固定资产投资总额≥5亿元，补贴额度为新购设备投资额的10%，最高2亿元。",
      "设备投资补贴",
    );
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "rate", rate: 0.1, capAmount: 200_000_000, base: "新购设备实际投资额" }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("bands written as ranges and a floor (1000万元至5000万元的…6%；5000万元以上的…8%，最高500万元)", () => {
    const r = readProseCap("技改投资1000万元至5000万元的，按设备投资额的6%给予补助；5000万元以上的，按设备投资额的8%给予补助，最高500万元。", "技改补助");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "rate", rate: 0.08, capAmount: 5_000_000, base: "设备投资额" }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("guard: rates for kinds named, no band among them, stay one per kind", () => {
    const r = readProseCap("对国家级企业技术中心按研发投入的10%给予补助；对省级企业技术中心按研发投入的5%给予补助。", "技术中心补助");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") expect(r.caps.map((c) => [c.qualifier, c.rate])).toEqual([["国家级企业技术中心", 0.1], ["省级企业技术中心", 0.05]]);
  });
});

describe("awards given one after another in one sentence (给予最高10万元…，对…给予最高20万元…，再给予20万元)", () => {
  it("no words a list names tell them apart: at most the largest", () => {
    const r = readProseCap("对首次认定的给予最高10万元补助，对重新认定成功的给予最高20万元补助，对新成为规上企业的再给予20万元补助", "培育高新技术企业");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: 200_000 }] });
  });

  it("two awards, the larger first", () => {
    const r = readProseCap("对认定为国家级的给予30万元奖励，对认定为省级的给予10万元奖励", "平台奖励");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capAmount: 300_000 }] });
  });

  it("guard: a condition's figure before the one award given is no award", () => {
    const r = readProseCap("对年销售收入5000万元以上的企业，给予最高20万元奖励", "规上奖励");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 200_000 }] });
  });
});

describe("an award paid in instalments, each after its year (分三年累计奖励20万元，第一年10万元，第二年5万元，第三年5万元)", () => {
  it("the instalments add up to the award: one fixed award of the whole", () => {
    const r = readProseCap("对当年认定的高新技术企业，分三年累计奖励20万元，第一年10万元，第二年5万元，第三年5万元；零纳税企业不予奖励。", "高企奖励");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "fixed", capAmount: 200_000 }] });
  });

  it("other wording: 首年 and 次年", () => {
    const r = readProseCap("对新认定的企业给予奖励30万元，首年20万元，次年10万元。", "认定奖励");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "fixed", capAmount: 300_000 }] });
  });

  it("guard: amounts after years that do not add up to the award are awards of their own", () => {
    const r = readProseCap("分三年累计奖励20万元，第一年10万元，第二年5万元", "高企奖励");
    // 10 + 5 is no 20: nothing is taken for an instalment, and no fixed 20万元 is claimed for the item.
    expect(r.kind).toBe("unreadable");
  });
});

describe("a rate written per mille (按照实际完成投资额的0.2‰进行奖补)", () => {
  it("a per-mille rate is a rate: 0.2‰ is 0.0002 of its base", () => {
    const r = readProseCap("当年完成固定资产投资30亿元（含）以上的，按照实际完成投资额的0.2‰进行奖补", "投资奖补");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") {
      expect(r.caps).toHaveLength(1);
      expect(r.caps[0].capType).toBe("rate");
      expect(r.caps[0].rate).toBeCloseTo(0.0002, 10);
      expect(r.caps[0].base).toContain("投资额");
    }
  });

  it("other wording: a whole per mille with its maximum, full-width digits", () => {
    const r = readProseCap("按设备投资额的５‰给予补助，最高不超过200万元。", "设备补助");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") {
      expect(r.caps[0]).toMatchObject({ capType: "rate", capAmount: 2_000_000 });
      expect(r.caps[0].rate).toBeCloseTo(0.005, 10);
    }
  });

  it("stepped per-mille rates: the top step", () => {
    const r = readProseCap("按年度营业收入的1‰、1.5‰、2‰给予奖励", "营收奖励");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") expect(r.caps[0].rate).toBeCloseTo(0.002, 10);
  });

  it("guard: a percentage keeps its reading beside the per mille", () => {
    const r = readProseCap("按实际完成投资额的2%进行奖补", "投资奖补");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") expect(r.caps[0].rate).toBeCloseTo(0.02, 10);
  });
});

describe("awards by band, one clause each after its band (营业收入在2000万元（含）至5000万元的，给予10万元奖励；…)", () => {
  it("date spans before the bands, bounds marked 含: at most the largest award, no bound a cap", () => {
    const r = readProseCap(
      "对2022年3月1日至2022年12月31日、2023年1月1日至2023年12月31日首次进入规模以上工业企业名录库的企业，营业收入在2000万元（含）至5000万元的，给予10万元奖励；营业收入在5000万元（含）至1亿元的，给予20万元奖励；营业收入在1亿元（含）以上的，给予30万元奖励",
      "小升规奖励",
    );
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: 300_000 }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("other wording: a threshold before them, bounds unmarked, 奖励 before the amount", () => {
    const r = readProseCap(
      "对年主营业务收入首次突破2000万元的企业：主营业务收入2000万元至5000万元的，奖励8万元；5000万元至2亿元的，奖励15万元；2亿元以上的，奖励25万元。",
      "升规奖励",
    );
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: 250_000 }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("guard: bands each giving a rate (按…的10%) keep their rate reading", () => {
    const r = readProseCap(
      "营业收入在2000万元（含）至5000万元的，按研发费用的5%给予补助；营业收入在5000万元（含）以上的，按研发费用的10%给予补助，最高100万元",
      "研发补助",
    );
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") {
      expect(r.caps.every((c) => c.capType === "rate")).toBe(true);
      expect(Math.max(...r.caps.map((c) => c.rate as number))).toBeCloseTo(0.1, 10);
      expect(r.caps.some((c) => c.capAmount === 1_000_000)).toBe(true);
    }
  });

  it("guard: levels' awards with no band stay sub-items of their own", () => {
    const r = readProseCap("对国家级企业技术中心给予100万元奖励；对省级企业技术中心给予50万元奖励", "技术中心奖励");
    expect(r).toMatchObject({ kind: "caps" });
    if (r.kind === "caps") expect(r.caps.map((c) => c.capAmount)).toEqual([1_000_000, 500_000, 1_000_000]);
  });
});

describe("a band of the project's figure before the award's maximum (总投资在5000万元至2亿元的项目…最高不超过200万元)", () => {
  it("the band is a condition: the maximum stated is the cap", () => {
    const r = readProseCap(
      "对引进企业总投资在5000万元至2亿元的项目，按照同期市场报价利率，给予市级新增贷款5年期限贴息政策，每年单个项目的贴息额度最高不超过200万元。",
      "贴息",
    );
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 2_000_000 }] });
  });

  it("other wording: a band written with a dash, the maximum after 最高", () => {
    const r = readProseCap("固定资产投资额1000万元—5000万元的技改项目，给予一次性补助，单个项目最高50万元", "技改补助");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000 }] });
  });

  it("guard: an award given as a range (给予10万元至100万元补助) keeps its top as the cap", () => {
    const r = readProseCap("根据项目评审结果，给予10万元至100万元补助", "项目补助");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 1_000_000 }] });
    const over = readProseCap("给予5万元至10万元奖励，每家企业累计不超过50万元", "奖励");
    expect(over).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 100_000 }] });
  });
});

describe("a fund set up at an amount (专门设立5000万元扶持资金) is money for all firms, no cap of one award", () => {
  it("reads no cap from the fund's size, in either wording", () => {
    expect(readProseCap("制定专项资金管理办法，专门设立5000万元扶持资金，支持工业企业发展。", "工业扶持").kind).toBe("unreadable");
    expect(readProseCap("市财政设立1亿元产业引导基金，支持重点产业项目落地。", "产业引导").kind).toBe("unreadable");
  });

  it("guard: an award to a firm newly set up (对新设立的企业给予50万元资金奖励) keeps its amount", () => {
    expect(readProseCap("对新设立的总部企业，给予50万元资金奖励。", "总部奖励")).toMatchObject({ kind: "caps", caps: [{ capAmount: 500_000 }] });
  });
});

describe("an award's verb between a setting-up word and the amount keeps the award (lead, review of the fund-size class)", () => {
  it("首次设立给予100万元资金补助 is an award of 100万元, not a fund's size", () => {
    expect(readProseCap("对在本市首次设立给予100万元资金补助。", "首次设立补助")).toMatchObject({ kind: "caps", caps: [{ capAmount: 1_000_000 }] });
  });
});

describe("money spent on holding a campaign (投入600万元举办…系列促销活动) is the campaign's budget, no cap of one award", () => {
  it("reads no cap from the sum spent, in either wording", () => {
    expect(readProseCap("投入600万元举办“春季购物节”“金秋消费季”等系列促销活动，面向全市发放电子消费券，对符合条件的消费者给予相应补贴。", "促消费活动").kind).toBe("unreadable");
    expect(readProseCap("县财政安排300万元开展家电以旧换新活动，对购买节能家电的消费者给予补贴。", "以旧换新").kind).toBe("unreadable");
  });

  it("guard: a sum given to each (每个项目安排100万元补助) and an award after the firm's spending keep their amounts", () => {
    expect(readProseCap("对入选的示范项目，每个项目安排100万元补助。", "示范项目")).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: 1_000_000 }] });
    expect(readProseCap("对投入资金举办行业展会的企业，给予一次性奖励20万元。", "办展奖励")).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: 200_000 }] });
  });
});

describe("a rate written right after its base's name with no 按…的 (给予实际交易金额2%的奖励) is that base × the rate", () => {
  it("reads the base and the maximum, in either wording", () => {
    const r = readProseCap("对于购买区内生产经营场所实际交易金额达到1000万元以上的企业，给予实际交易金额2%的奖励支持，最高不超过200万元。", "购房奖励");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.02, base: "实际交易金额", capAmount: 2_000_000 }] });
    const other = readProseCap("对符合条件的技改企业，给予设备购置额10%的补助，单个企业最高50万元。", "技改补助");
    expect(other).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.1, base: "设备购置额", capAmount: 500_000 }] });
  });

  it("guard: a maximum before the rate (给予最高10%的补助) is no base, and 按…的 keeps its base", () => {
    expect(readProseCap("对符合条件的项目，给予最高10%的补助。", "项目补助")).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.1, base: null }] });
    expect(readProseCap("按上一年度研发费用的10%给予资助，最高不超过100万元。", "研发资助")).toMatchObject({ kind: "caps", caps: [{ base: "上一年度研发费用" }] });
  });
});

describe("an award per level or per case in one sentence, not as a 分别 list (其中…奖励10万元，…奖励30万元)", () => {
  // Each amount right after its own word of giving: no words a list names tell the levels or cases
  // apart, so the item is allowed at most the largest, as with award after award after 给予.
  it.each([
    ["对新认定为绿色工厂的企业给予奖补，其中认定为国家级的奖励50万元，认定为省级的奖励20万元。（市发改委）", 500_000],
    ["对成功获评示范企业的按级别给予一次性补助，其中获批国家级示范的补助40万元，获批省级示范的补助15万元。", 400_000],
    ["对首次通过认定的企业给予一次性资金奖励8万元，对获得省级配套资助的企业予以每家12万元的补贴。", 120_000],
  ])("%s: at most the largest award", (text, top) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: top }] });
  });

  it("guard: an amount after a noun of the award's money (补助资金100万元) is what the firm got, a condition: still unreadable", () => {
    expect(readProseCap("对获得省级补助资金100万元的项目，再奖励10万元，对其他项目奖励5万元，按年度考核结果确定。", "x").kind).toBe("unreadable");
  });

  it("guard: an amount after its year (第一年10万元) is no award of its own", () => {
    expect(readProseCap("对新认定的企业奖励20万元，第一年10万元，第二年5万元。", "x").kind).toBe("unreadable");
  });
});

describe("a maximum, then a rate with none, one of them said of the item itself: the item's two bounds, no sub-items", () => {
  it("择优立项，资助金额不超过20万元；由企业承担的项目，资助金额不超过项目总投入的30% for 企业承担项目: 30% of 投入, at most 20万元", () => {
    const r = readProseCap("择优立项，资助金额不超过20万元；由企业承担的项目，资助金额不超过项目总投入的30%。", "企业承担项目");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "rate", rate: 0.3, capAmount: 200_000 }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("another wording: the item named in the maximum's clause (医卫类项目资助金额一般不超过5万元；由…承担的，…的50%)", () => {
    const r = readProseCap("医卫类项目资助金额一般不超过5万元；由医院等事业单位承担的，资助金额不超过项目总投入的50%。", "医卫类项目");
    expect(r).toMatchObject({ kind: "caps", caps: [{ qualifier: null, capType: "rate", rate: 0.5, capAmount: 50_000 }] });
    if (r.kind === "caps") expect(r.caps).toHaveLength(1);
  });

  it("guard: clauses for two kinds of firm, neither the item (对小微企业 最高10万元；对大中型企业 按10%), stay two sub-items", () => {
    const r = readProseCap("对小微企业，给予最高10万元补助；对大中型企业，按设备投资额的10%给予补助。", "技改补助");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") expect(r.caps.length).toBeGreaterThanOrEqual(2);
  });
});

describe("review mends: levels stay sub-items, a sum already received is no award, a 标准 heads no award (lead)", () => {
  it("two levels each naming the item (对…国家级企业技术中心，最高100万元；对…省级企业技术中心，按…10%) stay two sub-items", () => {
    const r = readProseCap("对新认定的国家级企业技术中心，给予最高100万元奖励；对新认定的省级企业技术中心，按研发投入的10%给予补助。", "企业技术中心");
    expect(r.kind).toBe("caps");
    if (r.kind === "caps") {
      expect(r.caps).toHaveLength(2);
      expect(r.caps.map((c) => c.capType)).toEqual(["max", "rate"]);
    }
  });

  it("a sum the firm has had already (已享受补贴100万元, 获市级奖励30万元) is a condition, never the award's maximum", () => {
    for (const text of ["对已享受补贴100万元的企业，再给予20万元奖励。", "对上年度获市级奖励30万元的企业，其中国家级企业奖励50万元。"]) {
      const r = readProseCap(text, "x");
      if (r.kind === "caps") expect(r.caps.map((c) => c.capAmount)).not.toContain(1_000_000);
      if (r.kind === "caps") expect(r.caps.map((c) => c.capAmount)).not.toContain(500_000);
    }
  });

  it("guard: an award after its own word of giving still counts (其中获省级称号企业奖励10万元，获国家级称号企业奖励30万元)", () => {
    const r = readProseCap("对获得称号的工业企业给予财政奖补，其中获省级称号企业奖励10万元，获国家级称号企业奖励30万元。", "称号奖补");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 300_000 }] });
  });
});

describe("a band of a measured quantity before a fixed sum (learn l152a)", () => {
  it("入榨量在100—300万吨（含）之间…补助资金100万元: the band in 万吨 is no award in money, the sum is the grade's", () => {
    expect(readProseCap("入榨量在100—300万吨（含）之间的优良品种，补助资金100万元。", "x")).toMatchObject({
      kind: "caps",
      caps: [{ capType: "fixed", capAmount: 1_000_000 }],
    });
    expect(readProseCap("推广面积在50—100万亩之间的品种，给予奖励30万元。", "x")).toMatchObject({
      kind: "caps",
      caps: [{ capType: "fixed", capAmount: 300_000 }],
    });
  });

  it("guard: a range given in money (给予10万元至100万元补助) is still the award, at most its top", () => {
    expect(readProseCap("给予10万元至100万元补助。", "x")).toMatchObject({ kind: "caps", caps: [{ capAmount: 1_000_000 }] });
  });
});

describe("a share paid out (按60%拨付) beside the award's maximum", () => {
  it("省级财政按60%拨付补助资金；…最高不超过800万元: the 60% is paid out first, no rate; the maximum is the cap", () => {
    const r = readProseCap("在项目入统后，以投资额为依据，省级财政按60%拨付补助资金；对投资额2亿元以下的项目，给予贴息补助，最高不超过800万元。", "x");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 8_000_000, rate: null }] });
  });

  it("other wording: 按70%预拨，验收后清算；给予一次性奖励50万元", () => {
    const r = readProseCap("资金按70%预拨，验收后清算；给予一次性奖励50万元。", "x");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capAmount: 500_000, rate: null }] });
  });

  it("guard: 按投资额的60%给予补助 is still a rate", () => {
    expect(readProseCap("按投资额的60%给予补助，最高不超过100万元。", "x")).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate: 0.6, capAmount: 1_000_000 }] });
  });
});

describe("money pooled from several sources (整合3000万元资金用于发放消费券) is the campaign's pool, no cap of one award", () => {
  it("the pool before the award's range: the range's top is the cap", () => {
    const r = readProseCap("联合金融机构、平台企业整合2000万元资金用于发放消费券，组织系列消费促进活动。对承办市级活动的执行单位，给予2万元-4万元的资金支持。", "促消费活动");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 40_000 }] });
  });

  it("other wording: 统筹800万元资金用于发放家电消费券, then a fixed award to each merchant", () => {
    const r = readProseCap("市县两级统筹800万元资金用于发放家电消费券；对参与活动的商家，给予一次性奖励3万元。", "家电促消费");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "fixed", capAmount: 30_000 }] });
  });

  it("guard: 统筹给予50万元资金支持 is still the award", () => {
    expect(readProseCap("对认定的示范企业，统筹给予50万元资金支持。", "示范企业")).toMatchObject({ kind: "caps", caps: [{ capAmount: 500_000 }] });
  });
});

describe("review mends: a share paid out names no base; a floor is no pool; a rule is no base (lead)", () => {
  it.each([
    ["按设备投资额的10%发放补贴，最高不超过100万元。", 0.1, "设备投资额", 1_000_000],
    ["按贷款利息的50%支付贴息，最高不超过200万元。", 0.5, "贷款利息", 2_000_000],
    ["按实际投资额的20%兑付奖励，最高不超过500万元。", 0.2, "实际投资额", 5_000_000],
  ])("a base named before the percentage keeps the rate whatever verb pays it: %s", (text, rate, base, cap) => {
    expect(readProseCap(text, "x")).toMatchObject({ kind: "caps", caps: [{ capType: "rate", rate, base, capAmount: cap }] });
  });

  it("a floor beside the award is no pool: 单个企业不少于5万元 is not dropped unread", () => {
    const r = readProseCap("单个企业不少于5万元。对新认定的企业给予最高50万元奖励。", "x");
    expect(r).not.toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000 }] });
  });

  it("a threshold beside the award is no pool: 年产值超过1亿元 is not dropped unread", () => {
    const r = readProseCap("年产值超过1亿元。对新认定的企业给予最高50万元奖励。", "x");
    expect(r).not.toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000 }] });
  });

  it("a rule is no base: 按照国家规定的相应比例给予补助 names none", () => {
    const r = readProseCap("按照国家规定的相应比例给予补助，最高不超过50万元。", "x");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 500_000, base: null }] });
  });

  it("guard: 按照流片费用一定比例予以奖励 still names its base", () => {
    const r = readProseCap("按照流片费用一定比例予以奖励，最高不超过3000万元。", "x");
    expect(r).toMatchObject({ kind: "caps", caps: [{ capType: "max", capAmount: 30_000_000, base: "流片费用" }] });
  });
});
