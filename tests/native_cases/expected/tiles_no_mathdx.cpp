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

struct wp_args_gemm_42fdbc7b {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void gemm_42fdbc7b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gemm_42fdbc7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
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



template <bool wp_linear_contiguous>
static void gemm_42fdbc7b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gemm_42fdbc7b *_wp_args,
    wp_args_gemm_42fdbc7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
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
    return;
}



struct gemm_42fdbc7b_cpu_block_payload_forward
{
    wp_args_gemm_42fdbc7b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gemm_42fdbc7b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    gemm_42fdbc7b_cpu_block_payload_forward* payload = (gemm_42fdbc7b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gemm_42fdbc7b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void gemm_42fdbc7b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gemm_42fdbc7b *_wp_args)
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
        gemm_42fdbc7b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gemm_42fdbc7b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct gemm_42fdbc7b_cpu_block_payload_backward
{
    wp_args_gemm_42fdbc7b* args;
    wp_args_gemm_42fdbc7b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gemm_42fdbc7b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    gemm_42fdbc7b_cpu_block_payload_backward* payload = (gemm_42fdbc7b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gemm_42fdbc7b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void gemm_42fdbc7b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gemm_42fdbc7b *_wp_args,
    wp_args_gemm_42fdbc7b *_wp_adj_args)
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
        gemm_42fdbc7b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gemm_42fdbc7b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_solve_49d1633d {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> y;
    wp::array_t<wp::float64> x;
};


template <bool wp_linear_contiguous>
static void solve_49d1633d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_49d1633d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    wp::array_t<wp::float64> var_x = _wp_args->x;
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



template <bool wp_linear_contiguous>
static void solve_49d1633d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_49d1633d *_wp_args,
    wp_args_solve_49d1633d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_y = _wp_args->y;
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float64> adj_y = _wp_adj_args->y;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
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
    return;
}



struct solve_49d1633d_cpu_block_payload_forward
{
    wp_args_solve_49d1633d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_49d1633d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_49d1633d_cpu_block_payload_forward* payload = (solve_49d1633d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_49d1633d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_49d1633d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_49d1633d *_wp_args)
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
        solve_49d1633d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_49d1633d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct solve_49d1633d_cpu_block_payload_backward
{
    wp_args_solve_49d1633d* args;
    wp_args_solve_49d1633d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_49d1633d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_49d1633d_cpu_block_payload_backward* payload = (solve_49d1633d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_49d1633d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void solve_49d1633d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_49d1633d *_wp_args,
    wp_args_solve_49d1633d *_wp_adj_args)
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
        solve_49d1633d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_49d1633d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_spectrum_563e3c0e {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
};


template <bool wp_linear_contiguous>
static void spectrum_563e3c0e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectrum_563e3c0e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
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



template <bool wp_linear_contiguous>
static void spectrum_563e3c0e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectrum_563e3c0e *_wp_args,
    wp_args_spectrum_563e3c0e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
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
    return;
}



struct spectrum_563e3c0e_cpu_block_payload_forward
{
    wp_args_spectrum_563e3c0e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectrum_563e3c0e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectrum_563e3c0e_cpu_block_payload_forward* payload = (spectrum_563e3c0e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectrum_563e3c0e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spectrum_563e3c0e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectrum_563e3c0e *_wp_args)
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
        spectrum_563e3c0e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectrum_563e3c0e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spectrum_563e3c0e_cpu_block_payload_backward
{
    wp_args_spectrum_563e3c0e* args;
    wp_args_spectrum_563e3c0e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectrum_563e3c0e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectrum_563e3c0e_cpu_block_payload_backward* payload = (spectrum_563e3c0e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectrum_563e3c0e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spectrum_563e3c0e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectrum_563e3c0e *_wp_args,
    wp_args_spectrum_563e3c0e *_wp_adj_args)
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
        spectrum_563e3c0e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectrum_563e3c0e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

