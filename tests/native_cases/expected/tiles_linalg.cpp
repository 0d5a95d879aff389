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

struct wp_args_spd_solve_15f094ea {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> d;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> x;
};


template <bool wp_linear_contiguous>
static void spd_solve_15f094ea_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spd_solve_15f094ea *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
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
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_21 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
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
    var_9 = wp::tile_matmul(var_10, var_11, var_12, var_8, var_8, var_9, var_13, var_14);
    var_15 = wp::tile_diag_add(var_9, var_5, var_15);
    // L = wp.tile_cholesky(m)                                                                <L 16>
    var_16 = wp::tile_cholesky<false>(var_17, var_18, var_19, var_15, var_16);
    // rhs = wp.tile_load(b, shape=N)                                                         <L 17>
    var_20 = wp::tile_load<wp::float32, true, false, 8>(var_b, var_21);
    // wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                       <L 18>
    var_22 = wp::tile_cholesky_solve<false>(var_23, var_16, var_20, var_22);
    wp::tile_store<wp::float32, true, false>(var_x, var_24, var_22);
}



template <bool wp_linear_contiguous>
static void spd_solve_15f094ea_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spd_solve_15f094ea *_wp_args,
    wp_args_spd_solve_15f094ea *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_d = _wp_args->d;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_d = _wp_adj_args->d;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
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
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_21 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_15 = var_15;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_16 = var_16;
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_20 = var_20;
    wp::int32 adj_21 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_22 = var_22;
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
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
    var_9 = wp::tile_matmul(var_10, var_11, var_12, var_8, var_8, var_9, var_13, var_14);
    var_15 = wp::tile_diag_add(var_9, var_5, var_15);
    // L = wp.tile_cholesky(m)                                                                <L 16>
    var_16 = wp::tile_cholesky<false>(var_17, var_18, var_19, var_15, var_16);
    // rhs = wp.tile_load(b, shape=N)                                                         <L 17>
    var_20 = wp::tile_load<wp::float32, true, false, 8>(var_b, var_21);
    // wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                       <L 18>
    var_22 = wp::tile_cholesky_solve<false>(var_23, var_16, var_20, var_22);
    // wp::tile_store<wp::float32, true, false>(var_x, var_24, var_22);
    //---------
    // reverse
    wp::adj_tile_store(var_x, var_24, var_22, adj_x, adj_24, adj_22);
    // adj: wp.tile_store(x, wp.tile_cholesky_solve(L, rhs))                                  <L 18>
    wp::adj_tile_load(var_b, var_21, adj_b, adj_21, adj_20);
    // adj: rhs = wp.tile_load(b, shape=N)                                                    <L 17>
    wp::adj_tile_cholesky<false>(var_17, var_18, var_19, var_15, var_16, adj_17, adj_18, adj_19, adj_15, adj_16, adj_16);
    // adj: L = wp.tile_cholesky(m)                                                           <L 16>
    wp::adj_tile_matmul(var_10, var_11, var_12, var_8, var_8, var_9, var_13, var_14, adj_10, adj_11, adj_12, adj_8, adj_8, adj_9, adj_13, adj_14, adj_9);
    // adj: m = wp.tile_diag_add(wp.tile_matmul(s, s), diag)                                  <L 15>
    wp::adj_tile_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_tile_transpose(var_2, adj_2, adj_7);
    // adj: s = a + wp.tile_transpose(a)                                                      <L 14>
    wp::adj_tile_load(var_d, var_6, adj_d, adj_6, adj_5);
    // adj: diag = wp.tile_load(d, shape=N)                                                   <L 13>
    wp::adj_tile_load(var_A, var_3, var_4, adj_A, adj_3, adj_4, adj_2);
    // adj: a = wp.tile_load(A, shape=(N, N))                                                 <L 12>
    // adj: def spd_solve(A: wp.array2d(dtype=float), d: wp.array(dtype=float), b: wp.array(dtype=float), x: wp.array(dtype=float)):  <L 11>
    return;
}



