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

struct wp_args_k_e2527ce3 {
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_e2527ce3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_e2527ce3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_5;
    const wp::float32 var_6 = 7.0;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 8.0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 1.0;
    wp::vec_t<2, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 2.0;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    //---------
    // forward
    // def k(out: wp.array(dtype=float)):                                                     <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 6>
    var_5 = wp::mat_t<2, 2, wp::float32>(var_1, var_2, var_3, var_4);
    // R[1, 0] = 7.0                                                                          <L 7>
    wp::assign_inplace(var_5, var_7, var_8, var_6);
    // R[0][1] = 8.0                                                                          <L 8>
    wp::assign_inplace(var_5, var_10, var_11, var_9);
    // R[1] += wp.vec2(1.0, 1.0)                                                              <L 9>
    var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
    wp::add_inplace(var_5, var_12, var_15);
    // R[0, 0] += 2.0                                                                         <L 10>
    wp::add_inplace(var_5, var_16, var_17, var_18);
    // out[i] = R[1, 1]                                                                       <L 11>
    var_21 = wp::extract(var_5, var_19, var_20);
    wp::array_store(var_out, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void k_e2527ce3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_e2527ce3 *_wp_args,
    wp_args_k_e2527ce3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    const wp::float32 var_4 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_5;
    const wp::float32 var_6 = 7.0;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 8.0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 1;
    const wp::int32 var_12 = 1;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 1.0;
    wp::vec_t<2, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 0;
    const wp::float32 var_18 = 2.0;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=float)):                                                     <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                       <L 6>
    var_5 = wp::mat_t<2, 2, wp::float32>(var_1, var_2, var_3, var_4);
    // R[1, 0] = 7.0                                                                          <L 7>
    wp::assign_inplace(var_5, var_7, var_8, var_6);
    // R[0][1] = 8.0                                                                          <L 8>
    wp::assign_inplace(var_5, var_10, var_11, var_9);
    // R[1] += wp.vec2(1.0, 1.0)                                                              <L 9>
    var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
    wp::add_inplace(var_5, var_12, var_15);
    // R[0, 0] += 2.0                                                                         <L 10>
    wp::add_inplace(var_5, var_16, var_17, var_18);
    // out[i] = R[1, 1]                                                                       <L 11>
    var_21 = wp::extract(var_5, var_19, var_20);
    // wp::array_store(var_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    wp::adj_extract(var_5, var_19, var_20, adj_5, adj_19, adj_20, adj_21);
    // adj: out[i] = R[1, 1]                                                                  <L 11>
    wp::adj_add_inplace(var_5, var_16, var_17, var_18, adj_5, adj_16, adj_17, adj_18);
    // adj: R[0, 0] += 2.0                                                                    <L 10>
    wp::adj_add_inplace(var_5, var_12, var_15, adj_5, adj_12, adj_15);
    wp::adj_vec_t(var_13, var_14, adj_13, adj_14, adj_15);
    // adj: R[1] += wp.vec2(1.0, 1.0)                                                         <L 9>
    wp::adj_assign_inplace(var_5, var_10, var_11, var_9, adj_5, adj_10, adj_11, adj_9);
    // adj: R[0][1] = 8.0                                                                     <L 8>
    wp::adj_assign_inplace(var_5, var_7, var_8, var_6, adj_5, adj_7, adj_8, adj_6);
    // adj: R[1, 0] = 7.0                                                                     <L 7>
    wp::adj_mat_t(var_1, var_2, var_3, var_4, adj_1, adj_2, adj_3, adj_4, adj_5);
    // adj: R = wp.mat22(1.0, 2.0, 3.0, 4.0)                                                  <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(out: wp.array(dtype=float)):                                                <L 4>
    return;
}



struct k_e2527ce3_cpu_block_payload_forward
{
    wp_args_k_e2527ce3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e2527ce3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_e2527ce3_cpu_block_payload_forward* payload = (k_e2527ce3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e2527ce3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_e2527ce3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_e2527ce3 *_wp_args)
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
        k_e2527ce3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e2527ce3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_e2527ce3_cpu_block_payload_backward
{
    wp_args_k_e2527ce3* args;
    wp_args_k_e2527ce3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e2527ce3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_e2527ce3_cpu_block_payload_backward* payload = (k_e2527ce3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e2527ce3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_e2527ce3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_e2527ce3 *_wp_args,
    wp_args_k_e2527ce3 *_wp_adj_args)
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
        k_e2527ce3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e2527ce3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

