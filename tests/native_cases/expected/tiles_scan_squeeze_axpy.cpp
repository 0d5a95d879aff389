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

struct wp_args_squeeze_axpy_a6ba2c83 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::float32> o2;
    wp::float32 alpha;
};


template <bool wp_linear_contiguous>
static void squeeze_axpy_a6ba2c83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o2 = _wp_args->o2;
    wp::float32 var_alpha = _wp_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 8;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,1>,wp::tile_stride_t<1,1>,false>();
    const wp::int32 var_9 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_10 = nullptr;
    const wp::int32 var_11 = 8;
    wp::int32 var_12;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_15;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 8;
    const wp::int32 var_20 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    const wp::float32 var_25 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,8>, wp::tile_stride_t<8,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_35 = nullptr;
    const wp::int32 var_36 = 0;
    //---------
    // forward
    // def squeeze_axpy(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float), alpha: float):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                                 <L 23>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::mul(var_0, var_4);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 1>(var_a, var_5, var_9);
    // flat = wp.tile_squeeze(col)                                                            <L 24>
    var_10 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_8);
    // wp.tile_store(out, flat, offset=i * 8)                                                 <L 25>
    var_12 = wp::mul(var_0, var_11);
    wp::tile_store<wp::float32, true, false>(var_out, var_12, var_10);
    // x = wp.tile_load(a, shape=(8, 8))                                                      <L 26>
    var_15 = wp::tuple(var_13, var_14);
    var_16 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_17, var_18);
    // y = wp.tile_load(b, shape=(8, 8))                                                      <L 27>
    var_21 = wp::tuple(var_19, var_20);
    var_22 = wp::tile_load<wp::float32, true, false, 8, 8>(var_b, var_23, var_24);
    // wp.tile_axpy(alpha, x, y)                                                              <L 28>
    wp::tile_axpy(var_alpha, var_16, var_22);
    // wp.tile_axpy(0.5, wp.tile_map(wp.sin, x), y)                                           <L 29>
    var_26 = wp::tile_unary_map(wp::sin, var_16);
    wp::tile_axpy(var_25, var_26, var_22);
    // wp.tile_store(o2, y)                                                                   <L 30>
    wp::tile_store<wp::float32, true, false>(var_o2, var_27, var_28, var_22);
    // wp.tile_store(out, wp.tile_squeeze(wp.tile_load(a, shape=(1, 8))))                     <L 31>
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_load<wp::float32, true, false, 1, 8>(var_a, var_33, var_34);
    var_35 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_32);
    wp::tile_store<wp::float32, true, false>(var_out, var_36, var_35);
}



