// `instanceof` that holds across copies of this package: its ESM and CJS builds loaded side by
// side (one app `import`s, a dependency `require`s), or two versions. Each class marks its
// prototype with a registered symbol, the same in every copy, and `instanceof` tests the mark.
export function brand(target: { readonly prototype: object }, name: string): void {
  const mark = Symbol.for(`apiclients.${name}`);
  const define = Object.defineProperty;
  define(target.prototype, mark, { value: 1 });
  define(target, Symbol.hasInstance, { value: (value: unknown) => mark in Object(value) });
}
