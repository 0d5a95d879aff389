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

struct wp_args_k_74a41dcf {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_74a41dcf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_74a41dcf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 1000000.0;
    wp::mesh_query_point_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def k(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 6>
    // i = wp.tid()                                                                           <L 7>
    var_0 = builtin_tid1d();
    // q = wp.mesh_query_point(mesh, points[i], 1.0e6)                                        <L 8>
    var_1 = wp::address(var_points, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mesh_query_point(var_mesh, var_4, var_2);
    // out[i] = q.sign                                                                        <L 9>
    var_5 = &((var_3).sign);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    wp::array_store(var_out, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void k_74a41dcf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_74a41dcf *_wp_args,
    wp_args_k_74a41dcf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::float32 var_2 = 1000000.0;
    wp::mesh_query_point_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mesh_query_point_t adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def k(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):       <L 6>
    // i = wp.tid()                                                                           <L 7>
    var_0 = builtin_tid1d();
    // q = wp.mesh_query_point(mesh, points[i], 1.0e6)                                        <L 8>
    var_1 = wp::address(var_points, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mesh_query_point(var_mesh, var_4, var_2);
    // out[i] = q.sign                                                                        <L 9>
    var_5 = &((var_3).sign);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wp::array_store(var_out, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
    wp::adj_copy(var_7, adj_5, adj_6);
    adj_3.sign += adj_5;
    // adj: out[i] = q.sign                                                                   <L 9>
    wp::adj_mesh_query_point(var_mesh, var_4, var_2, var_3, adj_mesh, adj_1, adj_2, adj_3);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: q = wp.mesh_query_point(mesh, points[i], 1.0e6)                                   <L 8>
    // adj: i = wp.tid()                                                                      <L 7>
    // adj: def k(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float)):  <L 6>
    return;
}



struct k_74a41dcf_cpu_block_payload_forward
{
    wp_args_k_74a41dcf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_74a41dcf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_74a41dcf_cpu_block_payload_forward* payload = (k_74a41dcf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_74a41dcf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_74a41dcf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_74a41dcf *_wp_args)
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
        k_74a41dcf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_74a41dcf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_74a41dcf_cpu_block_payload_backward
{
    wp_args_k_74a41dcf* args;
    wp_args_k_74a41dcf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_74a41dcf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_74a41dcf_cpu_block_payload_backward* payload = (k_74a41dcf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_74a41dcf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_74a41dcf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_74a41dcf *_wp_args,
    wp_args_k_74a41dcf *_wp_adj_args)
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
        k_74a41dcf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_74a41dcf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

