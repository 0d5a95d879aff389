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

struct wp_args_out_parameters_217a8f1c {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void out_parameters_217a8f1c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_out_parameters_217a8f1c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1000000.0;
    bool var_13;
    const wp::float32 var_14 = 1000000.0;
    bool var_15;
    const wp::float32 var_16 = 1000000.0;
    bool var_17;
    const wp::float32 var_18 = 0.001;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 1000000.0;
    const wp::float32 var_22 = 2.0;
    bool var_23;
    const wp::float32 var_24 = 0.5;
    const wp::float32 var_25 = 1000000.0;
    bool var_26;
    const wp::int32 var_27 = 1;
    const wp::float32 var_28 = 0.1;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::int32 var_31 = 3;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // forward
    // def out_parameters(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 59>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // sign = float(0.0)                                                                      <L 60>
    var_5 = wp::float(var_4);
    // face = int(0)                                                                          <L 61>
    var_7 = wp::int(var_6);
    // u = float(0.0)                                                                         <L 62>
    var_9 = wp::float(var_8);
    // v = float(0.0)                                                                         <L 63>
    var_11 = wp::float(var_10);
    // wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v)                                  <L 64>
    var_13 = wp::mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11);
    // hit = wp.mesh_query_point_no_sign(mesh, p, 1.0e6, face, u, v)                          <L 65>
    var_15 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_14, var_7, var_9, var_11);
    // if wp.mesh_query_point_sign_normal(mesh, p, 1.0e6, sign, face, u, v):                  <L 66>
    var_17 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_16, var_5, var_7, var_9, var_11, var_18);
    if (var_17) {
        // out[i] = wp.mesh_eval_position(mesh, face, u, v) * sign                            <L 67>
        var_19 = wp::mesh_eval_position(var_mesh, var_7, var_9, var_11);
        var_20 = wp::mul(var_19, var_5);
        wp::array_store(var_out, var_0, var_20);
    }
    // if hit:                                                                                <L 68>
    if (var_15) {
        // wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, sign, face, u, v, 2.0)       <L 69>
        var_23 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_21, var_5, var_7, var_9, var_11, var_22, var_24);
        // wp.mesh_query_point_sign_parity(mesh, p, 1.0e6, sign, face, u, v)                  <L 70>
        var_26 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_5, var_7, var_9, var_11, var_27, var_28);
        // wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0, face, u, v)                     <L 71>
        var_30 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_29, var_7, var_9, var_11);
    }
    // idx = wp.mesh_get_index(mesh, face * 3)                                                <L 72>
    var_32 = wp::mul(var_7, var_31);
    var_33 = wp::mesh_get_index(var_mesh, var_32);
    // out[i] += wp.mesh_get_point(mesh, idx) + wp.mesh_get_velocity(mesh, idx)               <L 73>
    var_34 = wp::mesh_get_point(var_mesh, var_33);
    var_35 = wp::mesh_get_velocity(var_mesh, var_33);
    var_36 = wp::add(var_34, var_35);
    var_37 = wp::atomic_add(var_out, var_0, var_36);
}



