/**
 * Small inline icons. Emoji are not icons: Debian's Chromium ships no emoji font, so a 📌 shows
 * as an empty box. These draw in the text's colour and scale with its size.
 */

const common = {
  width: '1em',
  height: '1em',
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
  className: 'icon',
} as const;

/** A pushpin: the version is pinned. */
export function PinIcon() {
  return (
    <svg {...common} data-icon="pin">
      <path d="M6 2h4M7 2v4L4.5 9h7L9 6V2M8 9v5" />
    </svg>
  );
}

/** A warning triangle: installs on the target without declaring it. */
export function WarningIcon() {
  return (
    <svg {...common} data-icon="warning">
      <path d="M8 2 14.5 13.5h-13Z M8 6.5v3.2 M8 11.6v.1" />
    </svg>
  );
}
