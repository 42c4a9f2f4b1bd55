import { defineBackground } from 'wxt/utils/define-background';

// The background will own the journal and settings (see DESIGN.md). For now
// it only exists so the extension has a service worker to grow into.
export default defineBackground(() => {});
