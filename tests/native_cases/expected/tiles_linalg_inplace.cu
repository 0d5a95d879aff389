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
void potrf_16_16_1_75_256_1_1_5_x_x_1(wp::float32*, int*);
void potrf_4_4_1_75_256_1_1_6_x_x_0(wp::float64*, int*);
void potrs_16_16_1_75_256_1_1_5_x_x_1(wp::float32*, wp::float32*);
void trsm_16_1_1_75_256_0_1_5_0_1_0(wp::float32*, wp::float32*);
void trsm_16_1_1_75_256_1_1_5_0_1_1(wp::float32*, wp::float32*);
void trsm_4_1_1_75_256_0_1_6_0_1_1(wp::float64*, wp::float64*);
void trsm_4_1_1_75_256_1_1_6_0_1_0(wp::float64*, wp::float64*);
}


extern "C" __global__ void factor_solve_6030f22c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_A,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out)
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
        wp::tuple_t<wp::int32, wp::int32> var_2;
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::tuple_t<wp::int32, wp::int32> var_8;
        const wp::int32 var_9 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,1>, wp::tile_stride_t<1,1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,1>,wp::tile_stride_t<1,1>,false>();
        const wp::int32 var_12 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<1,16>>, false> var_13 = nullptr;
        const wp::int32 var_14 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        const wp::int32 var_16 = 0;
        //---------
        // forward
        // def factor_solve(A: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(A, shape=(TILE, TILE), storage="shared")                              <L 13>
        var_2 = wp::tuple(var_1, var_1);
        var_4 = wp::tile_load<wp::float32, true, false, 16, 16>(var_A, var_5, var_6);
        // wp.tile_cholesky_inplace(a)                                                            <L 14>
        wp::tile_cholesky_inplace<false>(potrf_16_16_1_75_256_1_1_5_x_x_1, var_4);
        // rhs = wp.tile_load(b, shape=(TILE, 1), offset=(0, i))                                  <L 15>
        var_8 = wp::tuple(var_1, var_7);
        var_10 = wp::tuple(var_9, var_0);
        var_11 = wp::tile_load<wp::float32, true, false, 16, 1>(var_b, var_12, var_0);
        // wp.tile_lower_solve_inplace(a, rhs)                                                    <L 16>
        tile_lower_solve_inplace(trsm_16_1_1_75_256_1_1_5_0_1_1, var_4, var_11);
        // wp.tile_upper_solve_inplace(wp.tile_transpose(a), rhs)                                 <L 17>
        var_13 = wp::tile_transpose(var_4);
        tile_upper_solve_inplace(trsm_16_1_1_75_256_0_1_5_0_1_0, var_13, var_11);
        // wp.tile_cholesky_solve_inplace(a, rhs)                                                 <L 18>
        wp::tile_cholesky_solve_inplace<false>(potrs_16_16_1_75_256_1_1_5_x_x_1, var_4, var_11);
        // wp.tile_store(out, rhs, offset=(0, i))                                                 <L 19>
        var_15 = wp::tuple(var_14, var_0);
        wp::tile_store<wp::float32, true, false>(var_out, var_16, var_0, var_11);
    }
}



extern "C" __global__ void factor_copy_8570bfaf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_A,
    wp::array_t<wp::float64> var_v,
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_3 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::str var_6 = "upper";
        const wp::str var_7 = "upper";
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 4;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_13 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_14 = nullptr;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_16 = 0;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_17 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_18 = 0;
        //---------
        // forward
        // def factor_copy(A: wp.array2d(dtype=wp.float64), v: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 23>
        // a = wp.tile_load(A, shape=(4, 4))                                                      <L 24>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_4, var_5);
        // wp.tile_cholesky_inplace(a, fill_mode="upper")                                         <L 25>
        wp::tile_cholesky_inplace<true>(potrf_4_4_1_75_256_1_1_6_x_x_0, var_3);
        // L = wp.tile_cholesky(a, fill_mode="upper")                                             <L 26>
        var_8 = wp::tile_cholesky<true>(potrf_4_4_1_75_256_1_1_6_x_x_0, var_9, var_10, var_3, var_8);
        // y = wp.tile_load(v, shape=4)                                                           <L 27>
        var_12 = wp::tile_load<wp::float64, true, false, 4>(var_v, var_13);
        // z = wp.tile_lower_solve(wp.tile_transpose(L), y)                                       <L 28>
        var_14 = wp::tile_transpose(var_8);
        var_15 = tile_lower_solve(trsm_4_1_1_75_256_0_1_6_0_1_1, var_16, var_14, var_12, var_15);
        // wp.tile_store(out, wp.tile_upper_solve(L, z))                                          <L 29>
        var_17 = tile_upper_solve(trsm_4_1_1_75_256_1_1_6_0_1_0, var_8, var_15, var_17);
        wp::tile_store<wp::float64, true, false>(var_out, var_18, var_17);
    }
}

