import type { Random } from './random.js';

const PALETTES = [
  ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51'],
  ['#003049', '#d62828', '#f77f00', '#fcbf49', '#eae2b7'],
  ['#22223b', '#4a4e69', '#9a8c98', '#c9ada7', '#f2e9e4'],
  ['#0b132b', '#1c2541', '#3a506b', '#5bc0be', '#6fffe9'],
  ['#606c38', '#283618', '#fefae0', '#dda15e', '#bc6c25'],
  ['#3d405b', '#e07a5f', '#f4f1de', '#81b29a', '#f2cc8f'],
];

/**
 * A small abstract avatar drawn locally: a few circles, squares and triangles on a coloured ground,
 * as an inline `data:image/svg+xml` URL (about half a kilobyte; no network). The `;charset` parameter
 * keeps it within the avatar renderer's allow-list of inline images.
 */
export function geometricAvatar(r: Random): string {
  const palette = r.pick(PALETTES);
  const [ground, ...inks] = r.sample(palette, palette.length);
  const shapes: string[] = [];
  const count = r.int(2, 4);
  for (let i = 0; i < count; i++) {
    const fill = inks[i % inks.length]!;
    const x = r.int(8, 56);
    const y = r.int(8, 56);
    const size = r.int(12, 30);
    switch (r.int(0, 2)) {
      case 0:
        shapes.push(`<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${fill}"/>`);
        break;
      case 1:
        shapes.push(
          `<rect x="${x - size / 2}" y="${y - size / 2}" width="${size}" height="${size}" fill="${fill}" transform="rotate(${r.int(0, 89)} ${x} ${y})"/>`,
        );
        break;
      default:
        shapes.push(
          `<polygon points="${x},${y - size / 2} ${x + size / 2},${y + size / 2} ${x - size / 2},${y + size / 2}" fill="${fill}"/>`,
        );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${ground}"/>${shapes.join('')}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** An initials avatar with a soft gradient, for people who chose "use my initials". */
export function initialsAvatar(initials: string, r: Random): string {
  const hue = r.int(0, 359);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue} 70% 45%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 70% 35%)"/></linearGradient></defs>` +
    `<rect width="64" height="64" fill="url(#g)"/><text x="32" y="41" text-anchor="middle" font-family="system-ui,sans-serif" font-size="24" font-weight="600" fill="#fff">${escapeXml(initials)}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
