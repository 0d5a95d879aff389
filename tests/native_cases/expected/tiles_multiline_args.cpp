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

struct wp_args_copy_tiles_78fc927f {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
};


template <bool wp_linear_contiguous>
static void copy_tiles_78fc927f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy_tiles_78fc927f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    const wp::str var_7 = "shared";
    const bool var_8 = true;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::float32 var_10 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,4>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,4>>>{};
    wp::int32 var_12;
    wp::int32 var_13;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    //---------
    // forward
    // def copy_tiles(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):            <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(                                                                      <L 12>
    // src,                                                                                   <L 13>
    // shape=(TILE, TILE),                                                                    <L 14>
    var_3 = wp::tuple(var_2, var_2);
    // offset=(                                                                               <L 15>
    // i * TILE,                                                                              <L 16>
    var_4 = wp::mul(var_0, var_2);
    // j * TILE,                                                                              <L 17>
    var_5 = wp::mul(var_1, var_2);
    var_6 = wp::tuple(var_4, var_5);
    // storage="shared",                                                                      <L 19>
    // aligned=True,                                                                          <L 20>
    var_9 = wp::tile_load<wp::float32, true, true, 4, 4>(var_src, var_4, var_5);
    // wp.tile_store(                                                                         <L 22>
    // dst,                                                                                   <L 23>
    // t * 2.0,                                                                               <L 24>
    var_11 = wp::tile_mul(var_9, var_10);
    // offset=(i * TILE, j * TILE),                                                           <L 25>
    var_12 = wp::mul(var_0, var_2);
    var_13 = wp::mul(var_1, var_2);
    var_14 = wp::tuple(var_12, var_13);
    wp::tile_store<wp::float32, true, false>(var_dst, var_12, var_13, var_11);
}



template <bool wp_linear_contiguous>
static void copy_tiles_78fc927f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy_tiles_78fc927f *_wp_args,
    wp_args_copy_tiles_78fc927f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    const wp::str var_7 = "shared";
    const bool var_8 = true;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::float32 var_10 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,4>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,4>>>{};
    wp::int32 var_12;
    wp::int32 var_13;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
    wp::str adj_7 = {};
    bool adj_8 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_9 = var_9;
    wp::float32 adj_10 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,4>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
    //---------
    // forward
    // def copy_tiles(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):            <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(                                                                      <L 12>
    // src,                                                                                   <L 13>
    // shape=(TILE, TILE),                                                                    <L 14>
    var_3 = wp::tuple(var_2, var_2);
    // offset=(                                                                               <L 15>
    // i * TILE,                                                                              <L 16>
    var_4 = wp::mul(var_0, var_2);
    // j * TILE,                                                                              <L 17>
    var_5 = wp::mul(var_1, var_2);
    var_6 = wp::tuple(var_4, var_5);
    // storage="shared",                                                                      <L 19>
    // aligned=True,                                                                          <L 20>
    var_9 = wp::tile_load<wp::float32, true, true, 4, 4>(var_src, var_4, var_5);
    // wp.tile_store(                                                                         <L 22>
    // dst,                                                                                   <L 23>
    // t * 2.0,                                                                               <L 24>
    var_11 = wp::tile_mul(var_9, var_10);
    // offset=(i * TILE, j * TILE),                                                           <L 25>
    var_12 = wp::mul(var_0, var_2);
    var_13 = wp::mul(var_1, var_2);
    var_14 = wp::tuple(var_12, var_13);
    // wp::tile_store<wp::float32, true, false>(var_dst, var_12, var_13, var_11);
    //---------
    // reverse
    wp::adj_tile_store(var_dst, var_12, var_13, var_11, adj_dst, adj_12, adj_13, adj_11);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_13);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_12);
    // adj: offset=(i * TILE, j * TILE),                                                      <L 25>
    wp::adj_tile_mul(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: t * 2.0,                                                                          <L 24>
    // adj: dst,                                                                              <L 23>
    // adj: wp.tile_store(                                                                    <L 22>
    wp::adj_tile_load(var_src, var_4, var_5, adj_src, adj_4, adj_5, adj_9);
    // adj: aligned=True,                                                                     <L 20>
    // adj: storage="shared",                                                                 <L 19>
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_5);
    // adj: j * TILE,                                                                         <L 17>
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_4);
    // adj: i * TILE,                                                                         <L 16>
    // adj: offset=(                                                                          <L 15>
    // adj: shape=(TILE, TILE),                                                               <L 14>
    // adj: src,                                                                              <L 13>
    // adj: t = wp.tile_load(                                                                 <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def copy_tiles(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):       <L 10>
    return;
}



struct copy_tiles_78fc927f_cpu_block_payload_forward
{
    wp_args_copy_tiles_78fc927f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_tiles_78fc927f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy_tiles_78fc927f_cpu_block_payload_forward* payload = (copy_tiles_78fc927f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_tiles_78fc927f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_tiles_78fc927f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy_tiles_78fc927f *_wp_args)
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
        copy_tiles_78fc927f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_tiles_78fc927f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy_tiles_78fc927f_cpu_block_payload_backward
{
    wp_args_copy_tiles_78fc927f* args;
    wp_args_copy_tiles_78fc927f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_tiles_78fc927f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy_tiles_78fc927f_cpu_block_payload_backward* payload = (copy_tiles_78fc927f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_tiles_78fc927f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy_tiles_78fc927f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy_tiles_78fc927f *_wp_args,
    wp_args_copy_tiles_78fc927f *_wp_adj_args)
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
        copy_tiles_78fc927f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_tiles_78fc927f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

