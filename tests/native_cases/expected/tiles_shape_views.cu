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



extern "C" __global__ void sort_075fae54_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::array_t<wp::float32> var_ko,
    wp::array_t<wp::int32> var_vo)
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
        const wp::int32 var_1 = 32;
        wp::int32 var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        wp::int32 var_4;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        wp::int32 var_6;
        wp::int32 var_7;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_12 = 0;
        //---------
        // forward
        // def sort(keys: wp.array(dtype=float), vals: wp.array(dtype=int), ko: wp.array(dtype=float), vo: wp.array(dtype=int)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // k = wp.tile_load(keys, shape=TILE, offset=i * TILE)                                    <L 57>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 32>(var_keys, var_2);
        // v = wp.tile_load(vals, shape=TILE, offset=i * TILE)                                    <L 58>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tile_load<wp::int32, true, false, 32>(var_vals, var_4);
        // wp.tile_sort(k, v)                                                                     <L 59>
        wp::tile_sort(var_3, var_5);
        // wp.tile_store(ko, k, offset=i * TILE)                                                  <L 60>
        var_6 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_ko, var_6, var_3);
        // wp.tile_store(vo, v, offset=i * TILE)                                                  <L 61>
        var_7 = wp::mul(var_0, var_1);
        wp::tile_store<wp::int32, true, false>(var_vo, var_7, var_5);
        // r = wp.tile_arange(TILE, dtype=int)                                                    <L 62>
        var_8 = wp::tile_arange<wp::int32, 32>(var_9, var_1, var_10);
        // wp.tile_sort(wp.tile_map(wp.neg, k), r)                                                <L 63>
        var_11 = wp::tile_unary_map(wp::neg, var_3);
        wp::tile_sort(var_11, var_8);
        // wp.tile_store(vo, r)                                                                   <L 64>
        wp::tile_store<wp::int32, true, false>(var_vo, var_12, var_8);
    }
}



extern "C" __global__ void sort_075fae54_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::array_t<wp::float32> var_ko,
    wp::array_t<wp::int32> var_vo,
    wp::array_t<wp::float32> adj_keys,
    wp::array_t<wp::int32> adj_vals,
    wp::array_t<wp::float32> adj_ko,
    wp::array_t<wp::int32> adj_vo)
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
        const wp::int32 var_1 = 32;
        wp::int32 var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        wp::int32 var_4;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        wp::int32 var_6;
        wp::int32 var_7;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_12 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def sort(keys: wp.array(dtype=float), vals: wp.array(dtype=int), ko: wp.array(dtype=float), vo: wp.array(dtype=int)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // k = wp.tile_load(keys, shape=TILE, offset=i * TILE)                                    <L 57>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 32>(var_keys, var_2);
        // v = wp.tile_load(vals, shape=TILE, offset=i * TILE)                                    <L 58>
        var_4 = wp::mul(var_0, var_1);
        var_5 = wp::tile_load<wp::int32, true, false, 32>(var_vals, var_4);
        // wp.tile_sort(k, v)                                                                     <L 59>
        wp::tile_sort(var_3, var_5);
        // wp.tile_store(ko, k, offset=i * TILE)                                                  <L 60>
        var_6 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_ko, var_6, var_3);
        // wp.tile_store(vo, v, offset=i * TILE)                                                  <L 61>
        var_7 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::int32, true, false>(var_vo, var_7, var_5);
        // r = wp.tile_arange(TILE, dtype=int)                                                    <L 62>
        var_8 = wp::tile_arange<wp::int32, 32>(var_9, var_1, var_10);
        // wp.tile_sort(wp.tile_map(wp.neg, k), r)                                                <L 63>
        var_11 = wp::tile_unary_map(wp::neg, var_3);
        wp::tile_sort(var_11, var_8);
        // wp.tile_store(vo, r)                                                                   <L 64>
        // wp::tile_store<wp::int32, true, false>(var_vo, var_12, var_8);
        //---------
        // reverse
        wp::adj_tile_store(var_vo, var_12, var_8, adj_vo, adj_12, adj_8);
        // adj: wp.tile_store(vo, r)                                                              <L 64>
        wp::adj_tile_unary_map(wp::neg, var_3, wp::adj_neg, adj_3, adj_11);
        // adj: wp.tile_sort(wp.tile_map(wp.neg, k), r)                                           <L 63>
        // adj: r = wp.tile_arange(TILE, dtype=int)                                               <L 62>
        wp::adj_tile_store(var_vo, var_7, var_5, adj_vo, adj_7, adj_5);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_7);
        // adj: wp.tile_store(vo, v, offset=i * TILE)                                             <L 61>
        wp::adj_tile_store(var_ko, var_6, var_3, adj_ko, adj_6, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_6);
        // adj: wp.tile_store(ko, k, offset=i * TILE)                                             <L 60>
        // adj: wp.tile_sort(k, v)                                                                <L 59>
        wp::adj_tile_load(var_vals, var_4, adj_vals, adj_4, adj_5);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: v = wp.tile_load(vals, shape=TILE, offset=i * TILE)                               <L 58>
        wp::adj_tile_load(var_keys, var_2, adj_keys, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: k = wp.tile_load(keys, shape=TILE, offset=i * TILE)                               <L 57>
        // adj: i = wp.tid()                                                                      <L 56>
        // adj: def sort(keys: wp.array(dtype=float), vals: wp.array(dtype=int), ko: wp.array(dtype=float), vo: wp.array(dtype=int)):  <L 55>
        continue;
    }
}



