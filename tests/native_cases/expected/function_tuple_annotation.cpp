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


// warpsynth/function_tuple_annotation.py:4
static void coeffs_0(
    wp::float32 var_gamma,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def coeffs(gamma: float) -> tuple[float, float]:                                       <L 5>
    // return 1.0 - gamma, 1.0 / (1.0 + gamma)                                                <L 6>
    var_1 = wp::sub(var_0, var_gamma);
    var_4 = wp::add(var_3, var_gamma);
    var_5 = wp::div(var_2, var_4);
    ret_0 = var_1;
    ret_1 = var_5;
    return;
}


// warpsynth/function_tuple_annotation.py:9
static void flagged_0(
    wp::int32 var_i,
    bool & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = -1;
    wp::vec_t<3, wp::float32> var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                      <L 10>
    // if i < 0:                                                                              <L 11>
    var_1 = (var_i < var_0);
    if (var_1) {
        // return False, -1, wp.vec3()                                                        <L 12>
        var_4 = wp::vec_t<3, wp::float32>();
        ret_0 = var_2;
        ret_1 = var_3;
        ret_2 = var_4;
        return;
    }
    // return True, i, wp.vec3(float(i))                                                      <L 13>
    var_6 = wp::float(var_i);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    ret_0 = var_5;
    ret_1 = var_i;
    ret_2 = var_7;
    return;
}


// warpsynth/function_tuple_annotation.py:4
static void adj_coeffs_0(
    wp::float32 var_gamma,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_gamma,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def coeffs(gamma: float) -> tuple[float, float]:                                       <L 5>
    // return 1.0 - gamma, 1.0 / (1.0 + gamma)                                                <L 6>
    var_1 = wp::sub(var_0, var_gamma);
    var_4 = wp::add(var_3, var_gamma);
    var_5 = wp::div(var_2, var_4);
    ret_0 = var_1;
    ret_1 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_1;
    adj_1 += adj_ret_0;
    wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
    wp::adj_add(var_3, var_gamma, adj_3, adj_gamma, adj_4);
    wp::adj_sub(var_0, var_gamma, adj_0, adj_gamma, adj_1);
    // adj: return 1.0 - gamma, 1.0 / (1.0 + gamma)                                           <L 6>
    // adj: def coeffs(gamma: float) -> tuple[float, float]:                                  <L 5>
    return;
}


// warpsynth/function_tuple_annotation.py:9
static void adj_flagged_0(
    wp::int32 var_i,
    bool & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::int32 & adj_i,
    bool & adj_ret_0,
    wp::int32 & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = -1;
    wp::vec_t<3, wp::float32> var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                      <L 10>
    // if i < 0:                                                                              <L 11>
    var_1 = (var_i < var_0);
    if (var_1) {
        // return False, -1, wp.vec3()                                                        <L 12>
        var_4 = wp::vec_t<3, wp::float32>();
        ret_0 = var_2;
        ret_1 = var_3;
        ret_2 = var_4;
        goto label0;
    }
    // return True, i, wp.vec3(float(i))                                                      <L 13>
    var_6 = wp::float(var_i);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    ret_0 = var_5;
    ret_1 = var_i;
    ret_2 = var_7;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret_2;
    adj_i += adj_ret_1;
    adj_5 += adj_ret_0;
    wp::adj_vec_t(var_6, adj_6, adj_7);
    wp::adj_float(var_i, adj_i, adj_6);
    // adj: return True, i, wp.vec3(float(i))                                                 <L 13>
    if (var_1) {
        label0:;
        adj_4 += adj_ret_2;
        adj_3 += adj_ret_1;
        adj_2 += adj_ret_0;
        // adj: return False, -1, wp.vec3()                                                   <L 12>
    }
    // adj: if i < 0:                                                                         <L 11>
    // adj: def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                 <L 10>
    return;
}

struct wp_args_k_8b4f0d0e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void k_8b4f0d0e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8b4f0d0e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // c0, c1 = coeffs(a[i])                                                                  <L 19>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    coeffs_0(var_4, var_2, var_3);
    // ok, j, v = flagged(i)                                                                  <L 20>
    flagged_0(var_0, var_5, var_6, var_7);
    // if ok:                                                                                 <L 21>
    if (var_5) {
        // out[j] = v * c0 * c1                                                               <L 22>
        var_8 = wp::mul(var_7, var_2);
        var_9 = wp::mul(var_8, var_3);
        wp::array_store(var_out, var_6, var_9);
    }
}



template <bool wp_linear_contiguous>
static void k_8b4f0d0e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8b4f0d0e *_wp_args,
    wp_args_k_8b4f0d0e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // c0, c1 = coeffs(a[i])                                                                  <L 19>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    coeffs_0(var_4, var_2, var_3);
    // ok, j, v = flagged(i)                                                                  <L 20>
    flagged_0(var_0, var_5, var_6, var_7);
    // if ok:                                                                                 <L 21>
    if (var_5) {
        // out[j] = v * c0 * c1                                                               <L 22>
        var_8 = wp::mul(var_7, var_2);
        var_9 = wp::mul(var_8, var_3);
        // wp::array_store(var_out, var_6, var_9);
    }
    //---------
    // reverse
    if (var_5) {
        wp::adj_array_store(var_out, var_6, var_9, adj_out, adj_6, adj_9);
        wp::adj_mul(var_8, var_3, adj_8, adj_3, adj_9);
        wp::adj_mul(var_7, var_2, adj_7, adj_2, adj_8);
        // adj: out[j] = v * c0 * c1                                                          <L 22>
    }
    // adj: if ok:                                                                            <L 21>
    adj_flagged_0(var_0, var_5, var_6, var_7, adj_0, adj_5, adj_6, adj_7);
    // adj: ok, j, v = flagged(i)                                                             <L 20>
    adj_coeffs_0(var_4, var_2, var_3, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: c0, c1 = coeffs(a[i])                                                             <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                    <L 17>
    return;
}



struct k_8b4f0d0e_cpu_block_payload_forward
{
    wp_args_k_8b4f0d0e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8b4f0d0e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8b4f0d0e_cpu_block_payload_forward* payload = (k_8b4f0d0e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8b4f0d0e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_8b4f0d0e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8b4f0d0e *_wp_args)
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
        k_8b4f0d0e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8b4f0d0e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_8b4f0d0e_cpu_block_payload_backward
{
    wp_args_k_8b4f0d0e* args;
    wp_args_k_8b4f0d0e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8b4f0d0e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8b4f0d0e_cpu_block_payload_backward* payload = (k_8b4f0d0e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8b4f0d0e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_8b4f0d0e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8b4f0d0e *_wp_args,
    wp_args_k_8b4f0d0e *_wp_adj_args)
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
        k_8b4f0d0e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8b4f0d0e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