template <bool wp_linear_contiguous>
static void out_parameters_217a8f1c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_out_parameters_217a8f1c *_wp_args,
    wp_args_out_parameters_217a8f1c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1000000.0;
    bool var_13;
    const wp::float32 var_14 = 1000000.0;
    bool var_15;
    const wp::float32 var_16 = 1000000.0;
    bool var_17;
    const wp::float32 var_18 = 0.001;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 1000000.0;
    const wp::float32 var_22 = 2.0;
    bool var_23;
    const wp::float32 var_24 = 0.5;
    const wp::float32 var_25 = 1000000.0;
    bool var_26;
    const wp::int32 var_27 = 1;
    const wp::float32 var_28 = 0.1;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::int32 var_31 = 3;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    //---------
    // forward
    // def out_parameters(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 59>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // sign = float(0.0)                                                                      <L 60>
    var_5 = wp::float(var_4);
    // face = int(0)                                                                          <L 61>
    var_7 = wp::int(var_6);
    // u = float(0.0)                                                                         <L 62>
    var_9 = wp::float(var_8);
    // v = float(0.0)                                                                         <L 63>
    var_11 = wp::float(var_10);
    // wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v)                                  <L 64>
    var_13 = wp::mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11);
    // hit = wp.mesh_query_point_no_sign(mesh, p, 1.0e6, face, u, v)                          <L 65>
    var_15 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_14, var_7, var_9, var_11);
    // if wp.mesh_query_point_sign_normal(mesh, p, 1.0e6, sign, face, u, v):                  <L 66>
    var_17 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_16, var_5, var_7, var_9, var_11, var_18);
    if (var_17) {
        // out[i] = wp.mesh_eval_position(mesh, face, u, v) * sign                            <L 67>
        var_19 = wp::mesh_eval_position(var_mesh, var_7, var_9, var_11);
        var_20 = wp::mul(var_19, var_5);
        // wp::array_store(var_out, var_0, var_20);
    }
    // if hit:                                                                                <L 68>
    if (var_15) {
        // wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, sign, face, u, v, 2.0)       <L 69>
        var_23 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_21, var_5, var_7, var_9, var_11, var_22, var_24);
        // wp.mesh_query_point_sign_parity(mesh, p, 1.0e6, sign, face, u, v)                  <L 70>
        var_26 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_5, var_7, var_9, var_11, var_27, var_28);
        // wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0, face, u, v)                     <L 71>
        var_30 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_29, var_7, var_9, var_11);
    }
    // idx = wp.mesh_get_index(mesh, face * 3)                                                <L 72>
    var_32 = wp::mul(var_7, var_31);
    var_33 = wp::mesh_get_index(var_mesh, var_32);
    // out[i] += wp.mesh_get_point(mesh, idx) + wp.mesh_get_velocity(mesh, idx)               <L 73>
    var_34 = wp::mesh_get_point(var_mesh, var_33);
    var_35 = wp::mesh_get_velocity(var_mesh, var_33);
    var_36 = wp::add(var_34, var_35);
    // var_37 = wp::atomic_add(var_out, var_0, var_36);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_36, adj_out, adj_0, adj_36, adj_37);
    wp::adj_add(var_34, var_35, adj_34, adj_35, adj_36);
    // adj: out[i] += wp.mesh_get_point(mesh, idx) + wp.mesh_get_velocity(mesh, idx)          <L 73>
    wp::adj_mul(var_7, var_31, adj_7, adj_31, adj_32);
    // adj: idx = wp.mesh_get_index(mesh, face * 3)                                           <L 72>
    if (var_15) {
        wp::adj_mesh_query_furthest_point_no_sign(var_mesh, var_2, var_29, var_7, var_9, var_11, adj_mesh, adj_2, adj_29, adj_7, adj_9, adj_11, adj_30);
        // adj: wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0, face, u, v)                <L 71>
        wp::adj_mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_5, var_7, var_9, var_11, var_27, var_28, adj_mesh, adj_2, adj_25, adj_5, adj_7, adj_9, adj_11, adj_27, adj_28, adj_26);
        // adj: wp.mesh_query_point_sign_parity(mesh, p, 1.0e6, sign, face, u, v)             <L 70>
        wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_21, var_5, var_7, var_9, var_11, var_22, var_24, adj_mesh, adj_2, adj_21, adj_5, adj_7, adj_9, adj_11, adj_22, adj_24, adj_23);
        // adj: wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, sign, face, u, v, 2.0)  <L 69>
    }
    // adj: if hit:                                                                           <L 68>
    if (var_17) {
        wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
        wp::adj_mul(var_19, var_5, adj_19, adj_5, adj_20);
        wp::adj_mesh_eval_position(var_mesh, var_7, var_9, var_11, adj_mesh, adj_7, adj_9, adj_11, adj_19);
        // adj: out[i] = wp.mesh_eval_position(mesh, face, u, v) * sign                       <L 67>
    }
    wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_16, var_5, var_7, var_9, var_11, var_18, adj_mesh, adj_2, adj_16, adj_5, adj_7, adj_9, adj_11, adj_18, adj_17);
    // adj: if wp.mesh_query_point_sign_normal(mesh, p, 1.0e6, sign, face, u, v):             <L 66>
    wp::adj_mesh_query_point_no_sign(var_mesh, var_2, var_14, var_7, var_9, var_11, adj_mesh, adj_2, adj_14, adj_7, adj_9, adj_11, adj_15);
    // adj: hit = wp.mesh_query_point_no_sign(mesh, p, 1.0e6, face, u, v)                     <L 65>
    wp::adj_mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11, adj_mesh, adj_2, adj_12, adj_5, adj_7, adj_9, adj_11, adj_13);
    // adj: wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v)                             <L 64>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: v = float(0.0)                                                                    <L 63>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: u = float(0.0)                                                                    <L 62>
    // adj: face = int(0)                                                                     <L 61>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: sign = float(0.0)                                                                 <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def out_parameters(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 57>
    return;
}



