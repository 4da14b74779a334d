import { describe, expect, it } from 'vitest';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme.js';

describe('Office theme', () => {
  it('follows a dark Office body background', () => {
    expect(themeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
  });

  it('is light where the host gives no theme', () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  });
});
