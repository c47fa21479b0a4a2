// Types for start.js, so TypeScript tests can import it.
export function main(argv: string[], platform?: string): number;
export function webInstructions(stop: boolean): string;
