//! The wasm build's allocator: power-of-two size classes with one free list
//! each for blocks up to 32 KiB, and for larger ones ([`LARGE`]) [`Runs`] of
//! whole 4 KiB grains, coalesced when freed; the size classes' chunks are
//! runs too, all carved from one [`Reserve`] of wasm memory that grows
//! geometrically. (Large blocks came from dlmalloc until session 19: the
//! runs are 2.5 KB gzip smaller, docs/decisions.md.)
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
//! The logic is plain Rust over a [`Host`] (the memory and its growth), so
//! it is tested natively (below) over a buffer from the system allocator.

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

/// Where wasm memory comes from: the host's `memory.grow`, or a buffer in
/// the native tests.
pub trait Host {
    /// The memory's size now, in bytes.
    fn held(&self) -> usize;
    /// Grows the memory by `pages`; the address of the first new byte, or
    /// None when the host refuses.
    fn grow(&mut self, pages: usize) -> Option<usize>;
}

/// Wasm memory is taken from the host in geometric steps and handed out from
/// here to large blocks and the size classes' chunks (both through
/// [`Runs`]): V8 pays about half a millisecond per
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

    /// `bytes` (rounded up to whole [`GRAIN`]s) of fresh memory,
    /// [`GRAIN`]-aligned, or null.
    pub fn take(&mut self, bytes: usize, host: &mut impl Host) -> *mut u8 {
        let Some(bytes) = bytes.checked_next_multiple_of(GRAIN) else {
            return null_mut();
        };
        if self.end - self.next < bytes {
            let short = bytes - (self.end - self.next);
            let step = short.max(host.held() / 4).max(STEP).next_multiple_of(PAGE);
            // Near the top of the 4 GiB, ask for no more than is needed.
            let Some((start, got)) =
                host.grow(step / PAGE)
                    .map(|start| (start, step))
                    .or_else(|| {
                        let need = short.next_multiple_of(PAGE);
                        host.grow(need / PAGE).map(|start| (start, need))
                    })
            else {
                return null_mut();
            };
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
/// lines, the wire's numbers) are [`Runs`] of whole grains, reused and
/// coalesced when freed. From the size classes, a vector that doubles
/// to N bytes held about 4N: its block rounded up to a power of two, and
/// every smaller block it outgrew kept on a list no other size could use.
pub const LARGE: usize = 1 << 15;

/// Which allocator serves a block of `size` bytes at `align`.
pub fn is_large(size: usize, align: usize) -> bool {
    size.max(align) > LARGE
}

/// The unit of [`Runs`]: a large block takes whole grains (at most 1/8 more
/// than it asked for, since it is over [`LARGE`]).
pub const GRAIN: usize = 1 << 12;

/// The bytes a block of `size` takes: whole grains, at least one.
fn grains(size: usize) -> Option<usize> {
    size.max(1).checked_next_multiple_of(GRAIN)
}

/// A free run: its header sits in its first bytes.
struct Run {
    size: usize,
    next: *mut Run,
}

/// Large blocks and the size classes' chunks: runs of whole [`GRAIN`]s,
/// first fit from a free list in address order, coalesced on free; a free
/// run that reaches the reserve's unused end goes back to the reserve, so a
/// block at the top grows in place (the way a vector that doubles through a
/// large input grows). Few blocks are this large, so the list is short.
/// Its own code, not dlmalloc (which this replaced: 2.5 KB gzip of wasm,
/// docs/decisions.md, "Making room (session 19)").
pub struct Runs {
    /// The free runs, in address order; none reaches `reserve.next`.
    free: *mut Run,
    reserve: Reserve,
}

impl Runs {
    pub const fn new() -> Runs {
        Runs {
            free: null_mut(),
            reserve: Reserve::new(),
        }
    }

    /// A block of `size` bytes aligned to `align`, or null.
    ///
    /// # Safety
    /// The host hands out memory no one else uses.
    pub unsafe fn alloc(&mut self, size: usize, align: usize, host: &mut impl Host) -> *mut u8 {
        let Some(n) = grains(size) else {
            return null_mut();
        };
        let align = align.max(GRAIN);
        let mut link: *mut *mut Run = &mut self.free;
        while !(*link).is_null() {
            let run = *link;
            let (start, end) = (run as usize, run as usize + (*run).size);
            let at = start.next_multiple_of(align);
            if at <= end && end - at >= n {
                let rest = end - at - n;
                let after = if rest == 0 {
                    (*run).next
                } else {
                    let r = (at + n) as *mut Run;
                    (*r).size = rest;
                    (*r).next = (*run).next;
                    r
                };
                if at == start {
                    *link = after;
                } else {
                    (*run).size = at - start;
                    (*run).next = after;
                }
                return at as *mut u8;
            }
            link = &mut (*run).next;
        }
        // Fresh memory; a stricter alignment than the grain takes more and
        // frees what is left before the block.
        let Some(want) = n.checked_add(align - GRAIN) else {
            return null_mut();
        };
        let p = self.reserve.take(want, host);
        if p.is_null() {
            return null_mut();
        }
        let at = (p as usize).next_multiple_of(align);
        if at != p as usize {
            self.free(p, at - p as usize);
        }
        if at - (p as usize) < align - GRAIN {
            self.free((at + n) as *mut u8, align - GRAIN - (at - p as usize));
        }
        at as *mut u8
    }

    /// Frees the block of `size` bytes at `ptr`.
    ///
    /// # Safety
    /// `ptr` came from [`Runs::alloc`] (or [`Runs::realloc`]) with this size.
    pub unsafe fn free(&mut self, ptr: *mut u8, size: usize) {
        let start = ptr as usize;
        let size = grains(size).unwrap_or(0);
        let mut before: *mut *mut Run = null_mut();
        let mut link: *mut *mut Run = &mut self.free;
        while !(*link).is_null() && (*link as usize) < start {
            before = link;
            link = &mut (**link).next;
        }
        let mut run = start as *mut Run;
        (*run).size = size;
        (*run).next = *link;
        let next = *link;
        if !next.is_null() && next as usize == start + size {
            (*run).size += (*next).size;
            (*run).next = (*next).next;
        }
        *link = run;
        if !before.is_null() {
            let prev = *before;
            if prev as usize + (*prev).size == start {
                (*prev).size += (*run).size;
                (*prev).next = (*run).next;
                run = prev;
                link = before;
            }
        }
        if (*run).next.is_null() && run as usize + (*run).size == self.reserve.next {
            self.reserve.next = run as usize;
            *link = null_mut();
        }
    }

    /// The block at `ptr` of `old` bytes made `new` bytes long, in place when
    /// the memory after it is free or unused, or null (the block is then
    /// untouched).
    ///
    /// # Safety
    /// `ptr` came from [`Runs::alloc`] with `old` and `align`.
    pub unsafe fn realloc(
        &mut self,
        ptr: *mut u8,
        old: usize,
        align: usize,
        new: usize,
        host: &mut impl Host,
    ) -> *mut u8 {
        let old_n = grains(old).unwrap_or(0);
        let Some(new_n) = grains(new) else {
            return null_mut();
        };
        if new_n <= old_n {
            if new_n < old_n {
                self.free(ptr.add(new_n), old_n - new_n);
            }
            return ptr;
        }
        let end = ptr as usize + old_n;
        let more = new_n - old_n;
        // A free run right after the block.
        let mut link: *mut *mut Run = &mut self.free;
        while !(*link).is_null() && (*link as usize) < end {
            link = &mut (**link).next;
        }
        let run = *link;
        if run as usize == end && (*run).size >= more {
            *link = if (*run).size == more {
                (*run).next
            } else {
                let r = (end + more) as *mut Run;
                let (size, next) = ((*run).size - more, (*run).next);
                (*r).size = size;
                (*r).next = next;
                r
            };
            return ptr;
        }
        // The unused end of the reserve right after it.
        if end == self.reserve.next {
            let p = self.reserve.take(more, host);
            if p as usize == end {
                return ptr;
            }
            if !p.is_null() {
                self.free(p, more);
            }
        }
        let p = self.alloc(new, align, host);
        if !p.is_null() {
            core::ptr::copy_nonoverlapping(ptr, p, old);
            self.free(ptr, old);
        }
        p
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod global {
    use super::{is_large, Heap, Host, Runs, MIN_ALIGN, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32::{memory_grow, memory_size};
    use core::cell::UnsafeCell;

    /// The size classes, the global allocator itself: its fast path (a pop
    /// or push on a free list) stays small enough to inline, and large
    /// blocks take a cold call to the runs.
    struct Wasm(UnsafeCell<Heap>);
    struct Large(UnsafeCell<Runs>);

    // wasm32 without the atomics feature has one thread.
    unsafe impl Sync for Wasm {}
    unsafe impl Sync for Large {}

    #[global_allocator]
    static ALLOCATOR: Wasm = Wasm(UnsafeCell::new(Heap::new()));
    static LARGE_BLOCKS: Large = Large(UnsafeCell::new(Runs::new()));

    /// The module's memory.
    struct Memory;

    impl Host for Memory {
        fn held(&self) -> usize {
            memory_size(0) * PAGE
        }
        fn grow(&mut self, pages: usize) -> Option<usize> {
            Some(memory_grow(0, pages))
                .filter(|&old| old != usize::MAX)
                .map(|old| old * PAGE)
        }
    }

    fn large() -> &'static mut Runs {
        // SAFETY: one thread, and no allocation runs inside another.
        unsafe { &mut *LARGE_BLOCKS.0.get() }
    }

    /// A chunk for the size classes.
    #[cold]
    #[inline(never)]
    fn grow(bytes: usize) -> *mut u8 {
        unsafe { large().alloc(bytes, MIN_ALIGN, &mut Memory) }
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_alloc(l: Layout) -> *mut u8 {
        large().alloc(l.size(), l.align(), &mut Memory)
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_free(ptr: *mut u8, l: Layout) {
        large().free(ptr, l.size())
    }

    #[cold]
    #[inline(never)]
    unsafe fn large_realloc(ptr: *mut u8, l: Layout, new: usize) -> *mut u8 {
        large().realloc(ptr, l.size(), l.align(), new, &mut Memory)
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
                // A large block grows in place when it can.
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

    /// A host that counts pages and grows without memory behind them
    /// (the reserve never touches what it hands out), up to `limit` pages.
    struct Counted {
        held: usize,
        limit: usize,
        grows: usize,
    }

    impl Host for Counted {
        fn held(&self) -> usize {
            self.held * PAGE
        }
        fn grow(&mut self, pages: usize) -> Option<usize> {
            (self.held + pages <= self.limit).then(|| {
                self.grows += 1;
                self.held += pages;
                (self.held - pages) * PAGE
            })
        }
    }

    /// The reserve grows by a quarter of what is held (or what is asked, if
    /// more), hands out grain-aligned regions that never overlap, and falls
    /// back to the exact need when the host refuses a large step.
    #[test]
    fn reserve_grows_geometrically() {
        // The module's own pages first.
        let mut host = Counted {
            held: 2,
            limit: usize::MAX,
            grows: 0,
        };
        let mut r = Reserve::new();
        let mut last_end = 0;
        for k in 0..2000 {
            let bytes = 1 + (k * 7919) % (3 << 20);
            let p = r.take(bytes, &mut host) as usize;
            assert_eq!(p % GRAIN, 0);
            assert!(p >= last_end, "regions overlap");
            assert!(p + bytes <= host.held * PAGE);
            last_end = p + bytes;
        }
        // About 3 GB handed out in ~40 steps, not ~3000.
        assert!(host.grows < 60, "{} grows", host.grows);
        // Near the limit a step shrinks to the need; past it, null.
        host.limit = host.held + 20;
        let left = r.end - r.next;
        assert!(!r.take(left + 10 * PAGE, &mut host).is_null());
        assert_eq!(host.held, host.limit - 10);
        assert!(r.take(100 * PAGE, &mut host).is_null());
    }

    /// Memory for the runs: a native buffer handed out page by page.
    struct Buffer {
        base: usize,
        held: usize,
        limit: usize,
    }

    impl Buffer {
        fn new(limit: usize) -> Buffer {
            // Leaked on purpose: the runs own it for the test's life.
            let base = unsafe { alloc(Layout::from_size_align(limit * PAGE, PAGE).unwrap()) };
            assert!(!base.is_null());
            Buffer {
                base: base as usize,
                held: 0,
                limit,
            }
        }
    }

    impl Host for Buffer {
        fn held(&self) -> usize {
            self.held * PAGE
        }
        fn grow(&mut self, pages: usize) -> Option<usize> {
            (self.held + pages <= self.limit).then(|| {
                self.held += pages;
                self.base + (self.held - pages) * PAGE
            })
        }
    }

    /// Random large allocations, frees, regrowths and shrinks at several
    /// alignments, with their contents checked: no block overlaps a live
    /// one, every block is aligned, the free list stays in address order,
    /// coalesced, clear of the reserve's end, and freed memory is reused.
    #[test]
    fn runs_never_overlap_and_are_reused() {
        // 1 GiB of address space; about 30 MB is live at most.
        let mut host = Buffer::new(1 << 14);
        let mut runs = Runs::new();
        let mut live: Vec<(*mut u8, usize, usize, u8)> = Vec::new();
        let mut seed = 0x9e37_79b9_u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let check = |p: *mut u8, size: usize, fill: u8| {
            let bytes = unsafe { std::slice::from_raw_parts(p, size) };
            assert!(bytes.iter().all(|&b| b == fill), "block overwritten");
        };
        for round in 0..60_000u32 {
            let r = rand();
            let size = match r % 8 {
                0 => (r >> 8) as usize % 3_000_000,
                1 => 0,
                _ => LARGE + (r >> 8) as usize % 200_000,
            };
            let align = [1, 8, 16, 8192, 1 << 17][(r >> 40) as usize % 5];
            let fill = round as u8;
            if live.len() < 100 && r % 3 == 0 {
                let p = unsafe { runs.alloc(size, align, &mut host) };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                unsafe { p.write_bytes(fill, size) };
                live.push((p, size, align, fill));
            } else if !live.is_empty() && r % 3 == 1 {
                let (p, old, align, f) = live[(r >> 8) as usize % live.len()];
                check(p, old, f);
                let q = unsafe { runs.realloc(p, old, align, size, &mut host) };
                assert!(!q.is_null());
                assert_eq!(q as usize % align, 0);
                check(q, old.min(size), f);
                unsafe { q.write_bytes(fill, size) };
                let i = live.iter().position(|b| b.0 == p).unwrap();
                live[i] = (q, size, align, fill);
            } else if !live.is_empty() {
                let (p, size, _, f) = live.swap_remove((r >> 8) as usize % live.len());
                check(p, size, f);
                unsafe { runs.free(p, size) };
            }
            if round % 1000 == 0 {
                let mut run = runs.free;
                let mut last_end = 0;
                while !run.is_null() {
                    let (start, size) = (run as usize, unsafe { (*run).size });
                    assert!(start > last_end, "runs out of order or not coalesced");
                    assert!(size >= GRAIN && size % GRAIN == 0);
                    last_end = start + size;
                    run = unsafe { (*run).next };
                }
                assert!(last_end < runs.reserve.next);
            }
        }
        for (p, size, _, f) in live {
            check(p, size, f);
        }
        assert!(
            host.held * PAGE < 400 << 20,
            "{} MiB held: freed runs are not reused",
            (host.held * PAGE) >> 20
        );
    }

    /// A vector that doubles at the top of memory grows in place: the memory
    /// held stays near its final size, and the bytes never move.
    #[test]
    fn a_vector_at_the_top_grows_in_place() {
        let mut host = Buffer::new(1 << 12);
        let mut runs = Runs::new();
        let first = unsafe { runs.alloc(LARGE + 1, 8, &mut host) };
        let mut size = LARGE + 1;
        while size < 100 << 20 {
            let p = unsafe { runs.realloc(first, size, 8, size * 2, &mut host) };
            assert_eq!(p, first);
            size *= 2;
        }
        assert!(host.held * PAGE < size + size / 2);
        unsafe { runs.free(first, size) };
        assert!(runs.free.is_null(), "the block went back to the reserve");
    }

    fn chunk(bytes: usize) -> *mut u8 {
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
                        chunk(n)
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
