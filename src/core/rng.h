// Counter-based random numbers. Kernel i of a run is drawn from Rng(seed, i), never from a shared
// stream, so the output is identical whatever --jobs is and whichever worker produces it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ws {

// One step of splitmix64: a strong 64-bit mixer, also used to derive stream keys.
constexpr uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class Rng {
 public:
  Rng(uint64_t seed, uint64_t index)
      : state_(splitmix64(splitmix64(seed) ^ splitmix64(index + 0x5851f42d4c957f2dULL))) {}

  uint64_t next() { return splitmix64(state_++); }
  // A stream of its own, keyed by this one's next draw and `salt`, leaving this one where it is: a
  // feature decided on it leaves everything the kernel's stream draws as it was without the feature.
  Rng side(uint64_t salt) const {
    Rng copy = *this;
    return Rng(splitmix64(copy.next() ^ salt), 0);
  }

  // Uniform integer in [lo, hi] (inclusive). Lemire-free modulo is fine: bias < 2^-40 for our ranges.
  int64_t range(int64_t lo, int64_t hi) {
    const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
    return lo + static_cast<int64_t>(next() % span);
  }
  // Uniform real in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return uniform() < p; }

  template <class T>
  const T& pick(std::span<const T> items) {
    return items[static_cast<size_t>(range(0, static_cast<int64_t>(items.size()) - 1))];
  }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return pick(std::span<const T>(items));
  }
  // Index drawn with the given non-negative weights (at least one must be positive).
  size_t weighted(std::span<const double> weights);

 private:
  uint64_t state_;
};

}  // namespace ws
