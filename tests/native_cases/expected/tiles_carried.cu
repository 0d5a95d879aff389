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



extern "C" __global__ void copies_179d40b2_cuda_kernel_forward(
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_6 = nullptr;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 3;
        wp::slice_t var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        const wp::int32 var_12 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_13 = nullptr;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,8>,wp::tile_stride_t<8,1>,false>();
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::str var_18 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        const wp::int32 var_31 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_33 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        wp::range_t var_34;
        wp::int32 var_35;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        const wp::int32 var_37 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_38;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_39 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_40 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_41 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        //---------
        // forward
        // def copies(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):            <L 93>
        // x = wp.tile_load(a, shape=(TM, TM))                                                    <L 94>
        var_1 = wp::tuple(var_0, var_0);
        var_2 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_3, var_4);
        // y = x                                                                                  <L 95>
        var_5 = wp::copy(var_2);
        // y += x                                                                                 <L 96>
        wp::tile_add_inplace(var_5, var_2);
        // z = wp.tile_transpose(y)                                                               <L 97>
        var_6 = wp::tile_transpose(var_5);
        // v = x[1:3]                                                                             <L 98>
        var_9 = wp::slice_t(var_10, var_11, var_12);
        var_13 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_2, var_14, var_15);
        // w = v                                                                                  <L 99>
        var_16 = wp::copy(var_13);
        // s = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 100>
        var_17 = wp::tuple(var_0, var_0);
        var_19 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_20, var_21);
        // s2 = s                                                                                 <L 101>
        var_22 = wp::copy(var_19);
        // s2 -= s                                                                                <L 102>
        wp::tile_sub_inplace(var_22, var_19);
        // wp.tile_store(b, x + y)                                                                <L 103>
        var_23 = wp::tile_add(var_2, var_5);
        wp::tile_store<wp::float32, true, false>(var_b, var_24, var_25, var_23);
        // wp.tile_store(b, z)                                                                    <L 104>
        wp::tile_store<wp::float32, true, false>(var_b, var_26, var_27, var_6);
        // wp.tile_store(b, w)                                                                    <L 105>
        wp::tile_store<wp::float32, true, false>(var_b, var_28, var_29, var_16);
        // wp.tile_store(b, s2)                                                                   <L 106>
        wp::tile_store<wp::float32, true, false>(var_b, var_30, var_31, var_22);
        // acc = wp.tile_zeros(shape=(TM, TM), dtype=float)                                       <L 107>
        var_32 = wp::tuple(var_0, var_0);
        var_33 = wp::tile_zeros<float, 8, 8>();
        // for k in range(n):                                                                     <L 108>
        var_34 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_34) == 0) goto end_for_0;
            var_35 = wp::iter_next(var_34);
            // t = wp.tile_load(a, shape=(TM, TM), offset=(k, 0))                                 <L 109>
            var_36 = wp::tuple(var_0, var_0);
            var_38 = wp::tuple(var_35, var_37);
            var_39 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_35, var_40);
            // acc = t                                                                            <L 110>
            var_41 = wp::copy(var_39);
            wp::assign(var_33, var_41);
            goto start_for_0;
        end_for_0:;
        // wp.tile_store(b, acc)                                                                  <L 111>
        wp::tile_store<wp::float32, true, false>(var_b, var_42, var_43, var_33);
    }
}



