// Control flow (Adjoint.emit_If, emit_For, emit_While, emit_Break, emit_Continue, emit_Return): branches
// and the merge of the symbols they rebind (where), constant conditions, loops unrolled over constant
// ranges (with lower_unrolled_continues), counted loops over long constant ranges, dynamic range and
// while loops with their labels, materialize_redefinitions of names a loop rebinds, and returns.
#include <algorithm>
#include <stdexcept>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::decline;
using frontend::is_literal;

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using types::Scalar;
using types::Type;

// Adjoint.contains_loop_control: a transfer in the body or nested ifs, not nested loops.
bool contains_loop_control(const std::vector<frontend::StmtPtr>& body, StmtKind kind) {
  for (const auto& s : body) {
    if (s->kind == kind) return true;
    if (s->kind == StmtKind::If && (contains_loop_control(s->body, kind) || contains_loop_control(s->orelse, kind)))
      return true;
  }
  return false;
}

void collect_store_names(const Expr& target, std::vector<std::string_view>& out) {
  if (target.kind == ExprKind::Name) out.push_back(target.text);
  if (target.kind == ExprKind::Tuple) {
    for (const auto& e : target.items) collect_store_names(*e, out);
  }
}

void collect_store_names(const std::vector<frontend::StmtPtr>& body, std::vector<std::string_view>& out) {
  for (const auto& s : body) {
    if (s->target) collect_store_names(*s->target, out);
    collect_store_names(s->body, out);
    collect_store_names(s->orelse, out);
  }
}

}  // namespace

void Adjoint::emit_if(const Stmt& s) {
  if (s.body.empty()) return;
  Var* cond = eval(*s.value);
  if (!cond) decline("void condition", s.value->pos);
  emit_if_branches(
      cond, [&] { eval_body(s.body); }, [&] { eval_body(s.orelse); }, !s.orelse.empty(), s.value->pos);
}

void Adjoint::emit_if_branches(Var* cond, const std::function<void()>& body, const std::function<void()>& orelse,
                               bool has_orelse, frontend::Pos at) {
  if (cond->constant) {
    if (cond->constant->kind == PyValue::Kind::Vec) decline("vector constant as a condition", at);
    bool truth = cond->constant->kind == PyValue::Kind::Float ? cond->constant->f != 0 : cond->constant->i != 0;
    if (truth) {
      body();
    } else {
      orelse();
    }
    return;
  }
  // One branch: `if (c) {` (or `if (!c) {`) around its body, forward, and the reverse's mirror image.
  auto branch = [&](std::string_view test, const auto& emit_body) {
    add_forward("if (" + std::string(test) + load(cond)->emit() + ") {");
    add_reverse("}");
    indentation_ += "    ";
    emit_body();
    indentation_.resize(indentation_.size() - 4);
    add_forward("}");
    add_reverse("if (" + std::string(test) + load(cond)->emit() + ") {");
  };
  Symbols prev = symbols_;
  branch("", body);
  Symbols symbols_if = std::move(symbols_);
  symbols_ = prev;
  if (has_orelse) branch("!", orelse);
  Symbols symbols_else = std::move(symbols_);
  symbols_ = prev;

  // Merge each symbol the branches touched: Warp walks symbols_if's keys, then symbols_else's new ones.
  const size_t base = prev.size();
  // `slot`: where symbols_ (a copy of prev) already holds `sym`, or kNoSlot for a name a branch added.
  constexpr size_t kNoSlot = static_cast<size_t>(-1);
  auto merge = [&](std::string_view sym, Var* if_var, Var* else_var, size_t slot) {
    Var* merged = nullptr;
    if (if_var == else_var) {
      merged = if_var;
    } else if (!if_var) {
      merged = else_var;
    } else if (!else_var) {
      merged = if_var;
    } else {
      merged = add_builtin("where", {cond, if_var, else_var}, at);
    }
    if (!merged) return;
    if (slot != kNoSlot) {
      symbols_[slot].second = merged;  // what bind(sym, merged) does to a name already at this slot
    } else {
      bind(sym, merged);
    }
  };
  // The entry of a name a branch added (at or after `base`), or nullptr.
  auto added = [&](const Symbols& syms, std::string_view name) -> const Symbols::value_type* {
    for (size_t i = base; i < syms.size(); ++i) {
      if (frontend::same_text(syms[i].first, name)) return &syms[i];
    }
    return nullptr;
  };
  // bind() rebinds in place and appends new names, so both branch tables begin with prev's names in
  // prev's order: those are merged slot by slot, and only names the branches added are looked up.
  bool aligned = symbols_if.size() >= base && symbols_else.size() >= base;
  for (size_t i = 0; aligned && i < base; ++i)
    aligned =
        symbols_if[i].first.data() == prev[i].first.data() && symbols_else[i].first.data() == prev[i].first.data();
  if (!aligned) throw std::logic_error("symbol tables out of order after a branch");
  for (size_t i = 0; i < base; ++i) merge(prev[i].first, symbols_if[i].second, symbols_else[i].second, i);
  for (size_t i = base; i < symbols_if.size(); ++i) {
    std::string_view sym = symbols_if[i].first;
    const auto* in_else = added(symbols_else, sym);
    merge(sym, symbols_if[i].second, in_else ? in_else->second : nullptr, kNoSlot);
  }
  for (size_t i = base; i < symbols_else.size(); ++i) {
    std::string_view sym = symbols_else[i].first;
    if (added(symbols_if, sym)) continue;  // merged above
    merge(sym, nullptr, symbols_else[i].second, kNoSlot);
  }
}

