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

struct wp_args_k_2d9db419 {
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void k_2d9db419_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2d9db419 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    //---------
    // forward
    // def k(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec3)):                       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // out[i] = wp.quat_rotate(q[i], wp.vec3(1.0, 0.0, 0.0))                                  <L 7>
    var_1 = wp::address(var_q, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = wp::quat_rotate(var_7, var_5);
    wp::array_store(var_out, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void k_2d9db419_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2d9db419 *_wp_args,
    wp_args_k_2d9db419 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    //---------
    // forward
    // def k(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec3)):                       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // out[i] = wp.quat_rotate(q[i], wp.vec3(1.0, 0.0, 0.0))                                  <L 7>
    var_1 = wp::address(var_q, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = wp::quat_rotate(var_7, var_5);
    // wp::array_store(var_out, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
    wp::adj_quat_rotate(var_7, var_5, adj_1, adj_5, adj_6);
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: out[i] = wp.quat_rotate(q[i], wp.vec3(1.0, 0.0, 0.0))                             <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.vec3)):                  <L 5>
    return;
}



struct k_2d9db419_cpu_block_payload_forward
{
    wp_args_k_2d9db419* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2d9db419_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2d9db419_cpu_block_payload_forward* payload = (k_2d9db419_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2d9db419_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_2d9db419_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2d9db419 *_wp_args)
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
        k_2d9db419_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2d9db419_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_2d9db419_cpu_block_payload_backward
{
    wp_args_k_2d9db419* args;
    wp_args_k_2d9db419* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2d9db419_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2d9db419_cpu_block_payload_backward* payload = (k_2d9db419_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2d9db419_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_2d9db419_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2d9db419 *_wp_args,
    wp_args_k_2d9db419 *_wp_adj_args)
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
        k_2d9db419_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2d9db419_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

