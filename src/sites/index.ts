// The registry of site adapters. A meta-test checks that every adapter file
// is listed here, documented in README and tested.
import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, linkedin];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(hostname));
}
