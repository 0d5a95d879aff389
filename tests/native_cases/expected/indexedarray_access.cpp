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


// warpsynth/indexedarray_access.py:4
static wp::float32 scaled_0(
    wp::indexedarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):                    <L 5>
    // return values[i] * s                                                                   <L 6>
    var_0 = wp::address(var_values, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_s);
    return var_1;
}


// warpsynth/indexedarray_access.py:4
static void adj_scaled_0(
    wp::indexedarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::float32 var_s,
    wp::array_t<wp::float32> & adj_values,
    wp::int32 & adj_i,
    wp::float32 & adj_s,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):                    <L 5>
    // return values[i] * s                                                                   <L 6>
    var_0 = wp::address(var_values, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_2, var_s, adj_0, adj_s, adj_1);
    wp::adj_address(var_values, var_i, adj_values, adj_i, adj_0);
    // adj: return values[i] * s                                                              <L 6>
    // adj: def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):               <L 5>
    return;
}

struct wp_args_gather_15ac8596 {
    wp::indexedarray_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
    wp::float32 s;
};


template <bool wp_linear_contiguous>
static void gather_15ac8596_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_15ac8596 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):               <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // dst[i] = scaled(src, i, s) + float(src.shape[0])                                       <L 12>
    var_1 = scaled_0(var_src, var_0, var_s);
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::float(var_4);
    var_7 = wp::add(var_1, var_6);
    wp::array_store(var_dst, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void gather_15ac8596_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_15ac8596 *_wp_args,
    wp_args_gather_15ac8596 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_s = _wp_args->s;
    wp::indexedarray_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    wp::float32 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):               <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // dst[i] = scaled(src, i, s) + float(src.shape[0])                                       <L 12>
    var_1 = scaled_0(var_src, var_0, var_s);
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::float(var_4);
    var_7 = wp::add(var_1, var_6);
    // wp::array_store(var_dst, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_7, adj_dst, adj_0, adj_7);
    wp::adj_add(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_float(var_4, adj_4, adj_6);
    adj_src.shape = adj_2;
    adj_scaled_0(var_src, var_0, var_s, adj_src, adj_0, adj_s, adj_1);
    // adj: dst[i] = scaled(src, i, s) + float(src.shape[0])                                  <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):          <L 10>
    return;
}



struct gather_15ac8596_cpu_block_payload_forward
{
    wp_args_gather_15ac8596* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gather_15ac8596_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gather_15ac8596_cpu_block_payload_forward* payload = (gather_15ac8596_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gather_15ac8596_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void gather_15ac8596_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_15ac8596 *_wp_args)
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
        gather_15ac8596_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gather_15ac8596_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct gather_15ac8596_cpu_block_payload_backward
{
    wp_args_gather_15ac8596* args;
    wp_args_gather_15ac8596* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gather_15ac8596_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gather_15ac8596_cpu_block_payload_backward* payload = (gather_15ac8596_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gather_15ac8596_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void gather_15ac8596_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_15ac8596 *_wp_args,
    wp_args_gather_15ac8596 *_wp_adj_args)
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
        gather_15ac8596_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gather_15ac8596_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_accumulate_514e1cf1 {
    wp::array_t<wp::float32> src;
    wp::indexedarray_t<wp::float32> dst;
};


template <bool wp_linear_contiguous>
static void accumulate_514e1cf1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_514e1cf1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::indexedarray_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):               <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // dst[i] += src[i]                                                                       <L 24>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::atomic_add(var_dst, var_0, var_3);
    // wp.atomic_add(dst, 0, src[i])                                                          <L 25>
    var_5 = wp::address(var_src, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::atomic_add(var_dst, var_4, var_7);
}



template <bool wp_linear_contiguous>
static void accumulate_514e1cf1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_514e1cf1 *_wp_args,
    wp_args_accumulate_514e1cf1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::indexedarray_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::indexedarray_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):               <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // dst[i] += src[i]                                                                       <L 24>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    // var_2 = wp::atomic_add(var_dst, var_0, var_3);
    // wp.atomic_add(dst, 0, src[i])                                                          <L 25>
    var_5 = wp::address(var_src, var_0);
    var_7 = wp::load(var_5);
    // var_6 = wp::atomic_add(var_dst, var_4, var_7);
    //---------
    // reverse
    wp::adj_atomic_add(var_dst, var_4, var_7, adj_dst, adj_4, adj_5, adj_6);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_5);
    // adj: wp.atomic_add(dst, 0, src[i])                                                     <L 25>
    wp::adj_atomic_add(var_dst, var_0, var_3, adj_dst, adj_0, adj_1, adj_2);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
    // adj: dst[i] += src[i]                                                                  <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):          <L 22>
    return;
}



struct accumulate_514e1cf1_cpu_block_payload_forward
{
    wp_args_accumulate_514e1cf1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_514e1cf1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_514e1cf1_cpu_block_payload_forward* payload = (accumulate_514e1cf1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_514e1cf1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_514e1cf1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_514e1cf1 *_wp_args)
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
        accumulate_514e1cf1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_514e1cf1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_514e1cf1_cpu_block_payload_backward
{
    wp_args_accumulate_514e1cf1* args;
    wp_args_accumulate_514e1cf1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_514e1cf1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_514e1cf1_cpu_block_payload_backward* payload = (accumulate_514e1cf1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_514e1cf1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_514e1cf1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_514e1cf1 *_wp_args,
    wp_args_accumulate_514e1cf1 *_wp_adj_args)
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
        accumulate_514e1cf1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_514e1cf1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scatter_d98bd63d {
    wp::array_t<wp::float32> src;
    wp::indexedarray_t<wp::float32> dst;
};


template <bool wp_linear_contiguous>
static void scatter_d98bd63d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_d98bd63d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::indexedarray_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                        <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // dst[i] = src[i] * 2.0                                                                  <L 18>
    var_1 = wp::address(var_src, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    wp::array_store(var_dst, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void scatter_d98bd63d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_d98bd63d *_wp_args,
    wp_args_scatter_d98bd63d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::indexedarray_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::indexedarray_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                        <L 16>
    // i = wp.tid()                                                                           <L 17>
    var_0 = builtin_tid1d();
    // dst[i] = src[i] * 2.0                                                                  <L 18>
    var_1 = wp::address(var_src, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // wp::array_store(var_dst, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_3, adj_dst, adj_0, adj_3);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
    // adj: dst[i] = src[i] * 2.0                                                             <L 18>
    // adj: i = wp.tid()                                                                      <L 17>
    // adj: def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                   <L 16>
    return;
}



struct scatter_d98bd63d_cpu_block_payload_forward
{
    wp_args_scatter_d98bd63d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scatter_d98bd63d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scatter_d98bd63d_cpu_block_payload_forward* payload = (scatter_d98bd63d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scatter_d98bd63d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_d98bd63d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_d98bd63d *_wp_args)
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
        scatter_d98bd63d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scatter_d98bd63d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scatter_d98bd63d_cpu_block_payload_backward
{
    wp_args_scatter_d98bd63d* args;
    wp_args_scatter_d98bd63d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scatter_d98bd63d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scatter_d98bd63d_cpu_block_payload_backward* payload = (scatter_d98bd63d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scatter_d98bd63d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scatter_d98bd63d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_d98bd63d *_wp_args,
    wp_args_scatter_d98bd63d *_wp_adj_args)
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
        scatter_d98bd63d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scatter_d98bd63d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

