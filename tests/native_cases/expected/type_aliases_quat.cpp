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


// warpsynth/type_aliases_quat.py:9
static wp::vec_t<3, wp::float32> apply_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                       <L 10>
    // return wp.transform_point(t, p)                                                        <L 11>
    var_0 = wp::transform_point(var_t, var_p);
    return var_0;
}


// warpsynth/type_aliases_quat.py:9
static void adj_apply_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<3, wp::float32> var_p,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                       <L 10>
    // return wp.transform_point(t, p)                                                        <L 11>
    var_0 = wp::transform_point(var_t, var_p);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_transform_point(var_t, var_p, adj_t, adj_p, adj_0);
    // adj: return wp.transform_point(t, p)                                                   <L 11>
    // adj: def apply(t: transformf, p: wp.vec3) -> wp.vec3:                                  <L 10>
    return;
}

struct wp_args_k_41f4fb6e {
    wp::array_t<wp::transform_t<wp::float32>> ts;
    wp::array_t<wp::quat_t<wp::float64>> qs;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::transform_t<wp::float64> td;
};


template <bool wp_linear_contiguous>
static void k_41f4fb6e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_41f4fb6e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_ts = _wp_args->ts;
    wp::array_t<wp::quat_t<wp::float64>> var_qs = _wp_args->qs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::transform_t<wp::float64> var_td = _wp_args->td;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::quat_t<wp::float64> var_11;
    wp::quat_t<wp::float64> var_12;
    wp::quat_t<wp::float64> var_13;
    wp::transform_t<wp::float32>* var_14;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // forward
    // def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                             <L 17>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_5 = wp::quat_identity<wp::float32>();
    var_6 = wp::transform_t<wp::float32>(var_4, var_5);
    // ts[i] = t                                                                              <L 18>
    wp::array_store(var_ts, var_0, var_6);
    // q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))          <L 19>
    var_7 = 0.0;
    var_8 = 0.0;
    var_9 = 0.0;
    var_10 = 1.0;
    var_11 = wp::quat_t<wp::float64>(var_7, var_8, var_9, var_10);
    // qs[i] = q * quatd()                                                                    <L 20>
    var_12 = wp::quat_t<wp::float64>();
    var_13 = wp::mul(var_11, var_12);
    wp::array_store(var_qs, var_0, var_13);
    // out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)                  <L 21>
    var_14 = wp::address(var_ts, var_0);
    var_16 = wp::vec_t<3, wp::float32>(var_15);
    var_18 = wp::load(var_14);
    var_17 = apply_0(var_18, var_16);
    var_19 = wp::transform_get_translation(var_6);
    var_20 = wp::add(var_17, var_19);
    wp::array_store(var_out, var_0, var_20);
}



template <bool wp_linear_contiguous>
static void k_41f4fb6e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_41f4fb6e *_wp_args,
    wp_args_k_41f4fb6e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_ts = _wp_args->ts;
    wp::array_t<wp::quat_t<wp::float64>> var_qs = _wp_args->qs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::transform_t<wp::float64> var_td = _wp_args->td;
    wp::array_t<wp::transform_t<wp::float32>> adj_ts = _wp_adj_args->ts;
    wp::array_t<wp::quat_t<wp::float64>> adj_qs = _wp_adj_args->qs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::transform_t<wp::float64> adj_td = _wp_adj_args->td;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::quat_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::quat_t<wp::float64> var_11;
    wp::quat_t<wp::float64> var_12;
    wp::quat_t<wp::float64> var_13;
    wp::transform_t<wp::float32>* var_14;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::quat_t<wp::float64> adj_11 = {};
    wp::quat_t<wp::float64> adj_12 = {};
    wp::quat_t<wp::float64> adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    //---------
    // forward
    // def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                             <L 17>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_5 = wp::quat_identity<wp::float32>();
    var_6 = wp::transform_t<wp::float32>(var_4, var_5);
    // ts[i] = t                                                                              <L 18>
    // wp::array_store(var_ts, var_0, var_6);
    // q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))          <L 19>
    var_7 = 0.0;
    var_8 = 0.0;
    var_9 = 0.0;
    var_10 = 1.0;
    var_11 = wp::quat_t<wp::float64>(var_7, var_8, var_9, var_10);
    // qs[i] = q * quatd()                                                                    <L 20>
    var_12 = wp::quat_t<wp::float64>();
    var_13 = wp::mul(var_11, var_12);
    // wp::array_store(var_qs, var_0, var_13);
    // out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)                  <L 21>
    var_14 = wp::address(var_ts, var_0);
    var_16 = wp::vec_t<3, wp::float32>(var_15);
    var_18 = wp::load(var_14);
    var_17 = apply_0(var_18, var_16);
    var_19 = wp::transform_get_translation(var_6);
    var_20 = wp::add(var_17, var_19);
    // wp::array_store(var_out, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_transform_get_translation(var_6, adj_6, adj_19);
    adj_apply_0(var_18, var_16, adj_14, adj_16, adj_17);
    wp::adj_vec_t(var_15, adj_15, adj_16);
    wp::adj_address(var_ts, var_0, adj_ts, adj_0, adj_14);
    // adj: out[i] = apply(ts[i], wp.vec3(1.0)) + wp.transform_get_translation(t)             <L 21>
    wp::adj_array_store(var_qs, var_0, var_13, adj_qs, adj_0, adj_13);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    // adj: qs[i] = q * quatd()                                                               <L 20>
    wp::adj_quat_t(var_7, var_8, var_9, var_10, adj_7, adj_8, adj_9, adj_10, adj_11);
    // adj: q = quatd(wp.float64(0.0), wp.float64(0.0), wp.float64(0.0), wp.float64(1.0))     <L 19>
    wp::adj_array_store(var_ts, var_0, var_6, adj_ts, adj_0, adj_6);
    // adj: ts[i] = t                                                                         <L 18>
    wp::adj_transform_t(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: t = transformf(wp.vec3(1.0, 2.0, 3.0), wp.quat_identity())                        <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def k(ts: wp.array(dtype=transformf), qs: wp.array(dtype=quatd), out: wp.array(dtype=wp.vec3), td: T):  <L 15>
    return;
}



struct k_41f4fb6e_cpu_block_payload_forward
{
    wp_args_k_41f4fb6e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_41f4fb6e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_41f4fb6e_cpu_block_payload_forward* payload = (k_41f4fb6e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_41f4fb6e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_41f4fb6e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_41f4fb6e *_wp_args)
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
        k_41f4fb6e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_41f4fb6e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_41f4fb6e_cpu_block_payload_backward
{
    wp_args_k_41f4fb6e* args;
    wp_args_k_41f4fb6e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_41f4fb6e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_41f4fb6e_cpu_block_payload_backward* payload = (k_41f4fb6e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_41f4fb6e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_41f4fb6e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_41f4fb6e *_wp_args,
    wp_args_k_41f4fb6e *_wp_adj_args)
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
        k_41f4fb6e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_41f4fb6e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

