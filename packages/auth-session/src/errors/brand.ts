// `instanceof` that holds across copies of this package: its ESM and CJS builds loaded side by
// side (one app `import`s, a dependency `require`s), or two versions. Each class has a getter
// named for it on its prototype, the same in every copy, and a static `Symbol.hasInstance` that
// tests for it. Written in the class body, not by a call after it: a bundler can then still drop
// a class nobody uses.
export const hasBrand = (value: unknown, brand: string): boolean => brand in Object(value);
