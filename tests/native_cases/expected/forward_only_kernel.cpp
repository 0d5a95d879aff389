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


// warpsynth/forward_only_kernel.py:4
static wp::float32 sq_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def sq(x: float):                                                                      <L 5>
    // return x * x                                                                           <L 6>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/forward_only_kernel.py:9
static wp::float32 shared_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    //---------
    // forward
    // def shared(x: float):                                                                  <L 10>
    // return sq(x) + 1.0                                                                     <L 11>
    var_0 = sq_0(var_x);
    var_2 = wp::add(var_0, var_1);
    return var_2;
}


// warpsynth/forward_only_kernel.py:4
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
    // def sq(x: float):                                                                      <L 5>
    // return x * x                                                                           <L 6>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 6>
    // adj: def sq(x: float):                                                                 <L 5>
    return;
}


// warpsynth/forward_only_kernel.py:9
static void adj_shared_0(
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
    // def shared(x: float):                                                                  <L 10>
    // return sq(x) + 1.0                                                                     <L 11>
    var_0 = sq_0(var_x);
    var_2 = wp::add(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    adj_sq_0(var_x, adj_x, adj_0);
    // adj: return sq(x) + 1.0                                                                <L 11>
    // adj: def shared(x: float):                                                             <L 10>
    return;
}

struct wp_args_with_backward_3c877d1a {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void with_backward_3c877d1a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_with_backward_3c877d1a *_wp_args)
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
    //---------
    // forward
    // def with_backward(a: wp.array(dtype=float)):                                           <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // a[i] = shared(a[i])                                                                    <L 23>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = shared_0(var_3);
    wp::array_store(var_a, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void with_backward_3c877d1a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_with_backward_3c877d1a *_wp_args,
    wp_args_with_backward_3c877d1a *_wp_adj_args)
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
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def with_backward(a: wp.array(dtype=float)):                                           <L 21>
    // i = wp.tid()                                                                           <L 22>
    var_0 = builtin_tid1d();
    // a[i] = shared(a[i])                                                                    <L 23>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = shared_0(var_3);
    // wp::array_store(var_a, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
    adj_shared_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = shared(a[i])                                                               <L 23>
    // adj: i = wp.tid()                                                                      <L 22>
    // adj: def with_backward(a: wp.array(dtype=float)):                                      <L 21>
    return;
}



struct with_backward_3c877d1a_cpu_block_payload_forward
{
    wp_args_with_backward_3c877d1a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void with_backward_3c877d1a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    with_backward_3c877d1a_cpu_block_payload_forward* payload = (with_backward_3c877d1a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    with_backward_3c877d1a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void with_backward_3c877d1a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_with_backward_3c877d1a *_wp_args)
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
        with_backward_3c877d1a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &with_backward_3c877d1a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct with_backward_3c877d1a_cpu_block_payload_backward
{
    wp_args_with_backward_3c877d1a* args;
    wp_args_with_backward_3c877d1a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void with_backward_3c877d1a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    with_backward_3c877d1a_cpu_block_payload_backward* payload = (with_backward_3c877d1a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    with_backward_3c877d1a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void with_backward_3c877d1a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_with_backward_3c877d1a *_wp_args,
    wp_args_with_backward_3c877d1a *_wp_adj_args)
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
        with_backward_3c877d1a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &with_backward_3c877d1a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_forward_only_b8a7a46f {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void forward_only_b8a7a46f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_forward_only_b8a7a46f *_wp_args)
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
    // def forward_only(a: wp.array(dtype=float)):                                            <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a[i] = sq(a[i]) + shared(a[i])                                                         <L 17>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = sq_0(var_3);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = shared_0(var_6);
    var_7 = wp::add(var_2, var_5);
    wp::array_store(var_a, var_0, var_7);
}



struct forward_only_b8a7a46f_cpu_block_payload_forward
{
    wp_args_forward_only_b8a7a46f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void forward_only_b8a7a46f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    forward_only_b8a7a46f_cpu_block_payload_forward* payload = (forward_only_b8a7a46f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    forward_only_b8a7a46f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void forward_only_b8a7a46f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_forward_only_b8a7a46f *_wp_args)
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
        forward_only_b8a7a46f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &forward_only_b8a7a46f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

