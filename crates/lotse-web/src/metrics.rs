//! Prometheus metrics in the text exposition format: requests by method, route and status, a latency
//! histogram per route, and the process's resident memory. Routes are templates (`/api/v1/me`), never raw
//! paths, so the number of series stays bounded.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

#[derive(Debug, Default)]
struct Inner {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
}

#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
    urgent: std::sync::atomic::AtomicU64,
}

impl Metrics {
    /// An urgent message or portal question the guard handed to counselors (alerting can watch this).
    pub fn record_urgent(&self) {
        self.urgent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn observe(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        *inner.requests.entry((method.to_string(), route.to_string(), status)).or_insert(0) += 1;
        let histogram = inner.latency.entry(route.to_string()).or_default();
        for (bucket, count) in BUCKETS.iter().zip(histogram.counts.iter_mut()) {
            if seconds <= *bucket {
                *count += 1;
            }
        }
        histogram.sum += seconds;
        histogram.count += 1;
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# HELP lotse_build_info Version of the running binary.");
        let _ = writeln!(out, "# TYPE lotse_build_info gauge");
        let _ = writeln!(out, "lotse_build_info{{version=\"{}\"}} 1", env!("CARGO_PKG_VERSION"));
        if let Some(rss) = resident_memory_bytes() {
            let _ = writeln!(out, "# HELP process_resident_memory_bytes Resident memory size in bytes.");
            let _ = writeln!(out, "# TYPE process_resident_memory_bytes gauge");
            let _ = writeln!(out, "process_resident_memory_bytes {rss}");
        }
        let _ = writeln!(out, "# HELP lotse_assistant_urgent_total Urgent client messages and portal questions.");
        let _ = writeln!(out, "# TYPE lotse_assistant_urgent_total counter");
        let _ =
            writeln!(out, "lotse_assistant_urgent_total {}", self.urgent.load(std::sync::atomic::Ordering::Relaxed));
        let Ok(inner) = self.inner.lock() else {
            return out;
        };
        let _ = writeln!(out, "# HELP lotse_http_requests_total HTTP requests handled, by method, route and status.");
        let _ = writeln!(out, "# TYPE lotse_http_requests_total counter");
        for ((method, route, status), count) in &inner.requests {
            let _ = writeln!(
                out,
                "lotse_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {count}",
                escape(method),
                escape(route)
            );
        }
        let _ = writeln!(out, "# HELP lotse_http_request_duration_seconds Time to answer a request, by route.");
        let _ = writeln!(out, "# TYPE lotse_http_request_duration_seconds histogram");
        for (route, histogram) in &inner.latency {
            let route = escape(route);
            for (bucket, count) in BUCKETS.iter().zip(histogram.counts.iter()) {
                let _ = writeln!(
                    out,
                    "lotse_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bucket}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "lotse_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                histogram.count
            );
            let _ = writeln!(out, "lotse_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", histogram.sum);
            let _ = writeln!(out, "lotse_http_request_duration_seconds_count{{route=\"{route}\"}} {}", histogram.count);
        }
        out
    }
}

fn escape(label: &str) -> String {
    label.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// From /proc on Linux; absent elsewhere.
fn resident_memory_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_buckets() {
        let metrics = Metrics::default();
        metrics.observe("GET", "/", 200, Duration::from_millis(3));
        metrics.observe("GET", "/", 200, Duration::from_millis(30));
        metrics.observe("GET", "unmatched", 404, Duration::from_millis(1));
        let text = metrics.render();
        assert!(text.contains("lotse_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 2"), "{text}");
        assert!(text.contains("lotse_http_request_duration_seconds_bucket{route=\"/\",le=\"0.005\"} 1"));
        assert!(text.contains("lotse_http_request_duration_seconds_bucket{route=\"/\",le=\"0.05\"} 2"));
        assert!(text.contains("lotse_http_request_duration_seconds_count{route=\"/\"} 2"));
    }
}
