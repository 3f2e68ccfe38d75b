export const START_MARKER: string;
export const END_MARKER: string;
export function functionReference(): Promise<string>;
export function withReference(readme: string, reference: string): string;
