#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


// warpsynth/query_loops_and_functions.py:7
static CUDA_CALLABLE wp::float32 closest_distance_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_max_dist)
{
    //---------
    // primal vars
    wp::mesh_query_point_t var_0;
    wp::float32 var_1;
    bool* var_2;
    bool var_3;
    wp::int32* var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    bool var_13;
    wp::float32 var_14;
    bool var_15;
    //---------
    // forward
    // def closest_distance(mesh: wp.uint64, p: wp.vec3, max_dist: float):                    <L 8>
    // q = wp.mesh_query_point_no_sign(mesh, p, max_dist)                                     <L 9>
    var_0 = wp::mesh_query_point_no_sign(var_mesh, var_p, var_max_dist);
    // d = max_dist                                                                           <L 10>
    var_1 = wp::copy(var_max_dist);
    // if q.result:                                                                           <L 11>
    var_2 = &((var_0).result);
    var_3 = wp::load(var_2);
    if (var_3) {
        // d = wp.length(p - wp.mesh_eval_position(mesh, q.face, q.u, q.v))                   <L 12>
        var_4 = &((var_0).face);
        var_5 = &((var_0).u);
        var_6 = &((var_0).v);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        var_10 = wp::load(var_6);
        var_7 = wp::mesh_eval_position(var_mesh, var_8, var_9, var_10);
        var_11 = wp::sub(var_p, var_7);
        var_12 = wp::length(var_11);
    }
    var_13 = wp::load(var_2);
    var_15 = wp::load(var_2);
    var_14 = wp::where(var_15, var_12, var_1);
    // return d                                                                               <L 13>
    return var_14;
}


// warpsynth/query_loops_and_functions.py:16
static CUDA_CALLABLE wp::int32 neighbor_count_0(
    wp::uint64 var_grid,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::hash_grid_query_f var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 10;
    bool var_11;
    wp::int32 var_12;
    //---------
    // forward
    // def neighbor_count(grid: wp.uint64, p: wp.vec3, r: float):                             <L 17>
    // n = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // for j in wp.hash_grid_query(grid, p, r):                                               <L 19>
    var_2 = wp::hash_grid_query(var_grid, var_p, var_r);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // if j % 2 == 0:                                                                     <L 20>
        var_5 = wp::mod(var_3, var_4);
        var_7 = (var_5 == var_6);
        if (var_7) {
            // continue                                                                       <L 21>
            goto start_for_0;
        }
        // n += 1                                                                             <L 22>
        var_9 = wp::add(var_1, var_8);
        // if n > 10:                                                                         <L 23>
        var_11 = (var_9 > var_10);
        if (var_11) {
            // break                                                                          <L 24>
            wp::assign(var_1, var_9);
            goto end_for_0;
        }
        var_12 = wp::where(var_11, var_1, var_9);
        wp::assign(var_1, var_12);
        goto start_for_0;
    end_for_0:;
    // return n                                                                               <L 25>
    return var_1;
}


// warpsynth/query_loops_and_functions.py:7
static CUDA_CALLABLE void adj_closest_distance_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_max_dist,
    wp::uint64 & adj_mesh,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_max_dist,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::mesh_query_point_t var_0;
    wp::float32 var_1;
    bool* var_2;
    bool var_3;
    wp::int32* var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    bool var_13;
    wp::float32 var_14;
    bool var_15;
    //---------
    // dual vars
    wp::mesh_query_point_t adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    //---------
    // forward
    // def closest_distance(mesh: wp.uint64, p: wp.vec3, max_dist: float):                    <L 8>
    // q = wp.mesh_query_point_no_sign(mesh, p, max_dist)                                     <L 9>
    var_0 = wp::mesh_query_point_no_sign(var_mesh, var_p, var_max_dist);
    // d = max_dist                                                                           <L 10>
    var_1 = wp::copy(var_max_dist);
    // if q.result:                                                                           <L 11>
    var_2 = &((var_0).result);
    var_3 = wp::load(var_2);
    if (var_3) {
        // d = wp.length(p - wp.mesh_eval_position(mesh, q.face, q.u, q.v))                   <L 12>
        var_4 = &((var_0).face);
        var_5 = &((var_0).u);
        var_6 = &((var_0).v);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        var_10 = wp::load(var_6);
        var_7 = wp::mesh_eval_position(var_mesh, var_8, var_9, var_10);
        var_11 = wp::sub(var_p, var_7);
        var_12 = wp::length(var_11);
    }
    var_13 = wp::load(var_2);
    var_15 = wp::load(var_2);
    var_14 = wp::where(var_15, var_12, var_1);
    // return d                                                                               <L 13>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return d                                                                          <L 13>
    wp::adj_where(var_15, var_12, var_1, adj_2, adj_12, adj_1, adj_14);
    if (var_13) {
        wp::adj_length(var_11, var_12, adj_11, adj_12);
        wp::adj_sub(var_p, var_7, adj_p, adj_7, adj_11);
        wp::adj_mesh_eval_position(var_mesh, var_8, var_9, var_10, adj_mesh, adj_4, adj_5, adj_6, adj_7);
        adj_0.v += adj_6;
        adj_0.u += adj_5;
        adj_0.face = adj_4;
        // adj: d = wp.length(p - wp.mesh_eval_position(mesh, q.face, q.u, q.v))              <L 12>
    }
    adj_0.result = adj_2;
    // adj: if q.result:                                                                      <L 11>
    wp::adj_copy(var_max_dist, adj_max_dist, adj_1);
    // adj: d = max_dist                                                                      <L 10>
    wp::adj_mesh_query_point_no_sign(var_mesh, var_p, var_max_dist, var_0, adj_mesh, adj_p, adj_max_dist, adj_0);
    // adj: q = wp.mesh_query_point_no_sign(mesh, p, max_dist)                                <L 9>
    // adj: def closest_distance(mesh: wp.uint64, p: wp.vec3, max_dist: float):               <L 8>
    return;
}


