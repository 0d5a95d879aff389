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

struct wp_args_k_8924cc9d {
    wp::array_t<wp::transform_t<wp::float64>> out;
    wp::array_t<wp::transform_t<wp::float32>> o2;
};


template <bool wp_linear_contiguous>
static void k_8924cc9d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8924cc9d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float32>> var_o2 = _wp_args->o2;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 4.7;
    const wp::float32 var_2 = 9.27;
    const wp::float32 var_3 = -8.91;
    const wp::float32 var_4 = 1.0;
    wp::quat_t<wp::float64> var_5;
    const wp::float64 var_6 = 4.7;
    const wp::float64 var_7 = 9.27;
    const wp::float64 var_8 = -8.91;
    const wp::float64 var_9 = 1.0;
    const wp::float32 var_10 = 8.3;
    const wp::float32 var_11 = 9.6;
    const wp::float32 var_12 = 100.0;
    wp::vec_t<3, wp::float64> var_13;
    const wp::float64 var_14 = 8.3;
    const wp::float64 var_15 = 9.6;
    const wp::float64 var_16 = 100.0;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.25;
    const wp::float32 var_19 = 0.001;
    const wp::float32 var_20 = -10.0;
    wp::quat_t<wp::float64> var_21;
    const wp::float64 var_22 = 0.0;
    const wp::float64 var_23 = 0.25;
    const wp::float64 var_24 = 0.001;
    const wp::float64 var_25 = -10.0;
    wp::transform_t<wp::float64> var_26;
    wp::transform_t<wp::float64> var_27;
    wp::transform_t<wp::float64> var_28;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 3.0;
    wp::vec_t<3, wp::float32> var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 1.0;
    wp::quat_t<wp::float32> var_37;
    wp::transform_t<wp::float32> var_38;
    wp::transform_t<wp::float32> var_39;
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):           <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                                    <L 6>
    var_5 = wp::quat_t<wp::float64>(var_6, var_7, var_8, var_9);
    // t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))        <L 7>
    var_13 = wp::vec_t<3, wp::float64>(var_14, var_15, var_16);
    var_21 = wp::quat_t<wp::float64>(var_22, var_23, var_24, var_25);
    var_26 = wp::transform_t<wp::float64>(var_13, var_21);
    // out[i] = t + t - t                                                                     <L 8>
    var_27 = wp::add(var_26, var_26);
    var_28 = wp::sub(var_27, var_26);
    wp::array_store(var_out, var_0, var_28);
    // u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))                  <L 9>
    var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
    var_37 = wp::quat_t<wp::float32>(var_33, var_34, var_35, var_36);
    var_38 = wp::transform_t<wp::float32>(var_32, var_37);
    // o2[i] = u - u                                                                          <L 10>
    var_39 = wp::sub(var_38, var_38);
    wp::array_store(var_o2, var_0, var_39);
}