extern "C" __global__ void copies_179d40b2_cuda_kernel_backward(
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_3 = 0;
        const wp::int32 var_4 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_6 = nullptr;
        const wp::int32 var_7 = 1;
        const wp::int32 var_8 = 3;
        wp::slice_t var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        const wp::int32 var_12 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_13 = nullptr;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,8>,wp::tile_stride_t<8,1>,true>();
        wp::tuple_t<wp::int32, wp::int32> var_17;
        const wp::str var_18 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        const wp::int32 var_31 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_33 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        wp::range_t var_34;
        wp::int32 var_35;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        const wp::int32 var_37 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_38;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_39 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_40 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_41 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_2 = var_2;
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_5 = var_5;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_6 = var_6;
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::slice_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_13 = var_13;
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true>& adj_16 = var_16;
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::str adj_18 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_22 = var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_23{};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_32 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_33{};
        wp::range_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_38 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_39{};
        wp::int32 adj_40 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_41{};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        //---------
        // forward
        // def copies(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):            <L 93>
        // x = wp.tile_load(a, shape=(TM, TM))                                                    <L 94>
        var_1 = wp::tuple(var_0, var_0);
        var_2 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_3, var_4);
        // y = x                                                                                  <L 95>
        var_5 = wp::copy(var_2);
        // y += x                                                                                 <L 96>
        wp::tile_add_inplace(var_5, var_2);
        // z = wp.tile_transpose(y)                                                               <L 97>
        var_6 = wp::tile_transpose(var_5);
        // v = x[1:3]                                                                             <L 98>
        var_9 = wp::slice_t(var_10, var_11, var_12);
        var_13 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_2, var_14, var_15);
        // w = v                                                                                  <L 99>
        var_16 = wp::copy(var_13);
        // s = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 100>
        var_17 = wp::tuple(var_0, var_0);
        var_19 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_20, var_21);
        // s2 = s                                                                                 <L 101>
        var_22 = wp::copy(var_19);
        // s2 -= s                                                                                <L 102>
        wp::tile_sub_inplace(var_22, var_19);
        // wp.tile_store(b, x + y)                                                                <L 103>
        var_23 = wp::tile_add(var_2, var_5);
        // wp::tile_store<wp::float32, true, false>(var_b, var_24, var_25, var_23);
        // wp.tile_store(b, z)                                                                    <L 104>
        // wp::tile_store<wp::float32, true, false>(var_b, var_26, var_27, var_6);
        // wp.tile_store(b, w)                                                                    <L 105>
        // wp::tile_store<wp::float32, true, false>(var_b, var_28, var_29, var_16);
        // wp.tile_store(b, s2)                                                                   <L 106>
        // wp::tile_store<wp::float32, true, false>(var_b, var_30, var_31, var_22);
        // acc = wp.tile_zeros(shape=(TM, TM), dtype=float)                                       <L 107>
        var_32 = wp::tuple(var_0, var_0);
        var_33 = wp::tile_zeros<float, 8, 8>();
        // for k in range(n):                                                                     <L 108>
        var_34 = wp::range(var_n);
        // wp.tile_store(b, acc)                                                                  <L 111>
        // wp::tile_store<wp::float32, true, false>(var_b, var_42, var_43, var_33);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_42, var_43, var_33, adj_b, adj_42, adj_43, adj_33);
        // adj: wp.tile_store(b, acc)                                                             <L 111>
        var_34 = wp::iter_reverse(var_34);
        start_for_0:;
            if (iter_cmp(var_34) == 0) goto end_for_0;
            var_35 = wp::iter_next(var_34);
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39.grad_zero();
        	adj_40 = {};
        	adj_41.grad_zero();
            // t = wp.tile_load(a, shape=(TM, TM), offset=(k, 0))                                 <L 109>
            var_36 = wp::tuple(var_0, var_0);
            var_38 = wp::tuple(var_35, var_37);
            var_39 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_35, var_40);
            // acc = t                                                                            <L 110>
            var_41 = wp::copy(var_39);
            wp::assign(var_33, var_41);
            wp::adj_assign(var_33, var_41, adj_33, adj_41);
            wp::adj_copy(var_39, adj_39, adj_41);
            // adj: acc = t                                                                       <L 110>
            wp::adj_tile_load(var_a, var_35, var_40, adj_a, adj_35, adj_40, adj_39);
            // adj: t = wp.tile_load(a, shape=(TM, TM), offset=(k, 0))                            <L 109>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 108>
        // adj: acc = wp.tile_zeros(shape=(TM, TM), dtype=float)                                  <L 107>
        wp::adj_tile_store(var_b, var_30, var_31, var_22, adj_b, adj_30, adj_31, adj_22);
        // adj: wp.tile_store(b, s2)                                                              <L 106>
        wp::adj_tile_store(var_b, var_28, var_29, var_16, adj_b, adj_28, adj_29, adj_16);
        // adj: wp.tile_store(b, w)                                                               <L 105>
        wp::adj_tile_store(var_b, var_26, var_27, var_6, adj_b, adj_26, adj_27, adj_6);
        // adj: wp.tile_store(b, z)                                                               <L 104>
        wp::adj_tile_store(var_b, var_24, var_25, var_23, adj_b, adj_24, adj_25, adj_23);
        wp::adj_tile_add(var_2, var_5, adj_2, adj_5, adj_23);
        // adj: wp.tile_store(b, x + y)                                                           <L 103>
        wp::adj_tile_sub_inplace(var_22, var_19, adj_22, adj_19);
        // adj: s2 -= s                                                                           <L 102>
        wp::adj_copy(var_19, adj_19, adj_22);
        // adj: s2 = s                                                                            <L 101>
        wp::adj_tile_load(var_a, var_20, var_21, adj_a, adj_20, adj_21, adj_19);
        // adj: s = wp.tile_load(a, shape=(TM, TM), storage="shared")                             <L 100>
        wp::adj_copy(var_13, adj_13, adj_16);
        // adj: w = v                                                                             <L 99>
        // adj: v = x[1:3]                                                                        <L 98>
        wp::adj_tile_transpose(var_5, adj_5, adj_6);
        // adj: z = wp.tile_transpose(y)                                                          <L 97>
        wp::adj_tile_add_inplace(var_5, var_2, adj_5, adj_2);
        // adj: y += x                                                                            <L 96>
        wp::adj_copy(var_2, adj_2, adj_5);
        // adj: y = x                                                                             <L 95>
        wp::adj_tile_load(var_a, var_3, var_4, adj_a, adj_3, adj_4, adj_2);
        // adj: x = wp.tile_load(a, shape=(TM, TM))                                               <L 94>
        // adj: def copies(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 93>
        continue;
    }
}



extern "C" __global__ void nested_loops_33b7cc3d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
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
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        bool var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::str var_13 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_25;
        wp::int32 var_26;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_28 = nullptr;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        //---------
        // forward
        // def nested_loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 31>
        // i, j = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                       <L 33>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_zeros<float, 8, 4>();
        // k = int(0)                                                                             <L 34>
        var_7 = wp::int(var_6);
        // while k < n:                                                                           <L 35>
        start_while_0:;
        var_8 = (var_7 < var_n);
        if ((var_8) == false) goto end_while_0;
            // x = wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN), storage="shared")       <L 36>
            var_9 = wp::tuple(var_2, var_3);
            var_10 = wp::mul(var_7, var_2);
            var_11 = wp::mul(var_1, var_3);
            var_12 = wp::tuple(var_10, var_11);
            var_14 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_10, var_11);
            // for m in range(n):                                                                 <L 37>
            var_15 = wp::range(var_n);
            start_for_2:;
                if (iter_cmp(var_15) == 0) goto end_for_2;
                var_16 = wp::iter_next(var_15);
                // acc = acc - x * 2.0                                                            <L 38>
                var_18 = wp::tile_mul(var_14, var_17);
                var_19 = wp::tile_sub(var_5, var_18);
                wp::assign(var_5, var_19);
                goto start_for_2;
            end_for_2:;
            // acc += x                                                                           <L 39>
            wp::tile_add_inplace(var_5, var_14);
            // k += 1                                                                             <L 40>
            var_21 = wp::add(var_7, var_20);
            wp::assign(var_7, var_21);
        goto start_while_0;
        end_while_0:;
        // for m in range(20):                                                                    <L 41>
        var_22 = 0;
        start_for_4:;
            if (var_22 >= 20) goto end_for_4;
            var_23 = var_22;
            var_22 += 1;
            // acc = wp.tile_map(wp.cos, acc)                                                     <L 42>
            var_24 = wp::tile_unary_map(wp::cos, var_5);
            wp::assign(var_5, var_24);
            goto start_for_4;
        end_for_4:;
        // wp.tile_store(b, acc, offset=(i * TM, j * TN))                                         <L 43>
        var_25 = wp::mul(var_0, var_2);
        var_26 = wp::mul(var_1, var_3);
        var_27 = wp::tuple(var_25, var_26);
        wp::tile_store<wp::float32, true, false>(var_b, var_25, var_26, var_5);
        // wp.tile_store(b, wp.tile_transpose(acc))                                               <L 44>
        var_28 = wp::tile_transpose(var_5);
        wp::tile_store<wp::float32, true, false>(var_b, var_29, var_30, var_28);
    }
}



