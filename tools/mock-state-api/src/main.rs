//! A local mock of SuperOffice's public state API, for the demo and the tests.
//!
//! ```text
//! mock-state-api [--port 8787] [--static dist] [--csp "<policy>"] [--valid-for 20]
//! ```
//!
//! * `GET /api/state/{ctx}`: a state API answer with CORS headers. The demo
//!   tenants are `Cust1000`+code for every documented state (`Cust1002` is
//!   Running, `Cust1004` Suspended, ...), `Cust1099` with an unrecognised
//!   state, and fault scenarios (see [`SCENARIOS`]; tests also set
//!   `429-after-N` / `503-after-N` (that status with `Retry-After: N`),
//!   `reset` (the connection closed unanswered) and `empty` (an empty 200)).
//! * `POST /__mock/answer/{ctx}` (body: the exact answer): the tenant
//!   answers 200 with that body until it is given a scenario.
//! * `POST /__mock/scenario/{ctx}/{scenario}`: make a tenant answer with
//!   another scenario from now on (its answer count starts again); `POST /__mock/reset` forgets overrides and
//!   the request log; `GET /__mock/log` lists requests seen (context id,
//!   time and the headers each came with);
//!   `POST /__mock/clock/{ms}` makes `ValidUntil` relative to a fake now.
//! * `--static DIR`: serves the built page from `DIR` on the same origin, with
//!   an optional `Content-Security-Policy` header (`--csp`).
//!
//! Listens on 127.0.0.1 only. `ValidUntil` is set `--valid-for` seconds ahead
//! so the widget's refresh is visible.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use so_tenant_status_core::time::format_iso_ms;
use so_tenant_status_core::State;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

/// Fault scenarios by demo context id (besides `Cust1000 + state code`).
pub const SCENARIOS: [(&str, &str, &str); 13] = [
    ("Cust1099", "unrecognised", "an undocumented state name"),
    ("Cust4040", "404", "unknown tenant"),
    ("Cust4210", "421", "wrong subdomain, every time"),
    ("Cust4211", "421-once", "421 once, then Running"),
    (
        "Cust4212",
        "move",
        "Running on sod2, then on sod3 from its second answer on (a move)",
    ),
    ("Cust4290", "429", "rate limited"),
    ("Cust5000", "500", "internal server error"),
    ("Cust5030", "503", "service unavailable"),
    ("Cust7001", "slow", "answers Running after 2 s"),
    (
        "Cust7002",
        "timeout",
        "answers after 30 s (the widget gives up first)",
    ),
    ("Cust7003", "truncated", "truncated JSON"),
    ("Cust7004", "html", "an HTML error page with status 200"),
    ("Cust7005", "nocors", "Running, but without a CORS header"),
];

/// Hostile payload tenant: HTML and script in every string, `javascript:` URLs.
pub const HOSTILE: &str = "Cust6660";

#[derive(Default)]
struct Mock {
    overrides: HashMap<String, String>,
    /// Exact answers set by `POST /__mock/answer/{ctx}`: served with 200
    /// until the tenant is given a scenario again.
    answers: HashMap<String, Vec<u8>>,
    /// Every state request: context id, epoch ms and its headers.
    log: Vec<Seen>,
    /// Per-tenant request counts, for the `421-once` scenario.
    seen: HashMap<String, u32>,
    /// A fake "now" (epoch ms) for `ValidUntil`, set by benchmarks that run
    /// the page on a fake clock.
    clock: Option<i64>,
}

/// One state request as it arrived, for `GET /__mock/log`: what a proxy in
/// front of the mock passed on is judged by it.
struct Seen {
    ctx: String,
    at_ms: i64,
    /// Header names (lowercase) and values, in the order they came.
    headers: Vec<(String, String)>,
}

