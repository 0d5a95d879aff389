// The tile builtins (builtins.py "Tile Primitives") and the tile overloads of +, - and *, as Warp 1.19.0
// emits them: Adjoint.add_call with the builtin's value_func (the result's tile type) and dispatch_func
// (call arguments and template arguments). Arguments bind to parameter names as resolve_call binds
// them (positional, then keywords; lang/tiles.h names the parameters); they are evaluated as
// Adjoint.resolve_arg evaluates them: values become Vars (a tuple through the `tuple` builtin, a string
// literal as a wp::str constant), types and functions do not.
//
// Reproduced: tile_load, tile_store (int or tuple shape and offset, storage, bounds_check, aligned),
// tile_atomic_add (int or tuple offset, bounds_check),
// tile_zeros, tile_ones, tile_empty, tile_full, tile_arange, tile_sum (also along an axis), tile_min, tile_max,
// tile_argmin, tile_argmax, tile_reduce and tile_map (a builtin or @wp.func), tile_transpose,
// tile_extract and integer subscripts, tile_squeeze (without an axis), tile_scan_inclusive,
// tile_scan_exclusive, tile_axpy (tile_reshape, tile_broadcast, tile_view, tile_assign and tile_sort by
// name: adjoint_tile_shapes.cpp), tile (from a per-thread value), untile, and tile + tile,
// tile - tile, tile * tile, tile * value, value * tile, -tile, the in-place updates of augmented
// assignment (t += u), and the copy, where and assign that rebinding a tile name emits. Tiles live in
// kernels only here (a @wp.func with tiles is declined).
#include <algorithm>
#include <cctype>
#include <string>

#include "codegen/adjoint.h"
#include "codegen/tile_args.h"
#include "frontend/unsupported.h"
#include "lang/builtins.h"
#include "lang/tiles.h"

namespace ws::codegen {

using frontend::decline;
using frontend::Expr;
using frontend::ExprKind;
using types::Scalar;
using types::TileDef;
using types::TileStorage;
using types::Type;

namespace {

bool is_int32(const Type& t) {
  return t == Type::scalar_of(Scalar::Int32);
}

// tile_map's element types: _is_tile_map_element_type_supported
bool is_element_type(const Type& t) {
  return t.kind == types::Kind::Scalar || t.is_vector() || t.is_matrix() || t.is_struct();
}

std::string bool_str(bool b) {
  return b ? "true" : "false";
}

// A compile-time bool argument (bounds_check, aligned): its constant, or the default.
bool const_bool(const Var* v, bool fallback, const Expr* at, frontend::Pos call) {
  if (!v) return fallback;
  if (!v->constant || v->constant->kind != PyValue::Kind::Bool || v->typed_constant)
    decline("tile argument that is not a literal bool", at ? at->pos : call);
  return v->constant->i != 0;
}

TileStorage storage_of(const Var* v, const Expr* at, frontend::Pos call) {
  if (!v) return TileStorage::Register;
  if (v->constant && v->constant->kind == PyValue::Kind::Str) {
    if (v->constant->str == "register") return TileStorage::Register;
    if (v->constant->str == "shared") return TileStorage::Shared;
  }
  decline("tile storage other than \"register\" or \"shared\"", at ? at->pos : call);
}

}  // namespace

// A tile type of this function. Tiles of structs are declined: their structs would need codegen_struct's
// tile helpers (_get_tile_helper_struct_hashes), not reproduced.
Type Adjoint::new_tile(TileDef d, frontend::Pos at) {
  if (d.dtype.is_struct()) decline("tile of structs", at);
  return Type::tile_of(&tiles_.emplace_back(std::move(d)));
}

Vars Adjoint::tuple_elements(Var* v) const {
  if (v->type.kind != types::Kind::Tuple) return {v};
  for (const auto& [t, elements] : tuples_)
    if (t == v) return elements;
  throw std::logic_error("tuple without elements");
}

// resolve_arg of a tile builtin's value argument: a tuple display is the `tuple` builtin of its elements
// (emit_Tuple), a string literal a wp::str constant, anything else what eval makes of it.
Var* Adjoint::eval_tile_arg(const Expr& e) {
  set_lineno(e.pos.line);  // Adjoint.eval of every node, also a tuple's or a string's own line
  if (e.kind == ExprKind::Tuple) {
    Vars elements;
    for (const auto& item : e.items) {
      Var* v = eval(*item);
      if (!v || !is_int32(v->type) || v->typed_constant) decline("tuple element other than an int", item->pos);
      elements.push_back(v);
    }
    Var* t =
        add_call(builtin_spec("tuple", {Type::int_tuple(static_cast<int>(elements.size()))}, false), elements).front();
    tuples_.emplace_back(t, elements);
    return t;
  }
  if (e.kind == ExprKind::Str) {
    // a plain '...' or "..." literal of letters and underscores: Warp spells it as written
    const std::string_view t = e.text;
    const bool plain = t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front() &&
                       std::all_of(t.begin() + 1, t.end() - 1,
                                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; });
    if (!plain) decline("string argument", e.pos);
    return add_constant(PyValue::of_str(t.substr(1, t.size() - 2)));
  }
  Var* v = eval(e);
  if (!v) decline("void argument", e.pos);
  return v;
}

