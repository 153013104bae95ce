import { build } from 'esbuild';
const [entry, name] = process.argv.slice(2);
const r = await build({ stdin: { contents: `import { ${name} } from '${entry}'; console.log(${name});`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module','main'],
  alias: { '@apiclients/auth-session/kit': '../packages/auth-session/src/kit.ts', '@apiclients/auth-session': '../packages/auth-session/src/index.ts' } });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([f, v]) => [v.bytesInOutput, f]).sort((a, b) => b[0] - a[0]);
let t=0; for (const [b] of rows) t+=b; console.log('total', t);
for (const [b, f] of rows.slice(0, 40)) console.log(String(b).padStart(6), f.replace(/.*node_modules\//, '').replace('../packages/auth-session/src/',''));
