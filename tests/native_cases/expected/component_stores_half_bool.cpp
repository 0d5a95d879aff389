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

struct wp_args_k_43b8cf67 {
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::vec_t<2, wp::float16>> h;
};


template <bool wp_linear_contiguous>
static void k_43b8cf67_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_43b8cf67 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const bool var_1 = false;
    bool var_2;
    const bool var_3 = true;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_9;
    const wp::float32 var_10 = 5.0;
    const wp::float32 var_11 = 6.0;
    wp::vec_t<2, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    const wp::float32 var_14 = 9.0;
    const wp::float32 var_15 = 0.01;
    wp::vec_t<2, wp::float16> var_16;
    const wp::float16 var_17 = 9.0;
    const wp::float16 var_18 = 0.01;
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // ok = wp.bool(False)                                                                    <L 6>
    var_2 = bool(var_1);
    // b = bool(True)                                                                         <L 7>
    var_4 = bool(var_3);
    // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 8>
    var_9 = wp::mat_t<2, 2, wp::float32>(var_5, var_6, var_7, var_8);
    // R[1] = wp.vec2(5.0, 6.0)                                                               <L 9>
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    wp::assign_inplace(var_9, var_13, var_12);
    // h[i] = wp.vec2h(9.0, 0.01)                                                             <L 10>
    var_16 = wp::vec_t<2, wp::float16>(var_17, var_18);
    wp::array_store(var_h, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void k_43b8cf67_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_43b8cf67 *_wp_args,
    wp_args_k_43b8cf67 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<2, wp::float16>> adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const bool var_1 = false;
    bool var_2;
    const bool var_3 = true;
    bool var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_9;
    const wp::float32 var_10 = 5.0;
    const wp::float32 var_11 = 6.0;
    wp::vec_t<2, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    const wp::float32 var_14 = 9.0;
    const wp::float32 var_15 = 0.01;
    wp::vec_t<2, wp::float16> var_16;
    const wp::float16 var_17 = 9.0;
    const wp::float16 var_18 = 0.01;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mat_t<2, 2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float16> adj_16 = {};
    wp::float16 adj_17 = {};
    wp::float16 adj_18 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // ok = wp.bool(False)                                                                    <L 6>
    var_2 = bool(var_1);
    // b = bool(True)                                                                         <L 7>
    var_4 = bool(var_3);
    // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 8>
    var_9 = wp::mat_t<2, 2, wp::float32>(var_5, var_6, var_7, var_8);
    // R[1] = wp.vec2(5.0, 6.0)                                                               <L 9>
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    wp::assign_inplace(var_9, var_13, var_12);
    // h[i] = wp.vec2h(9.0, 0.01)                                                             <L 10>
    var_16 = wp::vec_t<2, wp::float16>(var_17, var_18);
    // wp::array_store(var_h, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_h, var_0, var_16, adj_h, adj_0, adj_16);
    wp::adj_vec_t(var_17, var_18, adj_17, adj_18, adj_16);
    // adj: h[i] = wp.vec2h(9.0, 0.01)                                                        <L 10>
    wp::adj_assign_inplace(var_9, var_13, var_12, adj_9, adj_13, adj_12);
    wp::adj_vec_t(var_10, var_11, adj_10, adj_11, adj_12);
    // adj: R[1] = wp.vec2(5.0, 6.0)                                                          <L 9>
    wp::adj_mat_t(var_5, var_6, var_7, var_8, adj_5, adj_6, adj_7, adj_8, adj_9);
    // adj: R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                  <L 8>
    // adj: b = bool(True)                                                                    <L 7>
    // adj: ok = wp.bool(False)                                                               <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), h: wp.array(dtype=wp.vec2h)):  <L 4>
    return;
}



struct k_43b8cf67_cpu_block_payload_forward
{
    wp_args_k_43b8cf67* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_43b8cf67_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_43b8cf67_cpu_block_payload_forward* payload = (k_43b8cf67_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_43b8cf67_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_43b8cf67_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_43b8cf67 *_wp_args)
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
        k_43b8cf67_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_43b8cf67_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_43b8cf67_cpu_block_payload_backward
{
    wp_args_k_43b8cf67* args;
    wp_args_k_43b8cf67* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_43b8cf67_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_43b8cf67_cpu_block_payload_backward* payload = (k_43b8cf67_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_43b8cf67_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_43b8cf67_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_43b8cf67 *_wp_args,
    wp_args_k_43b8cf67 *_wp_adj_args)
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
        k_43b8cf67_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_43b8cf67_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