struct out_parameters_217a8f1c_cpu_block_payload_forward
{
    wp_args_out_parameters_217a8f1c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void out_parameters_217a8f1c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    out_parameters_217a8f1c_cpu_block_payload_forward* payload = (out_parameters_217a8f1c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    out_parameters_217a8f1c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void out_parameters_217a8f1c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_out_parameters_217a8f1c *_wp_args)
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
        out_parameters_217a8f1c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &out_parameters_217a8f1c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct out_parameters_217a8f1c_cpu_block_payload_backward
{
    wp_args_out_parameters_217a8f1c* args;
    wp_args_out_parameters_217a8f1c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void out_parameters_217a8f1c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    out_parameters_217a8f1c_cpu_block_payload_backward* payload = (out_parameters_217a8f1c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    out_parameters_217a8f1c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void out_parameters_217a8f1c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_out_parameters_217a8f1c *_wp_args,
    wp_args_out_parameters_217a8f1c *_wp_adj_args)
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
        out_parameters_217a8f1c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &out_parameters_217a8f1c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_collide_93ca2a15 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 margin;
    wp::float32 max_dist;
};


template <bool wp_linear_contiguous>
static void collide_93ca2a15_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_collide_93ca2a15 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_margin = _wp_args->margin;
    wp::float32 var_max_dist = _wp_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::float32 var_3 = 0.01;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mesh_query_point_t var_8;
    const wp::float32 var_9 = 0.001;
    bool* var_10;
    bool var_11;
    wp::int32* var_12;
    wp::float32* var_13;
    wp::float32* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    bool var_34;
    wp::vec_t<3, wp::float32> var_35;
    bool var_36;
    //---------
    // forward
    // def collide(                                                                           <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // xpred = x[tid] + v[tid] * 0.01                                                         <L 16>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_v, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::mul(var_5, var_3);
    var_7 = wp::load(var_1);
    var_6 = wp::add(var_7, var_4);
    // query = wp.mesh_query_point_sign_normal(mesh, xpred, max_dist)                         <L 17>
    var_8 = wp::mesh_query_point_sign_normal(var_mesh, var_6, var_max_dist, var_9);
    // if query.result:                                                                       <L 18>
    var_10 = &((var_8).result);
    var_11 = wp::load(var_10);
    if (var_11) {
        // p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                      <L 19>
        var_12 = &((var_8).face);
        var_13 = &((var_8).u);
        var_14 = &((var_8).v);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_15 = wp::mesh_eval_position(var_mesh, var_16, var_17, var_18);
        // delta = xpred - p                                                                  <L 20>
        var_19 = wp::sub(var_6, var_15);
        // dist = wp.length(delta) * query.sign                                               <L 21>
        var_20 = wp::length(var_19);
        var_21 = &((var_8).sign);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_20, var_23);
        // err = dist - margin                                                                <L 22>
        var_24 = wp::sub(var_22, var_margin);
        // if err < 0.0:                                                                      <L 23>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // n = wp.normalize(delta) * query.sign                                           <L 24>
            var_27 = wp::normalize(var_19);
            var_28 = &((var_8).sign);
            var_30 = wp::load(var_28);
            var_29 = wp::mul(var_27, var_30);
            // xpred = xpred - n * err                                                        <L 25>
            var_31 = wp::mul(var_29, var_24);
            var_32 = wp::sub(var_6, var_31);
        }
        var_33 = wp::where(var_26, var_32, var_6);
    }
    var_34 = wp::load(var_10);
    var_36 = wp::load(var_10);
    var_35 = wp::where(var_36, var_33, var_6);
    // x[tid] = xpred                                                                         <L 26>
    wp::array_store(var_x, var_0, var_35);
}