extern "C" __global__ void nested_loops_33b7cc3d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
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
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        bool var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::str var_13 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        wp::int32 var_25;
        wp::int32 var_26;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_28 = nullptr;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::str adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_14 = var_14;
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_18{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_19{};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_24{};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_28 = var_28;
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def nested_loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 31>
        // i, j = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                       <L 33>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::tile_zeros<float, 8, 4>();
        // k = int(0)                                                                             <L 34>
        var_7 = wp::int(var_6);
        // while k < n:                                                                           <L 35>
        // for m in range(20):                                                                    <L 41>
        var_22 = 0;
        // wp.tile_store(b, acc, offset=(i * TM, j * TN))                                         <L 43>
        var_25 = wp::mul(var_0, var_2);
        var_26 = wp::mul(var_1, var_3);
        var_27 = wp::tuple(var_25, var_26);
        // wp::tile_store<wp::float32, true, false>(var_b, var_25, var_26, var_5);
        // wp.tile_store(b, wp.tile_transpose(acc))                                               <L 44>
        var_28 = wp::tile_transpose(var_5);
        // wp::tile_store<wp::float32, true, false>(var_b, var_29, var_30, var_28);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_29, var_30, var_28, adj_b, adj_29, adj_30, adj_28);
        wp::adj_tile_transpose(var_5, adj_5, adj_28);
        // adj: wp.tile_store(b, wp.tile_transpose(acc))                                          <L 44>
        wp::adj_tile_store(var_b, var_25, var_26, var_5, adj_b, adj_25, adj_26, adj_5);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_26);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_25);
        // adj: wp.tile_store(b, acc, offset=(i * TM, j * TN))                                    <L 43>
        var_22 = 19;
        start_for_4:;
        	if (var_22 < 0) goto end_for_4;
        	var_23 = var_22;
        	var_22 -= 1;
        	adj_24.grad_zero();
            // acc = wp.tile_map(wp.cos, acc)                                                     <L 42>
            var_24 = wp::tile_unary_map(wp::cos, var_5);
            wp::assign(var_5, var_24);
            wp::adj_assign(var_5, var_24, adj_5, adj_24);
            wp::adj_tile_unary_map(wp::cos, var_5, wp::adj_cos, adj_5, adj_24);
            // adj: acc = wp.tile_map(wp.cos, acc)                                                <L 42>
        	goto start_for_4;
        end_for_4:;
        // adj: for m in range(20):                                                               <L 41>
        start_while_0:;
        var_8 = (var_7 < var_n);
        if ((var_8) == false) goto end_while_0;
        adj_9 = {};
        adj_10 = {};
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14.grad_zero();
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18.grad_zero();
        adj_19.grad_zero();
        adj_20 = {};
        adj_21 = {};
            // x = wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN), storage="shared")       <L 36>
            var_9 = wp::tuple(var_2, var_3);
            var_10 = wp::mul(var_7, var_2);
            var_11 = wp::mul(var_1, var_3);
            var_12 = wp::tuple(var_10, var_11);
            var_14 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_10, var_11);
            // for m in range(n):                                                                 <L 37>
            var_15 = wp::range(var_n);
            // acc += x                                                                           <L 39>
            wp::tile_add_inplace(var_5, var_14);
            // k += 1                                                                             <L 40>
            var_21 = wp::add(var_7, var_20);
            wp::assign(var_7, var_21);
            wp::adj_assign(var_7, var_21, adj_7, adj_21);
            wp::adj_add(var_7, var_20, adj_7, adj_20, adj_21);
            // adj: k += 1                                                                        <L 40>
            wp::adj_tile_add_inplace(var_5, var_14, adj_5, adj_14);
            // adj: acc += x                                                                      <L 39>
            var_15 = wp::iter_reverse(var_15);
            start_for_2:;
                if (iter_cmp(var_15) == 0) goto end_for_2;
                var_16 = wp::iter_next(var_15);
            	adj_17 = {};
            	adj_18.grad_zero();
            	adj_19.grad_zero();
                // acc = acc - x * 2.0                                                            <L 38>
                var_18 = wp::tile_mul(var_14, var_17);
                var_19 = wp::tile_sub(var_5, var_18);
                wp::assign(var_5, var_19);
                wp::adj_assign(var_5, var_19, adj_5, adj_19);
                wp::adj_tile_sub(var_5, var_18, adj_5, adj_18, adj_19);
                wp::adj_tile_mul(var_14, var_17, adj_14, adj_17, adj_18);
                // adj: acc = acc - x * 2.0                                                       <L 38>
            	goto start_for_2;
            end_for_2:;
            // adj: for m in range(n):                                                            <L 37>
            wp::adj_tile_load(var_a, var_10, var_11, adj_a, adj_10, adj_11, adj_14);
            wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_11);
            wp::adj_mul(var_7, var_2, adj_7, adj_2, adj_10);
            // adj: x = wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN), storage="shared")  <L 36>
        goto start_while_0;
        end_while_0:;
        // adj: while k < n:                                                                      <L 35>
        // adj: k = int(0)                                                                        <L 34>
        // adj: acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                  <L 33>
        // adj: i, j = wp.tid()                                                                   <L 32>
        // adj: def nested_loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):  <L 31>
        continue;
    }
}



extern "C" __global__ void loop_rebind_39bb740f_cuda_kernel_forward(
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
        wp::int32 var_0;
        const wp::int32 var_1 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_10 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_13 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_15 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_18 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_21 = 2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        //---------
        // forward
        // def loop_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):           <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 17>
        var_2 = wp::tile_zeros<float, 16>();
        // sh = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                          <L 18>
        var_4 = wp::tile_zeros<float, 16>();
        // for k in range(n):                                                                     <L 19>
        var_5 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 20>
            var_7 = wp::mul(var_6, var_1);
            var_8 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_7);
            // acc = acc + t                                                                      <L 21>
            var_9 = wp::tile_add(var_2, var_8);
            // sh = sh - t * 0.5                                                                  <L 22>
            var_11 = wp::tile_mul(var_8, var_10);
            var_12 = wp::tile_sub(var_4, var_11);
            // sh *= 0.5                                                                          <L 23>
            var_14 = wp::tile_mul(var_12, var_13);
            wp::assign(var_2, var_9);
            wp::assign(var_4, var_14);
            goto start_for_0;
        end_for_0:;
        // for k in range(3):                                                                     <L 24>
        // acc = acc + wp.tile_map(wp.sin, acc)                                                   <L 25>
        var_16 = wp::tile_unary_map(wp::sin, var_2);
        var_17 = wp::tile_add(var_2, var_16);
        var_19 = wp::tile_unary_map(wp::sin, var_17);
        var_20 = wp::tile_add(var_17, var_19);
        var_22 = wp::tile_unary_map(wp::sin, var_20);
        var_23 = wp::tile_add(var_20, var_22);
        // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 26>
        var_24 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_b, var_24, var_23);
        // wp.tile_store(b, sh)                                                                   <L 27>
        wp::tile_store<wp::float32, true, false>(var_b, var_25, var_4);
    }
}



