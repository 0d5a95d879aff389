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

struct wp_args_chained_ce5d936a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> n;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void chained_ce5d936a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chained_ce5d936a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    bool var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 3;
    bool var_23;
    bool var_24;
    bool var_25;
    const wp::float32 var_26 = -1.0;
    bool var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = 0.0                                                                               <L 8>
    // m = n[0]                                                                               <L 9>
    var_6 = wp::address(var_n, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if 0 <= i < m:                                                                         <L 10>
    var_10 = ((var_9 <= var_0) && (var_0 < var_7));
    if (var_10) {
        // out[i] = x                                                                         <L 11>
        wp::array_store(var_out, var_0, var_2);
    }
    // if lo < x <= 1.0 < 2.0:                                                                <L 12>
    var_13 = (((var_4 < var_2) && (var_2 <= var_11)) && (var_11 < var_12));
    if (var_13) {
        // out[i] = out[i] + x                                                                <L 13>
        var_14 = wp::address(var_out, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_16, var_2);
        wp::array_store(var_out, var_0, var_15);
    }
    // j = n[i]                                                                               <L 14>
    var_17 = wp::address(var_n, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // k = i + 1                                                                              <L 15>
    var_21 = wp::add(var_0, var_20);
    // ok = i < j == k != 3                                                                   <L 16>
    var_23 = (((var_0 < var_18) && (var_18 == var_21)) && (var_21 != var_22));
    // if not ok and -1.0 < x < lo:                                                           <L 17>
    var_25 = wp::unot(var_23);
    var_24 = var_25;
    if (var_24) {
        var_27 = ((var_26 < var_2) && (var_2 < var_4));
        var_24 = var_24 && var_27;
    }
    if (var_24) {
        // out[i] = -x                                                                        <L 18>
        var_28 = wp::neg(var_2);
        wp::array_store(var_out, var_0, var_28);
    }
}



template <bool wp_linear_contiguous>
static void chained_ce5d936a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chained_ce5d936a *_wp_args,
    wp_args_chained_ce5d936a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_n = _wp_adj_args->n;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    bool var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 3;
    bool var_23;
    bool var_24;
    bool var_25;
    const wp::float32 var_26 = -1.0;
    bool var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lo = 0.0                                                                               <L 8>
    // m = n[0]                                                                               <L 9>
    var_6 = wp::address(var_n, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if 0 <= i < m:                                                                         <L 10>
    var_10 = ((var_9 <= var_0) && (var_0 < var_7));
    if (var_10) {
        // out[i] = x                                                                         <L 11>
        // wp::array_store(var_out, var_0, var_2);
    }
    // if lo < x <= 1.0 < 2.0:                                                                <L 12>
    var_13 = (((var_4 < var_2) && (var_2 <= var_11)) && (var_11 < var_12));
    if (var_13) {
        // out[i] = out[i] + x                                                                <L 13>
        var_14 = wp::address(var_out, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_16, var_2);
        // wp::array_store(var_out, var_0, var_15);
    }
    // j = n[i]                                                                               <L 14>
    var_17 = wp::address(var_n, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // k = i + 1                                                                              <L 15>
    var_21 = wp::add(var_0, var_20);
    // ok = i < j == k != 3                                                                   <L 16>
    var_23 = (((var_0 < var_18) && (var_18 == var_21)) && (var_21 != var_22));
    // if not ok and -1.0 < x < lo:                                                           <L 17>
    var_25 = wp::unot(var_23);
    var_24 = var_25;
    if (var_24) {
        var_27 = ((var_26 < var_2) && (var_2 < var_4));
        var_24 = var_24 && var_27;
    }
    if (var_24) {
        // out[i] = -x                                                                        <L 18>
        var_28 = wp::neg(var_2);
        // wp::array_store(var_out, var_0, var_28);
    }
    //---------
    // reverse
    if (var_24) {
        wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
        wp::adj_neg(var_2, adj_2, adj_28);
        // adj: out[i] = -x                                                                   <L 18>
    }
    if (var_24) {
    }
    // adj: if not ok and -1.0 < x < lo:                                                      <L 17>
    // adj: ok = i < j == k != 3                                                              <L 16>
    wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
    // adj: k = i + 1                                                                         <L 15>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_n, var_0, adj_n, adj_0, adj_17);
    // adj: j = n[i]                                                                          <L 14>
    if (var_13) {
        wp::adj_array_store(var_out, var_0, var_15, adj_out, adj_0, adj_15);
        wp::adj_add(var_16, var_2, adj_14, adj_2, adj_15);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_14);
        // adj: out[i] = out[i] + x                                                           <L 13>
    }
    // adj: if lo < x <= 1.0 < 2.0:                                                           <L 12>
    if (var_10) {
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[i] = x                                                                    <L 11>
    }
    // adj: if 0 <= i < m:                                                                    <L 10>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_n, var_5, adj_n, adj_5, adj_6);
    // adj: m = n[0]                                                                          <L 9>
    // adj: lo = 0.0                                                                          <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def chained(a: wp.array(dtype=float), n: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
    return;
}



struct chained_ce5d936a_cpu_block_payload_forward
{
    wp_args_chained_ce5d936a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void chained_ce5d936a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    chained_ce5d936a_cpu_block_payload_forward* payload = (chained_ce5d936a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    chained_ce5d936a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void chained_ce5d936a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chained_ce5d936a *_wp_args)
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
        chained_ce5d936a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &chained_ce5d936a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct chained_ce5d936a_cpu_block_payload_backward
{
    wp_args_chained_ce5d936a* args;
    wp_args_chained_ce5d936a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void chained_ce5d936a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    chained_ce5d936a_cpu_block_payload_backward* payload = (chained_ce5d936a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    chained_ce5d936a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void chained_ce5d936a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chained_ce5d936a *_wp_args,
    wp_args_chained_ce5d936a *_wp_adj_args)
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
        chained_ce5d936a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &chained_ce5d936a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

