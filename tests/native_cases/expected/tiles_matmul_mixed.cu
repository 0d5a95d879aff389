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
void dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_3_8_4_75_256_0_1_1_6_6_5_0_al8_16_16_sb1(wp::float32*, wp::float64*, wp::float64*, wp::float32*, wp::float32*);
void dot_4_3_8_75_256_1_0_1_6_5_6_0_al16_16_8_sb1(wp::float64*, wp::float64*, wp::float32*, wp::float64*, wp::float64*);
void dot_4_8_3_75_256_1_1_1_6_5_6_0_al8_16_16_sb1(wp::float64*, wp::float64*, wp::float32*, wp::float64*, wp::float64*);
void dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
}


extern "C" __global__ void odd_00feb22a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::int32 var_flag)
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
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<3,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,3>,wp::tile_stride_t<3,1>,false>();
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<4,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::float32 var_23 = 0.5;
        const wp::float32 var_24 = 1.0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        const wp::float32 var_26 = 1.0;
        const wp::float32 var_27 = 0.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_31;
        const wp::int32 var_32 = 0;
        //---------
        // forward
        // def odd(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), flag: int):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(TM, TK), offset=(i * TM, 0))                                <L 13>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 8, 3>(var_A, var_4, var_8);
        // b = wp.tile_load(B, shape=(TK, 4))                                                     <L 14>
        var_10 = wp::tuple(var_2, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 3, 4>(var_B, var_12, var_13);
        // c = wp.tile_load(C, shape=(TM, 4), offset=(i * TM, 0))                                 <L 15>
        var_15 = wp::tuple(var_1, var_14);
        var_16 = wp::mul(var_0, var_1);
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::tile_load<wp::float32, true, false, 8, 4>(var_C, var_16, var_20);
        // if flag > 0:                                                                           <L 16>
        var_22 = (var_flag > var_21);
        if (var_22) {
            // wp.tile_matmul(a, b, c, alpha=0.5)                                                 <L 17>
            wp::tile_matmul_acc(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_19, var_23, var_24);
        }
        // d = wp.tile_matmul(a, b) + c                                                           <L 18>
        var_25 = wp::tile_matmul(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_25, var_26, var_27);
        var_28 = wp::tile_add(var_25, var_19);
        // wp.tile_store(C, d, offset=(i * TM, 0))                                                <L 19>
        var_29 = wp::mul(var_0, var_1);
        var_31 = wp::tuple(var_29, var_30);
        wp::tile_store<wp::float32, true, false>(var_C, var_29, var_32, var_28);
    }
}



extern "C" __global__ void odd_00feb22a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_C,
    wp::int32 var_flag,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_C,
    wp::int32 adj_flag)
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
        const wp::int32 var_2 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<3,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,3>,wp::tile_stride_t<3,1>,true>();
        const wp::int32 var_8 = 0;
        const wp::int32 var_9 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<4,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::float32 var_23 = 0.5;
        const wp::float32 var_24 = 1.0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        const wp::float32 var_26 = 1.0;
        const wp::float32 var_27 = 0.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_31;
        const wp::int32 var_32 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,3>, wp::tile_stride_t<3,1>>, true>& adj_7 = var_7;
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<4,1>>, true>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_25 = var_25;
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_28{};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_31 = {};
        wp::int32 adj_32 = {};
        //---------
        // forward
        // def odd(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), flag: int):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(TM, TK), offset=(i * TM, 0))                                <L 13>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::float32, true, false, 8, 3>(var_A, var_4, var_8);
        // b = wp.tile_load(B, shape=(TK, 4))                                                     <L 14>
        var_10 = wp::tuple(var_2, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 3, 4>(var_B, var_12, var_13);
        // c = wp.tile_load(C, shape=(TM, 4), offset=(i * TM, 0))                                 <L 15>
        var_15 = wp::tuple(var_1, var_14);
        var_16 = wp::mul(var_0, var_1);
        var_18 = wp::tuple(var_16, var_17);
        var_19 = wp::tile_load<wp::float32, true, false, 8, 4>(var_C, var_16, var_20);
        // if flag > 0:                                                                           <L 16>
        var_22 = (var_flag > var_21);
        if (var_22) {
            // wp.tile_matmul(a, b, c, alpha=0.5)                                                 <L 17>
            wp::tile_matmul_acc(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_19, var_23, var_24);
        }
        // d = wp.tile_matmul(a, b) + c                                                           <L 18>
        var_25 = wp::tile_matmul(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_25, var_26, var_27);
        var_28 = wp::tile_add(var_25, var_19);
        // wp.tile_store(C, d, offset=(i * TM, 0))                                                <L 19>
        var_29 = wp::mul(var_0, var_1);
        var_31 = wp::tuple(var_29, var_30);
        // wp::tile_store<wp::float32, true, false>(var_C, var_29, var_32, var_28);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_29, var_32, var_28, adj_C, adj_29, adj_32, adj_28);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_29);
        // adj: wp.tile_store(C, d, offset=(i * TM, 0))                                           <L 19>
        wp::adj_tile_add(var_25, var_19, adj_25, adj_19, adj_28);
        wp::adj_tile_matmul(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_25, var_26, var_27, dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, adj_7, adj_11, adj_25, adj_26, adj_27, adj_25);
        // adj: d = wp.tile_matmul(a, b) + c                                                      <L 18>
        if (var_22) {
            wp::adj_tile_matmul_acc(dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, var_7, var_11, var_19, var_23, var_24, dot_8_4_3_75_256_1_1_1_5_5_5_0_al4_16_16_sb1, dot_8_3_4_75_256_1_0_1_5_5_5_0_al16_16_4_sb1, dot_3_4_8_75_256_0_1_1_5_5_5_0_al4_16_16_sb1, adj_7, adj_11, adj_19, adj_23, adj_24);
            // adj: wp.tile_matmul(a, b, c, alpha=0.5)                                            <L 17>
        }
        // adj: if flag > 0:                                                                      <L 16>
        wp::adj_tile_load(var_C, var_16, var_20, adj_C, adj_16, adj_20, adj_19);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_16);
        // adj: c = wp.tile_load(C, shape=(TM, 4), offset=(i * TM, 0))                            <L 15>
        wp::adj_tile_load(var_B, var_12, var_13, adj_B, adj_12, adj_13, adj_11);
        // adj: b = wp.tile_load(B, shape=(TK, 4))                                                <L 14>
        wp::adj_tile_load(var_A, var_4, var_8, adj_A, adj_4, adj_8, adj_7);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: a = wp.tile_load(A, shape=(TM, TK), offset=(i * TM, 0))                           <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def odd(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float), flag: int):  <L 11>
        continue;
    }
}



