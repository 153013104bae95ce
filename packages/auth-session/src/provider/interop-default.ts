/**
 * The default export of a module imported as a namespace, whichever of its builds was loaded.
 * Our CJS build imports a CJS dependency with Node's semantics (the package is `type: module`),
 * which makes `default` the whole `module.exports` and ignores its `__esModule` flag; the real
 * default then sits one level down.
 */
export function interopDefault<T>(namespace: { default: T }): T {
  const value = namespace.default as unknown;
  return typeof value === 'object' && value !== null && 'default' in value
    ? (value as { default: T }).default
    : namespace.default;
}
