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


// warpsynth/query_hash_grid.py:9
static CUDA_CALLABLE wp::float32 density_kernel_0(
    wp::vec_t<3, wp::float32> var_xyz,
    wp::float32 var_smoothing_length)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    //---------
    // forward
    // def density_kernel(xyz: wp.vec3, smoothing_length: float):                             <L 10>
    // distance_sq = wp.dot(xyz, xyz)                                                         <L 11>
    var_0 = wp::dot(var_xyz, var_xyz);
    // return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)                  <L 12>
    var_1 = wp::mul(var_smoothing_length, var_smoothing_length);
    var_2 = wp::sub(var_1, var_0);
    var_4 = wp::max(var_2, var_3);
    return var_4;
}


// warpsynth/query_hash_grid.py:9
static CUDA_CALLABLE void adj_density_kernel_0(
    wp::vec_t<3, wp::float32> var_xyz,
    wp::float32 var_smoothing_length,
    wp::vec_t<3, wp::float32> & adj_xyz,
    wp::float32 & adj_smoothing_length,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def density_kernel(xyz: wp.vec3, smoothing_length: float):                             <L 10>
    // distance_sq = wp.dot(xyz, xyz)                                                         <L 11>
    var_0 = wp::dot(var_xyz, var_xyz);
    // return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)                  <L 12>
    var_1 = wp::mul(var_smoothing_length, var_smoothing_length);
    var_2 = wp::sub(var_1, var_0);
    var_4 = wp::max(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_max(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_mul(var_smoothing_length, var_smoothing_length, adj_smoothing_length, adj_smoothing_length, adj_1);
    // adj: return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)             <L 12>
    wp::adj_dot(var_xyz, var_xyz, adj_xyz, adj_xyz, adj_0);
    // adj: distance_sq = wp.dot(xyz, xyz)                                                    <L 11>
    // adj: def density_kernel(xyz: wp.vec3, smoothing_length: float):                        <L 10>
    return;
}



extern "C" __global__ void compute_density_1d5e9ae9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_rho,
    wp::float32 var_smoothing_length)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::hash_grid_query_f var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def compute_density(                                                                   <L 16>
        // tid = wp.tid()                                                                         <L 22>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 24>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = float(0.0)                                                                       <L 25>
        var_6 = wp::float(var_5);
        // neighbors = wp.hash_grid_query(grid, x, smoothing_length)                              <L 26>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
        // for index in neighbors:                                                                <L 27>
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // distance = x - particle_x[index]                                                   <L 28>
            var_9 = wp::address(var_particle_x, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_3, var_11);
            // rho += density_kernel(distance, smoothing_length)                                  <L 29>
            var_12 = density_kernel_0(var_10, var_smoothing_length);
            var_13 = wp::add(var_6, var_12);
            wp::assign(var_6, var_13);
            goto start_for_0;
        end_for_0:;
        // particle_rho[i] = rho                                                                  <L 30>
        wp::array_store(var_particle_rho, var_1, var_6);
    }
}



extern "C" __global__ void compute_density_1d5e9ae9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_rho,
    wp::float32 var_smoothing_length,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_particle_rho,
    wp::float32 adj_smoothing_length)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::hash_grid_query_f var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::hash_grid_query_f adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def compute_density(                                                                   <L 16>
        // tid = wp.tid()                                                                         <L 22>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 24>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = float(0.0)                                                                       <L 25>
        var_6 = wp::float(var_5);
        // neighbors = wp.hash_grid_query(grid, x, smoothing_length)                              <L 26>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
        // for index in neighbors:                                                                <L 27>
        // particle_rho[i] = rho                                                                  <L 30>
        // wp::array_store(var_particle_rho, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_particle_rho, var_1, var_6, adj_particle_rho, adj_1, adj_6);
        // adj: particle_rho[i] = rho                                                             <L 30>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
            // distance = x - particle_x[index]                                                   <L 28>
            var_9 = wp::address(var_particle_x, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_3, var_11);
            // rho += density_kernel(distance, smoothing_length)                                  <L 29>
            var_12 = density_kernel_0(var_10, var_smoothing_length);
            var_13 = wp::add(var_6, var_12);
            wp::assign(var_6, var_13);
            wp::adj_assign(var_6, var_13, adj_6, adj_13);
            wp::adj_add(var_6, var_12, adj_6, adj_12, adj_13);
            adj_density_kernel_0(var_10, var_smoothing_length, adj_10, adj_smoothing_length, adj_12);
            // adj: rho += density_kernel(distance, smoothing_length)                             <L 29>
            wp::adj_sub(var_3, var_11, adj_3, adj_9, adj_10);
            wp::adj_address(var_particle_x, var_8, adj_particle_x, adj_8, adj_9);
            // adj: distance = x - particle_x[index]                                              <L 28>
        	goto start_for_0;
        end_for_0:;
        // adj: for index in neighbors:                                                           <L 27>
        // adj: neighbors = wp.hash_grid_query(grid, x, smoothing_length)                         <L 26>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: rho = float(0.0)                                                                  <L 25>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
        // adj: x = particle_x[i]                                                                 <L 24>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 23>
        // adj: tid = wp.tid()                                                                    <L 22>
        // adj: def compute_density(                                                              <L 16>
        continue;
    }
}



