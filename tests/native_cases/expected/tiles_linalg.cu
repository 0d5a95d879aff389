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
void dot_4_4_4_75_256_1_0_1_6_6_6_0_al0_0_0_sb1(wp::float64*, wp::float64*, wp::float64*, wp::float64*, wp::float64*);
void dot_6_6_6_75_256_0_1_1_5_5_5_0_al0_0_0_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_8_8_8_75_256_0_1_1_5_5_5_0_al0_0_0_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_8_8_8_75_256_0_1_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_8_8_8_75_256_1_0_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void dot_8_8_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1(wp::float32*, wp::float32*, wp::float32*, wp::float32*, wp::float32*);
void potrf_4_4_1_75_256_1_1_6_x_x_0(wp::float64*, int*);
void potrf_6_6_1_75_256_1_1_5_x_x_1(wp::float32*, int*);
void potrf_8_8_1_75_256_1_1_5_x_x_1(wp::float32*, int*);
void potrs_4_4_3_75_256_1_1_6_x_x_0(wp::float64*, wp::float64*);
void potrs_8_8_1_75_256_1_1_5_x_x_1(wp::float32*, wp::float32*);
void trsm_4_3_1_75_256_0_1_6_0_1_1(wp::float64*, wp::float64*);
void trsm_4_3_1_75_256_1_1_6_0_1_0(wp::float64*, wp::float64*);
void trsm_4_4_1_75_256_1_1_6_0_1_0(wp::float64*, wp::float64*);
void trsm_6_2_1_75_256_0_0_5_0_1_0(wp::float32*, wp::float32*);
void trsm_6_2_1_75_256_0_1_5_0_1_0(wp::float32*, wp::float32*);
void trsm_6_2_1_75_256_1_0_5_0_1_1(wp::float32*, wp::float32*);
void trsm_6_6_1_75_256_0_1_5_0_1_0(wp::float32*, wp::float32*);
void trsm_8_8_1_75_256_0_1_5_0_1_0(wp::float32*, wp::float32*);
}


extern "C" __global__ void spd_solve_15f094ea_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_d,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x)
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
        const wp::int32 var_0 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_6 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_7 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 0.0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_17 = 0;
        //---------
        // forward
        // def spd_solve(A: wp.array2d(dtype=float), d: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):       <L 11>
        // a = wp.tile_load(A, shape=(N, N))                                                      <L 12>
        var_1 = wp::tuple(var_0, var_0);
        var_2 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_3, var_4);
        // diag = wp.tile_load(d, shape=N)                                                        <L 13>
        var_5 = wp::tile_load<wp::float32, true, false, 8>(var_d, var_6);
        // s = a + wp.tile_transpose(a)                                                           <L 14>
        var_7 = wp::tile_transpose(var_2);
        var_8 = wp::tile_add(var_2, var_7);
        // m = wp.tile_diag_add(wp.tile_matmul(s, s), diag)                                       <L 15>
        var_9 = wp::tile_matmul(dot_8_8_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_8, var_9, var_10, var_11);
        var_12 = wp::tile_diag_add(var_9, var_5, var_12);
        // L = wp.tile_cholesky(m)                                                                <L 16>
        var_13 = wp::tile_cholesky<false>(potrf_8_8_1_75_256_1_1_5_x_x_1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_8_8_1_75_256_0_1_5_0_1_0, var_12, var_13);
        // rhs = wp.tile_load(b, shape=N)                                                         <L 17>
        var_14 = wp::tile_load<wp::float32, true, false, 8>(var_b, var_15);
        // wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                       <L 18>
        var_16 = wp::tile_cholesky_solve<false>(potrs_8_8_1_75_256_1_1_5_x_x_1, var_13, var_14, var_16);
        wp::tile_store<wp::float32, true, false>(var_x, var_17, var_16);
    }
}



