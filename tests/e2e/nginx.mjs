// Debian's real nginx running the shipped deploy/nginx/ config, rendered for
// loopback: a temp prefix (caches, the fetcher's socket, temp files, logs,
// pid), its own port, and the local mock state API as upstream instead of
// https://{env}.superoffice.com.
// Everything else is the shipped config as it is. Used by the e2e suite and
// by make bench.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, freePort, sleep } from "./harness.mjs";

export const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
export const DEPLOY = path.join(root, "deploy/nginx");
const HTTP_CONF = "so-tenant-status.http.conf";
const LOCATIONS_CONF = "so-tenant-status.locations.conf";
const SHIPPED_UPSTREAM = 'set $sots_upstream "https://$sots_env.superoffice.com";';
const SHIPPED_CACHE = "/var/cache/nginx/";
const SHIPPED_SOCKET = "/run/so-tenant-status-fetcher.sock";
const SHIPPED_CORS = '# "https://portal.example.com" $http_origin;';

const isRoot = () => process.getuid?.() === 0;

/** A main nginx.conf around the two shipped parts, all paths below `dir`. */
function mainConf(dir, { port, docRoot, csp }) {
  const at = (p) => path.join(dir, p);
  return `# written by tests/e2e/nginx.mjs
${isRoot() ? "user root;" : ""}
worker_processes 1;
pid ${at("nginx.pid")};
error_log ${at("error.log")} warn;
events { worker_connections 1024; }
http {
  log_format sots '$request_method $uri $status $upstream_cache_status $msec $server_name $upstream_addr';
  access_log ${at("access.log")} sots;
  client_body_temp_path ${at("tmp/body")};
  proxy_temp_path ${at("tmp/proxy")};
  fastcgi_temp_path ${at("tmp/fastcgi")};
  uwsgi_temp_path ${at("tmp/uwsgi")};
  scgi_temp_path ${at("tmp/scgi")};
  types {
    text/html html; text/css css; application/javascript js mjs; application/wasm wasm;
    image/svg+xml svg; application/json json;
  }
  include ${at(HTTP_CONF)};
  server {
    listen 127.0.0.1:${port};
    server_name portal;
    ${docRoot ? `root ${docRoot};` : ""}
    ${csp ? `add_header Content-Security-Policy "${csp}" always;` : ""}
    include ${at(LOCATIONS_CONF)};
  }
}
`;
}

/** The shipped parts with the loopback substitutions; throws if the shipped text moved. */
function render(dir, { upstream, corsOrigin }) {
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx no longer contains ${from}`);
    return text.replaceAll(from, to);
  };
  let http = readFileSync(path.join(DEPLOY, HTTP_CONF), "utf8");
  http = replace(http, SHIPPED_CACHE, path.join(dir, "cache") + "/");
  http = replace(http, SHIPPED_SOCKET, path.join(dir, "fetcher.sock"));
  http = replace(http, SHIPPED_UPSTREAM, `set $sots_upstream "${upstream}";`);
  if (corsOrigin) http = replace(http, SHIPPED_CORS, `"${corsOrigin}" $http_origin;`);
  const locations = readFileSync(path.join(DEPLOY, LOCATIONS_CONF), "utf8");
  writeFileSync(path.join(dir, HTTP_CONF), http);
  writeFileSync(path.join(dir, LOCATIONS_CONF), locations);
}

function prefix() {
  const dir = mkdtempSync(path.join(tmpdir(), "sots-nginx-"));
  for (const sub of ["tmp", "cache"]) mkdirSync(path.join(dir, sub));
  chmodSync(dir, 0o777);
  return dir;
}

/** `nginx -t` on a main conf; returns { ok, output }. */
function check(dir) {
  const r = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/**
 * `nginx -t` on the shipped files exactly as they are. Needs root: the cache
 * folder is under /var/cache/nginx, which docs/deploy-nginx.md's install steps create
 * (as done here).
 */
export function checkShipped() {
  mkdirSync(SHIPPED_CACHE, { recursive: true });
  const dir = prefix();
  try {
    const at = (p) => path.join(dir, p);
    writeFileSync(
      at("nginx.conf"),
      `pid ${at("nginx.pid")};\nerror_log ${at("error.log")};\nevents {}\nhttp {\n  include ${path.join(DEPLOY, HTTP_CONF)};\n  server {\n    listen 127.0.0.1:8;\n    include ${path.join(DEPLOY, LOCATIONS_CONF)};\n  }\n}\n`,
    );
    return check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts nginx with the rendered config in front of `upstream` (the mock's
 * origin). `docRoot` also serves a page from the same origin.
 */
export async function startNginx({ upstream, docRoot, csp, corsOrigin } = {}) {
  const dir = prefix();
  const port = await freePort();
  render(dir, { upstream, corsOrigin });
  writeFileSync(path.join(dir, "nginx.conf"), mainConf(dir, { port, docRoot, csp }));
  const tested = check(dir);
  if (!tested.ok) throw new Error(`nginx -t failed:\n${tested.output}`);
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${origin}/so/`);
      break;
    } catch (e) {
      if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
      await sleep(50);
    }
  }
  return {
    origin,
    dir,
    configTest: tested,
    /**
     * Access log lines of the viewers' side (the portal's location), or with
     * `{ fetcher: true }` of the fetcher, whose every line not served from
     * its own memory is one attempt upstream: { method, uri, status, cache,
     * t (epoch ms), upstream (address) }.
     */
    log({ fetcher = false } = {}) {
      return readFileSync(path.join(dir, "access.log"), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [method, uri, status, cache, msec, server, upstream] = l.split(" ");
          return { method, uri, status: Number(status), cache, t: Math.round(Number(msec) * 1000), server, upstream };
        })
        .filter((l) => (l.server === "so-tenant-status-fetcher") === fetcher);
    },
    async stop() {
      child.kill("SIGQUIT");
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
