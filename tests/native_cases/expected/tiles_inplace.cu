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



extern "C" __global__ void add_sub_2a70c939_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_input_a,
    wp::array_t<wp::float32> var_input_b,
    wp::array_t<wp::float32> var_output_reg,
    wp::array_t<wp::float32> var_output_shared)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        const wp::str var_8 = "register";
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::str var_14 = "register";
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tuple_t<wp::int32, wp::int32> var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        const wp::str var_20 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_21 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::tuple_t<wp::int32, wp::int32> var_25;
        const wp::str var_26 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_27 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        const wp::float32 var_28 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_30;
        wp::int32 var_31;
        wp::tuple_t<wp::int32, wp::int32> var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::tuple_t<wp::int32, wp::int32> var_35;
        //---------
        // forward
        // def add_sub(                                                                           <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // a_reg = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")       <L 19>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_9 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_a, var_5, var_6);
        // b_reg = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")       <L 20>
        var_10 = wp::tuple(var_2, var_3);
        var_11 = wp::mul(var_0, var_2);
        var_12 = wp::mul(var_1, var_3);
        var_13 = wp::tuple(var_11, var_12);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_b, var_11, var_12);
        // a_shared = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")       <L 21>
        var_16 = wp::tuple(var_2, var_3);
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::mul(var_1, var_3);
        var_19 = wp::tuple(var_17, var_18);
        var_21 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_a, var_17, var_18);
        // b_shared = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")       <L 22>
        var_22 = wp::tuple(var_2, var_3);
        var_23 = wp::mul(var_0, var_2);
        var_24 = wp::mul(var_1, var_3);
        var_25 = wp::tuple(var_23, var_24);
        var_27 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_b, var_23, var_24);
        // a_reg += b_reg                                                                         <L 23>
        wp::tile_add_inplace(var_9, var_15);
        // a_reg -= b_shared                                                                      <L 24>
        wp::tile_sub_inplace(var_9, var_27);
        // a_shared += b_reg * 2.0                                                                <L 25>
        var_29 = wp::tile_mul(var_15, var_28);
        wp::tile_add_inplace(var_21, var_29);
        // a_shared -= b_shared                                                                   <L 26>
        wp::tile_sub_inplace(var_21, var_27);
        // a_reg += a_reg                                                                         <L 27>
        wp::tile_add_inplace(var_9, var_9);
        // wp.tile_store(output_reg, a_reg, offset=(i * TILE_M, j * TILE_N))                      <L 28>
        var_30 = wp::mul(var_0, var_2);
        var_31 = wp::mul(var_1, var_3);
        var_32 = wp::tuple(var_30, var_31);
        wp::tile_store<wp::float32, true, false>(var_output_reg, var_30, var_31, var_9);
        // wp.tile_store(output_shared, a_shared, offset=(i * TILE_M, j * TILE_N))                <L 29>
        var_33 = wp::mul(var_0, var_2);
        var_34 = wp::mul(var_1, var_3);
        var_35 = wp::tuple(var_33, var_34);
        wp::tile_store<wp::float32, true, false>(var_output_shared, var_33, var_34, var_21);
    }
}



