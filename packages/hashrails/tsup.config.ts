// generated from specs/hashrails.yaml by `pnpm generate`. To write this file by hand, delete this line: it is then yours.
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.shared.js';

export default defineConfig(packageConfig(['src/index.ts', 'src/frontend.ts', 'src/webhooks.ts']));