struct Config {
    static_dir: Option<PathBuf>,
    csp: Option<String>,
    valid_for_ms: i64,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The request methods the mock tells apart.
#[derive(Debug, PartialEq, Eq)]
enum Method {
    Get,
    Post,
    Options,
    Other,
}

/// One HTTP/1.1 request on its own connection. Every response closes the
/// connection: browsers then never wait on a response queued behind another
/// on a kept-alive socket.
struct Request {
    method: Method,
    url: String,
    /// The body (`Content-Length` bytes, at most 1 MiB), for control calls.
    body: Vec<u8>,
    /// The request's headers: names lowercased, values as UTF-8 (lossy).
    headers: Vec<(String, String)>,
    stream: TcpStream,
}

impl Request {
    /// Reads and parses the request head (httparse); `None` for anything
    /// that is not a complete HTTP/1.x request head within 64 KiB.
    fn read(mut stream: TcpStream) -> Option<Request> {
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut buf = Vec::with_capacity(2048);
        let mut chunk = [0u8; 4096];
        loop {
            let n = stream.read(&mut chunk).ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(chunk.get(..n)?);
            let mut headers = [httparse::EMPTY_HEADER; 64];
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(&buf) {
                Ok(httparse::Status::Complete(head_len)) => {
                    let length = req
                        .headers
                        .iter()
                        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
                        .and_then(|h| std::str::from_utf8(h.value).ok())
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0)
                        .min(1 << 20);
                    let mut body = buf.get(head_len..).unwrap_or_default().to_vec();
                    while body.len() < length {
                        let n = stream.read(&mut chunk).ok()?;
                        if n == 0 {
                            break;
                        }
                        body.extend_from_slice(chunk.get(..n)?);
                    }
                    body.truncate(length);
                    let method = match req.method? {
                        "GET" | "HEAD" => Method::Get,
                        "POST" => Method::Post,
                        "OPTIONS" => Method::Options,
                        _ => Method::Other,
                    };
                    let url = req.path?.to_owned();
                    let headers = req
                        .headers
                        .iter()
                        .map(|h| {
                            (
                                h.name.to_ascii_lowercase(),
                                String::from_utf8_lossy(h.value).into_owned(),
                            )
                        })
                        .collect();
                    return Some(Request {
                        method,
                        url,
                        body,
                        headers,
                        stream,
                    });
                }
                Ok(httparse::Status::Partial) if buf.len() < 64 * 1024 => continue,
                _ => return None,
            }
        }
    }

    fn method(&self) -> &Method {
        &self.method
    }