extern "C" __global__ void spd_solve_15f094ea_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_d,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_d,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_x)
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
        const wp::int32 var_0 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_6 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_7 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::float32 var_10 = 1.0;
        const wp::float32 var_11 = 0.0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_17 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_2 = var_2;
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_7 = var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_8 = var_8;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_9 = var_9;
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_12 = var_12;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_13 = var_13;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_14 = var_14;
        wp::int32 adj_15 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_16 = var_16;
        wp::int32 adj_17 = {};
        //---------
        // forward
        // def spd_solve(A: wp.array2d(dtype=float), d: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):       <L 11>
        // a = wp.tile_load(A, shape=(N, N))                                                      <L 12>
        var_1 = wp::tuple(var_0, var_0);
        var_2 = wp::tile_load<wp::float32, true, false, 8, 8>(var_A, var_3, var_4);
        // diag = wp.tile_load(d, shape=N)                                                        <L 13>
        var_5 = wp::tile_load<wp::float32, true, false, 8>(var_d, var_6);
        // s = a + wp.tile_transpose(a)                                                           <L 14>
        var_7 = wp::tile_transpose(var_2);
        var_8 = wp::tile_add(var_2, var_7);
        // m = wp.tile_diag_add(wp.tile_matmul(s, s), diag)                                       <L 15>
        var_9 = wp::tile_matmul(dot_8_8_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_8, var_9, var_10, var_11);
        var_12 = wp::tile_diag_add(var_9, var_5, var_12);
        // L = wp.tile_cholesky(m)                                                                <L 16>
        var_13 = wp::tile_cholesky<false>(potrf_8_8_1_75_256_1_1_5_x_x_1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_8_8_1_75_256_0_1_5_0_1_0, var_12, var_13);
        // rhs = wp.tile_load(b, shape=N)                                                         <L 17>
        var_14 = wp::tile_load<wp::float32, true, false, 8>(var_b, var_15);
        // wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                       <L 18>
        var_16 = wp::tile_cholesky_solve<false>(potrs_8_8_1_75_256_1_1_5_x_x_1, var_13, var_14, var_16);
        // wp::tile_store<wp::float32, true, false>(var_x, var_17, var_16);
        //---------
        // reverse
        wp::adj_tile_store(var_x, var_17, var_16, adj_x, adj_17, adj_16);
        // adj: wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                  <L 18>
        wp::adj_tile_load(var_b, var_15, adj_b, adj_15, adj_14);
        // adj: rhs = wp.tile_load(b, shape=N)                                                    <L 17>
        wp::adj_tile_cholesky<false>(potrf_8_8_1_75_256_1_1_5_x_x_1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_8_8_1_75_256_0_1_5_0_1_0, var_12, var_13, potrf_8_8_1_75_256_1_1_5_x_x_1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_8_8_1_75_256_0_1_5_0_1_0, adj_12, adj_13, adj_13);
        // adj: L = wp.tile_cholesky(m)                                                           <L 16>
        wp::adj_tile_matmul(dot_8_8_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, var_8, var_8, var_9, var_10, var_11, dot_8_8_8_75_256_1_1_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_1_0_1_5_5_5_0_al16_16_16_sb1, dot_8_8_8_75_256_0_1_1_5_5_5_0_al16_16_16_sb1, adj_8, adj_8, adj_9, adj_10, adj_11, adj_9);
        // adj: m = wp.tile_diag_add(wp.tile_matmul(s, s), diag)                                  <L 15>
        wp::adj_tile_add(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_tile_transpose(var_2, adj_2, adj_7);
        // adj: s = a + wp.tile_transpose(a)                                                      <L 14>
        wp::adj_tile_load(var_d, var_6, adj_d, adj_6, adj_5);
        // adj: diag = wp.tile_load(d, shape=N)                                                   <L 13>
        wp::adj_tile_load(var_A, var_3, var_4, adj_A, adj_3, adj_4, adj_2);
        // adj: a = wp.tile_load(A, shape=(N, N))                                                 <L 12>
        // adj: def spd_solve(A: wp.array2d(dtype=float), d: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):  <L 11>
        continue;
    }
}