// Signature.bind, then evaluation in source order (positional arguments, then keywords): `dtype` is a
// type and `op` a function, which make no Var.
Adjoint::TileArgs Adjoint::bind_tile_args(const Expr& call, std::string_view key) {
  TileArgs a;
  a.sig = lang::tile_signature(key);
  const int arity = a.sig->arity();
  std::vector<std::pair<int, const Expr*>> order;  // parameter index (-1: a variadic argument), expression
  const int named = a.sig->variadic_from >= 0 ? a.sig->variadic_from : arity;
  for (size_t i = 1; i < call.items.size(); ++i) {
    const int p = static_cast<int>(i) - 1;
    if (p >= named && a.sig->variadic_from < 0)
      decline("too many arguments to wp." + std::string(key), call.items[i]->pos);
    order.emplace_back(p < named ? p : -1, call.items[i].get());
  }
  for (const auto& kw : call.keywords) {
    const int p = a.index(kw.name);
    if (p < 0) decline("keyword argument '" + std::string(kw.name) + "' of wp." + std::string(key), kw.pos);
    for (const auto& [q, _] : order)
      if (q == p) decline("argument given twice", kw.pos);
    order.emplace_back(p, kw.value.get());
  }
  for (int p = 0; p < a.sig->required; ++p) {
    if (std::none_of(order.begin(), order.end(), [&](const auto& o) { return o.first == p; }))
      decline("wp." + std::string(key) + "() without '" + std::string(a.sig->params[static_cast<size_t>(p)]) + "'",
              call.pos);
  }
  for (const auto& [p, e] : order) {
    if (p < 0) {
      a.indices.push_back(eval_tile_arg(*e));
      continue;
    }
    const std::string_view name = a.sig->params[static_cast<size_t>(p)];
    a.exprs[static_cast<size_t>(p)] = e;
    if (name == "dtype") {
      // a type: wp.<type>, or Python's float/int/bool (compute_type_str spells those by name)
      if (e->kind == ExprKind::Attribute && is_shadowed_warp(*e->items[0])) {
        a.dtype = types::lookup_type_name(e->text, false);
        if (a.dtype) a.dtype_spelling = a.dtype->ctype();
      } else if (e->kind == ExprKind::Name && !lookup(e->text) && !env_.find(e->text)) {
        a.dtype = types::lookup_type_name(e->text, true);
        a.dtype_spelling = e->text;
      } else if (const Global* g = e->kind == ExprKind::Name && !lookup(e->text) ? env_.find(e->text) : nullptr;
                 g && g->kind == Global::Kind::TypeAlias) {
        a.dtype = g->type;  // a composite type alias (type_alias.h): spelled as its builtin twin
        a.dtype_spelling = a.dtype->ctype();
      }
      if (!a.dtype) decline("tile dtype", e->pos);
    } else if (name != "op") {  // `op` is resolved against the element types by emit_tile_map
      a.vars[static_cast<size_t>(p)] = eval_tile_arg(*e);
    }
  }
  return a;
}

bool Adjoint::mathdx_lto(bool enabled) const {
  return *module_.device == Device::Cuda && enabled;
}

Vars Adjoint::emit_tile_call(const Expr& call, std::string_view key) {
  if (!info.is_kernel) decline("tile builtin in a function", call.pos);
  TileArgs a = bind_tile_args(call, key);
  if (key == "tile_load") return emit_tile_load(call, a);
  if (key == "tile_store" || key == "tile_atomic_add") return emit_tile_store(call, key, a);
  if (key == "tile_zeros" || key == "tile_ones" || key == "tile_empty" || key == "tile_full")
    return emit_tile_fill(call, key, a);
  if (key == "tile_map") return emit_tile_map(call, a);
  if (key == "tile") return emit_tile_from_value(call, a);
  if (key == "tile_arange") return emit_tile_arange(call, a);
  if (key == "tile_reduce") return emit_tile_reduce(call, a);
  if (key == "tile_matmul") return emit_tile_matmul(call, a);
  if (key.starts_with("tile_cholesky") || key.ends_with("_solve") || key.ends_with("_solve_inplace") ||
      key == "tile_diag_add")
    return emit_tile_linalg(call, key, a);
  if (key == "tile_fft" || key == "tile_ifft") return emit_tile_fft(call, key, a);
  if (key == "tile_reshape") return emit_tile_reshape(call, a);
  if (key == "tile_broadcast") return emit_tile_broadcast(call, a);
  if (key == "tile_view") return emit_tile_view_call(call, a);
  if (key == "tile_assign") return emit_tile_assign(call, a);
  if (key == "tile_sort") return emit_tile_sort(call, a);
  if (key == "tile_axpy") {
    // tile_axpy(alpha, src, dest): tile_axpy_value_func (tiles of one shape and dtype, not of structs, alpha
    // a value of their scalar type), no dispatch_func, no result, differentiable
    Var* alpha = a.get("alpha");
    Var* src = a.get("src");
    Var* dest = a.get("dest");
    if (!src->type.is_tile() || !dest->type.is_tile()) decline("tile_axpy() of a non-tile", call.pos);
    const TileDef &s = *src->type.tile, &d = *dest->type.tile;
    if (s.shape != d.shape || s.dtype != d.dtype || d.dtype.is_struct()) decline("tile_axpy() tiles", call.pos);
    if (alpha->type.reference || alpha->type.kind != types::Kind::Scalar ||
        alpha->type != Type::scalar_of(d.dtype.scalar))
      decline("tile_axpy() alpha", a.expr("alpha")->pos);
    return add_call(builtin_spec(key, {}, true), {alpha, src, dest});
  }
  return emit_tile_unary(call, key, a);
}

namespace {

// extract_tuple(shape, as_constant=True): compile-time ints, one per dimension (an empty shape, which
// Warp rejects, and dimensions out of 1..2^24 are declined)
std::vector<int> shape_values(const Vars& elements, const Expr* at) {
  std::vector<int> shape;
  for (const Var* v : elements) {
    if (!v->constant || v->constant->kind != PyValue::Kind::Int || v->typed_constant)
      decline("tile shape that is not a compile-time int", at->pos);
    if (v->constant->i < 1 || v->constant->i > (1 << 24)) decline("tile dimension", at->pos);
    shape.push_back(static_cast<int>(v->constant->i));
  }
  if (shape.empty()) decline("empty tile shape", at->pos);
  return shape;
}

// The overload an int or tuple shape/offset selects: both of one kind.
bool is_tuple_arg(const Var* v) {
  return v && v->type.kind == types::Kind::Tuple;
}

}  // namespace