extern "C" __global__ void loop_rebind_39bb740f_cuda_kernel_backward(
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
        wp::int32 var_0;
        const wp::int32 var_1 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::str var_3 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_10 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_13 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_15 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_18 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_21 = 2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_2{};
        wp::str adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9{};
        wp::float32 adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12{};
        wp::float32 adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
        wp::int32 adj_15 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_16{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17{};
        wp::int32 adj_18 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_20{};
        wp::int32 adj_21 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_22{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_23{};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        //---------
        // forward
        // def loop_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):           <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 17>
        var_2 = wp::tile_zeros<float, 16>();
        // sh = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                          <L 18>
        var_4 = wp::tile_zeros<float, 16>();
        // for k in range(n):                                                                     <L 19>
        var_5 = wp::range(var_n);
        // for k in range(3):                                                                     <L 24>
        // acc = acc + wp.tile_map(wp.sin, acc)                                                   <L 25>
        var_16 = wp::tile_unary_map(wp::sin, var_2);
        var_17 = wp::tile_add(var_2, var_16);
        var_19 = wp::tile_unary_map(wp::sin, var_17);
        var_20 = wp::tile_add(var_17, var_19);
        var_22 = wp::tile_unary_map(wp::sin, var_20);
        var_23 = wp::tile_add(var_20, var_22);
        // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 26>
        var_24 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_b, var_24, var_23);
        // wp.tile_store(b, sh)                                                                   <L 27>
        // wp::tile_store<wp::float32, true, false>(var_b, var_25, var_4);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_25, var_4, adj_b, adj_25, adj_4);
        // adj: wp.tile_store(b, sh)                                                              <L 27>
        wp::adj_tile_store(var_b, var_24, var_23, adj_b, adj_24, adj_23);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_24);
        // adj: wp.tile_store(b, acc, offset=i * TILE)                                            <L 26>
        wp::adj_tile_add(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_tile_unary_map(wp::sin, var_20, wp::adj_sin, adj_20, adj_22);
        wp::adj_tile_add(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_tile_unary_map(wp::sin, var_17, wp::adj_sin, adj_17, adj_19);
        wp::adj_tile_add(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_tile_unary_map(wp::sin, var_2, wp::adj_sin, adj_2, adj_16);
        // adj: acc = acc + wp.tile_map(wp.sin, acc)                                              <L 25>
        // adj: for k in range(3):                                                                <L 24>
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
        	adj_8.grad_zero();
        	adj_9.grad_zero();
        	adj_10 = {};
        	adj_11.grad_zero();
        	adj_12.grad_zero();
        	adj_13 = {};
        	adj_14.grad_zero();
            // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 20>
            var_7 = wp::mul(var_6, var_1);
            var_8 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_7);
            // acc = acc + t                                                                      <L 21>
            var_9 = wp::tile_add(var_2, var_8);
            // sh = sh - t * 0.5                                                                  <L 22>
            var_11 = wp::tile_mul(var_8, var_10);
            var_12 = wp::tile_sub(var_4, var_11);
            // sh *= 0.5                                                                          <L 23>
            var_14 = wp::tile_mul(var_12, var_13);
            wp::assign(var_2, var_9);
            wp::assign(var_4, var_14);
            wp::adj_assign(var_4, var_14, adj_4, adj_14);
            wp::adj_assign(var_2, var_9, adj_2, adj_9);
            wp::adj_tile_mul(var_12, var_13, adj_12, adj_13, adj_14);
            // adj: sh *= 0.5                                                                     <L 23>
            wp::adj_tile_sub(var_4, var_11, adj_4, adj_11, adj_12);
            wp::adj_tile_mul(var_8, var_10, adj_8, adj_10, adj_11);
            // adj: sh = sh - t * 0.5                                                             <L 22>
            wp::adj_tile_add(var_2, var_8, adj_2, adj_8, adj_9);
            // adj: acc = acc + t                                                                 <L 21>
            wp::adj_tile_load(var_a, var_7, adj_a, adj_7, adj_8);
            wp::adj_mul(var_6, var_1, adj_6, adj_1, adj_7);
            // adj: t = wp.tile_load(a, shape=TILE, offset=k * TILE)                              <L 20>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 19>
        // adj: sh = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                     <L 18>
        // adj: acc = wp.tile_zeros(shape=TILE, dtype=float)                                      <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def loop_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):      <L 15>
        continue;
    }
}



extern "C" __global__ void views_carried_aa705b47_cuda_kernel_forward(
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
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        wp::range_t var_8;
        wp::int32 var_9;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_10 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        //---------
        // forward
        // def views_carried(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 48>
        // x = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 49>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // y = wp.tile_zeros(shape=(TM, TM), dtype=float)                                         <L 50>
        var_6 = wp::tuple(var_0, var_0);
        var_7 = wp::tile_zeros<float, 8, 8>();
        // for k in range(n):                                                                     <L 51>
        var_8 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // y = wp.tile_transpose(x)                                                           <L 52>
            var_10 = wp::tile_transpose(var_3);
            // x = x + y                                                                          <L 53>
            var_11 = wp::tile_add(var_3, var_10);
            wp::assign(var_3, var_11);
            wp::assign(var_7, var_10);
            goto start_for_0;
        end_for_0:;
        // wp.tile_store(b, x)                                                                    <L 54>
        wp::tile_store<wp::float32, true, false>(var_b, var_12, var_13, var_3);
        // wp.tile_store(b, y)                                                                    <L 55>
        wp::tile_store<wp::float32, true, false>(var_b, var_14, var_15, var_7);
    }
}



extern "C" __global__ void views_carried_aa705b47_cuda_kernel_backward(
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
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        wp::range_t var_8;
        wp::int32 var_9;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_10 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
        wp::str adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_7{};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_10 = var_10;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_11{};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        //---------
        // forward
        // def views_carried(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 48>
        // x = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 49>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // y = wp.tile_zeros(shape=(TM, TM), dtype=float)                                         <L 50>
        var_6 = wp::tuple(var_0, var_0);
        var_7 = wp::tile_zeros<float, 8, 8>();
        // for k in range(n):                                                                     <L 51>
        var_8 = wp::range(var_n);
        // wp.tile_store(b, x)                                                                    <L 54>
        // wp::tile_store<wp::float32, true, false>(var_b, var_12, var_13, var_3);
        // wp.tile_store(b, y)                                                                    <L 55>
        // wp::tile_store<wp::float32, true, false>(var_b, var_14, var_15, var_7);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_14, var_15, var_7, adj_b, adj_14, adj_15, adj_7);
        // adj: wp.tile_store(b, y)                                                               <L 55>
        wp::adj_tile_store(var_b, var_12, var_13, var_3, adj_b, adj_12, adj_13, adj_3);
        // adj: wp.tile_store(b, x)                                                               <L 54>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
        	adj_11.grad_zero();
            // y = wp.tile_transpose(x)                                                           <L 52>
            var_10 = wp::tile_transpose(var_3);
            // x = x + y                                                                          <L 53>
            var_11 = wp::tile_add(var_3, var_10);
            wp::assign(var_3, var_11);
            wp::assign(var_7, var_10);
            wp::adj_assign(var_7, var_10, adj_7, adj_10);
            wp::adj_assign(var_3, var_11, adj_3, adj_11);
            wp::adj_tile_add(var_3, var_10, adj_3, adj_10, adj_11);
            // adj: x = x + y                                                                     <L 53>
            wp::adj_tile_transpose(var_3, adj_3, adj_10);
            // adj: y = wp.tile_transpose(x)                                                      <L 52>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 51>
        // adj: y = wp.tile_zeros(shape=(TM, TM), dtype=float)                                    <L 50>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: x = wp.tile_load(a, shape=(TM, TM), storage="shared")                             <L 49>
        // adj: def views_carried(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):  <L 48>
        continue;
    }
}