extern "C" __global__ void nearest_double_28e88fd7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_out)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::float64 var_4;
        wp::hash_grid_query_d var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        //---------
        // forward
        // def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 60>
        // tid = wp.tid()                                                                         <L 61>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 62>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // best = r                                                                               <L 63>
        var_4 = wp::copy(var_r);
        // query = wp.hash_grid_query(grid, p, r)                                                 <L 64>
        var_5 = wp::hash_grid_query(var_grid, var_2, var_r);
        // j = int(0)                                                                             <L 65>
        var_7 = wp::int(var_6);
        // while wp.hash_grid_query_next(query, j):                                               <L 66>
        start_while_0:;
        var_8 = wp::hash_grid_query_next(var_5, var_7);
        if ((var_8) == false) goto end_while_0;
            // best = wp.min(best, wp.length(x[j] - p))                                           <L 67>
            var_9 = wp::address(var_x, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_11, var_2);
            var_12 = wp::length(var_10);
            var_13 = wp::min(var_4, var_12);
            wp::assign(var_4, var_13);
        goto start_while_0;
        end_while_0:;
        // out[tid] = best                                                                        <L 68>
        wp::array_store(var_out, var_0, var_4);
    }
}



extern "C" __global__ void nearest_double_28e88fd7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::float64 var_r,
    wp::array_t<wp::float64> var_out,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x,
    wp::float64 adj_r,
    wp::array_t<wp::float64> adj_out)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64> var_2;
        wp::vec_t<3, wp::float64> var_3;
        wp::float64 var_4;
        wp::hash_grid_query_d var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::vec_t<3, wp::float64> adj_3 = {};
        wp::float64 adj_4 = {};
        wp::hash_grid_query_d adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<3, wp::float64> adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        //---------
        // forward
        // def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 60>
        // tid = wp.tid()                                                                         <L 61>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 62>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // best = r                                                                               <L 63>
        var_4 = wp::copy(var_r);
        // query = wp.hash_grid_query(grid, p, r)                                                 <L 64>
        var_5 = wp::hash_grid_query(var_grid, var_2, var_r);
        // j = int(0)                                                                             <L 65>
        var_7 = wp::int(var_6);
        // while wp.hash_grid_query_next(query, j):                                               <L 66>
        // out[tid] = best                                                                        <L 68>
        // wp::array_store(var_out, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
        // adj: out[tid] = best                                                                   <L 68>
        start_while_0:;
        var_8 = wp::hash_grid_query_next(var_5, var_7);
        if ((var_8) == false) goto end_while_0;
        adj_9 = {};
        adj_10 = {};
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
            // best = wp.min(best, wp.length(x[j] - p))                                           <L 67>
            var_9 = wp::address(var_x, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_11, var_2);
            var_12 = wp::length(var_10);
            var_13 = wp::min(var_4, var_12);
            wp::assign(var_4, var_13);
            wp::adj_assign(var_4, var_13, adj_4, adj_13);
            wp::adj_min(var_4, var_12, adj_4, adj_12, adj_13);
            wp::adj_length(var_10, var_12, adj_10, adj_12);
            wp::adj_sub(var_11, var_2, adj_9, adj_2, adj_10);
            wp::adj_address(var_x, var_7, adj_x, adj_7, adj_9);
            // adj: best = wp.min(best, wp.length(x[j] - p))                                      <L 67>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.hash_grid_query_next(query, j):                                          <L 66>
        // adj: j = int(0)                                                                        <L 65>
        // adj: query = wp.hash_grid_query(grid, p, r)                                            <L 64>
        wp::adj_copy(var_r, adj_r, adj_4);
        // adj: best = r                                                                          <L 63>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 62>
        // adj: tid = wp.tid()                                                                    <L 61>
        // adj: def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):  <L 60>
        continue;
    }
}