// tile_load_tuple_value_func / tile_load_tuple_dispatch_func
Vars Adjoint::emit_tile_load(const Expr& call, TileArgs& a) {
  Var* arr = a.get("a");
  Var* shape_v = a.get("shape");
  Var* offset_v = a.get("offset");
  if (!arr->type.is_plain_array() || arr->type.reference) decline("tile_load() of a non-array", a.expr("a")->pos);
  const bool tuple = is_tuple_arg(shape_v);
  if ((!tuple && !is_int32(shape_v->type)) || (offset_v && is_tuple_arg(offset_v) != tuple) ||
      (offset_v && !tuple && !is_int32(offset_v->type)))
    decline("tile_load() shape and offset types", call.pos);
  const std::vector<int> shape = shape_values(tuple_elements(shape_v), a.expr("shape"));
  const Vars offset = offset_v ? tuple_elements(offset_v) : Vars{};
  const int ndim = arr->type.ndim;
  if (static_cast<int>(shape.size()) != ndim || (offset_v && static_cast<int>(offset.size()) != ndim))
    decline("tile_load() dimensions differing from the array's", call.pos);
  const TileStorage storage = storage_of(a.get("storage"), a.expr("storage"), call.pos);
  const bool bounds_check = const_bool(a.get("bounds_check"), true, a.expr("bounds_check"), call.pos);
  const bool aligned = const_bool(a.get("aligned"), false, a.expr("aligned"), call.pos);

  const Type dtype = arr->type.dtype();
  // aligned=False for register tiles: the template argument only matters for shared ones
  std::string name = "wp::tile_load<" + dtype.ctype() + ", " + bool_str(bounds_check) + ", " +
                     bool_str(storage == TileStorage::Shared && aligned);
  for (int s : shape) name += ", " + std::to_string(s);
  name += ">";
  CallSpec spec = builtin_spec("tile_load", {new_tile(TileDef::make(dtype, shape, storage), call.pos)}, true);
  spec.name = keep({name});
  spec.dispatch = [&](Vars& operands, const Vars&) {
    if (!offset_v) {
      for (int i = 0; i < ndim; ++i) operands.push_back(add_constant(PyValue::of_int(0)));
      return;
    }
    // a tuple's constant elements are its values, registered again as constants (register_var)
    for (Var* v : offset) operands.push_back(tuple && v->constant ? add_constant(*v->constant) : v);
  };
  return add_call(spec, {arr});
}

// tile_store_value_func / tile_store_dispatch_func: no result, replayed commented out (skip_replay).
// tile_atomic_add_value_func / tile_atomic_add_dispatch_func alike (same parameters but `aligned`, the
// same checks, the underlying scalar one check_tile_atomic_add_dtype accepts): its result is a new tile
// of t's dtype, shape and storage (the values replaced), its template <dtype, bounds_check>.
Vars Adjoint::emit_tile_store(const Expr& call, std::string_view key, TileArgs& a) {
  const std::string k(key);
  Var* arr = a.get("a");
  Var* t = a.get("t");
  Var* offset_v = a.get("offset");
  if (!arr->type.is_plain_array() || arr->type.reference) decline(k + "() to a non-array", a.expr("a")->pos);
  if (!t->type.is_tile()) decline(k + "() of a non-tile", a.expr("t")->pos);
  const bool tuple = is_tuple_arg(offset_v);
  if (offset_v && !tuple && !is_int32(offset_v->type)) decline(k + "() offset type", a.expr("offset")->pos);
  const Vars offset = offset_v ? tuple_elements(offset_v) : Vars{};
  const int ndim = arr->type.ndim;
  const TileDef& tile = *t->type.tile;
  if ((offset_v && static_cast<int>(offset.size()) != ndim) || static_cast<int>(tile.shape.size()) != ndim)
    decline(k + "() dimensions differing from the array's", call.pos);
  if (tile.dtype != arr->type.dtype()) decline(k + "() of another dtype", call.pos);
  const bool bounds_check = const_bool(a.get("bounds_check"), true, a.expr("bounds_check"), call.pos);

  CallSpec spec;
  if (key == "tile_atomic_add") {
    static constexpr Scalar kAtomic[] = {Scalar::Int32,   Scalar::Int64,   Scalar::UInt32, Scalar::UInt64,
                                         Scalar::Float32, Scalar::Float64, Scalar::Float16};
    if (std::find(std::begin(kAtomic), std::end(kAtomic), tile.dtype.scalar) == std::end(kAtomic))
      decline("tile_atomic_add() of a dtype without atomic add", call.pos);
    spec = builtin_spec(key, {new_tile(TileDef::make(tile.dtype, tile.shape, tile.storage), call.pos)}, true, true);
    spec.name = keep({"wp::tile_atomic_add<", arr->type.dtype().ctype(), ", ", bool_str(bounds_check), ">"});
  } else {
    const bool aligned = const_bool(a.get("aligned"), false, a.expr("aligned"), call.pos);
    spec = builtin_spec(key, {}, true, true);
    spec.name = keep({"wp::tile_store<", arr->type.dtype().ctype(), ", ", bool_str(bounds_check), ", ",
                      bool_str(tile.storage == TileStorage::Shared && aligned), ">"});
  }
  spec.dispatch = [&](Vars& operands, const Vars&) {
    if (!offset_v) {  // (a, *offset, t)
      for (int i = 0; i < ndim; ++i) operands.push_back(add_constant(PyValue::of_int(0)));
    } else {
      for (Var* v : offset) operands.push_back(tuple && v->constant ? add_constant(*v->constant) : v);
    }
    operands.push_back(t);
  };
  return add_call(spec, {arr});
}

// tile_zeros / tile_ones / tile_empty / tile_full (value and dispatch functions alike, tile_full's one call
// argument the value): no call arguments, not differentiable
Vars Adjoint::emit_tile_fill(const Expr& call, std::string_view key, TileArgs& a) {
  Var* shape_v = a.get("shape");
  if (!is_tuple_arg(shape_v) && !is_int32(shape_v->type)) decline("tile shape type", a.expr("shape")->pos);
  const std::vector<int> shape = shape_values(tuple_elements(shape_v), a.expr("shape"));
  if (!a.dtype) {  // defaults={"dtype": float}
    a.dtype = Type::scalar_of(Scalar::Float32);
    a.dtype_spelling = "float";
  }
  const TileStorage storage = storage_of(a.get("storage"), a.expr("storage"), call.pos);
  Vars operands;
  if (key == "tile_full") {
    // tile_full_value_func: the dtype defaults to the value's type; a composite or struct value must
    // be of the dtype (a scalar converts); the template names the dtype as the tile type holds it
    Var* value = a.get("value");
    const Type vt = value->type.value();
    if (!a.expr("dtype")) a.dtype = vt;
    if (!is_element_type(vt) || (vt.kind != types::Kind::Scalar && vt != *a.dtype) || !is_element_type(*a.dtype) ||
        a.dtype->is_struct())
      decline("tile_full() value", a.expr("value")->pos);
    a.dtype_spelling = a.dtype->ctype();
    operands.push_back(value);
  }
  std::string name = "wp::" + std::string(key) + "<" + a.dtype_spelling;
  for (int s : shape) name += ", " + std::to_string(s);
  name += ">";
  CallSpec spec = builtin_spec(key, {new_tile(TileDef::make(*a.dtype, shape, storage), call.pos)}, false);
  spec.name = keep({name});
  return add_call(spec, operands);
}