extern "C" __global__ void while_rebind_b04beb71_cuda_kernel_forward(
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        bool var_4;
        const wp::str var_5 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_9 = 5;
        bool var_10;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        //---------
        // forward
        // def while_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):          <L 129>
        // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 130>
        var_1 = wp::tile_zeros<float, 16>();
        // k = int(0)                                                                             <L 131>
        var_3 = wp::int(var_2);
        // while k < n:                                                                           <L 132>
        start_while_0:;
        var_4 = (var_3 < var_n);
        if ((var_4) == false) goto end_while_0;
            // x = wp.tile_load(a, shape=TILE, offset=k, storage="shared")                        <L 133>
            var_6 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_3);
            // y = x                                                                              <L 134>
            var_7 = wp::copy(var_6);
            // acc = acc + y                                                                      <L 135>
            var_8 = wp::tile_add(var_1, var_7);
            // if k > 5:                                                                          <L 136>
            var_10 = (var_3 > var_9);
            if (var_10) {
                // break                                                                          <L 137>
                wp::assign(var_1, var_8);
                goto end_while_0;
            }
            var_11 = wp::where(var_10, var_1, var_8);
            // k += 1                                                                             <L 138>
            var_13 = wp::add(var_3, var_12);
            wp::assign(var_1, var_11);
            wp::assign(var_3, var_13);
        goto start_while_0;
        end_while_0:;
        // wp.tile_store(b, acc)                                                                  <L 139>
        wp::tile_store<wp::float32, true, false>(var_b, var_14, var_1);
    }
}



extern "C" __global__ void while_rebind_b04beb71_cuda_kernel_backward(
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
        const wp::int32 var_0 = 16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_1 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        bool var_4;
        const wp::str var_5 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_9 = 5;
        bool var_10;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_1{};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::str adj_5 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_6 = var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def while_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):          <L 129>
        // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 130>
        var_1 = wp::tile_zeros<float, 16>();
        // k = int(0)                                                                             <L 131>
        var_3 = wp::int(var_2);
        // while k < n:                                                                           <L 132>
        // wp.tile_store(b, acc)                                                                  <L 139>
        // wp::tile_store<wp::float32, true, false>(var_b, var_14, var_1);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_14, var_1, adj_b, adj_14, adj_1);
        // adj: wp.tile_store(b, acc)                                                             <L 139>
        start_while_0:;
        var_4 = (var_3 < var_n);
        if ((var_4) == false) goto end_while_0;
        adj_5 = {};
        adj_6.grad_zero();
        adj_7.grad_zero();
        adj_8.grad_zero();
        adj_9 = {};
        adj_10 = {};
        adj_11.grad_zero();
        adj_12 = {};
        adj_13 = {};
            // x = wp.tile_load(a, shape=TILE, offset=k, storage="shared")                        <L 133>
            var_6 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_3);
            // y = x                                                                              <L 134>
            var_7 = wp::copy(var_6);
            // acc = acc + y                                                                      <L 135>
            var_8 = wp::tile_add(var_1, var_7);
            // if k > 5:                                                                          <L 136>
            var_10 = (var_3 > var_9);
            if (var_10) {
                // break                                                                          <L 137>
                wp::assign(var_1, var_8);
                goto end_while_0;
            }
            var_11 = wp::where(var_10, var_1, var_8);
            // k += 1                                                                             <L 138>
            var_13 = wp::add(var_3, var_12);
            wp::assign(var_1, var_11);
            wp::assign(var_3, var_13);
            wp::adj_assign(var_3, var_13, adj_3, adj_13);
            wp::adj_assign(var_1, var_11, adj_1, adj_11);
            wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
            // adj: k += 1                                                                        <L 138>
            wp::adj_where(var_10, var_1, var_8, adj_10, adj_1, adj_8, adj_11);
            if (var_10) {
                wp::adj_assign(var_1, var_8, adj_1, adj_8);
                // adj: break                                                                     <L 137>
            }
            // adj: if k > 5:                                                                     <L 136>
            wp::adj_tile_add(var_1, var_7, adj_1, adj_7, adj_8);
            // adj: acc = acc + y                                                                 <L 135>
            wp::adj_copy(var_6, adj_6, adj_7);
            // adj: y = x                                                                         <L 134>
            wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_6);
            // adj: x = wp.tile_load(a, shape=TILE, offset=k, storage="shared")                   <L 133>
        goto start_while_0;
        end_while_0:;
        // adj: while k < n:                                                                      <L 132>
        // adj: k = int(0)                                                                        <L 131>
        // adj: acc = wp.tile_zeros(shape=TILE, dtype=float)                                      <L 130>
        // adj: def while_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):     <L 129>
        continue;
    }
}



