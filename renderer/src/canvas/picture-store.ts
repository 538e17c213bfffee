/**
 * Whether a picture of the canvas is being taken. A picture has every detail: the far-zoom view
 * is off (EXPORTING_ATTRIBUTE) and a windowed diagram (windowing.ts) mounts every package.
 */
import { create } from 'zustand';

export const usePictureStore = create<{ everything: boolean }>()(() => ({ everything: false }));