// A function argument (tile_map's and tile_reduce's op) for these element types: a builtin's Call row
// (wp::<native>, adjoint wp::adj_<native>) or a @wp.func, built like a call of it (add_call builds a
// function argument) with its adjoint adj_<name>.
Adjoint::TileOp Adjoint::resolve_tile_op(const Expr& op, std::span<const Type> elements) {
  if (op.kind == ExprKind::Attribute && is_shadowed_warp(*op.items[0])) {
    auto r = lang::resolve(op.text, elements);
    if (!r || (r->row->flags & lang::kTemplScalar)) decline("tile operator", op.pos);
    return {r->result, keep({"wp::", r->row->native}), keep({"wp::adj_", r->row->native}),
            (r->row->flags & lang::kDiff) != 0};
  }
  const Global* g = op.kind == ExprKind::Name && !lookup(op.text) ? env_.find(op.text) : nullptr;
  if (!g || g->kind != Global::Kind::Function) decline("tile operator", op.pos);
  if (g->func->user_overloads.size() > 1) decline("tile operator with overloads", op.pos);
  Adjoint& callee = module_.function(*g->func);
  if (callee.args.size() != elements.size()) decline("tile operator arity", op.pos);
  for (size_t i = 0; i < elements.size(); ++i)
    if (callee.args[i]->type != elements[i]) decline("tile operator parameter type", op.pos);
  if (!callee.return_var || callee.return_var->size() != 1) decline("tile operator without one result", op.pos);
  if (std::find(callees.begin(), callees.end(), &callee) == callees.end()) callees.push_back(&callee);
  return {(*callee.return_var)[0]->type.value(), callee.info.native, keep({"adj_", callee.info.native}), true};
}

// tile_reduce(op, a): tile_reduce_value_func, no dispatch (the function itself is the first argument),
// not differentiable
Vars Adjoint::emit_tile_reduce(const Expr& call, TileArgs& a) {
  Var* t = a.get("a");
  if (!t->type.is_tile()) decline("tile_reduce() of a non-tile", a.expr("a")->pos);
  const Type dtype = t->type.tile->dtype;
  if (dtype.kind != types::Kind::Scalar) decline("tile_reduce() of this element type", call.pos);
  const Type elements[] = {dtype, dtype};
  const TileOp f = resolve_tile_op(*a.expr("op"), elements);
  if (f.result != dtype) decline("tile_reduce() operator result", a.expr("op")->pos);
  CallSpec spec =
      builtin_spec("tile_reduce", {new_tile(TileDef::make(dtype, {1}, TileStorage::Register), call.pos)}, false);
  spec.callable = f.fwd;
  return add_call(spec, {t});
}

// tile_map(op, a[, b]): tile_unary_map / tile_binary_map with the overload of `op` for the element types
Vars Adjoint::emit_tile_map(const Expr& call, TileArgs& a) {
  Var* ta = a.get("a");
  Var* b = a.get("b");
  if (!ta->type.is_tile()) decline("tile_map() of a non-tile", a.expr("a")->pos);
  const TileDef& tile = *ta->type.tile;
  SmallVector<Type, 2> elements{tile.dtype};
  if (b) {
    const Type bt = b->type.value();
    if (bt.is_tile() && bt.tile->shape != tile.shape) decline("tile_map() of tiles of different shapes", call.pos);
    if (!bt.is_tile() && !is_element_type(bt)) decline("tile_map() operand", a.expr("b")->pos);
    elements.push_back(bt.is_tile() ? bt.tile->dtype : bt);
  }
  const Expr& op = *a.expr("op");
  const TileOp f = resolve_tile_op(op, elements);
  if (!is_element_type(f.result)) decline("tile_map() result type", op.pos);
  CallSpec spec =
      builtin_spec(b ? "tile_binary_map" : "tile_unary_map",
                   {new_tile(TileDef::make(f.result, tile.shape, TileStorage::Register), call.pos)}, f.diff);
  spec.callable = f.fwd;
  spec.callable_adj = f.adj;
  Vars operands{ta};
  if (b) operands.push_back(b);
  return add_call(spec, operands);
}

// tile(x): a tile spanning the block from each thread's value (tile_value_func / tile_dispatch_func)
Vars Adjoint::emit_tile_from_value(const Expr& call, TileArgs& a) {
  Var* x = a.get("x");
  if (const_bool(a.get("preserve_type"), false, a.expr("preserve_type"), call.pos))
    decline("tile(preserve_type=True)", call.pos);
  if (x->type.reference) decline("tile() of an array element", a.expr("x")->pos);  // Warp fails there
  const Type t = x->type;
  const Type s = Type::scalar_of(t.scalar);
  TileDef d;
  std::string templ;
  if (t.kind == types::Kind::Scalar) {
    d = TileDef::make(t, {kBlockDim}, TileStorage::Register);
    templ = t.ctype();
  } else if (t.is_vector() || t.is_quat()) {
    d = TileDef::make(s, {t.rows, kBlockDim}, TileStorage::Register);
    templ = s.ctype() + ", " + std::to_string(t.rows);
  } else if (t.is_matrix()) {
    d = TileDef::make(s, {t.rows, t.cols, kBlockDim}, TileStorage::Register);
    templ = std::to_string(t.rows) + ", " + std::to_string(t.cols) + ", " + s.ctype();
  } else {
    decline("tile() of this type", a.expr("x")->pos);
  }
  CallSpec spec = builtin_spec("tile", {new_tile(std::move(d), call.pos)}, true);
  spec.name = keep({"wp::tile<", templ, ">"});
  return add_call(spec, {x});
}

