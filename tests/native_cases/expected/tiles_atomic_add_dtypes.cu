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



extern "C" __global__ void loop_0ff2cf63_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
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
        wp::range_t var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 4;
        const wp::int32 var_4 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        const wp::int32 var_6 = 4;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::str var_11 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_13 = nullptr;
        const wp::int32 var_14 = 4;
        wp::int32 var_15;
        const wp::int32 var_16 = 4;
        wp::int32 var_17;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
        const wp::int32 var_24 = 2;
        bool var_25;
        const wp::int32 var_26 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
        const wp::int32 var_29 = 0;
        //---------
        // forward
        // def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):            <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // for k in range(n):                                                                     <L 33>
        var_1 = wp::range(var_n);
        start_for_0:;
            if (iter_cmp(var_1) == 0) goto end_for_0;
            var_2 = wp::iter_next(var_1);
            // t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")         <L 34>
            var_5 = wp::tuple(var_3, var_4);
            var_7 = wp::mul(var_2, var_6);
            var_9 = wp::mul(var_0, var_8);
            var_10 = wp::tuple(var_7, var_9);
            var_12 = wp::tile_load<wp::float32, true, false, 4, 4>(var_a, var_7, var_9);
            // wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))               <L 35>
            var_13 = wp::tile_transpose(var_12);
            var_15 = wp::mul(var_0, var_14);
            var_17 = wp::mul(var_2, var_16);
            var_18 = wp::tuple(var_15, var_17);
            var_19 = wp::tile_atomic_add<wp::float32, true>(var_out, var_15, var_17, var_13);
            goto start_for_0;
        end_for_0:;
        // s = wp.tile_zeros(shape=(2, 2), dtype=float)                                           <L 36>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::tile_zeros<float, 2, 2>();
        // if n > 2:                                                                              <L 37>
        var_25 = (var_n > var_24);
        if (var_25) {
            // wp.tile_atomic_add(out, s, offset=(0, n))                                          <L 38>
            var_27 = wp::tuple(var_26, var_n);
            var_28 = wp::tile_atomic_add<wp::float32, true>(var_out, var_29, var_n, var_23);
        }
    }
}



extern "C" __global__ void loop_0ff2cf63_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
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
        wp::range_t var_1;
        wp::int32 var_2;
        const wp::int32 var_3 = 4;
        const wp::int32 var_4 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        const wp::int32 var_6 = 4;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::str var_11 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_13 = nullptr;
        const wp::int32 var_14 = 4;
        wp::int32 var_15;
        const wp::int32 var_16 = 4;
        wp::int32 var_17;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
        const wp::int32 var_24 = 2;
        bool var_25;
        const wp::int32 var_26 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
        const wp::int32 var_29 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::range_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::str adj_11 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_12 = var_12;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false>& adj_13 = var_13;
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> adj_23{};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> adj_28{};
        wp::int32 adj_29 = {};
        //---------
        // forward
        // def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):            <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // for k in range(n):                                                                     <L 33>
        var_1 = wp::range(var_n);
        // s = wp.tile_zeros(shape=(2, 2), dtype=float)                                           <L 36>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::tile_zeros<float, 2, 2>();
        // if n > 2:                                                                              <L 37>
        var_25 = (var_n > var_24);
        if (var_25) {
            // wp.tile_atomic_add(out, s, offset=(0, n))                                          <L 38>
            var_27 = wp::tuple(var_26, var_n);
            // var_28 = wp::tile_atomic_add<wp::float32, true>(var_out, var_29, var_n, var_23);
        }
        //---------
        // reverse
        if (var_25) {
            wp::adj_tile_atomic_add(var_out, var_29, var_n, var_23, adj_out, adj_29, adj_n, adj_23, adj_28);
            // adj: wp.tile_atomic_add(out, s, offset=(0, n))                                     <L 38>
        }
        // adj: if n > 2:                                                                         <L 37>
        // adj: s = wp.tile_zeros(shape=(2, 2), dtype=float)                                      <L 36>
        var_1 = wp::iter_reverse(var_1);
        start_for_0:;
            if (iter_cmp(var_1) == 0) goto end_for_0;
            var_2 = wp::iter_next(var_1);
        	adj_3 = {};
        	adj_4 = {};
        	adj_5 = {};
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12.grad_zero();
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19.grad_zero();
            // t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")         <L 34>
            var_5 = wp::tuple(var_3, var_4);
            var_7 = wp::mul(var_2, var_6);
            var_9 = wp::mul(var_0, var_8);
            var_10 = wp::tuple(var_7, var_9);
            var_12 = wp::tile_load<wp::float32, true, false, 4, 4>(var_a, var_7, var_9);
            // wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))               <L 35>
            var_13 = wp::tile_transpose(var_12);
            var_15 = wp::mul(var_0, var_14);
            var_17 = wp::mul(var_2, var_16);
            var_18 = wp::tuple(var_15, var_17);
            // var_19 = wp::tile_atomic_add<wp::float32, true>(var_out, var_15, var_17, var_13);
            wp::adj_tile_atomic_add(var_out, var_15, var_17, var_13, adj_out, adj_15, adj_17, adj_13, adj_19);
            wp::adj_mul(var_2, var_16, adj_2, adj_16, adj_17);
            wp::adj_mul(var_0, var_14, adj_0, adj_14, adj_15);
            wp::adj_tile_transpose(var_12, adj_12, adj_13);
            // adj: wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))          <L 35>
            wp::adj_tile_load(var_a, var_7, var_9, adj_a, adj_7, adj_9, adj_12);
            wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
            wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
            // adj: t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")    <L 34>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(n):                                                                <L 33>
        // adj: i = wp.tid()                                                                      <L 32>
        // adj: def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):       <L 31>
        continue;
    }
}