extern "C" __global__ void broadcast_244d3fc5_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
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
        wp::int32 var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 8;
        wp::int32 var_6;
        const wp::int32 var_7 = 16;
        wp::int32 var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_11 = 16;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_15 = 8;
        const wp::int32 var_16 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,1>>, false> var_18 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
        const wp::int32 var_22 = 16;
        wp::int32 var_23;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        const wp::int32 var_25 = 8;
        const wp::int32 var_26 = 1;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        const wp::int32 var_28 = 8;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_31;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,1>,wp::tile_stride_t<1,1>,false>();
        const wp::int32 var_33 = 0;
        const wp::int32 var_34 = 8;
        const wp::int32 var_35 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<1,0>>, false> var_37 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_41 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_42 = 8;
        const wp::int32 var_43 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_44;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,0>>, false> var_45 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_46 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 0;
        //---------
        // forward
        // def broadcast(a: wp.array2d(dtype=float), b: wp.array(dtype=float), out: wp.array2d(dtype=float)):       <L 23>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(a, shape=(8, 16), offset=(i * 8, j * 16))                             <L 25>
        var_4 = wp::tuple(var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::mul(var_1, var_7);
        var_9 = wp::tuple(var_6, var_8);
        var_10 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_6, var_8);
        // row = wp.tile_load(b, shape=16, offset=j * 16)                                         <L 26>
        var_13 = wp::mul(var_1, var_12);
        var_14 = wp::tile_load<wp::float32, true, false, 16>(var_b, var_13);
        // bias = wp.tile_broadcast(row, shape=(8, 16))                                           <L 27>
        var_17 = wp::tuple(var_15, var_16);
        var_18 = wp::tile_broadcast<8, 16, 0, 1>(var_14);
        // wp.tile_store(out, t + bias, offset=(i * 8, j * 16))                                   <L 28>
        var_19 = wp::tile_add(var_10, var_18);
        var_21 = wp::mul(var_0, var_20);
        var_23 = wp::mul(var_1, var_22);
        var_24 = wp::tuple(var_21, var_23);
        wp::tile_store<wp::float32, true, false>(var_out, var_21, var_23, var_19);
        // col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                                 <L 29>
        var_27 = wp::tuple(var_25, var_26);
        var_29 = wp::mul(var_0, var_28);
        var_31 = wp::tuple(var_29, var_30);
        var_32 = wp::tile_load<wp::float32, true, false, 8, 1>(var_a, var_29, var_33);
        // wp.tile_store(out, t * wp.tile_broadcast(col, (8, 16)))                                <L 30>
        var_36 = wp::tuple(var_34, var_35);
        var_37 = wp::tile_broadcast<8, 16, 1, 0>(var_32);
        var_38 = wp::tile_mul_elementwise(var_10, var_37);
        wp::tile_store<wp::float32, true, false>(var_out, var_39, var_40, var_38);
        // s = wp.tile_sum(t)                                                                     <L 31>
        var_41 = wp::tile_sum(var_10);
        // wp.tile_store(out, wp.tile_broadcast(s, shape=(8, 16)) - t)                            <L 32>
        var_44 = wp::tuple(var_42, var_43);
        var_45 = wp::tile_broadcast<8, 16, 0, 0>(var_41);
        var_46 = wp::tile_sub(var_45, var_10);
        wp::tile_store<wp::float32, true, false>(var_out, var_47, var_48, var_46);
    }
}