extern "C" __global__ void transposed_rhs_7ee4176e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_X)
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
        const wp::int32 var_0 = 6;
        const wp::int32 var_1 = 6;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,6>,wp::tile_stride_t<6,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::str var_6 = "lower";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,6>,wp::tile_stride_t<6,1>,false>();
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 6;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,6>,wp::tile_stride_t<6,1>,false>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false> var_14 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false> var_16 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false> var_18 = nullptr;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        //---------
        // forward
        // def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):       <L 33>
        // a = wp.tile_load(A, shape=(6, 6))                                                      <L 34>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 6, 6>(var_A, var_4, var_5);
        // L = wp.tile_cholesky(fill_mode="lower", A=a)                                           <L 35>
        var_7 = wp::tile_cholesky<false>(potrf_6_6_1_75_256_1_1_5_x_x_1, dot_6_6_6_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_6_6_1_75_256_0_1_5_0_1_0, var_3, var_7);
        // rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                                 <L 36>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 2, 6>(var_B, var_12, var_13);
        var_14 = wp::tile_transpose(var_11);
        // z = wp.tile_lower_solve(L, rhs)                                                        <L 37>
        var_15 = tile_lower_solve(trsm_6_2_1_75_256_1_0_5_0_1_1, trsm_6_2_1_75_256_0_1_5_0_1_0, var_7, var_14, var_15);
        // wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))       <L 38>
        var_16 = wp::tile_transpose(var_7);
        var_17 = tile_upper_solve(trsm_6_2_1_75_256_0_0_5_0_1_0, var_16, var_15, var_17);
        var_18 = wp::tile_transpose(var_17);
        wp::tile_store<wp::float32, true, false>(var_X, var_19, var_20, var_18);
    }
}



extern "C" __global__ void transposed_rhs_7ee4176e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_B,
    wp::array_t<wp::float32> var_X,
    wp::array_t<wp::float32> adj_A,
    wp::array_t<wp::float32> adj_B,
    wp::array_t<wp::float32> adj_X)
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
        const wp::int32 var_0 = 6;
        const wp::int32 var_1 = 6;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,6>,wp::tile_stride_t<6,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::str var_6 = "lower";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,6>,wp::tile_stride_t<6,1>,true>();
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 6;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,6>,wp::tile_stride_t<6,1>,true>();
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false> var_14 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false> var_16 = nullptr;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false> var_18 = nullptr;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::str adj_6 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<6,1>>, true>& adj_7 = var_7;
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false>& adj_14 = var_14;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true>& adj_15 = var_15;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false>& adj_16 = var_16;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true>& adj_17 = var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false>& adj_18 = var_18;
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        //---------
        // forward
        // def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):       <L 33>
        // a = wp.tile_load(A, shape=(6, 6))                                                      <L 34>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 6, 6>(var_A, var_4, var_5);
        // L = wp.tile_cholesky(fill_mode="lower", A=a)                                           <L 35>
        var_7 = wp::tile_cholesky<false>(potrf_6_6_1_75_256_1_1_5_x_x_1, dot_6_6_6_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_6_6_1_75_256_0_1_5_0_1_0, var_3, var_7);
        // rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                                 <L 36>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_load<wp::float32, true, false, 2, 6>(var_B, var_12, var_13);
        var_14 = wp::tile_transpose(var_11);
        // z = wp.tile_lower_solve(L, rhs)                                                        <L 37>
        var_15 = tile_lower_solve(trsm_6_2_1_75_256_1_0_5_0_1_1, trsm_6_2_1_75_256_0_1_5_0_1_0, var_7, var_14, var_15);
        // wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))       <L 38>
        var_16 = wp::tile_transpose(var_7);
        var_17 = tile_upper_solve(trsm_6_2_1_75_256_0_0_5_0_1_0, var_16, var_15, var_17);
        var_18 = wp::tile_transpose(var_17);
        // wp::tile_store<wp::float32, true, false>(var_X, var_19, var_20, var_18);
        //---------
        // reverse
        wp::adj_tile_store(var_X, var_19, var_20, var_18, adj_X, adj_19, adj_20, adj_18);
        wp::adj_tile_transpose(var_17, adj_17, adj_18);
        wp::adj_tile_transpose(var_7, adj_7, adj_16);
        // adj: wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))  <L 38>
        adj_tile_lower_solve(trsm_6_2_1_75_256_1_0_5_0_1_1, trsm_6_2_1_75_256_0_1_5_0_1_0, var_7, var_14, var_15, trsm_6_2_1_75_256_1_0_5_0_1_1, trsm_6_2_1_75_256_0_1_5_0_1_0, adj_7, adj_14, adj_15, adj_15);
        // adj: z = wp.tile_lower_solve(L, rhs)                                                   <L 37>
        wp::adj_tile_transpose(var_11, adj_11, adj_14);
        wp::adj_tile_load(var_B, var_12, var_13, adj_B, adj_12, adj_13, adj_11);
        // adj: rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                            <L 36>
        wp::adj_tile_cholesky<false>(potrf_6_6_1_75_256_1_1_5_x_x_1, dot_6_6_6_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_6_6_1_75_256_0_1_5_0_1_0, var_3, var_7, potrf_6_6_1_75_256_1_1_5_x_x_1, dot_6_6_6_75_256_0_1_1_5_5_5_0_al0_0_0_sb1, trsm_6_6_1_75_256_0_1_5_0_1_0, adj_3, adj_7, adj_7);
        // adj: L = wp.tile_cholesky(fill_mode="lower", A=a)                                      <L 35>
        wp::adj_tile_load(var_A, var_4, var_5, adj_A, adj_4, adj_5, adj_3);
        // adj: a = wp.tile_load(A, shape=(6, 6))                                                 <L 34>
        // adj: def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):  <L 33>
        continue;
    }
}



