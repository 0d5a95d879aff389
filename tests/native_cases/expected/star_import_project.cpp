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


// warpsynth/star_import_project.py:11
static wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def twice(x: float):                                                                   <L 12>
    // return x + x                                                                           <L 13>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/star_import_project.py:11
static void adj_twice_0(
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
    // def twice(x: float):                                                                   <L 12>
    // return x + x                                                                           <L 13>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 13>
    // adj: def twice(x: float):                                                              <L 12>
    return;
}

struct wp_args_scale_339efdda {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::float32 k;
};


template <bool wp_linear_contiguous>
static void scale_339efdda_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_339efdda *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def scale(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), k: float):             <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * k                                                                 <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_k);
    wp::array_store(var_a, var_0, var_4);
    // b[i] = b[i] + wp.vec3(k, 0.0, 1.0)                                                     <L 20>
    var_5 = wp::address(var_b, var_0);
    var_8 = wp::vec_t<3, wp::float32>(var_k, var_6, var_7);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_8);
    wp::array_store(var_b, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void scale_339efdda_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_339efdda *_wp_args,
    wp_args_scale_339efdda *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::float32 var_k = _wp_args->k;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def scale(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), k: float):             <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * k                                                                 <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_k);
    // wp::array_store(var_a, var_0, var_4);
    // b[i] = b[i] + wp.vec3(k, 0.0, 1.0)                                                     <L 20>
    var_5 = wp::address(var_b, var_0);
    var_8 = wp::vec_t<3, wp::float32>(var_k, var_6, var_7);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_8);
    // wp::array_store(var_b, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_9, adj_b, adj_0, adj_9);
    wp::adj_add(var_10, var_8, adj_5, adj_8, adj_9);
    wp::adj_vec_t(var_k, var_6, var_7, adj_k, adj_6, adj_7, adj_8);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
    // adj: b[i] = b[i] + wp.vec3(k, 0.0, 1.0)                                                <L 20>
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    wp::adj_mul(var_2, var_k, adj_2, adj_k, adj_4);
    adj_twice_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = twice(a[i]) * k                                                            <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def scale(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), k: float):        <L 17>
    return;
}



struct scale_339efdda_cpu_block_payload_forward
{
    wp_args_scale_339efdda* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_339efdda_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_339efdda_cpu_block_payload_forward* payload = (scale_339efdda_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_339efdda_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_339efdda_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_339efdda *_wp_args)
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
        scale_339efdda_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_339efdda_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scale_339efdda_cpu_block_payload_backward
{
    wp_args_scale_339efdda* args;
    wp_args_scale_339efdda* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_339efdda_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_339efdda_cpu_block_payload_backward* payload = (scale_339efdda_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_339efdda_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scale_339efdda_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_339efdda *_wp_args,
    wp_args_scale_339efdda *_wp_adj_args)
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
        scale_339efdda_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_339efdda_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

