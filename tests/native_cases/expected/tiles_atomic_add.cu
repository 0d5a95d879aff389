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



extern "C" __global__ void grid_add_9c5b5a6a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_prev)
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
        const wp::int32 var_1 = 16;
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 16;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 16;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_15 = 0;
        const bool var_16 = true;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 16;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        //---------
        // forward
        // def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                 <L 21>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_5, var_9);
        // wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                        <L 22>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::tuple(var_11, var_12);
        var_14 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_11, var_15, var_8);
        // p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                                 <L 23>
        var_17 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_18, var_19, var_8);
        // wp.tile_store(prev, p, offset=(i * 16, 0))                                             <L 24>
        var_21 = wp::mul(var_0, var_20);
        var_23 = wp::tuple(var_21, var_22);
        wp::tile_store<wp::float32, true, false>(var_prev, var_21, var_24, var_17);
    }
}



extern "C" __global__ void grid_add_9c5b5a6a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_prev,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_grid,
    wp::array_t<wp::float32> adj_prev)
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
        const wp::int32 var_1 = 16;
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 16;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 16;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_15 = 0;
        const bool var_16 = true;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 16;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_8{};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_14{};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_17{};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                 <L 21>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_5, var_9);
        // wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                        <L 22>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::tuple(var_11, var_12);
        // var_14 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_11, var_15, var_8);
        // p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                                 <L 23>
        // var_17 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_18, var_19, var_8);
        // wp.tile_store(prev, p, offset=(i * 16, 0))                                             <L 24>
        var_21 = wp::mul(var_0, var_20);
        var_23 = wp::tuple(var_21, var_22);
        // wp::tile_store<wp::float32, true, false>(var_prev, var_21, var_24, var_17);
        //---------
        // reverse
        wp::adj_tile_store(var_prev, var_21, var_24, var_17, adj_prev, adj_21, adj_24, adj_17);
        wp::adj_mul(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: wp.tile_store(prev, p, offset=(i * 16, 0))                                        <L 24>
        wp::adj_tile_atomic_add(var_grid, var_18, var_19, var_8, adj_grid, adj_18, adj_19, adj_8, adj_17);
        // adj: p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                            <L 23>
        wp::adj_tile_atomic_add(var_grid, var_11, var_15, var_8, adj_grid, adj_11, adj_15, adj_8, adj_14);
        wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                   <L 22>
        wp::adj_tile_load(var_a, var_5, var_9, adj_a, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                            <L 21>
        // adj: i = wp.tid()                                                                      <L 20>
        // adj: def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):  <L 19>
        continue;
    }
}



extern "C" __global__ void shared_counts_eefb3885_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_c,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_6 = 0;
        //---------
        // forward
        // def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):                <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                     <L 30>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::tile_load<wp::int32, true, false, 16>(var_c, var_2);
        // wp.tile_atomic_add(counts, t)                                                          <L 31>
        var_5 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_6, var_4);
    }
}



extern "C" __global__ void shared_counts_eefb3885_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_c,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> adj_c,
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_6 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::str adj_3 = {};
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):                <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                     <L 30>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::tile_load<wp::int32, true, false, 16>(var_c, var_2);
        // wp.tile_atomic_add(counts, t)                                                          <L 31>
        // var_5 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_6, var_4);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_counts, var_6, var_4, adj_counts, adj_6, adj_4, adj_5);
        // adj: wp.tile_atomic_add(counts, t)                                                     <L 31>
        wp::adj_tile_load(var_c, var_2, adj_c, adj_2, adj_4);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):           <L 28>
        continue;
    }
}



extern "C" __global__ void total_f778d3b4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_sums)
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_9 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_11;
        const bool var_12 = false;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        //---------
        // forward
        // def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // wp.tile_atomic_add(sums, wp.tile_sum(t))                                               <L 13>
        var_4 = wp::tile_sum(var_3);
        var_5 = wp::tile_atomic_add<wp::float32, true>(var_sums, var_6, var_4);
        // wp.tile_atomic_add(out, t, offset=i * TILE)                                            <L 14>
        var_7 = wp::mul(var_0, var_1);
        var_8 = wp::tile_atomic_add<wp::float32, true>(var_out, var_7, var_3);
        // wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                      <L 15>
        var_10 = wp::tile_mul(var_3, var_9);
        var_11 = wp::mul(var_0, var_1);
        var_13 = wp::tile_atomic_add<wp::float32, false>(var_out, var_11, var_10);
    }
}



extern "C" __global__ void total_f778d3b4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::float32> adj_sums)
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_9 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_11;
        const bool var_12 = false;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_5{};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
        wp::float32 adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_13{};
        //---------
        // forward
        // def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // wp.tile_atomic_add(sums, wp.tile_sum(t))                                               <L 13>
        var_4 = wp::tile_sum(var_3);
        // var_5 = wp::tile_atomic_add<wp::float32, true>(var_sums, var_6, var_4);
        // wp.tile_atomic_add(out, t, offset=i * TILE)                                            <L 14>
        var_7 = wp::mul(var_0, var_1);
        // var_8 = wp::tile_atomic_add<wp::float32, true>(var_out, var_7, var_3);
        // wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                      <L 15>
        var_10 = wp::tile_mul(var_3, var_9);
        var_11 = wp::mul(var_0, var_1);
        // var_13 = wp::tile_atomic_add<wp::float32, false>(var_out, var_11, var_10);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_out, var_11, var_10, adj_out, adj_11, adj_10, adj_13);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_11);
        wp::adj_tile_mul(var_3, var_9, adj_3, adj_9, adj_10);
        // adj: wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                 <L 15>
        wp::adj_tile_atomic_add(var_out, var_7, var_3, adj_out, adj_7, adj_3, adj_8);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_7);
        // adj: wp.tile_atomic_add(out, t, offset=i * TILE)                                       <L 14>
        wp::adj_tile_atomic_add(var_sums, var_6, var_4, adj_sums, adj_6, adj_4, adj_5);
        wp::adj_tile_sum(var_3, adj_3, adj_4);
        // adj: wp.tile_atomic_add(sums, wp.tile_sum(t))                                          <L 13>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):  <L 10>
        continue;
    }
}