// warpsynth/query_loops_and_functions.py:16
static CUDA_CALLABLE void adj_neighbor_count_0(
    wp::uint64 var_grid,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r,
    wp::uint64 & adj_grid,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::hash_grid_query_f var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 10;
    bool var_11;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::hash_grid_query_f adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def neighbor_count(grid: wp.uint64, p: wp.vec3, r: float):                             <L 17>
    // n = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // for j in wp.hash_grid_query(grid, p, r):                                               <L 19>
    var_2 = wp::hash_grid_query(var_grid, var_p, var_r);
    // return n                                                                               <L 25>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return n                                                                          <L 25>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
        // if j % 2 == 0:                                                                     <L 20>
        var_5 = wp::mod(var_3, var_4);
        var_7 = (var_5 == var_6);
        if (var_7) {
            // continue                                                                       <L 21>
            goto start_for_0;
        }
        // n += 1                                                                             <L 22>
        var_9 = wp::add(var_1, var_8);
        // if n > 10:                                                                         <L 23>
        var_11 = (var_9 > var_10);
        if (var_11) {
            // break                                                                          <L 24>
            wp::assign(var_1, var_9);
            goto end_for_0;
        }
        var_12 = wp::where(var_11, var_1, var_9);
        wp::assign(var_1, var_12);
        wp::adj_assign(var_1, var_12, adj_1, adj_12);
        wp::adj_where(var_11, var_1, var_9, adj_11, adj_1, adj_9, adj_12);
        if (var_11) {
            wp::adj_assign(var_1, var_9, adj_1, adj_9);
            // adj: break                                                                     <L 24>
        }
        // adj: if n > 10:                                                                    <L 23>
        wp::adj_add(var_1, var_8, adj_1, adj_8, adj_9);
        // adj: n += 1                                                                        <L 22>
        if (var_7) {
            // adj: continue                                                                  <L 21>
        }
        wp::adj_mod(var_3, var_4, adj_3, adj_4, adj_5);
        // adj: if j % 2 == 0:                                                                <L 20>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, p, r):                                          <L 19>
    // adj: n = int(0)                                                                        <L 18>
    // adj: def neighbor_count(grid: wp.uint64, p: wp.vec3, r: float):                        <L 17>
    return;
}



