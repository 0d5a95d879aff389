// The tile builtins' bound arguments, shared by their emitters (adjoint_tiles.cpp, adjoint_tile_matmul.cpp).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "codegen/adjoint.h"
#include "frontend/ast.h"
#include "lang/tiles.h"

namespace ws::codegen {

// A tile builtin's arguments bound to its parameter names (Adjoint::bind_tile_args).
struct Adjoint::TileArgs {
  const lang::TileSignature* sig = nullptr;
  std::array<Var*, 6> vars{};                    // bound value parameters
  std::array<const frontend::Expr*, 6> exprs{};  // every bound parameter's expression
  Vars indices;                                  // the variadic arguments: tile_extract's indices, tile_arange's range
  std::optional<types::Type> dtype;              // a `dtype` argument
  std::string dtype_spelling;                    // ...as compute_type_str spells it ("float" for Python's float)

  int index(std::string_view name) const {
    for (int i = 0; i < sig->arity(); ++i)
      if (sig->params[static_cast<size_t>(i)] == name) return i;
    return -1;
  }
  Var* get(std::string_view name) const { return vars[static_cast<size_t>(index(name))]; }
  const frontend::Expr* expr(std::string_view name) const { return exprs[static_cast<size_t>(index(name))]; }
};

}  // namespace ws::codegen
