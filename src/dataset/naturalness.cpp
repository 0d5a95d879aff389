#include "dataset/naturalness.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/parser.h"

namespace ws::dataset {
namespace {

using frontend::Expr;
using frontend::ExprKind;
using frontend::Stmt;
using frontend::StmtKind;
using frontend::StmtPtr;
using Names = std::set<std::string_view>;

// Calls f on e and every expression below it.
template <typename F>
void walk(const Expr& e, F&& f) {
  f(e);
  for (const auto& c : e.items)
    if (c) walk(*c, f);
  for (const auto& k : e.keywords)
    if (k.value) walk(*k.value, f);
}

// Calls f on every statement of body, nested ones included.
template <typename F>
void each_stmt(const std::vector<StmtPtr>& body, F&& f) {
  for (const auto& s : body) {
    f(*s);
    each_stmt(s->body, f);
    each_stmt(s->orelse, f);
  }
}

// The code expressions a statement holds itself (not its body's): target and value.
template <typename F>
void each_expr(const Stmt& s, F&& f) {
  if (s.target) walk(*s.target, f);
  if (s.value) walk(*s.value, f);
}

bool is_name(const Expr& e, std::string_view id) {
  return e.kind == ExprKind::Name && e.text == id;
}

// The called function's last name: `wp.min(...)` and `min(...)` are both "min".
std::string_view call_name(const Expr& call) {
  const Expr& f = *call.items[0];
  return f.kind == ExprKind::Attribute || f.kind == ExprKind::Name ? f.text : std::string_view{};
}

bool is_warp_function(const Stmt& s) {
  if (s.kind != StmtKind::FunctionDef) return false;
  return std::any_of(s.decorators.begin(), s.decorators.end(), [](const auto& d) {
    const Expr& e = d->kind == ExprKind::Call ? *d->items[0] : *d;
    return e.kind == ExprKind::Attribute && (e.text == "kernel" || e.text == "func");
  });
}

// `wp.array(...)`, `wp.array2d(...)`, `wp.indexedarray(...)`, `wp.fabricarray(...)`.
bool is_array_annotation(const Expr& a) {
  const Expr& f = a.kind == ExprKind::Call ? *a.items[0] : a;
  if (f.kind != ExprKind::Attribute || !is_name(*f.items[0], "wp")) return false;
  std::string_view n = f.text;
  if (n.size() > 2 && n.back() == 'd' && n[n.size() - 2] >= '1' && n[n.size() - 2] <= '4') n.remove_suffix(2);
  return n.ends_with("array");
}

// The names a target binds: `x`, `i, j`.
void bound_names(const Expr& target, Names& out) {
  if (target.kind == ExprKind::Name) out.insert(target.text);
  if (target.kind == ExprKind::Tuple)
    for (const auto& t : target.items) bound_names(*t, out);
}

// A canonical spelling of an expression: equal for equal trees, whatever the spacing of the source.
void spell(const Expr& e, std::string& out) {
  out += static_cast<char>('A' + static_cast<int>(e.kind));
  out += e.text;
  out += '(';
  for (const auto& c : e.items) {
    if (c) spell(*c, out);
    out += ',';
  }
  for (const auto& k : e.keywords) {
    out += k.name;
    out += '=';
    spell(*k.value, out);
    out += ',';
  }
  for (std::string_view op : e.ops) out += op;
  out += ')';
}

// (b) overwritten stores, one block at a time.
class StoreScan {
 public:
  explicit StoreScan(const Names& arrays) : arrays_(arrays) {}

  bool found() const { return found_; }

  void block(const std::vector<StmtPtr>& stmts) {
    std::vector<Store> pending;
    for (const auto& s : stmts) {
      Effects fx;
      effects(*s, fx);
      if (fx.may_leave) pending.clear();  // `if c: return`: the stores before it may be the last ones
      std::erase_if(pending, [&](const Store& p) {
        return fx.used.contains(p.array) ||
               std::any_of(p.index_names.begin(), p.index_names.end(), [&](auto n) { return fx.bound.contains(n); });
      });
      if (const Expr* t = element_target(*s)) {
        Store st{t->items[0]->text, {}, {}};
        spell(*t->items[1], st.index);
        walk(*t->items[1], [&](const Expr& e) {
          if (e.kind == ExprKind::Name) st.index_names.insert(e.text);
        });
        auto same = std::find_if(pending.begin(), pending.end(),
                                 [&](const Store& p) { return p.array == st.array && p.index == st.index; });
        if (same != pending.end()) {  // a plain store: `a[i] += ` read the element and dropped it
          found_ = true;
          pending.erase(same);
        }
        pending.push_back(std::move(st));
      }
      block(s->body);
      block(s->orelse);
    }
  }

 private:
  struct Store {
    std::string_view array;
    std::string index;
    Names index_names;
  };

  struct Effects {
    Names used;              // arrays whose elements it may read
    Names bound;             // names it assigns
    bool may_leave = false;  // holds a return, break or continue
  };

  // `a[...] = ` or `a[...] += ` with `a` an array parameter.
  const Expr* element_target(const Stmt& s) const {
    if (s.kind != StmtKind::Assign && s.kind != StmtKind::AnnAssign && s.kind != StmtKind::AugAssign) return nullptr;
    const Expr& t = *s.target;
    const bool element =
        t.kind == ExprKind::Subscript && t.items[0]->kind == ExprKind::Name && arrays_.contains(t.items[0]->text);
    return element ? &t : nullptr;
  }