template <bool wp_linear_contiguous>
static void squeeze_axpy_a6ba2c83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_args,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o2 = _wp_args->o2;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_o2 = _wp_adj_args->o2;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 8;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,1>,wp::tile_stride_t<1,1>,true>();
    const wp::int32 var_9 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_10 = nullptr;
    const wp::int32 var_11 = 8;
    wp::int32 var_12;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_15;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 8;
    const wp::int32 var_20 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    const wp::float32 var_25 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>>{};
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,8>, wp::tile_stride_t<8,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_35 = nullptr;
    const wp::int32 var_36 = 0;
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
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,1>, wp::tile_stride_t<1,1>>, true>& adj_8 = var_8;
    wp::int32 adj_9 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_10 = var_10;
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_16{};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_22{};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,8>>> adj_26{};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_31 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,8>, wp::tile_stride_t<8,1>>, true>& adj_32 = var_32;
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_35 = var_35;
    wp::int32 adj_36 = {};
    //---------
    // forward
    // def squeeze_axpy(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float), alpha: float):       <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                                 <L 23>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::mul(var_0, var_4);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 1>(var_a, var_5, var_9);
    // flat = wp.tile_squeeze(col)                                                            <L 24>
    var_10 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_8);
    // wp.tile_store(out, flat, offset=i * 8)                                                 <L 25>
    var_12 = wp::mul(var_0, var_11);
    // wp::tile_store<wp::float32, true, false>(var_out, var_12, var_10);
    // x = wp.tile_load(a, shape=(8, 8))                                                      <L 26>
    var_15 = wp::tuple(var_13, var_14);
    var_16 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_17, var_18);
    // y = wp.tile_load(b, shape=(8, 8))                                                      <L 27>
    var_21 = wp::tuple(var_19, var_20);
    var_22 = wp::tile_load<wp::float32, true, false, 8, 8>(var_b, var_23, var_24);
    // wp.tile_axpy(alpha, x, y)                                                              <L 28>
    wp::tile_axpy(var_alpha, var_16, var_22);
    // wp.tile_axpy(0.5, wp.tile_map(wp.sin, x), y)                                           <L 29>
    var_26 = wp::tile_unary_map(wp::sin, var_16);
    wp::tile_axpy(var_25, var_26, var_22);
    // wp.tile_store(o2, y)                                                                   <L 30>
    // wp::tile_store<wp::float32, true, false>(var_o2, var_27, var_28, var_22);
    // wp.tile_store(out, wp.tile_squeeze(wp.tile_load(a, shape=(1, 8))))                     <L 31>
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_load<wp::float32, true, false, 1, 8>(var_a, var_33, var_34);
    var_35 = wp::tile_squeeze<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_32);
    // wp::tile_store<wp::float32, true, false>(var_out, var_36, var_35);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_36, var_35, adj_out, adj_36, adj_35);
    wp::adj_tile_squeeze(var_32, adj_32, adj_35);
    wp::adj_tile_load(var_a, var_33, var_34, adj_a, adj_33, adj_34, adj_32);
    // adj: wp.tile_store(out, wp.tile_squeeze(wp.tile_load(a, shape=(1, 8))))                <L 31>
    wp::adj_tile_store(var_o2, var_27, var_28, var_22, adj_o2, adj_27, adj_28, adj_22);
    // adj: wp.tile_store(o2, y)                                                              <L 30>
    wp::adj_tile_axpy(var_25, var_26, var_22, adj_25, adj_26, adj_22);
    wp::adj_tile_unary_map(wp::sin, var_16, wp::adj_sin, adj_16, adj_26);
    // adj: wp.tile_axpy(0.5, wp.tile_map(wp.sin, x), y)                                      <L 29>
    wp::adj_tile_axpy(var_alpha, var_16, var_22, adj_alpha, adj_16, adj_22);
    // adj: wp.tile_axpy(alpha, x, y)                                                         <L 28>
    wp::adj_tile_load(var_b, var_23, var_24, adj_b, adj_23, adj_24, adj_22);
    // adj: y = wp.tile_load(b, shape=(8, 8))                                                 <L 27>
    wp::adj_tile_load(var_a, var_17, var_18, adj_a, adj_17, adj_18, adj_16);
    // adj: x = wp.tile_load(a, shape=(8, 8))                                                 <L 26>
    wp::adj_tile_store(var_out, var_12, var_10, adj_out, adj_12, adj_10);
    wp::adj_mul(var_0, var_11, adj_0, adj_11, adj_12);
    // adj: wp.tile_store(out, flat, offset=i * 8)                                            <L 25>
    wp::adj_tile_squeeze(var_8, adj_8, adj_10);
    // adj: flat = wp.tile_squeeze(col)                                                       <L 24>
    wp::adj_tile_load(var_a, var_5, var_9, adj_a, adj_5, adj_9, adj_8);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: col = wp.tile_load(a, shape=(8, 1), offset=(i * 8, 0))                            <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def squeeze_axpy(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float), alpha: float):  <L 21>
    return;
}



struct squeeze_axpy_a6ba2c83_cpu_block_payload_forward
{
    wp_args_squeeze_axpy_a6ba2c83* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void squeeze_axpy_a6ba2c83_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    squeeze_axpy_a6ba2c83_cpu_block_payload_forward* payload = (squeeze_axpy_a6ba2c83_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    squeeze_axpy_a6ba2c83_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void squeeze_axpy_a6ba2c83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_args)
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
        squeeze_axpy_a6ba2c83_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &squeeze_axpy_a6ba2c83_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct squeeze_axpy_a6ba2c83_cpu_block_payload_backward
{
    wp_args_squeeze_axpy_a6ba2c83* args;
    wp_args_squeeze_axpy_a6ba2c83* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void squeeze_axpy_a6ba2c83_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    squeeze_axpy_a6ba2c83_cpu_block_payload_backward* payload = (squeeze_axpy_a6ba2c83_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    squeeze_axpy_a6ba2c83_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void squeeze_axpy_a6ba2c83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_args,
    wp_args_squeeze_axpy_a6ba2c83 *_wp_adj_args)
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
        squeeze_axpy_a6ba2c83_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &squeeze_axpy_a6ba2c83_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scans_a8bcd056 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> c;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> oc;
};


template <bool wp_linear_contiguous>
static void scans_a8bcd056_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scans_a8bcd056 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_oc = _wp_args->oc;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 32;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::int32 var_5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_10 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_11 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_12 = 0;
    //---------
    // forward
    // def scans(a: wp.array(dtype=float), c: wp.array(dtype=int), out: wp.array(dtype=float), oc: wp.array(dtype=int)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 32>(var_a, var_2);
    // s = wp.tile_scan_inclusive(t)                                                          <L 13>
    var_4 = wp::tile_scan_inclusive(var_3);
    // wp.tile_store(out, s, offset=i * TILE)                                                 <L 14>
    var_5 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_out, var_5, var_4);
    // wp.tile_store(out, wp.tile_scan_exclusive(wp.tile_map(wp.abs, t)))                     <L 15>
    var_6 = wp::tile_unary_map(wp::abs, var_3);
    var_7 = wp::tile_scan_exclusive(var_6);
    wp::tile_store<wp::float32, true, false>(var_out, var_8, var_7);
    // k = wp.tile_load(c, shape=TILE)                                                        <L 16>
    var_9 = wp::tile_load<wp::int32, true, false, 32>(var_c, var_10);
    // wp.tile_store(oc, wp.tile_scan_exclusive(k))                                           <L 17>
    var_11 = wp::tile_scan_exclusive(var_9);
    wp::tile_store<wp::int32, true, false>(var_oc, var_12, var_11);
}



