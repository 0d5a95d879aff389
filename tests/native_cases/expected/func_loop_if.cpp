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


// warpsynth/func_loop_if.py:3
static wp::float32 sq_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def sq(x: float):                                                                      <L 4>
    // return x * x                                                                           <L 5>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/func_loop_if.py:3
static void adj_sq_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def sq(x: float):                                                                      <L 4>
    // return x * x                                                                           <L 5>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 5>
    // adj: def sq(x: float):                                                                 <L 4>
    return;
}

struct wp_args_k_194b9d25 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void k_194b9d25_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_194b9d25 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    bool var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                     <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 10>
    var_2 = wp::float(var_1);
    // for i in range(n):                                                                     <L 11>
    var_3 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // s = s + sq(a[tid])                                                                 <L 12>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = sq_0(var_7);
        var_8 = wp::add(var_2, var_6);
        wp::assign(var_2, var_8);
        goto start_for_0;
    end_for_0:;
    // if s > 1.0:                                                                            <L 13>
    var_10 = (var_2 > var_9);
    if (var_10) {
        // b[tid] = wp.sin(s)                                                                 <L 14>
        var_11 = wp::sin(var_2);
        wp::array_store(var_b, var_0, var_11);
    }
    if (!var_10) {
        // b[tid] = s                                                                         <L 16>
        wp::array_store(var_b, var_0, var_2);
    }
}



template <bool wp_linear_contiguous>
static void k_194b9d25_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_194b9d25 *_wp_args,
    wp_args_k_194b9d25 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    bool var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                     <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 10>
    var_2 = wp::float(var_1);
    // for i in range(n):                                                                     <L 11>
    var_3 = wp::range(var_n);
    // if s > 1.0:                                                                            <L 13>
    var_10 = (var_2 > var_9);
    if (var_10) {
        // b[tid] = wp.sin(s)                                                                 <L 14>
        var_11 = wp::sin(var_2);
        // wp::array_store(var_b, var_0, var_11);
    }
    if (!var_10) {
        // b[tid] = s                                                                         <L 16>
        // wp::array_store(var_b, var_0, var_2);
    }
    //---------
    // reverse
    if (!var_10) {
        wp::adj_array_store(var_b, var_0, var_2, adj_b, adj_0, adj_2);
        // adj: b[tid] = s                                                                    <L 16>
    }
    if (var_10) {
        wp::adj_array_store(var_b, var_0, var_11, adj_b, adj_0, adj_11);
        wp::adj_sin(var_2, adj_2, adj_11);
        // adj: b[tid] = wp.sin(s)                                                            <L 14>
    }
    // adj: if s > 1.0:                                                                       <L 13>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
        // s = s + sq(a[tid])                                                                 <L 12>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = sq_0(var_7);
        var_8 = wp::add(var_2, var_6);
        wp::assign(var_2, var_8);
        wp::adj_assign(var_2, var_8, adj_2, adj_8);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
        adj_sq_0(var_7, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: s = s + sq(a[tid])                                                            <L 12>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 11>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: s = float(0.0)                                                                    <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):                <L 8>
    return;
}



struct k_194b9d25_cpu_block_payload_forward
{
    wp_args_k_194b9d25* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_194b9d25_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_194b9d25_cpu_block_payload_forward* payload = (k_194b9d25_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_194b9d25_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_194b9d25_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_194b9d25 *_wp_args)
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
        k_194b9d25_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_194b9d25_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_194b9d25_cpu_block_payload_backward
{
    wp_args_k_194b9d25* args;
    wp_args_k_194b9d25* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_194b9d25_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_194b9d25_cpu_block_payload_backward* payload = (k_194b9d25_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_194b9d25_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_194b9d25_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_194b9d25 *_wp_args,
    wp_args_k_194b9d25 *_wp_adj_args)
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
        k_194b9d25_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_194b9d25_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

