/** Types for webpack.config.js, so tests can import it. */
import type { Configuration } from 'webpack';

declare function makeConfig(env: Record<string, unknown>, argv: { mode?: string }): Configuration;
export default makeConfig;