// tile_arange(*args, dtype, storage): compile-time start, stop and step (tile_arange_value_func sizes the
// tile from them), passed as constants of the dtype (tile_arange_dispatch_func, _cast_scalar_constant).
// Integer dtypes, and float32/float64 ranges of small integers, whose element count the float
// quotient gives exactly.
Vars Adjoint::emit_tile_arange(const Expr& call, TileArgs& a) {
  if (a.indices.empty() || a.indices.size() > 3) decline("tile_arange() arguments", call.pos);
  const Type dtype = a.dtype ? *a.dtype : Type::scalar_of(Scalar::Float32);  // defaults={"dtype": float}
  const bool is_float = dtype.scalar == Scalar::Float32 || dtype.scalar == Scalar::Float64;
  if (!dtype.is_scalar() || (!dtype.is_int() && !is_float)) decline("tile_arange() dtype", call.pos);
  int64_t range[3] = {0, 0, 1};                        // start, stop, step
  const size_t first = a.indices.size() == 1 ? 1 : 0;  // a single argument is the stop
  for (size_t i = 0; i < a.indices.size(); ++i) {
    const Var* v = a.indices[i];
    if (!v->constant || v->constant->kind != PyValue::Kind::Int || v->typed_constant || !is_int32(v->type))
      decline("tile_arange() argument that is not a compile-time int", call.items[i + 1]->pos);
    if (std::abs(v->constant->i) > (int64_t{1} << 31)) decline("tile_arange() range", call.pos);
    range[first + i] = v->constant->i;
  }
  const auto [start, stop, step] = range;
  const int64_t limit = is_float ? 1024 : int64_t{1} << 24;
  if (step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop) || std::abs(stop - start) > limit ||
      std::abs(step) > limit)
    decline("tile_arange() range", call.pos);
  // the element count: -((stop - start) // -step), the ceiling of the span over the step
  const int64_t span = stop - start;
  const int64_t n = span / step + (span % step != 0 ? 1 : 0);
  const TileStorage storage = storage_of(a.get("storage"), a.expr("storage"), call.pos);
  CallSpec spec =
      builtin_spec("tile_arange", {new_tile(TileDef::make(dtype, {static_cast<int>(n)}, storage), call.pos)}, false);
  spec.name = keep({"wp::tile_arange<", dtype.ctype(), ", ", std::to_string(n), ">"});
  spec.dispatch = [&](Vars& operands, const Vars&) {
    // start, stop and step as constants of the dtype, registered in this order: a default is a new
    // Var of the dtype, an argument of another type a new typed constant (_cast_scalar_constant)
    auto fresh = [&](int64_t v) { return add_var(dtype, PyValue::of_int(v)); };
    auto cast = [&](Var* v) {
      if (v->type == dtype) return v;
      Var* c = add_var(dtype, v->constant);
      c->typed_constant = true;
      return c;
    };
    const Vars given = operands;
    operands = {};
    operands.push_back(given.size() == 1 ? fresh(0) : cast(given[0]));
    operands.push_back(cast(given.size() == 1 ? given[0] : given[1]));
    operands.push_back(given.size() == 3 ? cast(given[2]) : fresh(1));
  };
  return add_call(spec, a.indices);
}

// tile_sum, tile_transpose, tile_extract, untile: one tile (and tile_extract's indices), a plain call
Vars Adjoint::emit_tile_unary(const Expr& call, std::string_view key, TileArgs& a) {
  const std::string_view first = a.sig->params[0];  // "a", tile_squeeze's "t"
  Var* t = a.get(first);
  if (!t->type.is_tile()) decline("wp." + std::string(key) + "() of a non-tile", a.expr(first)->pos);
  TileDef& tile = *t->type.tile;
  Type out;
  Vars operands{t};
  if (key == "tile_scan_inclusive" || key == "tile_scan_exclusive") {
    // tile_scan_inclusive_value_func / _exclusive: float32, int32 or uint32 elements, a register tile of
    // the same shape; not differentiable
    if (tile.dtype.kind != types::Kind::Scalar ||
        (tile.dtype.scalar != Scalar::Float32 && tile.dtype.scalar != Scalar::Int32 &&
         tile.dtype.scalar != Scalar::UInt32))
      decline("wp." + std::string(key) + "() of this element type", call.pos);
    return add_call(
        builtin_spec(key, {new_tile(TileDef::make(tile.dtype, tile.shape, TileStorage::Register), call.pos)}, false),
        operands);
  }
  if (key == "tile_squeeze") {
    // tile_squeeze_value_func without an axis: every axis of length one removed, a non-owning shared
    // view (the source moves to shared memory), its type the template argument; differentiable
    if (a.get("axis")) decline("tile_squeeze() with an axis", a.expr("axis")->pos);
    std::vector<int> shape, strides;
    for (size_t d = 0; d < tile.shape.size(); ++d) {
      if (tile.shape[d] == 1) continue;
      shape.push_back(tile.shape[d]);
      strides.push_back(tile.strides[d]);
    }
    if (shape.empty()) decline("tile_squeeze() of a tile of one element", call.pos);
    tile.storage = TileStorage::Shared;
    out = new_tile(TileDef{tile.dtype, shape, strides, TileStorage::Shared, false}, call.pos);
    CallSpec spec = builtin_spec(key, {out}, true);
    spec.name = keep({spec.name, "<", out.tile->ctype(), ">"});
    return add_call(spec, operands);
  }
  if (key == "tile_sum" && a.get("axis")) {
    // tile_sum_axis_value_func / _dispatch_func: moves its argument to shared memory; the axis is a
    // template argument of the call and of its adjoint (adjoint_uses_template_args)
    const Var* axis = a.get("axis");
    if (!axis->constant || axis->constant->kind != PyValue::Kind::Int || axis->typed_constant ||
        !is_int32(axis->type) || axis->constant->i < 0 || axis->constant->i >= static_cast<int64_t>(tile.shape.size()))
      decline("tile_sum() axis", a.expr("axis")->pos);
    tile.storage = TileStorage::Shared;
    std::vector<int> shape = tile.shape;
    shape.erase(shape.begin() + axis->constant->i);
    if (shape.empty()) shape = {1};
    const std::string native = "tile_sum_axis<" + std::to_string(axis->constant->i) + ">";
    return add_call(
        builtin_spec(native, {new_tile(TileDef::make(tile.dtype, shape, TileStorage::Register), call.pos)}, true),
        operands);
  }
  if (key == "tile_sum") {  // tile_sum_value_func
    out = new_tile(TileDef::make(tile.dtype, {1}, TileStorage::Register), call.pos);
  } else if (key == "tile_min" || key == "tile_max" || key == "tile_argmin" || key == "tile_argmax") {
    // tile_min_value_func and friends: a scalar tile reduced to one element (an int32 index for arg*),
    // not differentiable
    if (tile.dtype.kind != types::Kind::Scalar) decline("wp." + std::string(key) + "() of this element type", call.pos);
    const bool index = key == "tile_argmin" || key == "tile_argmax";
    const Type dtype = index ? Type::scalar_of(Scalar::Int32) : tile.dtype;
    return add_call(builtin_spec(key, {new_tile(TileDef::make(dtype, {1}, TileStorage::Register), call.pos)}, false),
                    operands);
  } else if (key == "tile_transpose") {  // tile_transpose_value_func: moves its argument to shared memory
    if (tile.shape.size() != 2) decline("tile_transpose() of a tile that is not 2-D", call.pos);
    tile.storage = TileStorage::Shared;
    out = new_tile(TileDef{tile.dtype,
                           {tile.shape.rbegin(), tile.shape.rend()},
                           {tile.strides.rbegin(), tile.strides.rend()},
                           TileStorage::Shared,
                           false,
                           !tile.colmajor},
                   call.pos);
  } else if (key == "tile_extract") {
    return {tile_extract(t, a.indices, call.pos)};
  } else {  // untile_value_func: the block's last dimension back to one value per thread
    if (tile.shape.back() != kBlockDim || tile.dtype.kind != types::Kind::Scalar || tile.shape.size() > 3)
      decline("untile() of this tile", call.pos);
    const Scalar s = tile.dtype.scalar;
    out = tile.shape.size() == 1   ? tile.dtype
          : tile.shape.size() == 2 ? Type::vector_of(tile.shape[0], s)
                                   : Type::matrix_of(tile.shape[0], tile.shape[1], s);
  }
  return add_call(builtin_spec(key, {out}, true), operands);
}

