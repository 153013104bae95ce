import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [dir, entry] = process.argv.slice(2);
const r = await build({ stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
const code = r.outputFiles[0].contents;
console.log('gz', gzipSync(code, { level: 9 }).byteLength);
const out = Object.values(r.metafile.outputs)[0];
for (const [f, v] of Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(v.bytesInOutput, f);