extern "C" __global__ void mixed_aecf3603_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float32> var_B,
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
        const wp::float32 var_17 = 1.0;
        const wp::float32 var_18 = 0.0;
        const wp::int32 var_19 = 4;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        const wp::int32 var_23 = 0;
        //---------
        // forward
        // def mixed(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=float), C: wp.array2d(dtype=wp.float64)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                                   <L 25>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 4, 3>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(3, 8))                                                      <L 26>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::tile_load<wp::float32, true, false, 3, 8>(var_B, var_14, var_15);
        // c = wp.tile_matmul(a, b)                                                               <L 27>
        var_16 = wp::tile_matmul(dot_4_8_3_75_256_1_1_1_6_5_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_5_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_5_0_al8_16_16_sb1, var_8, var_13, var_16, var_17, var_18);
        // wp.tile_store(C, c, offset=(i * 4, 0))                                                 <L 28>
        var_20 = wp::mul(var_0, var_19);
        var_22 = wp::tuple(var_20, var_21);
        wp::tile_store<wp::float64, true, false>(var_C, var_20, var_23, var_16);
    }
}



extern "C" __global__ void mixed_aecf3603_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float64> var_C,
    wp::array_t<wp::float64> adj_A,
    wp::array_t<wp::float32> adj_B,
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
        const wp::float32 var_17 = 1.0;
        const wp::float32 var_18 = 0.0;
        const wp::int32 var_19 = 4;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        const wp::int32 var_23 = 0;
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true>& adj_13 = var_13;
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_16 = var_16;
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def mixed(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=float), C: wp.array2d(dtype=wp.float64)):       <L 23>
        // i = wp.tid()                                                                           <L 24>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                                   <L 25>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::mul(var_0, var_4);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 4, 3>(var_A, var_5, var_9);
        // b = wp.tile_load(B, shape=(3, 8))                                                      <L 26>
        var_12 = wp::tuple(var_10, var_11);
        var_13 = wp::tile_load<wp::float32, true, false, 3, 8>(var_B, var_14, var_15);
        // c = wp.tile_matmul(a, b)                                                               <L 27>
        var_16 = wp::tile_matmul(dot_4_8_3_75_256_1_1_1_6_5_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_5_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_5_0_al8_16_16_sb1, var_8, var_13, var_16, var_17, var_18);
        // wp.tile_store(C, c, offset=(i * 4, 0))                                                 <L 28>
        var_20 = wp::mul(var_0, var_19);
        var_22 = wp::tuple(var_20, var_21);
        // wp::tile_store<wp::float64, true, false>(var_C, var_20, var_23, var_16);
        //---------
        // reverse
        wp::adj_tile_store(var_C, var_20, var_23, var_16, adj_C, adj_20, adj_23, adj_16);
        wp::adj_mul(var_0, var_19, adj_0, adj_19, adj_20);
        // adj: wp.tile_store(C, c, offset=(i * 4, 0))                                            <L 28>
        wp::adj_tile_matmul(dot_4_8_3_75_256_1_1_1_6_5_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_5_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_5_0_al8_16_16_sb1, var_8, var_13, var_16, var_17, var_18, dot_4_8_3_75_256_1_1_1_6_5_6_0_al8_16_16_sb1, dot_4_3_8_75_256_1_0_1_6_5_6_0_al16_16_8_sb1, dot_3_8_4_75_256_0_1_1_6_6_5_0_al8_16_16_sb1, adj_8, adj_13, adj_16, adj_17, adj_18, adj_16);
        // adj: c = wp.tile_matmul(a, b)                                                          <L 27>
        wp::adj_tile_load(var_B, var_14, var_15, adj_B, adj_14, adj_15, adj_13);
        // adj: b = wp.tile_load(B, shape=(3, 8))                                                 <L 26>
        wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                              <L 25>
        // adj: i = wp.tid()                                                                      <L 24>
        // adj: def mixed(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=float), C: wp.array2d(dtype=wp.float64)):  <L 23>
        continue;
    }
}

