// Work over a range of indices, produced in parallel and consumed strictly in index order: the engine
// behind `generate` (on one process and on every MPI rank). Producing a chunk of consecutive indices
// is order-free; consuming takes the chunks in order, one thread at a time, so what the consumer
// decides never depends on the thread count.
//
// `threads` threads, the caller's among them, share both halves. Each takes the next step that can
// run: the chunk that comes next in order if no thread is consuming, else a new chunk to produce if
// fewer than `ahead` are in flight or waiting (memory stays flat however long the range), and waits
// only when neither can run. With one thread per core no core is time-shared between a producer and
// a dedicated consumer thread, whose bursts (a chunk of large kernels takes a while to compress) left
// cores idle.
//
// The range grows on demand: once every index of it has been consumed, `drained()` (called by the
// consuming thread) names the next range, and an empty one ends the run. That lets the consumer decide
// how much more to draw from what it has seen (`generate` draws exactly what the count still needs).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <utility>

#include "core/parallel.h"

namespace ws {

// Indices [first, end); empty when end <= first.
struct IndexRange {
  uint64_t first = 0;
  uint64_t end = 0;
  bool empty() const { return end <= first; }
};

struct OrderedOptions {
  int threads = 1;      // at least 1; the caller's thread is one of them
  uint64_t chunk = 32;  // indices per produced chunk (the last chunk of a range may be shorter)
  size_t ahead = 12;    // chunks produced or being produced but not yet consumed, at most
};

// produce(first, n) -> Chunk: indices [first, first + n), any thread, concurrently with others.
// consume(Chunk&) -> bool: chunks in index order, one call at a time; true stops the run at once.
// drained() -> IndexRange: every index so far was consumed; the next range to produce (empty: stop).
// The first exception thrown by any of them stops the run and is rethrown here once every thread has
// returned; chunks produced but not consumed are dropped.
template <class Produce, class Consume, class Drained>
void run_ordered(const OrderedOptions& options, IndexRange range, Produce&& produce, Consume&& consume,
                 Drained&& drained) {
  using Chunk = decltype(produce(uint64_t{0}, size_t{0}));
  const uint64_t chunk = std::max<uint64_t>(1, options.chunk);
  const size_t ahead = std::max<size_t>(1, options.ahead);
  std::mutex mu;
  std::condition_variable cv;
  std::map<uint64_t, Chunk> ready;  // produced chunks by sequence number
  uint64_t produced = 0;            // sequence number of the next chunk handed to a producer
  uint64_t consumed = 0;            // sequence number of the next chunk to consume
  size_t in_flight = 0;
  bool consuming = false, done = false;
  std::exception_ptr failure;
  if (range.empty()) range = drained();
  done = range.empty();
  auto work = [&] {
    std::unique_lock lock(mu);
    try {
      while (!done && !failure) {
        if (!consuming && !ready.empty() && ready.begin()->first == consumed) {
          Chunk items = std::move(ready.begin()->second);
          ready.erase(ready.begin());
          consuming = true;
          lock.unlock();
          cv.notify_all();  // a place in the window is free
          const bool stop = consume(items);
          lock.lock();
          ++consumed;
          // Every index of the range consumed: only the consumer may say what comes next.
          if (!stop && consumed == produced && range.empty()) {
            lock.unlock();
            const IndexRange next = drained();
            lock.lock();
            range = next;
          }
          consuming = false;
          done = stop || (consumed == produced && range.empty());
          cv.notify_all();
        } else if (ready.size() + in_flight < ahead && !range.empty()) {
          const uint64_t first = range.first, seq = produced++;
          const size_t n = static_cast<size_t>(std::min(chunk, range.end - range.first));
          range.first += n;
          ++in_flight;
          lock.unlock();
          Chunk items = produce(first, n);
          lock.lock();
          --in_flight;
          ready.emplace(seq, std::move(items));
          cv.notify_all();
        } else {
          cv.wait(lock);
        }
      }
    } catch (...) {
      if (!lock.owns_lock()) lock.lock();
      if (!failure) failure = std::current_exception();
      cv.notify_all();
    }
  };
  // Each work() runs until the run is done or failed (it catches everything itself).
  parallel_for(static_cast<size_t>(std::max(1, options.threads)), options.threads, [&](size_t) { work(); });
  if (failure) std::rethrow_exception(failure);
}

}  // namespace ws