extern "C" __global__ void half_grid_6008ac6c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float16>> var_x,
    wp::float16 var_r,
    wp::array_t<wp::int32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::vec_t<3, wp::float16>* var_3;
        const wp::int32 var_4 = 2;
        wp::hash_grid_query_h var_5;
        wp::vec_t<3, wp::float16> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float16>* var_11;
        wp::hash_grid_query_h var_12;
        wp::vec_t<3, wp::float16> var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        //---------
        // forward
        // def half_grid(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, out: wp.array(dtype=int)):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // n = int(0)                                                                             <L 48>
        var_2 = wp::int(var_1);
        // query = wp.hash_grid_query(grid, x[tid], r, 2)                                         <L 49>
        var_3 = wp::address(var_x, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::hash_grid_query(var_grid, var_6, var_r, var_4);
        // index = int(0)                                                                         <L 50>
        var_8 = wp::int(var_7);
        // while wp.hash_grid_query_next(query, index):                                           <L 51>
        start_while_0:;
        var_9 = wp::hash_grid_query_next(var_5, var_8);
        if ((var_9) == false) goto end_while_0;
            // n += index                                                                         <L 52>
            var_10 = wp::add(var_2, var_8);
            wp::assign(var_2, var_10);
        goto start_while_0;
        end_while_0:;
        // for j in wp.hash_grid_query(grid, x[tid], r):                                          <L 53>
        var_11 = wp::address(var_x, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::hash_grid_query(var_grid, var_13, var_r);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_14 = wp::iter_next(var_12);
            // n -= j                                                                             <L 54>
            var_15 = wp::sub(var_2, var_14);
            wp::assign(var_2, var_15);
            goto start_for_2;
        end_for_2:;
        // out[tid] = n                                                                           <L 55>
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void half_grid_6008ac6c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float16>> var_x,
    wp::float16 var_r,
    wp::array_t<wp::int32> var_out,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_x,
    wp::float16 adj_r,
    wp::array_t<wp::int32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        wp::vec_t<3, wp::float16>* var_3;
        const wp::int32 var_4 = 2;
        wp::hash_grid_query_h var_5;
        wp::vec_t<3, wp::float16> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        wp::int32 var_10;
        wp::vec_t<3, wp::float16>* var_11;
        wp::hash_grid_query_h var_12;
        wp::vec_t<3, wp::float16> var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float16> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::hash_grid_query_h adj_5 = {};
        wp::vec_t<3, wp::float16> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float16> adj_11 = {};
        wp::hash_grid_query_h adj_12 = {};
        wp::vec_t<3, wp::float16> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def half_grid(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, out: wp.array(dtype=int)):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // n = int(0)                                                                             <L 48>
        var_2 = wp::int(var_1);
        // query = wp.hash_grid_query(grid, x[tid], r, 2)                                         <L 49>
        var_3 = wp::address(var_x, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::hash_grid_query(var_grid, var_6, var_r, var_4);
        // index = int(0)                                                                         <L 50>
        var_8 = wp::int(var_7);
        // while wp.hash_grid_query_next(query, index):                                           <L 51>
        // for j in wp.hash_grid_query(grid, x[tid], r):                                          <L 53>
        var_11 = wp::address(var_x, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::hash_grid_query(var_grid, var_13, var_r);
        // out[tid] = n                                                                           <L 55>
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[tid] = n                                                                      <L 55>
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_14 = wp::iter_next(var_12);
        	adj_15 = {};
            // n -= j                                                                             <L 54>
            var_15 = wp::sub(var_2, var_14);
            wp::assign(var_2, var_15);
            wp::adj_assign(var_2, var_15, adj_2, adj_15);
            wp::adj_sub(var_2, var_14, adj_2, adj_14, adj_15);
            // adj: n -= j                                                                        <L 54>
        	goto start_for_2;
        end_for_2:;
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_11);
        // adj: for j in wp.hash_grid_query(grid, x[tid], r):                                     <L 53>
        start_while_0:;
        var_9 = wp::hash_grid_query_next(var_5, var_8);
        if ((var_9) == false) goto end_while_0;
        adj_10 = {};
            // n += index                                                                         <L 52>
            var_10 = wp::add(var_2, var_8);
            wp::assign(var_2, var_10);
            wp::adj_assign(var_2, var_10, adj_2, adj_10);
            wp::adj_add(var_2, var_8, adj_2, adj_8, adj_10);
            // adj: n += index                                                                    <L 52>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.hash_grid_query_next(query, index):                                      <L 51>
        // adj: index = int(0)                                                                    <L 50>
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
        // adj: query = wp.hash_grid_query(grid, x[tid], r, 2)                                    <L 49>
        // adj: n = int(0)                                                                        <L 48>
        // adj: tid = wp.tid()                                                                    <L 47>
        // adj: def half_grid(grid: wp.uint64, x: wp.array(dtype=wp.vec3h), r: wp.float16, out: wp.array(dtype=int)):  <L 46>
        continue;
    }
}



extern "C" __global__ void k_ae08bfb1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_steps)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.1;
        wp::int32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 0.0;
        wp::vec_t<3, wp::float32> var_18;
        const wp::float32 var_19 = 10.0;
        wp::mesh_query_ray_t var_20;
        const wp::int32 var_21 = -1;
        bool var_22;
        bool* var_23;
        bool var_24;
        wp::int32* var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::float32 var_47 = 2.0;
        wp::mesh_query_point_t var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::float32 var_56 = 2.0;
        wp::mesh_query_point_t var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 2;
        wp::float32 var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        const wp::float32 var_65 = 2.0;
        wp::mesh_query_point_t var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // forward
        // def k(mesh: wp.uint64, grid: wp.uint64, x: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), steps: int):       <L 29>
        // tid = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 31>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc = float(0.0)                                                                       <L 32>
        var_5 = wp::float(var_4);
        // for s in range(steps):                                                                 <L 33>
        var_6 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // acc += closest_distance(mesh, p, 1.0) + float(neighbor_count(grid, p, 0.1))        <L 34>
            var_9 = closest_distance_0(var_mesh, var_2, var_8);
            var_11 = neighbor_count_0(var_grid, var_2, var_10);
            var_12 = wp::float(var_11);
            var_13 = wp::add(var_9, var_12);
            var_14 = wp::add(var_5, var_13);
            // q = wp.mesh_query_ray(mesh, p, wp.vec3(0.0, 1.0, 0.0), 10.0)                       <L 35>
            var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
            var_20 = wp::mesh_query_ray(var_mesh, var_2, var_18, var_19, var_21);
            // if q.result and q.face > 0:                                                        <L 36>
            var_23 = &((var_20).result);
            var_24 = wp::load(var_23);
            var_22 = var_24;
            if (var_22) {
                var_25 = &((var_20).face);
                var_28 = wp::load(var_25);
                var_27 = (var_28 > var_26);
                var_22 = var_22 && var_27;
            }
            if (var_22) {
                // acc += q.t * q.normal[1] + q.normal.x                                          <L 37>
                var_29 = &((var_20).t);
                var_30 = &((var_20).normal);
                var_33 = wp::load(var_30);
                var_32 = wp::extract(var_33, var_31);
                var_35 = wp::load(var_29);
                var_34 = wp::mul(var_35, var_32);
                var_36 = &((var_20).normal);
                var_39 = wp::load(var_36);
                var_38 = wp::extract(var_39, var_37);
                var_40 = wp::add(var_34, var_38);
                var_41 = wp::add(var_14, var_40);
            }
            var_42 = wp::where(var_22, var_41, var_14);
            wp::assign(var_5, var_42);
            goto start_for_0;
        end_for_0:;
        // for i in range(3):                                                                     <L 38>
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_44 = wp::float(var_43);
        var_45 = wp::vec_t<3, wp::float32>(var_44);
        var_46 = wp::add(var_2, var_45);
        var_48 = wp::mesh_query_point(var_mesh, var_46, var_47);
        // acc += r.sign                                                                          <L 40>
        var_49 = &((var_48).sign);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_5, var_51);
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_53 = wp::float(var_52);
        var_54 = wp::vec_t<3, wp::float32>(var_53);
        var_55 = wp::add(var_2, var_54);
        var_57 = wp::mesh_query_point(var_mesh, var_55, var_56);
        // acc += r.sign                                                                          <L 40>
        var_58 = &((var_57).sign);
        var_60 = wp::load(var_58);
        var_59 = wp::add(var_50, var_60);
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_62 = wp::float(var_61);
        var_63 = wp::vec_t<3, wp::float32>(var_62);
        var_64 = wp::add(var_2, var_63);
        var_66 = wp::mesh_query_point(var_mesh, var_64, var_65);
        // acc += r.sign                                                                          <L 40>
        var_67 = &((var_66).sign);
        var_69 = wp::load(var_67);
        var_68 = wp::add(var_59, var_69);
        // out[tid] = acc                                                                         <L 41>
        wp::array_store(var_out, var_0, var_68);
    }
}



