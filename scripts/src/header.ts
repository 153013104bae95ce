// Apart from render.ts (which loads openapi-typescript and TypeScript): the contract worker
// needs only this line of it.
/** The first line of every generated file. */
export const header = (specFile: string) =>
  `// generated from ${specFile} — do not edit. Run \`pnpm generate\` to update.\n`;