template <bool wp_linear_contiguous>
static void collide_93ca2a15_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_collide_93ca2a15 *_wp_args,
    wp_args_collide_93ca2a15 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_margin = _wp_args->margin;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::float32 var_3 = 0.01;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mesh_query_point_t var_8;
    const wp::float32 var_9 = 0.001;
    bool* var_10;
    bool var_11;
    wp::int32* var_12;
    wp::float32* var_13;
    wp::float32* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    bool var_34;
    wp::vec_t<3, wp::float32> var_35;
    bool var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::mesh_query_point_t adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    bool adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    bool adj_36 = {};
    //---------
    // forward
    // def collide(                                                                           <L 8>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // xpred = x[tid] + v[tid] * 0.01                                                         <L 16>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_v, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::mul(var_5, var_3);
    var_7 = wp::load(var_1);
    var_6 = wp::add(var_7, var_4);
    // query = wp.mesh_query_point_sign_normal(mesh, xpred, max_dist)                         <L 17>
    var_8 = wp::mesh_query_point_sign_normal(var_mesh, var_6, var_max_dist, var_9);
    // if query.result:                                                                       <L 18>
    var_10 = &((var_8).result);
    var_11 = wp::load(var_10);
    if (var_11) {
        // p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                      <L 19>
        var_12 = &((var_8).face);
        var_13 = &((var_8).u);
        var_14 = &((var_8).v);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_15 = wp::mesh_eval_position(var_mesh, var_16, var_17, var_18);
        // delta = xpred - p                                                                  <L 20>
        var_19 = wp::sub(var_6, var_15);
        // dist = wp.length(delta) * query.sign                                               <L 21>
        var_20 = wp::length(var_19);
        var_21 = &((var_8).sign);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_20, var_23);
        // err = dist - margin                                                                <L 22>
        var_24 = wp::sub(var_22, var_margin);
        // if err < 0.0:                                                                      <L 23>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // n = wp.normalize(delta) * query.sign                                           <L 24>
            var_27 = wp::normalize(var_19);
            var_28 = &((var_8).sign);
            var_30 = wp::load(var_28);
            var_29 = wp::mul(var_27, var_30);
            // xpred = xpred - n * err                                                        <L 25>
            var_31 = wp::mul(var_29, var_24);
            var_32 = wp::sub(var_6, var_31);
        }
        var_33 = wp::where(var_26, var_32, var_6);
    }
    var_34 = wp::load(var_10);
    var_36 = wp::load(var_10);
    var_35 = wp::where(var_36, var_33, var_6);
    // x[tid] = xpred                                                                         <L 26>
    // wp::array_store(var_x, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_35, adj_x, adj_0, adj_35);
    // adj: x[tid] = xpred                                                                    <L 26>
    wp::adj_where(var_36, var_33, var_6, adj_10, adj_33, adj_6, adj_35);
    if (var_34) {
        wp::adj_where(var_26, var_32, var_6, adj_26, adj_32, adj_6, adj_33);
        if (var_26) {
            wp::adj_sub(var_6, var_31, adj_6, adj_31, adj_32);
            wp::adj_mul(var_29, var_24, adj_29, adj_24, adj_31);
            // adj: xpred = xpred - n * err                                                   <L 25>
            wp::adj_mul(var_27, var_30, adj_27, adj_28, adj_29);
            adj_8.sign += adj_28;
            wp::adj_normalize(var_19, var_27, adj_19, adj_27);
            // adj: n = wp.normalize(delta) * query.sign                                      <L 24>
        }
        // adj: if err < 0.0:                                                                 <L 23>
        wp::adj_sub(var_22, var_margin, adj_22, adj_margin, adj_24);
        // adj: err = dist - margin                                                           <L 22>
        wp::adj_mul(var_20, var_23, adj_20, adj_21, adj_22);
        adj_8.sign += adj_21;
        wp::adj_length(var_19, var_20, adj_19, adj_20);
        // adj: dist = wp.length(delta) * query.sign                                          <L 21>
        wp::adj_sub(var_6, var_15, adj_6, adj_15, adj_19);
        // adj: delta = xpred - p                                                             <L 20>
        wp::adj_mesh_eval_position(var_mesh, var_16, var_17, var_18, adj_mesh, adj_12, adj_13, adj_14, adj_15);
        adj_8.v += adj_14;
        adj_8.u += adj_13;
        adj_8.face = adj_12;
        // adj: p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                 <L 19>
    }
    adj_8.result = adj_10;
    // adj: if query.result:                                                                  <L 18>
    wp::adj_mesh_query_point_sign_normal(var_mesh, var_6, var_max_dist, var_9, var_8, adj_mesh, adj_6, adj_max_dist, adj_9, adj_8);
    // adj: query = wp.mesh_query_point_sign_normal(mesh, xpred, max_dist)                    <L 17>
    wp::adj_add(var_7, var_4, adj_1, adj_4, adj_6);
    wp::adj_mul(var_5, var_3, adj_2, adj_3, adj_4);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xpred = x[tid] + v[tid] * 0.01                                                    <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def collide(                                                                      <L 8>
    return;
}



