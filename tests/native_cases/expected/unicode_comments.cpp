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


// warpsynth/unicode_comments.py:4
static wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def twice(x: float):                                                                   <L 5>
    // return x * 2.0  # doublé                                                               <L 7>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/unicode_comments.py:4
static void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def twice(x: float):                                                                   <L 5>
    // return x * 2.0  # doublé                                                               <L 7>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0  # doublé                                                          <L 7>
    // adj: def twice(x: float):                                                              <L 5>
    return;
}

struct wp_args_shade_44518ff8 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void shade_44518ff8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_44518ff8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def shade(a: wp.array(dtype=float), b: wp.array(dtype=float)):                         <L 11>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // v = twice(a[i])  # ← here                                                              <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    // assert v >= 0.0, "négatif — 負"                                                         <L 16>
    var_5 = (var_2 >= var_4);
    assert(((void)"assert v >= 0.0, \"négatif — 負\"",var_5));
    // b[i] = v + wp.sin(v)  # sin(θ), 二倍                                                     <L 17>
    var_6 = wp::sin(var_2);
    var_7 = wp::add(var_2, var_6);
    wp::array_store(var_b, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void shade_44518ff8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_44518ff8 *_wp_args,
    wp_args_shade_44518ff8 *_wp_adj_args)
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
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def shade(a: wp.array(dtype=float), b: wp.array(dtype=float)):                         <L 11>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // v = twice(a[i])  # ← here                                                              <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    // assert v >= 0.0, "négatif — 負"                                                         <L 16>
    var_5 = (var_2 >= var_4);
    assert(((void)"assert v >= 0.0, \"négatif — 負\"",var_5));
    // b[i] = v + wp.sin(v)  # sin(θ), 二倍                                                     <L 17>
    var_6 = wp::sin(var_2);
    var_7 = wp::add(var_2, var_6);
    // wp::array_store(var_b, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_7, adj_b, adj_0, adj_7);
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_sin(var_2, adj_2, adj_6);
    // adj: b[i] = v + wp.sin(v)  # sin(θ), 二倍                                                <L 17>
    // adj: assert v >= 0.0, "négatif — 負"                                                    <L 16>
    adj_twice_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: v = twice(a[i])  # ← here                                                         <L 15>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def shade(a: wp.array(dtype=float), b: wp.array(dtype=float)):                    <L 11>
    return;
}



struct shade_44518ff8_cpu_block_payload_forward
{
    wp_args_shade_44518ff8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shade_44518ff8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shade_44518ff8_cpu_block_payload_forward* payload = (shade_44518ff8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shade_44518ff8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void shade_44518ff8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_44518ff8 *_wp_args)
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
        shade_44518ff8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shade_44518ff8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct shade_44518ff8_cpu_block_payload_backward
{
    wp_args_shade_44518ff8* args;
    wp_args_shade_44518ff8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shade_44518ff8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shade_44518ff8_cpu_block_payload_backward* payload = (shade_44518ff8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shade_44518ff8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void shade_44518ff8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_44518ff8 *_wp_args,
    wp_args_shade_44518ff8 *_wp_adj_args)
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
        shade_44518ff8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shade_44518ff8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