extern "C" __global__ void branches_e4767900_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n,
    wp::float32 var_c)
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_3 = 0;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_7 = 2;
        bool var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_10 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::float32 var_13 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_23 = 0;
        wp::range_t var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_30 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_31 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_32 = 3;
        bool var_33;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_39 = 3;
        bool var_40;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_41 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        bool var_44;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_45 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_46 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_47 = 0;
        //---------
        // forward
        // def branches(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int, c: float):       <L 59>
        // x = wp.tile_load(a, shape=TILE, storage="shared")                                      <L 60>
        var_2 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_3);
        // y = wp.tile_load(a, shape=TILE, offset=TILE, storage="shared")                         <L 61>
        var_5 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_0);
        // r = wp.tile_zeros(shape=TILE, dtype=float)                                             <L 62>
        var_6 = wp::tile_zeros<float, 16>();
        // if n > 2:                                                                              <L 63>
        var_8 = (var_n > var_7);
        if (var_8) {
            // r = x + y                                                                          <L 64>
            var_9 = wp::tile_add(var_2, var_5);
            // s = x * 1.0                                                                        <L 65>
            var_11 = wp::tile_mul(var_2, var_10);
            // u = x                                                                              <L 66>
            var_12 = wp::copy(var_2);
        }
        if (!var_8) {
            // r = y * 2.0                                                                        <L 68>
            var_14 = wp::tile_mul(var_5, var_13);
            // s = -y                                                                             <L 69>
            var_15 = wp::tile_neg(var_5);
            // u = r                                                                              <L 70>
            var_16 = wp::copy(var_14);
        }
        var_17 = wp::where(var_8, var_9, var_14);
        var_18 = wp::where(var_8, var_11, var_15);
        var_19 = wp::where(var_8, var_12, var_16);
        // wp.tile_store(b, r)                                                                    <L 71>
        wp::tile_store<wp::float32, true, false>(var_b, var_20, var_17);
        // wp.tile_store(b, s)                                                                    <L 72>
        wp::tile_store<wp::float32, true, false>(var_b, var_21, var_18);
        // wp.tile_store(b, wp.tile_map(wp.sin, u))                                               <L 73>
        var_22 = wp::tile_unary_map(wp::sin, var_19);
        wp::tile_store<wp::float32, true, false>(var_b, var_23, var_22);
        // for k in range(n):                                                                     <L 74>
        var_24 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_24) == 0) goto end_for_0;
            var_25 = wp::iter_next(var_24);
            // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 75>
            var_26 = wp::mul(var_25, var_0);
            var_27 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_26);
            // if c > 0.0:                                                                        <L 76>
            var_29 = (var_c > var_28);
            if (var_29) {
                // r = r + t                                                                      <L 77>
                var_30 = wp::tile_add(var_17, var_27);
            }
            if (!var_29) {
                // r -= t                                                                         <L 79>
                wp::tile_sub_inplace(var_17, var_27);
            }
            var_31 = wp::where(var_29, var_30, var_17);
            // if k > 3:                                                                          <L 80>
            var_33 = (var_25 > var_32);
            if (var_33) {
                // s = t                                                                          <L 81>
                var_34 = wp::copy(var_27);
            }
            var_35 = wp::where(var_33, var_34, var_18);
            wp::assign(var_17, var_31);
            wp::assign(var_18, var_35);
            goto start_for_0;
        end_for_0:;
        // wp.tile_store(b, r)                                                                    <L 82>
        wp::tile_store<wp::float32, true, false>(var_b, var_36, var_17);
        // wp.tile_store(b, s)                                                                    <L 83>
        wp::tile_store<wp::float32, true, false>(var_b, var_37, var_18);
        // q = wp.tile_ones(shape=TILE, dtype=float)                                              <L 84>
        var_38 = wp::tile_ones<float, 16>();
        // q2 = q if n > 3 else x                                                                 <L 85>
        var_40 = (var_n > var_39);
        if (var_40) {
        }
        if (!var_40) {
        }
        var_41 = wp::where(var_40, var_38, var_2);
        // wp.tile_store(b, q2)                                                                   <L 86>
        wp::tile_store<wp::float32, true, false>(var_b, var_42, var_41);
        // if n > 1:                                                                              <L 87>
        var_44 = (var_n > var_43);
        if (var_44) {
            // q = y                                                                              <L 88>
            var_45 = wp::copy(var_5);
        }
        var_46 = wp::where(var_44, var_45, var_38);
        // wp.tile_store(b, q)                                                                    <L 89>
        wp::tile_store<wp::float32, true, false>(var_b, var_47, var_46);
    }
}