extern "C" __global__ void broadcast_244d3fc5_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
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
        wp::int32 var_1;
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 8;
        wp::int32 var_6;
        const wp::int32 var_7 = 16;
        wp::int32 var_8;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_11 = 16;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_15 = 8;
        const wp::int32 var_16 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_17;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,1>>, false> var_18 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_20 = 8;
        wp::int32 var_21;
        const wp::int32 var_22 = 16;
        wp::int32 var_23;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        const wp::int32 var_25 = 8;
        const wp::int32 var_26 = 1;
        wp::tuple_t<wp::int32, wp::int32> var_27;
        const wp::int32 var_28 = 8;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_31;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,1>,wp::tile_stride_t<1,1>,true>();
        const wp::int32 var_33 = 0;
        const wp::int32 var_34 = 8;
        const wp::int32 var_35 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_36;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<1,0>>, false> var_37 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 0;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_41 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_42 = 8;
        const wp::int32 var_43 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_44;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,0>>, false> var_45 = nullptr;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> var_46 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>>{};
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 0;
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
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_10{};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_14 = var_14;
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,1>>, false>& adj_18 = var_18;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_19{};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_31 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true>& adj_32 = var_32;
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_36 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<1,0>>, false>& adj_37 = var_37;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_38{};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_41 = var_41;
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_44 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<0,0>>, false>& adj_45 = var_45;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,16>>> adj_46{};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        //---------
        // forward
        // def broadcast(a: wp.array2d(dtype=float), b: wp.array(dtype=float), out: wp.array2d(dtype=float)):       <L 23>
        // i, j = wp.tid()                                                                        <L 24>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(a, shape=(8, 16), offset=(i * 8, j * 16))                             <L 25>
        var_4 = wp::tuple(var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_8 = wp::mul(var_1, var_7);
        var_9 = wp::tuple(var_6, var_8);
        var_10 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_6, var_8);
        // row = wp.tile_load(b, shape=16, offset=j * 16)                                         <L 26>
        var_13 = wp::mul(var_1, var_12);
        var_14 = wp::tile_load<wp::float32, true, false, 16>(var_b, var_13);
        // bias = wp.tile_broadcast(row, shape=(8, 16))                                           <L 27>
        var_17 = wp::tuple(var_15, var_16);
        var_18 = wp::tile_broadcast<8, 16, 0, 1>(var_14);
        // wp.tile_store(out, t + bias, offset=(i * 8, j * 16))                                   <L 28>
        var_19 = wp::tile_add(var_10, var_18);
        var_21 = wp::mul(var_0, var_20);
        var_23 = wp::mul(var_1, var_22);
        var_24 = wp::tuple(var_21, var_23);
        // wp::tile_store<wp::float32, true, false>(var_out, var_21, var_23, var_19);
        // col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                                 <L 29>
        var_27 = wp::tuple(var_25, var_26);
        var_29 = wp::mul(var_0, var_28);
        var_31 = wp::tuple(var_29, var_30);
        var_32 = wp::tile_load<wp::float32, true, false, 8, 1>(var_a, var_29, var_33);
        // wp.tile_store(out, t * wp.tile_broadcast(col, (8, 16)))                                <L 30>
        var_36 = wp::tuple(var_34, var_35);
        var_37 = wp::tile_broadcast<8, 16, 1, 0>(var_32);
        var_38 = wp::tile_mul_elementwise(var_10, var_37);
        // wp::tile_store<wp::float32, true, false>(var_out, var_39, var_40, var_38);
        // s = wp.tile_sum(t)                                                                     <L 31>
        var_41 = wp::tile_sum(var_10);
        // wp.tile_store(out, wp.tile_broadcast(s, shape=(8, 16)) - t)                            <L 32>
        var_44 = wp::tuple(var_42, var_43);
        var_45 = wp::tile_broadcast<8, 16, 0, 0>(var_41);
        var_46 = wp::tile_sub(var_45, var_10);
        // wp::tile_store<wp::float32, true, false>(var_out, var_47, var_48, var_46);
        //---------
        // reverse
        wp::adj_tile_store(var_out, var_47, var_48, var_46, adj_out, adj_47, adj_48, adj_46);
        wp::adj_tile_sub(var_45, var_10, adj_45, adj_10, adj_46);
        wp::adj_tile_broadcast(var_41, adj_41, adj_45);
        // adj: wp.tile_store(out, wp.tile_broadcast(s, shape=(8, 16)) - t)                       <L 32>
        wp::adj_tile_sum(var_10, adj_10, adj_41);
        // adj: s = wp.tile_sum(t)                                                                <L 31>
        wp::adj_tile_store(var_out, var_39, var_40, var_38, adj_out, adj_39, adj_40, adj_38);
        wp::adj_tile_mul_elementwise(var_10, var_37, adj_10, adj_37, adj_38);
        wp::adj_tile_broadcast(var_32, adj_32, adj_37);
        // adj: wp.tile_store(out, t * wp.tile_broadcast(col, (8, 16)))                           <L 30>
        wp::adj_tile_load(var_a, var_29, var_33, adj_a, adj_29, adj_33, adj_32);
        wp::adj_mul(var_0, var_28, adj_0, adj_28, adj_29);
        // adj: col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                            <L 29>
        wp::adj_tile_store(var_out, var_21, var_23, var_19, adj_out, adj_21, adj_23, adj_19);
        wp::adj_mul(var_1, var_22, adj_1, adj_22, adj_23);
        wp::adj_mul(var_0, var_20, adj_0, adj_20, adj_21);
        wp::adj_tile_add(var_10, var_18, adj_10, adj_18, adj_19);
        // adj: wp.tile_store(out, t + bias, offset=(i * 8, j * 16))                              <L 28>
        wp::adj_tile_broadcast(var_14, adj_14, adj_18);
        // adj: bias = wp.tile_broadcast(row, shape=(8, 16))                                      <L 27>
        wp::adj_tile_load(var_b, var_13, adj_b, adj_13, adj_14);
        wp::adj_mul(var_1, var_12, adj_1, adj_12, adj_13);
        // adj: row = wp.tile_load(b, shape=16, offset=j * 16)                                    <L 26>
        wp::adj_tile_load(var_a, var_6, var_8, adj_a, adj_6, adj_8, adj_10);
        wp::adj_mul(var_1, var_7, adj_1, adj_7, adj_8);
        wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: t = wp.tile_load(a, shape=(8, 16), offset=(i * 8, j * 16))                        <L 25>
        // adj: i, j = wp.tid()                                                                   <L 24>
        // adj: def broadcast(a: wp.array2d(dtype=float), b: wp.array(dtype=float), out: wp.array2d(dtype=float)):  <L 23>
        continue;
    }
}