  // Arrays whose elements `e` may read: subscripts and whole-array uses (call arguments); `a.shape` reads none.
  void arrays_read(const Expr& e, Names& out) const {
    if (e.kind == ExprKind::Name && arrays_.contains(e.text)) out.insert(e.text);
    if (e.kind == ExprKind::Attribute && e.items[0]->kind == ExprKind::Name) return;
    for (const auto& c : e.items)
      if (c) arrays_read(*c, out);
    for (const auto& k : e.keywords) arrays_read(*k.value, out);
  }

  // What a statement (with its body) does to pending stores. A plain element store reads only its
  // index; `a[i] += ` reads `a`.
  void effects(const Stmt& s, Effects& e) const {
    e.may_leave |= s.kind == StmtKind::Return || s.kind == StmtKind::Break || s.kind == StmtKind::Continue;
    if (s.value) arrays_read(*s.value, e.used);
    if (s.target) {
      if (const Expr* t = element_target(s)) {
        arrays_read(*t->items[1], e.used);
        if (s.kind == StmtKind::AugAssign) e.used.insert(t->items[0]->text);
      } else if (s.target->kind == ExprKind::Name || s.target->kind == ExprKind::Tuple) {
        bound_names(*s.target, e.bound);
      } else {
        arrays_read(*s.target, e.used);
      }
    }
    for (const auto& b : s.body) effects(*b, e);
    for (const auto& b : s.orelse) effects(*b, e);
  }

  const Names& arrays_;
  bool found_ = false;
};

// (a) a local assigned and read nowhere in its function. `x += y` assigns x without reading it for
// anything but itself.
bool has_dead_local(const Stmt& fn) {
  Names assigned, read;
  auto reads = [&](const Expr& e) {
    walk(e, [&](const Expr& x) {
      if (x.kind == ExprKind::Name) read.insert(x.text);
    });
  };
  each_stmt(fn.body, [&](const Stmt& s) {
    if (s.value) reads(*s.value);
    if (!s.target) return;
    const ExprKind k = s.target->kind;
    if (k == ExprKind::Name || k == ExprKind::Tuple) {
      bound_names(*s.target, assigned);
    } else {
      reads(*s.target);
    }
  });
  assigned.erase("_");
  return std::any_of(assigned.begin(), assigned.end(), [&](auto n) { return !read.contains(n); });
}

// (c) and (d): every subscript of an array parameter, constant or guarded.
void scan_subscripts(const Stmt& fn, const Names& arrays, Naturalness& out) {
  Names safe;  // thread indices and loop variables
  each_stmt(fn.body, [&](const Stmt& s) {
    const bool tid = s.kind == StmtKind::Assign && s.value->kind == ExprKind::Call && call_name(*s.value) == "tid";
    if (tid || s.kind == StmtKind::For) bound_names(*s.target, safe);
  });
  auto guarded = [&](const Expr& e) {
    if (e.kind == ExprKind::Name) return safe.contains(e.text);
    if (e.kind == ExprKind::Call) {
      const std::string_view n = call_name(e);
      return n == "min" || n == "max" || n == "clamp";
    }
    return e.kind == ExprKind::BinOp && e.text == "%";
  };
  auto constant = [](const Expr& e) {
    const Expr& v = e.kind == ExprKind::UnaryOp && (e.text == "-" || e.text == "+") ? *e.items[0] : e;
    return v.kind == ExprKind::Int;
  };
  each_stmt(fn.body, [&](const Stmt& s) {
    each_expr(s, [&](const Expr& e) {
      if (e.kind != ExprKind::Subscript || e.items[0]->kind != ExprKind::Name || !arrays.contains(e.items[0]->text))
        return;
      const Expr& index = *e.items[1];
      std::vector<const Expr*> parts;
      if (index.kind == ExprKind::Tuple) {
        for (const auto& p : index.items) parts.push_back(p.get());
      } else {
        parts.push_back(&index);
      }
      ++out.subscripts;
      out.guarded += std::all_of(parts.begin(), parts.end(), [&](const Expr* p) { return guarded(*p); });
      out.constant_index |= std::any_of(parts.begin(), parts.end(), [&](const Expr* p) { return constant(*p); });
    });
  });
}

}  // namespace

std::optional<Naturalness> analyse_naturalness(std::string_view python) {
  frontend::Module m;
  try {
    m = frontend::parse(python);
  } catch (const std::runtime_error&) {  // SyntaxError, or Unsupported outside the subset
    return std::nullopt;
  }
  Naturalness out;
  for (const auto& s : m.body) {
    if (!is_warp_function(*s)) continue;
    Names arrays;
    for (const auto& p : s->params)
      if (p.annotation && is_array_annotation(*p.annotation)) arrays.insert(p.name);
    out.dead_local |= has_dead_local(*s);
    StoreScan stores(arrays);
    stores.block(s->body);
    out.overwritten_store |= stores.found();
    scan_subscripts(*s, arrays, out);
  }
  return out;
}

}  // namespace ws::dataset