extern "C" __global__ void k_ae08bfb1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_steps,
    wp::uint64 adj_mesh,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_out,
    wp::int32 adj_steps)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.1;
        wp::int32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 0.0;
        wp::vec_t<3, wp::float32> var_18;
        const wp::float32 var_19 = 10.0;
        wp::mesh_query_ray_t var_20;
        const wp::int32 var_21 = -1;
        bool var_22;
        bool* var_23;
        bool var_24;
        wp::int32* var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::float32 var_47 = 2.0;
        wp::mesh_query_point_t var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::float32 var_56 = 2.0;
        wp::mesh_query_point_t var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 2;
        wp::float32 var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        const wp::float32 var_65 = 2.0;
        wp::mesh_query_point_t var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::mesh_query_ray_t adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::mesh_query_point_t adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::mesh_query_point_t adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::mesh_query_point_t adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        //---------
        // forward
        // def k(mesh: wp.uint64, grid: wp.uint64, x: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), steps: int):       <L 29>
        // tid = wp.tid()                                                                         <L 30>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 31>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc = float(0.0)                                                                       <L 32>
        var_5 = wp::float(var_4);
        // for s in range(steps):                                                                 <L 33>
        var_6 = wp::range(var_steps);
        // for i in range(3):                                                                     <L 38>
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_44 = wp::float(var_43);
        var_45 = wp::vec_t<3, wp::float32>(var_44);
        var_46 = wp::add(var_2, var_45);
        var_48 = wp::mesh_query_point(var_mesh, var_46, var_47);
        // acc += r.sign                                                                          <L 40>
        var_49 = &((var_48).sign);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_5, var_51);
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_53 = wp::float(var_52);
        var_54 = wp::vec_t<3, wp::float32>(var_53);
        var_55 = wp::add(var_2, var_54);
        var_57 = wp::mesh_query_point(var_mesh, var_55, var_56);
        // acc += r.sign                                                                          <L 40>
        var_58 = &((var_57).sign);
        var_60 = wp::load(var_58);
        var_59 = wp::add(var_50, var_60);
        // r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                              <L 39>
        var_62 = wp::float(var_61);
        var_63 = wp::vec_t<3, wp::float32>(var_62);
        var_64 = wp::add(var_2, var_63);
        var_66 = wp::mesh_query_point(var_mesh, var_64, var_65);
        // acc += r.sign                                                                          <L 40>
        var_67 = &((var_66).sign);
        var_69 = wp::load(var_67);
        var_68 = wp::add(var_59, var_69);
        // out[tid] = acc                                                                         <L 41>
        // wp::array_store(var_out, var_0, var_68);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_68, adj_out, adj_0, adj_68);
        // adj: out[tid] = acc                                                                    <L 41>
        wp::adj_add(var_59, var_69, adj_59, adj_67, adj_68);
        adj_66.sign += adj_67;
        // adj: acc += r.sign                                                                     <L 40>
        wp::adj_mesh_query_point(var_mesh, var_64, var_65, var_66, adj_mesh, adj_64, adj_65, adj_66);
        wp::adj_add(var_2, var_63, adj_2, adj_63, adj_64);
        wp::adj_vec_t(var_62, adj_62, adj_63);
        wp::adj_float(var_61, adj_61, adj_62);
        // adj: r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                         <L 39>
        wp::adj_add(var_50, var_60, adj_50, adj_58, adj_59);
        adj_57.sign += adj_58;
        // adj: acc += r.sign                                                                     <L 40>
        wp::adj_mesh_query_point(var_mesh, var_55, var_56, var_57, adj_mesh, adj_55, adj_56, adj_57);
        wp::adj_add(var_2, var_54, adj_2, adj_54, adj_55);
        wp::adj_vec_t(var_53, adj_53, adj_54);
        wp::adj_float(var_52, adj_52, adj_53);
        // adj: r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                         <L 39>
        wp::adj_add(var_5, var_51, adj_5, adj_49, adj_50);
        adj_48.sign += adj_49;
        // adj: acc += r.sign                                                                     <L 40>
        wp::adj_mesh_query_point(var_mesh, var_46, var_47, var_48, adj_mesh, adj_46, adj_47, adj_48);
        wp::adj_add(var_2, var_45, adj_2, adj_45, adj_46);
        wp::adj_vec_t(var_44, adj_44, adj_45);
        wp::adj_float(var_43, adj_43, adj_44);
        // adj: r = wp.mesh_query_point(mesh, p + wp.vec3(float(i)), 2.0)                         <L 39>
        // adj: for i in range(3):                                                                <L 38>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
            // acc += closest_distance(mesh, p, 1.0) + float(neighbor_count(grid, p, 0.1))        <L 34>
            var_9 = closest_distance_0(var_mesh, var_2, var_8);
            var_11 = neighbor_count_0(var_grid, var_2, var_10);
            var_12 = wp::float(var_11);
            var_13 = wp::add(var_9, var_12);
            var_14 = wp::add(var_5, var_13);
            // q = wp.mesh_query_ray(mesh, p, wp.vec3(0.0, 1.0, 0.0), 10.0)                       <L 35>
            var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
            var_20 = wp::mesh_query_ray(var_mesh, var_2, var_18, var_19, var_21);
            // if q.result and q.face > 0:                                                        <L 36>
            var_23 = &((var_20).result);
            var_24 = wp::load(var_23);
            var_22 = var_24;
            if (var_22) {
                var_25 = &((var_20).face);
                var_28 = wp::load(var_25);
                var_27 = (var_28 > var_26);
                var_22 = var_22 && var_27;
            }
            if (var_22) {
                // acc += q.t * q.normal[1] + q.normal.x                                          <L 37>
                var_29 = &((var_20).t);
                var_30 = &((var_20).normal);
                var_33 = wp::load(var_30);
                var_32 = wp::extract(var_33, var_31);
                var_35 = wp::load(var_29);
                var_34 = wp::mul(var_35, var_32);
                var_36 = &((var_20).normal);
                var_39 = wp::load(var_36);
                var_38 = wp::extract(var_39, var_37);
                var_40 = wp::add(var_34, var_38);
                var_41 = wp::add(var_14, var_40);
            }
            var_42 = wp::where(var_22, var_41, var_14);
            wp::assign(var_5, var_42);
            wp::adj_assign(var_5, var_42, adj_5, adj_42);
            wp::adj_where(var_22, var_41, var_14, adj_22, adj_41, adj_14, adj_42);
            if (var_22) {
                wp::adj_add(var_14, var_40, adj_14, adj_40, adj_41);
                wp::adj_add(var_34, var_38, adj_34, adj_38, adj_40);
                wp::adj_extract(var_39, var_37, adj_36, adj_37, adj_38);
                adj_20.normal += adj_36;
                wp::adj_mul(var_35, var_32, adj_29, adj_32, adj_34);
                wp::adj_extract(var_33, var_31, adj_30, adj_31, adj_32);
                adj_20.normal += adj_30;
                adj_20.t += adj_29;
                // adj: acc += q.t * q.normal[1] + q.normal.x                                     <L 37>
            }
            if (var_22) {
                adj_20.face = adj_25;
            }
            adj_20.result = adj_23;
            // adj: if q.result and q.face > 0:                                                   <L 36>
            wp::adj_mesh_query_ray(var_mesh, var_2, var_18, var_19, var_21, var_20, adj_mesh, adj_2, adj_18, adj_19, adj_21, adj_20);
            wp::adj_vec_t(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
            // adj: q = wp.mesh_query_ray(mesh, p, wp.vec3(0.0, 1.0, 0.0), 10.0)                  <L 35>
            wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
            wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
            wp::adj_float(var_11, adj_11, adj_12);
            adj_neighbor_count_0(var_grid, var_2, var_10, adj_grid, adj_2, adj_10, adj_11);
            adj_closest_distance_0(var_mesh, var_2, var_8, adj_mesh, adj_2, adj_8, adj_9);
            // adj: acc += closest_distance(mesh, p, 1.0) + float(neighbor_count(grid, p, 0.1))   <L 34>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(steps):                                                            <L 33>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: acc = float(0.0)                                                                  <L 32>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 31>
        // adj: tid = wp.tid()                                                                    <L 30>
        // adj: def k(mesh: wp.uint64, grid: wp.uint64, x: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), steps: int):  <L 29>
        continue;
    }
}



