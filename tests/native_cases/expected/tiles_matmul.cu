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

#define WP_LTO_LINK_INPUTS 1
extern "C" {
void dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_3_8_4_75_256_0_1_1_6_6_6_0_al8_16_16_sb1(wp::float64*, wp::float64*, wp::float64*, wp::float64*, wp::float64*);
void dot_4_3_8_75_256_1_0_1_6_6_6_0_al16_16_8_sb1(wp::float64*, wp::float64*, wp::float64*, wp::float64*, wp::float64*);
void dot_4_8_3_75_256_1_1_1_6_6_6_0_al8_16_16_sb1(wp::float64*, wp::float64*, wp::float64*, wp::float64*, wp::float64*);
void dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
}


extern "C" __global__ void product_2445be32_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C)
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
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::tuple_t<wp::int32, wp::int32> var_14;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_16 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        //---------
        // forward
        // def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 15>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))                    <L 17>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(0, j * TILE_N))                    <L 18>
        var_11 = wp::tuple(var_3, var_10);
        var_13 = wp::mul(var_1, var_10);
        var_14 = wp::tuple(var_12, var_13);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_16, var_13);
        // c = wp.tile_matmul(a, b)                                                               <L 19>
        var_17 = wp::tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_15, var_17, var_18, var_19);
        // wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                                   <L 20>
        var_20 = wp::mul(var_0, var_2);
        var_21 = wp::mul(var_1, var_10);
        var_22 = wp::tuple(var_20, var_21);
        wp::tile_store<wp::float32, true, false>(var_C, var_20, var_21, var_17);
    }
}



extern "C" __global__ void product_2445be32_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C)
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
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::tuple_t<wp::int32, wp::int32> var_14;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_16 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,true>();
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_15 = var_15;
        wp::int32 adj_16 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true>& adj_17 = var_17;
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        //---------
        // forward
        // def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 15>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))                    <L 17>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(0, j * TILE_N))                    <L 18>
        var_11 = wp::tuple(var_3, var_10);
        var_13 = wp::mul(var_1, var_10);
        var_14 = wp::tuple(var_12, var_13);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_16, var_13);
        // c = wp.tile_matmul(a, b)                                                               <L 19>
        var_17 = wp::tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_15, var_17, var_18, var_19);
        // wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                                   <L 20>
        var_20 = wp::mul(var_0, var_2);
        var_21 = wp::mul(var_1, var_10);
        var_22 = wp::tuple(var_20, var_21);
        // wp::tile_store<wp::float32, true, false>(var_C, var_20, var_21, var_17);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_20, var_21, var_17, adj_C, adj_20, adj_21, adj_17);
        wp::adj_mul(var_1, var_10, adj_1, adj_10, adj_21);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_20);
        // adj: wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                              <L 20>
        wp::adj_tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_15, var_17, var_18, var_19, dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, adj_8, adj_15, adj_17, adj_18, adj_19, adj_17);
        // adj: c = wp.tile_matmul(a, b)                                                          <L 19>
        wp::adj_tile_load(var_B, var_16, var_13, adj_B, adj_16, adj_13, adj_15);
        wp::adj_mul(var_1, var_10, adj_1, adj_10, adj_13);
        // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(0, j * TILE_N))               <L 18>
        wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
        // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))               <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 15>
        continue;
    }
}



extern "C" __global__ void accumulate_6a35ea0a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::int32 var_n)
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
        const wp::int32 var_3 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,false>();
        wp::tuple_t<wp::int32, wp::int32> var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 1.0;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        //---------
        // forward
        // def accumulate(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), n: int):       <L 24>
        // i, j = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                               <L 26>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_zeros<float, 16, 16>();
        // for k in range(n):                                                                     <L 27>
        var_6 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))       <L 28>
            var_9 = wp::tuple(var_2, var_8);
            var_10 = wp::mul(var_0, var_2);
            var_11 = wp::mul(var_7, var_8);
            var_12 = wp::tuple(var_10, var_11);
            var_13 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_10, var_11);
            // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))       <L 29>
            var_14 = wp::tuple(var_8, var_3);
            var_15 = wp::mul(var_7, var_8);
            var_16 = wp::mul(var_1, var_3);
            var_17 = wp::tuple(var_15, var_16);
            var_18 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_15, var_16);
            // wp.tile_matmul(a, b, acc)                                                          <L 30>
            wp::tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_13, var_18, var_5, var_19, var_20);
            goto start_for_0;
        end_for_0:;
        // wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                                 <L 31>
        var_21 = wp::mul(var_0, var_2);
        var_22 = wp::mul(var_1, var_3);
        var_23 = wp::tuple(var_21, var_22);
        wp::tile_store<wp::float32, true, false>(var_C, var_21, var_22, var_5);
    }
}