// The operators on tiles (builtins.py's tile overloads of add, sub, mul and neg): tile_add, tile_sub,
// tile_mul_elementwise, tile_mul (a value times a tile passes the tile first), tile_neg; register results.
// Also the forms Warp's emitters call with tiles: copy, where, and the generic assign.
Var* Adjoint::tile_operator(std::string_view key, const Vars& a, frontend::Pos at) {
  auto fail = [&]() -> Var* { decline("builtin '" + std::string(key) + "' on tiles", at); };
  std::vector<Type> t;
  for (Var* v : a) t.push_back(v->type.value());
  if (key == "assign" && a.size() == 2 && t[0].is_tile() && t[1].is_tile()) {
    // materialize_redefinitions of a tile a loop rebinds: the generic assign(dest: Any, src: Any), no
    // value_func (emit_Assign already required one dtype; shape and storage may differ)
    add_call(builtin_spec("assign", {}, true), a);
    return nullptr;
  }
  if (key == "copy" && a.size() == 1) {
    // `y = t` (emit_Assign of a name; copy_value_func): a register tile keeps its tile type itself, a
    // shared one (a view too) copies into a new owning shared tile of its shape and strides
    const TileDef& x = *t[0].tile;
    const Type out = x.storage == TileStorage::Register
                         ? t[0]
                         : new_tile(TileDef{x.dtype, x.shape, x.strides, TileStorage::Shared, true, x.colmajor}, at);
    return add_call(builtin_spec("copy", {out}, true), a).front();
  }
  if (key == "where" && a.size() == 3 && t[1].is_tile() && t[2].is_tile()) {
    // emit_If's merge of a tile both branches bind (where_value_func): one dtype; the result is the
    // register side's tile type itself (the true side's first), else a new owning shared tile shaped
    // as the true side
    const TileDef &x = *t[1].tile, &y = *t[2].tile;
    if (!t[0].is_bool() || x.dtype != y.dtype) fail();
    const Type out = x.storage == TileStorage::Register ? t[1]
                     : y.storage == TileStorage::Register
                         ? t[2]
                         : new_tile(TileDef{x.dtype, x.shape, x.strides, TileStorage::Shared, true, x.colmajor}, at);
    return add_call(builtin_spec("where", {out}, true), a).front();
  }
  if (key == "neg" && a.size() == 1) {
    if (t[0].tile->dtype.is_struct()) fail();
    return add_call(builtin_spec(
                        "tile_neg",
                        {new_tile(TileDef::make(t[0].tile->dtype, t[0].tile->shape, TileStorage::Register), at)}, true),
                    a)
        .front();
  }
  if (a.size() != 2) fail();
  if ((key == "add" || key == "sub") && t[0].is_tile() && t[1].is_tile()) {  // tile_binary_map_value_func
    const TileDef &x = *t[0].tile, &y = *t[1].tile;
    if (x.shape != y.shape || x.dtype != y.dtype) fail();
    const std::string_view native = key == "add" ? "tile_add" : "tile_sub";
    return add_call(builtin_spec(native, {new_tile(TileDef::make(x.dtype, x.shape, TileStorage::Register), at)}, true),
                    a)
        .front();
  }
  if (key != "mul") fail();
  // tile_mul_value_func: one side's element (or the value) must be scalar, the scalars must match, and a
  // vector or matrix side gives the result's dtype
  const bool both = t[0].is_tile() && t[1].is_tile();
  const TileDef& tile = t[0].is_tile() ? *t[0].tile : *t[1].tile;
  const Type other = both ? t[1].tile->dtype : t[0].is_tile() ? t[1] : t[0];
  if (!(other.kind == types::Kind::Scalar || other.is_vector() || other.is_matrix()) || other.is_bool()) fail();
  if (!is_element_type(tile.dtype) || tile.dtype.is_struct()) fail();
  if (both && t[1].tile->shape != tile.shape) fail();
  if (tile.dtype.kind != types::Kind::Scalar && other.kind != types::Kind::Scalar) fail();
  if (tile.dtype.scalar != other.scalar) fail();
  const Type dtype = other.is_vector() || other.is_matrix() ? other : tile.dtype;
  const Type out = new_tile(TileDef::make(dtype, tile.shape, TileStorage::Register), at);
  if (both) return add_call(builtin_spec("tile_mul_elementwise", {out}, true), a).front();
  Vars operands = a;
  if (!t[0].is_tile()) std::swap(operands[0], operands[1]);  // tile_mul_const_first_dispatch_func
  return add_call(builtin_spec("tile_mul", {out}, true), operands).front();
}

