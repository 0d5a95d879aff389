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

struct wp_args_claim_2d_42969552 {
    wp::array_t<wp::int64> owner;
    wp::array_t<wp::float32> grid;
    wp::int64 n;
};


template <bool wp_linear_contiguous>
static void claim_2d_42969552_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_claim_2d_42969552 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_owner = _wp_args->owner;
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::int64 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):       <L 13>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                     <L 15>
    var_2 = -1ll;
    var_3 = wp::atomic_cas(var_owner, var_0, var_1, var_2, var_n);
    // grid[i, j] = float(prev)                                                               <L 16>
    var_4 = wp::float(var_3);
    wp::array_store(var_grid, var_0, var_1, var_4);
}



template <bool wp_linear_contiguous>
static void claim_2d_42969552_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_claim_2d_42969552 *_wp_args,
    wp_args_claim_2d_42969552 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_owner = _wp_args->owner;
    wp::array_t<wp::float32> var_grid = _wp_args->grid;
    wp::int64 var_n = _wp_args->n;
    wp::array_t<wp::int64> adj_owner = _wp_adj_args->owner;
    wp::array_t<wp::float32> adj_grid = _wp_adj_args->grid;
    wp::int64 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int64 adj_2 = {};
    wp::int64 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):       <L 13>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                     <L 15>
    var_2 = -1ll;
    // var_3 = wp::atomic_cas(var_owner, var_0, var_1, var_2, var_n);
    // grid[i, j] = float(prev)                                                               <L 16>
    var_4 = wp::float(var_3);
    // wp::array_store(var_grid, var_0, var_1, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_grid, var_0, var_1, var_4, adj_grid, adj_0, adj_1, adj_4);
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: grid[i, j] = float(prev)                                                          <L 16>
    // adj: prev = wp.atomic_cas(owner, i, j, wp.int64(-1), n)                                <L 15>
    // adj: i, j = wp.tid()                                                                   <L 14>
    // adj: def claim_2d(owner: wp.array2d(dtype=wp.int64), grid: wp.array2d(dtype=float), n: wp.int64):  <L 13>
    return;
}