struct spd_solve_15f094ea_cpu_block_payload_forward
{
    wp_args_spd_solve_15f094ea* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spd_solve_15f094ea_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spd_solve_15f094ea_cpu_block_payload_forward* payload = (spd_solve_15f094ea_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spd_solve_15f094ea_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spd_solve_15f094ea_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spd_solve_15f094ea *_wp_args)
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
        spd_solve_15f094ea_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spd_solve_15f094ea_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spd_solve_15f094ea_cpu_block_payload_backward
{
    wp_args_spd_solve_15f094ea* args;
    wp_args_spd_solve_15f094ea* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spd_solve_15f094ea_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spd_solve_15f094ea_cpu_block_payload_backward* payload = (spd_solve_15f094ea_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spd_solve_15f094ea_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spd_solve_15f094ea_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spd_solve_15f094ea *_wp_args,
    wp_args_spd_solve_15f094ea *_wp_adj_args)
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
        spd_solve_15f094ea_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spd_solve_15f094ea_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_transposed_rhs_7ee4176e {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> X;
};


template <bool wp_linear_contiguous>
static void transposed_rhs_7ee4176e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transposed_rhs_7ee4176e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_X = _wp_args->X;
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
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = 6;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,6>,wp::tile_stride_t<6,1>,false>();
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false> var_17 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,false>();
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false> var_21 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,false>();
    const wp::int32 var_23 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false> var_24 = nullptr;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):       <L 33>
    // a = wp.tile_load(A, shape=(6, 6))                                                      <L 34>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 6, 6>(var_A, var_4, var_5);
    // L = wp.tile_cholesky(fill_mode="lower", A=a)                                           <L 35>
    var_7 = wp::tile_cholesky<false>(var_8, var_9, var_10, var_3, var_7);
    // rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                                 <L 36>
    var_13 = wp::tuple(var_11, var_12);
    var_14 = wp::tile_load<wp::float32, true, false, 2, 6>(var_B, var_15, var_16);
    var_17 = wp::tile_transpose(var_14);
    // z = wp.tile_lower_solve(L, rhs)                                                        <L 37>
    var_18 = tile_lower_solve(var_19, var_20, var_7, var_17, var_18);
    // wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))       <L 38>
    var_21 = wp::tile_transpose(var_7);
    var_22 = tile_upper_solve(var_23, var_21, var_18, var_22);
    var_24 = wp::tile_transpose(var_22);
    wp::tile_store<wp::float32, true, false>(var_X, var_25, var_26, var_24);
}



template <bool wp_linear_contiguous>
static void transposed_rhs_7ee4176e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_transposed_rhs_7ee4176e *_wp_args,
    wp_args_transposed_rhs_7ee4176e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_X = _wp_args->X;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_X = _wp_adj_args->X;
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
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    const wp::int32 var_12 = 6;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true> var_14 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,6>,wp::tile_stride_t<6,1>,true>();
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false> var_17 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,true>();
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false> var_21 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true> var_22 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<6,2>,wp::tile_stride_t<1,6>,true>();
    const wp::int32 var_23 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false> var_24 = nullptr;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, true>& adj_14 = var_14;
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, false>& adj_17 = var_17;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true>& adj_18 = var_18;
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,6>, wp::tile_stride_t<1,6>>, false>& adj_21 = var_21;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6,2>, wp::tile_stride_t<1,6>>, true>& adj_22 = var_22;
    wp::int32 adj_23 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,6>, wp::tile_stride_t<6,1>>, false>& adj_24 = var_24;
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):       <L 33>
    // a = wp.tile_load(A, shape=(6, 6))                                                      <L 34>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 6, 6>(var_A, var_4, var_5);
    // L = wp.tile_cholesky(fill_mode="lower", A=a)                                           <L 35>
    var_7 = wp::tile_cholesky<false>(var_8, var_9, var_10, var_3, var_7);
    // rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                                 <L 36>
    var_13 = wp::tuple(var_11, var_12);
    var_14 = wp::tile_load<wp::float32, true, false, 2, 6>(var_B, var_15, var_16);
    var_17 = wp::tile_transpose(var_14);
    // z = wp.tile_lower_solve(L, rhs)                                                        <L 37>
    var_18 = tile_lower_solve(var_19, var_20, var_7, var_17, var_18);
    // wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))       <L 38>
    var_21 = wp::tile_transpose(var_7);
    var_22 = tile_upper_solve(var_23, var_21, var_18, var_22);
    var_24 = wp::tile_transpose(var_22);
    // wp::tile_store<wp::float32, true, false>(var_X, var_25, var_26, var_24);
    //---------
    // reverse
    wp::adj_tile_store(var_X, var_25, var_26, var_24, adj_X, adj_25, adj_26, adj_24);
    wp::adj_tile_transpose(var_22, adj_22, adj_24);
    wp::adj_tile_transpose(var_7, adj_7, adj_21);
    // adj: wp.tile_store(X, wp.tile_transpose(wp.tile_upper_solve(wp.tile_transpose(L), z)))  <L 38>
    adj_tile_lower_solve(var_19, var_20, var_7, var_17, var_18, adj_19, adj_20, adj_7, adj_17, adj_18, adj_18);
    // adj: z = wp.tile_lower_solve(L, rhs)                                                   <L 37>
    wp::adj_tile_transpose(var_14, adj_14, adj_17);
    wp::adj_tile_load(var_B, var_15, var_16, adj_B, adj_15, adj_16, adj_14);
    // adj: rhs = wp.tile_transpose(wp.tile_load(B, shape=(2, 6)))                            <L 36>
    wp::adj_tile_cholesky<false>(var_8, var_9, var_10, var_3, var_7, adj_8, adj_9, adj_10, adj_3, adj_7, adj_7);
    // adj: L = wp.tile_cholesky(fill_mode="lower", A=a)                                      <L 35>
    wp::adj_tile_load(var_A, var_4, var_5, adj_A, adj_4, adj_5, adj_3);
    // adj: a = wp.tile_load(A, shape=(6, 6))                                                 <L 34>
    // adj: def transposed_rhs(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), X: wp.array2d(dtype=float)):  <L 33>
    return;
}



