import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, isFar } from './detail';

describe('the far-zoom level of detail', () => {
  it('starts below the zoom where 13 px node text is under 6 px on screen', () => {
    expect(13 * FAR_ZOOM).toBeLessThan(6);
    expect(isFar({ transform: [0, 0, FAR_ZOOM - 0.01] })).toBe(true);
    expect(isFar({ transform: [120, -40, 0.1] })).toBe(true);
    expect(isFar({ transform: [0, 0, FAR_ZOOM] })).toBe(false);
    expect(isFar({ transform: [0, 0, 1] })).toBe(false);
  });
});
