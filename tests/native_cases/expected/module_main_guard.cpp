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

struct wp_args_scale_f8d21a56 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> y;
};


template <bool wp_linear_contiguous>
static void scale_f8d21a56_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_f8d21a56 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const bool var_5 = true;
    const wp::int32 var_6 = -2;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def scale(x: wp.array(dtype=float), y: wp.array(dtype=float)):                         <L 16>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // v = x[tid] * GAIN                                                                      <L 18>
    var_1 = wp::address(var_x, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // if ENABLED:                                                                            <L 19>
    // v = v + float(OFFSET)                                                                  <L 20>
    var_7 = wp::float(var_6);
    var_8 = wp::add(var_3, var_7);
    // y[tid] = v                                                                             <L 21>
    wp::array_store(var_y, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void scale_f8d21a56_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_f8d21a56 *_wp_args,
    wp_args_scale_f8d21a56 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const bool var_5 = true;
    const wp::int32 var_6 = -2;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def scale(x: wp.array(dtype=float), y: wp.array(dtype=float)):                         <L 16>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // v = x[tid] * GAIN                                                                      <L 18>
    var_1 = wp::address(var_x, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // if ENABLED:                                                                            <L 19>
    // v = v + float(OFFSET)                                                                  <L 20>
    var_7 = wp::float(var_6);
    var_8 = wp::add(var_3, var_7);
    // y[tid] = v                                                                             <L 21>
    // wp::array_store(var_y, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_8, adj_y, adj_0, adj_8);
    // adj: y[tid] = v                                                                        <L 21>
    wp::adj_add(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: v = v + float(OFFSET)                                                             <L 20>
    // adj: if ENABLED:                                                                       <L 19>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[tid] * GAIN                                                                 <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def scale(x: wp.array(dtype=float), y: wp.array(dtype=float)):                    <L 16>
    return;
}



struct scale_f8d21a56_cpu_block_payload_forward
{
    wp_args_scale_f8d21a56* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_f8d21a56_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_f8d21a56_cpu_block_payload_forward* payload = (scale_f8d21a56_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_f8d21a56_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_f8d21a56_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_f8d21a56 *_wp_args)
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
        scale_f8d21a56_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_f8d21a56_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scale_f8d21a56_cpu_block_payload_backward
{
    wp_args_scale_f8d21a56* args;
    wp_args_scale_f8d21a56* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_f8d21a56_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_f8d21a56_cpu_block_payload_backward* payload = (scale_f8d21a56_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_f8d21a56_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scale_f8d21a56_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_f8d21a56 *_wp_args,
    wp_args_scale_f8d21a56 *_wp_adj_args)
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
        scale_f8d21a56_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_f8d21a56_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

