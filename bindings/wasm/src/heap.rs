//! The wasm build's allocator: power-of-two size classes with one free list
//! each for blocks up to 32 KiB, dlmalloc for larger ones ([`LARGE`]), both
//! carved from one [`Reserve`] of wasm memory that grows geometrically.
//!
//! Why not dlmalloc for everything: an analysis allocates many short-lived
//! strings and vectors and frees all of them before it returns, so a free
//! list per size class reuses memory as well as a general allocator does
//! here, at a fraction of its code: 2.9 KB gzip less, and a news article of a
//! few KB analyzed 7% faster in the Node build (the same on 2 MB). The cost:
//! blocks rounded up to a power of two take more memory on a large input
//! (124 MiB after a 5 MB input, where dlmalloc takes 69–88).
//! docs/decisions.md; rerun with `node bench/decisions/allocator.mjs`.
//!
//! The logic is plain Rust over a `grow` function, so it is tested natively
//! (below) with chunks from the system allocator.

use core::ptr::null_mut;

/// Smallest class: 16 bytes (2^4), which also bounds the alignment every
/// block gets for free.
const MIN_CLASS: u32 = 4;
/// Largest class: 2 GiB (2^31), past any wasm32 allocation that can succeed.
const CLASSES: usize = 32;
const MIN_ALIGN: usize = 1 << MIN_CLASS;
/// Memory is requested from the host in steps of at least this many bytes.
pub const STEP: usize = 1 << 20;

pub struct Heap {
    /// Heads of the free lists; a free block's first word links to the next.
    free: [*mut u8; CLASSES],
    /// The unused part of the last chunk.
    next: usize,
    end: usize,
}

/// The class (log2 of the block size) for `size` bytes at `align`.
fn class_of(size: usize, align: usize) -> Option<usize> {
    let need = size.max(align).max(MIN_ALIGN);
    let class = need.checked_next_power_of_two()?.trailing_zeros() as usize;
    (class < CLASSES).then_some(class)
}

impl Heap {
    pub const fn new() -> Heap {
        Heap {
            free: [null_mut(); CLASSES],
            next: 0,
            end: 0,
        }
    }

    /// A block of `size` bytes aligned to `align`, or null when `grow` (which
    /// gets a byte count and returns the start of that many new bytes, or
    /// null) cannot supply the memory.
    ///
    /// # Safety
    /// `grow` must return memory no one else uses, aligned to [`MIN_ALIGN`].
    pub unsafe fn alloc(
        &mut self,
        size: usize,
        align: usize,
        grow: impl FnOnce(usize) -> *mut u8,
    ) -> *mut u8 {
        let Some(class) = class_of(size, align) else {
            return null_mut();
        };
        let head = self.free[class];
        // Blocks on a list are aligned to at least MIN_ALIGN; a stricter
        // alignment (never asked for by this crate) takes the head only if
        // it happens to be aligned.
        if !head.is_null() && head as usize & (align - 1) == 0 {
            self.free[class] = *(head as *mut *mut u8);
            return head;
        }
        let block = 1usize << class;
        let mut start = (self.next + align - 1) & !(align - 1);
        if start.checked_add(block).is_none_or(|e| e > self.end) {
            // A new chunk; the rest of the old one goes to waste (less than
            // one block's worth per chunk).
            let Some(want) = block.checked_add(align).map(|n| n.max(STEP)) else {
                return null_mut();
            };
            let p = grow(want);
            if p.is_null() {
                return null_mut();
            }
            self.keep_rest();
            self.end = p as usize + want;
            start = (p as usize + align - 1) & !(align - 1);
        }
        self.next = start + block;
        start as *mut u8
    }

    /// The rest of the current chunk onto the free lists, largest blocks
    /// first, before a new chunk replaces it.
    unsafe fn keep_rest(&mut self) {
        while self.end - self.next >= MIN_ALIGN {
            let class = (usize::BITS - 1 - (self.end - self.next).leading_zeros()) as usize;
            let block = self.next as *mut u8;
            self.next += 1 << class;
            self.dealloc_class(block, class.min(CLASSES - 1));
        }
    }

