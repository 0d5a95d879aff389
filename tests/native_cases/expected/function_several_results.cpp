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


// warpsynth/function_several_results.py:4
static void split_0(
    wp::float32 var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    //---------
    // forward
    // def split(x: float, v: wp.vec3):                                                       <L 5>
    // if x < 0.0:                                                                            <L 6>
    var_1 = (var_x < var_0);
    if (var_1) {
        // return -x, v * 2.0                                                                 <L 7>
        var_2 = wp::neg(var_x);
        var_4 = wp::mul(var_v, var_3);
        ret_0 = var_2;
        ret_1 = var_4;
        return;
    }
    // return x * 2.0, v                                                                      <L 8>
    var_6 = wp::mul(var_x, var_5);
    ret_0 = var_6;
    ret_1 = var_v;
    return;
}


// warpsynth/function_several_results.py:11
static void read_pair_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def read_pair(a: wp.array(dtype=float), i: int):                                       <L 12>
    // return 1.0, a[i]                                                                       <L 13>
    var_1 = wp::address(var_a, var_i);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    ret_0 = var_0;
    ret_1 = var_2;
    return;
}


// warpsynth/function_several_results.py:16
static void three_0(
    wp::int32 var_i,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<2, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def three(i: int):                                                                     <L 17>
    // return i, i + 1, wp.vec2(float(i), 0.5)                                                <L 18>
    var_1 = wp::add(var_i, var_0);
    var_2 = wp::float(var_i);
    var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
    ret_0 = var_i;
    ret_1 = var_1;
    ret_2 = var_4;
    return;
}


// warpsynth/function_several_results.py:4
static void adj_split_0(
    wp::float32 var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def split(x: float, v: wp.vec3):                                                       <L 5>
    // if x < 0.0:                                                                            <L 6>
    var_1 = (var_x < var_0);
    if (var_1) {
        // return -x, v * 2.0                                                                 <L 7>
        var_2 = wp::neg(var_x);
        var_4 = wp::mul(var_v, var_3);
        ret_0 = var_2;
        ret_1 = var_4;
        goto label0;
    }
    // return x * 2.0, v                                                                      <L 8>
    var_6 = wp::mul(var_x, var_5);
    ret_0 = var_6;
    ret_1 = var_v;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret_1;
    adj_6 += adj_ret_0;
    wp::adj_mul(var_x, var_5, adj_x, adj_5, adj_6);
    // adj: return x * 2.0, v                                                                 <L 8>
    if (var_1) {
        label0:;
        adj_4 += adj_ret_1;
        adj_2 += adj_ret_0;
        wp::adj_mul(var_v, var_3, adj_v, adj_3, adj_4);
        wp::adj_neg(var_x, adj_x, adj_2);
        // adj: return -x, v * 2.0                                                            <L 7>
    }
    // adj: if x < 0.0:                                                                       <L 6>
    // adj: def split(x: float, v: wp.vec3):                                                  <L 5>
    return;
}


// warpsynth/function_several_results.py:11
static void adj_read_pair_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def read_pair(a: wp.array(dtype=float), i: int):                                       <L 12>
    // return 1.0, a[i]                                                                       <L 13>
    var_1 = wp::address(var_a, var_i);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    ret_0 = var_0;
    ret_1 = var_2;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret_1;
    adj_0 += adj_ret_0;
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_1);
    // adj: return 1.0, a[i]                                                                  <L 13>
    // adj: def read_pair(a: wp.array(dtype=float), i: int):                                  <L 12>
    return;
}


// warpsynth/function_several_results.py:16
static void adj_three_0(
    wp::int32 var_i,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<2, wp::float32> & ret_2,
    wp::int32 & adj_i,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1,
    wp::vec_t<2, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def three(i: int):                                                                     <L 17>
    // return i, i + 1, wp.vec2(float(i), 0.5)                                                <L 18>
    var_1 = wp::add(var_i, var_0);
    var_2 = wp::float(var_i);
    var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
    ret_0 = var_i;
    ret_1 = var_1;
    ret_2 = var_4;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret_2;
    adj_1 += adj_ret_1;
    adj_i += adj_ret_0;
    wp::adj_vec_t(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_i, adj_i, adj_2);
    wp::adj_add(var_i, var_0, adj_i, adj_0, adj_1);
    // adj: return i, i + 1, wp.vec2(float(i), 0.5)                                           <L 18>
    // adj: def three(i: int):                                                                <L 17>
    return;
}