template <bool wp_linear_contiguous>
static void k_8924cc9d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8924cc9d *_wp_args,
    wp_args_k_8924cc9d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float32>> var_o2 = _wp_args->o2;
    wp::array_t<wp::transform_t<wp::float64>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::transform_t<wp::float32>> adj_o2 = _wp_adj_args->o2;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 4.7;
    const wp::float32 var_2 = 9.27;
    const wp::float32 var_3 = -8.91;
    const wp::float32 var_4 = 1.0;
    wp::quat_t<wp::float64> var_5;
    const wp::float64 var_6 = 4.7;
    const wp::float64 var_7 = 9.27;
    const wp::float64 var_8 = -8.91;
    const wp::float64 var_9 = 1.0;
    const wp::float32 var_10 = 8.3;
    const wp::float32 var_11 = 9.6;
    const wp::float32 var_12 = 100.0;
    wp::vec_t<3, wp::float64> var_13;
    const wp::float64 var_14 = 8.3;
    const wp::float64 var_15 = 9.6;
    const wp::float64 var_16 = 100.0;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.25;
    const wp::float32 var_19 = 0.001;
    const wp::float32 var_20 = -10.0;
    wp::quat_t<wp::float64> var_21;
    const wp::float64 var_22 = 0.0;
    const wp::float64 var_23 = 0.25;
    const wp::float64 var_24 = 0.001;
    const wp::float64 var_25 = -10.0;
    wp::transform_t<wp::float64> var_26;
    wp::transform_t<wp::float64> var_27;
    wp::transform_t<wp::float64> var_28;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 3.0;
    wp::vec_t<3, wp::float32> var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 1.0;
    wp::quat_t<wp::float32> var_37;
    wp::transform_t<wp::float32> var_38;
    wp::transform_t<wp::float32> var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::quat_t<wp::float64> adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::quat_t<wp::float64> adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::transform_t<wp::float64> adj_26 = {};
    wp::transform_t<wp::float64> adj_27 = {};
    wp::transform_t<wp::float64> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::quat_t<wp::float32> adj_37 = {};
    wp::transform_t<wp::float32> adj_38 = {};
    wp::transform_t<wp::float32> adj_39 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):           <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                                    <L 6>
    var_5 = wp::quat_t<wp::float64>(var_6, var_7, var_8, var_9);
    // t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))        <L 7>
    var_13 = wp::vec_t<3, wp::float64>(var_14, var_15, var_16);
    var_21 = wp::quat_t<wp::float64>(var_22, var_23, var_24, var_25);
    var_26 = wp::transform_t<wp::float64>(var_13, var_21);
    // out[i] = t + t - t                                                                     <L 8>
    var_27 = wp::add(var_26, var_26);
    var_28 = wp::sub(var_27, var_26);
    // wp::array_store(var_out, var_0, var_28);
    // u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))                  <L 9>
    var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
    var_37 = wp::quat_t<wp::float32>(var_33, var_34, var_35, var_36);
    var_38 = wp::transform_t<wp::float32>(var_32, var_37);
    // o2[i] = u - u                                                                          <L 10>
    var_39 = wp::sub(var_38, var_38);
    // wp::array_store(var_o2, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_o2, var_0, var_39, adj_o2, adj_0, adj_39);
    wp::adj_sub(var_38, var_38, adj_38, adj_38, adj_39);
    // adj: o2[i] = u - u                                                                     <L 10>
    wp::adj_transform_t(var_32, var_37, adj_32, adj_37, adj_38);
    wp::adj_quat_t(var_33, var_34, var_35, var_36, adj_33, adj_34, adj_35, adj_36, adj_37);
    wp::adj_vec_t(var_29, var_30, var_31, adj_29, adj_30, adj_31, adj_32);
    // adj: u = wp.transform(wp.vec3(1.0, 2.0, 3.0), wp.quat(0.0, 0.0, 0.0, 1.0))             <L 9>
    wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
    wp::adj_sub(var_27, var_26, adj_27, adj_26, adj_28);
    wp::adj_add(var_26, var_26, adj_26, adj_26, adj_27);
    // adj: out[i] = t + t - t                                                                <L 8>
    wp::adj_transform_t(var_13, var_21, adj_13, adj_21, adj_26);
    wp::adj_quat_t(var_22, var_23, var_24, var_25, adj_22, adj_23, adj_24, adj_25, adj_21);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_13);
    // adj: t = wp.transformd(wp.vec3d(8.3, 9.6, 100.0), wp.quatd(0.0, 0.25, 0.001, -10.0))   <L 7>
    wp::adj_quat_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_5);
    // adj: q = wp.quatd(4.7, 9.27, -8.91, 1.0)                                               <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(out: wp.array(dtype=wp.transformd), o2: wp.array(dtype=wp.transform)):      <L 4>
    return;
}



struct k_8924cc9d_cpu_block_payload_forward
{
    wp_args_k_8924cc9d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8924cc9d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8924cc9d_cpu_block_payload_forward* payload = (k_8924cc9d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8924cc9d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_8924cc9d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8924cc9d *_wp_args)
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
        k_8924cc9d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8924cc9d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_8924cc9d_cpu_block_payload_backward
{
    wp_args_k_8924cc9d* args;
    wp_args_k_8924cc9d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8924cc9d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8924cc9d_cpu_block_payload_backward* payload = (k_8924cc9d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8924cc9d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_8924cc9d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8924cc9d *_wp_args,
    wp_args_k_8924cc9d *_wp_adj_args)
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
        k_8924cc9d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8924cc9d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

