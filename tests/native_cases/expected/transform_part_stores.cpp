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

struct wp_args_k_a26577f7 {
    wp::array_t<wp::transform_t<wp::float32>> xs;
    wp::array_t<wp::transform_t<wp::float64>> ds;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::transform_t<wp::float32>> out;
    wp::array_t<wp::transform_t<wp::float64>> outd;
};


template <bool wp_linear_contiguous>
static void k_a26577f7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a26577f7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_xs = _wp_args->xs;
    wp::array_t<wp::transform_t<wp::float64>> var_ds = _wp_args->ds;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float64>> var_outd = _wp_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32>* var_7;
    wp::quat_t<wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32>* var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::transform_t<wp::float64>* var_20;
    wp::transform_t<wp::float64> var_21;
    wp::transform_t<wp::float64> var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::vec_t<3, wp::float64> var_26;
    wp::vec_t<3, wp::float64> var_27;
    wp::vec_t<3, wp::float64> var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    //---------
    // forward
    // def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // xf = xs[i]                                                                             <L 7>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xf.p = v[i]                                                                            <L 8>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    wp::transform_set_translation(var_2, var_5);
    // xf.q = wp.normalize(q[i])                                                              <L 9>
    var_7 = wp::address(var_q, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::normalize(var_9);
    wp::transform_set_rotation(var_2, var_8);
    // xf.p += wp.vec3(1.0, 2.0, 3.0)                                                         <L 10>
    var_10 = wp::transform_get_translation(var_2);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::add(var_10, var_14);
    wp::transform_set_translation(var_2, var_15);
    // xf.q -= q[i]                                                                           <L 11>
    var_16 = wp::transform_get_rotation(var_2);
    var_17 = wp::address(var_q, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::sub(var_16, var_19);
    wp::transform_set_rotation(var_2, var_18);
    // out[i] = xf                                                                            <L 12>
    wp::array_store(var_out, var_0, var_2);
    // d = ds[i]                                                                              <L 13>
    var_20 = wp::address(var_ds, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                      <L 14>
    var_23 = 1.0;
    var_24 = 2.0;
    var_25 = 0.5;
    var_26 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
    wp::transform_set_translation(var_21, var_26);
    // d.p -= d.p * wp.float64(0.5)                                                           <L 15>
    var_27 = wp::transform_get_translation(var_21);
    var_28 = wp::transform_get_translation(var_21);
    var_29 = 0.5;
    var_30 = wp::mul(var_28, var_29);
    var_31 = wp::sub(var_27, var_30);
    wp::transform_set_translation(var_21, var_31);
    // outd[i] = d                                                                            <L 16>
    wp::array_store(var_outd, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void k_a26577f7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a26577f7 *_wp_args,
    wp_args_k_a26577f7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_xs = _wp_args->xs;
    wp::array_t<wp::transform_t<wp::float64>> var_ds = _wp_args->ds;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::transform_t<wp::float64>> var_outd = _wp_args->outd;
    wp::array_t<wp::transform_t<wp::float32>> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::transform_t<wp::float64>> adj_ds = _wp_adj_args->ds;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::transform_t<wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::transform_t<wp::float64>> adj_outd = _wp_adj_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::quat_t<wp::float32>* var_7;
    wp::quat_t<wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32>* var_17;
    wp::quat_t<wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::transform_t<wp::float64>* var_20;
    wp::transform_t<wp::float64> var_21;
    wp::transform_t<wp::float64> var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::vec_t<3, wp::float64> var_26;
    wp::vec_t<3, wp::float64> var_27;
    wp::vec_t<3, wp::float64> var_28;
    wp::float64 var_29;
    wp::vec_t<3, wp::float64> var_30;
    wp::vec_t<3, wp::float64> var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float64> adj_20 = {};
    wp::transform_t<wp::float64> adj_21 = {};
    wp::transform_t<wp::float64> adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::vec_t<3, wp::float64> adj_26 = {};
    wp::vec_t<3, wp::float64> adj_27 = {};
    wp::vec_t<3, wp::float64> adj_28 = {};
    wp::float64 adj_29 = {};
    wp::vec_t<3, wp::float64> adj_30 = {};
    wp::vec_t<3, wp::float64> adj_31 = {};
    //---------
    // forward
    // def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // xf = xs[i]                                                                             <L 7>
    var_1 = wp::address(var_xs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xf.p = v[i]                                                                            <L 8>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    wp::transform_set_translation(var_2, var_5);
    // xf.q = wp.normalize(q[i])                                                              <L 9>
    var_7 = wp::address(var_q, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::normalize(var_9);
    wp::transform_set_rotation(var_2, var_8);
    // xf.p += wp.vec3(1.0, 2.0, 3.0)                                                         <L 10>
    var_10 = wp::transform_get_translation(var_2);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::add(var_10, var_14);
    wp::transform_set_translation(var_2, var_15);
    // xf.q -= q[i]                                                                           <L 11>
    var_16 = wp::transform_get_rotation(var_2);
    var_17 = wp::address(var_q, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::sub(var_16, var_19);
    wp::transform_set_rotation(var_2, var_18);
    // out[i] = xf                                                                            <L 12>
    // wp::array_store(var_out, var_0, var_2);
    // d = ds[i]                                                                              <L 13>
    var_20 = wp::address(var_ds, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                      <L 14>
    var_23 = 1.0;
    var_24 = 2.0;
    var_25 = 0.5;
    var_26 = wp::vec_t<3, wp::float64>(var_23, var_24, var_25);
    wp::transform_set_translation(var_21, var_26);
    // d.p -= d.p * wp.float64(0.5)                                                           <L 15>
    var_27 = wp::transform_get_translation(var_21);
    var_28 = wp::transform_get_translation(var_21);
    var_29 = 0.5;
    var_30 = wp::mul(var_28, var_29);
    var_31 = wp::sub(var_27, var_30);
    wp::transform_set_translation(var_21, var_31);
    // outd[i] = d                                                                            <L 16>
    // wp::array_store(var_outd, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_outd, var_0, var_21, adj_outd, adj_0, adj_21);
    // adj: outd[i] = d                                                                       <L 16>
    wp::adj_transform_set_translation(var_21, var_31, adj_21, adj_31);
    wp::adj_sub(var_27, var_30, adj_27, adj_30, adj_31);
    wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_transform_get_translation(var_21, adj_21, adj_28);
    wp::adj_transform_get_translation(var_21, adj_21, adj_27);
    // adj: d.p -= d.p * wp.float64(0.5)                                                      <L 15>
    wp::adj_transform_set_translation(var_21, var_26, adj_21, adj_26);
    wp::adj_vec_t(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
    // adj: d.p = wp.vec3d(wp.float64(1.0), wp.float64(2.0), wp.float64(0.5))                 <L 14>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_ds, var_0, adj_ds, adj_0, adj_20);
    // adj: d = ds[i]                                                                         <L 13>
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = xf                                                                       <L 12>
    wp::adj_transform_set_rotation(var_2, var_18, adj_2, adj_18);
    wp::adj_sub(var_16, var_19, adj_16, adj_17, adj_18);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_17);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_16);
    // adj: xf.q -= q[i]                                                                      <L 11>
    wp::adj_transform_set_translation(var_2, var_15, adj_2, adj_15);
    wp::adj_add(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    wp::adj_transform_get_translation(var_2, adj_2, adj_10);
    // adj: xf.p += wp.vec3(1.0, 2.0, 3.0)                                                    <L 10>
    wp::adj_transform_set_rotation(var_2, var_8, adj_2, adj_8);
    wp::adj_normalize(var_9, adj_7, adj_8);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
    // adj: xf.q = wp.normalize(q[i])                                                         <L 9>
    wp::adj_transform_set_translation(var_2, var_5, adj_2, adj_5);
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: xf.p = v[i]                                                                       <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_xs, var_0, adj_xs, adj_0, adj_1);
    // adj: xf = xs[i]                                                                        <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(xs: wp.array(dtype=wp.transform), ds: wp.array(dtype=wp.transformd), v: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.transform), outd: wp.array(dtype=wp.transformd)):  <L 5>
    return;
}



struct k_a26577f7_cpu_block_payload_forward
{
    wp_args_k_a26577f7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a26577f7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a26577f7_cpu_block_payload_forward* payload = (k_a26577f7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a26577f7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_a26577f7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a26577f7 *_wp_args)
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
        k_a26577f7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a26577f7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_a26577f7_cpu_block_payload_backward
{
    wp_args_k_a26577f7* args;
    wp_args_k_a26577f7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a26577f7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a26577f7_cpu_block_payload_backward* payload = (k_a26577f7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a26577f7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_a26577f7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a26577f7 *_wp_args,
    wp_args_k_a26577f7 *_wp_adj_args)
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
        k_a26577f7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a26577f7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