extern "C" __global__ void add_sub_2a70c939_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_input_a,
    wp::array_t<wp::float32> var_input_b,
    wp::array_t<wp::float32> var_output_reg,
    wp::array_t<wp::float32> var_output_shared,
    wp::array_t<wp::float32> adj_input_a,
    wp::array_t<wp::float32> adj_input_b,
    wp::array_t<wp::float32> adj_output_reg,
    wp::array_t<wp::float32> adj_output_shared)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        const wp::str var_8 = "register";
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::tuple_t<wp::int32, wp::int32> var_13;
        const wp::str var_14 = "register";
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tuple_t<wp::int32, wp::int32> var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::tuple_t<wp::int32, wp::int32> var_19;
        const wp::str var_20 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_21 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::tuple_t<wp::int32, wp::int32> var_25;
        const wp::str var_26 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_27 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        const wp::float32 var_28 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_30;
        wp::int32 var_31;
        wp::tuple_t<wp::int32, wp::int32> var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::tuple_t<wp::int32, wp::int32> var_35;
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
        wp::str adj_8 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_9{};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
        wp::str adj_14 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_15{};
        wp::tuple_t<wp::int32, wp::int32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
        wp::str adj_20 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_21 = var_21;
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
        wp::str adj_26 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_27 = var_27;
        wp::float32 adj_28 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_29{};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_35 = {};
        //---------
        // forward
        // def add_sub(                                                                           <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // a_reg = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")       <L 19>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_9 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_a, var_5, var_6);
        // b_reg = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")       <L 20>
        var_10 = wp::tuple(var_2, var_3);
        var_11 = wp::mul(var_0, var_2);
        var_12 = wp::mul(var_1, var_3);
        var_13 = wp::tuple(var_11, var_12);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_b, var_11, var_12);
        // a_shared = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")       <L 21>
        var_16 = wp::tuple(var_2, var_3);
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::mul(var_1, var_3);
        var_19 = wp::tuple(var_17, var_18);
        var_21 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_a, var_17, var_18);
        // b_shared = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")       <L 22>
        var_22 = wp::tuple(var_2, var_3);
        var_23 = wp::mul(var_0, var_2);
        var_24 = wp::mul(var_1, var_3);
        var_25 = wp::tuple(var_23, var_24);
        var_27 = wp::tile_load<wp::float32, true, false, 8, 4>(var_input_b, var_23, var_24);
        // a_reg += b_reg                                                                         <L 23>
        wp::tile_add_inplace(var_9, var_15);
        // a_reg -= b_shared                                                                      <L 24>
        wp::tile_sub_inplace(var_9, var_27);
        // a_shared += b_reg * 2.0                                                                <L 25>
        var_29 = wp::tile_mul(var_15, var_28);
        wp::tile_add_inplace(var_21, var_29);
        // a_shared -= b_shared                                                                   <L 26>
        wp::tile_sub_inplace(var_21, var_27);
        // a_reg += a_reg                                                                         <L 27>
        wp::tile_add_inplace(var_9, var_9);
        // wp.tile_store(output_reg, a_reg, offset=(i * TILE_M, j * TILE_N))                      <L 28>
        var_30 = wp::mul(var_0, var_2);
        var_31 = wp::mul(var_1, var_3);
        var_32 = wp::tuple(var_30, var_31);
        // wp::tile_store<wp::float32, true, false>(var_output_reg, var_30, var_31, var_9);
        // wp.tile_store(output_shared, a_shared, offset=(i * TILE_M, j * TILE_N))                <L 29>
        var_33 = wp::mul(var_0, var_2);
        var_34 = wp::mul(var_1, var_3);
        var_35 = wp::tuple(var_33, var_34);
        // wp::tile_store<wp::float32, true, false>(var_output_shared, var_33, var_34, var_21);
        //---------
        // reverse
        wp::adj_tile_store(var_output_shared, var_33, var_34, var_21, adj_output_shared, adj_33, adj_34, adj_21);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_34);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_33);
        // adj: wp.tile_store(output_shared, a_shared, offset=(i * TILE_M, j * TILE_N))           <L 29>
        wp::adj_tile_store(var_output_reg, var_30, var_31, var_9, adj_output_reg, adj_30, adj_31, adj_9);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_31);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_30);
        // adj: wp.tile_store(output_reg, a_reg, offset=(i * TILE_M, j * TILE_N))                 <L 28>
        wp::adj_tile_add_inplace(var_9, var_9, adj_9, adj_9);
        // adj: a_reg += a_reg                                                                    <L 27>
        wp::adj_tile_sub_inplace(var_21, var_27, adj_21, adj_27);
        // adj: a_shared -= b_shared                                                              <L 26>
        wp::adj_tile_add_inplace(var_21, var_29, adj_21, adj_29);
        wp::adj_tile_mul(var_15, var_28, adj_15, adj_28, adj_29);
        // adj: a_shared += b_reg * 2.0                                                           <L 25>
        wp::adj_tile_sub_inplace(var_9, var_27, adj_9, adj_27);
        // adj: a_reg -= b_shared                                                                 <L 24>
        wp::adj_tile_add_inplace(var_9, var_15, adj_9, adj_15);
        // adj: a_reg += b_reg                                                                    <L 23>
        wp::adj_tile_load(var_input_b, var_23, var_24, adj_input_b, adj_23, adj_24, adj_27);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_24);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_23);
        // adj: b_shared = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")  <L 22>
        wp::adj_tile_load(var_input_a, var_17, var_18, adj_input_a, adj_17, adj_18, adj_21);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_18);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_17);
        // adj: a_shared = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="shared")  <L 21>
        wp::adj_tile_load(var_input_b, var_11, var_12, adj_input_b, adj_11, adj_12, adj_15);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_12);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_11);
        // adj: b_reg = wp.tile_load(input_b, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")  <L 20>
        wp::adj_tile_load(var_input_a, var_5, var_6, adj_input_a, adj_5, adj_6, adj_9);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
        // adj: a_reg = wp.tile_load(input_a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N), storage="register")  <L 19>
        // adj: i, j = wp.tid()                                                                   <L 18>
        // adj: def add_sub(                                                                      <L 12>
        continue;
    }
}



