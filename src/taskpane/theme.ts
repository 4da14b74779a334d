/** The Fluent theme matching Office's: dark pane in a dark Office, light otherwise. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export function themeFor(
  officeTheme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined,
): Theme {
  return officeTheme && isDark(officeTheme.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
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