extern "C" __global__ void triangular_83566cf1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_B,
    wp::array_t<wp::float64> var_X)
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_4 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::str var_7 = "upper";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_9 = 4;
        const wp::int32 var_10 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_12 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_15 = nullptr;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
        const wp::str var_18 = "upper";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        //---------
        // forward
        // def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):       <L 22>
        // a = wp.tile_load(A, shape=(4, 4), storage="shared")                                    <L 23>
        var_2 = wp::tuple(var_0, var_1);
        var_4 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_5, var_6);
        // U = wp.tile_cholesky(a, "upper")                                                       <L 24>
        var_8 = wp::tile_cholesky<true>(potrf_4_4_1_75_256_1_1_6_x_x_0, dot_4_4_4_75_256_1_0_1_6_6_6_0_al0_0_0_sb1, trsm_4_4_1_75_256_1_1_6_0_1_0, var_4, var_8);
        // rhs = wp.tile_load(B, shape=(4, 3))                                                    <L 25>
        var_11 = wp::tuple(var_9, var_10);
        var_12 = wp::tile_load<wp::float64, true, false, 4, 3>(var_B, var_13, var_14);
        // z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                     <L 26>
        var_15 = wp::tile_transpose(var_8);
        var_16 = tile_lower_solve(trsm_4_3_1_75_256_0_1_6_0_1_1, trsm_4_3_1_75_256_1_1_6_0_1_0, var_15, var_12, var_16);
        // y = wp.tile_upper_solve(U, z)                                                          <L 27>
        var_17 = tile_upper_solve(trsm_4_3_1_75_256_1_1_6_0_1_0, var_8, var_16, var_17);
        // w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                                    <L 28>
        var_19 = wp::tile_cholesky_solve<true>(potrs_4_4_3_75_256_1_1_6_x_x_0, var_8, var_17, var_19);
        // wp.tile_store(X, w)                                                                    <L 29>
        wp::tile_store<wp::float64, true, false>(var_X, var_20, var_21, var_19);
    }
}



