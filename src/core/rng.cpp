#include "core/rng.h"

namespace ws {

size_t Rng::weighted(std::span<const double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = uniform() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  // Floating-point round-off: fall back to the last positive weight.
  for (size_t i = weights.size(); i-- > 0;)
    if (weights[i] > 0) return i;
  return 0;
}

}  // namespace ws
