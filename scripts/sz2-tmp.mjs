import { build } from 'esbuild';
const [dir, entry] = process.argv.slice(2);
const r = await build({ stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, minify: false, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
process.stdout.write(r.outputFiles[0].text);