// Adjoint.lower_unrolled_continues: within one unrolled iteration, `continue` becomes
// `_wp_continue_N = False` and the statements after a branch that may continue are guarded by
// `if _wp_continue_N:`. Lowered nodes keep the line numbers Warp copies onto them.
struct Adjoint::Lowered {
  enum class Kind { Stmt, SetFalse, If, Guard } kind;
  const Stmt* stmt = nullptr;  // Stmt, If
  frontend::Pos pos;           // SetFalse, Guard
  std::vector<Lowered> body, orelse;
};

std::pair<std::vector<Adjoint::Lowered>, bool> Adjoint::lower_continues(const std::vector<const Stmt*>& body) {
  std::vector<Lowered> result;
  for (size_t i = 0; i < body.size(); ++i) {
    const Stmt* st = body[i];
    if (st->kind == StmtKind::Continue) {
      result.push_back({Lowered::Kind::SetFalse, nullptr, st->pos, {}, {}});
      return {std::move(result), true};
    }
    bool may_continue = false;
    if (st->kind == StmtKind::If) {
      auto refs = [](const std::vector<frontend::StmtPtr>& v) {
        std::vector<const Stmt*> out;
        for (const auto& x : v) out.push_back(x.get());
        return out;
      };
      auto [b, bc] = lower_continues(refs(st->body));
      auto [o, oc] = lower_continues(refs(st->orelse));
      may_continue = bc || oc;
      result.push_back({Lowered::Kind::If, st, st->pos, std::move(b), std::move(o)});
    } else {
      result.push_back({Lowered::Kind::Stmt, st, st->pos, {}, {}});
    }
    if (may_continue) {
      std::vector<const Stmt*> rest(body.begin() + static_cast<long>(i) + 1, body.end());
      auto [tail, unused] = lower_continues(rest);
      if (!tail.empty()) result.push_back({Lowered::Kind::Guard, nullptr, rest.front()->pos, std::move(tail), {}});
      return {std::move(result), true};
    }
  }
  return {std::move(result), false};
}

void Adjoint::eval_lowered(const std::vector<Lowered>& stmts) {
  for (const Lowered& l : stmts) {
    switch (l.kind) {
      case Lowered::Kind::Stmt:
        eval_stmt(*l.stmt);
        break;
      case Lowered::Kind::SetFalse: {
        set_lineno(l.pos.line);
        bind(continue_flag_, add_constant(PyValue::of_bool(false)));
        break;
      }
      case Lowered::Kind::If: {
        set_lineno(l.stmt->pos.line);
        if (l.body.empty()) break;
        Var* cond = eval(*l.stmt->value);
        if (!cond) decline("void condition", l.stmt->value->pos);
        emit_if_branches(
            cond, [&] { eval_lowered(l.body); }, [&] { eval_lowered(l.orelse); }, !l.orelse.empty(),
            l.stmt->value->pos);
        break;
      }
      case Lowered::Kind::Guard:
        set_lineno(l.pos.line);
        emit_if_branches(
            lookup(continue_flag_), [&] { eval_lowered(l.body); }, [] {}, false, l.pos);
        break;
    }
  }
}