struct transposed_rhs_7ee4176e_cpu_block_payload_forward
{
    wp_args_transposed_rhs_7ee4176e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transposed_rhs_7ee4176e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transposed_rhs_7ee4176e_cpu_block_payload_forward* payload = (transposed_rhs_7ee4176e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transposed_rhs_7ee4176e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void transposed_rhs_7ee4176e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transposed_rhs_7ee4176e *_wp_args)
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
        transposed_rhs_7ee4176e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transposed_rhs_7ee4176e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct transposed_rhs_7ee4176e_cpu_block_payload_backward
{
    wp_args_transposed_rhs_7ee4176e* args;
    wp_args_transposed_rhs_7ee4176e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void transposed_rhs_7ee4176e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    transposed_rhs_7ee4176e_cpu_block_payload_backward* payload = (transposed_rhs_7ee4176e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    transposed_rhs_7ee4176e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void transposed_rhs_7ee4176e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_transposed_rhs_7ee4176e *_wp_args,
    wp_args_transposed_rhs_7ee4176e *_wp_adj_args)
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
        transposed_rhs_7ee4176e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &transposed_rhs_7ee4176e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_triangular_83566cf1 {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float64> B;
    wp::array_t<wp::float64> X;
};


template <bool wp_linear_contiguous>
static void triangular_83566cf1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_triangular_83566cf1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_X = _wp_args->X;
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
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_18 = nullptr;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_22 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
    const wp::int32 var_23 = 0;
    const wp::str var_24 = "upper";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_25 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,false>();
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    //---------
    // forward
    // def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):       <L 22>
    // a = wp.tile_load(A, shape=(4, 4), storage="shared")                                    <L 23>
    var_2 = wp::tuple(var_0, var_1);
    var_4 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_5, var_6);
    // U = wp.tile_cholesky(a, "upper")                                                       <L 24>
    var_8 = wp::tile_cholesky<true>(var_9, var_10, var_11, var_4, var_8);
    // rhs = wp.tile_load(B, shape=(4, 3))                                                    <L 25>
    var_14 = wp::tuple(var_12, var_13);
    var_15 = wp::tile_load<wp::float64, true, false, 4, 3>(var_B, var_16, var_17);
    // z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                     <L 26>
    var_18 = wp::tile_transpose(var_8);
    var_19 = tile_lower_solve(var_20, var_21, var_18, var_15, var_19);
    // y = wp.tile_upper_solve(U, z)                                                          <L 27>
    var_22 = tile_upper_solve(var_23, var_8, var_19, var_22);
    // w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                                    <L 28>
    var_25 = wp::tile_cholesky_solve<true>(var_26, var_8, var_22, var_25);
    // wp.tile_store(X, w)                                                                    <L 29>
    wp::tile_store<wp::float64, true, false>(var_X, var_27, var_28, var_25);
}