extern "C" __global__ void accumulate_6a35ea0a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::int32 adj_n)
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
        const wp::int32 var_3 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,true>();
        wp::range_t var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,true>();
        wp::tuple_t<wp::int32, wp::int32> var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 1.0;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true>& adj_5 = var_5;
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true>& adj_13 = var_13;
        wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_18 = var_18;
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
        //---------
        // forward
        // def accumulate(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), n: int):       <L 24>
        // i, j = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                               <L 26>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_zeros<float, 16, 16>();
        // for k in range(n):                                                                     <L 27>
        var_6 = wp::range(var_n);
        // wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                                 <L 31>
        var_21 = wp::mul(var_0, var_2);
        var_22 = wp::mul(var_1, var_3);
        var_23 = wp::tuple(var_21, var_22);
        // wp::tile_store<wp::float32, true, false>(var_C, var_21, var_22, var_5);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_21, var_22, var_5, adj_C, adj_21, adj_22, adj_5);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_22);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_21);
        // adj: wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                            <L 31>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13.grad_zero();
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18.grad_zero();
        	adj_19 = {};
        	adj_20 = {};
            // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))       <L 28>
            var_9 = wp::tuple(var_2, var_8);
            var_10 = wp::mul(var_0, var_2);
            var_11 = wp::mul(var_7, var_8);
            var_12 = wp::tuple(var_10, var_11);
            var_13 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_10, var_11);
            // b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))       <L 29>
            var_14 = wp::tuple(var_8, var_3);
            var_15 = wp::mul(var_7, var_8);
            var_16 = wp::mul(var_1, var_3);
            var_17 = wp::tuple(var_15, var_16);
            var_18 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_15, var_16);
            // wp.tile_matmul(a, b, acc)                                                          <L 30>
            wp::tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_13, var_18, var_5, var_19, var_20);
            wp::adj_tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_13, var_18, var_5, var_19, var_20, dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, adj_13, adj_18, adj_5, adj_19, adj_20);
            // adj: wp.tile_matmul(a, b, acc)                                                     <L 30>
            wp::adj_tile_load(var_B, var_15, var_16, adj_B, adj_15, adj_16, adj_18);
            wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_16);
            wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_15);
            // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(k * TILE_K, j * TILE_N))  <L 29>
            wp::adj_tile_load(var_A, var_10, var_11, adj_A, adj_10, adj_11, adj_13);
            wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_11);
            wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_10);
            // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, k * TILE_K))  <L 28>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 27>
        // adj: acc = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                          <L 26>
        // adj: i, j = wp.tid()                                                                   <L 25>
        // adj: def accumulate(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), n: int):  <L 24>
        continue;
    }
}



extern "C" __global__ void scaled_819c1179_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C)
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
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 0.5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 2.0;
        const wp::float32 var_18 = 0.25;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const wp::int32 var_22 = 0;
        //---------
        // forward
        // def scaled(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))                    <L 37>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_4, var_8);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N))                                            <L 38>
        var_10 = wp::tuple(var_2, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_12, var_13);
        // c = wp.tile_matmul(a, b, alpha=0.5)                                                    <L 39>
        var_15 = wp::tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_14, var_16);
        // wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                      <L 40>
        wp::tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_17, var_18);
        // wp.tile_store(C, c, offset=(i * TILE_M, 0))                                            <L 41>
        var_19 = wp::mul(var_0, var_1);
        var_21 = wp::tuple(var_19, var_20);
        wp::tile_store<wp::float32, true, false>(var_C, var_19, var_22, var_15);
    }
}



extern "C" __global__ void scaled_819c1179_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C)
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
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 0.5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,true>();
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 2.0;
        const wp::float32 var_18 = 0.25;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const wp::int32 var_22 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true>& adj_7 = var_7;
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true>& adj_15 = var_15;
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def scaled(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))                    <L 37>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_4, var_8);
        // b = wp.tile_load(B, shape=(TILE_K, TILE_N))                                            <L 38>
        var_10 = wp::tuple(var_2, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_12, var_13);
        // c = wp.tile_matmul(a, b, alpha=0.5)                                                    <L 39>
        var_15 = wp::tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_14, var_16);
        // wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                      <L 40>
        wp::tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_17, var_18);
        // wp.tile_store(C, c, offset=(i * TILE_M, 0))                                            <L 41>
        var_19 = wp::mul(var_0, var_1);
        var_21 = wp::tuple(var_19, var_20);
        // wp::tile_store<wp::float32, true, false>(var_C, var_19, var_22, var_15);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_19, var_22, var_15, adj_C, adj_19, adj_22, adj_15);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_19);
        // adj: wp.tile_store(C, c, offset=(i * TILE_M, 0))                                       <L 41>
        wp::adj_tile_matmul_acc(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_17, var_18, dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, adj_7, adj_11, adj_15, adj_17, adj_18);
        // adj: wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                 <L 40>
        wp::adj_tile_matmul(dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_7, var_11, var_15, var_14, var_16, dot_16_16_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_16_8_16_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_16_16_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, adj_7, adj_11, adj_15, adj_14, adj_16, adj_15);
        // adj: c = wp.tile_matmul(a, b, alpha=0.5)                                               <L 39>
        wp::adj_tile_load(var_B, var_12, var_13, adj_B, adj_12, adj_13, adj_11);
        // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N))                                       <L 38>
        wp::adj_tile_load(var_A, var_4, var_8, adj_A, adj_4, adj_8, adj_7);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))               <L 37>
        // adj: i = wp.tid()                                                                      <L 36>
        // adj: def scaled(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 35>
        continue;
    }
}