extern "C" __global__ void vectors_65e1f6b9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b)
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 1.0;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 3.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_8 = 0.25;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_10 = 0;
        //---------
        // forward
        // def vectors(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3)):                   <L 51>
        // t = wp.tile_load(a, shape=TILE)                                                        <L 52>
        var_1 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 16>(var_a, var_2);
        // s = wp.tile_full(TILE, wp.vec3(1.0, 2.0, 3.0))                                         <L 53>
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::tile_full<wp::vec_t<3, wp::float32>, 16>(var_6);
        // s += t                                                                                 <L 54>
        wp::tile_add_inplace(var_7, var_1);
        // s -= t * 0.25                                                                          <L 55>
        var_9 = wp::tile_mul(var_1, var_8);
        wp::tile_sub_inplace(var_7, var_9);
        // wp.tile_store(b, s)                                                                    <L 56>
        wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_10, var_7);
    }
}



extern "C" __global__ void vectors_65e1f6b9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b)
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 1.0;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 3.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_8 = 0.25;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_10 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
        wp::float32 adj_8 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9{};
        wp::int32 adj_10 = {};
        //---------
        // forward
        // def vectors(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3)):                   <L 51>
        // t = wp.tile_load(a, shape=TILE)                                                        <L 52>
        var_1 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 16>(var_a, var_2);
        // s = wp.tile_full(TILE, wp.vec3(1.0, 2.0, 3.0))                                         <L 53>
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::tile_full<wp::vec_t<3, wp::float32>, 16>(var_6);
        // s += t                                                                                 <L 54>
        wp::tile_add_inplace(var_7, var_1);
        // s -= t * 0.25                                                                          <L 55>
        var_9 = wp::tile_mul(var_1, var_8);
        wp::tile_sub_inplace(var_7, var_9);
        // wp.tile_store(b, s)                                                                    <L 56>
        // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_10, var_7);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_10, var_7, adj_b, adj_10, adj_7);
        // adj: wp.tile_store(b, s)                                                               <L 56>
        wp::adj_tile_sub_inplace(var_7, var_9, adj_7, adj_9);
        wp::adj_tile_mul(var_1, var_8, adj_1, adj_8, adj_9);
        // adj: s -= t * 0.25                                                                     <L 55>
        wp::adj_tile_add_inplace(var_7, var_1, adj_7, adj_1);
        // adj: s += t                                                                            <L 54>
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        // adj: s = wp.tile_full(TILE, wp.vec3(1.0, 2.0, 3.0))                                    <L 53>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=TILE)                                                   <L 52>
        // adj: def vectors(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3)):              <L 51>
        continue;
    }
}



extern "C" __global__ void mixed_a1dcb6c3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::float32 var_scale)
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
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_7 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_16 = 0;
        //---------
        // forward
        // def mixed(a: wp.array(dtype=float), b: wp.array(dtype=float), scale: float):           <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 35>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // s = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                           <L 36>
        var_5 = wp::tile_zeros<float, 16>();
        // s += t                                                                                 <L 37>
        wp::tile_add_inplace(var_5, var_3);
        // s -= wp.tile_map(wp.sin, t) * 0.5                                                      <L 38>
        var_6 = wp::tile_unary_map(wp::sin, var_3);
        var_8 = wp::tile_mul(var_6, var_7);
        wp::tile_sub_inplace(var_5, var_8);
        // u = wp.tile_ones(shape=TILE, dtype=float)                                              <L 39>
        var_9 = wp::tile_ones<float, 16>();
        // u += s                                                                                 <L 40>
        wp::tile_add_inplace(var_9, var_5);
        // u *= scale                                                                             <L 41>
        var_10 = wp::tile_mul(var_9, var_scale);
        // u *= t                                                                                 <L 42>
        var_11 = wp::tile_mul_elementwise(var_10, var_3);
        // s -= -u                                                                                <L 43>
        var_12 = wp::tile_neg(var_11);
        wp::tile_sub_inplace(var_5, var_12);
        // wp.tile_store(b, s, offset=i * TILE)                                                   <L 44>
        var_13 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_b, var_13, var_5);
        // total = wp.tile_sum(s)                                                                 <L 45>
        var_14 = wp::tile_sum(var_5);
        // total += wp.tile_sum(u)                                                                <L 46>
        var_15 = wp::tile_sum(var_11);
        wp::tile_add_inplace(var_14, var_15);
        // wp.tile_store(b, total)                                                                <L 47>
        wp::tile_store<wp::float32, true, false>(var_b, var_16, var_14);
    }
}



