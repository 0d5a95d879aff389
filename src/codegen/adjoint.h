// The native counterpart of warp._src.codegen.Adjoint: lowers one @wp.kernel or @wp.func body to
// Warp's SSA form, recording the forward, replay and reverse statement lists exactly as Warp's
// add_forward/add_reverse would. Every construct it does not reproduce exactly throws Unsupported.
//
// Its definitions follow Warp's own seams, one file each:
//   adjoint.cpp               the core: Adjoint.build, variables, blocks, symbols, add_call, add_builtin_call
//   adjoint_statements.cpp    emit_Assign, emit_AugAssign and stores into local vectors and matrices
//   adjoint_array_slots.cpp   stores and atomic updates of an array element's component or struct field
//                             (emit_array_slot)
//   adjoint_control_flow.cpp  emit_If, emit_For, emit_While, break/continue, emit_Return
//   adjoint_expressions.cpp   eval and the expression emitters (emit_Name, emit_Subscript, emit_BinOp, ...)
//   adjoint_slices.cpp        emit_Slice, eval_const_slice: array views, slices of vectors, matrices, tiles
//   adjoint_calls.cpp         emit_Call: user functions, special forms, constructors
//   adjoint_builtin_forms.cpp the hooks of the special forms add_builtin reaches by key (copy, where, extract,
//                             address, array_store, atomics, ...)
//   adjoint_types.cpp         constant_str, constant types, parameter annotations
//   structs.cpp               struct attribute loads and stores
//   adjoint_tiles.cpp         the tile builtins and tile operators (their value and dispatch functions)
//   adjoint_tile_matmul.cpp   tile_matmul (its lto_dispatch_func, per device)
//   adjoint_tile_solvers.cpp  tile_cholesky*, tile_*_solve*, tile_diag_add (cuSolverDx on CUDA)
//   module_build.cpp          ModuleBuild (ModuleBuilder's function and struct registration)
// and the language tables they share in lang/: builtins.h, operators.h (builtin_operators) and atomics.h
// (the atomic builtins' rules).
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "codegen/module_env.h"
#include "codegen/text_arena.h"
#include "core/device.h"
#include "core/small_vector.h"
#include "core/stable_vector.h"
#include "types/tile.h"
#include "types/type.h"

namespace ws::lang {
struct Atomic;
struct Row;
}  // namespace ws::lang

namespace ws::codegen {

struct Var {
  std::string label;  // "3" for locals, the parameter name for arguments
  types::Type type;
  std::optional<PyValue> constant;
  bool typed_constant = false;  // the constant is a Warp scalar (e.g. float64(2)), not a Python value
  // Var.ref_origin as the C++ lvalue it denotes (`var_s`, `(*wp::address(var_a, var_0))`), when known
  std::optional<std::string> origin = std::nullopt;
  // an array view's origin as array_slot_adjoint rebuilds it from the root's adjoint: the statements
  // (`auto slot_adj_0 = adj_a; if (!slot_adj_0.data) return {}; auto slot_adj_1 = wp::view(...);`) and
  // the number of view steps, whose last value is the view's adjoint
  std::optional<std::string> view_adjoint = std::nullopt;
  int view_steps = 0;
  // a slice of compile-time bounds (eval_const_slice, eval_raw_const_slice): the slice_t type's start,
  // stop and step, and for a tile's (raw bounds) which of start and stop the subscript left open
  std::optional<std::array<int64_t, 3>> slice_bounds = std::nullopt;
  bool start_omitted = false, stop_omitted = false;
  std::string emit() const { return "var_" + label; }
  std::string emit_adj() const { return "adj_" + label; }
};

// Warp's warp._src.codegen.options["block_dim"] while a module builds: the module's default, 256 (the
// header's WP_TILE_BLOCK_DIM); tile() and untile() span the block, tile_matmul's GEMMs are built for it.
inline constexpr int kBlockDim = 256;

// Argument and output lists of calls: short, so kept inline (see small_vector.h).
using Vars = SmallVector<Var*, 6>;

// "var_a, var_b, ...": a call's argument list.
std::string join_vars(std::span<Var* const> vars);

// slice_t.get_length(parent_length): how many components a slice of constant bounds selects.
int64_t slice_length(const std::array<int64_t, 3>& bounds, int64_t n);

// A statement of the emitted C++ (indentation included); its text lives in the Adjoint's arena.
using Line = std::string_view;

struct Block {
  std::string label;
  std::vector<Line> forward, replay, reverse;
  std::vector<Var*> vars;
};

class ModuleBuild;

class Adjoint {
 public:
  Adjoint(const ModuleEnv& env, FuncInfo& info, ModuleBuild& build);
  void build();

