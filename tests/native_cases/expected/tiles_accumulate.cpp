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

struct wp_args_dynamic_19d16440 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void dynamic_19d16440_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dynamic_19d16440 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_8 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_10;
    //---------
    // forward
    // def dynamic(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):               <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 26>
    var_2 = wp::tile_zeros<float, 16>();
    // for k in range(n):                                                                     <L 27>
    var_3 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 28>
        var_5 = wp::mul(var_4, var_1);
        var_6 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_5);
        // acc += t                                                                           <L 29>
        wp::tile_add_inplace(var_2, var_6);
        // acc += wp.tile_map(wp.sin, t) * 0.5                                                <L 30>
        var_7 = wp::tile_unary_map(wp::sin, var_6);
        var_9 = wp::tile_mul(var_7, var_8);
        wp::tile_add_inplace(var_2, var_9);
        goto start_for_0;
    end_for_0:;
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 31>
    var_10 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_b, var_10, var_2);
}



template <bool wp_linear_contiguous>
static void dynamic_19d16440_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dynamic_19d16440 *_wp_args,
    wp_args_dynamic_19d16440 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_8 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_2{};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
    wp::float32 adj_8 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_9{};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def dynamic(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):               <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 26>
    var_2 = wp::tile_zeros<float, 16>();
    // for k in range(n):                                                                     <L 27>
    var_3 = wp::range(var_n);
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 31>
    var_10 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_b, var_10, var_2);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_10, var_2, adj_b, adj_10, adj_2);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_10);
    // adj: wp.tile_store(b, acc, offset=i * TILE)                                            <L 31>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6.grad_zero();
    	adj_7.grad_zero();
    	adj_8 = {};
    	adj_9.grad_zero();
        // t = wp.tile_load(a, shape=TILE, offset=k * TILE)                                   <L 28>
        var_5 = wp::mul(var_4, var_1);
        var_6 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_5);
        // acc += t                                                                           <L 29>
        wp::tile_add_inplace(var_2, var_6);
        // acc += wp.tile_map(wp.sin, t) * 0.5                                                <L 30>
        var_7 = wp::tile_unary_map(wp::sin, var_6);
        var_9 = wp::tile_mul(var_7, var_8);
        wp::tile_add_inplace(var_2, var_9);
        wp::adj_tile_add_inplace(var_2, var_9, adj_2, adj_9);
        wp::adj_tile_mul(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_tile_unary_map(wp::sin, var_6, wp::adj_sin, adj_6, adj_7);
        // adj: acc += wp.tile_map(wp.sin, t) * 0.5                                           <L 30>
        wp::adj_tile_add_inplace(var_2, var_6, adj_2, adj_6);
        // adj: acc += t                                                                      <L 29>
        wp::adj_tile_load(var_a, var_5, adj_a, adj_5, adj_6);
        wp::adj_mul(var_4, var_1, adj_4, adj_1, adj_5);
        // adj: t = wp.tile_load(a, shape=TILE, offset=k * TILE)                              <L 28>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 27>
    // adj: acc = wp.tile_zeros(shape=TILE, dtype=float)                                      <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def dynamic(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):          <L 24>
    return;
}



struct dynamic_19d16440_cpu_block_payload_forward
{
    wp_args_dynamic_19d16440* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dynamic_19d16440_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dynamic_19d16440_cpu_block_payload_forward* payload = (dynamic_19d16440_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dynamic_19d16440_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void dynamic_19d16440_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dynamic_19d16440 *_wp_args)
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
        dynamic_19d16440_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dynamic_19d16440_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct dynamic_19d16440_cpu_block_payload_backward
{
    wp_args_dynamic_19d16440* args;
    wp_args_dynamic_19d16440* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dynamic_19d16440_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dynamic_19d16440_cpu_block_payload_backward* payload = (dynamic_19d16440_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dynamic_19d16440_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void dynamic_19d16440_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dynamic_19d16440 *_wp_args,
    wp_args_dynamic_19d16440 *_wp_adj_args)
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
        dynamic_19d16440_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dynamic_19d16440_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_unrolled_3afc9802 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void unrolled_3afc9802_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_3afc9802 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_7 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_13 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_19 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_21;
    //---------
    // forward
    // def unrolled(a: wp.array(dtype=float), b: wp.array(dtype=float)):                      <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 37>
    var_2 = wp::tile_zeros<float, 16>();
    // for k in range(3):                                                                     <L 38>
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_4 = wp::mul(var_3, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_4);
    wp::tile_add_inplace(var_2, var_5);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_6 = wp::tile_unary_map(wp::sin, var_2);
    var_8 = wp::tile_mul(var_6, var_7);
    wp::tile_sub_inplace(var_2, var_8);
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_10 = wp::mul(var_9, var_1);
    var_11 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_10);
    wp::tile_add_inplace(var_2, var_11);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_12 = wp::tile_unary_map(wp::sin, var_2);
    var_14 = wp::tile_mul(var_12, var_13);
    wp::tile_sub_inplace(var_2, var_14);
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_16 = wp::mul(var_15, var_1);
    var_17 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_16);
    wp::tile_add_inplace(var_2, var_17);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_18 = wp::tile_unary_map(wp::sin, var_2);
    var_20 = wp::tile_mul(var_18, var_19);
    wp::tile_sub_inplace(var_2, var_20);
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 41>
    var_21 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_b, var_21, var_2);
}



