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


// warpsynth/funcs_named_like_warp_helpers.py:4
static wp::float32 norm_l2_1(
    wp::vec_t<3, wp::float32> var_a)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def norm_l2(a: wp.vec3):                                                               <L 5>
    // return wp.sqrt(wp.dot(a, a))                                                           <L 6>
    var_0 = wp::dot(var_a, var_a);
    var_1 = wp::sqrt(var_0);
    return var_1;
}


// warpsynth/funcs_named_like_warp_helpers.py:14
static wp::float32 helper_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def helper(x: float):                                                                  <L 15>
    // return norm_l2(wp.vec3(x, x, 1.0))                                                     <L 16>
    var_1 = wp::vec_t<3, wp::float32>(var_x, var_x, var_0);
    var_2 = norm_l2_1(var_1);
    return var_2;
}


// warpsynth/funcs_named_like_warp_helpers.py:9
static wp::float32 transform_compose_3(
    wp::float32 var_a,
    wp::float32 var_b)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // forward
    // def transform_compose(a: float, b: float):                                             <L 10>
    // return a * b + 1.0                                                                     <L 11>
    var_0 = wp::mul(var_a, var_b);
    var_2 = wp::add(var_0, var_1);
    return var_2;
}


// warpsynth/funcs_named_like_warp_helpers.py:4
static void adj_norm_l2_1(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def norm_l2(a: wp.vec3):                                                               <L 5>
    // return wp.sqrt(wp.dot(a, a))                                                           <L 6>
    var_0 = wp::dot(var_a, var_a);
    var_1 = wp::sqrt(var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sqrt(var_0, var_1, adj_0, adj_1);
    wp::adj_dot(var_a, var_a, adj_a, adj_a, adj_0);
    // adj: return wp.sqrt(wp.dot(a, a))                                                      <L 6>
    // adj: def norm_l2(a: wp.vec3):                                                          <L 5>
    return;
}


// warpsynth/funcs_named_like_warp_helpers.py:14
static void adj_helper_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def helper(x: float):                                                                  <L 15>
    // return norm_l2(wp.vec3(x, x, 1.0))                                                     <L 16>
    var_1 = wp::vec_t<3, wp::float32>(var_x, var_x, var_0);
    var_2 = norm_l2_1(var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    adj_norm_l2_1(var_1, adj_1, adj_2);
    wp::adj_vec_t(var_x, var_x, var_0, adj_x, adj_x, adj_0, adj_1);
    // adj: return norm_l2(wp.vec3(x, x, 1.0))                                                <L 16>
    // adj: def helper(x: float):                                                             <L 15>
    return;
}


// warpsynth/funcs_named_like_warp_helpers.py:9
static void adj_transform_compose_3(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def transform_compose(a: float, b: float):                                             <L 10>
    // return a * b + 1.0                                                                     <L 11>
    var_0 = wp::mul(var_a, var_b);
    var_2 = wp::add(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return a * b + 1.0                                                                <L 11>
    // adj: def transform_compose(a: float, b: float):                                        <L 10>
    return;
}

struct wp_args_k_0bea1088 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_0bea1088_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_0bea1088 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def k(v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                         <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // out[i] = transform_compose(norm_l2(v[i]), helper(out[i]))                              <L 22>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = norm_l2_1(var_3);
    var_4 = wp::address(var_out, var_0);
    var_6 = wp::load(var_4);
    var_5 = helper_0(var_6);
    var_7 = transform_compose_3(var_2, var_5);
    wp::array_store(var_out, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void k_0bea1088_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_0bea1088 *_wp_args,
    wp_args_k_0bea1088 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def k(v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                         <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // out[i] = transform_compose(norm_l2(v[i]), helper(out[i]))                              <L 22>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = norm_l2_1(var_3);
    var_4 = wp::address(var_out, var_0);
    var_6 = wp::load(var_4);
    var_5 = helper_0(var_6);
    var_7 = transform_compose_3(var_2, var_5);
    // wp::array_store(var_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    adj_transform_compose_3(var_2, var_5, adj_2, adj_5, adj_7);
    adj_helper_0(var_6, adj_4, adj_5);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_4);
    adj_norm_l2_1(var_3, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: out[i] = transform_compose(norm_l2(v[i]), helper(out[i]))                         <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def k(v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):                    <L 20>
    return;
}



struct k_0bea1088_cpu_block_payload_forward
{
    wp_args_k_0bea1088* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_0bea1088_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_0bea1088_cpu_block_payload_forward* payload = (k_0bea1088_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_0bea1088_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_0bea1088_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_0bea1088 *_wp_args)
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
        k_0bea1088_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_0bea1088_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_0bea1088_cpu_block_payload_backward
{
    wp_args_k_0bea1088* args;
    wp_args_k_0bea1088* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_0bea1088_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_0bea1088_cpu_block_payload_backward* payload = (k_0bea1088_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_0bea1088_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_0bea1088_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_0bea1088 *_wp_args,
    wp_args_k_0bea1088 *_wp_adj_args)
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
        k_0bea1088_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_0bea1088_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

