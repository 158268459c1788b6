//! Pagination: every list is paginated.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: u32,
    pub limit: u32,
}

impl PageRequest {
    pub const DEFAULT_LIMIT: u32 = 50;
    pub const MAX_LIMIT: u32 = 200;

    /// Clamps the limit to 1..=MAX_LIMIT so no caller can ask for an unbounded list.
    pub fn new(offset: u32, limit: u32) -> Self {
        Self { offset, limit: limit.clamp(1, Self::MAX_LIMIT) }
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self::new(0, Self::DEFAULT_LIMIT)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}
