/**
 * A picture of the stack as real SVG: one group per package (box, title, version, badges,
 * port dots and labels) and one path per wire, written from a small picture model. No HTML,
 * no foreignObject, no selection styling: the picture shows the stack, not the screen.
 */

export interface PictureBadge {
  text: string;
  tone: 'error' | 'warning' | 'muted';
}

export interface PicturePort {
  label: string;
  color: string;
  direction: 'in' | 'out';
  /** The port's centre, from the top of its node. */
  y: number;
  required: boolean;
  wired: boolean;
}

export interface PictureNode {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  /** The PyPI name when the title differs from it. */
  subtitle: string;
  roles: string;
  badges: readonly PictureBadge[];
  ports: readonly PicturePort[];
  worst: 'error' | 'warning' | null;
}

export interface PictureEdge {
  /** SVG path data in the diagram's coordinates. */
  path: string;
  color: string;
  worst: 'error' | 'warning' | null;
}

export interface Picture {
  nodes: readonly PictureNode[];
  edges: readonly PictureEdge[];
}

export interface PictureColors {
  background: string;
  node: string;
  border: string;
  text: string;
  muted: string;
  danger: string;
  warning: string;
}

export const LIGHT_PICTURE: PictureColors = {
  background: '#eef1f5',
  node: '#ffffff',
  border: '#9aa3b1',
  text: '#1b2330',
  muted: '#4f5968',
  danger: '#b42318',
  warning: '#8a5300',
};

const PADDING = 32;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
// Text is not measured (there is no layout engine here): an average glyph width keeps long
// names inside their box, cut with an ellipsis.
const CHAR_WIDTH = { title: 7.4, small: 6.2 };

/** Diagram text made safe for XML: the five special characters escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 allows no C0 control character but tab, newline and carriage return.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function fit(text: string, width: number, charWidth: number): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function badgeWidth(badge: PictureBadge): number {
  return badge.text.length * CHAR_WIDTH.small + 12;
}

function toneColor(tone: PictureBadge['tone'] | PictureNode['worst'], colors: PictureColors): string {
  if (tone === 'error') return colors.danger;
  if (tone === 'warning') return colors.warning;
  return colors.muted;
}

function nodeSvg(node: PictureNode, colors: PictureColors): string {
  const parts: string[] = [];
  const border = node.worst ? toneColor(node.worst, colors) : colors.border;
  parts.push(
    `<rect width="${n(node.width)}" height="${n(node.height)}" rx="10" fill="${colors.node}" stroke="${border}"/>`,
  );
  // Badges, right-aligned on the title's line.
  let right = node.width - 10;
  for (const badge of [...node.badges].reverse()) {
    const width = badgeWidth(badge);
    right -= width;
    const color = toneColor(badge.tone, colors);
    parts.push(
      `<rect x="${n(right)}" y="9" width="${n(width)}" height="17" rx="8.5" fill="none" stroke="${color}"/>` +
        `<text class="s" x="${n(right + width / 2)}" y="21.5" text-anchor="middle" fill="${color}">${escapeXml(badge.text)}</text>`,
    );
    right -= 4;
  }
  parts.push(`<text class="t" x="12" y="22">${escapeXml(fit(node.title, right - 16, CHAR_WIDTH.title))}</text>`);
  let line = 22;
  if (node.subtitle) {
    line += 15;
    parts.push(
      `<text class="s m" x="12" y="${line}">${escapeXml(fit(node.subtitle, node.width - 24, CHAR_WIDTH.small))}</text>`,
    );
  }
  if (node.roles) {
    line += 15;
    parts.push(
      `<text class="s m" x="12" y="${line}">${escapeXml(fit(node.roles, node.width - 24, CHAR_WIDTH.small))}</text>`,
    );
  }
  for (const port of node.ports) {
    const color = escapeXml(port.color);
    const inward = port.direction === 'in';
    const x = inward ? 0 : node.width;
    const hollow = port.required && !port.wired;
    parts.push(
      `<circle cx="${n(x)}" cy="${n(port.y)}" r="5" fill="${hollow ? colors.node : color}" stroke="${color}" stroke-width="${hollow ? 2 : 1}"/>`,
    );
    const label = fit(`${port.label}${port.required ? ' *' : ''}`, node.width / 2 - 16, CHAR_WIDTH.small);
    parts.push(
      `<text class="s" x="${n(inward ? 12 : node.width - 12)}" y="${n(port.y + 4)}"${inward ? '' : ' text-anchor="end"'}>${escapeXml(label)}</text>`,
    );
  }
  return `<g transform="translate(${n(node.x)} ${n(node.y)})">${parts.join('')}</g>`;
}

function edgeSvg(edge: PictureEdge, colors: PictureColors): string {
  const stroke = edge.worst === 'error' ? colors.danger : escapeXml(edge.color);
  const dash = edge.worst ? ' stroke-dasharray="6 4"' : '';
  return `<path d="${escapeXml(edge.path)}" fill="none" stroke="${stroke}" stroke-width="2"${dash}/>`;
}

/** The whole picture as an SVG document, cropped to the packages with a margin. */
export function stackSvg(picture: Picture, theme: PictureColors = LIGHT_PICTURE): string {
  // Colours come from CSS and the catalog: escaped like any text that lands in an attribute.
  const colors = Object.fromEntries(
    Object.entries(theme).map(([key, value]) => [key, escapeXml(value)]),
  ) as unknown as PictureColors;
  const nodes = picture.nodes;
  const left = Math.min(...nodes.map((node) => node.x), 0) - PADDING;
  const top = Math.min(...nodes.map((node) => node.y), 0) - PADDING;
  const right = Math.max(...nodes.map((node) => node.x + node.width), 0) + PADDING;
  const bottom = Math.max(...nodes.map((node) => node.y + node.height), 0) + PADDING;
  const width = right - left;
  const height = bottom - top;
  const style =
    `.t{font:600 13px ${FONT};fill:${colors.text}}` +
    `.s{font:11px ${FONT};fill:${colors.text}}` +
    `.m{fill:${colors.muted}}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}">`,
    `<style>${style}</style>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${colors.background}"/>`,
    `<g class="edges">${picture.edges.map((edge) => edgeSvg(edge, colors)).join('')}</g>`,
    `<g class="nodes">${nodes.map((node) => nodeSvg(node, colors)).join('\n')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