extern "C" __global__ void branches_e4767900_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_n,
    wp::float32 var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::int32 adj_n,
    wp::float32 adj_c)
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
        const wp::str var_1 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_3 = 0;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_7 = 2;
        bool var_8;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_10 = 1.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::float32 var_13 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_23 = 0;
        wp::range_t var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_30 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_31 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_32 = 3;
        bool var_33;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_39 = 3;
        bool var_40;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_41 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        bool var_44;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_45 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_46 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_47 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::str adj_1 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_2 = var_2;
        wp::int32 adj_3 = {};
        wp::str adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6{};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9{};
        wp::float32 adj_10 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_12 = var_12;
        wp::float32 adj_13 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_15{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_16{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19{};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_22{};
        wp::int32 adj_23 = {};
        wp::range_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_27{};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_30{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_31{};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_34{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_35{};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_38{};
        wp::int32 adj_39 = {};
        bool adj_40 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_41{};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        bool adj_44 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_45 = var_45;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_46{};
        wp::int32 adj_47 = {};
        //---------
        // forward
        // def branches(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int, c: float):       <L 59>
        // x = wp.tile_load(a, shape=TILE, storage="shared")                                      <L 60>
        var_2 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_3);
        // y = wp.tile_load(a, shape=TILE, offset=TILE, storage="shared")                         <L 61>
        var_5 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_0);
        // r = wp.tile_zeros(shape=TILE, dtype=float)                                             <L 62>
        var_6 = wp::tile_zeros<float, 16>();
        // if n > 2:                                                                              <L 63>
        var_8 = (var_n > var_7);
        if (var_8) {
            // r = x + y                                                                          <L 64>
            var_9 = wp::tile_add(var_2, var_5);
            // s = x * 1.0                                                                        <L 65>
            var_11 = wp::tile_mul(var_2, var_10);
            // u = x                                                                              <L 66>
            var_12 = wp::copy(var_2);
        }
        if (!var_8) {
            // r = y * 2.0                                                                        <L 68>
            var_14 = wp::tile_mul(var_5, var_13);
            // s = -y                                                                             <L 69>
            var_15 = wp::tile_neg(var_5);
            // u = r                                                                              <L 70>
            var_16 = wp::copy(var_14);
        }
        var_17 = wp::where(var_8, var_9, var_14);
        var_18 = wp::where(var_8, var_11, var_15);
        var_19 = wp::where(var_8, var_12, var_16);
        // wp.tile_store(b, r)                                                                    <L 71>
        // wp::tile_store<wp::float32, true, false>(var_b, var_20, var_17);
        // wp.tile_store(b, s)                                                                    <L 72>
        // wp::tile_store<wp::float32, true, false>(var_b, var_21, var_18);
        // wp.tile_store(b, wp.tile_map(wp.sin, u))                                               <L 73>
        var_22 = wp::tile_unary_map(wp::sin, var_19);
        // wp::tile_store<wp::float32, true, false>(var_b, var_23, var_22);
        // for k in range(n):                                                                     <L 74>
        var_24 = wp::range(var_n);
        // wp.tile_store(b, r)                                                                    <L 82>
        // wp::tile_store<wp::float32, true, false>(var_b, var_36, var_17);
        // wp.tile_store(b, s)                                                                    <L 83>
        // wp::tile_store<wp::float32, true, false>(var_b, var_37, var_18);
        // q = wp.tile_ones(shape=TILE, dtype=float)                                              <L 84>
        var_38 = wp::tile_ones<float, 16>();
        // q2 = q if n > 3 else x                                                                 <L 85>
        var_40 = (var_n > var_39);
        if (var_40) {
        }
        if (!var_40) {
        }
        var_41 = wp::where(var_40, var_38, var_2);
        // wp.tile_store(b, q2)                                                                   <L 86>
        // wp::tile_store<wp::float32, true, false>(var_b, var_42, var_41);
        // if n > 1:                                                                              <L 87>
        var_44 = (var_n > var_43);
        if (var_44) {
            // q = y                                                                              <L 88>
            var_45 = wp::copy(var_5);
        }
        var_46 = wp::where(var_44, var_45, var_38);
        // wp.tile_store(b, q)                                                                    <L 89>
        // wp::tile_store<wp::float32, true, false>(var_b, var_47, var_46);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_47, var_46, adj_b, adj_47, adj_46);
        // adj: wp.tile_store(b, q)                                                               <L 89>
        wp::adj_where(var_44, var_45, var_38, adj_44, adj_45, adj_38, adj_46);
        if (var_44) {
            wp::adj_copy(var_5, adj_5, adj_45);
            // adj: q = y                                                                         <L 88>
        }
        // adj: if n > 1:                                                                         <L 87>
        wp::adj_tile_store(var_b, var_42, var_41, adj_b, adj_42, adj_41);
        // adj: wp.tile_store(b, q2)                                                              <L 86>
        wp::adj_where(var_40, var_38, var_2, adj_40, adj_38, adj_2, adj_41);
        if (!var_40) {
        }
        if (var_40) {
        }
        // adj: q2 = q if n > 3 else x                                                            <L 85>
        // adj: q = wp.tile_ones(shape=TILE, dtype=float)                                         <L 84>
        wp::adj_tile_store(var_b, var_37, var_18, adj_b, adj_37, adj_18);
        // adj: wp.tile_store(b, s)                                                               <L 83>
        wp::adj_tile_store(var_b, var_36, var_17, adj_b, adj_36, adj_17);
        // adj: wp.tile_store(b, r)                                                               <L 82>
        var_24 = wp::iter_reverse(var_24);
        start_for_0:;
            if (iter_cmp(var_24) == 0) goto end_for_0;
            var_25 = wp::iter_next(var_24);
        	adj_26 = {};
        	adj_27.grad_zero();
        	adj_28 = {};
        	adj_29 = {};
        	adj_30.grad_zero();
        	adj_31.grad_zero();
        	adj_32 = {};
        	adj_33 = {};
        	adj_34.grad_zero();
        	adj_35.grad_zero();
            // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 75>
            var_26 = wp::mul(var_25, var_0);
            var_27 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_26);
            // if c > 0.0:                                                                        <L 76>
            var_29 = (var_c > var_28);
            if (var_29) {
                // r = r + t                                                                      <L 77>
                var_30 = wp::tile_add(var_17, var_27);
            }
            if (!var_29) {
                // r -= t                                                                         <L 79>
                wp::tile_sub_inplace(var_17, var_27);
            }
            var_31 = wp::where(var_29, var_30, var_17);
            // if k > 3:                                                                          <L 80>
            var_33 = (var_25 > var_32);
            if (var_33) {
                // s = t                                                                          <L 81>
                var_34 = wp::copy(var_27);
            }
            var_35 = wp::where(var_33, var_34, var_18);
            wp::assign(var_17, var_31);
            wp::assign(var_18, var_35);
            wp::adj_assign(var_18, var_35, adj_18, adj_35);
            wp::adj_assign(var_17, var_31, adj_17, adj_31);
            wp::adj_where(var_33, var_34, var_18, adj_33, adj_34, adj_18, adj_35);
            if (var_33) {
                wp::adj_copy(var_27, adj_27, adj_34);
                // adj: s = t                                                                     <L 81>
            }
            // adj: if k > 3:                                                                     <L 80>
            wp::adj_where(var_29, var_30, var_17, adj_29, adj_30, adj_17, adj_31);
            if (!var_29) {
                wp::adj_tile_sub_inplace(var_17, var_27, adj_17, adj_27);
                // adj: r -= t                                                                    <L 79>
            }
            if (var_29) {
                wp::adj_tile_add(var_17, var_27, adj_17, adj_27, adj_30);
                // adj: r = r + t                                                                 <L 77>
            }
            // adj: if c > 0.0:                                                                   <L 76>
            wp::adj_tile_load(var_a, var_26, adj_a, adj_26, adj_27);
            wp::adj_mul(var_25, var_0, adj_25, adj_0, adj_26);
            // adj: t = wp.tile_load(a, shape=TILE, offset=k * TILE)                              <L 75>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 74>
        wp::adj_tile_store(var_b, var_23, var_22, adj_b, adj_23, adj_22);
        wp::adj_tile_unary_map(wp::sin, var_19, wp::adj_sin, adj_19, adj_22);
        // adj: wp.tile_store(b, wp.tile_map(wp.sin, u))                                          <L 73>
        wp::adj_tile_store(var_b, var_21, var_18, adj_b, adj_21, adj_18);
        // adj: wp.tile_store(b, s)                                                               <L 72>
        wp::adj_tile_store(var_b, var_20, var_17, adj_b, adj_20, adj_17);
        // adj: wp.tile_store(b, r)                                                               <L 71>
        wp::adj_where(var_8, var_12, var_16, adj_8, adj_12, adj_16, adj_19);
        wp::adj_where(var_8, var_11, var_15, adj_8, adj_11, adj_15, adj_18);
        wp::adj_where(var_8, var_9, var_14, adj_8, adj_9, adj_14, adj_17);
        if (!var_8) {
            wp::adj_copy(var_14, adj_14, adj_16);
            // adj: u = r                                                                         <L 70>
            wp::adj_tile_neg(var_5, adj_5, adj_15);
            // adj: s = -y                                                                        <L 69>
            wp::adj_tile_mul(var_5, var_13, adj_5, adj_13, adj_14);
            // adj: r = y * 2.0                                                                   <L 68>
        }
        if (var_8) {
            wp::adj_copy(var_2, adj_2, adj_12);
            // adj: u = x                                                                         <L 66>
            wp::adj_tile_mul(var_2, var_10, adj_2, adj_10, adj_11);
            // adj: s = x * 1.0                                                                   <L 65>
            wp::adj_tile_add(var_2, var_5, adj_2, adj_5, adj_9);
            // adj: r = x + y                                                                     <L 64>
        }
        // adj: if n > 2:                                                                         <L 63>
        // adj: r = wp.tile_zeros(shape=TILE, dtype=float)                                        <L 62>
        wp::adj_tile_load(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: y = wp.tile_load(a, shape=TILE, offset=TILE, storage="shared")                    <L 61>
        wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
        // adj: x = wp.tile_load(a, shape=TILE, storage="shared")                                 <L 60>
        // adj: def branches(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int, c: float):  <L 59>
        continue;
    }
}