template <bool wp_linear_contiguous>
static void unrolled_3afc9802_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_unrolled_3afc9802 *_wp_args,
    wp_args_unrolled_3afc9802 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_7 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_13 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_19 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_2{};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_5{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_6{};
    wp::float32 adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_11{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_12{};
    wp::float32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_17{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18{};
    wp::float32 adj_19 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_20{};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def unrolled(a: wp.array(dtype=float), b: wp.array(dtype=float)):                      <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float)                                           <L 37>
    var_2 = wp::tile_zeros<float, 16>();
    // for k in range(3):                                                                     <L 38>
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_4 = wp::mul(var_3, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_4);
    wp::tile_add_inplace(var_2, var_5);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_6 = wp::tile_unary_map(wp::sin, var_2);
    var_8 = wp::tile_mul(var_6, var_7);
    wp::tile_sub_inplace(var_2, var_8);
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_10 = wp::mul(var_9, var_1);
    var_11 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_10);
    wp::tile_add_inplace(var_2, var_11);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_12 = wp::tile_unary_map(wp::sin, var_2);
    var_14 = wp::tile_mul(var_12, var_13);
    wp::tile_sub_inplace(var_2, var_14);
    // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                    <L 39>
    var_16 = wp::mul(var_15, var_1);
    var_17 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_16);
    wp::tile_add_inplace(var_2, var_17);
    // acc -= wp.tile_map(wp.sin, acc) * 0.5                                                  <L 40>
    var_18 = wp::tile_unary_map(wp::sin, var_2);
    var_20 = wp::tile_mul(var_18, var_19);
    wp::tile_sub_inplace(var_2, var_20);
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 41>
    var_21 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_b, var_21, var_2);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_21, var_2, adj_b, adj_21, adj_2);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_21);
    // adj: wp.tile_store(b, acc, offset=i * TILE)                                            <L 41>
    wp::adj_tile_sub_inplace(var_2, var_20, adj_2, adj_20);
    wp::adj_tile_mul(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_tile_unary_map(wp::sin, var_2, wp::adj_sin, adj_2, adj_18);
    // adj: acc -= wp.tile_map(wp.sin, acc) * 0.5                                             <L 40>
    wp::adj_tile_add_inplace(var_2, var_17, adj_2, adj_17);
    wp::adj_tile_load(var_a, var_16, adj_a, adj_16, adj_17);
    wp::adj_mul(var_15, var_1, adj_15, adj_1, adj_16);
    // adj: acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                               <L 39>
    wp::adj_tile_sub_inplace(var_2, var_14, adj_2, adj_14);
    wp::adj_tile_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_tile_unary_map(wp::sin, var_2, wp::adj_sin, adj_2, adj_12);
    // adj: acc -= wp.tile_map(wp.sin, acc) * 0.5                                             <L 40>
    wp::adj_tile_add_inplace(var_2, var_11, adj_2, adj_11);
    wp::adj_tile_load(var_a, var_10, adj_a, adj_10, adj_11);
    wp::adj_mul(var_9, var_1, adj_9, adj_1, adj_10);
    // adj: acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                               <L 39>
    wp::adj_tile_sub_inplace(var_2, var_8, adj_2, adj_8);
    wp::adj_tile_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_tile_unary_map(wp::sin, var_2, wp::adj_sin, adj_2, adj_6);
    // adj: acc -= wp.tile_map(wp.sin, acc) * 0.5                                             <L 40>
    wp::adj_tile_add_inplace(var_2, var_5, adj_2, adj_5);
    wp::adj_tile_load(var_a, var_4, adj_a, adj_4, adj_5);
    wp::adj_mul(var_3, var_1, adj_3, adj_1, adj_4);
    // adj: acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                               <L 39>
    // adj: for k in range(3):                                                                <L 38>
    // adj: acc = wp.tile_zeros(shape=TILE, dtype=float)                                      <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def unrolled(a: wp.array(dtype=float), b: wp.array(dtype=float)):                 <L 35>
    return;
}



