import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyDiagram } from '../diagram/model';
import { parseDjstack, serializeDjstack } from '../format/djstack';
import { sampleDiagram } from '../format/testing/documents';
import { decodeShareFragment, encodeShareFragment, isShareFragment, MAX_SHARE_CHARS } from './share-link';

/** A fragment carrying any bytes, as a hostile link would. */
function fragmentOf(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of deflateSync(bytes)) binary += String.fromCharCode(byte);
  return `share=1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}
const text = (value: string) => new TextEncoder().encode(value);

describe('share links', () => {
  it('a diagram survives the round trip through the fragment, as a file would', () => {
    const encoded = encodeShareFragment(sampleDiagram());
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${encoded.fragment}`)).toBe(true);
    const decoded = decodeShareFragment(`#${encoded.fragment}`);
    expect(decoded).toEqual(parseDjstack(serializeDjstack(sampleDiagram())));
  });

  it('compresses: a 15-node stack fits in a short link', () => {
    const diagram = emptyDiagram();
    for (let i = 0; i < 15; i++)
      diagram.nodes.push({ id: `n${i}`, package: `django-package-${i}`, position: { x: i * 280, y: 0 } });
    const encoded = encodeShareFragment(diagram);
    expect(encoded.ok && encoded.fragment.length).toBeLessThan(serializeDjstack(diagram).length / 2);
  });

  it('a diagram too large for a link says so and gives no link', () => {
    const diagram = emptyDiagram();
    // Distinct names and positions, which deflate cannot shrink much.
    for (let i = 0; i < 3000; i++)
      diagram.nodes.push({
        id: `n${(i * 7919).toString(36)}`,
        package: `p${(i * 104729).toString(36)}`,
        position: { x: i * 37, y: (i * 7907) % 9973 },
      });
    const encoded = encodeShareFragment(diagram);
    expect(encoded).toEqual({
      ok: false,
      error: expect.stringMatching(/too large for a share link .* Save it as a .djstack file/),
    });
  });

  it('a link that is not base64url, or not deflate, is refused with a message', () => {
    expect(decodeShareFragment('#share=1.abc$def')).toEqual({
      ok: false,
      error: expect.stringMatching(/not valid base64url/),
    });
    expect(decodeShareFragment('#share=1.AAAAAAAA')).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeShareFragment('#other=1')).toEqual({ ok: false, error: 'This link does not carry a diagram.' });
    expect(isShareFragment('#other=1')).toBe(false);
  });

  it('a link longer than the app makes is refused before it is decoded', () => {
    expect(decodeShareFragment(`share=1.${'A'.repeat(MAX_SHARE_CHARS + 1)}`)).toMatchObject({ ok: false });
  });

  it('a small link that inflates past the file limit is refused (a deflate bomb)', () => {
    const bomb = fragmentOf(new Uint8Array(6 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    expect(decodeShareFragment(bomb)).toEqual({ ok: false, error: expect.stringMatching(/expands past 5 MB/) });
  });

  it('a hostile document inside a link gets the loader’s own message', () => {
    const bad = JSON.stringify({
      ...sampleDiagram(),
      edges: [{ id: 'e', source: 'drf', sourcePort: 'api', target: 'missing', targetPort: 'api', role: 'api' }],
    });
    const decoded = decodeShareFragment(fragmentOf(text(bad)));
    const fromFile = parseDjstack(bad);
    expect(fromFile.ok).toBe(false);
    expect(decoded).toEqual({
      ok: false,
      error: `The shared diagram could not be opened. ${(fromFile as { error: string }).error}`,
    });
    expect(decodeShareFragment(fragmentOf(text('{"__proto__": {"x": 1}}')))).toMatchObject({ ok: false });
    expect(decodeShareFragment(fragmentOf(new Uint8Array([0xff, 0xfe, 0x00])))).toMatchObject({ ok: false });
  });
});
