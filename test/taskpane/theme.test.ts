import { describe, expect, it } from 'vitest';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme.js';

describe('themeFor', () => {
  it('follows a dark Office with the dark theme (loaded on demand), a light one with the light', async () => {
    await expect(themeFor({ bodyBackgroundColor: '#262626' })).resolves.toBe(webDarkTheme);
    await expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).resolves.toBe(webLightTheme);
  });

  it('falls back to light when Office gives no theme', async () => {
    await expect(themeFor(undefined)).resolves.toBe(webLightTheme);
  });
});
