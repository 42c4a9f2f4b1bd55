import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './src/sites/matches';

export default defineConfig({
  entrypointsDir: 'extension',
  // Explicit imports everywhere: no auto-import magic to read around.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Communis',
    description:
      'Post like a human, not a billboard: a private, local coach for your drafts on X, Facebook and LinkedIn.',
    permissions: ['storage'],
    host_permissions: SITE_MATCHES,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
