import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // A separate build tsconfig (composite: false) avoids TS6307 with --dts.
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  sourcemap: false,
  clean: true,
  treeshake: true,
  external: ['zod'],
});
