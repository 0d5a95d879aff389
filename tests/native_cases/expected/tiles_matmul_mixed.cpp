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

struct wp_args_odd_00feb22a {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
    wp::int32 flag;
};


template <bool wp_linear_contiguous>
static void odd_00feb22a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_odd_00feb22a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::int32 var_flag = _wp_args->flag;
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
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    const wp::float32 var_27 = 1.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_28 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 0;
    const wp::int32 var_31 = 0;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 0.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_37;
    const wp::int32 var_38 = 0;
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
        wp::tile_matmul_acc(var_24, var_25, var_26, var_7, var_11, var_19, var_23, var_27);
    }
    // d = wp.tile_matmul(a, b) + c                                                           <L 18>
    var_28 = wp::tile_matmul(var_29, var_30, var_31, var_7, var_11, var_28, var_32, var_33);
    var_34 = wp::tile_add(var_28, var_19);
    // wp.tile_store(C, d, offset=(i * TM, 0))                                                <L 19>
    var_35 = wp::mul(var_0, var_1);
    var_37 = wp::tuple(var_35, var_36);
    wp::tile_store<wp::float32, true, false>(var_C, var_35, var_38, var_34);
}



template <bool wp_linear_contiguous>
static void odd_00feb22a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_odd_00feb22a *_wp_args,
    wp_args_odd_00feb22a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    wp::int32 var_flag = _wp_args->flag;
    wp::array_t<wp::float32> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
    wp::array_t<wp::float32> adj_C = _wp_adj_args->C;
    wp::int32 adj_flag = _wp_adj_args->flag;
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
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    const wp::float32 var_27 = 1.0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_28 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 0;
    const wp::int32 var_31 = 0;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 0.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_37;
    const wp::int32 var_38 = 0;
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
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_28 = var_28;
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_34{};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_37 = {};
    wp::int32 adj_38 = {};
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
        wp::tile_matmul_acc(var_24, var_25, var_26, var_7, var_11, var_19, var_23, var_27);
    }
    // d = wp.tile_matmul(a, b) + c                                                           <L 18>
    var_28 = wp::tile_matmul(var_29, var_30, var_31, var_7, var_11, var_28, var_32, var_33);
    var_34 = wp::tile_add(var_28, var_19);
    // wp.tile_store(C, d, offset=(i * TM, 0))                                                <L 19>
    var_35 = wp::mul(var_0, var_1);
    var_37 = wp::tuple(var_35, var_36);
    // wp::tile_store<wp::float32, true, false>(var_C, var_35, var_38, var_34);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_35, var_38, var_34, adj_C, adj_35, adj_38, adj_34);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_35);
    // adj: wp.tile_store(C, d, offset=(i * TM, 0))                                           <L 19>
    wp::adj_tile_add(var_28, var_19, adj_28, adj_19, adj_34);
    wp::adj_tile_matmul(var_29, var_30, var_31, var_7, var_11, var_28, var_32, var_33, adj_29, adj_30, adj_31, adj_7, adj_11, adj_28, adj_32, adj_33, adj_28);
    // adj: d = wp.tile_matmul(a, b) + c                                                      <L 18>
    if (var_22) {
        wp::adj_tile_matmul_acc(var_24, var_25, var_26, var_7, var_11, var_19, var_23, var_27, adj_24, adj_25, adj_26, adj_7, adj_11, adj_19, adj_23, adj_27);
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
    return;
}



