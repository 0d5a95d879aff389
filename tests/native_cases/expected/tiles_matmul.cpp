#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

struct wp_args_product_2445be32 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
};


template <bool wp_linear_contiguous>
static void product_2445be32_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_product_2445be32 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
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
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
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
    var_17 = wp::tile_matmul(var_18, var_19, var_20, var_8, var_15, var_17, var_21, var_22);
    // wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                                   <L 20>
    var_23 = wp::mul(var_0, var_2);
    var_24 = wp::mul(var_1, var_10);
    var_25 = wp::tuple(var_23, var_24);
    wp::tile_store<wp::float32, true, false>(var_C, var_23, var_24, var_17);
}



template <bool wp_linear_contiguous>
static void product_2445be32_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_product_2445be32 *_wp_args,
    wp_args_product_2445be32 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
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
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
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
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
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
    var_17 = wp::tile_matmul(var_18, var_19, var_20, var_8, var_15, var_17, var_21, var_22);
    // wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                                   <L 20>
    var_23 = wp::mul(var_0, var_2);
    var_24 = wp::mul(var_1, var_10);
    var_25 = wp::tuple(var_23, var_24);
    // wp::tile_store<wp::float32, true, false>(var_C, var_23, var_24, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_23, var_24, var_17, adj_C, adj_23, adj_24, adj_17);
    wp::adj_mul(var_1, var_10, adj_1, adj_10, adj_24);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_23);
    // adj: wp.tile_store(C, c, offset=(i * TILE_M, j * TILE_N))                              <L 20>
    wp::adj_tile_matmul(var_18, var_19, var_20, var_8, var_15, var_17, var_21, var_22, adj_18, adj_19, adj_20, adj_8, adj_15, adj_17, adj_21, adj_22, adj_17);
    // adj: c = wp.tile_matmul(a, b)                                                          <L 19>
    wp::adj_tile_load(var_B, var_16, var_13, adj_B, adj_16, adj_13, adj_15);
    wp::adj_mul(var_1, var_10, adj_1, adj_10, adj_13);
    // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N), offset=(0, j * TILE_N))               <L 18>
    wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
    // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))               <L 17>
    // adj: i, j = wp.tid()                                                                   <L 16>
    // adj: def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 15>
    return;
}



