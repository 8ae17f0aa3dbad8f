//! A small size-class allocator for the WebAssembly builds.
//!
//! `std`'s default allocator on `wasm32-unknown-unknown` (dlmalloc) costs
//! about 7 KB of wasm, as much as the whole JSON reader and writer. Our
//! allocations are few and short-lived (a payload, its parsed tree, the output
//! text), so a simpler scheme does: every request is rounded up to a power of
//! two, freed blocks go on a free list per size, and new blocks are carved from
//! fresh memory pages. Allocation and release are O(1); memory is reused
//! exactly (a freed block serves the next request of its size class).
//!
//! wasm32 without the atomics feature is single-threaded, which is what makes
//! the unsynchronised state below sound.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

const PAGE: usize = 65_536;
/// Smallest block: 8 bytes (room for the free-list link).
const MIN_CLASS: u32 = 3;
/// Blocks are aligned to their size, up to this (larger alignments fail).
const MAX_ALIGN: usize = 4096;

struct State {
    /// Head of the free list of each size class (a null pointer when empty).
    free: [*mut u8; 32],
    /// Next unused byte of the current fresh region, and its end.
    next: usize,
    end: usize,
}

/// The allocator; install with `#[global_allocator]`.
pub struct Heap(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown without atomics runs one thread.
unsafe impl Sync for Heap {}

impl Heap {
    /// An empty heap: memory is taken from the module as blocks are needed.
    pub const fn new() -> Heap {
        Heap(UnsafeCell::new(State {
            free: [core::ptr::null_mut(); 32],
            next: 0,
            end: 0,
        }))
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

/// The size class of a layout: log2 of the block size.
fn class(layout: &Layout) -> Option<u32> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    if layout.align() > MAX_ALIGN || size > 1 << 30 {
        return None;
    }
    Some(size.next_power_of_two().trailing_zeros())
}

impl State {
    /// A never-used block of `1 << class` bytes from fresh pages.
    fn carve(&mut self, class: u32) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(MAX_ALIGN);
        let mut start = (self.next + align - 1) & !(align - 1);
        if start + size > self.end || self.end == 0 {
            let pages = (size + align).div_ceil(PAGE);
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX {
                return core::ptr::null_mut();
            }
            let base = old * PAGE;
            if base != self.end {
                // Not contiguous with the previous region: start afresh.
                self.next = base;
            }
            self.end = base + pages * PAGE;
            start = (self.next + align - 1) & !(align - 1);
        }
        self.next = start + size;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(&layout) else {
            return core::ptr::null_mut();
        };
        // SAFETY: single-threaded, and no reference outlives this call.
        let state = unsafe { &mut *self.0.get() };
        let Some(head) = state.free.get_mut(class as usize) else {
            return core::ptr::null_mut();
        };
        if head.is_null() {
            return state.carve(class);
        }
        let block = *head;
        // SAFETY: every free block starts with the link to the next one.
        *head = unsafe { *(block as *mut *mut u8) };
        block
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class(&layout) else {
            return;
        };
        // SAFETY: as in `alloc`; `ptr` is a block of this class, now unused.
        let state = unsafe { &mut *self.0.get() };
        if let Some(head) = state.free.get_mut(class as usize) {
            unsafe { *(ptr as *mut *mut u8) = *head };
            *head = ptr;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return core::ptr::null_mut();
        };
        if class(&layout) == class(&new_layout) {
            // Same block size: the block already has room.
            return ptr;
        }
        // SAFETY: the caller's contract, passed on.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
