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

struct wp_args_k_8ce67269 {
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<3, wp::float64>> pd;
    wp::array_t<wp::transform_t<wp::float32>> out;
    wp::array_t<wp::transform_t<wp::float64>> outd;
};


template <bool wp_linear_contiguous>
static void k_8ce67269_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8ce67269 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float64>> var_pd = _wp_args->pd;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float64>> var_outd = _wp_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::quat_t<wp::float32>* var_7;
    wp::transform_t<wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float64>* var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::quat_t<wp::float64> var_17;
    const wp::float64 var_18 = 0.0;
    const wp::float64 var_19 = 0.0;
    const wp::float64 var_20 = 0.0;
    const wp::float64 var_21 = 1.0;
    wp::transform_t<wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    //---------
    // forward
    // def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // a = wp.transformation(p[i], q[i])                                                      <L 7>
    var_1 = wp::address(var_p, var_0);
    var_2 = wp::address(var_q, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::transform_t<wp::float32>(var_4, var_5);
    // b = wp.transform(p[i], q[i])                                                           <L 8>
    var_6 = wp::address(var_p, var_0);
    var_7 = wp::address(var_q, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::transform_t<wp::float32>(var_9, var_10);
    // out[i] = a * b                                                                         <L 9>
    var_11 = wp::mul(var_3, var_8);
    wp::array_store(var_out, var_0, var_11);
    // outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                       <L 10>
    var_12 = wp::address(var_pd, var_0);
    var_17 = wp::quat_t<wp::float64>(var_18, var_19, var_20, var_21);
    var_23 = wp::load(var_12);
    var_22 = wp::transform_t<wp::float64>(var_23, var_17);
    wp::array_store(var_outd, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void k_8ce67269_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8ce67269 *_wp_args,
    wp_args_k_8ce67269 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float64>> var_pd = _wp_args->pd;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float64>> var_outd = _wp_args->outd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pd = _wp_adj_args->pd;
    wp::array_t<wp::transform_t<wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::transform_t<wp::float64>> adj_outd = _wp_adj_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::quat_t<wp::float32>* var_7;
    wp::transform_t<wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float64>* var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::quat_t<wp::float64> var_17;
    const wp::float64 var_18 = 0.0;
    const wp::float64 var_19 = 0.0;
    const wp::float64 var_20 = 0.0;
    const wp::float64 var_21 = 1.0;
    wp::transform_t<wp::float64> var_22;
    wp::vec_t<3, wp::float64> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::transform_t<wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::quat_t<wp::float64> adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::transform_t<wp::float64> adj_22 = {};
    wp::vec_t<3, wp::float64> adj_23 = {};
    //---------
    // forward
    // def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // a = wp.transformation(p[i], q[i])                                                      <L 7>
    var_1 = wp::address(var_p, var_0);
    var_2 = wp::address(var_q, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::transform_t<wp::float32>(var_4, var_5);
    // b = wp.transform(p[i], q[i])                                                           <L 8>
    var_6 = wp::address(var_p, var_0);
    var_7 = wp::address(var_q, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::transform_t<wp::float32>(var_9, var_10);
    // out[i] = a * b                                                                         <L 9>
    var_11 = wp::mul(var_3, var_8);
    // wp::array_store(var_out, var_0, var_11);
    // outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                       <L 10>
    var_12 = wp::address(var_pd, var_0);
    var_17 = wp::quat_t<wp::float64>(var_18, var_19, var_20, var_21);
    var_23 = wp::load(var_12);
    var_22 = wp::transform_t<wp::float64>(var_23, var_17);
    // wp::array_store(var_outd, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_outd, var_0, var_22, adj_outd, adj_0, adj_22);
    wp::adj_transform_t(var_23, var_17, adj_12, adj_17, adj_22);
    wp::adj_quat_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_17);
    wp::adj_address(var_pd, var_0, adj_pd, adj_0, adj_12);
    // adj: outd[i] = wp.transformation(pd[i], wp.quatd(0.0, 0.0, 0.0, 1.0))                  <L 10>
    wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
    wp::adj_mul(var_3, var_8, adj_3, adj_8, adj_11);
    // adj: out[i] = a * b                                                                    <L 9>
    wp::adj_transform_t(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_6);
    // adj: b = wp.transform(p[i], q[i])                                                      <L 8>
    wp::adj_transform_t(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_2);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: a = wp.transformation(p[i], q[i])                                                 <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), pd: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):  <L 5>
    return;
}



struct k_8ce67269_cpu_block_payload_forward
{
    wp_args_k_8ce67269* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8ce67269_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8ce67269_cpu_block_payload_forward* payload = (k_8ce67269_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8ce67269_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_8ce67269_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8ce67269 *_wp_args)
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
        k_8ce67269_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8ce67269_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_8ce67269_cpu_block_payload_backward
{
    wp_args_k_8ce67269* args;
    wp_args_k_8ce67269* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8ce67269_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8ce67269_cpu_block_payload_backward* payload = (k_8ce67269_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8ce67269_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_8ce67269_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8ce67269 *_wp_args,
    wp_args_k_8ce67269 *_wp_adj_args)
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
        k_8ce67269_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8ce67269_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

