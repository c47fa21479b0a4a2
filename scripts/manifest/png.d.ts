// Types for png.js, so TypeScript tests can import it.
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function readPngSize(buf: Buffer): { width: number; height: number } | null;
export function decodeRgbaPng(buf: Buffer): { width: number; height: number; rgba: Buffer } | null;
export function crc32(buf: Buffer): number;