struct odd_00feb22a_cpu_block_payload_forward
{
    wp_args_odd_00feb22a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void odd_00feb22a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    odd_00feb22a_cpu_block_payload_forward* payload = (odd_00feb22a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    odd_00feb22a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void odd_00feb22a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_odd_00feb22a *_wp_args)
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
        odd_00feb22a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &odd_00feb22a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct odd_00feb22a_cpu_block_payload_backward
{
    wp_args_odd_00feb22a* args;
    wp_args_odd_00feb22a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void odd_00feb22a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    odd_00feb22a_cpu_block_payload_backward* payload = (odd_00feb22a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    odd_00feb22a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void odd_00feb22a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_odd_00feb22a *_wp_args,
    wp_args_odd_00feb22a *_wp_adj_args)
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
        odd_00feb22a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &odd_00feb22a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_mixed_aecf3603 {
    wp::array_t<wp::float64> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float64> C;
};


template <bool wp_linear_contiguous>
static void mixed_aecf3603_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixed_aecf3603 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
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
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 0.0;
    const wp::int32 var_22 = 4;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    const wp::int32 var_26 = 0;
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
    var_16 = wp::tile_matmul(var_17, var_18, var_19, var_8, var_13, var_16, var_20, var_21);
    // wp.tile_store(C, c, offset=(i * 4, 0))                                                 <L 28>
    var_23 = wp::mul(var_0, var_22);
    var_25 = wp::tuple(var_23, var_24);
    wp::tile_store<wp::float64, true, false>(var_C, var_23, var_26, var_16);
}



template <bool wp_linear_contiguous>
static void mixed_aecf3603_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixed_aecf3603 *_wp_args,
    wp_args_mixed_aecf3603 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float64> var_C = _wp_args->C;
    wp::array_t<wp::float64> adj_A = _wp_adj_args->A;
    wp::array_t<wp::float32> adj_B = _wp_adj_args->B;
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
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<3,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_16 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 0.0;
    const wp::int32 var_22 = 4;
    wp::int32 var_23;
    const wp::int32 var_24 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    const wp::int32 var_26 = 0;
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
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
    wp::int32 adj_26 = {};
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
    var_16 = wp::tile_matmul(var_17, var_18, var_19, var_8, var_13, var_16, var_20, var_21);
    // wp.tile_store(C, c, offset=(i * 4, 0))                                                 <L 28>
    var_23 = wp::mul(var_0, var_22);
    var_25 = wp::tuple(var_23, var_24);
    // wp::tile_store<wp::float64, true, false>(var_C, var_23, var_26, var_16);
    //---------
    // reverse
    wp::adj_tile_store(var_C, var_23, var_26, var_16, adj_C, adj_23, adj_26, adj_16);
    wp::adj_mul(var_0, var_22, adj_0, adj_22, adj_23);
    // adj: wp.tile_store(C, c, offset=(i * 4, 0))                                            <L 28>
    wp::adj_tile_matmul(var_17, var_18, var_19, var_8, var_13, var_16, var_20, var_21, adj_17, adj_18, adj_19, adj_8, adj_13, adj_16, adj_20, adj_21, adj_16);
    // adj: c = wp.tile_matmul(a, b)                                                          <L 27>
    wp::adj_tile_load(var_B, var_14, var_15, adj_B, adj_14, adj_15, adj_13);
    // adj: b = wp.tile_load(B, shape=(3, 8))                                                 <L 26>
    wp::adj_tile_load(var_A, var_5, var_9, adj_A, adj_5, adj_9, adj_8);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: a = wp.tile_load(A, shape=(4, 3), offset=(i * 4, 0))                              <L 25>
    // adj: i = wp.tid()                                                                      <L 24>
    // adj: def mixed(A: wp.array2d(dtype=wp.float64), B: wp.array2d(dtype=float), C: wp.array2d(dtype=wp.float64)):  <L 23>
    return;
}



struct mixed_aecf3603_cpu_block_payload_forward
{
    wp_args_mixed_aecf3603* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mixed_aecf3603_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mixed_aecf3603_cpu_block_payload_forward* payload = (mixed_aecf3603_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mixed_aecf3603_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void mixed_aecf3603_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixed_aecf3603 *_wp_args)
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
        mixed_aecf3603_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mixed_aecf3603_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct mixed_aecf3603_cpu_block_payload_backward
{
    wp_args_mixed_aecf3603* args;
    wp_args_mixed_aecf3603* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mixed_aecf3603_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mixed_aecf3603_cpu_block_payload_backward* payload = (mixed_aecf3603_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mixed_aecf3603_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void mixed_aecf3603_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixed_aecf3603 *_wp_args,
    wp_args_mixed_aecf3603 *_wp_adj_args)
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
        mixed_aecf3603_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mixed_aecf3603_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

