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

struct wp_args_aabb_overlaps_b02488ed {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> uppers;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void aabb_overlaps_b02488ed_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_aabb_overlaps_b02488ed *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    bool var_11;
    const wp::float32 var_12 = INFINITY;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // forward
    // def aabb_overlaps(bvh_id: wp.uint64, lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 7>
    // i = wp.tid()                                                                           <L 8>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_aabb(bvh_id, lowers[i], uppers[i])                                <L 9>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_aabb(var_bvh_id, var_5, var_6, var_4);
    // bounds_nr = int(0)                                                                     <L 10>
    var_8 = wp::int(var_7);
    // count = int(0)                                                                         <L 11>
    var_10 = wp::int(var_9);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 12>
    start_while_0:;
    var_11 = wp::bvh_query_next(var_3, var_8, var_12);
    if ((var_11) == false) goto end_while_0;
        // count += 1                                                                         <L 13>
        var_14 = wp::add(var_10, var_13);
        wp::assign(var_10, var_14);
    goto start_while_0;
    end_while_0:;
    // counts[i] = count                                                                      <L 14>
    wp::array_store(var_counts, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void aabb_overlaps_b02488ed_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_aabb_overlaps_b02488ed *_wp_args,
    wp_args_aabb_overlaps_b02488ed *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers = _wp_adj_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers = _wp_adj_args->uppers;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    bool var_11;
    const wp::float32 var_12 = INFINITY;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::bvh_query_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def aabb_overlaps(bvh_id: wp.uint64, lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):       <L 7>
    // i = wp.tid()                                                                           <L 8>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_aabb(bvh_id, lowers[i], uppers[i])                                <L 9>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_aabb(var_bvh_id, var_5, var_6, var_4);
    // bounds_nr = int(0)                                                                     <L 10>
    var_8 = wp::int(var_7);
    // count = int(0)                                                                         <L 11>
    var_10 = wp::int(var_9);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 12>
    // counts[i] = count                                                                      <L 14>
    // wp::array_store(var_counts, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_10, adj_counts, adj_0, adj_10);
    // adj: counts[i] = count                                                                 <L 14>
    start_while_0:;
    var_11 = wp::bvh_query_next(var_3, var_8, var_12);
    if ((var_11) == false) goto end_while_0;
    adj_13 = {};
    adj_14 = {};
        // count += 1                                                                         <L 13>
        var_14 = wp::add(var_10, var_13);
        wp::assign(var_10, var_14);
        wp::adj_assign(var_10, var_14, adj_10, adj_14);
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
        // adj: count += 1                                                                    <L 13>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 12>
    // adj: count = int(0)                                                                    <L 11>
    // adj: bounds_nr = int(0)                                                                <L 10>
    wp::adj_address(var_uppers, var_0, adj_uppers, adj_0, adj_2);
    wp::adj_address(var_lowers, var_0, adj_lowers, adj_0, adj_1);
    // adj: query = wp.bvh_query_aabb(bvh_id, lowers[i], uppers[i])                           <L 9>
    // adj: i = wp.tid()                                                                      <L 8>
    // adj: def aabb_overlaps(bvh_id: wp.uint64, lowers: wp.array(dtype=wp.vec3), uppers: wp.array(dtype=wp.vec3), counts: wp.array(dtype=int)):  <L 7>
    return;
}



struct aabb_overlaps_b02488ed_cpu_block_payload_forward
{
    wp_args_aabb_overlaps_b02488ed* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void aabb_overlaps_b02488ed_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    aabb_overlaps_b02488ed_cpu_block_payload_forward* payload = (aabb_overlaps_b02488ed_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    aabb_overlaps_b02488ed_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void aabb_overlaps_b02488ed_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_aabb_overlaps_b02488ed *_wp_args)
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
        aabb_overlaps_b02488ed_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &aabb_overlaps_b02488ed_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct aabb_overlaps_b02488ed_cpu_block_payload_backward
{
    wp_args_aabb_overlaps_b02488ed* args;
    wp_args_aabb_overlaps_b02488ed* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void aabb_overlaps_b02488ed_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    aabb_overlaps_b02488ed_cpu_block_payload_backward* payload = (aabb_overlaps_b02488ed_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    aabb_overlaps_b02488ed_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void aabb_overlaps_b02488ed_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_aabb_overlaps_b02488ed *_wp_args,
    wp_args_aabb_overlaps_b02488ed *_wp_adj_args)
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
        aabb_overlaps_b02488ed_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &aabb_overlaps_b02488ed_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_ray_hits_dc6d8cf8 {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> starts;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::float32 max_t;
    wp::array_t<wp::int32> hits;
};


template <bool wp_linear_contiguous>
static void ray_hits_dc6d8cf8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ray_hits_dc6d8cf8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_starts = _wp_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    bool var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def ray_hits(bvh_id: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=int)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_ray(bvh_id, starts[i], dirs[i])                                   <L 20>
    var_1 = wp::address(var_starts, var_0);
    var_2 = wp::address(var_dirs, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_ray(var_bvh_id, var_5, var_6, var_4);
    // item = int(0)                                                                          <L 21>
    var_8 = wp::int(var_7);
    // while wp.bvh_query_next(query, item, max_t):                                           <L 22>
    start_while_0:;
    var_9 = wp::bvh_query_ray_next(var_3, var_8, var_max_t);
    if ((var_9) == false) goto end_while_0;
        // wp.atomic_add(hits, item, 1)                                                       <L 23>
        var_11 = wp::atomic_add(var_hits, var_8, var_10);
    goto start_while_0;
    end_while_0:;
}



template <bool wp_linear_contiguous>
static void ray_hits_dc6d8cf8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ray_hits_dc6d8cf8 *_wp_args,
    wp_args_ray_hits_dc6d8cf8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_starts = _wp_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_starts = _wp_adj_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::float32 adj_max_t = _wp_adj_args->max_t;
    wp::array_t<wp::int32> adj_hits = _wp_adj_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    bool var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::bvh_query_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def ray_hits(bvh_id: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=int)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_ray(bvh_id, starts[i], dirs[i])                                   <L 20>
    var_1 = wp::address(var_starts, var_0);
    var_2 = wp::address(var_dirs, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_ray(var_bvh_id, var_5, var_6, var_4);
    // item = int(0)                                                                          <L 21>
    var_8 = wp::int(var_7);
    // while wp.bvh_query_next(query, item, max_t):                                           <L 22>
    //---------
    // reverse
    start_while_0:;
    var_9 = wp::bvh_query_ray_next(var_3, var_8, var_max_t);
    if ((var_9) == false) goto end_while_0;
    adj_10 = {};
    adj_11 = {};
        // wp.atomic_add(hits, item, 1)                                                       <L 23>
        // var_11 = wp::atomic_add(var_hits, var_8, var_10);
        wp::adj_atomic_add(var_hits, var_8, var_10, adj_hits, adj_8, adj_10, adj_11);
        // adj: wp.atomic_add(hits, item, 1)                                                  <L 23>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, item, max_t):                                      <L 22>
    // adj: item = int(0)                                                                     <L 21>
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_2);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_1);
    // adj: query = wp.bvh_query_ray(bvh_id, starts[i], dirs[i])                              <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def ray_hits(bvh_id: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), max_t: float, hits: wp.array(dtype=int)):  <L 18>
    return;
}



struct ray_hits_dc6d8cf8_cpu_block_payload_forward
{
    wp_args_ray_hits_dc6d8cf8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void ray_hits_dc6d8cf8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    ray_hits_dc6d8cf8_cpu_block_payload_forward* payload = (ray_hits_dc6d8cf8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    ray_hits_dc6d8cf8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void ray_hits_dc6d8cf8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ray_hits_dc6d8cf8 *_wp_args)
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
        ray_hits_dc6d8cf8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &ray_hits_dc6d8cf8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct ray_hits_dc6d8cf8_cpu_block_payload_backward
{
    wp_args_ray_hits_dc6d8cf8* args;
    wp_args_ray_hits_dc6d8cf8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void ray_hits_dc6d8cf8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    ray_hits_dc6d8cf8_cpu_block_payload_backward* payload = (ray_hits_dc6d8cf8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    ray_hits_dc6d8cf8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void ray_hits_dc6d8cf8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ray_hits_dc6d8cf8 *_wp_args,
    wp_args_ray_hits_dc6d8cf8 *_wp_adj_args)
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
        ray_hits_dc6d8cf8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &ray_hits_dc6d8cf8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_shapes_e9ad0d2d {
    wp::uint64 bvh_id;
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> centers;
    wp::float32 radius;
    wp::int32 group;
    wp::array_t<wp::int32> hits;
};


template <bool wp_linear_contiguous>
static void shapes_e9ad0d2d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shapes_e9ad0d2d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::float32 var_radius = _wp_args->radius;
    wp::int32 var_group = _wp_args->group;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    wp::bvh_query_t var_5;
    const wp::int32 var_6 = -1;
    wp::bvh_query_t var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::bvh_query_t var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::bvh_query_t var_23;
    wp::uint64 var_24;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 1.0;
    wp::vec_t<3, wp::float32> var_28;
    wp::int32 var_29;
    wp::bvh_query_t var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    bool var_35;
    const wp::float32 var_36 = INFINITY;
    wp::int32 var_37;
    const wp::float32 var_38 = 2.0;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::float32 var_42 = 1.0;
    bool var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    bool var_46;
    const wp::float32 var_47 = INFINITY;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::float32 var_50 = 3.0;
    bool var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    bool var_54;
    const wp::float32 var_55 = INFINITY;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    //---------
    // forward
    // def shapes(bvh_id: wp.uint64, mesh: wp.uint64, centers: wp.array(dtype=wp.vec3), radius: float, group: int, hits: wp.array(dtype=int)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // c = centers[i]                                                                         <L 29>
    var_1 = wp::address(var_centers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // root = wp.bvh_get_group_root(bvh_id, group)                                            <L 30>
    var_4 = wp::bvh_get_group_root(var_bvh_id, var_group);
    // sphere = wp.bvh_query_sphere(bvh_id, c, radius)                                        <L 31>
    var_5 = wp::bvh_query_sphere(var_bvh_id, var_2, var_radius, var_6);
    // rooted = wp.bvh_query_sphere(bvh_id, c, radius, root)                                  <L 32>
    var_7 = wp::bvh_query_sphere(var_bvh_id, var_2, var_radius, var_4);
    // capsule = wp.bvh_query_capsule(bvh_id, c, wp.vec3(1.0, 0.0, 0.0), radius)              <L 33>
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = wp::bvh_query_capsule(var_bvh_id, var_2, var_11, var_radius, var_13);
    // capsule_root = wp.bvh_query_capsule(bvh_id, c, wp.vec3(0.0, 1.0, 0.0), radius, root)       <L 34>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::bvh_query_capsule(var_bvh_id, var_2, var_17, var_radius, var_4);
    // box = wp.bvh_query_aabb(bvh_id, c - wp.vec3(radius), c + wp.vec3(radius), root)        <L 35>
    var_19 = wp::vec_t<3, wp::float32>(var_radius);
    var_20 = wp::sub(var_2, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_radius);
    var_22 = wp::add(var_2, var_21);
    var_23 = wp::bvh_query_aabb(var_bvh_id, var_20, var_22, var_4);
    // ray = wp.bvh_query_ray(wp.mesh_get_bvh(mesh), c, wp.vec3(0.0, 0.0, 1.0), wp.mesh_get_group_root(mesh, group))       <L 36>
    var_24 = wp::mesh_get_bvh(var_mesh);
    var_28 = wp::vec_t<3, wp::float32>(var_25, var_26, var_27);
    var_29 = wp::mesh_get_group_root(var_mesh, var_group);
    var_30 = wp::bvh_query_ray(var_24, var_2, var_28, var_29);
    // item = int(0)                                                                          <L 37>
    var_32 = wp::int(var_31);
    // n = int(0)                                                                             <L 38>
    var_34 = wp::int(var_33);
    // while wp.bvh_query_next(sphere, item):                                                 <L 39>
    start_while_0:;
    var_35 = wp::bvh_query_sphere_next(var_5, var_32, var_36);
    if ((var_35) == false) goto end_while_0;
        // n += item                                                                          <L 40>
        var_37 = wp::add(var_34, var_32);
        wp::assign(var_34, var_37);
    goto start_while_0;
    end_while_0:;
    // while wp.bvh_query_next(rooted, item, 2.0):                                            <L 41>
    start_while_2:;
    var_39 = wp::bvh_query_sphere_next(var_7, var_32, var_38);
    if ((var_39) == false) goto end_while_2;
        // n += 1                                                                             <L 42>
        var_41 = wp::add(var_34, var_40);
        wp::assign(var_34, var_41);
    goto start_while_2;
    end_while_2:;
    // while wp.bvh_query_next(capsule, item, 1.0):                                           <L 43>
    start_while_4:;
    var_43 = wp::bvh_query_capsule_next(var_12, var_32, var_42);
    if ((var_43) == false) goto end_while_4;
        // n += 1                                                                             <L 44>
        var_45 = wp::add(var_34, var_44);
        wp::assign(var_34, var_45);
    goto start_while_4;
    end_while_4:;
    // while wp.bvh_query_next(capsule_root, item):                                           <L 45>
    start_while_6:;
    var_46 = wp::bvh_query_capsule_next(var_18, var_32, var_47);
    if ((var_46) == false) goto end_while_6;
        // n += 1                                                                             <L 46>
        var_49 = wp::add(var_34, var_48);
        wp::assign(var_34, var_49);
    goto start_while_6;
    end_while_6:;
    // while wp.bvh_query_next(box, item, 3.0):                                               <L 47>
    start_while_8:;
    var_51 = wp::bvh_query_next(var_23, var_32, var_50);
    if ((var_51) == false) goto end_while_8;
        // n += 1                                                                             <L 48>
        var_53 = wp::add(var_34, var_52);
        wp::assign(var_34, var_53);
    goto start_while_8;
    end_while_8:;
    // while wp.bvh_query_next(ray, item):                                                    <L 49>
    start_while_10:;
    var_54 = wp::bvh_query_ray_next(var_30, var_32, var_55);
    if ((var_54) == false) goto end_while_10;
        // n += 1                                                                             <L 50>
        var_57 = wp::add(var_34, var_56);
        wp::assign(var_34, var_57);
    goto start_while_10;
    end_while_10:;
    // hits[i] = n                                                                            <L 51>
    wp::array_store(var_hits, var_0, var_34);
}



template <bool wp_linear_contiguous>
static void shapes_e9ad0d2d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shapes_e9ad0d2d *_wp_args,
    wp_args_shapes_e9ad0d2d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::float32 var_radius = _wp_args->radius;
    wp::int32 var_group = _wp_args->group;
    wp::array_t<wp::int32> var_hits = _wp_args->hits;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers = _wp_adj_args->centers;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::int32 adj_group = _wp_adj_args->group;
    wp::array_t<wp::int32> adj_hits = _wp_adj_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    wp::bvh_query_t var_5;
    const wp::int32 var_6 = -1;
    wp::bvh_query_t var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::bvh_query_t var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::bvh_query_t var_23;
    wp::uint64 var_24;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 1.0;
    wp::vec_t<3, wp::float32> var_28;
    wp::int32 var_29;
    wp::bvh_query_t var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    bool var_35;
    const wp::float32 var_36 = INFINITY;
    wp::int32 var_37;
    const wp::float32 var_38 = 2.0;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::float32 var_42 = 1.0;
    bool var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    bool var_46;
    const wp::float32 var_47 = INFINITY;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    const wp::float32 var_50 = 3.0;
    bool var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    bool var_54;
    const wp::float32 var_55 = INFINITY;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::bvh_query_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::bvh_query_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::bvh_query_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::bvh_query_t adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::bvh_query_t adj_23 = {};
    wp::uint64 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::bvh_query_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    //---------
    // forward
    // def shapes(bvh_id: wp.uint64, mesh: wp.uint64, centers: wp.array(dtype=wp.vec3), radius: float, group: int, hits: wp.array(dtype=int)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // c = centers[i]                                                                         <L 29>
    var_1 = wp::address(var_centers, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // root = wp.bvh_get_group_root(bvh_id, group)                                            <L 30>
    var_4 = wp::bvh_get_group_root(var_bvh_id, var_group);
    // sphere = wp.bvh_query_sphere(bvh_id, c, radius)                                        <L 31>
    var_5 = wp::bvh_query_sphere(var_bvh_id, var_2, var_radius, var_6);
    // rooted = wp.bvh_query_sphere(bvh_id, c, radius, root)                                  <L 32>
    var_7 = wp::bvh_query_sphere(var_bvh_id, var_2, var_radius, var_4);
    // capsule = wp.bvh_query_capsule(bvh_id, c, wp.vec3(1.0, 0.0, 0.0), radius)              <L 33>
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
    var_12 = wp::bvh_query_capsule(var_bvh_id, var_2, var_11, var_radius, var_13);
    // capsule_root = wp.bvh_query_capsule(bvh_id, c, wp.vec3(0.0, 1.0, 0.0), radius, root)       <L 34>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_18 = wp::bvh_query_capsule(var_bvh_id, var_2, var_17, var_radius, var_4);
    // box = wp.bvh_query_aabb(bvh_id, c - wp.vec3(radius), c + wp.vec3(radius), root)        <L 35>
    var_19 = wp::vec_t<3, wp::float32>(var_radius);
    var_20 = wp::sub(var_2, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_radius);
    var_22 = wp::add(var_2, var_21);
    var_23 = wp::bvh_query_aabb(var_bvh_id, var_20, var_22, var_4);
    // ray = wp.bvh_query_ray(wp.mesh_get_bvh(mesh), c, wp.vec3(0.0, 0.0, 1.0), wp.mesh_get_group_root(mesh, group))       <L 36>
    var_24 = wp::mesh_get_bvh(var_mesh);
    var_28 = wp::vec_t<3, wp::float32>(var_25, var_26, var_27);
    var_29 = wp::mesh_get_group_root(var_mesh, var_group);
    var_30 = wp::bvh_query_ray(var_24, var_2, var_28, var_29);
    // item = int(0)                                                                          <L 37>
    var_32 = wp::int(var_31);
    // n = int(0)                                                                             <L 38>
    var_34 = wp::int(var_33);
    // while wp.bvh_query_next(sphere, item):                                                 <L 39>
    // while wp.bvh_query_next(rooted, item, 2.0):                                            <L 41>
    // while wp.bvh_query_next(capsule, item, 1.0):                                           <L 43>
    // while wp.bvh_query_next(capsule_root, item):                                           <L 45>
    // while wp.bvh_query_next(box, item, 3.0):                                               <L 47>
    // while wp.bvh_query_next(ray, item):                                                    <L 49>
    // hits[i] = n                                                                            <L 51>
    // wp::array_store(var_hits, var_0, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_hits, var_0, var_34, adj_hits, adj_0, adj_34);
    // adj: hits[i] = n                                                                       <L 51>
    start_while_10:;
    var_54 = wp::bvh_query_ray_next(var_30, var_32, var_55);
    if ((var_54) == false) goto end_while_10;
    adj_56 = {};
    adj_57 = {};
        // n += 1                                                                             <L 50>
        var_57 = wp::add(var_34, var_56);
        wp::assign(var_34, var_57);
        wp::adj_assign(var_34, var_57, adj_34, adj_57);
        wp::adj_add(var_34, var_56, adj_34, adj_56, adj_57);
        // adj: n += 1                                                                        <L 50>
    goto start_while_10;
    end_while_10:;
    // adj: while wp.bvh_query_next(ray, item):                                               <L 49>
    start_while_8:;
    var_51 = wp::bvh_query_next(var_23, var_32, var_50);
    if ((var_51) == false) goto end_while_8;
    adj_52 = {};
    adj_53 = {};
        // n += 1                                                                             <L 48>
        var_53 = wp::add(var_34, var_52);
        wp::assign(var_34, var_53);
        wp::adj_assign(var_34, var_53, adj_34, adj_53);
        wp::adj_add(var_34, var_52, adj_34, adj_52, adj_53);
        // adj: n += 1                                                                        <L 48>
    goto start_while_8;
    end_while_8:;
    // adj: while wp.bvh_query_next(box, item, 3.0):                                          <L 47>
    start_while_6:;
    var_46 = wp::bvh_query_capsule_next(var_18, var_32, var_47);
    if ((var_46) == false) goto end_while_6;
    adj_48 = {};
    adj_49 = {};
        // n += 1                                                                             <L 46>
        var_49 = wp::add(var_34, var_48);
        wp::assign(var_34, var_49);
        wp::adj_assign(var_34, var_49, adj_34, adj_49);
        wp::adj_add(var_34, var_48, adj_34, adj_48, adj_49);
        // adj: n += 1                                                                        <L 46>
    goto start_while_6;
    end_while_6:;
    // adj: while wp.bvh_query_next(capsule_root, item):                                      <L 45>
    start_while_4:;
    var_43 = wp::bvh_query_capsule_next(var_12, var_32, var_42);
    if ((var_43) == false) goto end_while_4;
    adj_44 = {};
    adj_45 = {};
        // n += 1                                                                             <L 44>
        var_45 = wp::add(var_34, var_44);
        wp::assign(var_34, var_45);
        wp::adj_assign(var_34, var_45, adj_34, adj_45);
        wp::adj_add(var_34, var_44, adj_34, adj_44, adj_45);
        // adj: n += 1                                                                        <L 44>
    goto start_while_4;
    end_while_4:;
    // adj: while wp.bvh_query_next(capsule, item, 1.0):                                      <L 43>
    start_while_2:;
    var_39 = wp::bvh_query_sphere_next(var_7, var_32, var_38);
    if ((var_39) == false) goto end_while_2;
    adj_40 = {};
    adj_41 = {};
        // n += 1                                                                             <L 42>
        var_41 = wp::add(var_34, var_40);
        wp::assign(var_34, var_41);
        wp::adj_assign(var_34, var_41, adj_34, adj_41);
        wp::adj_add(var_34, var_40, adj_34, adj_40, adj_41);
        // adj: n += 1                                                                        <L 42>
    goto start_while_2;
    end_while_2:;
    // adj: while wp.bvh_query_next(rooted, item, 2.0):                                       <L 41>
    start_while_0:;
    var_35 = wp::bvh_query_sphere_next(var_5, var_32, var_36);
    if ((var_35) == false) goto end_while_0;
    adj_37 = {};
        // n += item                                                                          <L 40>
        var_37 = wp::add(var_34, var_32);
        wp::assign(var_34, var_37);
        wp::adj_assign(var_34, var_37, adj_34, adj_37);
        wp::adj_add(var_34, var_32, adj_34, adj_32, adj_37);
        // adj: n += item                                                                     <L 40>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(sphere, item):                                            <L 39>
    // adj: n = int(0)                                                                        <L 38>
    // adj: item = int(0)                                                                     <L 37>
    wp::adj_vec_t(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
    // adj: ray = wp.bvh_query_ray(wp.mesh_get_bvh(mesh), c, wp.vec3(0.0, 0.0, 1.0), wp.mesh_get_group_root(mesh, group))  <L 36>
    wp::adj_add(var_2, var_21, adj_2, adj_21, adj_22);
    wp::adj_vec_t(var_radius, adj_radius, adj_21);
    wp::adj_sub(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_vec_t(var_radius, adj_radius, adj_19);
    // adj: box = wp.bvh_query_aabb(bvh_id, c - wp.vec3(radius), c + wp.vec3(radius), root)   <L 35>
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    // adj: capsule_root = wp.bvh_query_capsule(bvh_id, c, wp.vec3(0.0, 1.0, 0.0), radius, root)  <L 34>
    wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: capsule = wp.bvh_query_capsule(bvh_id, c, wp.vec3(1.0, 0.0, 0.0), radius)         <L 33>
    // adj: rooted = wp.bvh_query_sphere(bvh_id, c, radius, root)                             <L 32>
    // adj: sphere = wp.bvh_query_sphere(bvh_id, c, radius)                                   <L 31>
    // adj: root = wp.bvh_get_group_root(bvh_id, group)                                       <L 30>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_1);
    // adj: c = centers[i]                                                                    <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def shapes(bvh_id: wp.uint64, mesh: wp.uint64, centers: wp.array(dtype=wp.vec3), radius: float, group: int, hits: wp.array(dtype=int)):  <L 27>
    return;
}



struct shapes_e9ad0d2d_cpu_block_payload_forward
{
    wp_args_shapes_e9ad0d2d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shapes_e9ad0d2d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shapes_e9ad0d2d_cpu_block_payload_forward* payload = (shapes_e9ad0d2d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shapes_e9ad0d2d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void shapes_e9ad0d2d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shapes_e9ad0d2d *_wp_args)
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
        shapes_e9ad0d2d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shapes_e9ad0d2d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct shapes_e9ad0d2d_cpu_block_payload_backward
{
    wp_args_shapes_e9ad0d2d* args;
    wp_args_shapes_e9ad0d2d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shapes_e9ad0d2d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shapes_e9ad0d2d_cpu_block_payload_backward* payload = (shapes_e9ad0d2d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shapes_e9ad0d2d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void shapes_e9ad0d2d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shapes_e9ad0d2d *_wp_args,
    wp_args_shapes_e9ad0d2d *_wp_adj_args)
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
        shapes_e9ad0d2d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shapes_e9ad0d2d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

