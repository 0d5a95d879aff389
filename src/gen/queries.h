// Spatial-query kernels: idioms (gen/idioms.h) that take `mesh: wp.uint64`, `grid: wp.uint64` or
// `bvh: wp.uint64` ids and do what simulation code does with them (warp/examples/core/example_sph.py,
// example_dem.py, benchmarks/benchmark_bvh.py, tests/geometry/test_mesh_query_point.py): the closest
// point on a mesh (wp.mesh_query_point_no_sign and its signed forms, wp.mesh_eval_position), ray casts
// (wp.mesh_query_ray), the faces a box overlaps (wp.mesh_query_aabb / _next), SPH-like neighbour sums
// over a hash grid (wp.hash_grid_point_id, wp.hash_grid_query / _next or `for index in query:`), BVH
// overlap counts (wp.bvh_query_aabb / bvh_query_ray with wp.bvh_query_next) and reads through
// wp.mesh_get. The kernel's own statements then build on what the query computed.
//
// Why every such kernel is correct under its launch contract (gen/contract.h, "queries"):
// - the mesh is a height field of n x n cells over [-1, 1]^2 (2 n^2 triangles, none degenerate), with
//   heights and velocities in the contract's float range, so a face index is below 2 n^2 (arrays indexed
//   by it have that fixed size), a barycentric point and a velocity lie in [-1, 1];
// - the hash grid is built over the kernel's launch-shaped `points` array with cell width 1 and 8^3
//   cells: a query of radius <= 1 spans at most 3 cells per axis, all distinct modulo 8, so each point is
//   visited at most once; a point id (wp.hash_grid_point_id of the thread index, or a query's index) is
//   below the launch size and indexes launch-shaped arrays, and hash_grid_point_id is a permutation, so
//   a thread owns element id of every launch-shaped output;
// - the BVH holds `items` boxes, so an item index is below `items` (arrays indexed by it have that size);
// - every field of a query result is read under `if q.result:` (a miss leaves face, u, v unset), and a
//   neighbour's contribution is bounded (radius - d in [0, 1]), so sums stay below the launch size.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "gen/idiom_params.h"

namespace ws::gen {

// A builtin of warp/_src/builtins.py the query idioms call: the value it returns (kNoType and
// `object` for a query object), and the range of that value under the contract.
struct QueryCall {
  std::string_view name;
  TypeId result;
  types::Query object;
  Range range;
};
std::span<const QueryCall> query_calls();
uint16_t query_row(std::string_view name);

// The range of field `field` (an index into types::query_fields(kind)) of a query object.
Range query_field_range(types::Query kind, uint16_t field);

// Mesh size: a height field of kMeshCells x kMeshCells cells, kMeshFaces triangles.
inline constexpr int kMeshCells = 4;
inline constexpr int kMeshFaces = 2 * kMeshCells * kMeshCells;
// Hash grid: cells of width 1 (so a radius <= 1 spans at most 3 per axis), 8 along each axis.
inline constexpr int kGridDim = 8;
// BVH items (boxes of half extent 0.25 around centres in [-1, 1]^3).
inline constexpr int kBvhItems = 32;

// The query idioms' declarations and bodies (rows of gen/idioms.cpp's table).
void closest_params(IdiomParams& p);
void closest_body(IdiomParams& p);
void raycast_params(IdiomParams& p);
void raycast_body(IdiomParams& p);
void overlap_params(IdiomParams& p);
void overlap_body(IdiomParams& p);
void neighbors_params(IdiomParams& p);
void neighbors_body(IdiomParams& p);
void bvh_count_params(IdiomParams& p);
void bvh_count_body(IdiomParams& p);

// The contract's "queries" object: how to build each id parameter of the kernel ("" when it has none).
std::string query_inputs(const Program& prog);

}  // namespace ws::gen
