#include "gen/contract.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "gen/queries.h"
#include "gen/tiles.h"

namespace ws::gen {

namespace {

// Values people pass for a float parameter in [-1, 1] (param_range): a time step, a gain, a bias.
constexpr std::array<std::string_view, 9> kFloats = {"0.5",  "0.25", "0.1", "0.75", "1.0",
                                                     "0.01", "-0.5", "0.2", "-0.25"};

void append_int(std::string& out, int64_t v) {
  std::array<char, 24> buf;
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), r.ptr);
}

void key(std::string& out, std::string_view name, bool& first) {
  if (!first) out += ", ";
  first = false;
  (out += '"') += name;
  out += "\": ";
}

// The n-th positive value of kFloats (positive_param_range: a time step, a stiffness).
std::string_view positive_float(size_t n) {
  for (std::string_view f : kFloats)
    if (f[0] != '-' && n-- == 0) return f;
  return kFloats[0];
}
constexpr size_t kPositives =
    std::count_if(kFloats.begin(), kFloats.end(), [](std::string_view f) { return f[0] != '-'; });

// One scalar inside param_range (or data_range for struct fields, which is narrower for ints).
void scalar(std::string& out, TypeId s, Rng& rng, bool field, bool positive = false) {
  if (s == kBool)
    out += rng.chance(0.5) ? "true" : "false";
  else if (positive)
    out += positive_float(static_cast<size_t>(rng.range(0, kPositives - 1)));
  else if (is_float_scalar(s))
    out += kFloats[static_cast<size_t>(rng.range(0, kFloats.size() - 1))];
  else
    append_int(out, field ? rng.range(0, 8) : rng.range(1, 8));
}

void value(std::string& out, TypeId t, Rng& rng, bool field) {
  const TypeInfo& ti = info(t);
  if (ti.kind == Kind::Scalar) return scalar(out, t, rng, field);
  out += '[';
  for (int i = 0; i < component_count(t); ++i) {
    if (i) out += ", ";
    scalar(out, ti.scalar, rng, field);
  }
  out += ']';
}

}  // namespace

std::string launch_contract(const Program& prog, Rng& rng) {
  const Func& kernel = prog.funcs.back();
  int ndim = 1;
  for (uint32_t i = kernel.stmt_begin; i < kernel.stmt_end; ++i)
    if (prog.stmts[i].kind == StmtKind::Tid) ndim = prog.stmts[i].op - (prog.tid_lane ? 1 : 0);
  std::string out = "{\"ndim\": ";
  append_int(out, ndim);
  if (prog.tiled) {
    out += ", \"block_dim\": ";
    append_int(out, kTileBlockDim);
  }
  out += ", \"arrays\": {";
  bool first = true;
  for (VarId p : kernel.params) {
    const Var& v = prog.vars[p];
    if (v.ndim == 0) continue;
    key(out, v.name, first);
    if (v.tile[0] != 0) {
      out += "{\"tile\": [";
      append_int(out, v.tile[0]);
      for (size_t d = 1; d < v.ndim; ++d) (out += ", "), append_int(out, v.tile[d]);
      if (v.axes == std::array<uint8_t, 2>{0, 1}) {
        out += "]}";
      } else {
        out += "], \"axes\": [";
        append_int(out, v.axes[0]);
        for (size_t d = 1; d < v.ndim; ++d) (out += ", "), append_int(out, v.axes[d]);
        out += "]}";
      }
    } else if (v.fixed == 0) {
      out += "\"launch\"";
    } else {
      out += '[';
      append_int(out, v.fixed);
      out += ']';
    }
  }
  out += "}, \"scalars\": {";
  first = true;
  for (VarId p : kernel.params) {
    const Var& v = prog.vars[p];
    if (v.ndim != 0 || v.role == Role::Handle) continue;
    key(out, v.name, first);
    if (v.positive) {
      scalar(out, v.type, rng, false, true);
      continue;
    }
    if (v.role != Role::Struct) {
      value(out, v.type, rng, false);
      continue;
    }
    out += '{';
    bool first_field = true;
    for (const auto& [name, type] : prog.structs[v.strct].fields) {
      key(out, name, first_field);
      value(out, type, rng, true);
    }
    out += '}';
  }
  out += '}';
  if (const std::string objects = query_inputs(prog); !objects.empty()) (out += ", \"queries\": ") += objects;
  out += ", \"float_range\": [-1.0, 1.0], \"int_range\": [0, 8]}";
  return out;
}

}  // namespace ws::gen
