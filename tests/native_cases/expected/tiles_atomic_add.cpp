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

struct wp_args_grid_add_9c5b5a6a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> grid;
    wp::array_t<wp::float32> prev;
};


template <bool wp_linear_contiguous>
static void grid_add_9c5b5a6a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_grid_add_9c5b5a6a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_prev = _wp_args->prev;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 16;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_15 = 0;
    const bool var_16 = true;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 16;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    //---------
    // forward
    // def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                 <L 21>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::mul(var_0, var_4);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_5, var_9);
    // wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                        <L 22>
    var_11 = wp::mul(var_0, var_10);
    var_13 = wp::tuple(var_11, var_12);
    var_14 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_11, var_15, var_8);
    // p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                                 <L 23>
    var_17 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_18, var_19, var_8);
    // wp.tile_store(prev, p, offset=(i * 16, 0))                                             <L 24>
    var_21 = wp::mul(var_0, var_20);
    var_23 = wp::tuple(var_21, var_22);
    wp::tile_store<wp::float32, true, false>(var_prev, var_21, var_24, var_17);
}



template <bool wp_linear_contiguous>
static void grid_add_9c5b5a6a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_grid_add_9c5b5a6a *_wp_args,
    wp_args_grid_add_9c5b5a6a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_prev = _wp_args->prev;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::float32> adj_prev = _wp_adj_args->prev;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 16;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_15 = 0;
    const bool var_16 = true;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>>{};
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 16;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_8{};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_14{};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16,8>>> adj_17{};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                                 <L 21>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::mul(var_0, var_4);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 16, 8>(var_a, var_5, var_9);
    // wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                        <L 22>
    var_11 = wp::mul(var_0, var_10);
    var_13 = wp::tuple(var_11, var_12);
    // var_14 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_11, var_15, var_8);
    // p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                                 <L 23>
    // var_17 = wp::tile_atomic_add<wp::float32, true>(var_grid, var_18, var_19, var_8);
    // wp.tile_store(prev, p, offset=(i * 16, 0))                                             <L 24>
    var_21 = wp::mul(var_0, var_20);
    var_23 = wp::tuple(var_21, var_22);
    // wp::tile_store<wp::float32, true, false>(var_prev, var_21, var_24, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_prev, var_21, var_24, var_17, adj_prev, adj_21, adj_24, adj_17);
    wp::adj_mul(var_0, var_20, adj_0, adj_20, adj_21);
    // adj: wp.tile_store(prev, p, offset=(i * 16, 0))                                        <L 24>
    wp::adj_tile_atomic_add(var_grid, var_18, var_19, var_8, adj_grid, adj_18, adj_19, adj_8, adj_17);
    // adj: p = wp.tile_atomic_add(a=grid, t=t, bounds_check=True)                            <L 23>
    wp::adj_tile_atomic_add(var_grid, var_11, var_15, var_8, adj_grid, adj_11, adj_15, adj_8, adj_14);
    wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
    // adj: wp.tile_atomic_add(grid, t, offset=(i * 16, 0))                                   <L 22>
    wp::adj_tile_load(var_a, var_5, var_9, adj_a, adj_5, adj_9, adj_8);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: t = wp.tile_load(a, shape=(16, 8), offset=(i * 16, 0))                            <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def grid_add(a: wp.array2d(dtype=float), grid: wp.array2d(dtype=float), prev: wp.array2d(dtype=float)):  <L 19>
    return;
}



struct grid_add_9c5b5a6a_cpu_block_payload_forward
{
    wp_args_grid_add_9c5b5a6a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void grid_add_9c5b5a6a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    grid_add_9c5b5a6a_cpu_block_payload_forward* payload = (grid_add_9c5b5a6a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    grid_add_9c5b5a6a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void grid_add_9c5b5a6a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_grid_add_9c5b5a6a *_wp_args)
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
        grid_add_9c5b5a6a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &grid_add_9c5b5a6a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct grid_add_9c5b5a6a_cpu_block_payload_backward
{
    wp_args_grid_add_9c5b5a6a* args;
    wp_args_grid_add_9c5b5a6a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void grid_add_9c5b5a6a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    grid_add_9c5b5a6a_cpu_block_payload_backward* payload = (grid_add_9c5b5a6a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    grid_add_9c5b5a6a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void grid_add_9c5b5a6a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_grid_add_9c5b5a6a *_wp_args,
    wp_args_grid_add_9c5b5a6a *_wp_adj_args)
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
        grid_add_9c5b5a6a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &grid_add_9c5b5a6a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_shared_counts_eefb3885 {
    wp::array_t<wp::int32> c;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void shared_counts_eefb3885_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shared_counts_eefb3885 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    const wp::str var_3 = "shared";
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_6 = 0;
    //---------
    // forward
    // def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):                <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                     <L 30>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::tile_load<wp::int32, true, false, 16>(var_c, var_2);
    // wp.tile_atomic_add(counts, t)                                                          <L 31>
    var_5 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_6, var_4);
}



template <bool wp_linear_contiguous>
static void shared_counts_eefb3885_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shared_counts_eefb3885 *_wp_args,
    wp_args_shared_counts_eefb3885 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> adj_c = _wp_adj_args->c;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    const wp::str var_3 = "shared";
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_4 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_6 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::str adj_3 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_4 = var_4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):                <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                     <L 30>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::tile_load<wp::int32, true, false, 16>(var_c, var_2);
    // wp.tile_atomic_add(counts, t)                                                          <L 31>
    // var_5 = wp::tile_atomic_add<wp::int32, true>(var_counts, var_6, var_4);
    //---------
    // reverse
    wp::adj_tile_atomic_add(var_counts, var_6, var_4, adj_counts, adj_6, adj_4, adj_5);
    // adj: wp.tile_atomic_add(counts, t)                                                     <L 31>
    wp::adj_tile_load(var_c, var_2, adj_c, adj_2, adj_4);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(c, shape=TILE, offset=i * TILE, storage="shared")                <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def shared_counts(c: wp.array(dtype=int), counts: wp.array(dtype=int)):           <L 28>
    return;
}



