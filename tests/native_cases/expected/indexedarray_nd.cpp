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

struct wp_args_copy2d_5eea500d {
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::vec_t<3, wp::float32>> dst;
};


template <bool wp_linear_contiguous>
static void copy2d_5eea500d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy2d_5eea500d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // v = src[i, j]                                                                          <L 7>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = v * 2.0                                                                    <L 8>
    var_6 = wp::mul(var_3, var_5);
    wp::array_store(var_dst, var_0, var_1, var_6);
    // src[i, j] = wp.normalize(v)                                                            <L 9>
    var_7 = wp::normalize(var_3);
    wp::array_store(var_src, var_0, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void copy2d_5eea500d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy2d_5eea500d *_wp_args,
    wp_args_copy2d_5eea500d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // v = src[i, j]                                                                          <L 7>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = v * 2.0                                                                    <L 8>
    var_6 = wp::mul(var_3, var_5);
    // wp::array_store(var_dst, var_0, var_1, var_6);
    // src[i, j] = wp.normalize(v)                                                            <L 9>
    var_7 = wp::normalize(var_3);
    // wp::array_store(var_src, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_src, var_0, var_1, var_7, adj_src, adj_0, adj_1, adj_7);
    wp::adj_normalize(var_3, var_7, adj_3, adj_7);
    // adj: src[i, j] = wp.normalize(v)                                                       <L 9>
    wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: dst[i, j] = v * 2.0                                                               <L 8>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
    // adj: v = src[i, j]                                                                     <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):  <L 5>
    return;
}