    unsafe fn dealloc_class(&mut self, ptr: *mut u8, class: usize) {
        *(ptr as *mut *mut u8) = self.free[class];
        self.free[class] = ptr;
    }

    /// # Safety
    /// `ptr` came from [`Heap::alloc`] on this heap with the same size and align.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, size: usize, align: usize) {
        if let Some(class) = class_of(size, align) {
            self.dealloc_class(ptr, class);
        }
    }

    /// Whether a block for (`old`, `align`) also holds `new` bytes.
    pub fn fits(old: usize, new: usize, align: usize) -> bool {
        class_of(old, align) == class_of(new, align)
    }
}

/// Wasm memory is taken from the host in geometric steps and handed out from
/// here to both allocators: V8 pays about half a millisecond per
/// `memory.grow` once the memory is large (a fresh buffer object each time),
/// so growing 1 MiB at a time to 600 MiB cost more than the analysis
/// (`bench/adversarial`: 16 MB of nested tags ran 6.5× slower than 4 MB).
/// A step is a quarter of the memory already held: the reserve left unused
/// at the end is at most that, and pages never touched cost no RAM.
pub struct Reserve {
    next: usize,
    end: usize,
}

/// Wasm's page, the unit of `memory.grow`.
pub const PAGE: usize = 65536;

impl Reserve {
    pub const fn new() -> Reserve {
        Reserve { next: 0, end: 0 }
    }

    /// `bytes` (rounded up to whole pages) of fresh memory, page-aligned, or
    /// null. `held` is the memory's size now; `grow(pages)` grows it and
    /// returns the old size in pages (None when the host refuses).
    pub fn take(
        &mut self,
        bytes: usize,
        held: usize,
        mut grow: impl FnMut(usize) -> Option<usize>,
    ) -> *mut u8 {
        let Some(bytes) = bytes.checked_next_multiple_of(PAGE) else {
            return null_mut();
        };
        if self.end - self.next < bytes {
            let short = bytes - (self.end - self.next);
            let step = short.max(held / 4).max(STEP).next_multiple_of(PAGE);
            // Near the top of the 4 GiB, ask for no more than is needed.
            let Some((old_pages, got)) = grow(step / PAGE).map(|old| (old, step)).or_else(|| {
                grow(short.div_ceil(PAGE)).map(|old| (old, short.next_multiple_of(PAGE)))
            }) else {
                return null_mut();
            };
            let start = old_pages * PAGE;
            // The memory is grown by nothing else: the new pages follow the
            // reserve's end, unless this is the first step.
            if start != self.end {
                self.next = start;
            }
            self.end = start + got;
        }
        let p = self.next;
        self.next += bytes;
        p as *mut u8
    }
}

/// Blocks larger than this (the vectors of a large input: drafts, figures,
/// lines, the wire's numbers) come from dlmalloc, which coalesces and reuses
/// freed memory of any size. From the size classes, a vector that doubles
/// to N bytes held about 4N: its block rounded up to a power of two, and
/// every smaller block it outgrew kept on a list no other size could use.
pub const LARGE: usize = 1 << 15;

