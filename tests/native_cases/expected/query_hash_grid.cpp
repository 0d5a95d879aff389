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


// warpsynth/query_hash_grid.py:9
static wp::float32 density_kernel_0(
    wp::vec_t<3, wp::float32> var_xyz,
    wp::float32 var_smoothing_length)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    //---------
    // forward
    // def density_kernel(xyz: wp.vec3, smoothing_length: float):                             <L 10>
    // distance_sq = wp.dot(xyz, xyz)                                                         <L 11>
    var_0 = wp::dot(var_xyz, var_xyz);
    // return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)                  <L 12>
    var_1 = wp::mul(var_smoothing_length, var_smoothing_length);
    var_2 = wp::sub(var_1, var_0);
    var_4 = wp::max(var_2, var_3);
    return var_4;
}


// warpsynth/query_hash_grid.py:9
static void adj_density_kernel_0(
    wp::vec_t<3, wp::float32> var_xyz,
    wp::float32 var_smoothing_length,
    wp::vec_t<3, wp::float32> & adj_xyz,
    wp::float32 & adj_smoothing_length,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def density_kernel(xyz: wp.vec3, smoothing_length: float):                             <L 10>
    // distance_sq = wp.dot(xyz, xyz)                                                         <L 11>
    var_0 = wp::dot(var_xyz, var_xyz);
    // return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)                  <L 12>
    var_1 = wp::mul(var_smoothing_length, var_smoothing_length);
    var_2 = wp::sub(var_1, var_0);
    var_4 = wp::max(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_max(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_mul(var_smoothing_length, var_smoothing_length, adj_smoothing_length, adj_smoothing_length, adj_1);
    // adj: return wp.max(smoothing_length * smoothing_length - distance_sq, 0.0)             <L 12>
    wp::adj_dot(var_xyz, var_xyz, adj_xyz, adj_xyz, adj_0);
    // adj: distance_sq = wp.dot(xyz, xyz)                                                    <L 11>
    // adj: def density_kernel(xyz: wp.vec3, smoothing_length: float):                        <L 10>
    return;
}

struct wp_args_compute_density_1d5e9ae9 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> particle_rho;
    wp::float32 smoothing_length;
};


template <bool wp_linear_contiguous>
static void compute_density_1d5e9ae9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_density_1d5e9ae9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::hash_grid_query_f var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def compute_density(                                                                   <L 16>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 24>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rho = float(0.0)                                                                       <L 25>
    var_6 = wp::float(var_5);
    // neighbors = wp.hash_grid_query(grid, x, smoothing_length)                              <L 26>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
    // for index in neighbors:                                                                <L 27>
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // distance = x - particle_x[index]                                                   <L 28>
        var_9 = wp::address(var_particle_x, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_3, var_11);
        // rho += density_kernel(distance, smoothing_length)                                  <L 29>
        var_12 = density_kernel_0(var_10, var_smoothing_length);
        var_13 = wp::add(var_6, var_12);
        wp::assign(var_6, var_13);
        goto start_for_0;
    end_for_0:;
    // particle_rho[i] = rho                                                                  <L 30>
    wp::array_store(var_particle_rho, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void compute_density_1d5e9ae9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_density_1d5e9ae9 *_wp_args,
    wp_args_compute_density_1d5e9ae9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::hash_grid_query_f var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::hash_grid_query_f adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def compute_density(                                                                   <L 16>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 24>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rho = float(0.0)                                                                       <L 25>
    var_6 = wp::float(var_5);
    // neighbors = wp.hash_grid_query(grid, x, smoothing_length)                              <L 26>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
    // for index in neighbors:                                                                <L 27>
    // particle_rho[i] = rho                                                                  <L 30>
    // wp::array_store(var_particle_rho, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_particle_rho, var_1, var_6, adj_particle_rho, adj_1, adj_6);
    // adj: particle_rho[i] = rho                                                             <L 30>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
        // distance = x - particle_x[index]                                                   <L 28>
        var_9 = wp::address(var_particle_x, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_3, var_11);
        // rho += density_kernel(distance, smoothing_length)                                  <L 29>
        var_12 = density_kernel_0(var_10, var_smoothing_length);
        var_13 = wp::add(var_6, var_12);
        wp::assign(var_6, var_13);
        wp::adj_assign(var_6, var_13, adj_6, adj_13);
        wp::adj_add(var_6, var_12, adj_6, adj_12, adj_13);
        adj_density_kernel_0(var_10, var_smoothing_length, adj_10, adj_smoothing_length, adj_12);
        // adj: rho += density_kernel(distance, smoothing_length)                             <L 29>
        wp::adj_sub(var_3, var_11, adj_3, adj_9, adj_10);
        wp::adj_address(var_particle_x, var_8, adj_particle_x, adj_8, adj_9);
        // adj: distance = x - particle_x[index]                                              <L 28>
    	goto start_for_0;
    end_for_0:;
    // adj: for index in neighbors:                                                           <L 27>
    // adj: neighbors = wp.hash_grid_query(grid, x, smoothing_length)                         <L 26>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: rho = float(0.0)                                                                  <L 25>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
    // adj: x = particle_x[i]                                                                 <L 24>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 23>
    // adj: tid = wp.tid()                                                                    <L 22>
    // adj: def compute_density(                                                              <L 16>
    return;
}



struct compute_density_1d5e9ae9_cpu_block_payload_forward
{
    wp_args_compute_density_1d5e9ae9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_density_1d5e9ae9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_density_1d5e9ae9_cpu_block_payload_forward* payload = (compute_density_1d5e9ae9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_density_1d5e9ae9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_density_1d5e9ae9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_density_1d5e9ae9 *_wp_args)
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
        compute_density_1d5e9ae9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_density_1d5e9ae9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct compute_density_1d5e9ae9_cpu_block_payload_backward
{
    wp_args_compute_density_1d5e9ae9* args;
    wp_args_compute_density_1d5e9ae9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_density_1d5e9ae9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_density_1d5e9ae9_cpu_block_payload_backward* payload = (compute_density_1d5e9ae9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_density_1d5e9ae9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void compute_density_1d5e9ae9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_density_1d5e9ae9 *_wp_args,
    wp_args_compute_density_1d5e9ae9 *_wp_adj_args)
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
        compute_density_1d5e9ae9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_density_1d5e9ae9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_nearest_double_28e88fd7 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float64>> x;
    wp::float64 r;
    wp::array_t<wp::float64> out;
};


template <bool wp_linear_contiguous>
static void nearest_double_28e88fd7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nearest_double_28e88fd7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::float64 var_4;
    wp::hash_grid_query_d var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float64>* var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    //---------
    // forward
    // def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 60>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 62>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best = r                                                                               <L 63>
    var_4 = wp::copy(var_r);
    // query = wp.hash_grid_query(grid, p, r)                                                 <L 64>
    var_5 = wp::hash_grid_query(var_grid, var_2, var_r);
    // j = int(0)                                                                             <L 65>
    var_7 = wp::int(var_6);
    // while wp.hash_grid_query_next(query, j):                                               <L 66>
    start_while_0:;
    var_8 = wp::hash_grid_query_next(var_5, var_7);
    if ((var_8) == false) goto end_while_0;
        // best = wp.min(best, wp.length(x[j] - p))                                           <L 67>
        var_9 = wp::address(var_x, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_2);
        var_12 = wp::length(var_10);
        var_13 = wp::min(var_4, var_12);
        wp::assign(var_4, var_13);
    goto start_while_0;
    end_while_0:;
    // out[tid] = best                                                                        <L 68>
    wp::array_store(var_out, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void nearest_double_28e88fd7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_nearest_double_28e88fd7 *_wp_args,
    wp_args_nearest_double_28e88fd7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::float64 var_r = _wp_args->r;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x = _wp_adj_args->x;
    wp::float64 adj_r = _wp_adj_args->r;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    wp::float64 var_4;
    wp::hash_grid_query_d var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float64>* var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::float64 adj_4 = {};
    wp::hash_grid_query_d adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float64> adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    //---------
    // forward
    // def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):       <L 60>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 62>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best = r                                                                               <L 63>
    var_4 = wp::copy(var_r);
    // query = wp.hash_grid_query(grid, p, r)                                                 <L 64>
    var_5 = wp::hash_grid_query(var_grid, var_2, var_r);
    // j = int(0)                                                                             <L 65>
    var_7 = wp::int(var_6);
    // while wp.hash_grid_query_next(query, j):                                               <L 66>
    // out[tid] = best                                                                        <L 68>
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    // adj: out[tid] = best                                                                   <L 68>
    start_while_0:;
    var_8 = wp::hash_grid_query_next(var_5, var_7);
    if ((var_8) == false) goto end_while_0;
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
        // best = wp.min(best, wp.length(x[j] - p))                                           <L 67>
        var_9 = wp::address(var_x, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_2);
        var_12 = wp::length(var_10);
        var_13 = wp::min(var_4, var_12);
        wp::assign(var_4, var_13);
        wp::adj_assign(var_4, var_13, adj_4, adj_13);
        wp::adj_min(var_4, var_12, adj_4, adj_12, adj_13);
        wp::adj_length(var_10, var_12, adj_10, adj_12);
        wp::adj_sub(var_11, var_2, adj_9, adj_2, adj_10);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_9);
        // adj: best = wp.min(best, wp.length(x[j] - p))                                      <L 67>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.hash_grid_query_next(query, j):                                          <L 66>
    // adj: j = int(0)                                                                        <L 65>
    // adj: query = wp.hash_grid_query(grid, p, r)                                            <L 64>
    wp::adj_copy(var_r, adj_r, adj_4);
    // adj: best = r                                                                          <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 62>
    // adj: tid = wp.tid()                                                                    <L 61>
    // adj: def nearest_double(grid: wp.uint64, x: wp.array(dtype=wp.vec3d), r: wp.float64, out: wp.array(dtype=wp.float64)):  <L 60>
    return;
}



struct nearest_double_28e88fd7_cpu_block_payload_forward
{
    wp_args_nearest_double_28e88fd7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nearest_double_28e88fd7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nearest_double_28e88fd7_cpu_block_payload_forward* payload = (nearest_double_28e88fd7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nearest_double_28e88fd7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void nearest_double_28e88fd7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nearest_double_28e88fd7 *_wp_args)
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
        nearest_double_28e88fd7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nearest_double_28e88fd7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct nearest_double_28e88fd7_cpu_block_payload_backward
{
    wp_args_nearest_double_28e88fd7* args;
    wp_args_nearest_double_28e88fd7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void nearest_double_28e88fd7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    nearest_double_28e88fd7_cpu_block_payload_backward* payload = (nearest_double_28e88fd7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    nearest_double_28e88fd7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void nearest_double_28e88fd7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_nearest_double_28e88fd7 *_wp_args,
    wp_args_nearest_double_28e88fd7 *_wp_adj_args)
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
        nearest_double_28e88fd7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &nearest_double_28e88fd7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_count_grouped_867915ef {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::int32> groups;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_grouped_867915ef_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_grouped_867915ef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_groups = _wp_args->groups;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 0.5;
    wp::int32* var_5;
    wp::hash_grid_query_f var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):       <L 51>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // n = int(0)                                                                             <L 53>
    var_2 = wp::int(var_1);
    // for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                           <L 54>
    var_3 = wp::address(var_x, var_0);
    var_5 = wp::address(var_groups, var_0);
    var_7 = wp::load(var_3);
    var_8 = wp::load(var_5);
    var_6 = wp::hash_grid_query(var_grid, var_7, var_4, var_8);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
        // n += 1                                                                             <L 55>
        var_11 = wp::add(var_2, var_10);
        wp::assign(var_2, var_11);
        goto start_for_0;
    end_for_0:;
    // counts[tid] = n                                                                        <L 56>
    wp::array_store(var_counts, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void count_grouped_867915ef_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_grouped_867915ef *_wp_args,
    wp_args_count_grouped_867915ef *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_groups = _wp_args->groups;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_groups = _wp_adj_args->groups;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 0.5;
    wp::int32* var_5;
    wp::hash_grid_query_f var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::hash_grid_query_f adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):       <L 51>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // n = int(0)                                                                             <L 53>
    var_2 = wp::int(var_1);
    // for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                           <L 54>
    var_3 = wp::address(var_x, var_0);
    var_5 = wp::address(var_groups, var_0);
    var_7 = wp::load(var_3);
    var_8 = wp::load(var_5);
    var_6 = wp::hash_grid_query(var_grid, var_7, var_4, var_8);
    // counts[tid] = n                                                                        <L 56>
    // wp::array_store(var_counts, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_2, adj_counts, adj_0, adj_2);
    // adj: counts[tid] = n                                                                   <L 56>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_6);
    	adj_10 = {};
    	adj_11 = {};
        // n += 1                                                                             <L 55>
        var_11 = wp::add(var_2, var_10);
        wp::assign(var_2, var_11);
        wp::adj_assign(var_2, var_11, adj_2, adj_11);
        wp::adj_add(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: n += 1                                                                        <L 55>
    	goto start_for_0;
    end_for_0:;
    wp::adj_address(var_groups, var_0, adj_groups, adj_0, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
    // adj: for j in wp.hash_grid_query(grid, x[tid], 0.5, groups[tid]):                      <L 54>
    // adj: n = int(0)                                                                        <L 53>
    // adj: tid = wp.tid()                                                                    <L 52>
    // adj: def count_grouped(grid: wp.uint64, x: wp.array(dtype=wp.vec3), groups: wp.array(dtype=int), counts: wp.array(dtype=int)):  <L 51>
    return;
}



struct count_grouped_867915ef_cpu_block_payload_forward
{
    wp_args_count_grouped_867915ef* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_grouped_867915ef_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_grouped_867915ef_cpu_block_payload_forward* payload = (count_grouped_867915ef_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_grouped_867915ef_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_grouped_867915ef_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_grouped_867915ef *_wp_args)
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
        count_grouped_867915ef_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_grouped_867915ef_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_grouped_867915ef_cpu_block_payload_backward
{
    wp_args_count_grouped_867915ef* args;
    wp_args_count_grouped_867915ef* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_grouped_867915ef_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_grouped_867915ef_cpu_block_payload_backward* payload = (count_grouped_867915ef_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_grouped_867915ef_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_grouped_867915ef_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_grouped_867915ef *_wp_args,
    wp_args_count_grouped_867915ef *_wp_adj_args)
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
        count_grouped_867915ef_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_grouped_867915ef_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_repulsion_a45c81c2 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::float32 k;
};


template <bool wp_linear_contiguous>
static void repulsion_a45c81c2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_repulsion_a45c81c2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.25;
    wp::hash_grid_query_f var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):       <L 34>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 36>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x_i = x[i]                                                                             <L 37>
    var_2 = wp::address(var_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // force = wp.vec3()                                                                      <L 38>
    var_5 = wp::vec_t<3, wp::float32>();
    // query = wp.hash_grid_query(grid, x_i, RADIUS)                                          <L 39>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_6);
    // index = int(0)                                                                         <L 40>
    var_9 = wp::int(var_8);
    // while wp.hash_grid_query_next(query, index):                                           <L 41>
    start_while_0:;
    var_10 = wp::hash_grid_query_next(var_7, var_9);
    if ((var_10) == false) goto end_while_0;
        // if index != i:                                                                     <L 42>
        var_11 = (var_9 != var_1);
        if (var_11) {
            // d = x_i - x[index]                                                             <L 43>
            var_12 = wp::address(var_x, var_9);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_3, var_14);
            // dist = wp.length(d)                                                            <L 44>
            var_15 = wp::length(var_13);
            // if dist < RADIUS:                                                              <L 45>
            var_16 = (var_15 < var_6);
            if (var_16) {
                // force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                         <L 46>
                var_17 = wp::sub(var_6, var_15);
                var_18 = wp::mul(var_k, var_17);
                var_19 = wp::mul(var_18, var_13);
                var_21 = wp::add(var_15, var_20);
                var_22 = wp::div(var_19, var_21);
                var_23 = wp::add(var_5, var_22);
            }
            var_24 = wp::where(var_16, var_23, var_5);
        }
        var_25 = wp::where(var_11, var_24, var_5);
        wp::assign(var_5, var_25);
    goto start_while_0;
    end_while_0:;
    // f[i] = force                                                                           <L 47>
    wp::array_store(var_f, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void repulsion_a45c81c2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_repulsion_a45c81c2 *_wp_args,
    wp_args_repulsion_a45c81c2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::float32 var_k = _wp_args->k;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::float32 adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.25;
    wp::hash_grid_query_f var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::hash_grid_query_f adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    //---------
    // forward
    // def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):       <L 34>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 36>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x_i = x[i]                                                                             <L 37>
    var_2 = wp::address(var_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // force = wp.vec3()                                                                      <L 38>
    var_5 = wp::vec_t<3, wp::float32>();
    // query = wp.hash_grid_query(grid, x_i, RADIUS)                                          <L 39>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_6);
    // index = int(0)                                                                         <L 40>
    var_9 = wp::int(var_8);
    // while wp.hash_grid_query_next(query, index):                                           <L 41>
    // f[i] = force                                                                           <L 47>
    // wp::array_store(var_f, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_1, var_5, adj_f, adj_1, adj_5);
    // adj: f[i] = force                                                                      <L 47>
    start_while_0:;
    var_10 = wp::hash_grid_query_next(var_7, var_9);
    if ((var_10) == false) goto end_while_0;
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
        // if index != i:                                                                     <L 42>
        var_11 = (var_9 != var_1);
        if (var_11) {
            // d = x_i - x[index]                                                             <L 43>
            var_12 = wp::address(var_x, var_9);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_3, var_14);
            // dist = wp.length(d)                                                            <L 44>
            var_15 = wp::length(var_13);
            // if dist < RADIUS:                                                              <L 45>
            var_16 = (var_15 < var_6);
            if (var_16) {
                // force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                         <L 46>
                var_17 = wp::sub(var_6, var_15);
                var_18 = wp::mul(var_k, var_17);
                var_19 = wp::mul(var_18, var_13);
                var_21 = wp::add(var_15, var_20);
                var_22 = wp::div(var_19, var_21);
                var_23 = wp::add(var_5, var_22);
            }
            var_24 = wp::where(var_16, var_23, var_5);
        }
        var_25 = wp::where(var_11, var_24, var_5);
        wp::assign(var_5, var_25);
        wp::adj_assign(var_5, var_25, adj_5, adj_25);
        wp::adj_where(var_11, var_24, var_5, adj_11, adj_24, adj_5, adj_25);
        if (var_11) {
            wp::adj_where(var_16, var_23, var_5, adj_16, adj_23, adj_5, adj_24);
            if (var_16) {
                wp::adj_add(var_5, var_22, adj_5, adj_22, adj_23);
                wp::adj_div(var_19, var_21, adj_19, adj_21, adj_22);
                wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
                wp::adj_mul(var_18, var_13, adj_18, adj_13, adj_19);
                wp::adj_mul(var_k, var_17, adj_k, adj_17, adj_18);
                wp::adj_sub(var_6, var_15, adj_6, adj_15, adj_17);
                // adj: force += k * (RADIUS - dist) * d / (dist + 1.0e-6)                    <L 46>
            }
            // adj: if dist < RADIUS:                                                         <L 45>
            wp::adj_length(var_13, var_15, adj_13, adj_15);
            // adj: dist = wp.length(d)                                                       <L 44>
            wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
            wp::adj_address(var_x, var_9, adj_x, adj_9, adj_12);
            // adj: d = x_i - x[index]                                                        <L 43>
        }
        // adj: if index != i:                                                                <L 42>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.hash_grid_query_next(query, index):                                      <L 41>
    // adj: index = int(0)                                                                    <L 40>
    // adj: query = wp.hash_grid_query(grid, x_i, RADIUS)                                     <L 39>
    // adj: force = wp.vec3()                                                                 <L 38>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_x, var_1, adj_x, adj_1, adj_2);
    // adj: x_i = x[i]                                                                        <L 37>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 36>
    // adj: tid = wp.tid()                                                                    <L 35>
    // adj: def repulsion(grid: wp.uint64, x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), k: float):  <L 34>
    return;
}



struct repulsion_a45c81c2_cpu_block_payload_forward
{
    wp_args_repulsion_a45c81c2* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void repulsion_a45c81c2_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    repulsion_a45c81c2_cpu_block_payload_forward* payload = (repulsion_a45c81c2_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    repulsion_a45c81c2_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void repulsion_a45c81c2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_repulsion_a45c81c2 *_wp_args)
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
        repulsion_a45c81c2_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &repulsion_a45c81c2_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct repulsion_a45c81c2_cpu_block_payload_backward
{
    wp_args_repulsion_a45c81c2* args;
    wp_args_repulsion_a45c81c2* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void repulsion_a45c81c2_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    repulsion_a45c81c2_cpu_block_payload_backward* payload = (repulsion_a45c81c2_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    repulsion_a45c81c2_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void repulsion_a45c81c2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_repulsion_a45c81c2 *_wp_args,
    wp_args_repulsion_a45c81c2 *_wp_adj_args)
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
        repulsion_a45c81c2_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &repulsion_a45c81c2_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