void Adjoint::promote_mutated_iter_constants(const std::vector<frontend::StmtPtr>& body) {
  if (const_iter_symbols_.empty()) return;
  std::vector<std::string_view> names;
  collect_store_names(body, names);
  // Warp iterates a Python set here, so the order of several promotions is not defined: decline those.
  std::vector<std::string_view> promote;
  for (std::string_view n : names) {
    Var* v = lookup(n);
    if (const_iter_symbols_.count(n) && v && v->constant &&
        std::find(promote.begin(), promote.end(), n) == promote.end())
      promote.push_back(n);
  }
  if (promote.size() > 1) decline("several loop iterator constants mutated in a later loop", body.front()->pos);
  for (std::string_view n : promote) bind(n, add_builtin("copy", {lookup(n)}, body.front()->pos));
}

void Adjoint::materialize_redefinitions(const Symbols& snapshot) {
  for (const auto& [sym, var1] : snapshot) {
    Var* var2 = lookup(sym);
    if (var1 == var2) continue;
    if (const_iter_symbols_.count(sym) && var1->constant) continue;
    if (var1->constant)
      decline("constant '" + std::string(sym) + "' mutated inside a dynamic loop",
              {lineno_.value_or(0) + info.fun_lineno, 1});
    add_builtin("assign", {var1, var2}, frontend::Pos{lineno_.value_or(0) + info.fun_lineno, 1});
    bind(sym, var1);
  }
}

