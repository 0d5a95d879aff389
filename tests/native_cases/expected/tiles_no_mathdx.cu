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



extern "C" __global__ void gemm_42fdbc7b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c)
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
        const wp::int32 var_2 = 16;
        const wp::int32 var_3 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 16;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_8;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 8;
        const wp::int32 var_12 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 16;
        wp::int32 var_16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_19 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        const wp::float32 var_24 = 1.0;
        const wp::float32 var_25 = 0.0;
        const wp::int32 var_26 = 16;
        wp::int32 var_27;
        const wp::int32 var_28 = 16;
        wp::int32 var_29;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        //---------
        // forward
        // def gemm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):       <L 10>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // ta = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                <L 12>
        var_4 = wp::tuple(var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::tuple(var_6, var_7);
        var_9 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_6, var_10);
        // tb = wp.tile_load(b, shape=(8, 16), offset=(0, j * 16))                                <L 13>
        var_13 = wp::tuple(var_11, var_12);
        var_16 = wp::mul(var_1, var_15);
        var_17 = wp::tuple(var_14, var_16);
        var_18 = wp::tile_load<wp::float32, true, false, 8, 16>(var_b, var_19, var_16);
        // wp.tile_store(c, wp.tile_matmul(ta, tb), offset=(i * 16, j * 16))                      <L 14>
        var_20 = wp::tile_matmul(var_21, var_22, var_23, var_9, var_18, var_20, var_24, var_25);
        var_27 = wp::mul(var_0, var_26);
        var_29 = wp::mul(var_1, var_28);
        var_30 = wp::tuple(var_27, var_29);
        wp::tile_store<wp::float32, true, false>(var_c, var_27, var_29, var_20);
    }
}



extern "C" __global__ void gemm_42fdbc7b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_c)
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
        const wp::int32 var_2 = 16;
        const wp::int32 var_3 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 16;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_8;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 8;
        const wp::int32 var_12 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 16;
        wp::int32 var_16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_19 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 0;
        const wp::float32 var_24 = 1.0;
        const wp::float32 var_25 = 0.0;
        const wp::int32 var_26 = 16;
        wp::int32 var_27;
        const wp::int32 var_28 = 16;
        wp::int32 var_29;
        wp::tuple_t<wp::int32, wp::int32> var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true>& adj_9 = var_9;
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_18 = var_18;
        wp::int32 adj_19 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true>& adj_20 = var_20;
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
        //---------
        // forward
        // def gemm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):       <L 10>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // ta = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                <L 12>
        var_4 = wp::tuple(var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::tuple(var_6, var_7);
        var_9 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_6, var_10);
        // tb = wp.tile_load(b, shape=(8, 16), offset=(0, j * 16))                                <L 13>
        var_13 = wp::tuple(var_11, var_12);
        var_16 = wp::mul(var_1, var_15);
        var_17 = wp::tuple(var_14, var_16);
        var_18 = wp::tile_load<wp::float32, true, false, 8, 16>(var_b, var_19, var_16);
        // wp.tile_store(c, wp.tile_matmul(ta, tb), offset=(i * 16, j * 16))                      <L 14>
        var_20 = wp::tile_matmul(var_21, var_22, var_23, var_9, var_18, var_20, var_24, var_25);
        var_27 = wp::mul(var_0, var_26);
        var_29 = wp::mul(var_1, var_28);
        var_30 = wp::tuple(var_27, var_29);
        // wp::tile_store<wp::float32, true, false>(var_c, var_27, var_29, var_20);
        //---------
        // reverse
        wp::adj_tile_store(var_c, var_27, var_29, var_20, adj_c, adj_27, adj_29, adj_20);
        wp::adj_mul(var_1, var_28, adj_1, adj_28, adj_29);
        wp::adj_mul(var_0, var_26, adj_0, adj_26, adj_27);
        wp::adj_tile_matmul(var_21, var_22, var_23, var_9, var_18, var_20, var_24, var_25, adj_21, adj_22, adj_23, adj_9, adj_18, adj_20, adj_24, adj_25, adj_20);
        // adj: wp.tile_store(c, wp.tile_matmul(ta, tb), offset=(i * 16, j * 16))                 <L 14>
        wp::adj_tile_load(var_b, var_19, var_16, adj_b, adj_19, adj_16, adj_18);
        wp::adj_mul(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: tb = wp.tile_load(b, shape=(8, 16), offset=(0, j * 16))                           <L 13>
        wp::adj_tile_load(var_a, var_6, var_10, adj_a, adj_6, adj_10, adj_9);
        wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: ta = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                           <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def gemm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):  <L 10>
        continue;
    }
}