template <bool wp_linear_contiguous>
static void scans_a8bcd056_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scans_a8bcd056 *_wp_args,
    wp_args_scans_a8bcd056 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_c = _wp_args->c;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_oc = _wp_args->oc;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_oc = _wp_adj_args->oc;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 32;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::int32 var_5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_10 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_11 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
    const wp::int32 var_12 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_3{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_4{};
    wp::int32 adj_5 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_6{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_11{};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def scans(a: wp.array(dtype=float), c: wp.array(dtype=int), out: wp.array(dtype=float), oc: wp.array(dtype=int)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 32>(var_a, var_2);
    // s = wp.tile_scan_inclusive(t)                                                          <L 13>
    var_4 = wp::tile_scan_inclusive(var_3);
    // wp.tile_store(out, s, offset=i * TILE)                                                 <L 14>
    var_5 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_out, var_5, var_4);
    // wp.tile_store(out, wp.tile_scan_exclusive(wp.tile_map(wp.abs, t)))                     <L 15>
    var_6 = wp::tile_unary_map(wp::abs, var_3);
    var_7 = wp::tile_scan_exclusive(var_6);
    // wp::tile_store<wp::float32, true, false>(var_out, var_8, var_7);
    // k = wp.tile_load(c, shape=TILE)                                                        <L 16>
    var_9 = wp::tile_load<wp::int32, true, false, 32>(var_c, var_10);
    // wp.tile_store(oc, wp.tile_scan_exclusive(k))                                           <L 17>
    var_11 = wp::tile_scan_exclusive(var_9);
    // wp::tile_store<wp::int32, true, false>(var_oc, var_12, var_11);
    //---------
    // reverse
    wp::adj_tile_store(var_oc, var_12, var_11, adj_oc, adj_12, adj_11);
    // adj: wp.tile_store(oc, wp.tile_scan_exclusive(k))                                      <L 17>
    wp::adj_tile_load(var_c, var_10, adj_c, adj_10, adj_9);
    // adj: k = wp.tile_load(c, shape=TILE)                                                   <L 16>
    wp::adj_tile_store(var_out, var_8, var_7, adj_out, adj_8, adj_7);
    wp::adj_tile_unary_map(wp::abs, var_3, wp::adj_abs, adj_3, adj_6);
    // adj: wp.tile_store(out, wp.tile_scan_exclusive(wp.tile_map(wp.abs, t)))                <L 15>
    wp::adj_tile_store(var_out, var_5, var_4, adj_out, adj_5, adj_4);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_5);
    // adj: wp.tile_store(out, s, offset=i * TILE)                                            <L 14>
    // adj: s = wp.tile_scan_inclusive(t)                                                     <L 13>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def scans(a: wp.array(dtype=float), c: wp.array(dtype=int), out: wp.array(dtype=float), oc: wp.array(dtype=int)):  <L 10>
    return;
}



struct scans_a8bcd056_cpu_block_payload_forward
{
    wp_args_scans_a8bcd056* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scans_a8bcd056_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scans_a8bcd056_cpu_block_payload_forward* payload = (scans_a8bcd056_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scans_a8bcd056_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scans_a8bcd056_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scans_a8bcd056 *_wp_args)
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
        scans_a8bcd056_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scans_a8bcd056_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scans_a8bcd056_cpu_block_payload_backward
{
    wp_args_scans_a8bcd056* args;
    wp_args_scans_a8bcd056* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scans_a8bcd056_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scans_a8bcd056_cpu_block_payload_backward* payload = (scans_a8bcd056_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scans_a8bcd056_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scans_a8bcd056_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scans_a8bcd056 *_wp_args,
    wp_args_scans_a8bcd056 *_wp_adj_args)
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
        scans_a8bcd056_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scans_a8bcd056_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