  FuncInfo& info;
  // An overload of a generic function (Function.get_overload): the argument types it is instantiated
  // with, in parameter order, in place of the annotations. Empty for a non-generic function or kernel.
  std::vector<types::Type> overload;
  // adj.fun_lineno: an overload's Adjoint is built from the template's source text (source=...), so
  // its line comments and function header count lines from 0, relative to the first decorator
  int fun_lineno() const { return overload.empty() ? info.fun_lineno : 0; }
  std::vector<Var*> args;
  std::vector<Var*> variables;
  std::optional<std::vector<Var*>> return_var;
  int kernel_dim = 1;
  std::vector<Adjoint*> callees;         // user functions called, in first-call order
  bool used_by_backward_kernel = false;  // set by ModuleBuild::propagate_backward_use
  const Block& body() const { return *blocks_.front(); }

 private:
  using Symbols = std::vector<std::pair<std::string_view, Var*>>;
  struct CallSpec;

  // the core (adjoint.cpp): add_var, add_constant, add_forward, add_reverse, add_call, add_builtin_call
  Var* add_var(const types::Type& t, std::optional<PyValue> constant = std::nullopt);
  Var* add_constant(const PyValue& v);
  // `replay` replaces `stmt` in the backward pass's forward replay; skip_replay leaves it out.
  void add_forward(std::string_view stmt, std::optional<std::string_view> replay = std::nullopt,
                   bool skip_replay = false);
  void add_reverse(std::string_view stmt);
  Vars add_call(const CallSpec& spec, const Vars& call_args);
  Var* add_builtin(std::string_view key, const Vars& call_args, frontend::Pos at);
  Var* add_builtin(std::string_view key, const Vars& call_args, const frontend::Expr& at) {
    return add_builtin(key, call_args, at.pos);
  }
  // wp::<native> forward, wp::adj_<native> reverse: how add_builtin_call names a builtin
  CallSpec builtin_spec(std::string_view native, SmallVector<types::Type, 2> outputs, bool diff,
                        bool skip_replay = false);
  Var* load(Var* v);
  void set_lineno(int line);
  Block& begin_block(const std::string& name);
  std::unique_ptr<Block> end_block();
  Var* lookup(std::string_view name) const;
  void bind(std::string_view name, Var* v);
  bool is_shadowed_warp(const frontend::Expr& e) const;