struct copy2d_5eea500d_cpu_block_payload_forward
{
    wp_args_copy2d_5eea500d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy2d_5eea500d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy2d_5eea500d_cpu_block_payload_forward* payload = (copy2d_5eea500d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy2d_5eea500d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy2d_5eea500d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy2d_5eea500d *_wp_args)
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
        copy2d_5eea500d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy2d_5eea500d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy2d_5eea500d_cpu_block_payload_backward
{
    wp_args_copy2d_5eea500d* args;
    wp_args_copy2d_5eea500d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy2d_5eea500d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy2d_5eea500d_cpu_block_payload_backward* payload = (copy2d_5eea500d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy2d_5eea500d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy2d_5eea500d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy2d_5eea500d *_wp_args,
    wp_args_copy2d_5eea500d *_wp_adj_args)
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
        copy2d_5eea500d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy2d_5eea500d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_mats_afc576fa {
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void mats_afc576fa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mats_afc576fa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    //---------
    // forward
    // def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // out[i] = wp.transpose(m[i]) * m[i]                                                     <L 24>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::transpose(var_3);
    var_4 = wp::address(var_m, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    wp::array_store(var_out, var_0, var_5);
    // m[i] += out[i]                                                                         <L 25>
    var_7 = wp::address(var_out, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::atomic_add(var_m, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void mats_afc576fa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mats_afc576fa *_wp_args,
    wp_args_mats_afc576fa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                       <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // out[i] = wp.transpose(m[i]) * m[i]                                                     <L 24>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::transpose(var_3);
    var_4 = wp::address(var_m, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_2, var_6);
    // wp::array_store(var_out, var_0, var_5);
    // m[i] += out[i]                                                                         <L 25>
    var_7 = wp::address(var_out, var_0);
    var_9 = wp::load(var_7);
    // var_8 = wp::atomic_add(var_m, var_0, var_9);
    //---------
    // reverse
    wp::adj_atomic_add(var_m, var_0, var_9, adj_m, adj_0, adj_7, adj_8);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_7);
    // adj: m[i] += out[i]                                                                    <L 25>
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_4);
    wp::adj_transpose(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: out[i] = wp.transpose(m[i]) * m[i]                                                <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                  <L 22>
    return;
}



struct mats_afc576fa_cpu_block_payload_forward
{
    wp_args_mats_afc576fa* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mats_afc576fa_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mats_afc576fa_cpu_block_payload_forward* payload = (mats_afc576fa_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mats_afc576fa_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void mats_afc576fa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mats_afc576fa *_wp_args)
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
        mats_afc576fa_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mats_afc576fa_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct mats_afc576fa_cpu_block_payload_backward
{
    wp_args_mats_afc576fa* args;
    wp_args_mats_afc576fa* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mats_afc576fa_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mats_afc576fa_cpu_block_payload_backward* payload = (mats_afc576fa_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mats_afc576fa_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void mats_afc576fa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mats_afc576fa *_wp_args,
    wp_args_mats_afc576fa *_wp_adj_args)
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
        mats_afc576fa_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mats_afc576fa_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_add3d_b34d42f9 {
    wp::indexedarray_t<wp::float64> a;
    wp::indexedarray_t<wp::float64> out;
};


template <bool wp_linear_contiguous>
static void add3d_b34d42f9_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_add3d_b34d42f9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float64> var_a = _wp_args->a;
    wp::indexedarray_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float64* var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // forward
    // def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):       <L 13>
    // i, j, k = wp.tid()                                                                     <L 14>
    builtin_tid3d(var_0, var_1, var_2);
    // out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                           <L 15>
    var_3 = wp::address(var_a, var_0, var_1, var_2);
    var_4 = 0.5;
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_6, var_4);
    var_7 = wp::atomic_sub(var_out, var_0, var_1, var_2, var_5);
    // n = a.shape[2]                                                                         <L 16>
    var_8 = &(var_a.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // if k < n - 1:                                                                          <L 17>
    var_13 = wp::sub(var_10, var_12);
    var_14 = (var_2 < var_13);
    if (var_14) {
        // out[i, j, k + 1] = a[i, j, k]                                                      <L 18>
        var_15 = wp::address(var_a, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        var_19 = wp::add(var_2, var_18);
        wp::array_store(var_out, var_0, var_1, var_19, var_16);
    }
}



template <bool wp_linear_contiguous>
static void add3d_b34d42f9_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_add3d_b34d42f9 *_wp_args,
    wp_args_add3d_b34d42f9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float64> var_a = _wp_args->a;
    wp::indexedarray_t<wp::float64> var_out = _wp_args->out;
    wp::indexedarray_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::indexedarray_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float64* var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    bool var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):       <L 13>
    // i, j, k = wp.tid()                                                                     <L 14>
    builtin_tid3d(var_0, var_1, var_2);
    // out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                           <L 15>
    var_3 = wp::address(var_a, var_0, var_1, var_2);
    var_4 = 0.5;
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_6, var_4);
    // var_7 = wp::atomic_sub(var_out, var_0, var_1, var_2, var_5);
    // n = a.shape[2]                                                                         <L 16>
    var_8 = &(var_a.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // if k < n - 1:                                                                          <L 17>
    var_13 = wp::sub(var_10, var_12);
    var_14 = (var_2 < var_13);
    if (var_14) {
        // out[i, j, k + 1] = a[i, j, k]                                                      <L 18>
        var_15 = wp::address(var_a, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        var_19 = wp::add(var_2, var_18);
        // wp::array_store(var_out, var_0, var_1, var_19, var_16);
    }
    //---------
    // reverse
    if (var_14) {
        wp::adj_array_store(var_out, var_0, var_1, var_19, var_16, adj_out, adj_0, adj_1, adj_19, adj_16);
        wp::adj_add(var_2, var_18, adj_2, adj_18, adj_19);
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_a, var_0, var_1, var_2, adj_a, adj_0, adj_1, adj_2, adj_15);
        // adj: out[i, j, k + 1] = a[i, j, k]                                                 <L 18>
    }
    wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
    // adj: if k < n - 1:                                                                     <L 17>
    adj_a.shape = adj_8;
    // adj: n = a.shape[2]                                                                    <L 16>
    wp::adj_atomic_sub(var_out, var_0, var_1, var_2, var_5, adj_out, adj_0, adj_1, adj_2, adj_5, adj_7);
    wp::adj_mul(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_a, var_0, var_1, var_2, adj_a, adj_0, adj_1, adj_2, adj_3);
    // adj: out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                      <L 15>
    // adj: i, j, k = wp.tid()                                                                <L 14>
    // adj: def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):  <L 13>
    return;
}



struct add3d_b34d42f9_cpu_block_payload_forward
{
    wp_args_add3d_b34d42f9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add3d_b34d42f9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    add3d_b34d42f9_cpu_block_payload_forward* payload = (add3d_b34d42f9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add3d_b34d42f9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add3d_b34d42f9_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_add3d_b34d42f9 *_wp_args)
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
        add3d_b34d42f9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add3d_b34d42f9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add3d_b34d42f9_cpu_block_payload_backward
{
    wp_args_add3d_b34d42f9* args;
    wp_args_add3d_b34d42f9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add3d_b34d42f9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    add3d_b34d42f9_cpu_block_payload_backward* payload = (add3d_b34d42f9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add3d_b34d42f9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add3d_b34d42f9_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_add3d_b34d42f9 *_wp_args,
    wp_args_add3d_b34d42f9 *_wp_adj_args)
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
        add3d_b34d42f9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add3d_b34d42f9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