// emit_AugAssign of a tile name by a tile (`t += u`, `-=`, `&=`, `|=`, `^=`): the in-place builtins
// add_inplace, sub_inplace (differentiable) and bit_and_inplace, bit_or_inplace, bit_xor_inplace (not),
// natives tile_<op>_inplace; tile_inplace_tile_value_func: the same shape and dtype, nothing returned,
// storage untouched. False for the other operators, which rebind the name to a new tile.
bool Adjoint::tile_inplace(std::string_view key, Var* target, Var* value, frontend::Pos at) {
  const bool diff = key == "add" || key == "sub";
  if (!diff && key != "bit_and" && key != "bit_or" && key != "bit_xor") return false;
  const TileDef &a = *target->type.tile, &b = *value->type.tile;
  if (a.shape != b.shape || a.dtype != b.dtype) decline("in-place tile update of another shape or dtype", at);
  if (!diff && a.dtype.is_struct()) decline("bitwise in-place update of a tile of structs", at);
  add_call(builtin_spec("tile_" + std::string(key) + "_inplace", {}, diff), {target, value});
  return true;
}

// tile_extract_value_func: an element (or a vector element's component, a matrix element's row or
// component) at integer indices; moves its argument to shared memory
Var* Adjoint::tile_extract(Var* t, const Vars& indices, frontend::Pos at) {
  TileDef& tile = *t->type.tile;
  for (Var* i : indices)
    if (!is_int32(i->type.value())) decline("tile_extract() index", at);
  const size_t n = indices.size(), dims = tile.shape.size();
  Type out;
  if (tile.dtype.kind == types::Kind::Scalar && n == dims) {
    out = tile.dtype;
  } else if (tile.dtype.is_vector() && (n == dims || n == dims + 1)) {
    out = n == dims ? tile.dtype : Type::scalar_of(tile.dtype.scalar);
  } else if (tile.dtype.is_matrix() && n >= dims && n <= dims + 2) {  // the matrix, a row, an element
    out = n == dims       ? tile.dtype
          : n == dims + 1 ? Type::vector_of(tile.dtype.cols, tile.dtype.scalar)
                          : Type::scalar_of(tile.dtype.scalar);
  } else {
    decline("tile_extract() indices", at);
  }
  tile.storage = TileStorage::Shared;
  Vars operands{t};
  for (Var* i : indices) operands.push_back(i);
  return add_call(builtin_spec("tile_extract", {out}, true), operands).front();
}

// t[i, j] (emit_indexing of a tile with integer indices, one per dimension: tile_extract), each index
// as resolve_tile_int_index leaves it: a negative constant wrapped to a new constant, a runtime index
// wrapped by `i < 0 ? i + length : i` (a comparison, add and where). Views (fewer indices, slices) and
// index tiles are declined.
Var* Adjoint::emit_tile_subscript(Var* t, const std::vector<const Expr*>& nodes, const Expr& at) {
  const Vars indices = eval_tile_indices(t, nodes, at);
  if (std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->type.is_tile(); })) {
    // eval_subscript applies a bracket group with an index tile on its own: reproduced only where the
    // indices are the subscript's last (outermost) group
    const Expr& group = *at.items[1];
    const bool outermost = group.kind == ExprKind::Tuple
                               ? std::equal(nodes.begin(), nodes.end(), group.items.begin(), group.items.end(),
                                            [](const Expr* n, const auto& g) { return n == g.get(); })
                               : nodes.size() == 1 && nodes[0] == &group;
    if (!outermost) decline("index tile in a chained tile subscript", at.pos);
    return tile_slice_indexed(t, indices, at.pos);
  }
  const bool has_slice =
      std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->slice_bounds.has_value(); });
  if (has_slice || indices.size() < t->type.tile->shape.size()) return tile_view(t, indices, at.pos);
  return tile_extract(t, indices, at.pos);
}

// eval_indices on a tile: a slice through eval_raw_const_slice, an integer index through
// resolve_tile_int_index.
Vars Adjoint::eval_tile_indices(Var* t, const std::vector<const Expr*>& nodes, const Expr& at) {
  const std::vector<int> shape = t->type.tile->shape;
  Vars indices;
  for (size_t dim = 0; dim < nodes.size(); ++dim) {
    if (nodes[dim]->kind == ExprKind::Slice) {
      indices.push_back(emit_raw_const_slice(*nodes[dim]));
      continue;
    }
    Var* v = eval(*nodes[dim]);
    if (!v) decline("void index", nodes[dim]->pos);
    const Type it = v->type.value();
    if (it.is_tile()) {  // an index tile passes through resolve_tile_int_index
      indices.push_back(v);
      continue;
    }
    if (!is_int32(it)) decline("tile index other than an int", nodes[dim]->pos);
    if (dim < shape.size()) {
      const int64_t length = shape[dim];
      if (!v->constant) {
        Var* zero = add_var(it, PyValue::of_int(0));
        Var* length_var = add_var(it, PyValue::of_int(length));
        const std::string_view less[] = {"<"};
        Var* const operand[] = {zero};
        Var* negative = add_comp(less, v, operand);
        Var* wrapped = add_builtin("add", {v, length_var}, at);
        v = add_builtin("where", {negative, wrapped, v}, at);
      } else {
        if (v->constant->kind != PyValue::Kind::Int) decline("tile index other than an int", nodes[dim]->pos);
        const int64_t value = v->constant->i, wrapped = value < 0 ? value + length : value;
        if (wrapped < 0 || wrapped >= length) decline("tile index out of bounds", nodes[dim]->pos);
        if (wrapped != value) v = add_constant(PyValue::of_int(wrapped));
      }
    }
    indices.push_back(v);
  }
  return indices;
}