struct wp_args_k_6f4af0bd {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void k_6f4af0bd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6f4af0bd *_wp_args)
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
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // s, v = split(a[i], out[i])                                                             <L 24>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_out, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    split_0(var_5, var_6, var_3, var_4);
    // one, value = read_pair(a, i)                                                           <L 25>
    read_pair_0(var_a, var_0, var_7, var_8);
    // p, q, w = three(i)                                                                     <L 26>
    three_0(var_0, var_9, var_10, var_11);
    // out[i] = v * s + wp.vec3(one, value, w[0] + float(p + q))                              <L 27>
    var_12 = wp::mul(var_4, var_3);
    var_14 = wp::extract(var_11, var_13);
    var_15 = wp::add(var_9, var_10);
    var_16 = wp::float(var_15);
    var_17 = wp::add(var_14, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_7, var_8, var_17);
    var_19 = wp::add(var_12, var_18);
    wp::array_store(var_out, var_0, var_19);
}



template <bool wp_linear_contiguous>
static void k_6f4af0bd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6f4af0bd *_wp_args,
    wp_args_k_6f4af0bd *_wp_adj_args)
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
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // s, v = split(a[i], out[i])                                                             <L 24>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_out, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    split_0(var_5, var_6, var_3, var_4);
    // one, value = read_pair(a, i)                                                           <L 25>
    read_pair_0(var_a, var_0, var_7, var_8);
    // p, q, w = three(i)                                                                     <L 26>
    three_0(var_0, var_9, var_10, var_11);
    // out[i] = v * s + wp.vec3(one, value, w[0] + float(p + q))                              <L 27>
    var_12 = wp::mul(var_4, var_3);
    var_14 = wp::extract(var_11, var_13);
    var_15 = wp::add(var_9, var_10);
    var_16 = wp::float(var_15);
    var_17 = wp::add(var_14, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_7, var_8, var_17);
    var_19 = wp::add(var_12, var_18);
    // wp::array_store(var_out, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
    wp::adj_add(var_12, var_18, adj_12, adj_18, adj_19);
    wp::adj_vec_t(var_7, var_8, var_17, adj_7, adj_8, adj_17, adj_18);
    wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_float(var_15, adj_15, adj_16);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_15);
    wp::adj_extract(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_mul(var_4, var_3, adj_4, adj_3, adj_12);
    // adj: out[i] = v * s + wp.vec3(one, value, w[0] + float(p + q))                         <L 27>
    adj_three_0(var_0, var_9, var_10, var_11, adj_0, adj_9, adj_10, adj_11);
    // adj: p, q, w = three(i)                                                                <L 26>
    adj_read_pair_0(var_a, var_0, var_7, var_8, adj_a, adj_0, adj_7, adj_8);
    // adj: one, value = read_pair(a, i)                                                      <L 25>
    adj_split_0(var_5, var_6, var_3, var_4, adj_1, adj_2, adj_3, adj_4);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: s, v = split(a[i], out[i])                                                        <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                    <L 22>
    return;
}



struct k_6f4af0bd_cpu_block_payload_forward
{
    wp_args_k_6f4af0bd* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6f4af0bd_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6f4af0bd_cpu_block_payload_forward* payload = (k_6f4af0bd_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6f4af0bd_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_6f4af0bd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6f4af0bd *_wp_args)
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
        k_6f4af0bd_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6f4af0bd_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_6f4af0bd_cpu_block_payload_backward
{
    wp_args_k_6f4af0bd* args;
    wp_args_k_6f4af0bd* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6f4af0bd_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6f4af0bd_cpu_block_payload_backward* payload = (k_6f4af0bd_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6f4af0bd_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_6f4af0bd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6f4af0bd *_wp_args,
    wp_args_k_6f4af0bd *_wp_adj_args)
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
        k_6f4af0bd_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6f4af0bd_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

