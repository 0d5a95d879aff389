// Warp's tile type (warp/_src/types.py `tile`): an element type, a shape known at compile time, and a
// storage, register (spread over the block's threads) or shared (block memory, with strides and an
// owner flag: a transpose is a non-owning view). Its two spellings are Warp's ctype() and cinit().
//
// A TileDef is mutable on purpose: Warp's value functions for tile_transpose and tile_extract set their
// argument's storage to "shared" after that tile was created, and the declaration emitted at the end of
// the build reads the final storage. The Adjoint owns its TileDefs; Vars point at them.
#pragma once

#include <string>
#include <vector>

#include "types/type.h"

namespace ws::types {

enum class TileStorage : uint8_t { Register, Shared };

struct TileDef {
  Type dtype;
  std::vector<int> shape;
  std::vector<int> strides;  // row-major unless given (tile.__init__)
  TileStorage storage = TileStorage::Register;
  bool owner = true;
  // tile.layout "colmajor": tile_transpose flips it; views, copies and merges keep their source's. It
  // names only the cuSolverDx/cuBLASDx arrangement of the linear-algebra builtins (adjoint_tile_solvers.cpp).
  bool colmajor = false;

  // tile(dtype, shape, storage): row-major strides
  static TileDef make(const Type& dtype, std::vector<int> shape, TileStorage storage);

  std::string ctype() const;
  // cinit: how a declaration initializes it (requires_grad: the backward pass's shared tiles carry a
  // gradient buffer)
  std::string cinit(bool requires_grad) const;
};

}  // namespace ws::types
