import type { ArgTypes } from '@storybook/web-components-vite';

/** One public design token as a story control: the custom property it sets and the Brand theme's value. */
export interface ThemeToken {
  property: `--cc-${string}`;
  brand: string;
  control: 'color' | 'text';
  description: string;
}

/**
 * The "Brand" theme: a warm paper background, a teal accent, rounder corners, a serif font and roomier
 * spacing. Every pair of colours that meets on screen keeps WCAG AA contrast (text 4.5:1, focus ring 3:1),
 * which the story accessibility test checks.
 */
export const BRAND_TOKENS = {
  background: { property: '--cc-color-background', brand: '#fffaf3', control: 'color', description: 'Background' },
  surface: { property: '--cc-color-surface', brand: '#f4ecdf', control: 'color', description: 'Buttons, rows, cards' },
  text: { property: '--cc-color-text', brand: '#2b2118', control: 'color', description: 'Text' },
  textMuted: { property: '--cc-color-text-muted', brand: '#66533f', control: 'color', description: 'Secondary text' },
  border: { property: '--cc-color-border', brand: '#cbb89c', control: 'color', description: 'Borders' },
  accent: { property: '--cc-color-accent', brand: '#0e6b63', control: 'color', description: 'Primary buttons, links, badges' },
  onAccent: { property: '--cc-color-on-accent', brand: '#fffaf3', control: 'color', description: 'Text on the accent' },
  danger: { property: '--cc-color-danger', brand: '#a8261b', control: 'color', description: 'Destructive actions, errors' },
  success: { property: '--cc-color-success', brand: '#1d6b35', control: 'color', description: 'Status messages' },
  focusRing: { property: '--cc-focus-ring-color', brand: '#c2410c', control: 'color', description: 'Focus outline' },
  radius: { property: '--cc-radius', brand: '14px', control: 'text', description: 'Corner radius' },
  spacing: { property: '--cc-spacing', brand: '1rem', control: 'text', description: 'Base spacing' },
  fontFamily: {
    property: '--cc-font-family',
    brand: "Georgia, 'Hiragino Mincho ProN', 'Noto Serif JP', serif",
    control: 'text',
    description: 'Font',
  },
  fontSize: { property: '--cc-font-size', brand: '1rem', control: 'text', description: 'Base font size' },
  avatarSize: { property: '--cc-avatar-size', brand: '3rem', control: 'text', description: 'Avatar diameter' },
} satisfies Record<string, ThemeToken>;

export type ThemeArgs = Record<keyof typeof BRAND_TOKENS, string>;

const entries = Object.entries(BRAND_TOKENS) as [keyof ThemeArgs, ThemeToken][];

/** The Brand theme as story args. */
export const brandArgs = (): ThemeArgs => Object.fromEntries(entries.map(([arg, t]) => [arg, t.brand])) as ThemeArgs;

/** Args that set no token at all: the elements' defaults. */
export const noThemeArgs = (): ThemeArgs => Object.fromEntries(entries.map(([arg]) => [arg, ''])) as ThemeArgs;

/** A colour picker or text field per token, grouped under "Theme" in the Controls panel. */
export const themeArgTypes = (): Partial<ArgTypes<ThemeArgs>> =>
  Object.fromEntries(
    entries.map(([arg, t]) => [arg, { name: t.property, control: t.control, description: t.description, table: { category: 'Theme' } }]),
  );

/**
 * The inline style a host page would set on a wrapper: each token that has a value, plus the wrapper's own
 * background and text colour so the page around the elements matches them. Empty args set nothing.
 */
export function themeStyle(args: Partial<ThemeArgs>): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [arg, t] of entries) {
    const value = args[arg]?.trim();
    if (value) style[t.property] = value;
  }
  if (args.background?.trim()) style['background'] = args.background.trim();
  if (args.text?.trim()) style['color'] = args.text.trim();
  return style;
}
