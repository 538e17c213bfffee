/**
 * Hostile share links: random fragments, and real links to mutated diagrams. The property: the
 * link opens as a valid diagram that encodes back to a link opening the same diagram, or is
 * refused with a message; decoding never throws.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serializeDjstack } from '../format/djstack';
import { sampleDiagram } from '../format/testing/documents';
import { decodeShareFragment, encodeShareFragment } from './share-link';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const valid = new TextEncoder().encode(serializeDjstack(sampleDiagram()));
const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

let tried = 0;

function checkLink(fragment: string): void {
  tried++;
  const opened = decodeShareFragment(fragment);
  if (!opened.ok) {
    expect(opened.error.length).toBeGreaterThan(10);
    return;
  }
  const again = encodeShareFragment(opened.diagram);
  if (!again.ok) return;
  const reopened = decodeShareFragment(again.fragment);
  expect(reopened.ok).toBe(true);
  if (reopened.ok) expect(serializeDjstack(reopened.diagram)).toBe(serializeDjstack(opened.diagram));
}

describe('share links under fuzzing', () => {
  it('random fragments open or are refused with a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `share=1.${s}`),
        ),
        (fragment) => checkLink(fragment),
      ),
      { numRuns: FUZZ_RUNS.shareLinkFragments.runs },
    );
  });

  it('links to diagrams with flipped bytes open or are refused with a message', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        (flips) => {
          const bytes = valid.slice();
          for (const [at, value] of flips) bytes[at] = value;
          checkLink(`#share=1.${toBase64Url(deflateSync(bytes))}`);
        },
      ),
      { numRuns: FUZZ_RUNS.shareLinkFlippedBytes.runs },
    );
  });

  const planned = FUZZ_RUNS.shareLinkFragments.runs + FUZZ_RUNS.shareLinkFlippedBytes.runs;
  it(`tried ${planned} whole links`, () => {
    expect(tried).toBeGreaterThanOrEqual(planned);
  });
});