extern "C" __global__ void views_assign_7017b154_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_o1,
    wp::int32 var_k)
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32> var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_8 = nullptr;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::int32 var_13 = 4;
        const wp::int32 var_14 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
        const wp::int32 var_17 = 2;
        const wp::int32 var_18 = 4;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 8;
        const wp::int32 var_23 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 8;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 32;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_37 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_38 = 4;
        const wp::int32 var_39 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_40;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_41 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
        const wp::int32 var_42 = 16;
        wp::tuple_t<wp::int32> var_43;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_44 = nullptr;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        const wp::int32 var_47 = 16;
        wp::int32 var_48;
        wp::tuple_t<wp::int32> var_49;
        const wp::int32 var_50 = 0;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        //---------
        // forward
        // def views_assign(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), k: int):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(8, 8))                                                      <L 38>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_5, var_6);
        // r = wp.tile_view(t, offset=(k,))                                                       <L 39>
        var_7 = wp::tuple(var_k);
        var_8 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_k, var_9);
        // q = wp.tile_view(t, offset=(2, 4), shape=(4, 4))                                       <L 40>
        var_12 = wp::tuple(var_10, var_11);
        var_15 = wp::tuple(var_13, var_14);
        var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<8,1>>, false>>(var_4, var_17, var_18);
        // wp.tile_store(o1, r)                                                                   <L 41>
        wp::tile_store<wp::float32, true, false>(var_o1, var_19, var_8);
        // wp.tile_store(out, q)                                                                  <L 42>
        wp::tile_store<wp::float32, true, false>(var_out, var_20, var_21, var_16);
        // dst = wp.tile_zeros(shape=(8, 16), dtype=float)                                        <L 43>
        var_24 = wp::tuple(var_22, var_23);
        var_25 = wp::tile_zeros<float, 8, 16>();
        // wp.tile_assign(dst, t, offset=(0, 8))                                                  <L 44>
        var_28 = wp::tuple(var_26, var_27);
        wp::tile_assign(var_25, var_4, var_29, var_30);
        // wp.tile_assign(dst, q)                                                                 <L 45>
        wp::tile_assign(var_25, var_16, var_31, var_32);
        // wp.tile_assign(dst, t, (0, k))                                                         <L 46>
        var_34 = wp::tuple(var_33, var_k);
        wp::tile_assign(var_25, var_4, var_35, var_k);
        // e = wp.tile_empty(shape=TILE, dtype=float)                                             <L 47>
        var_37 = wp::tile_empty<float, 32>();
        // wp.tile_assign(e, wp.tile_reshape(wp.tile_ones(shape=(4, 4), dtype=float), shape=(16,)), offset=(i * 0 + 16,))       <L 48>
        var_40 = wp::tuple(var_38, var_39);
        var_41 = wp::tile_ones<float, 4, 4>();
        var_43 = wp::tuple(var_42);
        var_44 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_41);
        var_46 = wp::mul(var_0, var_45);
        var_48 = wp::add(var_46, var_47);
        var_49 = wp::tuple(var_48);
        wp::tile_assign(var_37, var_44, var_48);
        // wp.tile_store(out, dst)                                                                <L 49>
        wp::tile_store<wp::float32, true, false>(var_out, var_50, var_51, var_25);
        // wp.tile_store(o1, e)                                                                   <L 50>
        wp::tile_store<wp::float32, true, false>(var_o1, var_52, var_37);
    }
}



