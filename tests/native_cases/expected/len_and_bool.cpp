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

struct wp_args_k_6f2d2e1a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
};


template <bool wp_linear_contiguous>
static void k_6f2d2e1a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6f2d2e1a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 3;
    wp::float32* var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    bool var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                           <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // n = len(a)                                                                             <L 6>
    var_1 = wp::len(var_a);
    // m = len(v[i])                                                                          <L 7>
    var_2 = wp::address(var_v, var_0);
    // b = bool(a[i])                                                                         <L 8>
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = bool(var_6);
    // c = wp.bool(n)                                                                         <L 9>
    var_7 = bool(var_1);
    // if b and c:                                                                            <L 10>
    var_8 = var_5;
    if (var_8) {
        var_8 = var_8 && var_7;
    }
    if (var_8) {
        // a[i] = float(n + m)                                                                <L 11>
        var_9 = wp::add(var_1, var_3);
        var_10 = wp::float(var_9);
        wp::array_store(var_a, var_0, var_10);
    }
}



template <bool wp_linear_contiguous>
static void k_6f2d2e1a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6f2d2e1a *_wp_args,
    wp_args_k_6f2d2e1a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 3;
    wp::float32* var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    bool var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                           <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // n = len(a)                                                                             <L 6>
    var_1 = wp::len(var_a);
    // m = len(v[i])                                                                          <L 7>
    var_2 = wp::address(var_v, var_0);
    // b = bool(a[i])                                                                         <L 8>
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = bool(var_6);
    // c = wp.bool(n)                                                                         <L 9>
    var_7 = bool(var_1);
    // if b and c:                                                                            <L 10>
    var_8 = var_5;
    if (var_8) {
        var_8 = var_8 && var_7;
    }
    if (var_8) {
        // a[i] = float(n + m)                                                                <L 11>
        var_9 = wp::add(var_1, var_3);
        var_10 = wp::float(var_9);
        // wp::array_store(var_a, var_0, var_10);
    }
    //---------
    // reverse
    if (var_8) {
        wp::adj_array_store(var_a, var_0, var_10, adj_a, adj_0, adj_10);
        wp::adj_float(var_9, adj_9, adj_10);
        wp::adj_add(var_1, var_3, adj_1, adj_3, adj_9);
        // adj: a[i] = float(n + m)                                                           <L 11>
    }
    if (var_8) {
    }
    // adj: if b and c:                                                                       <L 10>
    // adj: c = wp.bool(n)                                                                    <L 9>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    // adj: b = bool(a[i])                                                                    <L 8>
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_2);
    // adj: m = len(v[i])                                                                     <L 7>
    // adj: n = len(a)                                                                        <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                      <L 4>
    return;
}



struct k_6f2d2e1a_cpu_block_payload_forward
{
    wp_args_k_6f2d2e1a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6f2d2e1a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6f2d2e1a_cpu_block_payload_forward* payload = (k_6f2d2e1a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6f2d2e1a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_6f2d2e1a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6f2d2e1a *_wp_args)
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
        k_6f2d2e1a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6f2d2e1a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_6f2d2e1a_cpu_block_payload_backward
{
    wp_args_k_6f2d2e1a* args;
    wp_args_k_6f2d2e1a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6f2d2e1a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6f2d2e1a_cpu_block_payload_backward* payload = (k_6f2d2e1a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6f2d2e1a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_6f2d2e1a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6f2d2e1a *_wp_args,
    wp_args_k_6f2d2e1a *_wp_adj_args)
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
        k_6f2d2e1a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6f2d2e1a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

