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

struct wp_args_k_b9a69f6b {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_b9a69f6b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_b9a69f6b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 415.0115681990155;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.00863752371228574;
    wp::float32 var_6;
    const wp::float32 var_7 = 4.289078155253941;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.00431876185614287;
    wp::float32 var_10;
    const bool var_11 = true;
    const wp::float32 var_12 = 2.5;
    wp::float32 var_13;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // v = a[i] * INV_H2 + DT + TAU - HALF                                                    <L 23>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    var_6 = wp::add(var_3, var_5);
    var_8 = wp::add(var_6, var_7);
    var_10 = wp::sub(var_8, var_9);
    // if BIG:                                                                                <L 24>
    // v = v * wp.static(WIDTHS[1])                                                           <L 25>
    var_13 = wp::mul(var_10, var_12);
    // out[i] = v                                                                             <L 26>
    wp::array_store(var_out, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void k_b9a69f6b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_b9a69f6b *_wp_args,
    wp_args_k_b9a69f6b *_wp_adj_args)
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
    wp::float32* var_1;
    const wp::float32 var_2 = 415.0115681990155;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.00863752371228574;
    wp::float32 var_6;
    const wp::float32 var_7 = 4.289078155253941;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.00431876185614287;
    wp::float32 var_10;
    const bool var_11 = true;
    const wp::float32 var_12 = 2.5;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // v = a[i] * INV_H2 + DT + TAU - HALF                                                    <L 23>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    var_6 = wp::add(var_3, var_5);
    var_8 = wp::add(var_6, var_7);
    var_10 = wp::sub(var_8, var_9);
    // if BIG:                                                                                <L 24>
    // v = v * wp.static(WIDTHS[1])                                                           <L 25>
    var_13 = wp::mul(var_10, var_12);
    // out[i] = v                                                                             <L 26>
    // wp::array_store(var_out, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    // adj: out[i] = v                                                                        <L 26>
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    // adj: v = v * wp.static(WIDTHS[1])                                                      <L 25>
    // adj: if BIG:                                                                           <L 24>
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_add(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: v = a[i] * INV_H2 + DT + TAU - HALF                                               <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 21>
    return;
}



struct k_b9a69f6b_cpu_block_payload_forward
{
    wp_args_k_b9a69f6b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_b9a69f6b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_b9a69f6b_cpu_block_payload_forward* payload = (k_b9a69f6b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_b9a69f6b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_b9a69f6b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_b9a69f6b *_wp_args)
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
        k_b9a69f6b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_b9a69f6b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_b9a69f6b_cpu_block_payload_backward
{
    wp_args_k_b9a69f6b* args;
    wp_args_k_b9a69f6b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_b9a69f6b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_b9a69f6b_cpu_block_payload_backward* payload = (k_b9a69f6b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_b9a69f6b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_b9a69f6b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_b9a69f6b *_wp_args,
    wp_args_k_b9a69f6b *_wp_adj_args)
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
        k_b9a69f6b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_b9a69f6b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

