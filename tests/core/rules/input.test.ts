import { checkUnreadable } from "../../../src/core/rules/input";
import { withDefaults } from "../../../src/core/settings";

describe("input.unreadable-value", () => {
  it("reports each unreadable cell as a warning on that cell", () => {
    const f = checkUnreadable(
      [
        { sheet: "分类执行", cell: "E4", row: 3, field: "actual", text: "约600" },
        { sheet: "申报清单", cell: "K9", row: 8, field: "paidOn", text: "十一月底" },
      ],
      withDefaults({ today: "2021-09-09" }),
    );
    expect(f.map((x) => [x.rule, x.severity, x.sheet, x.cell, x.row])).toEqual([
      ["input.unreadable-value", "warning", "分类执行", "E4", 3],
      ["input.unreadable-value", "warning", "申报清单", "K9", 8],
    ]);
    expect(f[1].message).toBe("拨付日期应为日期，无法识别“十一月底”");
    expect(f[0].actual).toBeUndefined();
  });
});