extern "C" __global__ void bvh_in_loop_ff1d745f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi,
    wp::array_t<wp::int32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        const wp::int32 var_3 = 0;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::bvh_query_t var_9;
        const wp::int32 var_10 = -1;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = -1;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::vec_t<3, wp::float32>* var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::bvh_query_t var_23;
        const wp::int32 var_24 = -1;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = -1;
        wp::int32 var_27;
        bool var_28;
        const wp::float32 var_29 = INFINITY;
        wp::int32 var_30;
        const wp::int32 var_31 = 2;
        wp::vec_t<3, wp::float32>* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::bvh_query_t var_37;
        const wp::int32 var_38 = -1;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = -1;
        wp::int32 var_41;
        bool var_42;
        const wp::float32 var_43 = INFINITY;
        wp::int32 var_44;
        const wp::int32 var_45 = 3;
        wp::vec_t<3, wp::float32>* var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::bvh_query_t var_51;
        const wp::int32 var_52 = -1;
        wp::vec_t<3, wp::float32> var_53;
        const wp::int32 var_54 = -1;
        wp::int32 var_55;
        bool var_56;
        const wp::float32 var_57 = INFINITY;
        wp::int32 var_58;
        //---------
        // forward
        // def bvh_in_loop(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):       <L 59>
        // tid = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // total = int(0)                                                                         <L 61>
        var_2 = wp::int(var_1);
        // for k in range(4):                                                                     <L 62>
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_4 = wp::address(var_lo, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::address(var_hi, var_0);
        var_11 = wp::load(var_8);
        var_9 = wp::bvh_query_aabb(var_bvh, var_6, var_11, var_10);
        // item = int(-1)                                                                         <L 64>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        start_while_0:;
        var_14 = wp::bvh_query_next(var_9, var_13, var_15);
        if ((var_14) == false) goto end_while_0;
            // total += item                                                                      <L 66>
            var_16 = wp::add(var_2, var_13);
            wp::assign(var_2, var_16);
        goto start_while_0;
        end_while_0:;
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_18 = wp::address(var_lo, var_0);
        var_19 = wp::float(var_17);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        var_22 = wp::address(var_hi, var_0);
        var_25 = wp::load(var_22);
        var_23 = wp::bvh_query_aabb(var_bvh, var_20, var_25, var_24);
        // item = int(-1)                                                                         <L 64>
        var_27 = wp::int(var_26);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        start_while_2:;
        var_28 = wp::bvh_query_next(var_23, var_27, var_29);
        if ((var_28) == false) goto end_while_2;
            // total += item                                                                      <L 66>
            var_30 = wp::add(var_2, var_27);
            wp::assign(var_2, var_30);
        goto start_while_2;
        end_while_2:;
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_32 = wp::address(var_lo, var_0);
        var_33 = wp::float(var_31);
        var_35 = wp::load(var_32);
        var_34 = wp::mul(var_35, var_33);
        var_36 = wp::address(var_hi, var_0);
        var_39 = wp::load(var_36);
        var_37 = wp::bvh_query_aabb(var_bvh, var_34, var_39, var_38);
        // item = int(-1)                                                                         <L 64>
        var_41 = wp::int(var_40);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        start_while_4:;
        var_42 = wp::bvh_query_next(var_37, var_41, var_43);
        if ((var_42) == false) goto end_while_4;
            // total += item                                                                      <L 66>
            var_44 = wp::add(var_2, var_41);
            wp::assign(var_2, var_44);
        goto start_while_4;
        end_while_4:;
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_46 = wp::address(var_lo, var_0);
        var_47 = wp::float(var_45);
        var_49 = wp::load(var_46);
        var_48 = wp::mul(var_49, var_47);
        var_50 = wp::address(var_hi, var_0);
        var_53 = wp::load(var_50);
        var_51 = wp::bvh_query_aabb(var_bvh, var_48, var_53, var_52);
        // item = int(-1)                                                                         <L 64>
        var_55 = wp::int(var_54);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        start_while_6:;
        var_56 = wp::bvh_query_next(var_51, var_55, var_57);
        if ((var_56) == false) goto end_while_6;
            // total += item                                                                      <L 66>
            var_58 = wp::add(var_2, var_55);
            wp::assign(var_2, var_58);
        goto start_while_6;
        end_while_6:;
        // out[tid] = total                                                                       <L 67>
        wp::array_store(var_out, var_0, var_2);
    }
}