struct unrolled_3afc9802_cpu_block_payload_forward
{
    wp_args_unrolled_3afc9802* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void unrolled_3afc9802_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    unrolled_3afc9802_cpu_block_payload_forward* payload = (unrolled_3afc9802_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    unrolled_3afc9802_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void unrolled_3afc9802_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_3afc9802 *_wp_args)
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
        unrolled_3afc9802_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &unrolled_3afc9802_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct unrolled_3afc9802_cpu_block_payload_backward
{
    wp_args_unrolled_3afc9802* args;
    wp_args_unrolled_3afc9802* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void unrolled_3afc9802_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    unrolled_3afc9802_cpu_block_payload_backward* payload = (unrolled_3afc9802_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    unrolled_3afc9802_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void unrolled_3afc9802_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_unrolled_3afc9802 *_wp_args,
    wp_args_unrolled_3afc9802 *_wp_adj_args)
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
        unrolled_3afc9802_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &unrolled_3afc9802_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_two_d_75d5be71 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void two_d_75d5be71_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_two_d_75d5be71 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    const wp::str var_6 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    wp::range_t var_8;
    wp::int32 var_9;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    const wp::str var_14 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::float32 var_17 = 0.25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_19 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_21 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_27 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_32 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_33;
    wp::int32 var_34;
    wp::tuple_t<wp::int32, wp::int32> var_35;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_36 = nullptr;
    const wp::float32 var_37 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    //---------
    // forward
    // def two_d(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):             <L 54>
    // i, j = wp.tid()                                                                        <L 55>
    builtin_tid2d(var_0, var_1);
    // acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                       <L 56>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_zeros<float, 8, 4>();
    // rows = wp.tile_zeros(shape=TM, dtype=float, storage="shared")                          <L 57>
    var_7 = wp::tile_zeros<float, 8>();
    // for k in range(n):                                                                     <L 58>
    var_8 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // t = wp.tile_load(a, shape=(TM, TN), offset=(i * TM, k * TN), storage="shared")       <L 59>
        var_10 = wp::tuple(var_2, var_3);
        var_11 = wp::mul(var_0, var_2);
        var_12 = wp::mul(var_9, var_3);
        var_13 = wp::tuple(var_11, var_12);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_11, var_12);
        // acc += t                                                                           <L 60>
        wp::tile_add_inplace(var_5, var_15);
        // acc -= wp.tile_map(wp.cos, t) * 0.25                                               <L 61>
        var_16 = wp::tile_unary_map(wp::cos, var_15);
        var_18 = wp::tile_mul(var_16, var_17);
        wp::tile_sub_inplace(var_5, var_18);
        // rows += wp.tile_sum(t, axis=1)                                                     <L 62>
        var_20 = wp::tile_sum_axis<1>(var_15);
        wp::tile_add_inplace(var_7, var_20);
        goto start_for_0;
    end_for_0:;
    // for k in range(2):                                                                     <L 63>
    // acc += wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN))                        <L 64>
    var_22 = wp::tuple(var_2, var_3);
    var_23 = wp::mul(var_21, var_2);
    var_24 = wp::mul(var_1, var_3);
    var_25 = wp::tuple(var_23, var_24);
    var_26 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_23, var_24);
    wp::tile_add_inplace(var_5, var_26);
    var_28 = wp::tuple(var_2, var_3);
    var_29 = wp::mul(var_27, var_2);
    var_30 = wp::mul(var_1, var_3);
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_29, var_30);
    wp::tile_add_inplace(var_5, var_32);
    // wp.tile_store(b, acc, offset=(i * TM, j * TN))                                         <L 65>
    var_33 = wp::mul(var_0, var_2);
    var_34 = wp::mul(var_1, var_3);
    var_35 = wp::tuple(var_33, var_34);
    wp::tile_store<wp::float32, true, false>(var_b, var_33, var_34, var_5);
    // wp.tile_store(b, wp.tile_transpose(acc) * 2.0)                                         <L 66>
    var_36 = wp::tile_transpose(var_5);
    var_38 = wp::tile_mul(var_36, var_37);
    wp::tile_store<wp::float32, true, false>(var_b, var_39, var_40, var_38);
}