    fn url(&self) -> &str {
        &self.url
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        404 => "Not Found",
        421 => "Misdirected Request",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn respond(
    mut request: Request,
    status: u16,
    content_type: &str,
    body: Vec<u8>,
    extra: &[(&str, &str)],
) {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        reason(status),
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = request.stream.write_all(head.as_bytes());
    let _ = request.stream.write_all(&body);
    let _ = request.stream.flush();
    let _ = request.stream.shutdown(std::net::Shutdown::Write);
}

const CORS: [(&str, &str); 2] = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Expose-Headers", "Content-Type, Retry-After"),
];

/// The scenario a context id answers with by default.
fn default_scenario(ctx: &str) -> String {
    if let Some((_, scenario, _)) = SCENARIOS.iter().find(|(id, _, _)| *id == ctx) {
        return (*scenario).to_owned();
    }
    if ctx == HOSTILE {
        return "hostile".into();
    }
    let code = ctx
        .strip_prefix("Cust")
        .and_then(|d| d.parse::<i64>().ok())
        .map(|n| n - 1000);
    match code.map(State::from_code) {
        Some(state) if state.is_recognised() => state.name(),
        // Any other well-formed id is a Running tenant, so any id can be tried.
        _ => "Running".into(),
    }
}

fn state_body(ctx: &str, state: &str, is_running: bool, valid_until_ms: i64) -> String {
    state_body_on(
        "sod2.superoffice.com",
        ctx,
        state,
        is_running,
        valid_until_ms,
    )
}

fn state_body_on(
    host: &str,
    ctx: &str,
    state: &str,
    is_running: bool,
    valid_until_ms: i64,
) -> String {
    // .NET round-trip format: seven fractional digits.
    let iso = format_iso_ms(valid_until_ms).unwrap_or_default();
    json!({
        "ContextIdentifier": ctx,
        "Endpoint": format!("https://{host}/{ctx}"),
        "State": state,
        "IsRunning": is_running,
        "ValidUntil": format!("{}0000Z", iso.trim_end_matches('Z')),
        "Api": format!("https://{host}/{ctx}/api"),
        "Version": "Release_11.10_2026.02.24-02",
    })
    .to_string()
}

fn hostile_body(valid_until_ms: i64) -> String {
    let x = r#"<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"#;
    json!({
        "ContextIdentifier": HOSTILE,
        "Endpoint": "javascript:window.__pwned=1",
        "State": format!("Running{x}"),
        "IsRunning": true,
        "ValidUntil": format_iso_ms(valid_until_ms),
        "Api": "https://evil.example/<script>window.__pwned=1</script>",
        "Version": x,
    })
    .to_string()
}

fn serve_state(request: Request, ctx: String, mock: &Arc<Mutex<Mock>>, config: &Config) {
    let (now, scenario, seen, answer) = {
        let Ok(mut m) = mock.lock() else { return };
        let now = m.clock.unwrap_or_else(now_ms);
        m.log.push(Seen {
            ctx: ctx.clone(),
            at_ms: now,
            headers: request.headers.clone(),
        });
        let answer = m.answers.get(&ctx).cloned();
        let seen = {
            let count = m.seen.entry(ctx.clone()).or_insert(0);
            *count += 1;
            *count
        };
        let scenario = m
            .overrides
            .get(&ctx)
            .cloned()
            .unwrap_or_else(|| default_scenario(&ctx));
        (now, scenario, seen, answer)
    };
    if let Some(body) = answer {
        return respond(request, 200, "application/json; charset=utf-8", body, &CORS);
    }
    let until = now + config.valid_for_ms;
    let json = "application/json; charset=utf-8";
    let text = |s: &str| s.as_bytes().to_vec();
    match scenario.as_str() {
        "404" => respond(
            request,
            404,
            json,
            text(r#"{"Message":"Tenant not found"}"#),
            &CORS,
        ),
        "421" => respond(
            request,
            421,
            "text/plain",
            text("Wrong subdomain used to access tenant"),
            &CORS,
        ),
        "421-once" | "421-then-moved" if seen == 1 => respond(
            request,
            421,
            "text/plain",
            text("Wrong subdomain used to access tenant"),
            &CORS,
        ),
        "429" => respond(
            request,
            429,
            "text/plain",
            text("Too many requests"),
            &[CORS[0], CORS[1], ("Retry-After", "30")],
        ),
        // "429-after-600", "503-after-20": that status with that Retry-After.
        name if name.starts_with("429-after-") || name.starts_with("503-after-") => {
            let (status, after) = name.split_once("-after-").unwrap_or(("503", "30"));
            let status = if status == "429" { 429 } else { 503 };
            respond(
                request,
                status,
                "text/plain",
                text("Try again later"),
                &[CORS[0], CORS[1], ("Retry-After", after)],
            )
        }
        // The connection is closed without an answer (a reset to the browser).
        "reset" => drop(request),
        "empty" => respond(request, 200, json, Vec::new(), &CORS),
        "500" => respond(
            request,
            500,
            "text/plain",
            text("Internal server error"),
            &CORS,
        ),
        "503" => respond(
            request,
            503,
            "text/html",
            text("<h1>Service unavailable</h1>"),
            &CORS,
        ),
        "truncated" => {
            let body = state_body(&ctx, "Running", true, until);
            let cut = body.len() / 2;
            respond(
                request,
                200,
                json,
                body.into_bytes().into_iter().take(cut).collect(),
                &CORS,
            )
        }
        "html" => respond(
            request,
            200,
            "text/html",
            text("<!doctype html><title>Gateway</title><h1>Please log in</h1>"),
            &CORS,
        ),
        "nocors" => respond(
            request,
            200,
            json,
            state_body(&ctx, "Running", true, until).into_bytes(),
            &[],
        ),
        // "move": the first answer on sod2, every later one on sod3;
        // "moved": always on sod3; "421-then-moved": a 421 (above), then
        // on sod3 (tests switch a tenant to these).
        "move" | "moved" | "421-then-moved" => {
            let host = if scenario == "move" && seen == 1 {
                "sod2.superoffice.com"
            } else {
                "sod3.superoffice.com"
            };
            let body = state_body_on(host, &ctx, "Running", true, until);
            respond(request, 200, json, body.into_bytes(), &CORS)
        }
        "hostile" => respond(request, 200, json, hostile_body(until).into_bytes(), &CORS),
        "unrecognised" => respond(
            request,
            200,
            json,
            state_body(&ctx, "Hibernating", false, until).into_bytes(),
            &CORS,
        ),
        "slow" | "timeout" => {
            let delay = if scenario == "slow" { 2 } else { 30 };
            let body = state_body(&ctx, "Running", true, until);
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_secs(delay));
                respond(request, 200, json, body.into_bytes(), &CORS);
            });
        }
        name => {
            let state = State::from_name(if name == "421-once" { "Running" } else { name });
            let body = state_body(&ctx, &state.name(), state.api_available(), until);
            respond(request, 200, json, body.into_bytes(), &CORS)
        }
    }
}