extern "C" __global__ void bvh_in_loop_ff1d745f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi,
    wp::array_t<wp::int32> var_out,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi,
    wp::array_t<wp::int32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32 var_2;
        const wp::int32 var_3 = 0;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::bvh_query_t var_9;
        const wp::int32 var_10 = -1;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = -1;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::vec_t<3, wp::float32>* var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::bvh_query_t var_23;
        const wp::int32 var_24 = -1;
        wp::vec_t<3, wp::float32> var_25;
        const wp::int32 var_26 = -1;
        wp::int32 var_27;
        bool var_28;
        const wp::float32 var_29 = INFINITY;
        wp::int32 var_30;
        const wp::int32 var_31 = 2;
        wp::vec_t<3, wp::float32>* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::bvh_query_t var_37;
        const wp::int32 var_38 = -1;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = -1;
        wp::int32 var_41;
        bool var_42;
        const wp::float32 var_43 = INFINITY;
        wp::int32 var_44;
        const wp::int32 var_45 = 3;
        wp::vec_t<3, wp::float32>* var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::bvh_query_t var_51;
        const wp::int32 var_52 = -1;
        wp::vec_t<3, wp::float32> var_53;
        const wp::int32 var_54 = -1;
        wp::int32 var_55;
        bool var_56;
        const wp::float32 var_57 = INFINITY;
        wp::int32 var_58;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::bvh_query_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::bvh_query_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::bvh_query_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        bool adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::bvh_query_t adj_51 = {};
        wp::int32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        //---------
        // forward
        // def bvh_in_loop(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):       <L 59>
        // tid = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // total = int(0)                                                                         <L 61>
        var_2 = wp::int(var_1);
        // for k in range(4):                                                                     <L 62>
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_4 = wp::address(var_lo, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::address(var_hi, var_0);
        var_11 = wp::load(var_8);
        var_9 = wp::bvh_query_aabb(var_bvh, var_6, var_11, var_10);
        // item = int(-1)                                                                         <L 64>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_18 = wp::address(var_lo, var_0);
        var_19 = wp::float(var_17);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        var_22 = wp::address(var_hi, var_0);
        var_25 = wp::load(var_22);
        var_23 = wp::bvh_query_aabb(var_bvh, var_20, var_25, var_24);
        // item = int(-1)                                                                         <L 64>
        var_27 = wp::int(var_26);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_32 = wp::address(var_lo, var_0);
        var_33 = wp::float(var_31);
        var_35 = wp::load(var_32);
        var_34 = wp::mul(var_35, var_33);
        var_36 = wp::address(var_hi, var_0);
        var_39 = wp::load(var_36);
        var_37 = wp::bvh_query_aabb(var_bvh, var_34, var_39, var_38);
        // item = int(-1)                                                                         <L 64>
        var_41 = wp::int(var_40);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        // query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                            <L 63>
        var_46 = wp::address(var_lo, var_0);
        var_47 = wp::float(var_45);
        var_49 = wp::load(var_46);
        var_48 = wp::mul(var_49, var_47);
        var_50 = wp::address(var_hi, var_0);
        var_53 = wp::load(var_50);
        var_51 = wp::bvh_query_aabb(var_bvh, var_48, var_53, var_52);
        // item = int(-1)                                                                         <L 64>
        var_55 = wp::int(var_54);
        // while wp.bvh_query_next(query, item):                                                  <L 65>
        // out[tid] = total                                                                       <L 67>
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[tid] = total                                                                  <L 67>
        start_while_6:;
        var_56 = wp::bvh_query_next(var_51, var_55, var_57);
        if ((var_56) == false) goto end_while_6;
        adj_58 = {};
            // total += item                                                                      <L 66>
            var_58 = wp::add(var_2, var_55);
            wp::assign(var_2, var_58);
            wp::adj_assign(var_2, var_58, adj_2, adj_58);
            wp::adj_add(var_2, var_55, adj_2, adj_55, adj_58);
            // adj: total += item                                                                 <L 66>
        goto start_while_6;
        end_while_6:;
        // adj: while wp.bvh_query_next(query, item):                                             <L 65>
        // adj: item = int(-1)                                                                    <L 64>
        wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_50);
        wp::adj_mul(var_49, var_47, adj_46, adj_47, adj_48);
        wp::adj_float(var_45, adj_45, adj_47);
        wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_46);
        // adj: query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                       <L 63>
        start_while_4:;
        var_42 = wp::bvh_query_next(var_37, var_41, var_43);
        if ((var_42) == false) goto end_while_4;
        adj_44 = {};
            // total += item                                                                      <L 66>
            var_44 = wp::add(var_2, var_41);
            wp::assign(var_2, var_44);
            wp::adj_assign(var_2, var_44, adj_2, adj_44);
            wp::adj_add(var_2, var_41, adj_2, adj_41, adj_44);
            // adj: total += item                                                                 <L 66>
        goto start_while_4;
        end_while_4:;
        // adj: while wp.bvh_query_next(query, item):                                             <L 65>
        // adj: item = int(-1)                                                                    <L 64>
        wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_36);
        wp::adj_mul(var_35, var_33, adj_32, adj_33, adj_34);
        wp::adj_float(var_31, adj_31, adj_33);
        wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_32);
        // adj: query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                       <L 63>
        start_while_2:;
        var_28 = wp::bvh_query_next(var_23, var_27, var_29);
        if ((var_28) == false) goto end_while_2;
        adj_30 = {};
            // total += item                                                                      <L 66>
            var_30 = wp::add(var_2, var_27);
            wp::assign(var_2, var_30);
            wp::adj_assign(var_2, var_30, adj_2, adj_30);
            wp::adj_add(var_2, var_27, adj_2, adj_27, adj_30);
            // adj: total += item                                                                 <L 66>
        goto start_while_2;
        end_while_2:;
        // adj: while wp.bvh_query_next(query, item):                                             <L 65>
        // adj: item = int(-1)                                                                    <L 64>
        wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_22);
        wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
        wp::adj_float(var_17, adj_17, adj_19);
        wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_18);
        // adj: query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                       <L 63>
        start_while_0:;
        var_14 = wp::bvh_query_next(var_9, var_13, var_15);
        if ((var_14) == false) goto end_while_0;
        adj_16 = {};
            // total += item                                                                      <L 66>
            var_16 = wp::add(var_2, var_13);
            wp::assign(var_2, var_16);
            wp::adj_assign(var_2, var_16, adj_2, adj_16);
            wp::adj_add(var_2, var_13, adj_2, adj_13, adj_16);
            // adj: total += item                                                                 <L 66>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, item):                                             <L 65>
        // adj: item = int(-1)                                                                    <L 64>
        wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_8);
        wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_3, adj_3, adj_5);
        wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_4);
        // adj: query = wp.bvh_query_aabb(bvh, lo[tid] * float(k), hi[tid])                       <L 63>
        // adj: for k in range(4):                                                                <L 62>
        // adj: total = int(0)                                                                    <L 61>
        // adj: tid = wp.tid()                                                                    <L 60>
        // adj: def bvh_in_loop(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), out: wp.array(dtype=int)):  <L 59>
        continue;
    }
}

