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


// warpsynth/wp_static_functions.py:8
static wp::float32 square_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def square(x: float):                                                                  <L 9>
    // return x * x                                                                           <L 10>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/wp_static_functions.py:18
static wp::float32 apply_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // forward
    // def apply(x: float):                                                                   <L 19>
    // return wp.static(cube if FAST else square)(x) + 1.0                                    <L 20>
    var_0 = square_0(var_x);
    var_2 = wp::add(var_0, var_1);
    return var_2;
}


// warpsynth/wp_static_functions.py:8
static void adj_square_0(
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
    // def square(x: float):                                                                  <L 9>
    // return x * x                                                                           <L 10>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 10>
    // adj: def square(x: float):                                                             <L 9>
    return;
}


// warpsynth/wp_static_functions.py:18
static void adj_apply_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
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
    // def apply(x: float):                                                                   <L 19>
    // return wp.static(cube if FAST else square)(x) + 1.0                                    <L 20>
    var_0 = square_0(var_x);
    var_2 = wp::add(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    adj_square_0(var_x, adj_x, adj_0);
    // adj: return wp.static(cube if FAST else square)(x) + 1.0                               <L 20>
    // adj: def apply(x: float):                                                              <L 19>
    return;
}

struct wp_args_k_7aa9511f {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_7aa9511f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_7aa9511f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
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
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // out[i] = wp.static(square)(a[i]) + apply(a[i]) + wp.static(FAST and cube or square)(2.0)       <L 26>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = square_0(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = apply_0(var_6);
    var_7 = wp::add(var_2, var_5);
    var_9 = square_0(var_8);
    var_10 = wp::add(var_7, var_9);
    wp::array_store(var_out, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void k_7aa9511f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_7aa9511f *_wp_args,
    wp_args_k_7aa9511f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
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
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // out[i] = wp.static(square)(a[i]) + apply(a[i]) + wp.static(FAST and cube or square)(2.0)       <L 26>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = square_0(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = apply_0(var_6);
    var_7 = wp::add(var_2, var_5);
    var_9 = square_0(var_8);
    var_10 = wp::add(var_7, var_9);
    // wp::array_store(var_out, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    adj_square_0(var_8, adj_8, adj_9);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    adj_apply_0(var_6, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    adj_square_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: out[i] = wp.static(square)(a[i]) + apply(a[i]) + wp.static(FAST and cube or square)(2.0)  <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 24>
    return;
}



struct k_7aa9511f_cpu_block_payload_forward
{
    wp_args_k_7aa9511f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_7aa9511f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_7aa9511f_cpu_block_payload_forward* payload = (k_7aa9511f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_7aa9511f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_7aa9511f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_7aa9511f *_wp_args)
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
        k_7aa9511f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_7aa9511f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_7aa9511f_cpu_block_payload_backward
{
    wp_args_k_7aa9511f* args;
    wp_args_k_7aa9511f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_7aa9511f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_7aa9511f_cpu_block_payload_backward* payload = (k_7aa9511f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_7aa9511f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_7aa9511f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_7aa9511f *_wp_args,
    wp_args_k_7aa9511f *_wp_adj_args)
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
        k_7aa9511f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_7aa9511f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

