/** Display helpers for labels the core writes for use inside sentences ("policy item"). */
export function capitalise(s: string): string {
  return s.length > 0 && s[0] >= "a" && s[0] <= "z" ? s[0].toUpperCase() + s.slice(1) : s;
}
