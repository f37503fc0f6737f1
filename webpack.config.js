/**
 * Builds the task pane into dist/: taskpane.html, its script and lazily loaded chunks (the text and
 * fill views, the engine's worker), the page for Internet Explorer, the help page, the icons and
 * manifest.xml.; and the
 * offline web page dist/soat.html (webpack.web.js).
 *   npm run build        production (URLs in manifest.xml rewritten to urlProd)
 *   npm run dev-server   https://localhost:3000 with Office's dev certificates
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webConfigs = require("./webpack.web");

const urlDev = "https://localhost:3000/";
const urlProd = "https://soat.example.vn/"; // where dist/ is deployed

/**
 * The pane's first script must stay small: it loads in Excel's web view on every open. The views
 * opened later and the engine's worker are chunks of their own, each under the same budget.
 */
const ENTRY_LIMIT = 540 * 1024;
const CHUNK_LIMIT = 600 * 1024;

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** Prints the size of each emitted script, so that the budget is visible at every build. */
class ReportBundleSize {
  constructor(limit) {
    this.limit = limit;
  }
  apply(compiler) {
    compiler.hooks.done.tap("ReportBundleSize", (stats) => {
      // The compilation's own list: the stats summary groups assets once there are many.
      for (const asset of stats.compilation.getAssets()) {
        if (!asset.name.endsWith(".js")) continue;
        const kib = (asset.source.size() / 1024).toFixed(1);
        const limit = this.limit ? ` (limit ${(asset.name.startsWith("taskpane.") ? this.limit.entry : this.limit.chunk) / 1024} KiB)` : " (development build, not minified)";
        console.log(`Pane bundle: ${asset.name} ${kib} KiB${limit}`);
      }
    });
  }
}

const paneConfig = async (env, options) => {
  const dev = options.mode === "development";
  return {
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // The runtime apart: a change in one chunk does not rewrite the pane's main script.
    optimization: { runtimeChunk: "single" },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Types are checked by `npm run typecheck`; ES modules let webpack drop unused Fluent UI.
            transpileOnly: true,
            // ES2019: no optional chaining in the output, for the Edge (EdgeHTML) web view of Office 2016/2019 retail.
            compilerOptions: { module: "esnext", target: "es2019", sourceMap: dev },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // A module script: Internet Explorer skips it and runs unsupported.js (nomodule) instead.
        scriptLoading: "module",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/unsupported.js", to: "[name][ext]" },
          { from: "src/taskpane/help.html", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
      new ReportBundleSize(dev ? undefined : { entry: ENTRY_LIMIT, chunk: CHUNK_LIMIT }),
    ],
    // The build fails over budget: the first script (entrypoint) and every chunk.
    performance: dev ? false : { hints: "error", maxAssetSize: CHUNK_LIMIT, maxEntrypointSize: ENTRY_LIMIT, assetFilter: (name) => name.endsWith(".js") },
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await getHttpsOptions() },
        }
      : undefined,
  };
};

/** The pane, then the offline web page (dist/soat.html, webpack.web.js) once the pane has cleaned dist/. */
module.exports = async (env, options) => {
  if (env.webOnly) return webConfigs(options.mode); // npm run build:web
  const pane = { name: "taskpane", ...(await paneConfig(env, options)) };
  return env.WEBPACK_SERVE ? pane : [pane, ...webConfigs(options.mode, "taskpane")];
};
