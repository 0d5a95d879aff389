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


// warpsynth/func_redefined_same_signature.py:33
static wp::float32 g_1(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def g(x: float):                                                                       <L 34>
    // return x * x                                                                           <L 35>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/func_redefined_same_signature.py:23
static wp::float32 f_2(
    wp::float32 var_y)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // forward
    // def f(y: float):                                                                       <L 24>
    // return y - 1.0                                                                         <L 25>
    var_1 = wp::sub(var_y, var_0);
    return var_1;
}


// warpsynth/func_redefined_same_signature.py:38
static wp::vec_t<2, wp::float32> f_3(
    wp::vec_t<2, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def f(v: wp.vec2):                                                                     <L 39>
    // return v * g(v[1])                                                                     <L 40>
    var_1 = wp::extract(var_v, var_0);
    var_2 = g_1(var_1);
    var_3 = wp::mul(var_v, var_2);
    return var_3;
}


// warpsynth/func_redefined_same_signature.py:33
static void adj_g_1(
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
    // def g(x: float):                                                                       <L 34>
    // return x * x                                                                           <L 35>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 35>
    // adj: def g(x: float):                                                                  <L 34>
    return;
}


// warpsynth/func_redefined_same_signature.py:23
static void adj_f_2(
    wp::float32 var_y,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def f(y: float):                                                                       <L 24>
    // return y - 1.0                                                                         <L 25>
    var_1 = wp::sub(var_y, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_y, var_0, adj_y, adj_0, adj_1);
    // adj: return y - 1.0                                                                    <L 25>
    // adj: def f(y: float):                                                                  <L 24>
    return;
}


// warpsynth/func_redefined_same_signature.py:38
static void adj_f_3(
    wp::vec_t<2, wp::float32> var_v,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def f(v: wp.vec2):                                                                     <L 39>
    // return v * g(v[1])                                                                     <L 40>
    var_1 = wp::extract(var_v, var_0);
    var_2 = g_1(var_1);
    var_3 = wp::mul(var_v, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
    adj_g_1(var_1, adj_1, adj_2);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v * g(v[1])                                                                <L 40>
    // adj: def f(v: wp.vec2):                                                                <L 39>
    return;
}

struct wp_args_k2_67274543 {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void k2_67274543_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_67274543 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def k2(a: wp.array(dtype=float)):                                                      <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // a[i] = g(a[i]) + f(a[i])                                                               <L 46>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = g_1(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = f_2(var_6);
    var_7 = wp::add(var_2, var_5);
    wp::array_store(var_a, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void k2_67274543_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_67274543 *_wp_args,
    wp_args_k2_67274543 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def k2(a: wp.array(dtype=float)):                                                      <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // a[i] = g(a[i]) + f(a[i])                                                               <L 46>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = g_1(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = f_2(var_6);
    var_7 = wp::add(var_2, var_5);
    // wp::array_store(var_a, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    adj_f_2(var_6, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    adj_g_1(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = g(a[i]) + f(a[i])                                                          <L 46>
    // adj: i = wp.tid()                                                                      <L 45>
    // adj: def k2(a: wp.array(dtype=float)):                                                 <L 44>
    return;
}



struct k2_67274543_cpu_block_payload_forward
{
    wp_args_k2_67274543* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_67274543_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_67274543_cpu_block_payload_forward* payload = (k2_67274543_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_67274543_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k2_67274543_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_67274543 *_wp_args)
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
        k2_67274543_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_67274543_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k2_67274543_cpu_block_payload_backward
{
    wp_args_k2_67274543* args;
    wp_args_k2_67274543* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_67274543_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_67274543_cpu_block_payload_backward* payload = (k2_67274543_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_67274543_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k2_67274543_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_67274543 *_wp_args,
    wp_args_k2_67274543 *_wp_adj_args)
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
        k2_67274543_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_67274543_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k_92a9478e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<2, wp::float32>> b;
};


template <bool wp_linear_contiguous>
static void k_92a9478e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_92a9478e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                           <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = f(a[i])                                                                         <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = f_2(var_3);
    wp::array_store(var_a, var_0, var_2);
    // b[i] = f(b[i])                                                                         <L 20>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = f_3(var_6);
    wp::array_store(var_b, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void k_92a9478e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_92a9478e *_wp_args,
    wp_args_k_92a9478e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                           <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = f(a[i])                                                                         <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = f_2(var_3);
    // wp::array_store(var_a, var_0, var_2);
    // b[i] = f(b[i])                                                                         <L 20>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = f_3(var_6);
    // wp::array_store(var_b, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_5, adj_b, adj_0, adj_5);
    adj_f_3(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: b[i] = f(b[i])                                                                    <L 20>
    wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
    adj_f_2(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = f(a[i])                                                                    <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                      <L 17>
    return;
}



struct k_92a9478e_cpu_block_payload_forward
{
    wp_args_k_92a9478e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_92a9478e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_92a9478e_cpu_block_payload_forward* payload = (k_92a9478e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_92a9478e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_92a9478e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_92a9478e *_wp_args)
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
        k_92a9478e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_92a9478e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_92a9478e_cpu_block_payload_backward
{
    wp_args_k_92a9478e* args;
    wp_args_k_92a9478e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_92a9478e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_92a9478e_cpu_block_payload_backward* payload = (k_92a9478e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_92a9478e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_92a9478e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_92a9478e *_wp_args,
    wp_args_k_92a9478e *_wp_adj_args)
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
        k_92a9478e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_92a9478e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

