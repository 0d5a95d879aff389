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


// warpsynth/tiles_block_dim.py:6
static wp::float32 lanes_scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def lanes_scale(x: float):                                                             <L 7>
    // return x * float(wp.block_dim())                                                       <L 8>
    var_0 = builtin_block_dim();
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_x, var_1);
    return var_2;
}


// warpsynth/tiles_block_dim.py:6
static void adj_lanes_scale_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def lanes_scale(x: float):                                                             <L 7>
    // return x * float(wp.block_dim())                                                       <L 8>
    var_0 = builtin_block_dim();
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: return x * float(wp.block_dim())                                                  <L 8>
    // adj: def lanes_scale(x: float):                                                        <L 7>
    return;
}

struct wp_args_center_7e5696f3 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void center_7e5696f3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_center_7e5696f3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 12>
    // i, lane = wp.tid()                                                                     <L 13>
    builtin_tid2d(var_0, var_1);
    // x = a[i, lane]                                                                         <L 14>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // t = wp.tile(x)                                                                         <L 15>
    var_5 = wp::tile<wp::float32>(var_3);
    // s = wp.tile_sum(t)                                                                     <L 16>
    var_6 = wp::tile_sum(var_5);
    // out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                       <L 17>
    var_8 = wp::tile_extract(var_6, var_7);
    var_9 = builtin_block_dim();
    var_10 = wp::float(var_9);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::sub(var_3, var_11);
    wp::array_store(var_out, var_0, var_1, var_12);
}



template <bool wp_linear_contiguous>
static void center_7e5696f3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_center_7e5696f3 *_wp_args,
    wp_args_center_7e5696f3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_5{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_6 = var_6;
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 12>
    // i, lane = wp.tid()                                                                     <L 13>
    builtin_tid2d(var_0, var_1);
    // x = a[i, lane]                                                                         <L 14>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // t = wp.tile(x)                                                                         <L 15>
    var_5 = wp::tile<wp::float32>(var_3);
    // s = wp.tile_sum(t)                                                                     <L 16>
    var_6 = wp::tile_sum(var_5);
    // out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                       <L 17>
    var_8 = wp::tile_extract(var_6, var_7);
    var_9 = builtin_block_dim();
    var_10 = wp::float(var_9);
    var_11 = wp::div(var_8, var_10);
    var_12 = wp::sub(var_3, var_11);
    // wp::array_store(var_out, var_0, var_1, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_12, adj_out, adj_0, adj_1, adj_12);
    wp::adj_sub(var_3, var_11, adj_3, adj_11, adj_12);
    wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
    wp::adj_float(var_9, adj_9, adj_10);
    wp::adj_tile_extract(var_6, var_7, adj_6, adj_7, adj_8);
    // adj: out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                  <L 17>
    wp::adj_tile_sum(var_5, adj_5, adj_6);
    // adj: s = wp.tile_sum(t)                                                                <L 16>
    wp::adj_tile(var_3, adj_3, adj_5);
    // adj: t = wp.tile(x)                                                                    <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_2);
    // adj: x = a[i, lane]                                                                    <L 14>
    // adj: i, lane = wp.tid()                                                                <L 13>
    // adj: def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 12>
    return;
}



struct center_7e5696f3_cpu_block_payload_forward
{
    wp_args_center_7e5696f3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void center_7e5696f3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    center_7e5696f3_cpu_block_payload_forward* payload = (center_7e5696f3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    center_7e5696f3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void center_7e5696f3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_center_7e5696f3 *_wp_args)
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
        center_7e5696f3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &center_7e5696f3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct center_7e5696f3_cpu_block_payload_backward
{
    wp_args_center_7e5696f3* args;
    wp_args_center_7e5696f3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void center_7e5696f3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    center_7e5696f3_cpu_block_payload_backward* payload = (center_7e5696f3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    center_7e5696f3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void center_7e5696f3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_center_7e5696f3 *_wp_args,
    wp_args_center_7e5696f3 *_wp_adj_args)
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
        center_7e5696f3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &center_7e5696f3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scaled_aa87057e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> n;
};


template <bool wp_linear_contiguous>
static void scaled_aa87057e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scaled_aa87057e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                          <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // n[i] = wp.block_dim()                                                                  <L 23>
    var_1 = builtin_block_dim();
    wp::array_store(var_n, var_0, var_1);
    // a[i] = lanes_scale(a[i])                                                               <L 24>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = lanes_scale_0(var_4);
    wp::array_store(var_a, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void scaled_aa87057e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scaled_aa87057e *_wp_args,
    wp_args_scaled_aa87057e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                          <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // n[i] = wp.block_dim()                                                                  <L 23>
    var_1 = builtin_block_dim();
    // wp::array_store(var_n, var_0, var_1);
    // a[i] = lanes_scale(a[i])                                                               <L 24>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = lanes_scale_0(var_4);
    // wp::array_store(var_a, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
    adj_lanes_scale_0(var_4, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: a[i] = lanes_scale(a[i])                                                          <L 24>
    wp::adj_array_store(var_n, var_0, var_1, adj_n, adj_0, adj_1);
    // adj: n[i] = wp.block_dim()                                                             <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                     <L 21>
    return;
}



struct scaled_aa87057e_cpu_block_payload_forward
{
    wp_args_scaled_aa87057e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scaled_aa87057e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scaled_aa87057e_cpu_block_payload_forward* payload = (scaled_aa87057e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scaled_aa87057e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scaled_aa87057e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scaled_aa87057e *_wp_args)
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
        scaled_aa87057e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scaled_aa87057e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scaled_aa87057e_cpu_block_payload_backward
{
    wp_args_scaled_aa87057e* args;
    wp_args_scaled_aa87057e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scaled_aa87057e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scaled_aa87057e_cpu_block_payload_backward* payload = (scaled_aa87057e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scaled_aa87057e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scaled_aa87057e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scaled_aa87057e *_wp_args,
    wp_args_scaled_aa87057e *_wp_adj_args)
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
        scaled_aa87057e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scaled_aa87057e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