  // special forms reached by key (adjoint_builtin_forms.cpp): one dispatch on the row's Emit, then its hook
  Var* add_builtin_form(const lang::Row& form, const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_copy(const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_assign(const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_where(const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_range(const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_extract(const Vars& a, std::span<const types::Type> types, frontend::Pos at);
  Var* builtin_array_access(const lang::Row& form, const Vars& a, std::span<const types::Type> types, frontend::Pos at);

  // A call's arguments as emit_Call evaluates them, before any callee is chosen: the positional ones,
  // then the keywords (call.keywords' order).
  struct CallArgs {
    Vars positional, keywords;
  };
  CallArgs eval_call_args(const frontend::Expr& call);
  // A call's arguments bound to named parameters (adjoint_calls.cpp): null where a default applies.
  // `error`: why inspect.Signature.bind raises TypeError, at `error_at` (empty when bound).
  struct BoundCall {
    Vars args;
    SmallVector<PyValue, 2> defaults;
    SmallVector<frontend::Pos, 6> nodes;  // where each argument was written (the call, for defaults)
    std::string error;
    frontend::Pos error_at{};
  };
  // `default_of(i)`: parameter i's default, nullopt where it has none
  using DefaultOf = std::function<std::optional<PyValue>(size_t)>;
  BoundCall bind_args(const frontend::Expr& call, const CallArgs& given, std::span<const std::string_view> names,
                      const DefaultOf& default_of) const;
  // eval_call_args then bind_args, declining where the arguments do not bind
  BoundCall bind_call(const frontend::Expr& call, std::span<const std::string_view> names, const DefaultOf& default_of);
  // Function.get_overload over a redefined @wp.func's overloads: the first whose parameters the
  // arguments bind to and match (func_match_args), with the arguments bound
  std::pair<FuncInfo*, BoundCall> resolve_overload(const frontend::Expr& call, FuncInfo& func);

  // statements (adjoint_statements.cpp)
  void eval_stmt(const frontend::Stmt& s);
  void eval_body(const std::vector<frontend::StmtPtr>& body);
  void emit_assert(const frontend::Stmt& s);
  void emit_assign(const frontend::Stmt& s);
  void emit_aug_assign(const frontend::Stmt& s);
  void store_vector_component(Var* vec, Var* index, Var* value, frontend::Pos at);
  void set_transform_part(Var* xform, const frontend::Expr& lhs, Var* value);
  void store_component(const Vars& call_args, std::string_view native, frontend::Pos at);
  Var* local_composite_target(const frontend::Expr& lhs) const;
  static const frontend::Expr* lhs_root(const frontend::Expr& lhs);
  // an array slot store target: its root name, the subscript forming views first (or null), the
  // element's index nodes and the component's
  struct SlotPath {
    const frontend::Expr* root;
    const frontend::Expr* view;
    std::vector<const frontend::Expr*> indices, rest;
  };
  std::optional<SlotPath> array_slot_path(const frontend::Expr& lhs) const;
  static std::vector<const frontend::Expr*> flat_index_nodes(const frontend::Expr& lhs);

  // array slots (adjoint_array_slots.cpp)
  bool emit_array_slot_store(const frontend::Expr& lhs, Var* rhs);
  // `atomic`: nullptr for a store, else the atomic update; `rhs` is evaluated once the slot is
  // resolved, as Warp does for augmented assignment.
  bool emit_array_slot(const frontend::Expr& lhs, const std::function<Var*()>& rhs, const lang::Atomic* atomic);
  std::optional<types::Type> array_root_type(const frontend::Expr& root) const;
  std::string array_slot_adjoint(const frontend::Expr& root, const types::Type& array);
  // An _ArraySlot's array (`var_a`, `*(var_1)`), its loaded indices, and where its gradient goes.
  struct SlotRoot {
    std::string root, indices, adjoint;
  };
  bool emit_slot_update(const frontend::Expr& lhs, const SlotRoot& slot, const std::string& access,
                        const types::Type& component, const std::function<Var*()>& eval_rhs,
                        const lang::Atomic* atomic);
  // slots in arrays of structs (`ps[i].f = v`, `ps[i].inner.v.y += v`)
  std::optional<types::Type> struct_element_type(const frontend::Expr& node) const;
  // A struct element chain evaluated as a store target: the Reference Var to its slot (with its lvalue
  // origin), the slot's root and access path (_ArraySlot), and its type.
  struct ElementSlot {
    Var* ref = nullptr;
    SlotRoot slot;
    std::string access;
    types::Type type;
  };
  ElementSlot eval_struct_element(const frontend::Expr& node, frontend::Pos at);
  bool emit_struct_element_slot(const frontend::Expr& lhs, const std::function<Var*()>& eval_rhs,
                                const lang::Atomic* atomic);

  // control flow (adjoint_control_flow.cpp)
  void emit_if(const frontend::Stmt& s);
  // emit_If after its test: `body`/`orelse` evaluate the branches (callbacks, so that the lowered
  // statement lists of unrolled loops with `continue` can reuse it).
  void emit_if_branches(Var* cond, const std::function<void()>& body, const std::function<void()>& orelse,
                        bool has_orelse, frontend::Pos at);
  struct Lowered;
  std::pair<std::vector<Lowered>, bool> lower_continues(const std::vector<const frontend::Stmt*>& body);
  void eval_lowered(const std::vector<Lowered>& stmts);
  void emit_for(const frontend::Stmt& s);
  // _NonUnrolledConstantRange: a constant range too long to unroll, counted on an int32 iterator
  struct ConstRange {
    int64_t start, stop, step, last;
  };
  // the loop emit_for lowers a dynamic range, a query or a long constant range to
  void emit_dynamic_for(const frontend::Stmt& s, Var* iter, std::optional<ConstRange> const_range = std::nullopt);
  void emit_while(const frontend::Stmt& s);
  void emit_return(const frontend::Stmt& s);
  void emit_loop_exit(const frontend::Stmt& s, const char* target);
  void materialize_redefinitions(const Symbols& snapshot);
  void promote_mutated_iter_constants(const std::vector<frontend::StmtPtr>& body);

  // expressions (adjoint_expressions.cpp)
  Var* eval(const frontend::Expr& e);
  Var* emit_name(const frontend::Expr& e);
  Var* emit_attribute(const frontend::Expr& e);
  // the value of `wp.<NAME>` or `wp.<Class>.<NAME>` (lang/class_constants.h) when `e` is one
  std::optional<PyValue> warp_constant(const frontend::Expr& e) const;
  Var* emit_subscript(const frontend::Expr& e);
  Var* emit_binop(const frontend::Expr& e);
  Var* emit_unary(const frontend::Expr& e);
  Var* emit_boolop(const frontend::Expr& e);
  Var* emit_compare(const frontend::Expr& e);
  Var* add_comp(std::span<const std::string_view> ops, Var* left, std::span<Var* const> comps);
  Var* emit_ifexp(const frontend::Expr& e);
  Var* emit_indexing(Var* target, const Vars& indices, const frontend::Expr& at);
  Vars eval_indices(Var* target, std::span<const frontend::Expr* const> nodes);
  std::pair<Var*, std::vector<const frontend::Expr*>> eval_subscript(const frontend::Expr& e, bool as_target);
  // adjoint_slices.cpp: emit_Slice and the view branch of emit_indexing
  Var* emit_slice(const frontend::Expr& e);
  Var* emit_array_view(Var* target, const Vars& indices, const frontend::Expr& at);
  int64_t const_slice_component(const frontend::Expr& n);
  Var* emit_const_slice(const frontend::Expr& e, int64_t length);
  Var* emit_raw_const_slice(const frontend::Expr& e);
  Var* emit_composite_slice(Var* target, const Vars& indices, const frontend::Expr& at);
  std::pair<Var*, std::vector<const frontend::Expr*>> subscript_target(const frontend::Expr& e);

  // calls and constructors (adjoint_calls.cpp)
  Vars emit_call(const frontend::Expr& e, size_t expected_outputs);
  Vars eval_args(const frontend::Expr& call);
  Vars emit_function_call(const frontend::Expr& call, FuncInfo& func, size_t expected_outputs);
  Var* emit_identity(const frontend::Expr& call);
  // The calls Warp gives their own dispatch, by key (emit_call's table): the call, its key, and the
  // number of outputs a tuple assignment expects.
  Vars emit_tid(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  Vars emit_len(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  Vars emit_bool(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  Vars emit_identity_constant(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  Vars emit_print(const frontend::Expr& call);
  Vars emit_printf(const frontend::Expr& call);
  Vars emit_spatial_vector(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  Vars emit_decomposition(const frontend::Expr& call, std::string_view key, size_t expected_outputs);
  // Type constructors: `t` is the type named by the callee (wp.vec3, wp.quatd, float, wp.int64, ...).
  // Vectors, matrices, quaternions and transforms go to the hook their constructor row names (`ctor`).
  Vars emit_constructor(const frontend::Expr& call, const types::Type& t);
  Var* emit_matrix_from_vecs(const frontend::Expr& call, std::string_view key);
  Vars emit_vector_constructor(const frontend::Expr& call, std::optional<types::Type> typed, bool is_mat);
  Vars emit_quat_constructor(const frontend::Expr& call, const types::Type& t, const lang::Row& ctor);
  Vars emit_transform_constructor(const frontend::Expr& call, const types::Type& t, const lang::Row& ctor);
  Vars emit_transformation_call(const frontend::Expr& call);
  // transformation_dispatch_func: transform_t<dtype>(p, q) from evaluated arguments matching `ctor`
  Vars construct_transform(const frontend::Expr& call, const types::Type& t, const lang::Row& ctor, Vars args);
  Vars emit_scalar_constructor(const frontend::Expr& call, const types::Type& t);
  // A constructor row's call: wp::<native><template_args> forward, wp::adj_<native> reverse,
  // differentiable as the row says.
  CallSpec constructor_call(const lang::Row& ctor, std::string_view template_args, const types::Type& t,
                            std::optional<types::Type> cast_constants);
  Vars emit_struct_constructor(const types::StructDef& s, const frontend::Expr& call);

  // tiles (adjoint_tiles.cpp)
  struct TileArgs;  // a tile builtin's arguments, bound to its parameter names
  Vars emit_tile_call(const frontend::Expr& call, std::string_view key);
  Var* tile_operator(std::string_view key, const Vars& a, frontend::Pos at);
  bool tile_inplace(std::string_view key, Var* target, Var* value, frontend::Pos at);
  TileArgs bind_tile_args(const frontend::Expr& call, std::string_view key);
  Var* eval_tile_arg(const frontend::Expr& e);
  types::Type new_tile(types::TileDef d, frontend::Pos at);
  Vars tuple_elements(Var* v) const;  // extract_tuple: a tuple's elements, or the Var itself
  Vars emit_tile_load(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_store(const frontend::Expr& call, std::string_view key, TileArgs& a);
  Vars emit_tile_fill(const frontend::Expr& call, std::string_view key, TileArgs& a);
  struct TileOp {  // a function argument of a tile builtin
    types::Type result;
    std::string_view fwd, adj;
    bool diff;
  };
  TileOp resolve_tile_op(const frontend::Expr& op, std::span<const types::Type> elements);
  Vars emit_tile_map(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_reduce(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_from_value(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_arange(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_unary(const frontend::Expr& call, std::string_view key, TileArgs& a);
  // Whether this build dispatches a libmathdx builtin (tile_matmul, the solvers, the FFTs) to its LTO
  // symbols: on CUDA, unless the module's enable_mathdx_* option for it is off (the CPU's dispatch then).
  // Only on a build for one device (the callers throw ModuleBuild::PerDevice first).
  bool mathdx_lto(bool enabled) const;                                                   // adjoint_tiles.cpp
  Vars emit_tile_matmul(const frontend::Expr& call, TileArgs& a);                        // adjoint_tile_matmul.cpp
  Vars emit_tile_linalg(const frontend::Expr& call, std::string_view key, TileArgs& a);  // adjoint_tile_solvers.cpp
  Vars emit_tile_fft(const frontend::Expr& call, std::string_view key, TileArgs& a);     // adjoint_tile_fft.cpp
  // adjoint_tile_shapes.cpp: tile_reshape, tile_broadcast, tile_view, tile_assign and tile_sort by name
  Vars emit_tile_reshape(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_broadcast(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_view_call(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_assign(const frontend::Expr& call, TileArgs& a);
  Vars emit_tile_sort(const frontend::Expr& call, TileArgs& a);
  Var* tuple_operand(Var* element, bool tuple);  // a tuple element as extract_tuple passes it on
  Var* tile_extract(Var* t, const Vars& indices, frontend::Pos at);
  Var* tile_view(Var* t, const Vars& indices, frontend::Pos at);
  Var* tile_slice_indexed(Var* t, const Vars& indices, frontend::Pos at);
  Vars eval_tile_indices(Var* t, const std::vector<const frontend::Expr*>& nodes, const frontend::Expr& at);
  void store_tile_subscript(Var* t, const std::vector<const frontend::Expr*>& nodes, Var* value,
                            const frontend::Expr& at);
  Var* emit_tile_subscript(Var* t, const std::vector<const frontend::Expr*>& indices, const frontend::Expr& at);

  // structs (structs.cpp)
  // a field of a struct, or of a query result (MeshQueryPoint, MeshQueryRay: types/query.h)
  Var* emit_struct_attribute(Var* aggregate, const frontend::Expr& e);
  bool emit_struct_field_store(const frontend::Expr& lhs, Var* rhs);
  std::optional<std::string> reference_origin(const Var* v) const;

  const ModuleEnv& env_;
  ModuleBuild& module_;
  StableVector<Var> storage_;  // variables point into it
  TextArena text_;             // every Line of every block
  // Statement text is built here before add_forward/add_reverse keep it (reused: no allocation per
  // statement). add_call and set_lineno use them; neither re-enters itself while they are in use.
  std::string args_scratch_, line_scratch_;
  Line keep(std::initializer_list<std::string_view> parts) { return text_.keep(parts); }
  Symbols symbols_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<std::string> loop_labels_;
  std::vector<Symbols> loop_symbols_;
  std::set<std::string_view> const_iter_symbols_;
  std::string indentation_;
  int label_count_ = 0;
  std::optional<int> lineno_;
  std::string_view continue_flag_;                   // the active `_wp_continue_N` symbol while lowering a loop
  std::deque<std::string> flag_names_;               // storage for those names (symbols hold views)
  StableVector<types::TileDef> tiles_;               // the tile types of this function's Vars (types/tile.h)
  std::vector<std::pair<const Var*, Vars>> tuples_;  // tuple Vars and their elements (tuple_t.values)
};

// What add_call emits for one call. Callee names are views: literals, or text kept in the adjoint's
// arena (no allocation per call).
struct Adjoint::CallSpec {
  std::string_view name;      // forward C++ callee, e.g. "wp::sin", "sq_0"
  std::string_view adj_name;  // reverse C++ callee, e.g. "wp::adj_sin", "adj_sq_0"
  SmallVector<types::Type, 2> outputs;
  bool diff = false;
  bool req_out = false;
  bool skip_replay = false;
  bool load_args = true;  // false for `load` itself, whose dispatch passes the reference through
  // vector_dispatch_func: constant arguments of another type become new constants of this scalar
  std::optional<types::Type> cast_constants;
  // initializer_list_func: the arguments travel as {a, b, ...} and their adjoints as {&adj_a, ...}
  bool init_list = false;
  // Default values of parameters the call left out, for its null arguments in order: constants that
  // add_call registers after the outputs (resolve_call's get_default_arg_value, then register_var).
  SmallVector<PyValue, 2> defaults = {};
  // A function argument (tile_map's op): spelled before the other arguments forward, and as its adjoint
  // before their adjoints in the reverse call (Adjoint.format_args of a Function). tile_matmul's LTO
  // symbols (Var(symbol, str, prefix=False)) are spelled so too, as themselves in both places.
  std::string_view callable = {}, callable_adj = {};
  // Warp's dispatch_func, which runs once the outputs exist: arguments it appends (tile_load's default
  // offsets) become Vars after the outputs. It sees them (lto_dispatch_func's return_values).
  std::function<void(Vars& args, const Vars& outputs)> dispatch = {};
};

// Builds functions on demand in the order Warp's ModuleBuilder registers them (callees first).
class ModuleBuild {
 public:
  ModuleBuild(const ModuleEnv& env, std::optional<Device> for_device) : device(for_device), env_(env) {}
  // The device this build is for where the module's code differs per device, else unset (one build
  // serves every device): a builtin with an lto_dispatch_func (tile_matmul) dispatches on
  // options["output_arch"], None for the CPU. Reached unset, it throws PerDevice.
  const std::optional<Device> device;
  struct PerDevice {};
  // ModuleBuilder.ltoirs_decl: each LTO symbol's forward declaration, by symbol (codegen sorts them)
  std::map<std::string, std::string> lto_decls;
  // builds on first use (per overload of a generic function: `overload` as in Adjoint); declines recursion
  Adjoint& function(FuncInfo& f, const std::vector<types::Type>& overload = {});
  // Function.get_overload's first pass over user_overloads: the first overload of `f` instantiated so
  // far (in instantiation order) whose parameters the argument types match (func_match_args), or null
  const std::vector<types::Type>* instantiated_overload(const FuncInfo& f, const std::vector<types::Type>& args) const;
  // a kernel, or one instance of a generic kernel (Kernel.add_overload: `overload` as in Adjoint)
  Adjoint& kernel(FuncInfo& f, const std::vector<types::Type>& overload = {});
  const std::vector<Adjoint*>& functions() const { return function_order_; }
  // ModuleBuilder.build_struct_recursive: the structs in first-registration order
  void use_struct(const types::StructDef* s);
  const std::vector<const types::StructDef*>& structs() const { return struct_order_; }
  // ModuleBuilder._propagate_used_by_backward_kernel: functions reachable from backward-enabled kernels.
  void propagate_backward_use(const std::vector<Adjoint*>& backward_kernels);

 private:
  const ModuleEnv& env_;
  std::vector<std::unique_ptr<Adjoint>> adjoints_;
  std::vector<Adjoint*> function_order_;
  std::vector<std::pair<const FuncInfo*, std::vector<types::Type>>> overloads_;  // in instantiation order
  std::vector<const types::StructDef*> struct_order_;
  std::set<const FuncInfo*> in_progress_;
};

std::string constant_str(const PyValue& v);
// constant_str of a Var's constant, with the C++ suffixes Warp adds for typed 64-bit/unsigned ints.
std::string constant_str(const Var& v);
// Parses a parameter or return annotation (float, wp.vec3, wp.array(dtype=...), ...) or declines.
types::Type annotation_type(const ModuleEnv& env, const frontend::Expr& e);
// The dimensions of an array constructor's name (wp.array, wp.array1d ... wp.array4d); 0 for others.
int array_ndim(std::string_view ctor);
// The element types of a `tuple[A, B, ...]` return annotation (Python's builtin tuple, at least two
// elements, each parsed by annotation_type), or nullopt where `e` is not one.
std::optional<std::vector<types::Type>> tuple_annotation(const ModuleEnv& env, const frontend::Expr& e);
// func_match_args for one argument of a user function (references stripped): types_equal_generic, which
// matches an array argument with an array parameter of the same dtype whatever their ndim
bool func_match_arg(const types::Type& param, const types::Type& arg);
// The get_type_code of a generic parameter annotation (Any, an array of Any), or nullopt where `e` is
// not one of those (a concrete annotation, or a generic form native code declines).
std::optional<std::string> generic_type_code(const ModuleEnv& env, const frontend::Expr& e);
types::Type constant_type(const PyValue& v);
// A parameter's default value as Python evaluated it when the function was defined: a number or bool
// literal, negated or not (others are declined).
PyValue default_value(const frontend::Expr& e);
// The value of a string literal as Python reads it: plain '...' or "..." literals, implicitly
// concatenated or not, of printable ASCII with the escapes \\ \' \" \n \t \r \a \b \f \v \xHH (others
// are declined).
std::string string_literal_value(const frontend::Expr& e);

}  // namespace ws::codegen