struct shared_counts_eefb3885_cpu_block_payload_forward
{
    wp_args_shared_counts_eefb3885* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shared_counts_eefb3885_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shared_counts_eefb3885_cpu_block_payload_forward* payload = (shared_counts_eefb3885_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shared_counts_eefb3885_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void shared_counts_eefb3885_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shared_counts_eefb3885 *_wp_args)
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
        shared_counts_eefb3885_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shared_counts_eefb3885_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct shared_counts_eefb3885_cpu_block_payload_backward
{
    wp_args_shared_counts_eefb3885* args;
    wp_args_shared_counts_eefb3885* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shared_counts_eefb3885_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shared_counts_eefb3885_cpu_block_payload_backward* payload = (shared_counts_eefb3885_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shared_counts_eefb3885_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void shared_counts_eefb3885_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shared_counts_eefb3885 *_wp_args,
    wp_args_shared_counts_eefb3885 *_wp_adj_args)
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
        shared_counts_eefb3885_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shared_counts_eefb3885_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_total_f778d3b4 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::float32> sums;
};


template <bool wp_linear_contiguous>
static void total_f778d3b4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_f778d3b4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_9 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_11;
    const bool var_12 = false;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    //---------
    // forward
    // def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_atomic_add(sums, wp.tile_sum(t))                                               <L 13>
    var_4 = wp::tile_sum(var_3);
    var_5 = wp::tile_atomic_add<wp::float32, true>(var_sums, var_6, var_4);
    // wp.tile_atomic_add(out, t, offset=i * TILE)                                            <L 14>
    var_7 = wp::mul(var_0, var_1);
    var_8 = wp::tile_atomic_add<wp::float32, true>(var_out, var_7, var_3);
    // wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                      <L 15>
    var_10 = wp::tile_mul(var_3, var_9);
    var_11 = wp::mul(var_0, var_1);
    var_13 = wp::tile_atomic_add<wp::float32, false>(var_out, var_11, var_10);
}



template <bool wp_linear_contiguous>
static void total_f778d3b4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_f778d3b4 *_wp_args,
    wp_args_total_f778d3b4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_9 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_11;
    const bool var_12 = false;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_5{};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_8{};
    wp::float32 adj_9 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_10{};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_13{};
    //---------
    // forward
    // def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_atomic_add(sums, wp.tile_sum(t))                                               <L 13>
    var_4 = wp::tile_sum(var_3);
    // var_5 = wp::tile_atomic_add<wp::float32, true>(var_sums, var_6, var_4);
    // wp.tile_atomic_add(out, t, offset=i * TILE)                                            <L 14>
    var_7 = wp::mul(var_0, var_1);
    // var_8 = wp::tile_atomic_add<wp::float32, true>(var_out, var_7, var_3);
    // wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                      <L 15>
    var_10 = wp::tile_mul(var_3, var_9);
    var_11 = wp::mul(var_0, var_1);
    // var_13 = wp::tile_atomic_add<wp::float32, false>(var_out, var_11, var_10);
    //---------
    // reverse
    wp::adj_tile_atomic_add(var_out, var_11, var_10, adj_out, adj_11, adj_10, adj_13);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_11);
    wp::adj_tile_mul(var_3, var_9, adj_3, adj_9, adj_10);
    // adj: wp.tile_atomic_add(out, t * 2.0, i * TILE, False)                                 <L 15>
    wp::adj_tile_atomic_add(var_out, var_7, var_3, adj_out, adj_7, adj_3, adj_8);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_7);
    // adj: wp.tile_atomic_add(out, t, offset=i * TILE)                                       <L 14>
    wp::adj_tile_atomic_add(var_sums, var_6, var_4, adj_sums, adj_6, adj_4, adj_5);
    wp::adj_tile_sum(var_3, adj_3, adj_4);
    // adj: wp.tile_atomic_add(sums, wp.tile_sum(t))                                          <L 13>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def total(a: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):  <L 10>
    return;
}



struct total_f778d3b4_cpu_block_payload_forward
{
    wp_args_total_f778d3b4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void total_f778d3b4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    total_f778d3b4_cpu_block_payload_forward* payload = (total_f778d3b4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    total_f778d3b4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void total_f778d3b4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_f778d3b4 *_wp_args)
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
        total_f778d3b4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &total_f778d3b4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct total_f778d3b4_cpu_block_payload_backward
{
    wp_args_total_f778d3b4* args;
    wp_args_total_f778d3b4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void total_f778d3b4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    total_f778d3b4_cpu_block_payload_backward* payload = (total_f778d3b4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    total_f778d3b4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void total_f778d3b4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_f778d3b4 *_wp_args,
    wp_args_total_f778d3b4 *_wp_adj_args)
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
        total_f778d3b4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &total_f778d3b4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

