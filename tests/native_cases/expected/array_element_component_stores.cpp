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

struct wp_args_k_0867b5de {
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::float32> f;
};


template <bool wp_linear_contiguous>
static void k_0867b5de_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_0867b5de *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 1;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 2;
    const wp::float32 var_9 = 3.0;
    const wp::int32 var_10 = 0;
    wp::mat_t<2, 2, wp::float32>* var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    wp::vec_t<2, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    wp::mat_t<2, 2, wp::float32>* var_18;
    const wp::int32 var_19 = 1;
    const wp::float32 var_20 = 0.5;
    wp::quat_t<wp::float32>* var_21;
    const wp::int32 var_22 = 3;
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // out[i].y = f[i]                                                                        <L 6>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    var_4 = &(wp::index(var_out, var_0));
    wp::store(&(wp::index(var_out, var_0).component_ref(var_5)), var_2);
    // out[i][2] = 1.0                                                                        <L 7>
    var_7 = &(wp::index(var_out, var_0));
    wp::store(&(wp::index(var_out, var_0).component_ref(var_8)), var_6);
    // m[i, 0][1, 0] = 3.0                                                                    <L 8>
    var_11 = &(wp::index(var_m, var_0, var_10));
    wp::store(&(wp::index(var_m, var_0, var_10).element_ref(var_12, var_13)), var_9);
    // m[i, 1][1] = wp.vec2(1.0, 2.0)                                                         <L 9>
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    var_18 = &(wp::index(var_m, var_0, var_17));
    wp::store(&(wp::index(var_m, var_0, var_17).row_ref(var_19)), var_16);
    // q[i].w = 0.5                                                                           <L 10>
    var_21 = &(wp::index(var_q, var_0));
    wp::store(&(wp::index(var_q, var_0).component_ref(var_22)), var_20);
}



template <bool wp_linear_contiguous>
static void k_0867b5de_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_0867b5de *_wp_args,
    wp_args_k_0867b5de *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 1;
    const wp::float32 var_6 = 1.0;
    wp::vec_t<3, wp::float32>* var_7;
    const wp::int32 var_8 = 2;
    const wp::float32 var_9 = 3.0;
    const wp::int32 var_10 = 0;
    wp::mat_t<2, 2, wp::float32>* var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    wp::vec_t<2, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    wp::mat_t<2, 2, wp::float32>* var_18;
    const wp::int32 var_19 = 1;
    const wp::float32 var_20 = 0.5;
    wp::quat_t<wp::float32>* var_21;
    const wp::int32 var_22 = 3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::mat_t<2, 2, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::quat_t<wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // out[i].y = f[i]                                                                        <L 6>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    var_4 = &(wp::index(var_out, var_0));
    // wp::store(&(wp::index(var_out, var_0).component_ref(var_5)), var_2);
    // out[i][2] = 1.0                                                                        <L 7>
    var_7 = &(wp::index(var_out, var_0));
    // wp::store(&(wp::index(var_out, var_0).component_ref(var_8)), var_6);
    // m[i, 0][1, 0] = 3.0                                                                    <L 8>
    var_11 = &(wp::index(var_m, var_0, var_10));
    // wp::store(&(wp::index(var_m, var_0, var_10).element_ref(var_12, var_13)), var_9);
    // m[i, 1][1] = wp.vec2(1.0, 2.0)                                                         <L 9>
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    var_18 = &(wp::index(var_m, var_0, var_17));
    // wp::store(&(wp::index(var_m, var_0, var_17).row_ref(var_19)), var_16);
    // q[i].w = 0.5                                                                           <L 10>
    var_21 = &(wp::index(var_q, var_0));
    // wp::store(&(wp::index(var_q, var_0).component_ref(var_22)), var_20);
    //---------
    // reverse
    wp::adj_array_store_slot(var_q, adj_q, adj_20, [&](auto& _e) -> auto& { return _e.component_ref(var_22); }, var_0);
    // adj: q[i].w = 0.5                                                                      <L 10>
    wp::adj_array_store_slot(var_m, adj_m, adj_16, [&](auto& _e) -> auto& { return _e.row_ref(var_19); }, var_0, var_17);
    wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: m[i, 1][1] = wp.vec2(1.0, 2.0)                                                    <L 9>
    wp::adj_array_store_slot(var_m, adj_m, adj_9, [&](auto& _e) -> auto& { return _e.element_ref(var_12, var_13); }, var_0, var_10);
    // adj: m[i, 0][1, 0] = 3.0                                                               <L 8>
    wp::adj_array_store_slot(var_out, adj_out, adj_6, [&](auto& _e) -> auto& { return _e.component_ref(var_8); }, var_0);
    // adj: out[i][2] = 1.0                                                                   <L 7>
    wp::adj_array_store_slot(var_out, adj_out, adj_2, [&](auto& _e) -> auto& { return _e.component_ref(var_5); }, var_0);
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: out[i].y = f[i]                                                                   <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(out: wp.array(dtype=wp.vec3), m: wp.array2d(dtype=wp.mat22), q: wp.array(dtype=wp.quat), f: wp.array(dtype=float)):  <L 4>
    return;
}



struct k_0867b5de_cpu_block_payload_forward
{
    wp_args_k_0867b5de* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_0867b5de_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_0867b5de_cpu_block_payload_forward* payload = (k_0867b5de_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_0867b5de_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_0867b5de_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_0867b5de *_wp_args)
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
        k_0867b5de_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_0867b5de_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_0867b5de_cpu_block_payload_backward
{
    wp_args_k_0867b5de* args;
    wp_args_k_0867b5de* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_0867b5de_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_0867b5de_cpu_block_payload_backward* payload = (k_0867b5de_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_0867b5de_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_0867b5de_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_0867b5de *_wp_args,
    wp_args_k_0867b5de *_wp_adj_args)
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
        k_0867b5de_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_0867b5de_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