extern "C" __global__ void triangular_83566cf1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_B,
    wp::array_t<wp::float64> var_X,
    wp::array_t<wp::float64> adj_A,
    wp::array_t<wp::float64> adj_B,
    wp::array_t<wp::float64> adj_X)
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_4 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::str var_7 = "upper";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_9 = 4;
        const wp::int32 var_10 = 3;
        wp::tuple_t<wp::int32, wp::int32> var_11;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_12 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_15 = nullptr;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
        const wp::str var_18 = "upper";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::str adj_3 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_4 = var_4;
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::str adj_7 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_11 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_12 = var_12;
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false>& adj_15 = var_15;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_16 = var_16;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_17 = var_17;
        wp::str adj_18 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):       <L 22>
        // a = wp.tile_load(A, shape=(4, 4), storage="shared")                                    <L 23>
        var_2 = wp::tuple(var_0, var_1);
        var_4 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_5, var_6);
        // U = wp.tile_cholesky(a, "upper")                                                       <L 24>
        var_8 = wp::tile_cholesky<true>(potrf_4_4_1_75_256_1_1_6_x_x_0, dot_4_4_4_75_256_1_0_1_6_6_6_0_al0_0_0_sb1, trsm_4_4_1_75_256_1_1_6_0_1_0, var_4, var_8);
        // rhs = wp.tile_load(B, shape=(4, 3))                                                    <L 25>
        var_11 = wp::tuple(var_9, var_10);
        var_12 = wp::tile_load<wp::float64, true, false, 4, 3>(var_B, var_13, var_14);
        // z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                     <L 26>
        var_15 = wp::tile_transpose(var_8);
        var_16 = tile_lower_solve(trsm_4_3_1_75_256_0_1_6_0_1_1, trsm_4_3_1_75_256_1_1_6_0_1_0, var_15, var_12, var_16);
        // y = wp.tile_upper_solve(U, z)                                                          <L 27>
        var_17 = tile_upper_solve(trsm_4_3_1_75_256_1_1_6_0_1_0, var_8, var_16, var_17);
        // w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                                    <L 28>
        var_19 = wp::tile_cholesky_solve<true>(potrs_4_4_3_75_256_1_1_6_x_x_0, var_8, var_17, var_19);
        // wp.tile_store(X, w)                                                                    <L 29>
        // wp::tile_store<wp::float64, true, false>(var_X, var_20, var_21, var_19);
        //---------
        // reverse
        wp::adj_tile_store(var_X, var_20, var_21, var_19, adj_X, adj_20, adj_21, adj_19);
        // adj: wp.tile_store(X, w)                                                               <L 29>
        // adj: w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                               <L 28>
        // adj: y = wp.tile_upper_solve(U, z)                                                     <L 27>
        adj_tile_lower_solve(trsm_4_3_1_75_256_0_1_6_0_1_1, trsm_4_3_1_75_256_1_1_6_0_1_0, var_15, var_12, var_16, trsm_4_3_1_75_256_0_1_6_0_1_1, trsm_4_3_1_75_256_1_1_6_0_1_0, adj_15, adj_12, adj_16, adj_16);
        wp::adj_tile_transpose(var_8, adj_8, adj_15);
        // adj: z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                <L 26>
        wp::adj_tile_load(var_B, var_13, var_14, adj_B, adj_13, adj_14, adj_12);
        // adj: rhs = wp.tile_load(B, shape=(4, 3))                                               <L 25>
        wp::adj_tile_cholesky<true>(potrf_4_4_1_75_256_1_1_6_x_x_0, dot_4_4_4_75_256_1_0_1_6_6_6_0_al0_0_0_sb1, trsm_4_4_1_75_256_1_1_6_0_1_0, var_4, var_8, potrf_4_4_1_75_256_1_1_6_x_x_0, dot_4_4_4_75_256_1_0_1_6_6_6_0_al0_0_0_sb1, trsm_4_4_1_75_256_1_1_6_0_1_0, adj_4, adj_8, adj_8);
        // adj: U = wp.tile_cholesky(a, "upper")                                                  <L 24>
        wp::adj_tile_load(var_A, var_5, var_6, adj_A, adj_5, adj_6, adj_4);
        // adj: a = wp.tile_load(A, shape=(4, 4), storage="shared")                               <L 23>
        // adj: def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):  <L 22>
        continue;
    }
}