template <bool wp_linear_contiguous>
static void two_d_75d5be71_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_two_d_75d5be71 *_wp_args,
    wp_args_two_d_75d5be71 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    const wp::str var_6 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    wp::range_t var_8;
    wp::int32 var_9;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    const wp::str var_14 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::float32 var_17 = 0.25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_19 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_21 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_27 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_32 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_33;
    wp::int32 var_34;
    wp::tuple_t<wp::int32, wp::int32> var_35;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_36 = nullptr;
    const wp::float32 var_37 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_5 = var_5;
    wp::str adj_6 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
    wp::str adj_14 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_15 = var_15;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_16{};
    wp::float32 adj_17 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_18{};
    wp::int32 adj_19 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_20{};
    wp::int32 adj_21 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_26{};
    wp::int32 adj_27 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_31 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_32{};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_35 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_36 = var_36;
    wp::float32 adj_37 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_38{};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    //---------
    // forward
    // def two_d(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):             <L 54>
    // i, j = wp.tid()                                                                        <L 55>
    builtin_tid2d(var_0, var_1);
    // acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                       <L 56>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::tile_zeros<float, 8, 4>();
    // rows = wp.tile_zeros(shape=TM, dtype=float, storage="shared")                          <L 57>
    var_7 = wp::tile_zeros<float, 8>();
    // for k in range(n):                                                                     <L 58>
    var_8 = wp::range(var_n);
    // for k in range(2):                                                                     <L 63>
    // acc += wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN))                        <L 64>
    var_22 = wp::tuple(var_2, var_3);
    var_23 = wp::mul(var_21, var_2);
    var_24 = wp::mul(var_1, var_3);
    var_25 = wp::tuple(var_23, var_24);
    var_26 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_23, var_24);
    wp::tile_add_inplace(var_5, var_26);
    var_28 = wp::tuple(var_2, var_3);
    var_29 = wp::mul(var_27, var_2);
    var_30 = wp::mul(var_1, var_3);
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_29, var_30);
    wp::tile_add_inplace(var_5, var_32);
    // wp.tile_store(b, acc, offset=(i * TM, j * TN))                                         <L 65>
    var_33 = wp::mul(var_0, var_2);
    var_34 = wp::mul(var_1, var_3);
    var_35 = wp::tuple(var_33, var_34);
    // wp::tile_store<wp::float32, true, false>(var_b, var_33, var_34, var_5);
    // wp.tile_store(b, wp.tile_transpose(acc) * 2.0)                                         <L 66>
    var_36 = wp::tile_transpose(var_5);
    var_38 = wp::tile_mul(var_36, var_37);
    // wp::tile_store<wp::float32, true, false>(var_b, var_39, var_40, var_38);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_39, var_40, var_38, adj_b, adj_39, adj_40, adj_38);
    wp::adj_tile_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_tile_transpose(var_5, adj_5, adj_36);
    // adj: wp.tile_store(b, wp.tile_transpose(acc) * 2.0)                                    <L 66>
    wp::adj_tile_store(var_b, var_33, var_34, var_5, adj_b, adj_33, adj_34, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_34);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_33);
    // adj: wp.tile_store(b, acc, offset=(i * TM, j * TN))                                    <L 65>
    wp::adj_tile_add_inplace(var_5, var_32, adj_5, adj_32);
    wp::adj_tile_load(var_a, var_29, var_30, adj_a, adj_29, adj_30, adj_32);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_30);
    wp::adj_mul(var_27, var_2, adj_27, adj_2, adj_29);
    wp::adj_tile_add_inplace(var_5, var_26, adj_5, adj_26);
    wp::adj_tile_load(var_a, var_23, var_24, adj_a, adj_23, adj_24, adj_26);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_24);
    wp::adj_mul(var_21, var_2, adj_21, adj_2, adj_23);
    // adj: acc += wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN))                   <L 64>
    // adj: for k in range(2):                                                                <L 63>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15.grad_zero();
    	adj_16.grad_zero();
    	adj_17 = {};
    	adj_18.grad_zero();
    	adj_19 = {};
    	adj_20.grad_zero();
        // t = wp.tile_load(a, shape=(TM, TN), offset=(i * TM, k * TN), storage="shared")       <L 59>
        var_10 = wp::tuple(var_2, var_3);
        var_11 = wp::mul(var_0, var_2);
        var_12 = wp::mul(var_9, var_3);
        var_13 = wp::tuple(var_11, var_12);
        var_15 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_11, var_12);
        // acc += t                                                                           <L 60>
        wp::tile_add_inplace(var_5, var_15);
        // acc -= wp.tile_map(wp.cos, t) * 0.25                                               <L 61>
        var_16 = wp::tile_unary_map(wp::cos, var_15);
        var_18 = wp::tile_mul(var_16, var_17);
        wp::tile_sub_inplace(var_5, var_18);
        // rows += wp.tile_sum(t, axis=1)                                                     <L 62>
        var_20 = wp::tile_sum_axis<1>(var_15);
        wp::tile_add_inplace(var_7, var_20);
        wp::adj_tile_add_inplace(var_7, var_20, adj_7, adj_20);
        wp::adj_tile_sum_axis<1>(var_15, adj_15, adj_20);
        // adj: rows += wp.tile_sum(t, axis=1)                                                <L 62>
        wp::adj_tile_sub_inplace(var_5, var_18, adj_5, adj_18);
        wp::adj_tile_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_tile_unary_map(wp::cos, var_15, wp::adj_cos, adj_15, adj_16);
        // adj: acc -= wp.tile_map(wp.cos, t) * 0.25                                          <L 61>
        wp::adj_tile_add_inplace(var_5, var_15, adj_5, adj_15);
        // adj: acc += t                                                                      <L 60>
        wp::adj_tile_load(var_a, var_11, var_12, adj_a, adj_11, adj_12, adj_15);
        wp::adj_mul(var_9, var_3, adj_9, adj_3, adj_12);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_11);
        // adj: t = wp.tile_load(a, shape=(TM, TN), offset=(i * TM, k * TN), storage="shared")  <L 59>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 58>
    // adj: rows = wp.tile_zeros(shape=TM, dtype=float, storage="shared")                     <L 57>
    // adj: acc = wp.tile_zeros(shape=(TM, TN), dtype=float)                                  <L 56>
    // adj: i, j = wp.tid()                                                                   <L 55>
    // adj: def two_d(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):        <L 54>
    return;
}



