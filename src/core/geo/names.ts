/**
 * Place names as registers write them: with or without the unit's suffix (闵行区 / 闵行,
 * 七宝镇 / 七宝, 川沙新镇 / 川沙镇 / 川沙), half- or full-width, with brackets and spaces.
 * The build script and the runtime share these functions, so the short names in the assets and
 * the ones derived at run time are the same.
 */
import { toHalfWidth } from "../text";

/** Brackets, quotes and spaces carry no meaning in a place name: 中国（上海）自贸区 = 中国上海自贸区. */
const DROPPED = /[\s\u00a0\u3000()（）【】〔〕\[\]{}<>《》“”"'‘’「」『』·•]/g;

/** The key place names are compared by: half-width, lower case, no brackets, quotes or spaces. */
export function geoKey(s: string): string {
  return toHalfWidth(String(s)).replace(DROPPED, "").toLowerCase();
}

/** The 55 minority peoples as autonomous-area names spell them (…族自治县 / 自治州 / 自治区). */
const PEOPLES = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
  "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
  "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
  "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
  "各",
];
// Longest first, so 土家族 is stripped whole rather than as 家 + 土族.
const PEOPLE_SUFFIX = new RegExp(`(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join("|")})族$`);
// Xinjiang's autonomous areas name the people without 族 (伊犁哈萨克自治州, 木垒哈萨克自治县). Only names
// of two or more characters are stripped bare: one character (白, 水, 土) may end a place's own name.
const BARE_PEOPLE = new RegExp(`(?:${PEOPLES.filter((p) => p.length >= 2 && p !== "各").sort((a, b) => b.length - a.length).join("|")})$`);

export type NameLevel = "province" | "city" | "district" | "town";

/** Unit suffixes, longest first, per level. */
const SUFFIXES: Record<NameLevel, string[]> = {
  province: ["特别行政区", "自治区", "省", "市"],
  city: ["自治州", "地区", "盟", "市"],
  district: ["自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"],
  town: ["街道办事处", "地区办事处", "民族乡", "民族镇", "办事处", "街道", "苏木", "地区", "镇", "乡"],
};

/** The name without its unit suffix (闵行区 → 闵行, 浦东新区 → 浦东, 石林彝族自治县 → 石林), or null
 *  when that would leave fewer than two characters (城区, 唐镇) or nothing was stripped. */
export function shortName(name: string, level: NameLevel): string | null {
  const n = name.trim();
  for (const suffix of SUFFIXES[level]) {
    if (!n.endsWith(suffix)) continue;
    let stem = n.slice(0, -suffix.length);
    if (suffix.startsWith("自治") || suffix === "民族乡" || suffix === "民族镇") {
      // 积石山保安族东乡族撒拉族自治县 → 积石山
      for (let guard = 0; guard < 6 && PEOPLE_SUFFIX.test(stem); guard++) stem = stem.replace(PEOPLE_SUFFIX, "");
      for (let guard = 0; guard < 3 && BARE_PEOPLE.test(stem) && stem.replace(BARE_PEOPLE, "").length >= 2; guard++) stem = stem.replace(BARE_PEOPLE, "");
    }
    if (level === "town" && suffix === "镇" && stem.endsWith("新") && stem.length >= 3) stem = stem.slice(0, -1); // 川沙新镇 → 川沙
    if (level === "town" && suffix === "街道" && stem.endsWith("镇") && stem.length >= 3) stem = stem.slice(0, -1); // 真如镇街道 → 真如
    if (level === "province") {
      // 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆
      for (let guard = 0; guard < 3 && PEOPLE_SUFFIX.test(stem); guard++) stem = stem.replace(PEOPLE_SUFFIX, "");
      stem = stem.replace(/维吾尔$/, ""); // 新疆维吾尔自治区 names the people without 族
    }
    return stem.length >= 2 ? stem : null;
  }
  return null;
}

/**
 * Other full names an autonomous area is written with: its stem and the plain unit (昌吉回族自治州 →
 * 昌吉州, 木垒哈萨克自治县 → 木垒县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗), as its own offices write them.
 */
export function autonomousVariants(name: string): string[] {
  for (const [suffix, level, plain] of [["自治州", "city", "州"], ["自治县", "district", "县"], ["自治旗", "district", "旗"]] as const) {
    if (!name.endsWith(suffix)) continue;
    const stem = shortName(name, level);
    return stem ? [stem + plain] : [];
  }
  return [];
}

/**
 * Other full names a town is written with: 川沙新镇 → 川沙镇; 真如镇街道 → 真如镇; X路街道 ↔ X街道
 * (古美街道 is also written 古美路街道). Full names only: short forms come from shortName.
 */
export function townVariants(name: string): string[] {
  const out: string[] = [];
  if (name.endsWith("新镇") && name.length >= 4) out.push(name.slice(0, -2) + "镇");
  if (name.endsWith("镇街道") && name.length >= 5) out.push(name.slice(0, -2));
  if (name.endsWith("街道办事处")) out.push(name.slice(0, -3));
  if (name.endsWith("路街道") && name.length >= 5) out.push(name.slice(0, -3) + "街道");
  else if (name.endsWith("街道") && !name.endsWith("镇街道") && name.length >= 4) out.push(name.slice(0, -2) + "路街道");
  return out;
}
