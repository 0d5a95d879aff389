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



extern "C" __global__ void claim_2d_42969552_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int64> var_owner,
    wp::array_t<wp::float32> var_grid,
    wp::int64 var_n)
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
        wp::int64 var_2;
        wp::int64 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):       <L 13>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                     <L 15>
        var_2 = -1ll;
        var_3 = wp::atomic_cas(var_owner, var_0, var_1, var_2, var_n);
        // grid[i, j] = float(prev)                                                               <L 16>
        var_4 = wp::float(var_3);
        wp::array_store(var_grid, var_0, var_1, var_4);
    }
}



extern "C" __global__ void claim_2d_42969552_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int64> var_owner,
    wp::array_t<wp::float32> var_grid,
    wp::int64 var_n,
    wp::array_t<wp::int64> adj_owner,
    wp::array_t<wp::float32> adj_grid,
    wp::int64 adj_n)
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
        wp::int64 var_2;
        wp::int64 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int64 adj_2 = {};
        wp::int64 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):       <L 13>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                     <L 15>
        var_2 = -1ll;
        // var_3 = wp::atomic_cas(var_owner, var_0, var_1, var_2, var_n);
        // grid[i, j] = float(prev)                                                               <L 16>
        var_4 = wp::float(var_3);
        // wp::array_store(var_grid, var_0, var_1, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_grid, var_0, var_1, var_4, adj_grid, adj_0, adj_1, adj_4);
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: grid[i, j] = float(prev)                                                          <L 16>
        // adj: prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                <L 15>
        // adj: i, j = wp.tid()                                                                   <L 14>
        // adj: def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):  <L 13>
        continue;
    }
}



extern "C" __global__ void cas_float_6e3f1bfa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::uint32> var_y)
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
        const wp::float32 var_1 = 0.0;
        const wp::float32 var_2 = 1.5;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::uint32 var_7;
        const wp::int32 var_8 = 7;
        wp::uint32 var_9;
        wp::uint32 var_10;
        const wp::float32 var_11 = 2.0;
        wp::float32 var_12;
        //---------
        // forward
        // def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):               <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // old = wp.atomic_cas(x, i, 0.0, 1.5)                                                    <L 22>
        var_3 = wp::atomic_cas(var_x, var_0, var_1, var_2);
        // wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                                  <L 23>
        var_7 = wp::uint32(var_6);
        var_9 = wp::uint32(var_8);
        var_10 = wp::atomic_cas(var_y, var_0, var_4, var_5, var_7, var_9);
        // x[i] = old * 2.0                                                                       <L 24>
        var_12 = wp::mul(var_3, var_11);
        wp::array_store(var_x, var_0, var_12);
    }
}



extern "C" __global__ void cas_float_6e3f1bfa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::uint32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::uint32> adj_y)
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
        const wp::float32 var_1 = 0.0;
        const wp::float32 var_2 = 1.5;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::uint32 var_7;
        const wp::int32 var_8 = 7;
        wp::uint32 var_9;
        wp::uint32 var_10;
        const wp::float32 var_11 = 2.0;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::uint32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):               <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // old = wp.atomic_cas(x, i, 0.0, 1.5)                                                    <L 22>
        // var_3 = wp::atomic_cas(var_x, var_0, var_1, var_2);
        // wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                                  <L 23>
        var_7 = wp::uint32(var_6);
        var_9 = wp::uint32(var_8);
        // var_10 = wp::atomic_cas(var_y, var_0, var_4, var_5, var_7, var_9);
        // x[i] = old * 2.0                                                                       <L 24>
        var_12 = wp::mul(var_3, var_11);
        // wp::array_store(var_x, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_12, adj_x, adj_0, adj_12);
        wp::adj_mul(var_3, var_11, adj_3, adj_11, adj_12);
        // adj: x[i] = old * 2.0                                                                  <L 24>
        // adj: wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                             <L 23>
        // adj: old = wp.atomic_cas(x, i, 0.0, 1.5)                                               <L 22>
        // adj: i = wp.tid()                                                                      <L 21>
        // adj: def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):          <L 20>
        continue;
    }
}



extern "C" __global__ void mark_first_visit_b0cad07a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_cells,
    wp::array_t<wp::int32> var_visited,
    wp::array_t<wp::int32> var_unique)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // forward
        // def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // c = cells[i]                                                                           <L 7>
        var_1 = wp::address(var_cells, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if wp.atomic_cas(visited, c, 0, 1) == 0:                                               <L 8>
        var_6 = wp::atomic_cas(var_visited, var_2, var_4, var_5);
        var_8 = (var_6 == var_7);
        if (var_8) {
            // wp.atomic_add(unique, 0, 1)                                                        <L 9>
            var_11 = wp::atomic_add(var_unique, var_9, var_10);
        }
    }
}



extern "C" __global__ void mark_first_visit_b0cad07a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_cells,
    wp::array_t<wp::int32> var_visited,
    wp::array_t<wp::int32> var_unique,
    wp::array_t<wp::int32> adj_cells,
    wp::array_t<wp::int32> adj_visited,
    wp::array_t<wp::int32> adj_unique)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        //---------
        // forward
        // def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // c = cells[i]                                                                           <L 7>
        var_1 = wp::address(var_cells, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if wp.atomic_cas(visited, c, 0, 1) == 0:                                               <L 8>
        // var_6 = wp::atomic_cas(var_visited, var_2, var_4, var_5);
        var_8 = (var_6 == var_7);
        if (var_8) {
            // wp.atomic_add(unique, 0, 1)                                                        <L 9>
            // var_11 = wp::atomic_add(var_unique, var_9, var_10);
        }
        //---------
        // reverse
        if (var_8) {
            wp::adj_atomic_add(var_unique, var_9, var_10, adj_unique, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(unique, 0, 1)                                                   <L 9>
        }
        // adj: if wp.atomic_cas(visited, c, 0, 1) == 0:                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_cells, var_0, adj_cells, adj_0, adj_1);
        // adj: c = cells[i]                                                                      <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):  <L 5>
        continue;
    }
}

