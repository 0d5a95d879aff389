// Tile types spell themselves as Warp 1.19.0's tile.ctype() and tile.cinit() do: the expected strings
// are copied from real Warp's generated code (tests/native_cases/expected/tiles_*.cpp).
#include <gtest/gtest.h>

#include "types/tile.h"

namespace ws::types {
namespace {

const Type f32 = Type::scalar_of(Scalar::Float32);

TEST(Tile, RegisterTileSpelling) {
  TileDef t = TileDef::make(f32, {8, 4}, TileStorage::Register);
  EXPECT_EQ(t.ctype(), "wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>");
  EXPECT_EQ(t.cinit(true), t.ctype() + "{}");
  EXPECT_EQ(Type::tile_of(&t).ctype(), t.ctype());
}

TEST(Tile, SharedTilesAllocateWithAGradientBufferInTheBackwardPass) {
  TileDef t = TileDef::make(f32, {8, 4}, TileStorage::Shared);
  EXPECT_EQ(t.strides, (std::vector<int>{4, 1}));  // row-major
  EXPECT_EQ(t.ctype(),
            "wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, "
            "true>");
  EXPECT_EQ(t.cinit(false), "wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>()");
  EXPECT_EQ(t.cinit(true), "wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>()");
}

TEST(Tile, ANonOwningViewIsInitializedByTheCallThatMakesIt) {
  TileDef view{f32, {4, 8}, {1, 4}, TileStorage::Shared, false};  // the transpose of an 8x4 tile
  EXPECT_EQ(view.ctype(),
            "wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, "
            "false>");
  EXPECT_EQ(view.cinit(true), "nullptr");
}

TEST(Tile, TuplesAndStringsOfTileArguments) {
  EXPECT_EQ(Type::int_tuple(2).ctype(), "wp::tuple_t<wp::int32, wp::int32>");
  EXPECT_EQ(Type::str().ctype(), "wp::str");
}

}  // namespace
}  // namespace ws::types