struct product_2445be32_cpu_block_payload_forward
{
    wp_args_product_2445be32* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void product_2445be32_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    product_2445be32_cpu_block_payload_forward* payload = (product_2445be32_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    product_2445be32_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void product_2445be32_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_product_2445be32 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        product_2445be32_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &product_2445be32_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct product_2445be32_cpu_block_payload_backward
{
    wp_args_product_2445be32* args;
    wp_args_product_2445be32* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void product_2445be32_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    product_2445be32_cpu_block_payload_backward* payload = (product_2445be32_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    product_2445be32_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void product_2445be32_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_product_2445be32 *_wp_args,
    wp_args_product_2445be32 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        product_2445be32_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &product_2445be32_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_accumulate_6a35ea0a {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void accumulate_6a35ea0a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_accumulate_6a35ea0a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::int32 var_n = _wp_args->n;
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
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 1.0;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::tuple_t<wp::int32, wp::int32> var_26;
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
        wp::tile_matmul_acc(var_19, var_20, var_21, var_13, var_18, var_5, var_22, var_23);
        goto start_for_0;
    end_for_0:;
    // wp.tile_store(C, acc, offset=(i * TILE_M, j * TILE_N))                                 <L 31>
    var_24 = wp::mul(var_0, var_2);
    var_25 = wp::mul(var_1, var_3);
    var_26 = wp::tuple(var_24, var_25);
    wp::tile_store<wp::float32, true, false>(var_C, var_24, var_25, var_5);
}



template <bool wp_linear_contiguous>
static void accumulate_6a35ea0a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_accumulate_6a35ea0a *_wp_args,
    wp_args_accumulate_6a35ea0a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    wp::int32 adj_n = _wp_adj_args->n;
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
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 1.0;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::tuple_t<wp::int32, wp::int32> var_26;
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
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
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
    var_24 = wp::mul(var_0, var_2);
    var_25 = wp::mul(var_1, var_3);
    var_26 = wp::tuple(var_24, var_25);
    // wp::tile_store<wp::float32, true, false>(var_C, var_24, var_25, var_5);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_24, var_25, var_5, adj_C, adj_24, adj_25, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_25);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_24);
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
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
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
        wp::tile_matmul_acc(var_19, var_20, var_21, var_13, var_18, var_5, var_22, var_23);
        wp::adj_tile_matmul_acc(var_19, var_20, var_21, var_13, var_18, var_5, var_22, var_23, adj_19, adj_20, adj_21, adj_13, adj_18, adj_5, adj_22, adj_23);
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
    return;
}



struct accumulate_6a35ea0a_cpu_block_payload_forward
{
    wp_args_accumulate_6a35ea0a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_6a35ea0a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    accumulate_6a35ea0a_cpu_block_payload_forward* payload = (accumulate_6a35ea0a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_6a35ea0a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_6a35ea0a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_accumulate_6a35ea0a *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_6a35ea0a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_6a35ea0a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_6a35ea0a_cpu_block_payload_backward
{
    wp_args_accumulate_6a35ea0a* args;
    wp_args_accumulate_6a35ea0a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_6a35ea0a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    accumulate_6a35ea0a_cpu_block_payload_backward* payload = (accumulate_6a35ea0a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_6a35ea0a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_6a35ea0a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_accumulate_6a35ea0a *_wp_args,
    wp_args_accumulate_6a35ea0a *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_6a35ea0a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_6a35ea0a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scaled_819c1179 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
};


template <bool wp_linear_contiguous>
static void scaled_819c1179_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scaled_819c1179 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
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
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 2.0;
    const wp::float32 var_21 = 0.25;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    const wp::int32 var_28 = 0;
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
    var_15 = wp::tile_matmul(var_16, var_17, var_18, var_7, var_11, var_15, var_14, var_19);
    // wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                      <L 40>
    wp::tile_matmul_acc(var_22, var_23, var_24, var_7, var_11, var_15, var_20, var_21);
    // wp.tile_store(C, c, offset=(i * TILE_M, 0))                                            <L 41>
    var_25 = wp::mul(var_0, var_1);
    var_27 = wp::tuple(var_25, var_26);
    wp::tile_store<wp::float32, true, false>(var_C, var_25, var_28, var_15);
}



template <bool wp_linear_contiguous>
static void scaled_819c1179_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scaled_819c1179 *_wp_args,
    wp_args_scaled_819c1179 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
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
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 2.0;
    const wp::float32 var_21 = 0.25;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    const wp::int32 var_28 = 0;
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
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
    wp::int32 adj_28 = {};
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
    var_15 = wp::tile_matmul(var_16, var_17, var_18, var_7, var_11, var_15, var_14, var_19);
    // wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                      <L 40>
    wp::tile_matmul_acc(var_22, var_23, var_24, var_7, var_11, var_15, var_20, var_21);
    // wp.tile_store(C, c, offset=(i * TILE_M, 0))                                            <L 41>
    var_25 = wp::mul(var_0, var_1);
    var_27 = wp::tuple(var_25, var_26);
    // wp::tile_store<wp::float32, true, false>(var_C, var_25, var_28, var_15);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_25, var_28, var_15, adj_C, adj_25, adj_28, adj_15);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_25);
    // adj: wp.tile_store(C, c, offset=(i * TILE_M, 0))                                       <L 41>
    wp::adj_tile_matmul_acc(var_22, var_23, var_24, var_7, var_11, var_15, var_20, var_21, adj_22, adj_23, adj_24, adj_7, adj_11, adj_15, adj_20, adj_21);
    // adj: wp.tile_matmul(a, b, out=c, alpha=2.0, beta=0.25)                                 <L 40>
    wp::adj_tile_matmul(var_16, var_17, var_18, var_7, var_11, var_15, var_14, var_19, adj_16, adj_17, adj_18, adj_7, adj_11, adj_15, adj_14, adj_19, adj_15);
    // adj: c = wp.tile_matmul(a, b, alpha=0.5)                                               <L 39>
    wp::adj_tile_load(var_B, var_12, var_13, adj_B, adj_12, adj_13, adj_11);
    // adj: b = wp.tile_load(B, shape=(TILE_K, TILE_N))                                       <L 38>
    wp::adj_tile_load(var_A, var_4, var_8, adj_A, adj_4, adj_8, adj_7);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: a = wp.tile_load(A, shape=(TILE_M, TILE_K), offset=(i * TILE_M, 0))               <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def scaled(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):  <L 35>
    return;
}



struct scaled_819c1179_cpu_block_payload_forward
{
    wp_args_scaled_819c1179* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scaled_819c1179_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scaled_819c1179_cpu_block_payload_forward* payload = (scaled_819c1179_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scaled_819c1179_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scaled_819c1179_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scaled_819c1179 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        scaled_819c1179_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scaled_819c1179_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scaled_819c1179_cpu_block_payload_backward
{
    wp_args_scaled_819c1179* args;
    wp_args_scaled_819c1179* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scaled_819c1179_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scaled_819c1179_cpu_block_payload_backward* payload = (scaled_819c1179_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scaled_819c1179_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scaled_819c1179_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scaled_819c1179 *_wp_args,
    wp_args_scaled_819c1179 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        scaled_819c1179_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scaled_819c1179_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_narrow_a64a345f {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> B;
    wp::array_t<wp::float64> C;
};


template <bool wp_linear_contiguous>
static void narrow_a64a345f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_narrow_a64a345f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_C = _wp_args->C;
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
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = 1.0;
    const wp::int32 var_25 = 4;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_28;
    const wp::int32 var_29 = 0;
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
    wp::tile_matmul_acc(var_20, var_21, var_22, var_8, var_13, var_19, var_23, var_24);
    // wp.tile_store(C, out, offset=(i * 4, 0))                                               <L 51>
    var_26 = wp::mul(var_0, var_25);
    var_28 = wp::tuple(var_26, var_27);
    wp::tile_store<wp::float64, true, false>(var_C, var_26, var_29, var_19);
}



template <bool wp_linear_contiguous>
static void narrow_a64a345f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_narrow_a64a345f *_wp_args,
    wp_args_narrow_a64a345f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_C = _wp_args->C;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float64> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float64> adj_C = _wp_adj_args->C;
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
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::float32 var_23 = 1.0;
    const wp::float32 var_24 = 1.0;
    const wp::int32 var_25 = 4;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_28;
    const wp::int32 var_29 = 0;
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
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_28 = {};
    wp::int32 adj_29 = {};
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
    wp::tile_matmul_acc(var_20, var_21, var_22, var_8, var_13, var_19, var_23, var_24);
    // wp.tile_store(C, out, offset=(i * 4, 0))                                               <L 51>
    var_26 = wp::mul(var_0, var_25);
    var_28 = wp::tuple(var_26, var_27);
    // wp::tile_store<wp::float64, true, false>(var_C, var_26, var_29, var_19);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_26, var_29, var_19, adj_C, adj_26, adj_29, adj_19);
    wp::adj_mul(var_0, var_25, adj_0, adj_25, adj_26);
    // adj: wp.tile_store(C, out, offset=(i * 4, 0))                                          <L 51>
    wp::adj_tile_matmul_acc(var_20, var_21, var_22, var_8, var_13, var_19, var_23, var_24, adj_20, adj_21, adj_22, adj_8, adj_13, adj_19, adj_23, adj_24);
    // adj: wp.tile_matmul(a, b, out)                                                         <L 50>
    // adj: out = wp.tile_ones(shape=(4, 8), dtype=wp.float64)                                <L 49>
    wp::adj_tile_load(var_B, var_14, var_15, adj_B, adj_14, adj_15, adj_13);
    // adj: b = wp.tile_load(B, shape=(3, 8))                                                 <L 48>
    wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                              <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def narrow(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), C: wp.array2d(dtype=wp.float64)):  <L 45>
    return;
}



struct narrow_a64a345f_cpu_block_payload_forward
{
    wp_args_narrow_a64a345f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void narrow_a64a345f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    narrow_a64a345f_cpu_block_payload_forward* payload = (narrow_a64a345f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    narrow_a64a345f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void narrow_a64a345f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_narrow_a64a345f *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        narrow_a64a345f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &narrow_a64a345f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct narrow_a64a345f_cpu_block_payload_backward
{
    wp_args_narrow_a64a345f* args;
    wp_args_narrow_a64a345f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void narrow_a64a345f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    narrow_a64a345f_cpu_block_payload_backward* payload = (narrow_a64a345f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    narrow_a64a345f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void narrow_a64a345f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_narrow_a64a345f *_wp_args,
    wp_args_narrow_a64a345f *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        narrow_a64a345f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &narrow_a64a345f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

