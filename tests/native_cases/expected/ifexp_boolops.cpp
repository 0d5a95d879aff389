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

struct wp_args_sel_f98f77f7 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void sel_f98f77f7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sel_f98f77f7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_out = _wp_args->out;
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
    bool var_8;
    const wp::float32 var_9 = 1.0;
    bool var_10;
    bool var_11;
    const wp::float32 var_12 = -1.0;
    bool var_13;
    wp::int32* var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    const wp::float32 var_25 = 2.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    //---------
    // forward
    // def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = x if x > 0.0 else -x                                                               <L 8>
    var_5 = (var_2 > var_4);
    if (var_5) {
    }
    if (!var_5) {
        var_6 = wp::neg(var_2);
    }
    var_7 = wp::where(var_5, var_2, var_6);
    // c = x > 1.0 or x < -1.0 and flags[i] != 0                                              <L 9>
    var_10 = (var_2 > var_9);
    var_8 = var_10;
    if (!var_8) {
        var_13 = (var_2 < var_12);
        var_11 = var_13;
        if (var_11) {
            var_14 = wp::address(var_flags, var_0);
            var_17 = wp::load(var_14);
            var_16 = (var_17 != var_15);
            var_11 = var_11 && var_16;
        }
        var_8 = var_8 || var_11;
    }
    // d = not c                                                                              <L 10>
    var_18 = wp::unot(var_8);
    // if c and d or x == 0.0:                                                                <L 11>
    var_20 = var_8;
    if (var_20) {
        var_20 = var_20 && var_18;
    }
    var_19 = var_20;
    if (!var_19) {
        var_22 = (var_2 == var_21);
        var_19 = var_19 || var_22;
    }
    if (var_19) {
        // y = y + 1.0                                                                        <L 12>
        var_24 = wp::add(var_7, var_23);
    }
    if (!var_19) {
        // z = y * 2.0                                                                        <L 14>
        var_26 = wp::mul(var_7, var_25);
        // y = z                                                                              <L 15>
        var_27 = wp::copy(var_26);
    }
    var_28 = wp::where(var_19, var_24, var_27);
    // out[i] = wp.where(x >= 0.0, y, 0.0)                                                    <L 16>
    var_30 = (var_2 >= var_29);
    var_32 = wp::where(var_30, var_28, var_31);
    wp::array_store(var_out, var_0, var_32);
}



template <bool wp_linear_contiguous>
static void sel_f98f77f7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sel_f98f77f7 *_wp_args,
    wp_args_sel_f98f77f7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
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
    bool var_8;
    const wp::float32 var_9 = 1.0;
    bool var_10;
    bool var_11;
    const wp::float32 var_12 = -1.0;
    bool var_13;
    wp::int32* var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    const wp::float32 var_25 = 2.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
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
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = x if x > 0.0 else -x                                                               <L 8>
    var_5 = (var_2 > var_4);
    if (var_5) {
    }
    if (!var_5) {
        var_6 = wp::neg(var_2);
    }
    var_7 = wp::where(var_5, var_2, var_6);
    // c = x > 1.0 or x < -1.0 and flags[i] != 0                                              <L 9>
    var_10 = (var_2 > var_9);
    var_8 = var_10;
    if (!var_8) {
        var_13 = (var_2 < var_12);
        var_11 = var_13;
        if (var_11) {
            var_14 = wp::address(var_flags, var_0);
            var_17 = wp::load(var_14);
            var_16 = (var_17 != var_15);
            var_11 = var_11 && var_16;
        }
        var_8 = var_8 || var_11;
    }
    // d = not c                                                                              <L 10>
    var_18 = wp::unot(var_8);
    // if c and d or x == 0.0:                                                                <L 11>
    var_20 = var_8;
    if (var_20) {
        var_20 = var_20 && var_18;
    }
    var_19 = var_20;
    if (!var_19) {
        var_22 = (var_2 == var_21);
        var_19 = var_19 || var_22;
    }
    if (var_19) {
        // y = y + 1.0                                                                        <L 12>
        var_24 = wp::add(var_7, var_23);
    }
    if (!var_19) {
        // z = y * 2.0                                                                        <L 14>
        var_26 = wp::mul(var_7, var_25);
        // y = z                                                                              <L 15>
        var_27 = wp::copy(var_26);
    }
    var_28 = wp::where(var_19, var_24, var_27);
    // out[i] = wp.where(x >= 0.0, y, 0.0)                                                    <L 16>
    var_30 = (var_2 >= var_29);
    var_32 = wp::where(var_30, var_28, var_31);
    // wp::array_store(var_out, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
    wp::adj_where(var_30, var_28, var_31, adj_30, adj_28, adj_31, adj_32);
    // adj: out[i] = wp.where(x >= 0.0, y, 0.0)                                               <L 16>
    wp::adj_where(var_19, var_24, var_27, adj_19, adj_24, adj_27, adj_28);
    if (!var_19) {
        wp::adj_copy(var_26, adj_26, adj_27);
        // adj: y = z                                                                         <L 15>
        wp::adj_mul(var_7, var_25, adj_7, adj_25, adj_26);
        // adj: z = y * 2.0                                                                   <L 14>
    }
    if (var_19) {
        wp::adj_add(var_7, var_23, adj_7, adj_23, adj_24);
        // adj: y = y + 1.0                                                                   <L 12>
    }
    if (!var_19) {
    }
    if (var_20) {
    }
    // adj: if c and d or x == 0.0:                                                           <L 11>
    // adj: d = not c                                                                         <L 10>
    if (!var_8) {
        if (var_11) {
            wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_14);
        }
    }
    // adj: c = x > 1.0 or x < -1.0 and flags[i] != 0                                         <L 9>
    wp::adj_where(var_5, var_2, var_6, adj_5, adj_2, adj_6, adj_7);
    if (!var_5) {
        wp::adj_neg(var_2, adj_2, adj_6);
    }
    if (var_5) {
    }
    // adj: y = x if x > 0.0 else -x                                                          <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def sel(a: wp.array(dtype=float), flags: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
    return;
}



struct sel_f98f77f7_cpu_block_payload_forward
{
    wp_args_sel_f98f77f7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sel_f98f77f7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sel_f98f77f7_cpu_block_payload_forward* payload = (sel_f98f77f7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sel_f98f77f7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sel_f98f77f7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sel_f98f77f7 *_wp_args)
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
        sel_f98f77f7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sel_f98f77f7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sel_f98f77f7_cpu_block_payload_backward
{
    wp_args_sel_f98f77f7* args;
    wp_args_sel_f98f77f7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sel_f98f77f7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sel_f98f77f7_cpu_block_payload_backward* payload = (sel_f98f77f7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sel_f98f77f7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sel_f98f77f7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sel_f98f77f7 *_wp_args,
    wp_args_sel_f98f77f7 *_wp_adj_args)
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
        sel_f98f77f7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sel_f98f77f7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