struct two_d_75d5be71_cpu_block_payload_forward
{
    wp_args_two_d_75d5be71* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void two_d_75d5be71_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    two_d_75d5be71_cpu_block_payload_forward* payload = (two_d_75d5be71_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    two_d_75d5be71_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void two_d_75d5be71_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_two_d_75d5be71 *_wp_args)
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
        two_d_75d5be71_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &two_d_75d5be71_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct two_d_75d5be71_cpu_block_payload_backward
{
    wp_args_two_d_75d5be71* args;
    wp_args_two_d_75d5be71* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void two_d_75d5be71_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    two_d_75d5be71_cpu_block_payload_backward* payload = (two_d_75d5be71_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    two_d_75d5be71_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void two_d_75d5be71_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_two_d_75d5be71 *_wp_args,
    wp_args_two_d_75d5be71 *_wp_adj_args)
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
        two_d_75d5be71_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &two_d_75d5be71_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_long_range_9b21931a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void long_range_9b21931a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_long_range_9b21931a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    const wp::str var_2 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_8;
    //---------
    // forward
    // def long_range(a: wp.array(dtype=float), b: wp.array(dtype=float)):                    <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                         <L 47>
    var_3 = wp::tile_zeros<float, 16>();
    // for k in range(20):                                                                    <L 48>
    var_4 = 0;
    start_for_0:;
        if (var_4 >= 20) goto end_for_0;
        var_5 = var_4;
        var_4 += 1;
        // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                <L 49>
        var_6 = wp::mul(var_5, var_1);
        var_7 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_6);
        wp::tile_add_inplace(var_3, var_7);
        goto start_for_0;
    end_for_0:;
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 50>
    var_8 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_b, var_8, var_3);
}



template <bool wp_linear_contiguous>
static void long_range_9b21931a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_long_range_9b21931a *_wp_args,
    wp_args_long_range_9b21931a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    const wp::str var_2 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::str adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def long_range(a: wp.array(dtype=float), b: wp.array(dtype=float)):                    <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // acc = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                         <L 47>
    var_3 = wp::tile_zeros<float, 16>();
    // for k in range(20):                                                                    <L 48>
    var_4 = 0;
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 50>
    var_8 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_b, var_8, var_3);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_8, var_3, adj_b, adj_8, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_8);
    // adj: wp.tile_store(b, acc, offset=i * TILE)                                            <L 50>
    var_4 = 19;
    start_for_0:;
    	if (var_4 < 0) goto end_for_0;
    	var_5 = var_4;
    	var_4 -= 1;
    	adj_6 = {};
    	adj_7.grad_zero();
        // acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                                <L 49>
        var_6 = wp::mul(var_5, var_1);
        var_7 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_6);
        wp::tile_add_inplace(var_3, var_7);
        wp::adj_tile_add_inplace(var_3, var_7, adj_3, adj_7);
        wp::adj_tile_load(var_a, var_6, adj_a, adj_6, adj_7);
        wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_6);
        // adj: acc += wp.tile_load(a, shape=TILE, offset=k * TILE)                           <L 49>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(20):                                                               <L 48>
    // adj: acc = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")                    <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def long_range(a: wp.array(dtype=float), b: wp.array(dtype=float)):               <L 45>
    return;
}