template <bool wp_linear_contiguous>
static void triangular_83566cf1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_triangular_83566cf1 *_wp_args,
    wp_args_triangular_83566cf1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float64> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_X = _wp_args->X;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float64> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float64> adj_X = _wp_adj_args->X;
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
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_18 = nullptr;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_19 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_22 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
    const wp::int32 var_23 = 0;
    const wp::str var_24 = "upper";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true> var_25 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,3>,wp::tile_stride_t<3,1>,true>();
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
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
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false>& adj_18 = var_18;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_19 = var_19;
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_22 = var_22;
    wp::int32 adj_23 = {};
    wp::str adj_24 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,3>, wp::tile_stride_t<3,1>>, true>& adj_25 = var_25;
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    //---------
    // forward
    // def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):       <L 22>
    // a = wp.tile_load(A, shape=(4, 4), storage="shared")                                    <L 23>
    var_2 = wp::tuple(var_0, var_1);
    var_4 = wp::tile_load<wp::float64, true, false, 4, 4>(var_A, var_5, var_6);
    // U = wp.tile_cholesky(a, "upper")                                                       <L 24>
    var_8 = wp::tile_cholesky<true>(var_9, var_10, var_11, var_4, var_8);
    // rhs = wp.tile_load(B, shape=(4, 3))                                                    <L 25>
    var_14 = wp::tuple(var_12, var_13);
    var_15 = wp::tile_load<wp::float64, true, false, 4, 3>(var_B, var_16, var_17);
    // z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                     <L 26>
    var_18 = wp::tile_transpose(var_8);
    var_19 = tile_lower_solve(var_20, var_21, var_18, var_15, var_19);
    // y = wp.tile_upper_solve(U, z)                                                          <L 27>
    var_22 = tile_upper_solve(var_23, var_8, var_19, var_22);
    // w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                                    <L 28>
    var_25 = wp::tile_cholesky_solve<true>(var_26, var_8, var_22, var_25);
    // wp.tile_store(X, w)                                                                    <L 29>
    // wp::tile_store<wp::float64, true, false>(var_X, var_27, var_28, var_25);
    //---------
    // reverse
    wp::adj_tile_store(var_X, var_27, var_28, var_25, adj_X, adj_27, adj_28, adj_25);
    // adj: wp.tile_store(X, w)                                                               <L 29>
    // adj: w = wp.tile_cholesky_solve(U, y, fill_mode="upper")                               <L 28>
    // adj: y = wp.tile_upper_solve(U, z)                                                     <L 27>
    adj_tile_lower_solve(var_20, var_21, var_18, var_15, var_19, adj_20, adj_21, adj_18, adj_15, adj_19, adj_19);
    wp::adj_tile_transpose(var_8, adj_8, adj_18);
    // adj: z = wp.tile_lower_solve(wp.tile_transpose(U), rhs)                                <L 26>
    wp::adj_tile_load(var_B, var_16, var_17, adj_B, adj_16, adj_17, adj_15);
    // adj: rhs = wp.tile_load(B, shape=(4, 3))                                               <L 25>
    wp::adj_tile_cholesky<true>(var_9, var_10, var_11, var_4, var_8, adj_9, adj_10, adj_11, adj_4, adj_8, adj_8);
    // adj: U = wp.tile_cholesky(a, "upper")                                                  <L 24>
    wp::adj_tile_load(var_A, var_5, var_6, adj_A, adj_5, adj_6, adj_4);
    // adj: a = wp.tile_load(A, shape=(4, 4), storage="shared")                               <L 23>
    // adj: def triangular(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=wp.float64), X: wp.array2d(dtype=wp.float64)):  <L 22>
    return;
}



struct triangular_83566cf1_cpu_block_payload_forward
{
    wp_args_triangular_83566cf1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void triangular_83566cf1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    triangular_83566cf1_cpu_block_payload_forward* payload = (triangular_83566cf1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    triangular_83566cf1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void triangular_83566cf1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_triangular_83566cf1 *_wp_args)
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
        triangular_83566cf1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &triangular_83566cf1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct triangular_83566cf1_cpu_block_payload_backward
{
    wp_args_triangular_83566cf1* args;
    wp_args_triangular_83566cf1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void triangular_83566cf1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    triangular_83566cf1_cpu_block_payload_backward* payload = (triangular_83566cf1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    triangular_83566cf1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void triangular_83566cf1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_triangular_83566cf1 *_wp_args,
    wp_args_triangular_83566cf1 *_wp_adj_args)
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
        triangular_83566cf1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &triangular_83566cf1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