// tile_slice_indexed(t, indices) for `t[idx, :]` (tile_slice_indexed_value_func, _dispatch_func): one 1-D
// integer index tile, every other entry a full `:`; the source and the index tile move to shared memory,
// the result is a register tile with the gathered axis as long as the index tile, its shape the template
// argument; the axis passes as a constant after the result.
Var* Adjoint::tile_slice_indexed(Var* t, const Vars& indices, frontend::Pos at) {
  TileDef& src = *t->type.tile;
  if (indices.size() > src.shape.size()) decline("tile gather with more indices than dimensions", at);
  Var* index_tile = nullptr;
  int64_t axis = 0;
  for (size_t dim = 0; dim < indices.size(); ++dim) {
    Var* idx = indices[dim];
    if (idx->type.is_tile()) {
      const TileDef& it = *idx->type.tile;
      if (index_tile || it.shape.size() != 1 || it.dtype.kind != types::Kind::Scalar || !it.dtype.is_int())
        decline("tile gather index", at);
      index_tile = idx;
      axis = static_cast<int64_t>(dim);
      continue;
    }
    // _tile_slice_indexed_axis: a full `:` (normalized start 0, step 1, the whole axis)
    if (!idx->slice_bounds) decline("tile gather with an integer index", at);
    const auto [start, stop, step] = *idx->slice_bounds;
    const bool full = step == 1 && (idx->start_omitted || start == 0) && (idx->stop_omitted || stop >= src.shape[dim]);
    if (!full) decline("tile gather with a partial slice", at);
  }
  if (!index_tile) decline("tile gather without an index tile", at);
  TileDef& it = *index_tile->type.tile;
  if (it.shape[0] == 0) decline("tile gather with an empty index tile", at);
  src.storage = TileStorage::Shared;
  it.storage = TileStorage::Shared;
  std::vector<int> shape = src.shape;
  shape[static_cast<size_t>(axis)] = it.shape[0];
  std::string templ;
  for (int d : shape) templ += (templ.empty() ? "" : ", ") + std::to_string(d);
  // the adjoint has no template arguments
  CallSpec spec =
      builtin_spec("tile_slice_indexed", {new_tile(TileDef::make(src.dtype, shape, TileStorage::Register), at)}, true);
  spec.name = keep({spec.name, "<", templ, ">"});
  spec.defaults = {PyValue::of_int(axis)};
  return add_call(spec, {t, index_tile, nullptr}).front();
}

// _store_subscript on a tile with a slice or fewer indices than dimensions: a view of the destination
// (tile_view), which must have the value's shape, then tile_assign(view, value) at the origin
// (tile_assign_value_func moves the destination to shared memory; tile_assign_dispatch_func passes a
// zero offset per dimension, constants after the call's arguments). A full integer index (assign) is
// not reproduced.
void Adjoint::store_tile_subscript(Var* t, const std::vector<const Expr*>& nodes, Var* value, const Expr& at) {
  const Vars indices = eval_tile_indices(t, nodes, at);
  if (std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->type.is_tile(); }))
    decline("assignment through an index tile", at.pos);  // Warp rejects it
  const bool has_slice =
      std::any_of(indices.begin(), indices.end(), [](Var* i) { return i->slice_bounds.has_value(); });
  if (!has_slice && indices.size() >= t->type.tile->shape.size()) decline("store into a tile element", at.pos);
  if (!value->type.is_tile()) decline("tile view assignment of a non-tile", at.pos);
  Var* view = tile_view(t, indices, at.pos);
  TileDef& dst = *view->type.tile;
  if (dst.shape != value->type.tile->shape) decline("tile view assignment of another shape", at.pos);
  dst.storage = TileStorage::Shared;
  Vars call_args{view, value};
  CallSpec spec = builtin_spec("tile_assign", {}, true);
  for (size_t d = 0; d < dst.shape.size(); ++d) {
    call_args.push_back(nullptr);
    spec.defaults.push_back(PyValue::of_int(0));
  }
  add_call(spec, call_args);
}

// tile_view(t, indices) as emit_indexing calls it for a subscript with a slice or fewer integer indices
// than dimensions (tile_view_value_func, tile_view_dispatch_func): the source moves to shared memory; each
// slice keeps its axis (length and stride from its bounds normalized as _normalize_tile_slice does), each
// integer index collapses its axis, trailing axes are kept. The view is a non-owning shared tile, its
// type the template argument; the call passes the origin: a slice's normalized start and the trailing
// axes' 0 as constants after the result, an integer index as is. Not differentiable.
Var* Adjoint::tile_view(Var* t, const Vars& indices, frontend::Pos at) {
  TileDef& src = *t->type.tile;
  const size_t ndim = src.shape.size();
  if (indices.size() > ndim) decline("tile view with more indices than dimensions", at);
  src.storage = TileStorage::Shared;
  std::vector<int> shape, strides;
  Vars call_args{t};
  SmallVector<PyValue, 2> origin;
  for (size_t dim = 0; dim < ndim; ++dim) {
    const int64_t length = src.shape[dim];
    if (dim >= indices.size()) {
      shape.push_back(src.shape[dim]);
      strides.push_back(src.strides[dim]);
      call_args.push_back(nullptr);
      origin.push_back(PyValue::of_int(0));
      continue;
    }
    Var* idx = indices[dim];
    if (!idx->slice_bounds) {
      call_args.push_back(idx);
      continue;
    }
    // _normalize_tile_slice: CPython's slice.indices clamping, open bounds by their flag
    auto [start, stop, step] = *idx->slice_bounds;
    const int64_t low = step > 0 ? 0 : -1, high = step > 0 ? length : length - 1;
    auto resolve = [&](int64_t value, int64_t open, bool omitted) {
      if (omitted) return open;
      return value < 0 ? std::max(value + length, low) : std::min(value, high);
    };
    start = resolve(start, step > 0 ? low : high, idx->start_omitted);
    stop = resolve(stop, step > 0 ? high : low, idx->stop_omitted);
    // _tile_slice_length
    const int64_t n = step > 0 ? std::max<int64_t>(0, (stop - start + step - 1) / step)
                               : std::max<int64_t>(0, (start - stop - step - 1) / -step);
    if (n == 0) decline("empty tile view", at);
    shape.push_back(static_cast<int>(n));
    strides.push_back(static_cast<int>(src.strides[dim] * step));
    call_args.push_back(nullptr);
    origin.push_back(PyValue::of_int(start));
  }
  if (shape.empty()) decline("tile view of no dimension", at);
  const Type out = new_tile(TileDef{src.dtype, shape, strides, TileStorage::Shared, false, src.colmajor}, at);
  CallSpec spec = builtin_spec("tile_view<" + out.tile->ctype() + ">", {out}, false);
  spec.defaults = origin;
  return add_call(spec, call_args).front();
}

}  // namespace ws::codegen
