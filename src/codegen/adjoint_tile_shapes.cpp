// The tile builtins that rearrange tiles, called by name (builtins.py's tile_reshape, tile_broadcast,
// tile_view, tile_assign and tile_sort), as Warp 1.19.0 emits them: each value_func
// moves its (first) tile argument to shared memory; reshape, broadcast and view return a non-owning
// shared tile that aliases it, its type (or its shape and strides) the call's template arguments.
// Only tuple shapes and offsets are reproduced (the parameters are typed tuple[int, ...]).
#include <string>

#include "codegen/adjoint.h"
#include "codegen/tile_args.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;
using frontend::Expr;
using types::TileDef;
using types::TileStorage;
using types::Type;

namespace {

bool is_tuple(const Var* v) {
  return v && v->type.kind == types::Kind::Tuple;
}

// extract_tuple(shape, as_constant=True): compile-time ints, `wild` (-1) allowed where given
std::vector<int> const_shape(const Vars& elements, const Expr* at, bool wild) {
  std::vector<int> shape;
  for (const Var* v : elements) {
    if (!v->constant || v->constant->kind != PyValue::Kind::Int || v->typed_constant)
      decline("tile shape that is not a compile-time int", at->pos);
    const int64_t d = v->constant->i;
    if ((d < 1 && !(wild && d == -1)) || d > (1 << 24)) decline("tile dimension", at->pos);
    shape.push_back(static_cast<int>(d));
  }
  if (shape.empty()) decline("empty tile shape", at->pos);
  return shape;
}

std::string joined(const std::vector<int>& v) {
  std::string s;
  for (int d : v) s += (s.empty() ? "" : ", ") + std::to_string(d);
  return s;
}

}  // namespace

// A tuple's element as a dispatch passes it on: extract_tuple gives a constant element's value, which
// add_call registers again as a new constant; a runtime element is its Var.
Var* Adjoint::tuple_operand(Var* element, bool tuple) {
  return tuple && element->constant ? add_constant(*element->constant) : element;
}

// tile_reshape_value_func / tile_reshape_dispatch_func: a dense (row-major) source, the new shape's size
// the source's (one -1 inferred); the result's type is the template argument. Differentiable.
Vars Adjoint::emit_tile_reshape(const Expr& call, TileArgs& a) {
  Var* t = a.get("t");
  Var* shape_v = a.get("shape");
  if (!t->type.is_tile()) decline("tile_reshape() of a non-tile", a.expr("t")->pos);
  if (!is_tuple(shape_v)) decline("tile_reshape() shape that is not a tuple", a.expr("shape")->pos);
  TileDef& src = *t->type.tile;
  if (src.strides != TileDef::make(src.dtype, src.shape, TileStorage::Shared).strides)
    decline("tile_reshape() of a strided tile", call.pos);
  int64_t size = 1;
  for (int d : src.shape) size *= d;
  std::vector<int> shape = const_shape(tuple_elements(shape_v), a.expr("shape"), true);
  int64_t denom = 1, wild = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] != -1) {
      denom *= shape[i];
    } else if (wild >= 0) {
      decline("tile_reshape() with more than one -1", a.expr("shape")->pos);
    } else {
      wild = static_cast<int64_t>(i);
    }
  }
  if (wild >= 0) {
    if (size % denom != 0) decline("tile_reshape() size", call.pos);
    shape[static_cast<size_t>(wild)] = static_cast<int>(size / denom);
  }
  int64_t new_size = 1;
  for (int d : shape) new_size *= d;
  if (new_size != size) decline("tile_reshape() size", call.pos);
  src.storage = TileStorage::Shared;
  TileDef d = TileDef::make(src.dtype, shape, TileStorage::Shared);
  d.owner = false;
  const Type out = new_tile(std::move(d), call.pos);
  CallSpec spec = builtin_spec("tile_reshape", {out}, true);
  spec.name = keep({spec.name, "<", out.tile->ctype(), ">"});
  return add_call(spec, {t});
}

// tile_broadcast_value_func / tile_broadcast_dispatch_func: numpy.broadcast_to's alignment from the
// right, a broadcast axis of stride 0; the target's shape then strides are the template arguments.
// Differentiable.
Vars Adjoint::emit_tile_broadcast(const Expr& call, TileArgs& a) {
  Var* t = a.get("a");
  Var* shape_v = a.get("shape");
  if (!t->type.is_tile()) decline("tile_broadcast() of a non-tile", a.expr("a")->pos);
  if (!is_tuple(shape_v)) decline("tile_broadcast() shape that is not a tuple", a.expr("shape")->pos);
  TileDef& src = *t->type.tile;
  const std::vector<int> shape = const_shape(tuple_elements(shape_v), a.expr("shape"), false);
  if (shape.size() > 4) decline("tile_broadcast() to more than four dimensions", call.pos);
  std::vector<int> strides(shape.size(), 0);
  const auto offset = static_cast<int64_t>(shape.size()) - static_cast<int64_t>(src.shape.size());
  for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
    const int64_t j = i - offset;
    if (j < 0) continue;
    const auto ju = static_cast<size_t>(j), iu = static_cast<size_t>(i);
    if (src.shape[ju] == 1) continue;
    if (src.shape[ju] != shape[iu]) decline("tile_broadcast() dimension", call.pos);
    strides[iu] = src.strides[ju];
  }
  src.storage = TileStorage::Shared;
  const Type out = new_tile(TileDef{src.dtype, shape, strides, TileStorage::Shared, false}, call.pos);
  CallSpec spec = builtin_spec("tile_broadcast", {out}, true);
  spec.name = keep({spec.name, "<", joined(shape), ", ", joined(strides), ">"});
  return add_call(spec, {t});
}

