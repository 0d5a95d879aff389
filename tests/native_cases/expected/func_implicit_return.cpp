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


// warpsynth/func_implicit_return.py:20
static wp::float32 no_args_0(
    )
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    //---------
    // forward
    // def no_args():                                                                         <L 21>
    // return 2.0                                                                             <L 22>
    return var_0;
}


// warpsynth/func_implicit_return.py:4
static wp::float32 pick_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // forward
    // def pick(x: float, y: float) -> float:                                                 <L 5>
    // if x > y:                                                                              <L 6>
    var_0 = (var_x > var_y);
    if (var_0) {
        // return x                                                                           <L 7>
        return var_x;
    }
    if (!var_0) {
        // return y                                                                           <L 9>
        return var_y;
    }
    return {};
}


// warpsynth/func_implicit_return.py:12
static wp::vec_t<3, wp::float32> scale_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def scale(v: wp.vec3, s: float):                                                       <L 13>
    // w = v * s                                                                              <L 14>
    var_0 = wp::mul(var_v, var_s);
    // if s > 1.0:                                                                            <L 15>
    var_2 = (var_s > var_1);
    if (var_2) {
        // return w                                                                           <L 16>
        return var_0;
    }
    // return -w                                                                              <L 17>
    var_3 = wp::neg(var_0);
    return var_3;
}


// warpsynth/func_implicit_return.py:20
static void adj_no_args_0(
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def no_args():                                                                         <L 21>
    // return 2.0                                                                             <L 22>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return 2.0                                                                        <L 22>
    // adj: def no_args():                                                                    <L 21>
    return;
}


// warpsynth/func_implicit_return.py:4
static void adj_pick_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    //---------
    // dual vars
    bool adj_0 = {};
    //---------
    // forward
    // def pick(x: float, y: float) -> float:                                                 <L 5>
    // if x > y:                                                                              <L 6>
    var_0 = (var_x > var_y);
    if (var_0) {
        // return x                                                                           <L 7>
        goto label0;
    }
    if (!var_0) {
        // return y                                                                           <L 9>
        goto label1;
    }
    //---------
    // reverse
    if (!var_0) {
        label1:;
        adj_y += adj_ret;
        // adj: return y                                                                      <L 9>
    }
    if (var_0) {
        label0:;
        adj_x += adj_ret;
        // adj: return x                                                                      <L 7>
    }
    // adj: if x > y:                                                                         <L 6>
    // adj: def pick(x: float, y: float) -> float:                                            <L 5>
    return;
}


// warpsynth/func_implicit_return.py:12
static void adj_scale_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_s,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def scale(v: wp.vec3, s: float):                                                       <L 13>
    // w = v * s                                                                              <L 14>
    var_0 = wp::mul(var_v, var_s);
    // if s > 1.0:                                                                            <L 15>
    var_2 = (var_s > var_1);
    if (var_2) {
        // return w                                                                           <L 16>
        goto label0;
    }
    // return -w                                                                              <L 17>
    var_3 = wp::neg(var_0);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_3 += adj_ret;
    wp::adj_neg(var_0, adj_0, adj_3);
    // adj: return -w                                                                         <L 17>
    if (var_2) {
        label0:;
        adj_0 += adj_ret;
        // adj: return w                                                                      <L 16>
    }
    // adj: if s > 1.0:                                                                       <L 15>
    wp::adj_mul(var_v, var_s, adj_v, adj_s, adj_0);
    // adj: w = v * s                                                                         <L 14>
    // adj: def scale(v: wp.vec3, s: float):                                                  <L 13>
    return;
}

struct wp_args_k_e8303c49 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
};


template <bool wp_linear_contiguous>
static void k_e8303c49_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k_e8303c49 *_wp_args)
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
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                           <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // a[i] = pick(a[i], no_args())                                                           <L 28>
    var_2 = wp::address(var_a, var_0);
    var_3 = no_args_0();
    var_5 = wp::load(var_2);
    var_4 = pick_0(var_5, var_3);
    wp::array_store(var_a, var_0, var_4);
    // v[j] = scale(v[j], a[i])                                                               <L 29>
    var_6 = wp::address(var_v, var_1);
    var_7 = wp::address(var_a, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = scale_0(var_9, var_10);
    wp::array_store(var_v, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void k_e8303c49_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k_e8303c49 *_wp_args,
    wp_args_k_e8303c49 *_wp_adj_args)
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
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                           <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // a[i] = pick(a[i], no_args())                                                           <L 28>
    var_2 = wp::address(var_a, var_0);
    var_3 = no_args_0();
    var_5 = wp::load(var_2);
    var_4 = pick_0(var_5, var_3);
    // wp::array_store(var_a, var_0, var_4);
    // v[j] = scale(v[j], a[i])                                                               <L 29>
    var_6 = wp::address(var_v, var_1);
    var_7 = wp::address(var_a, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = scale_0(var_9, var_10);
    // wp::array_store(var_v, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_1, var_8, adj_v, adj_1, adj_8);
    adj_scale_0(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
    wp::adj_address(var_v, var_1, adj_v, adj_1, adj_6);
    // adj: v[j] = scale(v[j], a[i])                                                          <L 29>
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    adj_pick_0(var_5, var_3, adj_2, adj_3, adj_4);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: a[i] = pick(a[i], no_args())                                                      <L 28>
    // adj: i, j = wp.tid()                                                                   <L 27>
    // adj: def k(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                      <L 26>
    return;
}



struct k_e8303c49_cpu_block_payload_forward
{
    wp_args_k_e8303c49* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e8303c49_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k_e8303c49_cpu_block_payload_forward* payload = (k_e8303c49_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e8303c49_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_e8303c49_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k_e8303c49 *_wp_args)
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
        k_e8303c49_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e8303c49_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_e8303c49_cpu_block_payload_backward
{
    wp_args_k_e8303c49* args;
    wp_args_k_e8303c49* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e8303c49_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k_e8303c49_cpu_block_payload_backward* payload = (k_e8303c49_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e8303c49_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_e8303c49_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k_e8303c49 *_wp_args,
    wp_args_k_e8303c49 *_wp_adj_args)
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
        k_e8303c49_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e8303c49_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