struct long_range_9b21931a_cpu_block_payload_forward
{
    wp_args_long_range_9b21931a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void long_range_9b21931a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    long_range_9b21931a_cpu_block_payload_forward* payload = (long_range_9b21931a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    long_range_9b21931a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void long_range_9b21931a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_long_range_9b21931a *_wp_args)
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
        long_range_9b21931a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &long_range_9b21931a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct long_range_9b21931a_cpu_block_payload_backward
{
    wp_args_long_range_9b21931a* args;
    wp_args_long_range_9b21931a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void long_range_9b21931a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    long_range_9b21931a_cpu_block_payload_backward* payload = (long_range_9b21931a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    long_range_9b21931a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void long_range_9b21931a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_long_range_9b21931a *_wp_args,
    wp_args_long_range_9b21931a *_wp_adj_args)
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
        long_range_9b21931a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &long_range_9b21931a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_tile_sum_kernel_dfe5f9a8 {
    wp::array_t<wp::float32> input;
    wp::array_t<wp::float32> output;
    wp::int32 count;
};


template <bool wp_linear_contiguous>
static void tile_sum_kernel_dfe5f9a8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_input = _wp_args->input;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    wp::int32 var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::range_t var_3;
    wp::int32 var_4;
    wp::array_t<wp::float32> var_5;
    const wp::int32 var_6 = 64;
    wp::int32 var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::float32 var_10 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // forward
    // def tile_sum_kernel(input: wp.array2d(dtype=float), output: wp.array(dtype=float), count: int):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // s = wp.tile_zeros(shape=1, dtype=float)                                                <L 16>
    var_2 = wp::tile_zeros<float, 1>();
    // for j in range(count):                                                                 <L 17>
    var_3 = wp::range(var_count);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // a = wp.tile_load(input[i], shape=TILE_DIM, offset=j * TILE_DIM)                    <L 18>
        var_5 = wp::view(var_input, var_0);
        var_7 = wp::mul(var_4, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 64>(var_5, var_7);
        // s += wp.tile_sum(a) * 0.5                                                          <L 19>
        var_9 = wp::tile_sum(var_8);
        var_11 = wp::tile_mul(var_9, var_10);
        wp::tile_add_inplace(var_2, var_11);
        goto start_for_0;
    end_for_0:;
    // wp.tile_store(output, s, offset=i)                                                     <L 20>
    wp::tile_store<wp::float32, true, false>(var_output, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void tile_sum_kernel_dfe5f9a8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_args,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_input = _wp_args->input;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    wp::int32 var_count = _wp_args->count;
    wp::array_t<wp::float32> adj_input = _wp_adj_args->input;
    wp::array_t<wp::float32> adj_output = _wp_adj_args->output;
    wp::int32 adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::range_t var_3;
    wp::int32 var_4;
    wp::array_t<wp::float32> var_5;
    const wp::int32 var_6 = 64;
    wp::int32 var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::float32 var_10 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_2{};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::array_t<wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_8{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_9{};
    wp::float32 adj_10 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_11{};
    //---------
    // forward
    // def tile_sum_kernel(input: wp.array2d(dtype=float), output: wp.array(dtype=float), count: int):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // s = wp.tile_zeros(shape=1, dtype=float)                                                <L 16>
    var_2 = wp::tile_zeros<float, 1>();
    // for j in range(count):                                                                 <L 17>
    var_3 = wp::range(var_count);
    // wp.tile_store(output, s, offset=i)                                                     <L 20>
    // wp::tile_store<wp::float32, true, false>(var_output, var_0, var_2);
    //---------
    // reverse
    wp::adj_tile_store(var_output, var_0, var_2, adj_output, adj_0, adj_2);
    // adj: wp.tile_store(output, s, offset=i)                                                <L 20>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8.grad_zero();
    	adj_9.grad_zero();
    	adj_10 = {};
    	adj_11.grad_zero();
        // a = wp.tile_load(input[i], shape=TILE_DIM, offset=j * TILE_DIM)                    <L 18>
        var_5 = wp::view(var_input, var_0);
        var_7 = wp::mul(var_4, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 64>(var_5, var_7);
        // s += wp.tile_sum(a) * 0.5                                                          <L 19>
        var_9 = wp::tile_sum(var_8);
        var_11 = wp::tile_mul(var_9, var_10);
        wp::tile_add_inplace(var_2, var_11);
        wp::adj_tile_add_inplace(var_2, var_11, adj_2, adj_11);
        wp::adj_tile_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_tile_sum(var_8, adj_8, adj_9);
        // adj: s += wp.tile_sum(a) * 0.5                                                     <L 19>
        wp::adj_tile_load(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_view(var_input, var_0, adj_input, adj_0, adj_5);
        // adj: a = wp.tile_load(input[i], shape=TILE_DIM, offset=j * TILE_DIM)               <L 18>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(count):                                                            <L 17>
    // adj: s = wp.tile_zeros(shape=1, dtype=float)                                           <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def tile_sum_kernel(input: wp.array2d(dtype=float), output: wp.array(dtype=float), count: int):  <L 14>
    return;
}



struct tile_sum_kernel_dfe5f9a8_cpu_block_payload_forward
{
    wp_args_tile_sum_kernel_dfe5f9a8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tile_sum_kernel_dfe5f9a8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    tile_sum_kernel_dfe5f9a8_cpu_block_payload_forward* payload = (tile_sum_kernel_dfe5f9a8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tile_sum_kernel_dfe5f9a8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void tile_sum_kernel_dfe5f9a8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_args)
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
        tile_sum_kernel_dfe5f9a8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tile_sum_kernel_dfe5f9a8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct tile_sum_kernel_dfe5f9a8_cpu_block_payload_backward
{
    wp_args_tile_sum_kernel_dfe5f9a8* args;
    wp_args_tile_sum_kernel_dfe5f9a8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tile_sum_kernel_dfe5f9a8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    tile_sum_kernel_dfe5f9a8_cpu_block_payload_backward* payload = (tile_sum_kernel_dfe5f9a8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tile_sum_kernel_dfe5f9a8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void tile_sum_kernel_dfe5f9a8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_args,
    wp_args_tile_sum_kernel_dfe5f9a8 *_wp_adj_args)
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
        tile_sum_kernel_dfe5f9a8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tile_sum_kernel_dfe5f9a8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_nested_f504b363 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 n;
    wp::int32 m;
};


template <bool wp_linear_contiguous>
static void nested_f504b363_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_f504b363 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::int32 var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    bool var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::int32 var_9;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_11 = 2;
    bool var_12;
    const wp::float32 var_13 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    //---------
    // forward
    // def nested(a: wp.array2d(dtype=float), b: wp.array(dtype=float), n: int, m: int):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // acc = wp.tile_ones(shape=TILE, dtype=float)                                            <L 72>
    var_2 = wp::tile_ones<float, 16>();
    // k = int(0)                                                                             <L 73>
    var_4 = wp::int(var_3);
    // while k < n:                                                                           <L 74>
    start_while_0:;
    var_5 = (var_4 < var_n);
    if ((var_5) == false) goto end_while_0;
        // for j in range(m):                                                                 <L 75>
        var_6 = wp::range(var_m);
        start_for_2:;
            if (iter_cmp(var_6) == 0) goto end_for_2;
            var_7 = wp::iter_next(var_6);
            // t = wp.tile_load(a[k], shape=TILE, offset=j * TILE)                            <L 76>
            var_8 = wp::view(var_a, var_4);
            var_9 = wp::mul(var_7, var_1);
            var_10 = wp::tile_load<wp::float32, true, false, 16>(var_8, var_9);
            // if j > 2:                                                                      <L 77>
            var_12 = (var_7 > var_11);
            if (var_12) {
                // acc += t                                                                   <L 78>
                wp::tile_add_inplace(var_2, var_10);
            }
            if (!var_12) {
                // acc -= t * 2.0                                                             <L 80>
                var_14 = wp::tile_mul(var_10, var_13);
                wp::tile_sub_inplace(var_2, var_14);
            }
            goto start_for_2;
        end_for_2:;
        // k += 1                                                                             <L 81>
        var_16 = wp::add(var_4, var_15);
        wp::assign(var_4, var_16);
    goto start_while_0;
    end_while_0:;
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 82>
    var_17 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_b, var_17, var_2);
}



template <bool wp_linear_contiguous>
static void nested_f504b363_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nested_f504b363 *_wp_args,
    wp_args_nested_f504b363 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::int32 var_m = _wp_args->m;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::int32 adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_2 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    bool var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::array_t<wp::float32> var_8;
    wp::int32 var_9;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_11 = 2;
    bool var_12;
    const wp::float32 var_13 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_2{};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::array_t<wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def nested(a: wp.array2d(dtype=float), b: wp.array(dtype=float), n: int, m: int):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // acc = wp.tile_ones(shape=TILE, dtype=float)                                            <L 72>
    var_2 = wp::tile_ones<float, 16>();
    // k = int(0)                                                                             <L 73>
    var_4 = wp::int(var_3);
    // while k < n:                                                                           <L 74>
    // wp.tile_store(b, acc, offset=i * TILE)                                                 <L 82>
    var_17 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_b, var_17, var_2);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_17, var_2, adj_b, adj_17, adj_2);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_17);
    // adj: wp.tile_store(b, acc, offset=i * TILE)                                            <L 82>
    start_while_0:;
    var_5 = (var_4 < var_n);
    if ((var_5) == false) goto end_while_0;
    adj_6 = {};
    adj_7 = {};
    adj_8 = {};
    adj_9 = {};
    adj_10.grad_zero();
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14.grad_zero();
    adj_15 = {};
    adj_16 = {};
        // for j in range(m):                                                                 <L 75>
        var_6 = wp::range(var_m);
        // k += 1                                                                             <L 81>
        var_16 = wp::add(var_4, var_15);
        wp::assign(var_4, var_16);
        wp::adj_assign(var_4, var_16, adj_4, adj_16);
        wp::adj_add(var_4, var_15, adj_4, adj_15, adj_16);
        // adj: k += 1                                                                        <L 81>
        var_6 = wp::iter_reverse(var_6);
        start_for_2:;
            if (iter_cmp(var_6) == 0) goto end_for_2;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10.grad_zero();
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14.grad_zero();
            // t = wp.tile_load(a[k], shape=TILE, offset=j * TILE)                            <L 76>
            var_8 = wp::view(var_a, var_4);
            var_9 = wp::mul(var_7, var_1);
            var_10 = wp::tile_load<wp::float32, true, false, 16>(var_8, var_9);
            // if j > 2:                                                                      <L 77>
            var_12 = (var_7 > var_11);
            if (var_12) {
                // acc += t                                                                   <L 78>
                wp::tile_add_inplace(var_2, var_10);
            }
            if (!var_12) {
                // acc -= t * 2.0                                                             <L 80>
                var_14 = wp::tile_mul(var_10, var_13);
                wp::tile_sub_inplace(var_2, var_14);
            }
            if (!var_12) {
                wp::adj_tile_sub_inplace(var_2, var_14, adj_2, adj_14);
                wp::adj_tile_mul(var_10, var_13, adj_10, adj_13, adj_14);
                // adj: acc -= t * 2.0                                                        <L 80>
            }
            if (var_12) {
                wp::adj_tile_add_inplace(var_2, var_10, adj_2, adj_10);
                // adj: acc += t                                                              <L 78>
            }
            // adj: if j > 2:                                                                 <L 77>
            wp::adj_tile_load(var_8, var_9, adj_8, adj_9, adj_10);
            wp::adj_mul(var_7, var_1, adj_7, adj_1, adj_9);
            wp::adj_view(var_a, var_4, adj_a, adj_4, adj_8);
            // adj: t = wp.tile_load(a[k], shape=TILE, offset=j * TILE)                       <L 76>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in range(m):                                                            <L 75>
    goto start_while_0;
    end_while_0:;
    // adj: while k < n:                                                                      <L 74>
    // adj: k = int(0)                                                                        <L 73>
    // adj: acc = wp.tile_ones(shape=TILE, dtype=float)                                       <L 72>
    // adj: i = wp.tid()                                                                      <L 71>
    // adj: def nested(a: wp.array2d(dtype=float), b: wp.array(dtype=float), n: int, m: int):  <L 70>
    return;
}



struct nested_f504b363_cpu_block_payload_forward
{
    wp_args_nested_f504b363* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nested_f504b363_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nested_f504b363_cpu_block_payload_forward* payload = (nested_f504b363_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nested_f504b363_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void nested_f504b363_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_f504b363 *_wp_args)
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
        nested_f504b363_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nested_f504b363_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct nested_f504b363_cpu_block_payload_backward
{
    wp_args_nested_f504b363* args;
    wp_args_nested_f504b363* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nested_f504b363_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nested_f504b363_cpu_block_payload_backward* payload = (nested_f504b363_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nested_f504b363_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void nested_f504b363_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nested_f504b363 *_wp_args,
    wp_args_nested_f504b363 *_wp_adj_args)
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
        nested_f504b363_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nested_f504b363_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