void Adjoint::emit_for(const Stmt& s) {
  const Expr& it = *s.value;
  if (s.target->kind != ExprKind::Name) decline("for-loop target other than a name", s.target->pos);
  bool is_range = it.kind == ExprKind::Call && it.items[0]->kind == ExprKind::Name && it.items[0]->text == "range" &&
                  !lookup("range") && !env_.find("range");
  size_t nargs = it.kind == ExprKind::Call ? it.items.size() - 1 : 0;
  if (!is_range) {
    // get_unroll_range finds no range(): Warp evaluates the iterable and walks it with iter_cmp and
    // iter_next, which Warp defines for ranges and for the hash grid and mesh queries
    Var* query = eval(it);
    if (!query || !query->type.is_query()) decline("for-loop over something other than range() or a query", it.pos);
    return emit_dynamic_for(s, query);
  }
  if (nargs < 1 || nargs > 3 || !it.keywords.empty()) decline("for-loop over something other than range()", it.pos);

  // get_unroll_range: classify every argument first (eval_num), then decide.
  struct RangeArg {
    bool numeric;
    int64_t value;
    Var* var;
  };
  std::vector<RangeArg> range_args;
  for (size_t i = 1; i <= nargs; ++i) {
    const Expr& a = *it.items[i];
    // eval_num: a wp.static() argument is the ast.Constant it became, taken as it is (no Var)
    if (const StaticExpr* st = a.kind == ExprKind::Call ? info.find_static(a) : nullptr) {
      if (!st->value || st->value->kind != PyValue::Kind::Int) decline("range() argument that is not an int", a.pos);
      range_args.push_back({true, st->value->i, nullptr});
      continue;
    }
    if (a.kind == ExprKind::UnaryOp && a.items[0]->kind == ExprKind::Call && info.find_static(*a.items[0]))
      decline("negated wp.static() as range() argument", a.pos);
    const Expr* lit = &a;
    bool neg = false;
    if (a.kind == ExprKind::UnaryOp && a.text == "-" && is_literal(*a.items[0])) {
      lit = a.items[0].get();
      neg = true;
    }
    if (is_literal(*lit)) {
      if (lit->kind != ExprKind::Int) decline("range() argument that is not an int", a.pos);
      range_args.push_back({true, neg ? -lit->int_value : lit->int_value, nullptr});
      continue;
    }
    if (a.kind == ExprKind::Name && !lookup(a.text)) {
      const Global* g = env_.find(a.text);
      if (!g || g->kind != Global::Kind::Constant || g->value.kind != PyValue::Kind::Int)
        decline("range() argument global that is not an int constant", a.pos);
      range_args.push_back({true, g->value.i, nullptr});
      continue;
    }
    if (a.kind == ExprKind::Attribute) {
      // resolve_static_expression finds nothing for an attribute of a local or of a subscript, so Warp
      // evaluates it like any expression; other roots (globals, type(...)) resolve statically: declined.
      const Expr* root = &a;
      while (root->kind == ExprKind::Attribute) root = root->items[0].get();
      const bool evaluated = (root->kind == ExprKind::Name && lookup(root->text)) || root->kind == ExprKind::Subscript;
      if (!evaluated) decline("attribute of a global as range() argument", a.pos);
    }
    Var* v = eval(a);
    if (!v) decline("void value", a.pos);
    if (v->constant) {
      if (v->constant->kind != PyValue::Kind::Int) decline("range() argument that is not an int", a.pos);
      range_args.push_back({true, v->constant->i, nullptr});
    } else {
      range_args.push_back({false, 0, v});
    }
  }
  bool all_numeric = std::all_of(range_args.begin(), range_args.end(), [](const RangeArg& r) { return r.numeric; });
  std::optional<ConstRange> const_range;
  if (all_numeric) {
    int64_t start = 0, stop = 0, step = 1;
    if (nargs == 1) {
      stop = range_args[0].value;
    } else {
      start = range_args[0].value;
      stop = range_args[1].value;
      if (nargs == 3) step = range_args[2].value;
    }
    if (step == 0) decline("range() step of zero", it.pos);
    int64_t count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                             : (start > stop ? (start - stop - step - 1) / -step : 0);
    bool has_break = contains_loop_control(s.body, StmtKind::Break);
    if (count > env_.max_unroll && !has_break && !contains_loop_control(s.body, StmtKind::Continue)) {
      // _NonUnrolledConstantRange: a counted loop over an int32 iterator instead of range_t
      const_range = ConstRange{start, stop, step, start + (count - 1) * step};
    } else if (count <= env_.max_unroll && !has_break) {
      if (count > 0) const_iter_symbols_.insert(s.target->text);
      std::vector<Lowered> lowered;
      std::string_view flag;
      if (count > 0 && contains_loop_control(s.body, StmtKind::Continue)) {
        // Warp picks the first `_wp_continue_<label_count>` not used in the loop; user names with
        // that prefix are declined up front, so the first candidate is free.
        flag = flag_names_.emplace_back("_wp_continue_" + std::to_string(label_count_++));
        std::vector<const Stmt*> refs;
        for (const auto& x : s.body) refs.push_back(x.get());
        lowered = lower_continues(refs).first;
      }
      std::string_view saved_flag = continue_flag_;
      for (int64_t k = 0; k < count; ++k) {
        PyValue v;
        v.i = start + k * step;
        bind(s.target->text, add_constant(v));
        if (flag.empty()) {
          eval_body(s.body);
        } else {
          continue_flag_ = flag;
          bind(continue_flag_, add_constant(PyValue::of_bool(true)));
          eval_lowered(lowered);
        }
      }
      if (!flag.empty()) {
        symbols_.erase(std::find_if(symbols_.begin(), symbols_.end(), [&](const auto& p) { return p.first == flag; }));
      }
      continue_flag_ = saved_flag;
      return;
    }
  }
  if (const_range) return emit_dynamic_for(s, add_var(Type::scalar_of(Scalar::Int32)), const_range);
  Vars call_args;
  for (const RangeArg& r : range_args) {
    if (r.numeric) {
      PyValue v;
      v.i = r.value;
      call_args.push_back(add_constant(v));
    } else {
      call_args.push_back(r.var);
    }
  }
  emit_dynamic_for(s, add_builtin("range", call_args, it));
}

