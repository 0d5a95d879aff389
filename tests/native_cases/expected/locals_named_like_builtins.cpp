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

struct wp_args_k_c214d345 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_c214d345_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_c214d345 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                         <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // pos = a[i]                                                                             <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dir = wp.normalize(pos)                                                                <L 8>
    var_4 = wp::normalize(var_2);
    // length = wp.length(pos)                                                                <L 9>
    var_5 = wp::length(var_2);
    // out[i] = pos.x + dir.y + length + float(a.shape[0])                                    <L 10>
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_4, var_8);
    var_10 = wp::add(var_7, var_9);
    var_11 = wp::add(var_10, var_5);
    var_12 = &(var_a.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::float(var_14);
    var_17 = wp::add(var_11, var_16);
    wp::array_store(var_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void k_c214d345_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_c214d345 *_wp_args,
    wp_args_k_c214d345 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                         <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // pos = a[i]                                                                             <L 7>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dir = wp.normalize(pos)                                                                <L 8>
    var_4 = wp::normalize(var_2);
    // length = wp.length(pos)                                                                <L 9>
    var_5 = wp::length(var_2);
    // out[i] = pos.x + dir.y + length + float(a.shape[0])                                    <L 10>
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_4, var_8);
    var_10 = wp::add(var_7, var_9);
    var_11 = wp::add(var_10, var_5);
    var_12 = &(var_a.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::float(var_14);
    var_17 = wp::add(var_11, var_16);
    // wp::array_store(var_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_float(var_14, adj_14, adj_16);
    adj_a.shape = adj_12;
    wp::adj_add(var_10, var_5, adj_10, adj_5, adj_11);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_4, var_8, adj_4, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: out[i] = pos.x + dir.y + length + float(a.shape[0])                               <L 10>
    wp::adj_length(var_2, var_5, adj_2, adj_5);
    // adj: length = wp.length(pos)                                                           <L 9>
    wp::adj_normalize(var_2, var_4, adj_2, adj_4);
    // adj: dir = wp.normalize(pos)                                                           <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: pos = a[i]                                                                        <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                    <L 5>
    return;
}



struct k_c214d345_cpu_block_payload_forward
{
    wp_args_k_c214d345* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_c214d345_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_c214d345_cpu_block_payload_forward* payload = (k_c214d345_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_c214d345_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_c214d345_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_c214d345 *_wp_args)
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
        k_c214d345_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_c214d345_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_c214d345_cpu_block_payload_backward
{
    wp_args_k_c214d345* args;
    wp_args_k_c214d345* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_c214d345_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_c214d345_cpu_block_payload_backward* payload = (k_c214d345_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_c214d345_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_c214d345_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_c214d345 *_wp_args,
    wp_args_k_c214d345 *_wp_adj_args)
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
        k_c214d345_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_c214d345_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