extern "C" __global__ void solve_49d1633d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_y,
    wp::array_t<wp::float64> var_x)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 8;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 8;
        const wp::int32 var_11 = 8;
        wp::int32 var_12;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_14 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_18 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
        //---------
        // forward
        // def solve(A: wp.array2d(dtype=wp.float64), y: wp.array1d(dtype=wp.float64), x: wp.array1d(dtype=wp.float64)):       <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(8, 8), offset=(i * 8, 0))                                   <L 20>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_5, var_9);
        // b = wp.tile_load(y, shape=8, offset=i * 8)                                             <L 21>
        var_12 = wp::mul(var_0, var_11);
        var_13 = wp::tile_load<wp::float64, true, false, 8>(var_y, var_12);
        // L = wp.tile_cholesky(a)                                                                <L 22>
        var_14 = wp::tile_cholesky<false>(var_15, var_16, var_17, var_8, var_14);
        // wp.tile_store(x, wp.tile_cholesky_solve(L, b), offset=i * 8)                           <L 23>
        var_18 = wp::tile_cholesky_solve<false>(var_19, var_14, var_13, var_18);
        var_21 = wp::mul(var_0, var_20);
        wp::tile_store<wp::float64, true, false>(var_x, var_21, var_18);
    }
}



extern "C" __global__ void solve_49d1633d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_y,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> adj_A,
    wp::array_t<wp::float64> adj_y,
    wp::array_t<wp::float64> adj_x)
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
        const wp::int32 var_1 = 8;
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 8;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 8;
        const wp::int32 var_11 = 8;
        wp::int32 var_12;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_14 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_18 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
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
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_13 = var_13;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_14 = var_14;
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_18 = var_18;
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def solve(A: wp.array2d(dtype=wp.float64), y: wp.array1d(dtype=wp.float64), x: wp.array1d(dtype=wp.float64)):       <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(8, 8), offset=(i * 8, 0))                                   <L 20>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 8, 8>(var_A, var_5, var_9);
        // b = wp.tile_load(y, shape=8, offset=i * 8)                                             <L 21>
        var_12 = wp::mul(var_0, var_11);
        var_13 = wp::tile_load<wp::float64, true, false, 8>(var_y, var_12);
        // L = wp.tile_cholesky(a)                                                                <L 22>
        var_14 = wp::tile_cholesky<false>(var_15, var_16, var_17, var_8, var_14);
        // wp.tile_store(x, wp.tile_cholesky_solve(L, b), offset=i * 8)                           <L 23>
        var_18 = wp::tile_cholesky_solve<false>(var_19, var_14, var_13, var_18);
        var_21 = wp::mul(var_0, var_20);
        // wp::tile_store<wp::float64, true, false>(var_x, var_21, var_18);
        //---------
        // reverse
        wp::adj_tile_store(var_x, var_21, var_18, adj_x, adj_21, adj_18);
        wp::adj_mul(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: wp.tile_store(x, wp.tile_cholesky_solve(L, b), offset=i * 8)                      <L 23>
        wp::adj_tile_cholesky<false>(var_15, var_16, var_17, var_8, var_14, adj_15, adj_16, adj_17, adj_8, adj_14, adj_14);
        // adj: L = wp.tile_cholesky(a)                                                           <L 22>
        wp::adj_tile_load(var_y, var_12, adj_y, adj_12, adj_13);
        wp::adj_mul(var_0, var_11, adj_0, adj_11, adj_12);
        // adj: b = wp.tile_load(y, shape=8, offset=i * 8)                                        <L 21>
        wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: a = wp.tile_load(A, shape=(8, 8), offset=(i * 8, 0))                              <L 20>
        // adj: i = wp.tid()                                                                      <L 19>
        // adj: def solve(A: wp.array2d(dtype=wp.float64), y: wp.array1d(dtype=wp.float64), x: wp.array1d(dtype=wp.float64)):  <L 18>
        continue;
    }
}



extern "C" __global__ void spectrum_563e3c0e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x)
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
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_8 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 0;
        //---------
        // forward
        // def spectrum(x: wp.array2d(dtype=wp.vec2f)):                                           <L 27>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=(2, 512), offset=(i * 2, 0))                                 <L 29>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_5, var_9);
        // wp.tile_fft(t)                                                                         <L 30>
        tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_8);
        // wp.tile_store(x, t, offset=(i * 2, 0))                                                 <L 31>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::tuple(var_11, var_12);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_11, var_14, var_8);
    }
}



extern "C" __global__ void spectrum_563e3c0e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x)
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
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_8 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::int32 var_14 = 0;
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
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> adj_8{};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def spectrum(x: wp.array2d(dtype=wp.vec2f)):                                           <L 27>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(x, shape=(2, 512), offset=(i * 2, 0))                                 <L 29>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_5, var_9);
        // wp.tile_fft(t)                                                                         <L 30>
        tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_8);
        // wp.tile_store(x, t, offset=(i * 2, 0))                                                 <L 31>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::tuple(var_11, var_12);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_11, var_14, var_8);
        //---------
        // reverse
        wp::adj_tile_store(var_x, var_11, var_14, var_8, adj_x, adj_11, adj_14, adj_8);
        wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: wp.tile_store(x, t, offset=(i * 2, 0))                                            <L 31>
        adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_8, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, adj_8);
        // adj: wp.tile_fft(t)                                                                    <L 30>
        wp::adj_tile_load(var_x, var_5, var_9, adj_x, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: t = wp.tile_load(x, shape=(2, 512), offset=(i * 2, 0))                            <L 29>
        // adj: i = wp.tid()                                                                      <L 28>
        // adj: def spectrum(x: wp.array2d(dtype=wp.vec2f)):                                      <L 27>
        continue;
    }
}

