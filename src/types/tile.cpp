#include "types/tile.h"

namespace ws::types {
namespace {

std::string joined(const std::vector<int>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
  return s;
}

}  // namespace

TileDef TileDef::make(const Type& dtype, std::vector<int> shape, TileStorage storage) {
  TileDef d{dtype, std::move(shape), {}, storage, true};
  d.strides.assign(d.shape.size(), 1);
  for (size_t i = d.shape.size(); i-- > 1;) d.strides[i - 1] = d.strides[i] * d.shape[i];
  return d;
}

// tile.ctype()
std::string TileDef::ctype() const {
  if (storage == TileStorage::Register)
    return "wp::tile_register_t<" + dtype.ctype() + ",wp::tile_layout_register_t<wp::tile_shape_t<" + joined(shape) +
           ">>>";
  return "wp::tile_shared_t<" + dtype.ctype() + ",wp::tile_layout_strided_t<wp::tile_shape_t<" + joined(shape) +
         ">, wp::tile_stride_t<" + joined(strides) + ">>, " + (owner ? "true" : "false") + ">";
}

// tile.cinit(requires_grad)
std::string TileDef::cinit(bool requires_grad) const {
  if (storage == TileStorage::Register) return ctype() + "{}";
  if (!owner) return "nullptr";
  return "wp::tile_alloc_empty<" + dtype.ctype() + ",wp::tile_shape_t<" + joined(shape) + ">,wp::tile_stride_t<" +
         joined(strides) + ">," + (requires_grad ? "true" : "false") + ">()";
}

}  // namespace ws::types
