//! A fixed-window rate limiter keyed by a string (client address, later also account). In memory: each
//! instance limits on its own, which is the intended behaviour for abuse protection.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Debug)]
pub struct RateLimiter {
    window_ms: i64,
    max_per_window: u32,
    windows: Mutex<HashMap<String, (i64, u32)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    Limited { retry_after_secs: u64 },
}

impl RateLimiter {
    pub fn new(max_per_window: u32, window_ms: i64) -> Self {
        Self { window_ms: window_ms.max(1), max_per_window, windows: Mutex::new(HashMap::new()) }
    }

    pub fn check(&self, key: &str, now_ms: i64) -> Decision {
        let Ok(mut windows) = self.windows.lock() else {
            return Decision::Allowed;
        };
        if windows.len() > 100_000 {
            // Forget finished windows so memory stays bounded under a spray of addresses.
            let window = self.window_ms;
            windows.retain(|_, (start, _)| now_ms - *start < window);
        }
        let entry = windows.entry(key.to_string()).or_insert((now_ms, 0));
        if now_ms - entry.0 >= self.window_ms {
            *entry = (now_ms, 0);
        }
        if entry.1 >= self.max_per_window {
            let remaining_ms = (entry.0 + self.window_ms - now_ms).max(1000);
            return Decision::Limited { retry_after_secs: u64::try_from((remaining_ms + 999) / 1000).unwrap_or(1) };
        }
        entry.1 += 1;
        Decision::Allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_within_a_window_and_resets_after() {
        let limiter = RateLimiter::new(2, 60_000);
        assert_eq!(limiter.check("a", 0), Decision::Allowed);
        assert_eq!(limiter.check("a", 10), Decision::Allowed);
        assert_eq!(limiter.check("a", 20), Decision::Limited { retry_after_secs: 60 });
        assert_eq!(limiter.check("b", 20), Decision::Allowed);
        assert_eq!(limiter.check("a", 60_001), Decision::Allowed);
    }
}
