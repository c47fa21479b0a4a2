/** Caps written in words: what a standard gives, and the amounts that are only its conditions. */
import { readProseCap } from "../../../src/core/catalog/prose";

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
