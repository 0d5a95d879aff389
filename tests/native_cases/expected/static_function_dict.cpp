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


// warpsynth/static_function_dict.py:4
static wp::float32 double_it_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def double_it(a: float):                                                               <L 5>
    // return a * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_a, var_0);
    return var_1;
}


// warpsynth/static_function_dict.py:9
static wp::float32 square_it_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def square_it(a: float):                                                               <L 10>
    // return a * a                                                                           <L 11>
    var_0 = wp::mul(var_a, var_a);
    return var_0;
}


// warpsynth/static_function_dict.py:4
static void adj_double_it_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def double_it(a: float):                                                               <L 5>
    // return a * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_a, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a * 2.0                                                                    <L 6>
    // adj: def double_it(a: float):                                                          <L 5>
    return;
}


// warpsynth/static_function_dict.py:9
static void adj_square_it_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
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
    // def square_it(a: float):                                                               <L 10>
    // return a * a                                                                           <L 11>
    var_0 = wp::mul(var_a, var_a);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_a, var_a, adj_a, adj_a, adj_0);
    // adj: return a * a                                                                      <L 11>
    // adj: def square_it(a: float):                                                          <L 10>
    return;
}

struct wp_args_dispatch_c46be2f3 {
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void dispatch_c46be2f3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dispatch_c46be2f3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    //---------
    // forward
    // def dispatch(out: wp.array(dtype=float)):                                              <L 18>
    // out[0] = wp.static(HANDLERS["double"])(3.0)                                            <L 19>
    var_1 = double_it_0(var_0);
    wp::array_store(var_out, var_2, var_1);
    // out[1] = wp.static(HANDLERS['square'])(3.0)                                            <L 20>
    var_4 = square_it_0(var_3);
    wp::array_store(var_out, var_5, var_4);
}



template <bool wp_linear_contiguous>
static void dispatch_c46be2f3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dispatch_c46be2f3 *_wp_args,
    wp_args_dispatch_c46be2f3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    const wp::float32 var_3 = 3.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    //---------
    // forward
    // def dispatch(out: wp.array(dtype=float)):                                              <L 18>
    // out[0] = wp.static(HANDLERS["double"])(3.0)                                            <L 19>
    var_1 = double_it_0(var_0);
    // wp::array_store(var_out, var_2, var_1);
    // out[1] = wp.static(HANDLERS['square'])(3.0)                                            <L 20>
    var_4 = square_it_0(var_3);
    // wp::array_store(var_out, var_5, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_5, var_4, adj_out, adj_5, adj_4);
    adj_square_it_0(var_3, adj_3, adj_4);
    // adj: out[1] = wp.static(HANDLERS['square'])(3.0)                                       <L 20>
    wp::adj_array_store(var_out, var_2, var_1, adj_out, adj_2, adj_1);
    adj_double_it_0(var_0, adj_0, adj_1);
    // adj: out[0] = wp.static(HANDLERS["double"])(3.0)                                       <L 19>
    // adj: def dispatch(out: wp.array(dtype=float)):                                         <L 18>
    return;
}



struct dispatch_c46be2f3_cpu_block_payload_forward
{
    wp_args_dispatch_c46be2f3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dispatch_c46be2f3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dispatch_c46be2f3_cpu_block_payload_forward* payload = (dispatch_c46be2f3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dispatch_c46be2f3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void dispatch_c46be2f3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dispatch_c46be2f3 *_wp_args)
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
        dispatch_c46be2f3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dispatch_c46be2f3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct dispatch_c46be2f3_cpu_block_payload_backward
{
    wp_args_dispatch_c46be2f3* args;
    wp_args_dispatch_c46be2f3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void dispatch_c46be2f3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    dispatch_c46be2f3_cpu_block_payload_backward* payload = (dispatch_c46be2f3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    dispatch_c46be2f3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void dispatch_c46be2f3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dispatch_c46be2f3 *_wp_args,
    wp_args_dispatch_c46be2f3 *_wp_adj_args)
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
        dispatch_c46be2f3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &dispatch_c46be2f3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