struct collide_93ca2a15_cpu_block_payload_forward
{
    wp_args_collide_93ca2a15* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void collide_93ca2a15_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    collide_93ca2a15_cpu_block_payload_forward* payload = (collide_93ca2a15_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    collide_93ca2a15_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void collide_93ca2a15_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_collide_93ca2a15 *_wp_args)
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
        collide_93ca2a15_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &collide_93ca2a15_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct collide_93ca2a15_cpu_block_payload_backward
{
    wp_args_collide_93ca2a15* args;
    wp_args_collide_93ca2a15* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void collide_93ca2a15_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    collide_93ca2a15_cpu_block_payload_backward* payload = (collide_93ca2a15_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    collide_93ca2a15_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void collide_93ca2a15_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_collide_93ca2a15 *_wp_args,
    wp_args_collide_93ca2a15 *_wp_adj_args)
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
        collide_93ca2a15_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &collide_93ca2a15_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_variants_9b70a37d {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
};


template <bool wp_linear_contiguous>
static void variants_9b70a37d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_variants_9b70a37d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 10.0;
    wp::mesh_query_point_t var_5;
    const wp::float32 var_6 = 10.0;
    wp::mesh_query_point_t var_7;
    const wp::float32 var_8 = 0.0;
    wp::mesh_query_point_t var_9;
    const wp::float32 var_10 = 10.0;
    const wp::float32 var_11 = 0.01;
    wp::mesh_query_point_t var_12;
    const wp::float32 var_13 = 10.0;
    const wp::float32 var_14 = 3.0;
    wp::mesh_query_point_t var_15;
    const wp::float32 var_16 = 0.5;
    const wp::float32 var_17 = 10.0;
    const wp::float32 var_18 = 3.0;
    const wp::float32 var_19 = 0.25;
    wp::mesh_query_point_t var_20;
    const wp::float32 var_21 = 10.0;
    wp::mesh_query_point_t var_22;
    const wp::int32 var_23 = 1;
    const wp::float32 var_24 = 0.1;
    const wp::float32 var_25 = 10.0;
    const wp::int32 var_26 = 3;
    wp::mesh_query_point_t var_27;
    const wp::float32 var_28 = 0.1;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    bool var_52;
    bool* var_53;
    bool var_54;
    bool* var_55;
    bool var_56;
    wp::int32* var_57;
    wp::int32* var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::int32* var_65;
    wp::float32* var_66;
    wp::float32* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::int32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::int32* var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    //---------
    // forward
    // def variants(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 40>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.mesh_query_point(mesh, p, 10.0)                                                 <L 41>
    var_5 = wp::mesh_query_point(var_mesh, var_2, var_4);
    // b = wp.mesh_query_point_no_sign(mesh, p, 10.0)                                         <L 42>
    var_7 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_6);
    // c = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                                 <L 43>
    var_9 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_8);
    // d = wp.mesh_query_point_sign_normal(mesh, p, 10.0, 0.01)                               <L 44>
    var_12 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_10, var_11);
    // w = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0)                        <L 45>
    var_15 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_13, var_14, var_16);
    // f = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0, 0.25)                  <L 46>
    var_20 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_17, var_18, var_19);
    // g = wp.mesh_query_point_sign_parity(mesh, p, 10.0)                                     <L 47>
    var_22 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_21, var_23, var_24);
    // h = wp.mesh_query_point_sign_parity(mesh, p, 10.0, 3)                                  <L 48>
    var_27 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_26, var_28);
    // s = a.sign + b.u + c.v + d.sign + w.sign + f.sign + g.sign + h.u                       <L 49>
    var_29 = &((var_5).sign);
    var_30 = &((var_7).u);
    var_32 = wp::load(var_29);
    var_33 = wp::load(var_30);
    var_31 = wp::add(var_32, var_33);
    var_34 = &((var_9).v);
    var_36 = wp::load(var_34);
    var_35 = wp::add(var_31, var_36);
    var_37 = &((var_12).sign);
    var_39 = wp::load(var_37);
    var_38 = wp::add(var_35, var_39);
    var_40 = &((var_15).sign);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_38, var_42);
    var_43 = &((var_20).sign);
    var_45 = wp::load(var_43);
    var_44 = wp::add(var_41, var_45);
    var_46 = &((var_22).sign);
    var_48 = wp::load(var_46);
    var_47 = wp::add(var_44, var_48);
    var_49 = &((var_27).u);
    var_51 = wp::load(var_49);
    var_50 = wp::add(var_47, var_51);
    // if a.result and b.result:                                                              <L 50>
    var_53 = &((var_5).result);
    var_54 = wp::load(var_53);
    var_52 = var_54;
    if (var_52) {
        var_55 = &((var_7).result);
        var_56 = wp::load(var_55);
        var_52 = var_52 && var_56;
    }
    if (var_52) {
        // s += float(a.face + b.face)                                                        <L 51>
        var_57 = &((var_5).face);
        var_58 = &((var_7).face);
        var_60 = wp::load(var_57);
        var_61 = wp::load(var_58);
        var_59 = wp::add(var_60, var_61);
        var_62 = wp::float(var_59);
        var_63 = wp::add(var_50, var_62);
    }
    var_64 = wp::where(var_52, var_63, var_50);
    // out[i] = s                                                                             <L 52>
    wp::array_store(var_out, var_0, var_64);
    // vel[i] = wp.mesh_eval_velocity(mesh, b.face, b.u, b.v) + wp.mesh_eval_face_normal(mesh, c.face)       <L 53>
    var_65 = &((var_7).face);
    var_66 = &((var_7).u);
    var_67 = &((var_7).v);
    var_69 = wp::load(var_65);
    var_70 = wp::load(var_66);
    var_71 = wp::load(var_67);
    var_68 = wp::mesh_eval_velocity(var_mesh, var_69, var_70, var_71);
    var_72 = &((var_9).face);
    var_74 = wp::load(var_72);
    var_73 = wp::mesh_eval_face_normal(var_mesh, var_74);
    var_75 = wp::add(var_68, var_73);
    wp::array_store(var_vel, var_0, var_75);
}



