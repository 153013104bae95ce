import { transformSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const src = readFileSync('/tmp/blips-bundle.js', 'utf8');
const gz = (t) => gzipSync(transformSync(t, { minify: true, format: 'esm' }).code, { level: 9 }).byteLength;
const full = gz(src);
console.log('full', full);
const cut = (from, to) => { const a = src.indexOf(from); const b = src.indexOf(to, a); return src.slice(0, a) + src.slice(b); };
for (const [f, t] of [['var SESSION_OPTIONS', 'function assertNotInBrowser'], ['var given', '// ../node_modules'], ['var securitySchemes', 'var api = {'], ['function createRateLimiter', 'function rateLimiterOption'], ['function logListener', 'function readCommonOptions'], ['var shared = ', 'var IN_FLIGHT'], ['function paginator', 'var COMMON_OPTIONS'], ['var ResponseError', 'function paginator'], ['function deriveOptions', 'function buildClient'], ['function checkHeaders', 'var LEVELS'], ['function createClient(', 'function serializePrimitiveParam']]) {
  console.log(f, full - gz(cut(f, t)));
}