/// Which allocator serves a block of `size` bytes at `align`.
pub fn is_large(size: usize, align: usize) -> bool {
    size.max(align) > LARGE
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod global {
    use super::{is_large, Heap, Reserve, MIN_ALIGN, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32::{memory_grow, memory_size};
    use core::cell::UnsafeCell;
    use core::ptr::null_mut;
    use dlmalloc::Dlmalloc;

    /// The size classes, the global allocator itself: its fast path (a pop
    /// or push on a free list) stays small enough to inline, and large
    /// blocks take a cold call to dlmalloc (a branch to it cost articles 7%).
    struct Wasm(UnsafeCell<Heap>);
    struct Large(UnsafeCell<Dlmalloc<Pages>>);
    /// The memory both allocators are carved from.
    struct Shared(UnsafeCell<Reserve>);

    // wasm32 without the atomics feature has one thread.
    unsafe impl Sync for Wasm {}
    unsafe impl Sync for Large {}
    unsafe impl Sync for Shared {}

    #[global_allocator]
    static ALLOCATOR: Wasm = Wasm(UnsafeCell::new(Heap::new()));
    static LARGE_BLOCKS: Large = Large(UnsafeCell::new(Dlmalloc::new_with_allocator(Pages)));
    static RESERVE: Shared = Shared(UnsafeCell::new(Reserve::new()));

    #[cold]
    #[inline(never)]
    fn grow(bytes: usize) -> *mut u8 {
        let held = memory_size(0) * PAGE;
        // SAFETY: one thread, and no allocation runs inside another.
        unsafe { &mut *RESERVE.0.get() }.take(bytes, held, |pages| {
            Some(memory_grow(0, pages)).filter(|&old| old != usize::MAX)
        })
    }

    fn large() -> &'static mut Dlmalloc<Pages> {
        // SAFETY: one thread, and no allocation runs inside another.
        unsafe { &mut *LARGE_BLOCKS.0.get() }
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_alloc(l: Layout) -> *mut u8 {
        large().malloc(l.size(), l.align())
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_free(ptr: *mut u8, l: Layout) {
        large().free(ptr, l.size(), l.align())
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_realloc(ptr: *mut u8, l: Layout, new: usize) -> *mut u8 {
        large().realloc(ptr, l.size(), l.align(), new)
    }

    /// dlmalloc's system memory: regions of the shared reserve, never given back.
    struct Pages;

    unsafe impl dlmalloc::Allocator for Pages {
        fn alloc(&self, size: usize) -> (*mut u8, usize, u32) {
            let p = grow(size);
            if p.is_null() {
                (null_mut(), 0, 0)
            } else {
                (p, size.next_multiple_of(PAGE), 0)
            }
        }
        fn remap(&self, _: *mut u8, _: usize, _: usize, _: bool) -> *mut u8 {
            null_mut()
        }
        fn free_part(&self, _: *mut u8, _: usize, _: usize) -> bool {
            false
        }
        fn free(&self, _: *mut u8, _: usize) -> bool {
            false
        }
        fn can_release_part(&self, _: u32) -> bool {
            false
        }
        fn allocates_zeros(&self) -> bool {
            // Fresh pages from memory.grow are zero, and a region is handed out once.
            true
        }
        fn page_size(&self) -> usize {
            PAGE
        }
    }

    unsafe impl GlobalAlloc for Wasm {
        #[inline]
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            if is_large(l.size(), l.align()) {
                return large_alloc(l);
            }
            (*self.0.get()).alloc(l.size(), l.align(), grow)
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, l: Layout) {
            if is_large(l.size(), l.align()) {
                return large_free(ptr, l);
            }
            (*self.0.get()).dealloc(ptr, l.size(), l.align())
        }

        unsafe fn realloc(&self, ptr: *mut u8, l: Layout, new: usize) -> *mut u8 {
            match (is_large(l.size(), l.align()), is_large(new, l.align())) {
                // dlmalloc grows a block in place when it can.
                (true, true) => return large_realloc(ptr, l, new),
                (false, false) if Heap::fits(l.size(), new, l.align()) => return ptr,
                _ => {}
            }
            let p = self.alloc(Layout::from_size_align_unchecked(new, l.align()));
            if !p.is_null() {
                core::ptr::copy_nonoverlapping(ptr, p, l.size().min(new));
                self.dealloc(ptr, l);
            }
            p
        }
    }

    const _: () = assert!(MIN_ALIGN >= core::mem::size_of::<*mut u8>());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::{alloc, Layout};

    /// The reserve grows by a quarter of what is held (or what is asked, if
    /// more), hands out page-aligned regions that never overlap, and falls
    /// back to the exact need when the host refuses a large step.
    #[test]
    fn reserve_grows_geometrically() {
        /// `bytes` from the reserve over a host of `held` pages and at most `limit`.
        fn take(
            r: &mut Reserve,
            bytes: usize,
            held: &mut usize,
            limit: usize,
            grows: &mut usize,
        ) -> usize {
            let before = *held * PAGE;
            r.take(bytes, before, |pages| {
                (*held + pages <= limit).then(|| {
                    *grows += 1;
                    let old = *held;
                    *held += pages;
                    old
                })
            }) as usize
        }
        let mut held = 2usize; // the module's own pages
        let mut grows = 0;
        let mut r = Reserve::new();
        let mut last_end = 0;
        for k in 0..2000 {
            let bytes = 1 + (k * 7919) % (3 << 20);
            let p = take(&mut r, bytes, &mut held, usize::MAX, &mut grows);
            assert_eq!(p % PAGE, 0);
            assert!(p >= last_end, "regions overlap");
            assert!(p + bytes <= held * PAGE);
            last_end = p + bytes;
        }
        // About 3 GB handed out in ~40 steps, not ~3000.
        assert!(grows < 60, "{grows} grows");
        // Near the limit a step shrinks to the need; past it, null.
        let limit = held + 20;
        let left = r.end - r.next;
        assert_ne!(
            take(&mut r, left + 10 * PAGE, &mut held, limit, &mut grows),
            0
        );
        assert_eq!(held, limit - 10);
        assert_eq!(take(&mut r, 100 * PAGE, &mut held, limit, &mut grows), 0);
    }

    fn grow(bytes: usize) -> *mut u8 {
        // Leaked on purpose: the heap owns its chunks for the test's life.
        unsafe { alloc(Layout::from_size_align(bytes, MIN_ALIGN).unwrap()) }
    }

    #[test]
    fn classes() {
        assert_eq!(class_of(1, 1), Some(4));
        assert_eq!(class_of(16, 8), Some(4));
        assert_eq!(class_of(17, 1), Some(5));
        assert_eq!(class_of(3, 64), Some(6));
        assert_eq!(class_of(1 << 31, 1), Some(31));
        assert_eq!(class_of(usize::MAX, 1), None);
        assert!(Heap::fits(17, 32, 8) && !Heap::fits(32, 33, 8));
    }

    /// Random allocations, frees and regrowths with their contents checked:
    /// no block overlaps a live one, every block is aligned, freed blocks
    /// are reused.
    #[test]
    fn blocks_never_overlap_and_are_reused() {
        let mut heap = Heap::new();
        let mut live: Vec<(*mut u8, usize, usize, u8)> = Vec::new();
        let mut seed = 0x2545_f491_u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut chunks = 0;
        for round in 0..200_000u32 {
            let r = rand();
            if live.len() < 500 && r % 3 != 0 {
                let size = match r % 10 {
                    0 => (r >> 8) as usize % 300_000,
                    1..=3 => (r >> 8) as usize % 2000,
                    _ => (r >> 8) as usize % 100,
                };
                let align = [1, 2, 4, 8, 16, 64][(r >> 40) as usize % 6];
                let p = unsafe {
                    heap.alloc(size, align, |n| {
                        chunks += 1;
                        grow(n)
                    })
                };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                let fill = round as u8;
                unsafe { p.write_bytes(fill, size) };
                live.push((p, size, align, fill));
            } else if !live.is_empty() {
                let (p, size, align, fill) = live.swap_remove((r >> 8) as usize % live.len());
                let bytes = unsafe { std::slice::from_raw_parts(p, size) };
                assert!(bytes.iter().all(|&b| b == fill), "block overwritten");
                unsafe { heap.dealloc(p, size, align) };
            }
        }
        // At most 500 live blocks (~50 of up to 300 KB): about 15 MB live;
        // 200k operations must reuse freed blocks to stay near that.
        assert!(
            chunks < 80,
            "{chunks} chunks of 1 MiB: freed blocks are not reused"
        );
    }
}
