// The AST of the kernel subset of Python. Node shapes and positions follow CPython's `ast` module
// (1-based lines, 1-based columns at the node's first token, parentheses excluded) because Warp's
// codegen keys its `// source <L n>` comments and its hash traversal order on exactly those.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/small_vector.h"
#include "frontend/node_pool.h"
#include "frontend/tokenizer.h"

namespace ws::frontend {

// Names and operator spellings are compared constantly (parser, symbol tables): length and first byte
// inline before the full comparison.
inline bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

struct Pos {
  int line = 0;  // 1-based
  int col = 0;   // 1-based
};

enum class ExprKind {
  Name,
  Int,
  Float,
  Bool,
  None,
  Str,
  Attribute,
  Call,
  Subscript,
  BinOp,
  UnaryOp,
  BoolOp,
  Compare,
  IfExp,
  Tuple,
  Dict,  // {k: v, ...}: items alternate keys and values (only decorator options read them)
  Set,   // {a, ...}
  Slice  // lower:upper:step in a subscript: items hold the parts present, in order; int_value says which
};

// Which parts of a Slice are present (its int_value). Only the present ones are items, so walks over
// items visit the children in ast.walk's order (ast.iter_child_nodes skips absent fields).
inline constexpr int64_t kSliceLower = 1;
inline constexpr int64_t kSliceUpper = 2;
inline constexpr int64_t kSliceStep = 4;

// Operators keep Python's spelling ("+", "//", "not", "and", "is not", ...).
struct Expr;
using ExprPtr = NodeRef<Expr>;

struct Keyword {
  std::string_view name;
  ExprPtr value;
  Pos pos;
};

struct Expr {
  ExprKind kind;
  Pos pos;
  std::string_view text;   // Name id, Attribute attr, literal spelling (all of a concatenation), or operator
  int64_t int_value = 0;   // Int, Bool; Slice: its kSlice* parts
  double float_value = 0;  // Float
  // operands: Attribute/Subscript value first; Call func then args; Compare left then rights. Inline
  // up to three (binary operators, subscripts, short calls): an allocation per node was a large share
  // of parsing.
  SmallVector<ExprPtr, 3> items;
  std::vector<std::string_view> ops;  // Compare/BoolOp operators
  std::vector<Keyword> keywords;      // Call
};

// A literal constant (ast.Constant): a number, bool, string or None.
inline bool is_literal(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Float || e.kind == ExprKind::Bool || e.kind == ExprKind::Str ||
         e.kind == ExprKind::None;
}

enum class StmtKind {
  Expr,
  Assign,
  AnnAssign,
  AugAssign,
  If,
  For,
  While,
  Break,
  Continue,
  Return,
  Pass,
  Assert,  // value: the test, target: the message (may be null), text: the statement's source segment
  FunctionDef,
  ClassDef,
  Import,
  Host  // module-level host code the parser skips: only its tokens are kept (see host_code.h)
};

struct Stmt;
using StmtPtr = NodeRef<Stmt>;

struct Param {
  std::string_view name;
  ExprPtr annotation;     // may be null
  ExprPtr default_value;  // may be null
  Pos pos;
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  int end_line = 0;       // last line of the statement (of its whole body for compound statements)
  std::string_view op;    // AugAssign operator ("+", ...)
  std::string_view name;  // FunctionDef / ClassDef name
  std::string_view text;  // Assert: the statement's source text (ast.get_source_segment), one line
  ExprPtr target;         // Assign/AnnAssign/AugAssign target, For target
  ExprPtr value;          // Assign value, If/While test, For iter, Return value, Expr value, AnnAssign value
  ExprPtr annotation;     // AnnAssign annotation, FunctionDef return annotation
  std::vector<ExprPtr> decorators;
  std::vector<Param> params;
  std::vector<StmtPtr> body;
  std::vector<StmtPtr> orelse;
  // Import: (module, alias) pairs flattened; ImportFrom: the module (with its leading dots) first, then
  // (name, alias) pairs, `*` for a star import
  std::vector<std::string_view> import_names;
  bool import_from = false;
  // Module-level statements: their tokens in Module::tokens, [tok_begin, tok_end)
  size_t tok_begin = 0;
  size_t tok_end = 0;
};

struct Module {
  NodePool<Expr> exprs;  // every node of the module's AST
  NodePool<Stmt> stmts;
  std::vector<StmtPtr> body;
  std::vector<Token> tokens;  // the whole module's, for the token-level scan of host code
};

}  // namespace ws::frontend
