import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web; `vite build` writes dist/web, which the Express server serves at /.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // bench/web-bench.ts reads the manifest to sum the JS a reader page loads up front.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