extern "C" __global__ void count_grouped_867915ef_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_groups,
    wp::array_t<wp::int32> var_counts)
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
        wp::vec_t<3, wp::float32>* var_3;
        const wp::float32 var_4 = 0.5;
        wp::int32* var_5;
        wp::hash_grid_query_f var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // forward
        // def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):       <L 51>
        // tid = wp.tid()                                                                         <L 52>
        var_0 = builtin_tid1d();
        // n = int(0)                                                                             <L 53>
        var_2 = wp::int(var_1);
        // for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                           <L 54>
        var_3 = wp::address(var_x, var_0);
        var_5 = wp::address(var_groups, var_0);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_5);
        var_6 = wp::hash_grid_query(var_grid, var_7, var_4, var_8);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_6);
            // n += 1                                                                             <L 55>
            var_11 = wp::add(var_2, var_10);
            wp::assign(var_2, var_11);
            goto start_for_0;
        end_for_0:;
        // counts[tid] = n                                                                        <L 56>
        wp::array_store(var_counts, var_0, var_2);
    }
}



extern "C" __global__ void count_grouped_867915ef_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_groups,
    wp::array_t<wp::int32> var_counts,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::int32> adj_groups,
    wp::array_t<wp::int32> adj_counts)
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
        wp::vec_t<3, wp::float32>* var_3;
        const wp::float32 var_4 = 0.5;
        wp::int32* var_5;
        wp::hash_grid_query_f var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::hash_grid_query_f adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        //---------
        // forward
        // def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):       <L 51>
        // tid = wp.tid()                                                                         <L 52>
        var_0 = builtin_tid1d();
        // n = int(0)                                                                             <L 53>
        var_2 = wp::int(var_1);
        // for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                           <L 54>
        var_3 = wp::address(var_x, var_0);
        var_5 = wp::address(var_groups, var_0);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_5);
        var_6 = wp::hash_grid_query(var_grid, var_7, var_4, var_8);
        // counts[tid] = n                                                                        <L 56>
        // wp::array_store(var_counts, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_2, adj_counts, adj_0, adj_2);
        // adj: counts[tid] = n                                                                   <L 56>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_6);
        	adj_10 = {};
        	adj_11 = {};
            // n += 1                                                                             <L 55>
            var_11 = wp::add(var_2, var_10);
            wp::assign(var_2, var_11);
            wp::adj_assign(var_2, var_11, adj_2, adj_11);
            wp::adj_add(var_2, var_10, adj_2, adj_10, adj_11);
            // adj: n += 1                                                                        <L 55>
        	goto start_for_0;
        end_for_0:;
        wp::adj_address(var_groups, var_0, adj_groups, adj_0, adj_5);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
        // adj: for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                      <L 54>
        // adj: n = int(0)                                                                        <L 53>
        // adj: tid = wp.tid()                                                                    <L 52>
        // adj: def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):  <L 51>
        continue;
    }
}



extern "C" __global__ void repulsion_a45c81c2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::float32 var_k)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 0.25;
        wp::hash_grid_query_f var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::float32 var_20 = 1e-06;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 36>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x_i = x[i]                                                                             <L 37>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // force = wp.vec3()                                                                      <L 38>
        var_5 = wp::vec_t<3, wp::float32>();
        // query = wp.hash_grid_query(grid, x_i, RADIUS)                                          <L 39>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_6);
        // index = int(0)                                                                         <L 40>
        var_9 = wp::int(var_8);
        // while wp.hash_grid_query_next(query, index):                                           <L 41>
        start_while_0:;
        var_10 = wp::hash_grid_query_next(var_7, var_9);
        if ((var_10) == false) goto end_while_0;
            // if index != i:                                                                     <L 42>
            var_11 = (var_9 != var_1);
            if (var_11) {
                // d = x_i - x[index]                                                             <L 43>
                var_12 = wp::address(var_x, var_9);
                var_14 = wp::load(var_12);
                var_13 = wp::sub(var_3, var_14);
                // dist = wp.length(d)                                                            <L 44>
                var_15 = wp::length(var_13);
                // if dist < RADIUS:                                                              <L 45>
                var_16 = (var_15 < var_6);
                if (var_16) {
                    // force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                         <L 46>
                    var_17 = wp::sub(var_6, var_15);
                    var_18 = wp::mul(var_k, var_17);
                    var_19 = wp::mul(var_18, var_13);
                    var_21 = wp::add(var_15, var_20);
                    var_22 = wp::div(var_19, var_21);
                    var_23 = wp::add(var_5, var_22);
                }
                var_24 = wp::where(var_16, var_23, var_5);
            }
            var_25 = wp::where(var_11, var_24, var_5);
            wp::assign(var_5, var_25);
        goto start_while_0;
        end_while_0:;
        // f[i] = force                                                                           <L 47>
        wp::array_store(var_f, var_1, var_5);
    }
}



