/**
 * The host the renderer runs in: Electron's preload bridge when there is one, else the
 * browser implementation.
 */
import type { HostApi } from '../../../core/host/contract';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    stackBuilder?: HostApi;
  }
}

let current: HostApi | undefined;

export function getHost(): HostApi {
  current ??= window.stackBuilder ?? createBrowserHost();
  return current;
}

/** For tests: run the app against a host of their making. */
export function setHost(host: HostApi): void {
  current = host;
}