// begin_for / end_for: a loop over `iter`, a range_t or query walked with iter_cmp and iter_next, or an
// int32 counter over a constant range.
void Adjoint::emit_dynamic_for(const Stmt& s, Var* iter, std::optional<ConstRange> const_range) {
  const Expr& it = *s.value;
  promote_mutated_iter_constants(s.body);

  if (const_range) add_forward(iter->emit() + " = " + std::to_string(const_range->start) + ";");
  Block& cond = begin_block("for");
  std::string label = cond.label;
  loop_labels_.push_back(label);
  add_forward("start_" + label + ":;");
  indentation_ += "    ";
  Var* value;
  if (const_range) {
    add_forward("if (" + iter->emit() + (const_range->step > 0 ? " >= " : " <= ") + std::to_string(const_range->stop) +
                ") goto end_" + label + ";");
    value = add_var(Type::scalar_of(Scalar::Int32));
    add_forward(value->emit() + " = " + iter->emit() + ";");
    add_forward(iter->emit() + " += " + std::to_string(const_range->step) + ";");
  } else {
    add_forward("if (iter_cmp(" + iter->emit() + ") == 0) goto end_" + label + ";");
    value = add_builtin("iter_next", {iter}, it);
  }
  begin_block("block");
  bind(s.target->text, value);
  loop_symbols_.push_back(symbols_);
  eval_body(s.body);
  materialize_redefinitions(loop_symbols_.back());
  loop_symbols_.pop_back();

  auto body = end_block();
  auto cond_block = end_block();
  loop_labels_.pop_back();
  Block& cur = *blocks_.back();
  cur.forward.insert(cur.forward.end(), cond_block->forward.begin(), cond_block->forward.end());
  cur.forward.insert(cur.forward.end(), body->forward.begin(), body->forward.end());
  add_forward("goto start_" + label + ";", std::nullopt, true);
  indentation_.resize(indentation_.size() - 4);
  add_forward("end_" + label + ":;", std::nullopt, true);

  std::vector<Line> rev;
  if (const_range) {
    rev.push_back(keep({indentation_, iter->emit(), " = ", std::to_string(const_range->last), ";"}));
    rev.push_back(keep({indentation_, "start_", label, ":;"}));
    rev.push_back(keep({indentation_, "\tif (", iter->emit(), const_range->step > 0 ? " < " : " > ",
                        std::to_string(const_range->start), ") goto end_", label, ";"}));
    rev.push_back(keep({indentation_, "\t", value->emit(), " = ", iter->emit(), ";"}));
    rev.push_back(keep({indentation_, "\t", iter->emit(), " -= ", std::to_string(const_range->step), ";"}));
  } else {
    rev.push_back(keep({indentation_, iter->emit(), " = wp::iter_reverse(", iter->emit(), ");"}));
    rev.insert(rev.end(), cond_block->forward.begin(), cond_block->forward.end());
  }
  for (Var* v : body->vars) {
    // a tile's adjoint is zeroed in place; a non-owning tile's aliases storage another tile owns
    if (!v->type.is_tile()) {
      rev.push_back(keep({indentation_, "\t", v->emit_adj(), " = {};"}));
    } else if (v->type.tile->owner) {
      rev.push_back(keep({indentation_, "\t", v->emit_adj(), ".grad_zero();"}));
    }
  }
  rev.insert(rev.end(), body->replay.begin(), body->replay.end());
  rev.insert(rev.end(), body->reverse.rbegin(), body->reverse.rend());
  rev.push_back(keep({indentation_, "\tgoto start_", label, ";"}));
  rev.push_back(keep({indentation_, "end_", label, ":;"}));
  cur.reverse.insert(cur.reverse.end(), rev.rbegin(), rev.rend());
  cur.vars.insert(cur.vars.end(), cond_block->vars.begin(), cond_block->vars.end());
  cur.vars.insert(cur.vars.end(), body->vars.begin(), body->vars.end());
}

