// Builds tests/bundler/ into target/bundler/ with pkg/ resolved as the
// "so-tenant-status" package, the way an app's node_modules would hold it.
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
export default {
  root: here,
  base: "./",
  logLevel: "warn",
  resolve: { alias: [{ find: /^so-tenant-status(\/.*)?$/, replacement: path.resolve(here, "../../pkg") + "$1" }] },
  build: { outDir: path.resolve(here, "../../target/bundler"), emptyOutDir: true, target: "es2022" },
};