// tile_view(t, offset, shape) called by name with integer offsets (tile_view_value_func's explicit path;
// subscripts with slices reach Adjoint::tile_view): a constant offset must lie inside its axis; with a
// shape, the view keeps the source's strides; without, it is the axes after the offset. The origin passes
// after the tile, a 0 for each axis the offset leaves out. Not differentiable.
Vars Adjoint::emit_tile_view_call(const Expr& call, TileArgs& a) {
  Var* t = a.get("t");
  Var* offset_v = a.get("offset");
  Var* shape_v = a.get("shape");
  if (!t->type.is_tile()) decline("tile_view() of a non-tile", a.expr("t")->pos);
  if (!is_tuple(offset_v)) decline("tile_view() offset that is not a tuple", a.expr("offset")->pos);
  TileDef& src = *t->type.tile;
  const Vars offset = tuple_elements(offset_v);
  const size_t ndim = src.shape.size();
  if (offset.size() > ndim) decline("tile_view() with more offsets than dimensions", call.pos);
  for (size_t d = 0; d < offset.size(); ++d) {
    const Var* v = offset[d];
    if (v->constant && (v->constant->i < 0 || v->constant->i >= src.shape[d]))
      decline("tile_view() offset out of bounds", a.expr("offset")->pos);
  }
  src.storage = TileStorage::Shared;
  std::vector<int> shape, strides;
  if (shape_v) {
    if (!is_tuple(shape_v)) decline("tile_view() shape that is not a tuple", a.expr("shape")->pos);
    shape = const_shape(tuple_elements(shape_v), a.expr("shape"), false);
    if (shape.size() != ndim) decline("tile_view() shape of another rank", a.expr("shape")->pos);
    strides = src.strides;
  } else {
    shape.assign(src.shape.begin() + static_cast<std::ptrdiff_t>(offset.size()), src.shape.end());
    strides.assign(src.strides.begin() + static_cast<std::ptrdiff_t>(offset.size()), src.strides.end());
  }
  if (shape.empty()) decline("tile_view() of no dimension", call.pos);
  const Type out = new_tile(TileDef{src.dtype, shape, strides, TileStorage::Shared, false}, call.pos);
  CallSpec spec = builtin_spec("tile_view<" + out.tile->ctype() + ">", {out}, false);
  spec.dispatch = [&](Vars& operands, const Vars&) {
    for (size_t d = 0; d < ndim; ++d)
      operands.push_back(d < offset.size() ? tuple_operand(offset[d], true) : add_constant(PyValue::of_int(0)));
  };
  return add_call(spec, {t});
}

// tile_assign(dst, src, offset) called by name (tile_assign_value_func / tile_assign_dispatch_func): tiles
// of one rank (a source without an offset must fit at the origin); the destination moves to shared
// memory; the offset's entries (0s without one) pass after the two tiles. No result; differentiable.
Vars Adjoint::emit_tile_assign(const Expr& call, TileArgs& a) {
  Var* dst = a.get("dst");
  Var* src = a.get("src");
  Var* offset_v = a.get("offset");
  if (!dst->type.is_tile()) decline("tile_assign() to a non-tile", a.expr("dst")->pos);
  if (!src->type.is_tile()) decline("tile_assign() of a non-tile", a.expr("src")->pos);
  if (offset_v && !is_tuple(offset_v)) decline("tile_assign() offset that is not a tuple", a.expr("offset")->pos);
  TileDef& d = *dst->type.tile;
  const TileDef& s = *src->type.tile;
  if (d.shape.size() != s.shape.size()) decline("tile_assign() of another rank", call.pos);
  if (!offset_v)
    for (size_t i = 0; i < d.shape.size(); ++i)
      if (s.shape[i] > d.shape[i]) decline("tile_assign() of a tile that does not fit", call.pos);
  const Vars offset = offset_v ? tuple_elements(offset_v) : Vars{};
  if (offset_v && offset.size() != d.shape.size()) decline("tile_assign() offset of another rank", call.pos);
  d.storage = TileStorage::Shared;
  CallSpec spec = builtin_spec("tile_assign", {}, true);
  spec.dispatch = [&](Vars& operands, const Vars&) {
    operands.push_back(src);
    for (size_t i = 0; i < d.shape.size(); ++i)
      operands.push_back(offset_v ? tuple_operand(offset[i], true) : add_constant(PyValue::of_int(0)));
  };
  return add_call(spec, {dst});
}

// tile_sort(keys, values): tile_sort_value_func (keys of float32, int32, uint32, int64 or uint64, tiles
// of one shape, both moved to shared memory), no dispatch_func, no result, not differentiable.
Vars Adjoint::emit_tile_sort(const Expr& call, TileArgs& a) {
  Var* keys = a.get("keys");
  Var* values = a.get("values");
  if (!keys->type.is_tile() || !values->type.is_tile()) decline("tile_sort() of a non-tile", call.pos);
  TileDef& k = *keys->type.tile;
  TileDef& v = *values->type.tile;
  using types::Scalar;
  const bool key_type =
      k.dtype.kind == types::Kind::Scalar &&
      (k.dtype.scalar == Scalar::Float32 || k.dtype.scalar == Scalar::Int32 || k.dtype.scalar == Scalar::UInt32 ||
       k.dtype.scalar == Scalar::Int64 || k.dtype.scalar == Scalar::UInt64);
  if (!key_type) decline("tile_sort() keys of this dtype", a.expr("keys")->pos);
  k.storage = TileStorage::Shared;
  v.storage = TileStorage::Shared;
  if (k.shape != v.shape) decline("tile_sort() of tiles of different shapes", call.pos);
  return add_call(builtin_spec("tile_sort", {}, false), {keys, values});
}

}  // namespace ws::codegen