struct claim_2d_42969552_cpu_block_payload_forward
{
    wp_args_claim_2d_42969552* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void claim_2d_42969552_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    claim_2d_42969552_cpu_block_payload_forward* payload = (claim_2d_42969552_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    claim_2d_42969552_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void claim_2d_42969552_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_claim_2d_42969552 *_wp_args)
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
        claim_2d_42969552_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &claim_2d_42969552_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct claim_2d_42969552_cpu_block_payload_backward
{
    wp_args_claim_2d_42969552* args;
    wp_args_claim_2d_42969552* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void claim_2d_42969552_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    claim_2d_42969552_cpu_block_payload_backward* payload = (claim_2d_42969552_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    claim_2d_42969552_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void claim_2d_42969552_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_claim_2d_42969552 *_wp_args,
    wp_args_claim_2d_42969552 *_wp_adj_args)
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
        claim_2d_42969552_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &claim_2d_42969552_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_cas_float_6e3f1bfa {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::uint32> y;
};


template <bool wp_linear_contiguous>
static void cas_float_6e3f1bfa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cas_float_6e3f1bfa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::uint32> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::uint32 var_7;
    const wp::int32 var_8 = 7;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    //---------
    // forward
    // def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):               <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // old = wp.atomic_cas(x, i, 0.0, 1.5)                                                    <L 22>
    var_3 = wp::atomic_cas(var_x, var_0, var_1, var_2);
    // wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                                  <L 23>
    var_7 = wp::uint32(var_6);
    var_9 = wp::uint32(var_8);
    var_10 = wp::atomic_cas(var_y, var_0, var_4, var_5, var_7, var_9);
    // x[i] = old * 2.0                                                                       <L 24>
    var_12 = wp::mul(var_3, var_11);
    wp::array_store(var_x, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void cas_float_6e3f1bfa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cas_float_6e3f1bfa *_wp_args,
    wp_args_cas_float_6e3f1bfa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::uint32> var_y = _wp_args->y;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::uint32> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.5;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::uint32 var_7;
    const wp::int32 var_8 = 7;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):               <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // old = wp.atomic_cas(x, i, 0.0, 1.5)                                                    <L 22>
    // var_3 = wp::atomic_cas(var_x, var_0, var_1, var_2);
    // wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                                  <L 23>
    var_7 = wp::uint32(var_6);
    var_9 = wp::uint32(var_8);
    // var_10 = wp::atomic_cas(var_y, var_0, var_4, var_5, var_7, var_9);
    // x[i] = old * 2.0                                                                       <L 24>
    var_12 = wp::mul(var_3, var_11);
    // wp::array_store(var_x, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_12, adj_x, adj_0, adj_12);
    wp::adj_mul(var_3, var_11, adj_3, adj_11, adj_12);
    // adj: x[i] = old * 2.0                                                                  <L 24>
    // adj: wp.atomic_cas(y, i, 0, 0, wp.uint32(0), wp.uint32(7))                             <L 23>
    // adj: old = wp.atomic_cas(x, i, 0.0, 1.5)                                               <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def cas_float(x: wp.array(dtype=float), y: wp.array3d(dtype=wp.uint32)):          <L 20>
    return;
}



struct cas_float_6e3f1bfa_cpu_block_payload_forward
{
    wp_args_cas_float_6e3f1bfa* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void cas_float_6e3f1bfa_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    cas_float_6e3f1bfa_cpu_block_payload_forward* payload = (cas_float_6e3f1bfa_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    cas_float_6e3f1bfa_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void cas_float_6e3f1bfa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cas_float_6e3f1bfa *_wp_args)
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
        cas_float_6e3f1bfa_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &cas_float_6e3f1bfa_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct cas_float_6e3f1bfa_cpu_block_payload_backward
{
    wp_args_cas_float_6e3f1bfa* args;
    wp_args_cas_float_6e3f1bfa* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void cas_float_6e3f1bfa_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    cas_float_6e3f1bfa_cpu_block_payload_backward* payload = (cas_float_6e3f1bfa_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    cas_float_6e3f1bfa_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void cas_float_6e3f1bfa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cas_float_6e3f1bfa *_wp_args,
    wp_args_cas_float_6e3f1bfa *_wp_adj_args)
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
        cas_float_6e3f1bfa_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &cas_float_6e3f1bfa_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_mark_first_visit_b0cad07a {
    wp::array_t<wp::int32> cells;
    wp::array_t<wp::int32> visited;
    wp::array_t<wp::int32> unique;
};


template <bool wp_linear_contiguous>
static void mark_first_visit_b0cad07a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_first_visit_b0cad07a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_cells = _wp_args->cells;
    wp::array_t<wp::int32> var_visited = _wp_args->visited;
    wp::array_t<wp::int32> var_unique = _wp_args->unique;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // c = cells[i]                                                                           <L 7>
    var_1 = wp::address(var_cells, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if wp.atomic_cas(visited, c, 0, 1) == 0:                                               <L 8>
    var_6 = wp::atomic_cas(var_visited, var_2, var_4, var_5);
    var_8 = (var_6 == var_7);
    if (var_8) {
        // wp.atomic_add(unique, 0, 1)                                                        <L 9>
        var_11 = wp::atomic_add(var_unique, var_9, var_10);
    }
}



template <bool wp_linear_contiguous>
static void mark_first_visit_b0cad07a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_first_visit_b0cad07a *_wp_args,
    wp_args_mark_first_visit_b0cad07a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_cells = _wp_args->cells;
    wp::array_t<wp::int32> var_visited = _wp_args->visited;
    wp::array_t<wp::int32> var_unique = _wp_args->unique;
    wp::array_t<wp::int32> adj_cells = _wp_adj_args->cells;
    wp::array_t<wp::int32> adj_visited = _wp_adj_args->visited;
    wp::array_t<wp::int32> adj_unique = _wp_adj_args->unique;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // c = cells[i]                                                                           <L 7>
    var_1 = wp::address(var_cells, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if wp.atomic_cas(visited, c, 0, 1) == 0:                                               <L 8>
    // var_6 = wp::atomic_cas(var_visited, var_2, var_4, var_5);
    var_8 = (var_6 == var_7);
    if (var_8) {
        // wp.atomic_add(unique, 0, 1)                                                        <L 9>
        // var_11 = wp::atomic_add(var_unique, var_9, var_10);
    }
    //---------
    // reverse
    if (var_8) {
        wp::adj_atomic_add(var_unique, var_9, var_10, adj_unique, adj_9, adj_10, adj_11);
        // adj: wp.atomic_add(unique, 0, 1)                                                   <L 9>
    }
    // adj: if wp.atomic_cas(visited, c, 0, 1) == 0:                                          <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cells, var_0, adj_cells, adj_0, adj_1);
    // adj: c = cells[i]                                                                      <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def mark_first_visit(cells: wp.array(dtype=int), visited: wp.array(dtype=int), unique: wp.array(dtype=int)):  <L 5>
    return;
}



struct mark_first_visit_b0cad07a_cpu_block_payload_forward
{
    wp_args_mark_first_visit_b0cad07a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mark_first_visit_b0cad07a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mark_first_visit_b0cad07a_cpu_block_payload_forward* payload = (mark_first_visit_b0cad07a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mark_first_visit_b0cad07a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void mark_first_visit_b0cad07a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_first_visit_b0cad07a *_wp_args)
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
        mark_first_visit_b0cad07a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mark_first_visit_b0cad07a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct mark_first_visit_b0cad07a_cpu_block_payload_backward
{
    wp_args_mark_first_visit_b0cad07a* args;
    wp_args_mark_first_visit_b0cad07a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mark_first_visit_b0cad07a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mark_first_visit_b0cad07a_cpu_block_payload_backward* payload = (mark_first_visit_b0cad07a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mark_first_visit_b0cad07a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void mark_first_visit_b0cad07a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_first_visit_b0cad07a *_wp_args,
    wp_args_mark_first_visit_b0cad07a *_wp_adj_args)
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
        mark_first_visit_b0cad07a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mark_first_visit_b0cad07a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

