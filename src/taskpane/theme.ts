/**
 * The Fluent theme matching Office's: dark pane in a dark Office, light otherwise. The dark theme
 * is loaded only when Office is dark, so the usual light pane does not carry it.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

export async function themeFor(
  officeTheme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined,
): Promise<Theme> {
  if (!officeTheme || !isDark(officeTheme.bodyBackgroundColor)) return webLightTheme;
  const { webDarkTheme } = await import('@fluentui/react-components');
  return webDarkTheme;
}

/** Office gives colours as "#RRGGBB"; dark means a relative luminance under one half. */
function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
