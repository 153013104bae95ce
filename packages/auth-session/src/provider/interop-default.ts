/**
 * A CJS dependency's default import, in both of our builds. Our packages are `type: module`, so
 * esbuild compiles our CJS build with Node's interop: a default import of a CJS module is its
 * whole `module.exports`, whatever its `__esModule` flag says, and the real default sits one
 * level down. The ESM build gets the default itself (and keeps tree-shaking it).
 */
export function interopDefault<T>(imported: T): T {
  const value = imported as unknown;
  return typeof value === 'object' && value !== null && 'default' in value
    ? (value as { default: T }).default
    : imported;
}
