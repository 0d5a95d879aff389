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

struct wp_args_grid_8db10837 {
    wp::array_t<wp::float32> m;
    wp::array_t<wp::float32> out;
    wp::float32 s;
};


template <bool wp_linear_contiguous>
static void grid_8db10837_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_grid_8db10837 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    //---------
    // forward
    // def grid(m: wp.array2d(dtype=float), out: wp.array(dtype=float, ndim=2), s: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // v = m[i, j] * s + m[i][j]                                                              <L 7>
    var_2 = wp::address(var_m, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_s);
    var_5 = wp::address(var_m, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_3, var_7);
    // out[i, j] = v                                                                          <L 8>
    wp::array_store(var_out, var_0, var_1, var_6);
    // wp.atomic_add(out, 0, 0, v)                                                            <L 9>
    var_10 = wp::atomic_add(var_out, var_8, var_9, var_6);
    // out[j, i] -= 1.0                                                                       <L 10>
    var_12 = wp::atomic_sub(var_out, var_1, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void grid_8db10837_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_grid_8db10837 *_wp_args,
    wp_args_grid_8db10837 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_s = _wp_args->s;
    wp::array_t<wp::float32> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::float32 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def grid(m: wp.array2d(dtype=float), out: wp.array(dtype=float, ndim=2), s: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // v = m[i, j] * s + m[i][j]                                                              <L 7>
    var_2 = wp::address(var_m, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_s);
    var_5 = wp::address(var_m, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_3, var_7);
    // out[i, j] = v                                                                          <L 8>
    // wp::array_store(var_out, var_0, var_1, var_6);
    // wp.atomic_add(out, 0, 0, v)                                                            <L 9>
    // var_10 = wp::atomic_add(var_out, var_8, var_9, var_6);
    // out[j, i] -= 1.0                                                                       <L 10>
    // var_12 = wp::atomic_sub(var_out, var_1, var_0, var_11);
    //---------
    // reverse
    wp::adj_atomic_sub(var_out, var_1, var_0, var_11, adj_out, adj_1, adj_0, adj_11, adj_12);
    // adj: out[j, i] -= 1.0                                                                  <L 10>
    wp::adj_atomic_add(var_out, var_8, var_9, var_6, adj_out, adj_8, adj_9, adj_6, adj_10);
    // adj: wp.atomic_add(out, 0, 0, v)                                                       <L 9>
    wp::adj_array_store(var_out, var_0, var_1, var_6, adj_out, adj_0, adj_1, adj_6);
    // adj: out[i, j] = v                                                                     <L 8>
    wp::adj_add(var_3, var_7, adj_3, adj_5, adj_6);
    wp::adj_address(var_m, var_0, var_1, adj_m, adj_0, adj_1, adj_5);
    wp::adj_mul(var_4, var_s, adj_2, adj_s, adj_3);
    wp::adj_address(var_m, var_0, var_1, adj_m, adj_0, adj_1, adj_2);
    // adj: v = m[i, j] * s + m[i][j]                                                         <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def grid(m: wp.array2d(dtype=float), out: wp.array(dtype=float, ndim=2), s: float):  <L 5>
    return;
}



struct grid_8db10837_cpu_block_payload_forward
{
    wp_args_grid_8db10837* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void grid_8db10837_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    grid_8db10837_cpu_block_payload_forward* payload = (grid_8db10837_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    grid_8db10837_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void grid_8db10837_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_grid_8db10837 *_wp_args)
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
        grid_8db10837_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &grid_8db10837_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct grid_8db10837_cpu_block_payload_backward
{
    wp_args_grid_8db10837* args;
    wp_args_grid_8db10837* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void grid_8db10837_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    grid_8db10837_cpu_block_payload_backward* payload = (grid_8db10837_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    grid_8db10837_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void grid_8db10837_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_grid_8db10837 *_wp_args,
    wp_args_grid_8db10837 *_wp_adj_args)
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
        grid_8db10837_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &grid_8db10837_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