extern "C" __global__ void wide_4bf720ee_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::uint32> var_u)
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
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_3 = 0;
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_4 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_6 = 0;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_10 = 0;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_11 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_12 = 0;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_13 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_14 = 0;
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_15 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_16 = 0;
        const bool var_17 = false;
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_19 = 0;
        //---------
        // forward
        // def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE)                                                        <L 19>
        var_2 = wp::tile_load<wp::int64, true, false, 8>(var_a, var_3);
        // wp.tile_atomic_add(a, t, offset=TILE)                                                  <L 20>
        var_4 = wp::tile_atomic_add<wp::int64, true>(var_a, var_1, var_2);
        // d = wp.tile_load(b, shape=TILE)                                                        <L 21>
        var_5 = wp::tile_load<wp::float64, true, false, 8>(var_b, var_6);
        // r = wp.tile_atomic_add(b, d)                                                           <L 22>
        var_7 = wp::tile_atomic_add<wp::float64, true>(var_b, var_8, var_5);
        // wp.tile_store(b, r + d)                                                                <L 23>
        var_9 = wp::tile_add(var_7, var_5);
        wp::tile_store<wp::float64, true, false>(var_b, var_10, var_9);
        // x = wp.tile_load(h, shape=TILE)                                                        <L 24>
        var_11 = wp::tile_load<wp::float16, true, false, 8>(var_h, var_12);
        // wp.tile_atomic_add(h, x)                                                               <L 25>
        var_13 = wp::tile_atomic_add<wp::float16, true>(var_h, var_14, var_11);
        // y = wp.tile_load(u, shape=TILE)                                                        <L 26>
        var_15 = wp::tile_load<wp::uint32, true, false, 8>(var_u, var_16);
        // wp.tile_atomic_add(u, y, bounds_check=False)                                           <L 27>
        var_18 = wp::tile_atomic_add<wp::uint32, false>(var_u, var_19, var_15);
    }
}



extern "C" __global__ void wide_4bf720ee_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::uint32> var_u,
    wp::array_t<wp::int64> adj_a,
    wp::array_t<wp::float64> adj_b,
    wp::array_t<wp::float16> adj_h,
    wp::array_t<wp::uint32> adj_u)
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
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_3 = 0;
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_4 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_6 = 0;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_10 = 0;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_11 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_12 = 0;
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_13 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_14 = 0;
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_15 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_16 = 0;
        const bool var_17 = false;
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_19 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_2{};
        wp::int32 adj_3 = {};
        wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_4{};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_5{};
        wp::int32 adj_6 = {};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
        wp::int32 adj_8 = {};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_9{};
        wp::int32 adj_10 = {};
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_11{};
        wp::int32 adj_12 = {};
        wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_13{};
        wp::int32 adj_14 = {};
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_15{};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_18{};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE)                                                        <L 19>
        var_2 = wp::tile_load<wp::int64, true, false, 8>(var_a, var_3);
        // wp.tile_atomic_add(a, t, offset=TILE)                                                  <L 20>
        // var_4 = wp::tile_atomic_add<wp::int64, true>(var_a, var_1, var_2);
        // d = wp.tile_load(b, shape=TILE)                                                        <L 21>
        var_5 = wp::tile_load<wp::float64, true, false, 8>(var_b, var_6);
        // r = wp.tile_atomic_add(b, d)                                                           <L 22>
        // var_7 = wp::tile_atomic_add<wp::float64, true>(var_b, var_8, var_5);
        // wp.tile_store(b, r + d)                                                                <L 23>
        var_9 = wp::tile_add(var_7, var_5);
        // wp::tile_store<wp::float64, true, false>(var_b, var_10, var_9);
        // x = wp.tile_load(h, shape=TILE)                                                        <L 24>
        var_11 = wp::tile_load<wp::float16, true, false, 8>(var_h, var_12);
        // wp.tile_atomic_add(h, x)                                                               <L 25>
        // var_13 = wp::tile_atomic_add<wp::float16, true>(var_h, var_14, var_11);
        // y = wp.tile_load(u, shape=TILE)                                                        <L 26>
        var_15 = wp::tile_load<wp::uint32, true, false, 8>(var_u, var_16);
        // wp.tile_atomic_add(u, y, bounds_check=False)                                           <L 27>
        // var_18 = wp::tile_atomic_add<wp::uint32, false>(var_u, var_19, var_15);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_u, var_19, var_15, adj_u, adj_19, adj_15, adj_18);
        // adj: wp.tile_atomic_add(u, y, bounds_check=False)                                      <L 27>
        wp::adj_tile_load(var_u, var_16, adj_u, adj_16, adj_15);
        // adj: y = wp.tile_load(u, shape=TILE)                                                   <L 26>
        wp::adj_tile_atomic_add(var_h, var_14, var_11, adj_h, adj_14, adj_11, adj_13);
        // adj: wp.tile_atomic_add(h, x)                                                          <L 25>
        wp::adj_tile_load(var_h, var_12, adj_h, adj_12, adj_11);
        // adj: x = wp.tile_load(h, shape=TILE)                                                   <L 24>
        wp::adj_tile_store(var_b, var_10, var_9, adj_b, adj_10, adj_9);
        wp::adj_tile_add(var_7, var_5, adj_7, adj_5, adj_9);
        // adj: wp.tile_store(b, r + d)                                                           <L 23>
        wp::adj_tile_atomic_add(var_b, var_8, var_5, adj_b, adj_8, adj_5, adj_7);
        // adj: r = wp.tile_atomic_add(b, d)                                                      <L 22>
        wp::adj_tile_load(var_b, var_6, adj_b, adj_6, adj_5);
        // adj: d = wp.tile_load(b, shape=TILE)                                                   <L 21>
        wp::adj_tile_atomic_add(var_a, var_1, var_2, adj_a, adj_1, adj_2, adj_4);
        // adj: wp.tile_atomic_add(a, t, offset=TILE)                                             <L 20>
        wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE)                                                   <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):  <L 17>
        continue;
    }
}