extern "C" __global__ void views_assign_7017b154_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_o1,
    wp::int32 var_k,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::float32> adj_o1,
    wp::int32 adj_k)
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
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        wp::tuple_t<wp::int32> var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_8 = nullptr;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 2;
        const wp::int32 var_11 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::int32 var_13 = 4;
        const wp::int32 var_14 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
        const wp::int32 var_17 = 2;
        const wp::int32 var_18 = 4;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 8;
        const wp::int32 var_23 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_24;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_25 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 8;
        const wp::int32 var_31 = 0;
        const wp::int32 var_32 = 0;
        const wp::int32 var_33 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 32;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_37 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_38 = 4;
        const wp::int32 var_39 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_40;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_41 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
        const wp::int32 var_42 = 16;
        wp::tuple_t<wp::int32> var_43;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_44 = nullptr;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        const wp::int32 var_47 = 16;
        wp::int32 var_48;
        wp::tuple_t<wp::int32> var_49;
        const wp::int32 var_50 = 0;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_4 = var_4;
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32> adj_7 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<8,1>>, false>& adj_16 = var_16;
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_24 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_25 = var_25;
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_37 = var_37;
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_40 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_41 = var_41;
        wp::int32 adj_42 = {};
        wp::tuple_t<wp::int32> adj_43 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_44 = var_44;
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::tuple_t<wp::int32> adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        //---------
        // forward
        // def views_assign(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), k: int):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=(8, 8))                                                      <L 38>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_5, var_6);
        // r = wp.tile_view(t, offset=(k,))                                                       <L 39>
        var_7 = wp::tuple(var_k);
        var_8 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_k, var_9);
        // q = wp.tile_view(t, offset=(2, 4), shape=(4, 4))                                       <L 40>
        var_12 = wp::tuple(var_10, var_11);
        var_15 = wp::tuple(var_13, var_14);
        var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<8,1>>, false>>(var_4, var_17, var_18);
        // wp.tile_store(o1, r)                                                                   <L 41>
        // wp::tile_store<wp::float32, true, false>(var_o1, var_19, var_8);
        // wp.tile_store(out, q)                                                                  <L 42>
        // wp::tile_store<wp::float32, true, false>(var_out, var_20, var_21, var_16);
        // dst = wp.tile_zeros(shape=(8, 16), dtype=float)                                        <L 43>
        var_24 = wp::tuple(var_22, var_23);
        var_25 = wp::tile_zeros<float, 8, 16>();
        // wp.tile_assign(dst, t, offset=(0, 8))                                                  <L 44>
        var_28 = wp::tuple(var_26, var_27);
        wp::tile_assign(var_25, var_4, var_29, var_30);
        // wp.tile_assign(dst, q)                                                                 <L 45>
        wp::tile_assign(var_25, var_16, var_31, var_32);
        // wp.tile_assign(dst, t, (0, k))                                                         <L 46>
        var_34 = wp::tuple(var_33, var_k);
        wp::tile_assign(var_25, var_4, var_35, var_k);
        // e = wp.tile_empty(shape=TILE, dtype=float)                                             <L 47>
        var_37 = wp::tile_empty<float, 32>();
        // wp.tile_assign(e, wp.tile_reshape(wp.tile_ones(shape=(4, 4), dtype=float), shape=(16,)), offset=(i * 0 + 16,))       <L 48>
        var_40 = wp::tuple(var_38, var_39);
        var_41 = wp::tile_ones<float, 4, 4>();
        var_43 = wp::tuple(var_42);
        var_44 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_41);
        var_46 = wp::mul(var_0, var_45);
        var_48 = wp::add(var_46, var_47);
        var_49 = wp::tuple(var_48);
        wp::tile_assign(var_37, var_44, var_48);
        // wp.tile_store(out, dst)                                                                <L 49>
        // wp::tile_store<wp::float32, true, false>(var_out, var_50, var_51, var_25);
        // wp.tile_store(o1, e)                                                                   <L 50>
        // wp::tile_store<wp::float32, true, false>(var_o1, var_52, var_37);
        //---------
        // reverse
        wp::adj_tile_store(var_o1, var_52, var_37, adj_o1, adj_52, adj_37);
        // adj: wp.tile_store(o1, e)                                                              <L 50>
        wp::adj_tile_store(var_out, var_50, var_51, var_25, adj_out, adj_50, adj_51, adj_25);
        // adj: wp.tile_store(out, dst)                                                           <L 49>
        wp::adj_tile_assign(var_37, var_44, var_48, adj_37, adj_44, adj_48);
        wp::adj_add(var_46, var_47, adj_46, adj_47, adj_48);
        wp::adj_mul(var_0, var_45, adj_0, adj_45, adj_46);
        wp::adj_tile_reshape(var_41, adj_41, adj_44);
        // adj: wp.tile_assign(e, wp.tile_reshape(wp.tile_ones(shape=(4, 4), dtype=float), shape=(16,)), offset=(i * 0 + 16,))  <L 48>
        // adj: e = wp.tile_empty(shape=TILE, dtype=float)                                        <L 47>
        wp::adj_tile_assign(var_25, var_4, var_35, var_k, adj_25, adj_4, adj_35, adj_k);
        // adj: wp.tile_assign(dst, t, (0, k))                                                    <L 46>
        wp::adj_tile_assign(var_25, var_16, var_31, var_32, adj_25, adj_16, adj_31, adj_32);
        // adj: wp.tile_assign(dst, q)                                                            <L 45>
        wp::adj_tile_assign(var_25, var_4, var_29, var_30, adj_25, adj_4, adj_29, adj_30);
        // adj: wp.tile_assign(dst, t, offset=(0, 8))                                             <L 44>
        // adj: dst = wp.tile_zeros(shape=(8, 16), dtype=float)                                   <L 43>
        wp::adj_tile_store(var_out, var_20, var_21, var_16, adj_out, adj_20, adj_21, adj_16);
        // adj: wp.tile_store(out, q)                                                             <L 42>
        wp::adj_tile_store(var_o1, var_19, var_8, adj_o1, adj_19, adj_8);
        // adj: wp.tile_store(o1, r)                                                              <L 41>
        // adj: q = wp.tile_view(t, offset=(2, 4), shape=(4, 4))                                  <L 40>
        // adj: r = wp.tile_view(t, offset=(k,))                                                  <L 39>
        wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_4);
        // adj: t = wp.tile_load(a, shape=(8, 8))                                                 <L 38>
        // adj: i = wp.tid()                                                                      <L 37>
        // adj: def views_assign(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), k: int):  <L 36>
        continue;
    }
}