fn serve_control(request: Request, path: &str, mock: &Arc<Mutex<Mock>>) {
    let Ok(mut m) = mock.lock() else { return };
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match (request.method(), parts.as_slice()) {
        (Method::Post, ["__mock", "reset"]) => {
            *m = Mock::default();
            drop(m);
            respond(request, 200, "application/json", b"{}".to_vec(), &CORS);
        }
        (Method::Post, ["__mock", "clock", ms]) => {
            m.clock = ms.parse::<i64>().ok();
            drop(m);
            respond(request, 200, "application/json", b"{}".to_vec(), &CORS);
        }
        (Method::Post, ["__mock", "answer", ctx]) => {
            m.answers.insert((*ctx).to_owned(), request.body.clone());
            drop(m);
            respond(request, 200, "application/json", b"{}".to_vec(), &CORS);
        }
        (Method::Post, ["__mock", "scenario", ctx, scenario]) => {
            m.answers.remove(*ctx);
            m.overrides
                .insert((*ctx).to_owned(), (*scenario).to_owned());
            // Scenarios that count answers ("421-once", "move") start again.
            m.seen.remove(*ctx);
            drop(m);
            respond(request, 200, "application/json", b"{}".to_vec(), &CORS);
        }
        (Method::Get, ["__mock", "log"]) => {
            let items: Vec<_> = m
                .log
                .iter()
                .map(|seen| {
                    let headers: serde_json::Map<String, serde_json::Value> = seen
                        .headers
                        .iter()
                        .map(|(name, value)| (name.clone(), json!(value)))
                        .collect();
                    json!({ "ctx": seen.ctx, "t": seen.at_ms, "headers": headers })
                })
                .collect();
            let body = json!({ "requests": items }).to_string();
            drop(m);
            respond(request, 200, "application/json", body.into_bytes(), &CORS);
        }
        _ => {
            drop(m);
            respond(
                request,
                404,
                "text/plain",
                b"unknown control call".to_vec(),
                &CORS,
            );
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn serve_static(request: Request, path: &str, config: &Config) {
    let Some(root) = &config.static_dir else {
        return respond(request, 404, "text/plain", b"not found".to_vec(), &CORS);
    };
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    if relative
        .split('/')
        .any(|seg| seg == ".." || seg.starts_with('.') || seg.contains('\\'))
    {
        return respond(request, 404, "text/plain", b"not found".to_vec(), &[]);
    }
    let file = root.join(relative);
    match std::fs::read(&file) {
        Ok(body) => {
            let mut extra = vec![];
            if let Some(csp) = &config.csp {
                extra.push(("Content-Security-Policy", csp.as_str()));
            }
            respond(request, 200, content_type(&file), body, &extra)
        }
        Err(_) => respond(request, 404, "text/plain", b"not found".to_vec(), &[]),
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let port = arg(&args, "--port").unwrap_or_else(|| "8787".into());
    let config = Arc::new(Config {
        static_dir: arg(&args, "--static").map(PathBuf::from),
        csp: arg(&args, "--csp"),
        valid_for_ms: arg(&args, "--valid-for")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(20)
            * 1000,
    });
    let server = match TcpListener::bind(format!("127.0.0.1:{port}")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mock-state-api: cannot listen on 127.0.0.1:{port}: {e}");
            std::process::exit(1);
        }
    };
    println!("mock-state-api listening on http://127.0.0.1:{port}");
    let mock = Arc::new(Mutex::new(Mock::default()));
    for stream in server.incoming().flatten() {
        let mock = Arc::clone(&mock);
        let config = Arc::clone(&config);
        std::thread::spawn(move || {
            let Some(request) = Request::read(stream) else {
                return;
            };
            let path = request
                .url()
                .split(['?', '#'])
                .next()
                .unwrap_or("/")
                .to_owned();
            if request.method() == &Method::Options {
                let allow = [
                    CORS[0],
                    ("Access-Control-Allow-Methods", "GET"),
                    ("Access-Control-Allow-Headers", "Accept"),
                ];
                return respond(request, 204, "text/plain", vec![], &allow);
            }
            if let Some(ctx) = path.strip_prefix("/api/state/") {
                serve_state(request, ctx.to_owned(), &mock, &config);
            } else if path.starts_with("/__mock/") {
                serve_control(request, &path, &mock);
            } else {
                serve_static(request, &path, &config);
            }
        });
    }
}
