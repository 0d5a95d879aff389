// codegen.builtin_operators: the builtin key of each Python operator the native backend supports, in one
// table as Warp keeps one dict keyed by the AST operator class. Binary operators serve BinOp and
// augmented assignment, comparisons are emitted inline under their own spelling, unary operators
// are called by key. (Warp also maps `@` to "mul"; the parser does not accept it.) The generator reads
// it the other way round: it names the builtin row an operator production writes and prints its spelling.
#pragma once

#include <string_view>

namespace ws::lang {

enum class OperatorKind { Binary, Compare, Unary };

struct Operator {
  OperatorKind kind;
  std::string_view text;  // the Python spelling
  std::string_view key;   // the builtin key, or the C++ spelling of a comparison
};

inline constexpr Operator kOperators[] = {
    {OperatorKind::Binary, "+", "add"},       {OperatorKind::Binary, "-", "sub"},
    {OperatorKind::Binary, "*", "mul"},       {OperatorKind::Binary, "/", "div"},
    {OperatorKind::Binary, "//", "floordiv"}, {OperatorKind::Binary, "%", "mod"},
    {OperatorKind::Binary, "**", "pow"},      {OperatorKind::Binary, "&", "bit_and"},
    {OperatorKind::Binary, "|", "bit_or"},    {OperatorKind::Binary, "^", "bit_xor"},
    {OperatorKind::Binary, "<<", "lshift"},   {OperatorKind::Binary, ">>", "rshift"},
    {OperatorKind::Compare, "<", "<"},        {OperatorKind::Compare, ">", ">"},
    {OperatorKind::Compare, "<=", "<="},      {OperatorKind::Compare, ">=", ">="},
    {OperatorKind::Compare, "==", "=="},      {OperatorKind::Compare, "!=", "!="},
    {OperatorKind::Unary, "-", "neg"},        {OperatorKind::Unary, "+", "pos"},
    {OperatorKind::Unary, "not", "unot"},     {OperatorKind::Unary, "~", "invert"},
};

// The key of `text` as an operator of this kind; empty when it is not one the native backend supports.
constexpr std::string_view operator_key(OperatorKind kind, std::string_view text) {
  for (const Operator& op : kOperators) {
    if (op.kind == kind && op.text == text) return op.key;
  }
  return {};
}

// The Python spelling of the operator that calls builtin `key` (a unary one or not); empty when none does.
constexpr std::string_view operator_spelling(bool unary, std::string_view key) {
  for (const Operator& op : kOperators) {
    if ((op.kind == OperatorKind::Unary) == unary && op.key == key) return op.text;
  }
  return {};
}

}  // namespace ws::lang
