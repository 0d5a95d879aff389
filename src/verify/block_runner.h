// The CPU block runner the verifier links into every batch (verify/harness.h, kSupport): the
// symbols of Warp's cpu_block_runtime.h that a CPU module compiled with WP_TILE_BLOCK_DIM > 1 calls.
#pragma once

namespace ws::verify {

// A record's CPU entry point splits the launch into blocks of WP_TILE_BLOCK_DIM lanes and hands each
// block to wp_cpu_run_block. Tile code inside a lane waits for the other lanes at wp_cpu_tile_sync()
// (WP_TILE_SYNC), so the lanes of a block must run cooperatively: as in Warp's runtime
// (native/cpu_block_runtime.cpp), each lane runs on a fiber of its own (here ucontext fibers with
// 1 MiB stacks, allocated once and reused), all on one OS thread, and a barrier switches to the next
// lane that has not reached it yet. The schedule is Warp's, lane for lane, so shared-memory updates
// happen in the same order as in Warp (a float reduction's rounding depends on it):
//  - lane 0 runs first; a lane that returns switches to the lowest live lane (or back to the runner);
//  - a lane reaching its g-th barrier joins the `front` set of lanes at generation g (the first lane
//    to reach generation g moves the previous front to `behind`), then switches to the lowest lane
//    still `behind`; when none is left (or a later generation has started) it goes on past the barrier.
// A block of one lane runs as a plain call, with no block context: then thread_idx is 0, the active
// count 1, the first active lane 0 and tile_sync does nothing (Warp's one-lane path). Kernels without
// barriers run lane 0, 1, ... to completion one after the other, as the old sequential runner did.
inline constexpr const char* kBlockRunner = R"(
#include <sys/mman.h>
#include <ucontext.h>

namespace {
constexpr int kMaxBlockDim = 1024;          // Warp's CPU limit (context.py: _resolve_launch_block_dim)
constexpr int kWords = kMaxBlockDim / 64;   // lane sets are bitsets, as in Warp (a barrier's scans stay cheap)
constexpr size_t kLaneStack = 1024 * 1024;  // usable stack of a lane, as Warp's fibers; plus a guard page

typedef void (*wsv_lane_fn)(void* dim, size_t block_id, int lane, void* args);

struct Lane {
  ucontext_t ctx;
  char* stack = nullptr;          // mmap'ed once (guard page below it), reused by every block
  unsigned long long generation;  // barriers this lane has reached in the current block
  bool finished;
};

struct LaneSet {
  unsigned long long w[kWords];
  void set(int l) { w[l >> 6] |= 1ull << (l & 63); }
  void clear(int l) { w[l >> 6] &= ~(1ull << (l & 63)); }
};

struct Block {
  int active = 0;                   // lanes in the running block; 0: no cooperative block
  int words = 0;                    // the words of a lane set the block's lanes use
  int lane = 0;                     // the lane running now
  unsigned long long frontier = 0;  // the highest barrier generation any lane has reached
  LaneSet front, behind;            // live lanes at generation `frontier`, and those still before it
  wsv_lane_fn fn = nullptr;
  void* dim = nullptr;
  size_t block_id = 0;
  void* args = nullptr;
  ucontext_t runner;  // wp_cpu_run_block's own context
  Lane lanes[kMaxBlockDim];
};
Block blk;

// The lowest lane in `behind` (or, with `and_front`, in either set), or -1 when there is none.
int first_lane(bool and_front) {
  for (int i = 0; i < blk.words; ++i) {
    const unsigned long long w = blk.behind.w[i] | (and_front ? blk.front.w[i] : 0);
    if (w) return i * 64 + __builtin_ctzll(w);
  }
  return -1;
}

void switch_to(int from, int to) {
  ucontext_t* target = to < 0 ? &blk.runner : &blk.lanes[to].ctx;
  if (from < 0) {
    setcontext(target);  // a finished lane is never resumed
  } else {
    swapcontext(&blk.lanes[from].ctx, target);
  }
}

// The body of every lane's fiber: the kernel's lane, then on to the lowest live lane (or the runner).
void lane_entry(int lane) {
  blk.lane = lane;
  blk.fn(blk.dim, blk.block_id, lane, blk.args);
  blk.lanes[lane].finished = true;
  blk.front.clear(lane);
  blk.behind.clear(lane);
  switch_to(-1, first_lane(true));
}
}  // namespace

extern "C" {
int wp_cpu_get_thread_idx() { return blk.lane; }

int wp_cpu_get_active_count() {
  if (!blk.active) return 1;
  int count = 0;
  for (int l = 0; l < blk.active; ++l) count += !blk.lanes[l].finished;
  return count;
}

int wp_cpu_get_first_active_lane() { return blk.active ? first_lane(true) : 0; }

void wp_cpu_tile_sync() {
  if (!blk.active) return;
  const int lane = blk.lane;
  const unsigned long long own = ++blk.lanes[lane].generation;
  if (own > blk.frontier) {  // the first lane at this barrier: the old front is now behind
    blk.behind = blk.front;
    blk.front = LaneSet{};
    blk.frontier = own;
  }
  blk.behind.clear(lane);
  blk.front.set(lane);
  for (;;) {
    if (blk.frontier > own) return;  // some lane already went past this barrier
    const int laggard = first_lane(false);
    if (laggard < 0) return;  // every live lane has reached it
    switch_to(lane, laggard);
    blk.lane = lane;  // resumed: by the last lane to reach the barrier, or by one that returned
  }
}

int wp_cpu_run_block(int block_dim, int active_count, wsv_lane_fn fn, void* dim, size_t block_id, void* args) {
  if (!fn || block_dim < 1 || block_dim > kMaxBlockDim || active_count < 1 || active_count > block_dim) {
    _wp_assert("Invalid Warp CPU block runtime dimensions", __FILE__, (unsigned)__LINE__);
    return 0;
  }
  if (active_count == 1) {
    fn(dim, block_id, 0, args);
    return 1;
  }
  blk.fn = fn;
  blk.dim = dim;
  blk.block_id = block_id;
  blk.args = args;
  blk.frontier = 0;
  for (int l = 0; l < active_count; ++l) {
    Lane& ln = blk.lanes[l];
    if (!ln.stack) {
      const long page = sysconf(_SC_PAGESIZE);
      void* m = mmap(nullptr, kLaneStack + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                     -1, 0);
      if (m == MAP_FAILED) {
        _wp_assert("cannot allocate a CPU block lane's stack", __FILE__, (unsigned)__LINE__);
        return 0;
      }
      mprotect(m, page, PROT_NONE);  // an overflowing lane faults instead of corrupting its neighbour
      ln.stack = (char*)m + page;
    }
    getcontext(&ln.ctx);
    ln.ctx.uc_stack.ss_sp = ln.stack;
    ln.ctx.uc_stack.ss_size = kLaneStack;
    ln.ctx.uc_link = nullptr;
    makecontext(&ln.ctx, (void (*)())lane_entry, 1, l);
    ln.generation = 0;
    ln.finished = false;
  }
  blk.front = blk.behind = LaneSet{};
  for (int l = 0; l < active_count; ++l) blk.front.set(l);
  blk.words = (active_count + 63) / 64;
  blk.active = active_count;
  blk.lane = 0;
  swapcontext(&blk.runner, &blk.lanes[0].ctx);
  blk.active = 0;
  blk.lane = 0;
  return 1;
}
}
)";

}  // namespace ws::verify
