#include "gen/names.h"

#include <array>
#include <span>

namespace ws::gen {

namespace {

using Pool = std::span<const std::string_view>;

constexpr std::string_view kFloatNames[] = {"acc", "val", "tmp", "s", "t", "w",      "r",    "h",      "e",     "d",
                                            "f",   "x",   "y",   "z", "u", "energy", "dist", "weight", "scale", "res"};
constexpr std::string_view kIntNames[] = {"n", "m", "idx", "cnt", "c", "bits", "key", "flag_i", "code", "off"};
constexpr std::string_view kBoolNames[] = {"ok", "mask", "hit", "inside", "valid", "cond"};
constexpr std::string_view kVecNames[] = {"v", "p", "q_dir", "dir", "vel", "pos", "force", "n_vec", "delta", "g"};
constexpr std::string_view kMatNames[] = {"M", "A", "R", "J", "K", "rot_m", "basis"};
constexpr std::string_view kQuatNames[] = {"q", "rot", "orient", "spin"};
constexpr std::string_view kXformNames[] = {"xf", "tf", "pose", "frame"};
constexpr std::string_view kInputNames[] = {"a",   "b",    "x",    "y",   "src",   "data", "vals",  "pos",
                                            "vel", "mass", "coef", "inp", "field", "grid", "points"};
constexpr std::string_view kOutputNames[] = {"out", "result", "dst", "output", "accum", "total", "res_buf"};
constexpr std::string_view kParamNames[] = {"alpha",  "beta",      "scale", "dt",     "eps",     "gain",
                                            "offset", "threshold", "bias",  "k_coef", "damping", "strength"};
constexpr std::string_view kIntParamNames[] = {"n", "count", "steps", "stride", "num_iters", "width", "seed", "level"};
constexpr std::string_view kLoopNames[] = {"i", "j", "k", "l", "ii", "jj"};
constexpr std::string_view kCounterNames[] = {"it", "iter", "step", "trip"};
constexpr std::string_view kHelperNames[] = {"compute",      "blend", "eval_fn", "shade",     "weight_fn",
                                             "transform_fn", "apply", "combine", "kernel_fn", "update"};
constexpr std::string_view kHelperParamNames[] = {"pt", "x", "y", "z", "a", "b", "c", "s", "u", "v"};
constexpr std::string_view kRngNames[] = {"state", "rng", "rs"};
constexpr std::string_view kConstantNames[] = {"SCALE", "OFFSET",    "EPS",       "GRAVITY", "DAMPING",
                                               "ALPHA", "MAX_STEPS", "THRESHOLD", "ORIGIN",  "RADIUS"};
constexpr std::string_view kCountNames[] = {"N", "NUM_STEPS", "SUBSTEPS", "NUM_SAMPLES", "ITERATIONS", "TAPS"};

Pool local_pool(TypeId t) {
  switch (info(t).kind) {
    case Kind::Vector:
      return kVecNames;
    case Kind::Matrix:
      return kMatNames;
    case Kind::Quat:
      return kQuatNames;
    case Kind::Transform:
      return kXformNames;
    default:  // scalars (the universe has no other kind)
      break;
  }
  if (t == kBool) return kBoolNames;
  return is_float_scalar(t) ? Pool(kFloatNames) : Pool(kIntNames);
}

Pool pool(NameKind kind, TypeId t) {
  switch (kind) {
    case NameKind::Local:
      return local_pool(t);
    case NameKind::Input:
      return kInputNames;
    case NameKind::Output:
      return kOutputNames;
    case NameKind::Param:
      return is_int_scalar(t) ? Pool(kIntParamNames) : Pool(kParamNames);
    case NameKind::Loop:
      return kLoopNames;
    case NameKind::Counter:
      return kCounterNames;
    case NameKind::Helper:
      return kHelperNames;
    case NameKind::HelperParam:
      return kHelperParamNames;
    case NameKind::Rng:
      return kRngNames;
    case NameKind::Constant:
      return kConstantNames;
    case NameKind::Count:
      return kCountNames;
  }
  return kFloatNames;
}

}  // namespace

int* Namer::uses(std::string_view stem) {
  for (auto& [name, n] : stems_)
    if (name == stem) return &n;
  return nullptr;
}

std::string Namer::take(std::string_view name) {
  if (int* n = uses(name))
    ++*n;
  else
    stems_.emplace_back(name, 1);
  return std::string(name);
}

std::string Namer::fresh(Rng& rng, NameKind kind, TypeId t) {
  // Loop variables read best in order (i, then j inside it). Locals are drawn and numbered on reuse
  // (acc, acc1) as people do; signature names and constants prefer another unused word first.
  const bool in_order = kind == NameKind::Loop;
  const bool distinct = kind != NameKind::Local && kind != NameKind::Counter && !in_order;
  return pick(rng, pool(kind, t), in_order, distinct);
}

std::string Namer::pick(Rng& rng, std::span<const std::string_view> p, bool in_order, bool distinct) {
  const size_t start = in_order ? 0 : static_cast<size_t>(rng.range(0, static_cast<int64_t>(p.size()) - 1));
  std::string_view stem = p[start];
  if (in_order || distinct)
    for (size_t i = 0; i < p.size(); ++i)
      if (!uses(p[(start + i) % p.size()])) {
        stem = p[(start + i) % p.size()];
        break;
      }
  int* n = uses(stem);
  if (!n) return take(stem);
  std::string name(stem);
  name += std::to_string((*n)++);
  return name;
}

std::string kernel_name(Rng& rng, std::string_view preset) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string name(preset);
  name += '_';
  uint64_t bits = rng.next();
  for (int i = 0; i < 6; ++i, bits /= 36) name += kDigits[bits % 36];
  return name;
}

}  // namespace ws::gen