extern "C" __global__ void shared_merge_fdd7430a_cuda_kernel_forward(
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
        wp::tuple_t<wp::int32, wp::int32> var_6;
        const wp::str var_7 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 2;
        bool var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 3;
        wp::slice_t var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 3;
        const wp::int32 var_18 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_19 = nullptr;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_22 = nullptr;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 4;
        wp::slice_t var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_30 = nullptr;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_33 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true> var_34 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,8>,wp::tile_stride_t<8,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, true> var_35 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<1,8>,false>();
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 0;
        //---------
        // forward
        // def shared_merge(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 115>
        // x = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 116>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // y = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 117>
        var_6 = wp::tuple(var_0, var_0);
        var_8 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_9, var_10);
        // if n > 2:                                                                              <L 118>
        var_12 = (var_n > var_11);
        if (var_12) {
            // z = x[1:3]                                                                         <L 119>
            var_15 = wp::slice_t(var_16, var_17, var_18);
            var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_20, var_21);
            // s = wp.tile_transpose(x)                                                           <L 120>
            var_22 = wp::tile_transpose(var_3);
        }
        if (!var_12) {
            // z = y[0:4:2]                                                                       <L 122>
            var_26 = wp::slice_t(var_27, var_28, var_29);
            var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_8, var_31, var_32);
            // s = y                                                                              <L 123>
            var_33 = wp::copy(var_8);
        }
        var_34 = wp::where(var_12, var_19, var_30);
        var_35 = wp::where(var_12, var_22, var_33);
        // wp.tile_store(b, z)                                                                    <L 124>
        wp::tile_store<wp::float32, true, false>(var_b, var_36, var_37, var_34);
        // wp.tile_store(b, s)                                                                    <L 125>
        wp::tile_store<wp::float32, true, false>(var_b, var_38, var_39, var_35);
    }
}



extern "C" __global__ void shared_merge_fdd7430a_cuda_kernel_backward(
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
        wp::tuple_t<wp::int32, wp::int32> var_6;
        const wp::str var_7 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 2;
        bool var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 3;
        wp::slice_t var_15;
        const wp::int32 var_16 = 1;
        const wp::int32 var_17 = 3;
        const wp::int32 var_18 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_19 = nullptr;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_22 = nullptr;
        const wp::int32 var_23 = 2;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 4;
        wp::slice_t var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 4;
        const wp::int32 var_29 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_30 = nullptr;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_33 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true> var_34 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,8>,wp::tile_stride_t<8,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, true> var_35 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<1,8>,true>();
        const wp::int32 var_36 = 0;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_1 = {};
        wp::str adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::str adj_7 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::slice_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_22 = var_22;
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::slice_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>& adj_30 = var_30;
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_33 = var_33;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, true>& adj_34 = var_34;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, true>& adj_35 = var_35;
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        //---------
        // forward
        // def shared_merge(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):       <L 115>
        // x = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 116>
        var_1 = wp::tuple(var_0, var_0);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
        // y = wp.tile_load(a, shape=(TM, TM), storage="shared")                                  <L 117>
        var_6 = wp::tuple(var_0, var_0);
        var_8 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_9, var_10);
        // if n > 2:                                                                              <L 118>
        var_12 = (var_n > var_11);
        if (var_12) {
            // z = x[1:3]                                                                         <L 119>
            var_15 = wp::slice_t(var_16, var_17, var_18);
            var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_20, var_21);
            // s = wp.tile_transpose(x)                                                           <L 120>
            var_22 = wp::tile_transpose(var_3);
        }
        if (!var_12) {
            // z = y[0:4:2]                                                                       <L 122>
            var_26 = wp::slice_t(var_27, var_28, var_29);
            var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_8, var_31, var_32);
            // s = y                                                                              <L 123>
            var_33 = wp::copy(var_8);
        }
        var_34 = wp::where(var_12, var_19, var_30);
        var_35 = wp::where(var_12, var_22, var_33);
        // wp.tile_store(b, z)                                                                    <L 124>
        // wp::tile_store<wp::float32, true, false>(var_b, var_36, var_37, var_34);
        // wp.tile_store(b, s)                                                                    <L 125>
        // wp::tile_store<wp::float32, true, false>(var_b, var_38, var_39, var_35);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_38, var_39, var_35, adj_b, adj_38, adj_39, adj_35);
        // adj: wp.tile_store(b, s)                                                               <L 125>
        wp::adj_tile_store(var_b, var_36, var_37, var_34, adj_b, adj_36, adj_37, adj_34);
        // adj: wp.tile_store(b, z)                                                               <L 124>
        wp::adj_where(var_12, var_22, var_33, adj_12, adj_22, adj_33, adj_35);
        wp::adj_where(var_12, var_19, var_30, adj_12, adj_19, adj_30, adj_34);
        if (!var_12) {
            wp::adj_copy(var_8, adj_8, adj_33);
            // adj: s = y                                                                         <L 123>
            // adj: z = y[0:4:2]                                                                  <L 122>
        }
        if (var_12) {
            wp::adj_tile_transpose(var_3, adj_3, adj_22);
            // adj: s = wp.tile_transpose(x)                                                      <L 120>
            // adj: z = x[1:3]                                                                    <L 119>
        }
        // adj: if n > 2:                                                                         <L 118>
        wp::adj_tile_load(var_a, var_9, var_10, adj_a, adj_9, adj_10, adj_8);
        // adj: y = wp.tile_load(a, shape=(TM, TM), storage="shared")                             <L 117>
        wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
        // adj: x = wp.tile_load(a, shape=(TM, TM), storage="shared")                             <L 116>
        // adj: def shared_merge(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):  <L 115>
        continue;
    }
}

