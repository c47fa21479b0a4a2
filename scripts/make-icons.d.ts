// Types for make-icons.js, so TypeScript tests can import it.
export const ICONS: { name: string; glyph: string; colour: [number, number, number]; sizes: number[] }[];
export function render(size: number, glyph: string, colour: [number, number, number]): Buffer;