extern "C" __global__ void mixed_a1dcb6c3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::float32 var_scale,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::float32 adj_scale)
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
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_7 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_13;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_16 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::str adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6{};
        wp::float32 adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12{};
        wp::int32 adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_14{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_15{};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def mixed(a: wp.array(dtype=float), b: wp.array(dtype=float), scale: float):           <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 35>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // s = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                           <L 36>
        var_5 = wp::tile_zeros<float, 16>();
        // s += t                                                                                 <L 37>
        wp::tile_add_inplace(var_5, var_3);
        // s -= wp.tile_map(wp.sin, t) * 0.5                                                      <L 38>
        var_6 = wp::tile_unary_map(wp::sin, var_3);
        var_8 = wp::tile_mul(var_6, var_7);
        wp::tile_sub_inplace(var_5, var_8);
        // u = wp.tile_ones(shape=TILE, dtype=float)                                              <L 39>
        var_9 = wp::tile_ones<float, 16>();
        // u += s                                                                                 <L 40>
        wp::tile_add_inplace(var_9, var_5);
        // u *= scale                                                                             <L 41>
        var_10 = wp::tile_mul(var_9, var_scale);
        // u *= t                                                                                 <L 42>
        var_11 = wp::tile_mul_elementwise(var_10, var_3);
        // s -= -u                                                                                <L 43>
        var_12 = wp::tile_neg(var_11);
        wp::tile_sub_inplace(var_5, var_12);
        // wp.tile_store(b, s, offset=i * TILE)                                                   <L 44>
        var_13 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_b, var_13, var_5);
        // total = wp.tile_sum(s)                                                                 <L 45>
        var_14 = wp::tile_sum(var_5);
        // total += wp.tile_sum(u)                                                                <L 46>
        var_15 = wp::tile_sum(var_11);
        wp::tile_add_inplace(var_14, var_15);
        // wp.tile_store(b, total)                                                                <L 47>
        // wp::tile_store<wp::float32, true, false>(var_b, var_16, var_14);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_16, var_14, adj_b, adj_16, adj_14);
        // adj: wp.tile_store(b, total)                                                           <L 47>
        wp::adj_tile_add_inplace(var_14, var_15, adj_14, adj_15);
        wp::adj_tile_sum(var_11, adj_11, adj_15);
        // adj: total += wp.tile_sum(u)                                                           <L 46>
        wp::adj_tile_sum(var_5, adj_5, adj_14);
        // adj: total = wp.tile_sum(s)                                                            <L 45>
        wp::adj_tile_store(var_b, var_13, var_5, adj_b, adj_13, adj_5);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_13);
        // adj: wp.tile_store(b, s, offset=i * TILE)                                              <L 44>
        wp::adj_tile_sub_inplace(var_5, var_12, adj_5, adj_12);
        wp::adj_tile_neg(var_11, adj_11, adj_12);
        // adj: s -= -u                                                                           <L 43>
        wp::adj_tile_mul_elementwise(var_10, var_3, adj_10, adj_3, adj_11);
        // adj: u *= t                                                                            <L 42>
        wp::adj_tile_mul(var_9, var_scale, adj_9, adj_scale, adj_10);
        // adj: u *= scale                                                                        <L 41>
        wp::adj_tile_add_inplace(var_9, var_5, adj_9, adj_5);
        // adj: u += s                                                                            <L 40>
        // adj: u = wp.tile_ones(shape=TILE, dtype=float)                                         <L 39>
        wp::adj_tile_sub_inplace(var_5, var_8, adj_5, adj_8);
        wp::adj_tile_mul(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_tile_unary_map(wp::sin, var_3, wp::adj_sin, adj_3, adj_6);
        // adj: s -= wp.tile_map(wp.sin, t) * 0.5                                                 <L 38>
        wp::adj_tile_add_inplace(var_5, var_3, adj_5, adj_3);
        // adj: s += t                                                                            <L 37>
        // adj: s = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                      <L 36>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 35>
        // adj: i = wp.tid()                                                                      <L 34>
        // adj: def mixed(a: wp.array(dtype=float), b: wp.array(dtype=float), scale: float):      <L 33>
        continue;
    }
}