extern "C" __global__ void reshape_e7000e18_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_o1)
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
        const wp::int32 var_1 = 32;
        wp::int32 var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_4 = 4;
        const wp::int32 var_5 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_7 = nullptr;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,2>, wp::tile_stride_t<2,1>>, false> var_11 = nullptr;
        const wp::int32 var_12 = 4;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        const wp::int32 var_16 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,2>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,2>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, true> var_23 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,16>,wp::tile_stride_t<16,1>,false>();
        wp::tuple_t<wp::int32> var_24;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, false> var_25 = nullptr;
        const wp::int32 var_26 = 0;
        //---------
        // forward
        // def reshape(a: wp.array(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 13>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 32>(var_a, var_2);
        // m = wp.tile_reshape(t, shape=(4, 8))                                                   <L 14>
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_3);
        // n = wp.tile_reshape(m, (-1, 2))                                                        <L 15>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,2>, wp::tile_stride_t<2,1>>, false>>(var_7);
        // wp.tile_store(out, m, offset=(i * 4, 0))                                               <L 16>
        var_13 = wp::mul(var_0, var_12);
        var_15 = wp::tuple(var_13, var_14);
        wp::tile_store<wp::float32, true, false>(var_out, var_13, var_16, var_7);
        // wp.tile_store(out, wp.tile_map(wp.sin, n))                                             <L 17>
        var_17 = wp::tile_unary_map(wp::sin, var_11);
        wp::tile_store<wp::float32, true, false>(var_out, var_18, var_19, var_17);
        // flat = wp.tile_reshape(wp.tile_ones(shape=(2, 16), dtype=float), shape=(TILE,))        <L 18>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::tile_ones<float, 2, 16>();
        var_24 = wp::tuple(var_1);
        var_25 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, false>>(var_23);
        // wp.tile_store(o1, flat)                                                                <L 19>
        wp::tile_store<wp::float32, true, false>(var_o1, var_26, var_25);
    }
}