extern "C" __global__ void repulsion_a45c81c2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::float32 var_k,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::float32 adj_k)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 0.25;
        wp::hash_grid_query_f var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::float32 var_20 = 1e-06;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::hash_grid_query_f adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):       <L 34>
        // tid = wp.tid()                                                                         <L 35>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 36>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x_i = x[i]                                                                             <L 37>
        var_2 = wp::address(var_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // force = wp.vec3()                                                                      <L 38>
        var_5 = wp::vec_t<3, wp::float32>();
        // query = wp.hash_grid_query(grid, x_i, RADIUS)                                          <L 39>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_6);
        // index = int(0)                                                                         <L 40>
        var_9 = wp::int(var_8);
        // while wp.hash_grid_query_next(query, index):                                           <L 41>
        // f[i] = force                                                                           <L 47>
        // wp::array_store(var_f, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_1, var_5, adj_f, adj_1, adj_5);
        // adj: f[i] = force                                                                      <L 47>
        start_while_0:;
        var_10 = wp::hash_grid_query_next(var_7, var_9);
        if ((var_10) == false) goto end_while_0;
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
            // if index != i:                                                                     <L 42>
            var_11 = (var_9 != var_1);
            if (var_11) {
                // d = x_i - x[index]                                                             <L 43>
                var_12 = wp::address(var_x, var_9);
                var_14 = wp::load(var_12);
                var_13 = wp::sub(var_3, var_14);
                // dist = wp.length(d)                                                            <L 44>
                var_15 = wp::length(var_13);
                // if dist < RADIUS:                                                              <L 45>
                var_16 = (var_15 < var_6);
                if (var_16) {
                    // force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                         <L 46>
                    var_17 = wp::sub(var_6, var_15);
                    var_18 = wp::mul(var_k, var_17);
                    var_19 = wp::mul(var_18, var_13);
                    var_21 = wp::add(var_15, var_20);
                    var_22 = wp::div(var_19, var_21);
                    var_23 = wp::add(var_5, var_22);
                }
                var_24 = wp::where(var_16, var_23, var_5);
            }
            var_25 = wp::where(var_11, var_24, var_5);
            wp::assign(var_5, var_25);
            wp::adj_assign(var_5, var_25, adj_5, adj_25);
            wp::adj_where(var_11, var_24, var_5, adj_11, adj_24, adj_5, adj_25);
            if (var_11) {
                wp::adj_where(var_16, var_23, var_5, adj_16, adj_23, adj_5, adj_24);
                if (var_16) {
                    wp::adj_add(var_5, var_22, adj_5, adj_22, adj_23);
                    wp::adj_div(var_19, var_21, adj_19, adj_21, adj_22);
                    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
                    wp::adj_mul(var_18, var_13, adj_18, adj_13, adj_19);
                    wp::adj_mul(var_k, var_17, adj_k, adj_17, adj_18);
                    wp::adj_sub(var_6, var_15, adj_6, adj_15, adj_17);
                    // adj: force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                    <L 46>
                }
                // adj: if dist < RADIUS:                                                         <L 45>
                wp::adj_length(var_13, var_15, adj_13, adj_15);
                // adj: dist = wp.length(d)                                                       <L 44>
                wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
                wp::adj_address(var_x, var_9, adj_x, adj_9, adj_12);
                // adj: d = x_i - x[index]                                                        <L 43>
            }
            // adj: if index != i:                                                                <L 42>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.hash_grid_query_next(query, index):                                      <L 41>
        // adj: index = int(0)                                                                    <L 40>
        // adj: query = wp.hash_grid_query(grid, x_i, RADIUS)                                     <L 39>
        // adj: force = wp.vec3()                                                                 <L 38>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_x, var_1, adj_x, adj_1, adj_2);
        // adj: x_i = x[i]                                                                        <L 37>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 36>
        // adj: tid = wp.tid()                                                                    <L 35>
        // adj: def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):  <L 34>
        continue;
    }
}