extern "C" __global__ void narrow_a64a345f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_B,
    wp::array_t<wp::float64> var_C)
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 4;
        const wp::int32 var_17 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
        const wp::float32 var_20 = 1.0;
        const wp::float32 var_21 = 1.0;
        const wp::int32 var_22 = 4;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_25;
        const wp::int32 var_26 = 0;
        //---------
        // forward
        // def narrow(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), C: wp.array2d(dtype=wp.float64)):       <L 45>
        // i = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                                   <L 47>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 4, 3>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(3, 8))                                                      <L 48>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::tile_load<wp::float64, true, false, 3, 8>(var_B, var_14, var_15);
        // out = wp.tile_ones(shape=(4, 8), dtype=wp.float64)                                     <L 49>
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::tile_ones<wp::float64, 4, 8>();
        // wp.tile_matmul(a, b, out)                                                              <L 50>
        wp::tile_matmul_acc(dot_4_8_3_75_256_1_1_1_6_6_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_6_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_6_0_al8_16_16_sb1, var_8, var_13, var_19, var_20, var_21);
        // wp.tile_store(C, out, offset=(i * 4, 0))                                               <L 51>
        var_23 = wp::mul(var_0, var_22);
        var_25 = wp::tuple(var_23, var_24);
        wp::tile_store<wp::float64, true, false>(var_C, var_23, var_26, var_19);
    }
}



extern "C" __global__ void narrow_a64a345f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_B,
    wp::array_t<wp::float64> var_C,
    wp::array_t<wp::float64> adj_A,
    wp::array_t<wp::float64> adj_B,
    wp::array_t<wp::float64> adj_C)
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 4;
        const wp::int32 var_17 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
        const wp::float32 var_20 = 1.0;
        const wp::float32 var_21 = 1.0;
        const wp::int32 var_22 = 4;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_25;
        const wp::int32 var_26 = 0;
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
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true>& adj_13 = var_13;
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_19 = var_19;
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def narrow(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), C: wp.array2d(dtype=wp.float64)):       <L 45>
        // i = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                                   <L 47>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 4, 3>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(3, 8))                                                      <L 48>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::tile_load<wp::float64, true, false, 3, 8>(var_B, var_14, var_15);
        // out = wp.tile_ones(shape=(4, 8), dtype=wp.float64)                                     <L 49>
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::tile_ones<wp::float64, 4, 8>();
        // wp.tile_matmul(a, b, out)                                                              <L 50>
        wp::tile_matmul_acc(dot_4_8_3_75_256_1_1_1_6_6_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_6_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_6_0_al8_16_16_sb1, var_8, var_13, var_19, var_20, var_21);
        // wp.tile_store(C, out, offset=(i * 4, 0))                                               <L 51>
        var_23 = wp::mul(var_0, var_22);
        var_25 = wp::tuple(var_23, var_24);
        // wp::tile_store<wp::float64, true, false>(var_C, var_23, var_26, var_19);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_23, var_26, var_19, adj_C, adj_23, adj_26, adj_19);
        wp::adj_mul(var_0, var_22, adj_0, adj_22, adj_23);
        // adj: wp.tile_store(C, out, offset=(i * 4, 0))                                          <L 51>
        wp::adj_tile_matmul_acc(dot_4_8_3_75_256_1_1_1_6_6_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_6_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_6_0_al8_16_16_sb1, var_8, var_13, var_19, var_20, var_21, dot_4_8_3_75_256_1_1_1_6_6_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_6_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_6_0_al8_16_16_sb1, adj_8, adj_13, adj_19, adj_20, adj_21);
        // adj: wp.tile_matmul(a, b, out)                                                         <L 50>
        // adj: out = wp.tile_ones(shape=(4, 8), dtype=wp.float64)                                <L 49>
        wp::adj_tile_load(var_B, var_14, var_15, adj_B, adj_14, adj_15, adj_13);
        // adj: b = wp.tile_load(B, shape=(3, 8))                                                 <L 48>
        wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                              <L 47>
        // adj: i = wp.tid()                                                                      <L 46>
        // adj: def narrow(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), C: wp.array2d(dtype=wp.float64)):  <L 45>
        continue;
    }
}

