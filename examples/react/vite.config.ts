import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs: an intranet can serve the built page from any folder.
  base: './',
  plugins: [react()],
  // `npm run dev` next to `npm start` (the reference server on port 8080): the page's own origin
  // answers the API through this proxy. Another API: open the page with `?api=<base URL>`.
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
  build: {
    // React, Lit, the SDK and the calculator's rules end up in one ~160 KB (gzip) chunk; a portal
    // would split per route, which this one-page example does not need.
    chunkSizeWarningLimit: 700,
  },
});
