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


// warpsynth/array1d_annotations.py:5
static wp::float32 scale_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def scale(a: wp.array1d(dtype=float), i: int) -> float:                                <L 6>
    // return a[i] * 2.0                                                                      <L 7>
    var_0 = wp::address(var_a, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    return var_2;
}


// warpsynth/array1d_annotations.py:5
static void adj_scale_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
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
    // def scale(a: wp.array1d(dtype=float), i: int) -> float:                                <L 6>
    // return a[i] * 2.0                                                                      <L 7>
    var_0 = wp::address(var_a, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_3, var_1, adj_0, adj_1, adj_2);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: return a[i] * 2.0                                                                 <L 7>
    // adj: def scale(a: wp.array1d(dtype=float), i: int) -> float:                           <L 6>
    return;
}

struct wp_args_k_3d9d68f3 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void k_3d9d68f3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_3d9d68f3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def k(a: wp.array1d(dtype=wp.vec3f), b: wp.array1d[float], c: wp.array2d(dtype=float)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // b[i] = wp.length(a[i]) + scale(b, i) + c[i, 0]                                         <L 13>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    var_4 = scale_0(var_b, var_0);
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::address(var_c, var_0, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_5, var_9);
    wp::array_store(var_b, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void k_3d9d68f3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_3d9d68f3 *_wp_args,
    wp_args_k_3d9d68f3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def k(a: wp.array1d(dtype=wp.vec3f), b: wp.array1d[float], c: wp.array2d(dtype=float)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // b[i] = wp.length(a[i]) + scale(b, i) + c[i, 0]                                         <L 13>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::length(var_3);
    var_4 = scale_0(var_b, var_0);
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::address(var_c, var_0, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_5, var_9);
    // wp::array_store(var_b, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_8, adj_b, adj_0, adj_8);
    wp::adj_add(var_5, var_9, adj_5, adj_7, adj_8);
    wp::adj_address(var_c, var_0, var_6, adj_c, adj_0, adj_6, adj_7);
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    adj_scale_0(var_b, var_0, adj_b, adj_0, adj_4);
    wp::adj_length(var_3, var_2, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: b[i] = wp.length(a[i]) + scale(b, i) + c[i, 0]                                    <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def k(a: wp.array1d(dtype=wp.vec3f), b: wp.array1d[float], c: wp.array2d(dtype=float)):  <L 11>
    return;
}



struct k_3d9d68f3_cpu_block_payload_forward
{
    wp_args_k_3d9d68f3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_3d9d68f3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_3d9d68f3_cpu_block_payload_forward* payload = (k_3d9d68f3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_3d9d68f3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_3d9d68f3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_3d9d68f3 *_wp_args)
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
        k_3d9d68f3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_3d9d68f3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_3d9d68f3_cpu_block_payload_backward
{
    wp_args_k_3d9d68f3* args;
    wp_args_k_3d9d68f3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_3d9d68f3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_3d9d68f3_cpu_block_payload_backward* payload = (k_3d9d68f3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_3d9d68f3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_3d9d68f3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_3d9d68f3 *_wp_args,
    wp_args_k_3d9d68f3 *_wp_adj_args)
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
        k_3d9d68f3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_3d9d68f3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

