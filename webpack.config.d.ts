/** Types for webpack.config.js, so tests can import it. */
import type { Configuration } from 'webpack';

declare function makeConfig(env: Record<string, unknown>, argv: { mode?: string }): Configuration;
export default makeConfig;

/** The @microsoft/office-js package's dist folder (office.js and its host files). */
export declare function officeJsFolder(): string;