extern "C" __global__ void bitwise_a540fec4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b)
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 0;
        //---------
        // forward
        // def bitwise(a: wp.array(dtype=int), b: wp.array(dtype=int)):                           <L 60>
        // t = wp.tile_load(a, shape=TILE)                                                        <L 61>
        var_1 = wp::tile_load<wp::int32, true, false, 16>(var_a, var_2);
        // s = wp.tile_ones(shape=TILE, dtype=int)                                                <L 62>
        var_3 = wp::tile_ones<int, 16>();
        // s &= t                                                                                 <L 63>
        wp::tile_bit_and_inplace(var_3, var_1);
        // s |= wp.tile_arange(TILE, dtype=int)                                                   <L 64>
        var_4 = wp::tile_arange<wp::int32, 16>(var_5, var_0, var_6);
        wp::tile_bit_or_inplace(var_3, var_4);
        // s ^= t                                                                                 <L 65>
        wp::tile_bit_xor_inplace(var_3, var_1);
        // s += t                                                                                 <L 66>
        wp::tile_add_inplace(var_3, var_1);
        // wp.tile_store(b, s)                                                                    <L 67>
        wp::tile_store<wp::int32, true, false>(var_b, var_7, var_3);
    }
}



extern "C" __global__ void bitwise_a540fec4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_b)
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4{};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        //---------
        // forward
        // def bitwise(a: wp.array(dtype=int), b: wp.array(dtype=int)):                           <L 60>
        // t = wp.tile_load(a, shape=TILE)                                                        <L 61>
        var_1 = wp::tile_load<wp::int32, true, false, 16>(var_a, var_2);
        // s = wp.tile_ones(shape=TILE, dtype=int)                                                <L 62>
        var_3 = wp::tile_ones<int, 16>();
        // s &= t                                                                                 <L 63>
        wp::tile_bit_and_inplace(var_3, var_1);
        // s |= wp.tile_arange(TILE, dtype=int)                                                   <L 64>
        var_4 = wp::tile_arange<wp::int32, 16>(var_5, var_0, var_6);
        wp::tile_bit_or_inplace(var_3, var_4);
        // s ^= t                                                                                 <L 65>
        wp::tile_bit_xor_inplace(var_3, var_1);
        // s += t                                                                                 <L 66>
        wp::tile_add_inplace(var_3, var_1);
        // wp.tile_store(b, s)                                                                    <L 67>
        // wp::tile_store<wp::int32, true, false>(var_b, var_7, var_3);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_7, var_3, adj_b, adj_7, adj_3);
        // adj: wp.tile_store(b, s)                                                               <L 67>
        wp::adj_tile_add_inplace(var_3, var_1, adj_3, adj_1);
        // adj: s += t                                                                            <L 66>
        // adj: s ^= t                                                                            <L 65>
        // adj: s |= wp.tile_arange(TILE, dtype=int)                                              <L 64>
        // adj: s &= t                                                                            <L 63>
        // adj: s = wp.tile_ones(shape=TILE, dtype=int)                                           <L 62>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_1);
        // adj: t = wp.tile_load(a, shape=TILE)                                                   <L 61>
        // adj: def bitwise(a: wp.array(dtype=int), b: wp.array(dtype=int)):                      <L 60>
        continue;
    }
}



