/**
 * "Update package data…" and "Add package by name…": which of their dialogs is open and how a
 * running refresh goes (packages done of all, an error). Never part of the document or of undo.
 */
import { create } from 'zustand';
import type { PackageDataProgress } from '../../../core/host/contract';

export type PackageDataDialog = 'none' | 'update' | 'add-by-name';

export interface PackageDataState {
  dialog: PackageDataDialog;
  running: boolean;
  progress: PackageDataProgress | null;
  /** The last refresh's one-sentence failure; cleared when a new one starts. */
  error: string | null;
  /** The index URL last used (kept for the next time). */
  indexUrl: string;
}

const INDEX_URL_KEY = 'django-stack-builder.index-url';
export const DEFAULT_INDEX_URL = 'https://pypi.org';

function storedIndexUrl(): string {
  try {
    return globalThis.localStorage?.getItem(INDEX_URL_KEY) || DEFAULT_INDEX_URL;
  } catch {
    return DEFAULT_INDEX_URL;
  }
}

export const usePackageDataStore = create<PackageDataState>()(() => ({
  dialog: 'none',
  running: false,
  progress: null,
  error: null,
  indexUrl: storedIndexUrl(),
}));

/** Remembers the index URL a refresh used. */
export function rememberIndexUrl(indexUrl: string): void {
  usePackageDataStore.setState({ indexUrl });
  try {
    globalThis.localStorage?.setItem(INDEX_URL_KEY, indexUrl);
  } catch {
    // storage unavailable: the URL lasts for this session
  }
}
