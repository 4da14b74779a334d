/**
 * The web build of the add-in: task pane, ribbon function file, notice dialog and the demo
 * page, into dist/web/ (dist/ itself also holds the CLI build, so nothing here cleans dist/).
 *
 * Environment:
 *   ZIPING_ORIGIN=https://host/path   the origin the add-in is served from; replaces
 *                                     https://localhost:3000 in the copied manifest.xml.
 *   ZIPING_LOCAL_OFFICE_JS=1          for intranets without internet: load office.js from
 *                                     ./office-js/ instead of Microsoft's CDN. `npm run
 *                                     build:intranet` sets it and copies the @microsoft/office-js
 *                                     package there (a devDependency, so `npm ci` installs it).
 */
import { createRequire } from 'node:module';
import process from 'node:process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const DEV_ORIGIN = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  const origin = (process.env.ZIPING_ORIGIN ?? DEV_ORIGIN).replace(/\/$/, '');
  if (!origin.startsWith('https://')) {
    throw new Error(`ZIPING_ORIGIN must be an https URL (Office refuses plain http): ${origin}`);
  }
  const localOfficeJs = process.env.ZIPING_LOCAL_OFFICE_JS === '1';
  // Fail early, before a build that would point at files nobody can copy.
  if (localOfficeJs) officeJsFolder();
  const officeJs = localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS;

  const page = (name, template, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(root, template),
      chunks,
      officeJs,
      ...extra,
    });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice-page.ts',
      preview: './src/commands/preview-page.ts',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.join(root, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // Not output.clean: dist/ is shared with the CLI build; dist/web/ is ours alone, but a
      // stale hashed file costs nothing and `npm run size` reads only what the pages load.
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Our sources import './x.js' (ESM style) and mean './x.ts' or './x.tsx'.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npx tsc --noEmit -p .`; the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent UI change less often than our code: a separate, cacheable chunk.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'demo',
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', 'src/taskpane/taskpane.html', ['taskpane']),
      page('commands', 'src/commands/commands.html', ['commands']),
      page('notice', 'src/commands/notice.html', ['notice']),
      page('preview', 'src/commands/preview.html', ['preview']),
      page('demo', 'src/demo/demo.html', ['demo']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().replaceAll(DEV_ORIGIN, origin),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

/** The folder of the @microsoft/office-js package's office.js and its host files. */
export function officeJsFolder() {
  try {
    return path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  } catch {
    throw new Error(
      'ZIPING_LOCAL_OFFICE_JS=1 needs the @microsoft/office-js package: run npm ci (it is a devDependency).',
    );
  }
}

/**
 * Office only loads add-ins over https with a trusted certificate. `npx office-addin-dev-certs
 * install` creates and trusts one in ~/.office-addin-dev-certs; without it the dev server uses a
 * self-signed certificate (enough for Excel on the web after accepting it once in the browser).
 */
function httpsServer() {
  const dir = path.join(homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!existsSync(cert) || !existsSync(key)) return 'https';
  return {
    type: 'https',
    options: {
      cert: readFileSync(cert),
      key: readFileSync(key),
      ca: existsSync(path.join(dir, 'ca.crt')) ? readFileSync(path.join(dir, 'ca.crt')) : undefined,
    },
  };
}