template <bool wp_linear_contiguous>
static void variants_9b70a37d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_variants_9b70a37d *_wp_args,
    wp_args_variants_9b70a37d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 10.0;
    wp::mesh_query_point_t var_5;
    const wp::float32 var_6 = 10.0;
    wp::mesh_query_point_t var_7;
    const wp::float32 var_8 = 0.0;
    wp::mesh_query_point_t var_9;
    const wp::float32 var_10 = 10.0;
    const wp::float32 var_11 = 0.01;
    wp::mesh_query_point_t var_12;
    const wp::float32 var_13 = 10.0;
    const wp::float32 var_14 = 3.0;
    wp::mesh_query_point_t var_15;
    const wp::float32 var_16 = 0.5;
    const wp::float32 var_17 = 10.0;
    const wp::float32 var_18 = 3.0;
    const wp::float32 var_19 = 0.25;
    wp::mesh_query_point_t var_20;
    const wp::float32 var_21 = 10.0;
    wp::mesh_query_point_t var_22;
    const wp::int32 var_23 = 1;
    const wp::float32 var_24 = 0.1;
    const wp::float32 var_25 = 10.0;
    const wp::int32 var_26 = 3;
    wp::mesh_query_point_t var_27;
    const wp::float32 var_28 = 0.1;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    bool var_52;
    bool* var_53;
    bool var_54;
    bool* var_55;
    bool var_56;
    wp::int32* var_57;
    wp::int32* var_58;
    wp::int32 var_59;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::int32* var_65;
    wp::float32* var_66;
    wp::float32* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::int32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::int32* var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mesh_query_point_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mesh_query_point_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::mesh_query_point_t adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::mesh_query_point_t adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::mesh_query_point_t adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mesh_query_point_t adj_20 = {};
    wp::float32 adj_21 = {};
    wp::mesh_query_point_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::mesh_query_point_t adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    bool adj_52 = {};
    bool adj_53 = {};
    bool adj_54 = {};
    bool adj_55 = {};
    bool adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::int32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    //---------
    // forward
    // def variants(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 40>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.mesh_query_point(mesh, p, 10.0)                                                 <L 41>
    var_5 = wp::mesh_query_point(var_mesh, var_2, var_4);
    // b = wp.mesh_query_point_no_sign(mesh, p, 10.0)                                         <L 42>
    var_7 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_6);
    // c = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                                 <L 43>
    var_9 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_8);
    // d = wp.mesh_query_point_sign_normal(mesh, p, 10.0, 0.01)                               <L 44>
    var_12 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_10, var_11);
    // w = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0)                        <L 45>
    var_15 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_13, var_14, var_16);
    // f = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0, 0.25)                  <L 46>
    var_20 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_17, var_18, var_19);
    // g = wp.mesh_query_point_sign_parity(mesh, p, 10.0)                                     <L 47>
    var_22 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_21, var_23, var_24);
    // h = wp.mesh_query_point_sign_parity(mesh, p, 10.0, 3)                                  <L 48>
    var_27 = wp::mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_26, var_28);
    // s = a.sign + b.u + c.v + d.sign + w.sign + f.sign + g.sign + h.u                       <L 49>
    var_29 = &((var_5).sign);
    var_30 = &((var_7).u);
    var_32 = wp::load(var_29);
    var_33 = wp::load(var_30);
    var_31 = wp::add(var_32, var_33);
    var_34 = &((var_9).v);
    var_36 = wp::load(var_34);
    var_35 = wp::add(var_31, var_36);
    var_37 = &((var_12).sign);
    var_39 = wp::load(var_37);
    var_38 = wp::add(var_35, var_39);
    var_40 = &((var_15).sign);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_38, var_42);
    var_43 = &((var_20).sign);
    var_45 = wp::load(var_43);
    var_44 = wp::add(var_41, var_45);
    var_46 = &((var_22).sign);
    var_48 = wp::load(var_46);
    var_47 = wp::add(var_44, var_48);
    var_49 = &((var_27).u);
    var_51 = wp::load(var_49);
    var_50 = wp::add(var_47, var_51);
    // if a.result and b.result:                                                              <L 50>
    var_53 = &((var_5).result);
    var_54 = wp::load(var_53);
    var_52 = var_54;
    if (var_52) {
        var_55 = &((var_7).result);
        var_56 = wp::load(var_55);
        var_52 = var_52 && var_56;
    }
    if (var_52) {
        // s += float(a.face + b.face)                                                        <L 51>
        var_57 = &((var_5).face);
        var_58 = &((var_7).face);
        var_60 = wp::load(var_57);
        var_61 = wp::load(var_58);
        var_59 = wp::add(var_60, var_61);
        var_62 = wp::float(var_59);
        var_63 = wp::add(var_50, var_62);
    }
    var_64 = wp::where(var_52, var_63, var_50);
    // out[i] = s                                                                             <L 52>
    // wp::array_store(var_out, var_0, var_64);
    // vel[i] = wp.mesh_eval_velocity(mesh, b.face, b.u, b.v) + wp.mesh_eval_face_normal(mesh, c.face)       <L 53>
    var_65 = &((var_7).face);
    var_66 = &((var_7).u);
    var_67 = &((var_7).v);
    var_69 = wp::load(var_65);
    var_70 = wp::load(var_66);
    var_71 = wp::load(var_67);
    var_68 = wp::mesh_eval_velocity(var_mesh, var_69, var_70, var_71);
    var_72 = &((var_9).face);
    var_74 = wp::load(var_72);
    var_73 = wp::mesh_eval_face_normal(var_mesh, var_74);
    var_75 = wp::add(var_68, var_73);
    // wp::array_store(var_vel, var_0, var_75);
    //---------
    // reverse
    wp::adj_array_store(var_vel, var_0, var_75, adj_vel, adj_0, adj_75);
    wp::adj_add(var_68, var_73, adj_68, adj_73, adj_75);
    adj_9.face = adj_72;
    wp::adj_mesh_eval_velocity(var_mesh, var_69, var_70, var_71, adj_mesh, adj_65, adj_66, adj_67, adj_68);
    adj_7.v += adj_67;
    adj_7.u += adj_66;
    adj_7.face = adj_65;
    // adj: vel[i] = wp.mesh_eval_velocity(mesh, b.face, b.u, b.v) + wp.mesh_eval_face_normal(mesh, c.face)  <L 53>
    wp::adj_array_store(var_out, var_0, var_64, adj_out, adj_0, adj_64);
    // adj: out[i] = s                                                                        <L 52>
    wp::adj_where(var_52, var_63, var_50, adj_52, adj_63, adj_50, adj_64);
    if (var_52) {
        wp::adj_add(var_50, var_62, adj_50, adj_62, adj_63);
        wp::adj_float(var_59, adj_59, adj_62);
        wp::adj_add(var_60, var_61, adj_57, adj_58, adj_59);
        adj_7.face = adj_58;
        adj_5.face = adj_57;
        // adj: s += float(a.face + b.face)                                                   <L 51>
    }
    if (var_52) {
        adj_7.result = adj_55;
    }
    adj_5.result = adj_53;
    // adj: if a.result and b.result:                                                         <L 50>
    wp::adj_add(var_47, var_51, adj_47, adj_49, adj_50);
    adj_27.u += adj_49;
    wp::adj_add(var_44, var_48, adj_44, adj_46, adj_47);
    adj_22.sign += adj_46;
    wp::adj_add(var_41, var_45, adj_41, adj_43, adj_44);
    adj_20.sign += adj_43;
    wp::adj_add(var_38, var_42, adj_38, adj_40, adj_41);
    adj_15.sign += adj_40;
    wp::adj_add(var_35, var_39, adj_35, adj_37, adj_38);
    adj_12.sign += adj_37;
    wp::adj_add(var_31, var_36, adj_31, adj_34, adj_35);
    adj_9.v += adj_34;
    wp::adj_add(var_32, var_33, adj_29, adj_30, adj_31);
    adj_7.u += adj_30;
    adj_5.sign += adj_29;
    // adj: s = a.sign + b.u + c.v + d.sign + w.sign + f.sign + g.sign + h.u                  <L 49>
    wp::adj_mesh_query_point_sign_parity(var_mesh, var_2, var_25, var_26, var_28, var_27, adj_mesh, adj_2, adj_25, adj_26, adj_28, adj_27);
    // adj: h = wp.mesh_query_point_sign_parity(mesh, p, 10.0, 3)                             <L 48>
    wp::adj_mesh_query_point_sign_parity(var_mesh, var_2, var_21, var_23, var_24, var_22, adj_mesh, adj_2, adj_21, adj_23, adj_24, adj_22);
    // adj: g = wp.mesh_query_point_sign_parity(mesh, p, 10.0)                                <L 47>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_17, var_18, var_19, var_20, adj_mesh, adj_2, adj_17, adj_18, adj_19, adj_20);
    // adj: f = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0, 0.25)             <L 46>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_13, var_14, var_16, var_15, adj_mesh, adj_2, adj_13, adj_14, adj_16, adj_15);
    // adj: w = wp.mesh_query_point_sign_winding_number(mesh, p, 10.0, 3.0)                   <L 45>
    wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_10, var_11, var_12, adj_mesh, adj_2, adj_10, adj_11, adj_12);
    // adj: d = wp.mesh_query_point_sign_normal(mesh, p, 10.0, 0.01)                          <L 44>
    wp::adj_mesh_query_furthest_point_no_sign(var_mesh, var_2, var_8, var_9, adj_mesh, adj_2, adj_8, adj_9);
    // adj: c = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                            <L 43>
    wp::adj_mesh_query_point_no_sign(var_mesh, var_2, var_6, var_7, adj_mesh, adj_2, adj_6, adj_7);
    // adj: b = wp.mesh_query_point_no_sign(mesh, p, 10.0)                                    <L 42>
    wp::adj_mesh_query_point(var_mesh, var_2, var_4, var_5, adj_mesh, adj_2, adj_4, adj_5);
    // adj: a = wp.mesh_query_point(mesh, p, 10.0)                                            <L 41>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 40>
    // adj: i = wp.tid()                                                                      <L 39>
    // adj: def variants(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vel: wp.array(dtype=wp.vec3)):  <L 38>
    return;
}