extern "C" __global__ void views_eb75fdee_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
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
        const wp::int32 var_0 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_1;
        const wp::str var_2 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 3;
        wp::slice_t var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_12 = nullptr;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_20 = nullptr;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        //---------
        // forward
        // def views(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):             <L 71>
        // x = wp.tile_load(a, shape=(TILE_M, TILE_M), storage="shared")                          <L 72>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // v = x[1:3]                                                                             <L 73>
        var_8 = wp::slice_t(var_9, var_10, var_11);
        var_12 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_13, var_14);
        // u = wp.tile_load(a, shape=(2, TILE_M))                                                 <L 74>
        var_16 = wp::tuple(var_15, var_0);
        var_17 = wp::tile_load<wp::float32, true, false, 2, 8>(var_a, var_18, var_19);
        // v += u                                                                                 <L 75>
        wp::tile_add_inplace(var_12, var_17);
        // w = wp.tile_transpose(x)                                                               <L 76>
        var_20 = wp::tile_transpose(var_3);
        // w -= wp.tile_load(a, shape=(TILE_M, TILE_M), offset=(n, 0))                            <L 77>
        var_21 = wp::tuple(var_0, var_0);
        var_23 = wp::tuple(var_n, var_22);
        var_24 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_n, var_25);
        wp::tile_sub_inplace(var_20, var_24);
        // wp.tile_store(b, x)                                                                    <L 78>
        wp::tile_store<wp::float32, true, false>(var_b, var_26, var_27, var_3);
        // wp.tile_store(b, w)                                                                    <L 79>
        wp::tile_store<wp::float32, true, false>(var_b, var_28, var_29, var_20);
    }
}



extern "C" __global__ void views_eb75fdee_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
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
        const wp::int32 var_0 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_1;
        const wp::str var_2 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 3;
        wp::slice_t var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 3;
        const wp::int32 var_11 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_12 = nullptr;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_20 = nullptr;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const wp::int32 var_22 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_23;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
        wp::str adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::slice_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_12 = var_12;
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> adj_17{};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_20 = var_20;
        wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_24{};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        //---------
        // forward
        // def views(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):             <L 71>
        // x = wp.tile_load(a, shape=(TILE_M, TILE_M), storage="shared")                          <L 72>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // v = x[1:3]                                                                             <L 73>
        var_8 = wp::slice_t(var_9, var_10, var_11);
        var_12 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_13, var_14);
        // u = wp.tile_load(a, shape=(2, TILE_M))                                                 <L 74>
        var_16 = wp::tuple(var_15, var_0);
        var_17 = wp::tile_load<wp::float32, true, false, 2, 8>(var_a, var_18, var_19);
        // v += u                                                                                 <L 75>
        wp::tile_add_inplace(var_12, var_17);
        // w = wp.tile_transpose(x)                                                               <L 76>
        var_20 = wp::tile_transpose(var_3);
        // w -= wp.tile_load(a, shape=(TILE_M, TILE_M), offset=(n, 0))                            <L 77>
        var_21 = wp::tuple(var_0, var_0);
        var_23 = wp::tuple(var_n, var_22);
        var_24 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_n, var_25);
        wp::tile_sub_inplace(var_20, var_24);
        // wp.tile_store(b, x)                                                                    <L 78>
        // wp::tile_store<wp::float32, true, false>(var_b, var_26, var_27, var_3);
        // wp.tile_store(b, w)                                                                    <L 79>
        // wp::tile_store<wp::float32, true, false>(var_b, var_28, var_29, var_20);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_28, var_29, var_20, adj_b, adj_28, adj_29, adj_20);
        // adj: wp.tile_store(b, w)                                                               <L 79>
        wp::adj_tile_store(var_b, var_26, var_27, var_3, adj_b, adj_26, adj_27, adj_3);
        // adj: wp.tile_store(b, x)                                                               <L 78>
        wp::adj_tile_sub_inplace(var_20, var_24, adj_20, adj_24);
        wp::adj_tile_load(var_a, var_n, var_25, adj_a, adj_n, adj_25, adj_24);
        // adj: w -= wp.tile_load(a, shape=(TILE_M, TILE_M), offset=(n, 0))                       <L 77>
        wp::adj_tile_transpose(var_3, adj_3, adj_20);
        // adj: w = wp.tile_transpose(x)                                                          <L 76>
        wp::adj_tile_add_inplace(var_12, var_17, adj_12, adj_17);
        // adj: v += u                                                                            <L 75>
        wp::adj_tile_load(var_a, var_18, var_19, adj_a, adj_18, adj_19, adj_17);
        // adj: u = wp.tile_load(a, shape=(2, TILE_M))                                            <L 74>
        // adj: v = x[1:3]                                                                        <L 73>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: x = wp.tile_load(a, shape=(TILE_M, TILE_M), storage="shared")                     <L 72>
        // adj: def views(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):        <L 71>
        continue;
    }
}