void Adjoint::emit_while(const Stmt& s) {
  promote_mutated_iter_constants(s.body);
  Block& cond = begin_block("while");
  std::string label = cond.label;
  loop_labels_.push_back(label);
  cond.forward.push_back(keep({"start_", label, ":;"}));
  Var* c = eval(*s.value);
  if (!c) decline("void condition", s.value->pos);
  c = load(c);
  blocks_.back()->forward.push_back(keep({"if ((", c->emit(), ") == false) goto end_", label, ";"}));
  begin_block("block");
  indentation_ += "    ";
  loop_symbols_.push_back(symbols_);
  eval_body(s.body);
  materialize_redefinitions(loop_symbols_.back());
  loop_symbols_.pop_back();

  indentation_.resize(indentation_.size() - 4);
  auto body = end_block();
  auto cond_block = end_block();
  loop_labels_.pop_back();
  Block& cur = *blocks_.back();
  cur.forward.insert(cur.forward.end(), cond_block->forward.begin(), cond_block->forward.end());
  cur.forward.insert(cur.forward.end(), body->forward.begin(), body->forward.end());
  cur.forward.push_back(keep({"goto start_", label, ";"}));
  cur.forward.push_back(keep({"end_", label, ":;"}));

  std::vector<Line> rev(cond_block->forward.begin(), cond_block->forward.end());
  for (Var* v : body->vars) {
    if (!v->type.is_tile()) {
      rev.push_back(keep({v->emit_adj(), " = {};"}));
    } else if (v->type.tile->owner) {
      rev.push_back(keep({v->emit_adj(), ".grad_zero();"}));
    }
  }
  rev.insert(rev.end(), body->replay.begin(), body->replay.end());
  rev.insert(rev.end(), body->reverse.rbegin(), body->reverse.rend());
  rev.push_back(keep({"goto start_", label, ";"}));
  rev.push_back(keep({"end_", label, ":;"}));
  cur.reverse.insert(cur.reverse.end(), rev.rbegin(), rev.rend());
}

void Adjoint::emit_loop_exit(const Stmt& s, const char* target) {
  if (loop_labels_.empty()) decline("break/continue outside a dynamic loop", s.pos);
  materialize_redefinitions(loop_symbols_.back());
  add_forward(std::string("goto ") + target + loop_labels_.back() + ";");
}

void Adjoint::emit_return(const Stmt& s) {
  std::string label = "label" + std::to_string(label_count_);
  if (!s.value) {
    if (return_var && !return_var->empty()) decline("mixed value and bare returns", s.pos);
    add_forward("return;", "goto " + label + ";");
  } else {
    if (info.is_kernel) decline("kernel returning a value", s.pos);
    // emit_Return: a tuple display returns each of its elements (evaluated in order), anything else one value
    Vars values;
    if (s.value->kind == ExprKind::Tuple) {
      for (const auto& item : s.value->items) values.push_back(eval(*item));
    } else {
      values.push_back(eval(*s.value));
    }
    if (values.size() < 2 && s.value->kind == ExprKind::Tuple) decline("returning a tuple of fewer than two", s.pos);
    for (Var* v : values) {
      if (!v) decline("void value", s.value->pos);
      if (v->type.is_query()) decline("function returning a query", s.value->pos);
      if (v->type.kind == types::Kind::Tuple) decline("returning a tuple value", s.value->pos);
    }
    if (return_var) {
      bool same = return_var->size() == values.size();
      for (size_t i = 0; same && i < values.size(); ++i)
        same = (*return_var)[i]->type.value().ctype() == values[i]->type.value().ctype();
      if (!same) decline("function returning different types", s.pos);
    }
    for (Var*& v : values) {
      if (v->type.reference) v = add_builtin("copy", {v}, *s.value);
    }
    return_var = std::vector<Var*>(values.begin(), values.end());
    // add_return: one value is returned; several are written to the ret_<i> out-parameters
    if (values.size() == 1) {
      add_forward("return " + values[0]->emit() + ";", "goto " + label + ";");
      add_reverse(values[0]->emit_adj() + " += adj_ret;");
    } else {
      for (size_t i = 0; i < values.size(); ++i) {
        add_forward("ret_" + std::to_string(i) + " = " + values[i]->emit() + ";");
        add_reverse(values[i]->emit_adj() + " += adj_ret_" + std::to_string(i) + ";");
      }
      add_forward("return;", "goto " + label + ";");
    }
  }
  add_reverse(label + ":;");
  ++label_count_;
}

}  // namespace ws::codegen