extern "C" __global__ void vecs_aea39540_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::int32 var_2;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::int32 var_4;
        wp::tuple_t<wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_7 = 0;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        //---------
        // forward
        // def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):                    <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 11>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
        // wp.tile_atomic_add(out, t, offset=(i * TILE,))                                         <L 12>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tuple(var_4);
        var_6 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_4, var_3);
        // wp.tile_atomic_add(out, t, 0)                                                          <L 13>
        var_8 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_7, var_3);
    }
}



extern "C" __global__ void vecs_aea39540_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::int32 var_2;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::int32 var_4;
        wp::tuple_t<wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_7 = 0;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_6{};
        wp::int32 adj_7 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_8{};
        //---------
        // forward
        // def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):                    <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 11>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
        // wp.tile_atomic_add(out, t, offset=(i * TILE,))                                         <L 12>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tuple(var_4);
        // var_6 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_4, var_3);
        // wp.tile_atomic_add(out, t, 0)                                                          <L 13>
        // var_8 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_7, var_3);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_out, var_7, var_3, adj_out, adj_7, adj_3, adj_8);
        // adj: wp.tile_atomic_add(out, t, 0)                                                     <L 13>
        wp::adj_tile_atomic_add(var_out, var_4, var_3, adj_out, adj_4, adj_3, adj_6);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: wp.tile_atomic_add(out, t, offset=(i * TILE,))                                    <L 12>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):               <L 9>
        continue;
    }
}



extern "C" __global__ void views_c002b6a3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_9 = nullptr;
        const wp::int32 var_10 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        //---------
        // forward
        // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(4, 8), storage="shared")                                    <L 44>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_6, var_7);
        // wp.tile_atomic_add(out, t[1], offset=i)                                                <L 45>
        var_9 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_5, var_8, var_10);
        var_11 = wp::tile_atomic_add<wp::float32, true>(var_out, var_0, var_9);
    }
}



extern "C" __global__ void views_c002b6a3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_2 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::str var_4 = "shared";
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_9 = nullptr;
        const wp::int32 var_10 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::str adj_4 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_9 = var_9;
        wp::int32 adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
        //---------
        // forward
        // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 42>
        // i = wp.tid()                                                                           <L 43>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(4, 8), storage="shared")                                    <L 44>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_6, var_7);
        // wp.tile_atomic_add(out, t[1], offset=i)                                                <L 45>
        var_9 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_5, var_8, var_10);
        // var_11 = wp::tile_atomic_add<wp::float32, true>(var_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_tile_atomic_add(var_out, var_0, var_9, adj_out, adj_0, adj_9, adj_11);
        // adj: wp.tile_atomic_add(out, t[1], offset=i)                                           <L 45>
        wp::adj_tile_load(var_a, var_6, var_7, adj_a, adj_6, adj_7, adj_5);
        // adj: t = wp.tile_load(a, shape=(4, 8), storage="shared")                               <L 44>
        // adj: i = wp.tid()                                                                      <L 43>
        // adj: def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                <L 42>
        continue;
    }
}

