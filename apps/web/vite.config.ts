import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Light on a phone (README "Benchmarks", `npm run bench -- web-phone`): every page is its own
 * chunk (lazy routes in AppRoutes.tsx), antd is split by component so the login form loads only
 * the few it uses, React and the router sit in a chunk of their own (the same across releases
 * of the app's code), and echarts goes only to the statistics page. The build leaves a brotli
 * (.br) and a gzip (.gz) copy beside each text asset, which the api sends as they are.
 */
export default defineConfig({
  root,
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|mjs|css|svg|json)$/, threshold: 1024 })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