struct variants_9b70a37d_cpu_block_payload_forward
{
    wp_args_variants_9b70a37d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void variants_9b70a37d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    variants_9b70a37d_cpu_block_payload_forward* payload = (variants_9b70a37d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    variants_9b70a37d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void variants_9b70a37d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_variants_9b70a37d *_wp_args)
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
        variants_9b70a37d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &variants_9b70a37d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct variants_9b70a37d_cpu_block_payload_backward
{
    wp_args_variants_9b70a37d* args;
    wp_args_variants_9b70a37d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void variants_9b70a37d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    variants_9b70a37d_cpu_block_payload_backward* payload = (variants_9b70a37d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    variants_9b70a37d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void variants_9b70a37d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_variants_9b70a37d *_wp_args,
    wp_args_variants_9b70a37d *_wp_adj_args)
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
        variants_9b70a37d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &variants_9b70a37d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_sdf_cbca36a2 {
    wp::uint64 mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> values;
};


template <bool wp_linear_contiguous>
static void sdf_cbca36a2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sdf_cbca36a2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1000000.0;
    wp::mesh_query_point_t var_5;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 0.5;
    wp::float32* var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def sdf(mesh_id: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 32>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.mesh_query_point_sign_winding_number(mesh_id, p, 1.0e6)                         <L 33>
    var_5 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_2, var_4, var_6, var_7);
    // values[i] = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))       <L 34>
    var_8 = &((var_5).sign);
    var_9 = &((var_5).face);
    var_10 = &((var_5).u);
    var_11 = &((var_5).v);
    var_13 = wp::load(var_9);
    var_14 = wp::load(var_10);
    var_15 = wp::load(var_11);
    var_12 = wp::mesh_eval_position(var_mesh_id, var_13, var_14, var_15);
    var_16 = wp::sub(var_2, var_12);
    var_17 = wp::length(var_16);
    var_19 = wp::load(var_8);
    var_18 = wp::mul(var_19, var_17);
    wp::array_store(var_values, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void sdf_cbca36a2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sdf_cbca36a2 *_wp_args,
    wp_args_sdf_cbca36a2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1000000.0;
    wp::mesh_query_point_t var_5;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 0.5;
    wp::float32* var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mesh_query_point_t adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def sdf(mesh_id: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):       <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // p = points[i]                                                                          <L 32>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = wp.mesh_query_point_sign_winding_number(mesh_id, p, 1.0e6)                         <L 33>
    var_5 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_2, var_4, var_6, var_7);
    // values[i] = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))       <L 34>
    var_8 = &((var_5).sign);
    var_9 = &((var_5).face);
    var_10 = &((var_5).u);
    var_11 = &((var_5).v);
    var_13 = wp::load(var_9);
    var_14 = wp::load(var_10);
    var_15 = wp::load(var_11);
    var_12 = wp::mesh_eval_position(var_mesh_id, var_13, var_14, var_15);
    var_16 = wp::sub(var_2, var_12);
    var_17 = wp::length(var_16);
    var_19 = wp::load(var_8);
    var_18 = wp::mul(var_19, var_17);
    // wp::array_store(var_values, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_values, var_0, var_18, adj_values, adj_0, adj_18);
    wp::adj_mul(var_19, var_17, adj_8, adj_17, adj_18);
    wp::adj_length(var_16, var_17, adj_16, adj_17);
    wp::adj_sub(var_2, var_12, adj_2, adj_12, adj_16);
    wp::adj_mesh_eval_position(var_mesh_id, var_13, var_14, var_15, adj_mesh_id, adj_9, adj_10, adj_11, adj_12);
    adj_5.v += adj_11;
    adj_5.u += adj_10;
    adj_5.face = adj_9;
    adj_5.sign += adj_8;
    // adj: values[i] = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))  <L 34>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh_id, var_2, var_4, var_6, var_7, var_5, adj_mesh_id, adj_2, adj_4, adj_6, adj_7, adj_5);
    // adj: q = wp.mesh_query_point_sign_winding_number(mesh_id, p, 1.0e6)                    <L 33>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[i]                                                                     <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def sdf(mesh_id: wp.uint64, points: wp.array(dtype=wp.vec3), values: wp.array(dtype=float)):  <L 30>
    return;
}



struct sdf_cbca36a2_cpu_block_payload_forward
{
    wp_args_sdf_cbca36a2* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sdf_cbca36a2_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sdf_cbca36a2_cpu_block_payload_forward* payload = (sdf_cbca36a2_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sdf_cbca36a2_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sdf_cbca36a2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sdf_cbca36a2 *_wp_args)
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
        sdf_cbca36a2_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sdf_cbca36a2_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sdf_cbca36a2_cpu_block_payload_backward
{
    wp_args_sdf_cbca36a2* args;
    wp_args_sdf_cbca36a2* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sdf_cbca36a2_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sdf_cbca36a2_cpu_block_payload_backward* payload = (sdf_cbca36a2_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sdf_cbca36a2_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sdf_cbca36a2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sdf_cbca36a2 *_wp_args,
    wp_args_sdf_cbca36a2 *_wp_adj_args)
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
        sdf_cbca36a2_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sdf_cbca36a2_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

