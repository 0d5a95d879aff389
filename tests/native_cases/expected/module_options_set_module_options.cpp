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


// warpsynth/module_options_set_module_options.py:7
static wp::float32 damp_0(
    wp::float32 var_x,
    wp::float32 var_k)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def damp(x: float, k: float):                                                          <L 8>
    // return x * wp.exp(-k)                                                                  <L 9>
    var_0 = wp::neg(var_k);
    var_1 = wp::exp(var_0);
    var_2 = wp::mul(var_x, var_1);
    return var_2;
}


// warpsynth/module_options_set_module_options.py:7
static void adj_damp_0(
    wp::float32 var_x,
    wp::float32 var_k,
    wp::float32 & adj_x,
    wp::float32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def damp(x: float, k: float):                                                          <L 8>
    // return x * wp.exp(-k)                                                                  <L 9>
    var_0 = wp::neg(var_k);
    var_1 = wp::exp(var_0);
    var_2 = wp::mul(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_exp(var_0, var_1, adj_0, adj_1);
    wp::adj_neg(var_k, adj_k, adj_0);
    // adj: return x * wp.exp(-k)                                                             <L 9>
    // adj: def damp(x: float, k: float):                                                     <L 8>
    return;
}

struct wp_args_decay_2deab4ee {
    wp::array_t<wp::float32> v;
    wp::float32 k;
};


template <bool wp_linear_contiguous>
static void decay_2deab4ee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_decay_2deab4ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def decay(v: wp.array(dtype=float), k: float):                                         <L 13>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // v[i] = damp(v[i], k)                                                                   <L 15>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = damp_0(var_3, var_k);
    wp::array_store(var_v, var_0, var_2);
}



struct decay_2deab4ee_cpu_block_payload_forward
{
    wp_args_decay_2deab4ee* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void decay_2deab4ee_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    decay_2deab4ee_cpu_block_payload_forward* payload = (decay_2deab4ee_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    decay_2deab4ee_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void decay_2deab4ee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_decay_2deab4ee *_wp_args)
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
        decay_2deab4ee_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &decay_2deab4ee_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_decay_grad_d89e1b9f {
    wp::array_t<wp::float32> v;
    wp::array_t<wp::float32> out;
    wp::float32 k;
};


template <bool wp_linear_contiguous>
static void decay_grad_d89e1b9f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_decay_grad_d89e1b9f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    //---------
    // forward
    // def decay_grad(v: wp.array(dtype=float), out: wp.array(dtype=float), k: float):        <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // out[i] = damp(v[i], k) * 2.0                                                           <L 24>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = damp_0(var_3, var_k);
    var_5 = wp::mul(var_2, var_4);
    wp::array_store(var_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void decay_grad_d89e1b9f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_decay_grad_d89e1b9f *_wp_args,
    wp_args_decay_grad_d89e1b9f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def decay_grad(v: wp.array(dtype=float), out: wp.array(dtype=float), k: float):        <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // out[i] = damp(v[i], k) * 2.0                                                           <L 24>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = damp_0(var_3, var_k);
    var_5 = wp::mul(var_2, var_4);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    adj_damp_0(var_3, var_k, adj_1, adj_k, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: out[i] = damp(v[i], k) * 2.0                                                      <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def decay_grad(v: wp.array(dtype=float), out: wp.array(dtype=float), k: float):   <L 22>
    return;
}



struct decay_grad_d89e1b9f_cpu_block_payload_forward
{
    wp_args_decay_grad_d89e1b9f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void decay_grad_d89e1b9f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    decay_grad_d89e1b9f_cpu_block_payload_forward* payload = (decay_grad_d89e1b9f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    decay_grad_d89e1b9f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void decay_grad_d89e1b9f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_decay_grad_d89e1b9f *_wp_args)
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
        decay_grad_d89e1b9f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &decay_grad_d89e1b9f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct decay_grad_d89e1b9f_cpu_block_payload_backward
{
    wp_args_decay_grad_d89e1b9f* args;
    wp_args_decay_grad_d89e1b9f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void decay_grad_d89e1b9f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    decay_grad_d89e1b9f_cpu_block_payload_backward* payload = (decay_grad_d89e1b9f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    decay_grad_d89e1b9f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void decay_grad_d89e1b9f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_decay_grad_d89e1b9f *_wp_args,
    wp_args_decay_grad_d89e1b9f *_wp_adj_args)
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
        decay_grad_d89e1b9f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &decay_grad_d89e1b9f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