extern "C" __global__ void reshape_e7000e18_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> var_o1,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::float32> adj_o1)
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
        const wp::int32 var_1 = 32;
        wp::int32 var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<32>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_4 = 4;
        const wp::int32 var_5 = 8;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_7 = nullptr;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,2>, wp::tile_stride_t<2,1>>, false> var_11 = nullptr;
        const wp::int32 var_12 = 4;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        const wp::int32 var_16 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,2>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,2>>>{};
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_22;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, true> var_23 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,16>,wp::tile_stride_t<16,1>,true>();
        wp::tuple_t<wp::int32> var_24;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, false> var_25 = nullptr;
        const wp::int32 var_26 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>& adj_7 = var_7;
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,2>, wp::tile_stride_t<2,1>>, false>& adj_11 = var_11;
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,2>>> adj_17{};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,16>, wp::tile_stride_t<16,1>>, true>& adj_23 = var_23;
        wp::tuple_t<wp::int32> adj_24 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, false>& adj_25 = var_25;
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def reshape(a: wp.array(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 13>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 32>(var_a, var_2);
        // m = wp.tile_reshape(t, shape=(4, 8))                                                   <L 14>
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_3);
        // n = wp.tile_reshape(m, (-1, 2))                                                        <L 15>
        var_10 = wp::tuple(var_8, var_9);
        var_11 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,2>, wp::tile_stride_t<2,1>>, false>>(var_7);
        // wp.tile_store(out, m, offset=(i * 4, 0))                                               <L 16>
        var_13 = wp::mul(var_0, var_12);
        var_15 = wp::tuple(var_13, var_14);
        // wp::tile_store<wp::float32, true, false>(var_out, var_13, var_16, var_7);
        // wp.tile_store(out, wp.tile_map(wp.sin, n))                                             <L 17>
        var_17 = wp::tile_unary_map(wp::sin, var_11);
        // wp::tile_store<wp::float32, true, false>(var_out, var_18, var_19, var_17);
        // flat = wp.tile_reshape(wp.tile_ones(shape=(2, 16), dtype=float), shape=(TILE,))        <L 18>
        var_22 = wp::tuple(var_20, var_21);
        var_23 = wp::tile_ones<float, 2, 16>();
        var_24 = wp::tuple(var_1);
        var_25 = wp::tile_reshape<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<32>, wp::tile_stride_t<1>>, false>>(var_23);
        // wp.tile_store(o1, flat)                                                                <L 19>
        // wp::tile_store<wp::float32, true, false>(var_o1, var_26, var_25);
        //---------
        // reverse
        wp::adj_tile_store(var_o1, var_26, var_25, adj_o1, adj_26, adj_25);
        // adj: wp.tile_store(o1, flat)                                                           <L 19>
        wp::adj_tile_reshape(var_23, adj_23, adj_25);
        // adj: flat = wp.tile_reshape(wp.tile_ones(shape=(2, 16), dtype=float), shape=(TILE,))   <L 18>
        wp::adj_tile_store(var_out, var_18, var_19, var_17, adj_out, adj_18, adj_19, adj_17);
        wp::adj_tile_unary_map(wp::sin, var_11, wp::adj_sin, adj_11, adj_17);
        // adj: wp.tile_store(out, wp.tile_map(wp.sin, n))                                        <L 17>
        wp::adj_tile_store(var_out, var_13, var_16, var_7, adj_out, adj_13, adj_16, adj_7);
        wp::adj_mul(var_0, var_12, adj_0, adj_12, adj_13);
        // adj: wp.tile_store(out, m, offset=(i * 4, 0))                                          <L 16>
        wp::adj_tile_reshape(var_7, adj_7, adj_11);
        // adj: n = wp.tile_reshape(m, (-1, 2))                                                   <L 15>
        wp::adj_tile_reshape(var_3, adj_3, adj_7);
        // adj: m = wp.tile_reshape(t, shape=(4, 8))                                              <L 14>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def reshape(a: wp.array(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float)):  <L 11>
        continue;
    }
}

