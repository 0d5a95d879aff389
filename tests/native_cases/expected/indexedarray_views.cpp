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


// warpsynth/indexedarray_views.py:4
static wp::float32 row_sum_0(
    wp::indexedarray_t<wp::float32> var_row,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def row_sum(row: wp.indexedarray[float], n: int):                                      <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for j in range(n):                                                                     <L 7>
    var_2 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // s += row[j]                                                                        <L 8>
        var_4 = wp::address(var_row, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 9>
    return var_1;
}


// warpsynth/indexedarray_views.py:4
static void adj_row_sum_0(
    wp::indexedarray_t<wp::float32> var_row,
    wp::int32 var_n,
    wp::array_t<wp::float32> & adj_row,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def row_sum(row: wp.indexedarray[float], n: int):                                      <L 5>
    // s = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for j in range(n):                                                                     <L 7>
    var_2 = wp::range(var_n);
    // return s                                                                               <L 9>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 9>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
        // s += row[j]                                                                        <L 8>
        var_4 = wp::address(var_row, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        wp::adj_assign(var_1, var_5, adj_1, adj_5);
        wp::adj_add(var_1, var_6, adj_1, adj_4, adj_5);
        wp::adj_address(var_row, var_3, adj_row, adj_3, adj_4);
        // adj: s += row[j]                                                                   <L 8>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(n):                                                                <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 6>
    // adj: def row_sum(row: wp.indexedarray[float], n: int):                                 <L 5>
    return;
}

struct wp_args_views_ba72b95d {
    wp::indexedarray_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void views_ba72b95d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_ba72b95d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::indexedarray_t<wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::indexedarray_t<wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    //---------
    // forward
    // def views(a: wp.indexedarray3d(dtype=float), out: wp.array[float]):                    <L 13>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // plane = a[i]                                                                           <L 15>
    var_1 = wp::view(var_a, var_0);
    // row = plane[0]                                                                         <L 16>
    var_3 = wp::view(var_1, var_2);
    // out[i] = row_sum(row, row.shape[0]) + a[i, 1][0]                                       <L 17>
    var_4 = &(var_3.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = row_sum_0(var_3, var_6);
    var_11 = wp::address(var_a, var_0, var_9, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_8, var_13);
    wp::array_store(var_out, var_0, var_12);
    // row[1] = out[i]                                                                        <L 18>
    var_14 = wp::address(var_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    wp::array_store(var_3, var_17, var_15);
}



template <bool wp_linear_contiguous>
static void views_ba72b95d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_ba72b95d *_wp_args,
    wp_args_views_ba72b95d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::indexedarray_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::indexedarray_t<wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::indexedarray_t<wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::indexedarray_t<wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::indexedarray_t<wp::float32> adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def views(a: wp.indexedarray3d(dtype=float), out: wp.array[float]):                    <L 13>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // plane = a[i]                                                                           <L 15>
    var_1 = wp::view(var_a, var_0);
    // row = plane[0]                                                                         <L 16>
    var_3 = wp::view(var_1, var_2);
    // out[i] = row_sum(row, row.shape[0]) + a[i, 1][0]                                       <L 17>
    var_4 = &(var_3.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = row_sum_0(var_3, var_6);
    var_11 = wp::address(var_a, var_0, var_9, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_8, var_13);
    // wp::array_store(var_out, var_0, var_12);
    // row[1] = out[i]                                                                        <L 18>
    var_14 = wp::address(var_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // wp::array_store(var_3, var_17, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_3, var_17, var_15, adj_3, adj_17, adj_15);
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_14);
    // adj: row[1] = out[i]                                                                   <L 18>
    wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
    wp::adj_add(var_8, var_13, adj_8, adj_11, adj_12);
    wp::adj_address(var_a, var_0, var_9, var_10, adj_a, adj_0, adj_9, adj_10, adj_11);
    adj_row_sum_0(var_3, var_6, adj_3, adj_6, adj_8);
    adj_3.shape = adj_4;
    // adj: out[i] = row_sum(row, row.shape[0]) + a[i, 1][0]                                  <L 17>
    wp::adj_view(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: row = plane[0]                                                                    <L 16>
    wp::adj_view(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: plane = a[i]                                                                      <L 15>
    // adj: i = wp.tid()                                                                      <L 14>
    // adj: def views(a: wp.indexedarray3d(dtype=float), out: wp.array[float]):               <L 13>
    return;
}



struct views_ba72b95d_cpu_block_payload_forward
{
    wp_args_views_ba72b95d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_ba72b95d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_ba72b95d_cpu_block_payload_forward* payload = (views_ba72b95d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_ba72b95d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void views_ba72b95d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_ba72b95d *_wp_args)
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
        views_ba72b95d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_ba72b95d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct views_ba72b95d_cpu_block_payload_backward
{
    wp_args_views_ba72b95d* args;
    wp_args_views_ba72b95d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_ba72b95d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_ba72b95d_cpu_block_payload_backward* payload = (views_ba72b95d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_ba72b95d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void views_ba72b95d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_ba72b95d *_wp_args,
    wp_args_views_ba72b95d *_wp_adj_args)
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
        views_ba72b95d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_ba72b95d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

