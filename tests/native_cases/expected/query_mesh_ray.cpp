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

struct wp_args_draw_1bcb17fb {
    wp::uint64 mesh;
    wp::vec_t<3, wp::float32> cam_pos;
    wp::int32 width;
    wp::int32 height;
    wp::array_t<wp::vec_t<3, wp::float32>> pixels;
};


template <bool wp_linear_contiguous>
static void draw_1bcb17fb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_1bcb17fb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels = _wp_args->pixels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = -1.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 1000000.0;
    wp::mesh_query_ray_t var_26;
    const wp::int32 var_27 = -1;
    bool* var_28;
    bool var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const wp::float32 var_31 = 0.5;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 0.5;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    bool var_50;
    wp::vec_t<3, wp::float32> var_51;
    bool var_52;
    //---------
    // forward
    // def draw(mesh: wp.uint64, cam_pos: wp.vec3, width: int, height: int, pixels: wp.array(dtype=wp.vec3)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // x = tid % width                                                                        <L 10>
    var_1 = wp::mod(var_0, var_width);
    // y = tid // width                                                                       <L 11>
    var_2 = wp::floordiv(var_0, var_width);
    // sx = 2.0 * float(x) / float(height) - 1.0                                              <L 12>
    var_4 = wp::float(var_1);
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::float(var_height);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // sy = 2.0 * float(y) / float(height) - 1.0                                              <L 13>
    var_11 = wp::float(var_2);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_height);
    var_14 = wp::div(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // ro = cam_pos                                                                           <L 14>
    var_17 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(sx, sy, -1.0))                                               <L 15>
    var_19 = wp::vec_t<3, wp::float32>(var_9, var_16, var_18);
    var_20 = wp::normalize(var_19);
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 16>
    var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    // query = wp.mesh_query_ray(mesh, ro, rd, 1.0e6)                                         <L 17>
    var_26 = wp::mesh_query_ray(var_mesh, var_17, var_20, var_25, var_27);
    // if query.result:                                                                       <L 18>
    var_28 = &((var_26).result);
    var_29 = wp::load(var_28);
    if (var_29) {
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5) * query.t + wp.vec3(query.u, query.v, query.sign)       <L 19>
        var_30 = &((var_26).normal);
        var_33 = wp::load(var_30);
        var_32 = wp::mul(var_33, var_31);
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = &((var_26).t);
        var_40 = wp::load(var_38);
        var_39 = wp::mul(var_37, var_40);
        var_41 = wp::add(var_32, var_39);
        var_42 = &((var_26).u);
        var_43 = &((var_26).v);
        var_44 = &((var_26).sign);
        var_46 = wp::load(var_42);
        var_47 = wp::load(var_43);
        var_48 = wp::load(var_44);
        var_45 = wp::vec_t<3, wp::float32>(var_46, var_47, var_48);
        var_49 = wp::add(var_41, var_45);
    }
    var_50 = wp::load(var_28);
    var_52 = wp::load(var_28);
    var_51 = wp::where(var_52, var_49, var_24);
    // pixels[tid] = color                                                                    <L 20>
    wp::array_store(var_pixels, var_0, var_51);
}



template <bool wp_linear_contiguous>
static void draw_1bcb17fb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_1bcb17fb *_wp_args,
    wp_args_draw_1bcb17fb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels = _wp_args->pixels;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::int32 adj_width = _wp_adj_args->width;
    wp::int32 adj_height = _wp_adj_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels = _wp_adj_args->pixels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = -1.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 1000000.0;
    wp::mesh_query_ray_t var_26;
    const wp::int32 var_27 = -1;
    bool* var_28;
    bool var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const wp::float32 var_31 = 0.5;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 0.5;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    bool var_50;
    wp::vec_t<3, wp::float32> var_51;
    bool var_52;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::mesh_query_ray_t adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    bool adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    bool adj_52 = {};
    //---------
    // forward
    // def draw(mesh: wp.uint64, cam_pos: wp.vec3, width: int, height: int, pixels: wp.array(dtype=wp.vec3)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // x = tid % width                                                                        <L 10>
    var_1 = wp::mod(var_0, var_width);
    // y = tid // width                                                                       <L 11>
    var_2 = wp::floordiv(var_0, var_width);
    // sx = 2.0 * float(x) / float(height) - 1.0                                              <L 12>
    var_4 = wp::float(var_1);
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::float(var_height);
    var_7 = wp::div(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // sy = 2.0 * float(y) / float(height) - 1.0                                              <L 13>
    var_11 = wp::float(var_2);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_height);
    var_14 = wp::div(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // ro = cam_pos                                                                           <L 14>
    var_17 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(sx, sy, -1.0))                                               <L 15>
    var_19 = wp::vec_t<3, wp::float32>(var_9, var_16, var_18);
    var_20 = wp::normalize(var_19);
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 16>
    var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    // query = wp.mesh_query_ray(mesh, ro, rd, 1.0e6)                                         <L 17>
    var_26 = wp::mesh_query_ray(var_mesh, var_17, var_20, var_25, var_27);
    // if query.result:                                                                       <L 18>
    var_28 = &((var_26).result);
    var_29 = wp::load(var_28);
    if (var_29) {
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5) * query.t + wp.vec3(query.u, query.v, query.sign)       <L 19>
        var_30 = &((var_26).normal);
        var_33 = wp::load(var_30);
        var_32 = wp::mul(var_33, var_31);
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = &((var_26).t);
        var_40 = wp::load(var_38);
        var_39 = wp::mul(var_37, var_40);
        var_41 = wp::add(var_32, var_39);
        var_42 = &((var_26).u);
        var_43 = &((var_26).v);
        var_44 = &((var_26).sign);
        var_46 = wp::load(var_42);
        var_47 = wp::load(var_43);
        var_48 = wp::load(var_44);
        var_45 = wp::vec_t<3, wp::float32>(var_46, var_47, var_48);
        var_49 = wp::add(var_41, var_45);
    }
    var_50 = wp::load(var_28);
    var_52 = wp::load(var_28);
    var_51 = wp::where(var_52, var_49, var_24);
    // pixels[tid] = color                                                                    <L 20>
    // wp::array_store(var_pixels, var_0, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_pixels, var_0, var_51, adj_pixels, adj_0, adj_51);
    // adj: pixels[tid] = color                                                               <L 20>
    wp::adj_where(var_52, var_49, var_24, adj_28, adj_49, adj_24, adj_51);
    if (var_50) {
        wp::adj_add(var_41, var_45, adj_41, adj_45, adj_49);
        wp::adj_vec_t(var_46, var_47, var_48, adj_42, adj_43, adj_44, adj_45);
        adj_26.sign += adj_44;
        adj_26.v += adj_43;
        adj_26.u += adj_42;
        wp::adj_add(var_32, var_39, adj_32, adj_39, adj_41);
        wp::adj_mul(var_37, var_40, adj_37, adj_38, adj_39);
        adj_26.t += adj_38;
        wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
        wp::adj_mul(var_33, var_31, adj_30, adj_31, adj_32);
        adj_26.normal += adj_30;
        // adj: color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5) * query.t + wp.vec3(query.u, query.v, query.sign)  <L 19>
    }
    adj_26.result = adj_28;
    // adj: if query.result:                                                                  <L 18>
    wp::adj_mesh_query_ray(var_mesh, var_17, var_20, var_25, var_27, var_26, adj_mesh, adj_17, adj_20, adj_25, adj_27, adj_26);
    // adj: query = wp.mesh_query_ray(mesh, ro, rd, 1.0e6)                                    <L 17>
    wp::adj_vec_t(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
    // adj: color = wp.vec3(0.0, 0.0, 0.0)                                                    <L 16>
    wp::adj_normalize(var_19, var_20, adj_19, adj_20);
    wp::adj_vec_t(var_9, var_16, var_18, adj_9, adj_16, adj_18, adj_19);
    // adj: rd = wp.normalize(wp.vec3(sx, sy, -1.0))                                          <L 15>
    wp::adj_copy(var_cam_pos, adj_cam_pos, adj_17);
    // adj: ro = cam_pos                                                                      <L 14>
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_float(var_height, adj_height, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_2, adj_2, adj_11);
    // adj: sy = 2.0 * float(y) / float(height) - 1.0                                         <L 13>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_float(var_height, adj_height, adj_6);
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    // adj: sx = 2.0 * float(x) / float(height) - 1.0                                         <L 12>
    // adj: y = tid // width                                                                  <L 11>
    wp::adj_mod(var_0, var_width, adj_0, adj_width, adj_1);
    // adj: x = tid % width                                                                   <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def draw(mesh: wp.uint64, cam_pos: wp.vec3, width: int, height: int, pixels: wp.array(dtype=wp.vec3)):  <L 8>
    return;
}



struct draw_1bcb17fb_cpu_block_payload_forward
{
    wp_args_draw_1bcb17fb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void draw_1bcb17fb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    draw_1bcb17fb_cpu_block_payload_forward* payload = (draw_1bcb17fb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    draw_1bcb17fb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void draw_1bcb17fb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_1bcb17fb *_wp_args)
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
        draw_1bcb17fb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &draw_1bcb17fb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct draw_1bcb17fb_cpu_block_payload_backward
{
    wp_args_draw_1bcb17fb* args;
    wp_args_draw_1bcb17fb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void draw_1bcb17fb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    draw_1bcb17fb_cpu_block_payload_backward* payload = (draw_1bcb17fb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    draw_1bcb17fb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void draw_1bcb17fb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_1bcb17fb *_wp_args,
    wp_args_draw_1bcb17fb *_wp_adj_args)
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
        draw_1bcb17fb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &draw_1bcb17fb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_rays_24442a80 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> starts;
    wp::array_t<wp::vec_t<3, wp::float32>> dirs;
    wp::array_t<wp::int32> roots;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void rays_24442a80_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rays_24442a80 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_starts = _wp_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_roots = _wp_args->roots;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::float32 var_3 = 100.0;
    wp::int32* var_4;
    wp::mesh_query_ray_t var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::float32 var_22 = 100.0;
    bool var_23;
    const wp::int32 var_24 = -1;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    const wp::float32 var_29 = 100.0;
    wp::int32* var_30;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::int32 var_34;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::float32 var_40 = 50.0;
    bool var_41;
    const wp::int32 var_42 = -1;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = -1;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32>* var_52;
    wp::int32* var_53;
    wp::int32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    bool var_59;
    wp::vec_t<3, wp::float32>* var_60;
    wp::vec_t<3, wp::float32>* var_61;
    const wp::float32 var_62 = 50.0;
    wp::int32* var_63;
    bool var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::int32* var_76;
    wp::float32 var_77;
    wp::int32 var_78;
    wp::float32 var_79;
    //---------
    // forward
    // def rays(mesh: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), roots: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // q = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, roots[i])                       <L 26>
    var_1 = wp::address(var_starts, var_0);
    var_2 = wp::address(var_dirs, var_0);
    var_4 = wp::address(var_roots, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_4);
    var_5 = wp::mesh_query_ray(var_mesh, var_6, var_7, var_3, var_8);
    // t = float(0.0)                                                                         <L 27>
    var_10 = wp::float(var_9);
    // u = float(0.0)                                                                         <L 28>
    var_12 = wp::float(var_11);
    // v = float(0.0)                                                                         <L 29>
    var_14 = wp::float(var_13);
    // sign = float(0.0)                                                                      <L 30>
    var_16 = wp::float(var_15);
    // n = wp.vec3()                                                                          <L 31>
    var_17 = wp::vec_t<3, wp::float32>();
    // f = int(0)                                                                             <L 32>
    var_19 = wp::int(var_18);
    // hit = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f)          <L 33>
    var_20 = wp::address(var_starts, var_0);
    var_21 = wp::address(var_dirs, var_0);
    var_25 = wp::load(var_20);
    var_26 = wp::load(var_21);
    var_23 = wp::mesh_query_ray(var_mesh, var_25, var_26, var_22, var_10, var_12, var_14, var_16, var_17, var_19, var_24);
    // if wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f, roots[i]):       <L 34>
    var_27 = wp::address(var_starts, var_0);
    var_28 = wp::address(var_dirs, var_0);
    var_30 = wp::address(var_roots, var_0);
    var_32 = wp::load(var_27);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_30);
    var_31 = wp::mesh_query_ray(var_mesh, var_32, var_33, var_29, var_10, var_12, var_14, var_16, var_17, var_19, var_34);
    if (var_31) {
        // t += 1.0                                                                           <L 35>
        var_36 = wp::add(var_10, var_35);
    }
    var_37 = wp::where(var_31, var_36, var_10);
    // any_hit = wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0)                     <L 36>
    var_38 = wp::address(var_starts, var_0);
    var_39 = wp::address(var_dirs, var_0);
    var_43 = wp::load(var_38);
    var_44 = wp::load(var_39);
    var_41 = wp::mesh_query_ray_anyhit(var_mesh, var_43, var_44, var_40, var_42);
    // count = wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i])                <L 37>
    var_45 = wp::address(var_starts, var_0);
    var_46 = wp::address(var_dirs, var_0);
    var_49 = wp::load(var_45);
    var_50 = wp::load(var_46);
    var_47 = wp::mesh_query_ray_count_intersections(var_mesh, var_49, var_50, var_48);
    // count += wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i], roots[i])       <L 38>
    var_51 = wp::address(var_starts, var_0);
    var_52 = wp::address(var_dirs, var_0);
    var_53 = wp::address(var_roots, var_0);
    var_55 = wp::load(var_51);
    var_56 = wp::load(var_52);
    var_57 = wp::load(var_53);
    var_54 = wp::mesh_query_ray_count_intersections(var_mesh, var_55, var_56, var_57);
    var_58 = wp::add(var_47, var_54);
    // if any_hit or wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0, roots[i]):       <L 39>
    var_59 = var_41;
    if (!var_59) {
        var_60 = wp::address(var_starts, var_0);
        var_61 = wp::address(var_dirs, var_0);
        var_63 = wp::address(var_roots, var_0);
        var_65 = wp::load(var_60);
        var_66 = wp::load(var_61);
        var_67 = wp::load(var_63);
        var_64 = wp::mesh_query_ray_anyhit(var_mesh, var_65, var_66, var_62, var_67);
        var_59 = var_59 || var_64;
    }
    if (var_59) {
        // count += 1                                                                         <L 40>
        var_69 = wp::add(var_58, var_68);
    }
    var_70 = wp::where(var_59, var_69, var_58);
    // if hit:                                                                                <L 41>
    if (var_23) {
        // out[i] = q.t + t + float(count) + float(q.face)                                    <L 42>
        var_71 = &((var_5).t);
        var_73 = wp::load(var_71);
        var_72 = wp::add(var_73, var_37);
        var_74 = wp::float(var_70);
        var_75 = wp::add(var_72, var_74);
        var_76 = &((var_5).face);
        var_78 = wp::load(var_76);
        var_77 = wp::float(var_78);
        var_79 = wp::add(var_75, var_77);
        wp::array_store(var_out, var_0, var_79);
    }
}



template <bool wp_linear_contiguous>
static void rays_24442a80_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rays_24442a80 *_wp_args,
    wp_args_rays_24442a80 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_starts = _wp_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs = _wp_args->dirs;
    wp::array_t<wp::int32> var_roots = _wp_args->roots;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_starts = _wp_adj_args->starts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs = _wp_adj_args->dirs;
    wp::array_t<wp::int32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::float32 var_3 = 100.0;
    wp::int32* var_4;
    wp::mesh_query_ray_t var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::float32 var_22 = 100.0;
    bool var_23;
    const wp::int32 var_24 = -1;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    const wp::float32 var_29 = 100.0;
    wp::int32* var_30;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::int32 var_34;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::float32 var_40 = 50.0;
    bool var_41;
    const wp::int32 var_42 = -1;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = -1;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32>* var_52;
    wp::int32* var_53;
    wp::int32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::int32 var_57;
    wp::int32 var_58;
    bool var_59;
    wp::vec_t<3, wp::float32>* var_60;
    wp::vec_t<3, wp::float32>* var_61;
    const wp::float32 var_62 = 50.0;
    wp::int32* var_63;
    bool var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::int32* var_76;
    wp::float32 var_77;
    wp::int32 var_78;
    wp::float32 var_79;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::mesh_query_ray_t adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::int32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    bool adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    //---------
    // forward
    // def rays(mesh: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), roots: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // q = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, roots[i])                       <L 26>
    var_1 = wp::address(var_starts, var_0);
    var_2 = wp::address(var_dirs, var_0);
    var_4 = wp::address(var_roots, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_4);
    var_5 = wp::mesh_query_ray(var_mesh, var_6, var_7, var_3, var_8);
    // t = float(0.0)                                                                         <L 27>
    var_10 = wp::float(var_9);
    // u = float(0.0)                                                                         <L 28>
    var_12 = wp::float(var_11);
    // v = float(0.0)                                                                         <L 29>
    var_14 = wp::float(var_13);
    // sign = float(0.0)                                                                      <L 30>
    var_16 = wp::float(var_15);
    // n = wp.vec3()                                                                          <L 31>
    var_17 = wp::vec_t<3, wp::float32>();
    // f = int(0)                                                                             <L 32>
    var_19 = wp::int(var_18);
    // hit = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f)          <L 33>
    var_20 = wp::address(var_starts, var_0);
    var_21 = wp::address(var_dirs, var_0);
    var_25 = wp::load(var_20);
    var_26 = wp::load(var_21);
    var_23 = wp::mesh_query_ray(var_mesh, var_25, var_26, var_22, var_10, var_12, var_14, var_16, var_17, var_19, var_24);
    // if wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f, roots[i]):       <L 34>
    var_27 = wp::address(var_starts, var_0);
    var_28 = wp::address(var_dirs, var_0);
    var_30 = wp::address(var_roots, var_0);
    var_32 = wp::load(var_27);
    var_33 = wp::load(var_28);
    var_34 = wp::load(var_30);
    var_31 = wp::mesh_query_ray(var_mesh, var_32, var_33, var_29, var_10, var_12, var_14, var_16, var_17, var_19, var_34);
    if (var_31) {
        // t += 1.0                                                                           <L 35>
        var_36 = wp::add(var_10, var_35);
    }
    var_37 = wp::where(var_31, var_36, var_10);
    // any_hit = wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0)                     <L 36>
    var_38 = wp::address(var_starts, var_0);
    var_39 = wp::address(var_dirs, var_0);
    var_43 = wp::load(var_38);
    var_44 = wp::load(var_39);
    var_41 = wp::mesh_query_ray_anyhit(var_mesh, var_43, var_44, var_40, var_42);
    // count = wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i])                <L 37>
    var_45 = wp::address(var_starts, var_0);
    var_46 = wp::address(var_dirs, var_0);
    var_49 = wp::load(var_45);
    var_50 = wp::load(var_46);
    var_47 = wp::mesh_query_ray_count_intersections(var_mesh, var_49, var_50, var_48);
    // count += wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i], roots[i])       <L 38>
    var_51 = wp::address(var_starts, var_0);
    var_52 = wp::address(var_dirs, var_0);
    var_53 = wp::address(var_roots, var_0);
    var_55 = wp::load(var_51);
    var_56 = wp::load(var_52);
    var_57 = wp::load(var_53);
    var_54 = wp::mesh_query_ray_count_intersections(var_mesh, var_55, var_56, var_57);
    var_58 = wp::add(var_47, var_54);
    // if any_hit or wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0, roots[i]):       <L 39>
    var_59 = var_41;
    if (!var_59) {
        var_60 = wp::address(var_starts, var_0);
        var_61 = wp::address(var_dirs, var_0);
        var_63 = wp::address(var_roots, var_0);
        var_65 = wp::load(var_60);
        var_66 = wp::load(var_61);
        var_67 = wp::load(var_63);
        var_64 = wp::mesh_query_ray_anyhit(var_mesh, var_65, var_66, var_62, var_67);
        var_59 = var_59 || var_64;
    }
    if (var_59) {
        // count += 1                                                                         <L 40>
        var_69 = wp::add(var_58, var_68);
    }
    var_70 = wp::where(var_59, var_69, var_58);
    // if hit:                                                                                <L 41>
    if (var_23) {
        // out[i] = q.t + t + float(count) + float(q.face)                                    <L 42>
        var_71 = &((var_5).t);
        var_73 = wp::load(var_71);
        var_72 = wp::add(var_73, var_37);
        var_74 = wp::float(var_70);
        var_75 = wp::add(var_72, var_74);
        var_76 = &((var_5).face);
        var_78 = wp::load(var_76);
        var_77 = wp::float(var_78);
        var_79 = wp::add(var_75, var_77);
        // wp::array_store(var_out, var_0, var_79);
    }
    //---------
    // reverse
    if (var_23) {
        wp::adj_array_store(var_out, var_0, var_79, adj_out, adj_0, adj_79);
        wp::adj_add(var_75, var_77, adj_75, adj_77, adj_79);
        wp::adj_float(var_78, adj_76, adj_77);
        adj_5.face = adj_76;
        wp::adj_add(var_72, var_74, adj_72, adj_74, adj_75);
        wp::adj_float(var_70, adj_70, adj_74);
        wp::adj_add(var_73, var_37, adj_71, adj_37, adj_72);
        adj_5.t += adj_71;
        // adj: out[i] = q.t + t + float(count) + float(q.face)                               <L 42>
    }
    // adj: if hit:                                                                           <L 41>
    wp::adj_where(var_59, var_69, var_58, adj_59, adj_69, adj_58, adj_70);
    if (var_59) {
        wp::adj_add(var_58, var_68, adj_58, adj_68, adj_69);
        // adj: count += 1                                                                    <L 40>
    }
    if (!var_59) {
        wp::adj_address(var_roots, var_0, adj_roots, adj_0, adj_63);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_61);
        wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_60);
    }
    // adj: if any_hit or wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0, roots[i]):  <L 39>
    wp::adj_add(var_47, var_54, adj_47, adj_54, adj_58);
    wp::adj_address(var_roots, var_0, adj_roots, adj_0, adj_53);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_52);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_51);
    // adj: count += wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i], roots[i])  <L 38>
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_46);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_45);
    // adj: count = wp.mesh_query_ray_count_intersections(mesh, starts[i], dirs[i])           <L 37>
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_39);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_38);
    // adj: any_hit = wp.mesh_query_ray_anyhit(mesh, starts[i], dirs[i], 50.0)                <L 36>
    wp::adj_where(var_31, var_36, var_10, adj_31, adj_36, adj_10, adj_37);
    if (var_31) {
        wp::adj_add(var_10, var_35, adj_10, adj_35, adj_36);
        // adj: t += 1.0                                                                      <L 35>
    }
    wp::adj_mesh_query_ray(var_mesh, var_32, var_33, var_29, var_10, var_12, var_14, var_16, var_17, var_19, var_34, adj_mesh, adj_27, adj_28, adj_29, adj_10, adj_12, adj_14, adj_16, adj_17, adj_19, adj_30, adj_31);
    wp::adj_address(var_roots, var_0, adj_roots, adj_0, adj_30);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_28);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_27);
    // adj: if wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f, roots[i]):  <L 34>
    wp::adj_mesh_query_ray(var_mesh, var_25, var_26, var_22, var_10, var_12, var_14, var_16, var_17, var_19, var_24, adj_mesh, adj_20, adj_21, adj_22, adj_10, adj_12, adj_14, adj_16, adj_17, adj_19, adj_24, adj_23);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_21);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_20);
    // adj: hit = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, t, u, v, sign, n, f)     <L 33>
    // adj: f = int(0)                                                                        <L 32>
    // adj: n = wp.vec3()                                                                     <L 31>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: sign = float(0.0)                                                                 <L 30>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: v = float(0.0)                                                                    <L 29>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: u = float(0.0)                                                                    <L 28>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: t = float(0.0)                                                                    <L 27>
    wp::adj_mesh_query_ray(var_mesh, var_6, var_7, var_3, var_8, var_5, adj_mesh, adj_1, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_roots, var_0, adj_roots, adj_0, adj_4);
    wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_2);
    wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_1);
    // adj: q = wp.mesh_query_ray(mesh, starts[i], dirs[i], 100.0, roots[i])                  <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def rays(mesh: wp.uint64, starts: wp.array(dtype=wp.vec3), dirs: wp.array(dtype=wp.vec3), roots: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 24>
    return;
}



struct rays_24442a80_cpu_block_payload_forward
{
    wp_args_rays_24442a80* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void rays_24442a80_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    rays_24442a80_cpu_block_payload_forward* payload = (rays_24442a80_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    rays_24442a80_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void rays_24442a80_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rays_24442a80 *_wp_args)
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
        rays_24442a80_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &rays_24442a80_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct rays_24442a80_cpu_block_payload_backward
{
    wp_args_rays_24442a80* args;
    wp_args_rays_24442a80* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void rays_24442a80_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    rays_24442a80_cpu_block_payload_backward* payload = (rays_24442a80_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    rays_24442a80_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void rays_24442a80_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rays_24442a80 *_wp_args,
    wp_args_rays_24442a80 *_wp_adj_args)
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
        rays_24442a80_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &rays_24442a80_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_intersect_2be4497b {
    wp::uint64 mesh_0;
    wp::uint64 mesh_1;
    wp::int32 num_faces;
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void intersect_2be4497b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_intersect_2be4497b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_0 = _wp_args->mesh_0;
    wp::uint64 var_mesh_1 = _wp_args->mesh_1;
    wp::int32 var_num_faces = _wp_args->num_faces;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::mesh_query_aabb_t var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    bool var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::mesh_query_aabb_t var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::mesh_query_aabb_t var_29;
    bool var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    const wp::float32 var_33 = 0.25;
    wp::mesh_query_aabb_t var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::float32 var_38 = 0.25;
    wp::mesh_query_aabb_t var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::mesh_query_aabb_t var_42;
    bool var_43;
    wp::int32 var_44;
    //---------
    // forward
    // def intersect(mesh_0: wp.uint64, mesh_1: wp.uint64, num_faces: int, out: wp.array(dtype=int)):       <L 46>
    // face = wp.tid()                                                                        <L 47>
    var_0 = builtin_tid1d();
    // v0 = wp.mesh_eval_position(mesh_0, face, 1.0, 0.0)                                     <L 48>
    var_3 = wp::mesh_eval_position(var_mesh_0, var_0, var_1, var_2);
    // v1 = wp.mesh_eval_position(mesh_0, face, 0.0, 1.0)                                     <L 49>
    var_6 = wp::mesh_eval_position(var_mesh_0, var_0, var_4, var_5);
    // v2 = wp.mesh_eval_position(mesh_0, face, 0.0, 0.0)                                     <L 50>
    var_9 = wp::mesh_eval_position(var_mesh_0, var_0, var_7, var_8);
    // lower = wp.min(wp.min(v0, v1), v2)                                                     <L 51>
    var_10 = wp::min(var_3, var_6);
    var_11 = wp::min(var_10, var_9);
    // upper = wp.max(wp.max(v0, v1), v2)                                                     <L 52>
    var_12 = wp::max(var_3, var_6);
    var_13 = wp::max(var_12, var_9);
    // query = wp.mesh_query_aabb(mesh_1, lower, upper)                                       <L 53>
    var_14 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    // f = int(0)                                                                             <L 54>
    var_16 = wp::int(var_15);
    // while wp.mesh_query_next(query, f):                                                    <L 55>
    start_while_0:;
    var_17 = wp::mesh_query_aabb_next(var_14, var_16);
    if ((var_17) == false) goto end_while_0;
        // u0 = wp.mesh_eval_position(mesh_1, f, 1.0, 0.0)                                    <L 56>
        var_20 = wp::mesh_eval_position(var_mesh_1, var_16, var_18, var_19);
        // if wp.intersect_tri_tri(v0, v1, v2, u0, u0, u0) > 0:                               <L 57>
        var_21 = wp::intersect_tri_tri(var_3, var_6, var_9, var_20, var_20, var_20);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // out[face] = 1                                                                  <L 58>
            wp::array_store(var_out, var_0, var_24);
        }
    goto start_while_0;
    end_while_0:;
    // for g in wp.mesh_query_aabb(mesh_1, lower, upper):                                     <L 59>
    var_25 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    start_for_2:;
        if (iter_cmp(var_25) == 0) goto end_for_2;
        var_26 = wp::iter_next(var_25);
        // out[face] += g                                                                     <L 60>
        var_27 = wp::atomic_add(var_out, var_0, var_26);
        goto start_for_2;
    end_for_2:;
    // sphere = wp.mesh_query_sphere(mesh_1, v0, 0.5)                                         <L 61>
    var_29 = wp::mesh_query_sphere(var_mesh_1, var_3, var_28);
    // while wp.mesh_query_aabb_next(sphere, f):                                              <L 62>
    start_while_4:;
    var_30 = wp::mesh_query_sphere_next(var_29, var_16);
    if ((var_30) == false) goto end_while_4;
        // out[face] += 1                                                                     <L 63>
        var_32 = wp::atomic_add(var_out, var_0, var_31);
    goto start_while_4;
    end_while_4:;
    // others = wp.mesh_query_sphere(mesh_1, v1, 0.25)                                        <L 64>
    var_34 = wp::mesh_query_sphere(var_mesh_1, var_6, var_33);
    // while wp.mesh_query_next(others, f):                                                   <L 65>
    start_while_6:;
    var_35 = wp::mesh_query_sphere_next(var_34, var_16);
    if ((var_35) == false) goto end_while_6;
        // out[face] -= 1                                                                     <L 66>
        var_37 = wp::atomic_sub(var_out, var_0, var_36);
    goto start_while_6;
    end_while_6:;
    // for h in wp.mesh_query_sphere(mesh_1, v2, 0.25):                                       <L 67>
    var_39 = wp::mesh_query_sphere(var_mesh_1, var_9, var_38);
    start_for_8:;
        if (iter_cmp(var_39) == 0) goto end_for_8;
        var_40 = wp::iter_next(var_39);
        // out[face] += h                                                                     <L 68>
        var_41 = wp::atomic_add(var_out, var_0, var_40);
        goto start_for_8;
    end_for_8:;
    // aabb = wp.mesh_query_aabb(mesh_1, lower, upper)                                        <L 69>
    var_42 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    // while wp.mesh_query_aabb_next(aabb, f):                                                <L 70>
    start_while_10:;
    var_43 = wp::mesh_query_aabb_next(var_42, var_16);
    if ((var_43) == false) goto end_while_10;
        // out[face] += f                                                                     <L 71>
        var_44 = wp::atomic_add(var_out, var_0, var_16);
    goto start_while_10;
    end_while_10:;
}



template <bool wp_linear_contiguous>
static void intersect_2be4497b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_intersect_2be4497b *_wp_args,
    wp_args_intersect_2be4497b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_0 = _wp_args->mesh_0;
    wp::uint64 var_mesh_1 = _wp_args->mesh_1;
    wp::int32 var_num_faces = _wp_args->num_faces;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::uint64 adj_mesh_0 = _wp_adj_args->mesh_0;
    wp::uint64 adj_mesh_1 = _wp_adj_args->mesh_1;
    wp::int32 adj_num_faces = _wp_adj_args->num_faces;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::mesh_query_aabb_t var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    bool var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::mesh_query_aabb_t var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::mesh_query_aabb_t var_29;
    bool var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    const wp::float32 var_33 = 0.25;
    wp::mesh_query_aabb_t var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::float32 var_38 = 0.25;
    wp::mesh_query_aabb_t var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::mesh_query_aabb_t var_42;
    bool var_43;
    wp::int32 var_44;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::mesh_query_aabb_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::mesh_query_aabb_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mesh_query_aabb_t adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::mesh_query_aabb_t adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::mesh_query_aabb_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::mesh_query_aabb_t adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    //---------
    // forward
    // def intersect(mesh_0: wp.uint64, mesh_1: wp.uint64, num_faces: int, out: wp.array(dtype=int)):       <L 46>
    // face = wp.tid()                                                                        <L 47>
    var_0 = builtin_tid1d();
    // v0 = wp.mesh_eval_position(mesh_0, face, 1.0, 0.0)                                     <L 48>
    var_3 = wp::mesh_eval_position(var_mesh_0, var_0, var_1, var_2);
    // v1 = wp.mesh_eval_position(mesh_0, face, 0.0, 1.0)                                     <L 49>
    var_6 = wp::mesh_eval_position(var_mesh_0, var_0, var_4, var_5);
    // v2 = wp.mesh_eval_position(mesh_0, face, 0.0, 0.0)                                     <L 50>
    var_9 = wp::mesh_eval_position(var_mesh_0, var_0, var_7, var_8);
    // lower = wp.min(wp.min(v0, v1), v2)                                                     <L 51>
    var_10 = wp::min(var_3, var_6);
    var_11 = wp::min(var_10, var_9);
    // upper = wp.max(wp.max(v0, v1), v2)                                                     <L 52>
    var_12 = wp::max(var_3, var_6);
    var_13 = wp::max(var_12, var_9);
    // query = wp.mesh_query_aabb(mesh_1, lower, upper)                                       <L 53>
    var_14 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    // f = int(0)                                                                             <L 54>
    var_16 = wp::int(var_15);
    // while wp.mesh_query_next(query, f):                                                    <L 55>
    // for g in wp.mesh_query_aabb(mesh_1, lower, upper):                                     <L 59>
    var_25 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    // sphere = wp.mesh_query_sphere(mesh_1, v0, 0.5)                                         <L 61>
    var_29 = wp::mesh_query_sphere(var_mesh_1, var_3, var_28);
    // while wp.mesh_query_aabb_next(sphere, f):                                              <L 62>
    // others = wp.mesh_query_sphere(mesh_1, v1, 0.25)                                        <L 64>
    var_34 = wp::mesh_query_sphere(var_mesh_1, var_6, var_33);
    // while wp.mesh_query_next(others, f):                                                   <L 65>
    // for h in wp.mesh_query_sphere(mesh_1, v2, 0.25):                                       <L 67>
    var_39 = wp::mesh_query_sphere(var_mesh_1, var_9, var_38);
    // aabb = wp.mesh_query_aabb(mesh_1, lower, upper)                                        <L 69>
    var_42 = wp::mesh_query_aabb(var_mesh_1, var_11, var_13);
    // while wp.mesh_query_aabb_next(aabb, f):                                                <L 70>
    //---------
    // reverse
    start_while_10:;
    var_43 = wp::mesh_query_aabb_next(var_42, var_16);
    if ((var_43) == false) goto end_while_10;
    adj_44 = {};
        // out[face] += f                                                                     <L 71>
        // var_44 = wp::atomic_add(var_out, var_0, var_16);
        wp::adj_atomic_add(var_out, var_0, var_16, adj_out, adj_0, adj_16, adj_44);
        // adj: out[face] += f                                                                <L 71>
    goto start_while_10;
    end_while_10:;
    // adj: while wp.mesh_query_aabb_next(aabb, f):                                           <L 70>
    // adj: aabb = wp.mesh_query_aabb(mesh_1, lower, upper)                                   <L 69>
    var_39 = wp::iter_reverse(var_39);
    start_for_8:;
        if (iter_cmp(var_39) == 0) goto end_for_8;
        var_40 = wp::iter_next(var_39);
    	adj_41 = {};
        // out[face] += h                                                                     <L 68>
        // var_41 = wp::atomic_add(var_out, var_0, var_40);
        wp::adj_atomic_add(var_out, var_0, var_40, adj_out, adj_0, adj_40, adj_41);
        // adj: out[face] += h                                                                <L 68>
    	goto start_for_8;
    end_for_8:;
    // adj: for h in wp.mesh_query_sphere(mesh_1, v2, 0.25):                                  <L 67>
    start_while_6:;
    var_35 = wp::mesh_query_sphere_next(var_34, var_16);
    if ((var_35) == false) goto end_while_6;
    adj_36 = {};
    adj_37 = {};
        // out[face] -= 1                                                                     <L 66>
        // var_37 = wp::atomic_sub(var_out, var_0, var_36);
        wp::adj_atomic_sub(var_out, var_0, var_36, adj_out, adj_0, adj_36, adj_37);
        // adj: out[face] -= 1                                                                <L 66>
    goto start_while_6;
    end_while_6:;
    // adj: while wp.mesh_query_next(others, f):                                              <L 65>
    // adj: others = wp.mesh_query_sphere(mesh_1, v1, 0.25)                                   <L 64>
    start_while_4:;
    var_30 = wp::mesh_query_sphere_next(var_29, var_16);
    if ((var_30) == false) goto end_while_4;
    adj_31 = {};
    adj_32 = {};
        // out[face] += 1                                                                     <L 63>
        // var_32 = wp::atomic_add(var_out, var_0, var_31);
        wp::adj_atomic_add(var_out, var_0, var_31, adj_out, adj_0, adj_31, adj_32);
        // adj: out[face] += 1                                                                <L 63>
    goto start_while_4;
    end_while_4:;
    // adj: while wp.mesh_query_aabb_next(sphere, f):                                         <L 62>
    // adj: sphere = wp.mesh_query_sphere(mesh_1, v0, 0.5)                                    <L 61>
    var_25 = wp::iter_reverse(var_25);
    start_for_2:;
        if (iter_cmp(var_25) == 0) goto end_for_2;
        var_26 = wp::iter_next(var_25);
    	adj_27 = {};
        // out[face] += g                                                                     <L 60>
        // var_27 = wp::atomic_add(var_out, var_0, var_26);
        wp::adj_atomic_add(var_out, var_0, var_26, adj_out, adj_0, adj_26, adj_27);
        // adj: out[face] += g                                                                <L 60>
    	goto start_for_2;
    end_for_2:;
    // adj: for g in wp.mesh_query_aabb(mesh_1, lower, upper):                                <L 59>
    start_while_0:;
    var_17 = wp::mesh_query_aabb_next(var_14, var_16);
    if ((var_17) == false) goto end_while_0;
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
        // u0 = wp.mesh_eval_position(mesh_1, f, 1.0, 0.0)                                    <L 56>
        var_20 = wp::mesh_eval_position(var_mesh_1, var_16, var_18, var_19);
        // if wp.intersect_tri_tri(v0, v1, v2, u0, u0, u0) > 0:                               <L 57>
        var_21 = wp::intersect_tri_tri(var_3, var_6, var_9, var_20, var_20, var_20);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // out[face] = 1                                                                  <L 58>
            // wp::array_store(var_out, var_0, var_24);
        }
        if (var_23) {
            wp::adj_array_store(var_out, var_0, var_24, adj_out, adj_0, adj_24);
            // adj: out[face] = 1                                                             <L 58>
        }
        // adj: if wp.intersect_tri_tri(v0, v1, v2, u0, u0, u0) > 0:                          <L 57>
        wp::adj_mesh_eval_position(var_mesh_1, var_16, var_18, var_19, adj_mesh_1, adj_16, adj_18, adj_19, adj_20);
        // adj: u0 = wp.mesh_eval_position(mesh_1, f, 1.0, 0.0)                               <L 56>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.mesh_query_next(query, f):                                               <L 55>
    // adj: f = int(0)                                                                        <L 54>
    // adj: query = wp.mesh_query_aabb(mesh_1, lower, upper)                                  <L 53>
    wp::adj_max(var_12, var_9, adj_12, adj_9, adj_13);
    wp::adj_max(var_3, var_6, adj_3, adj_6, adj_12);
    // adj: upper = wp.max(wp.max(v0, v1), v2)                                                <L 52>
    wp::adj_min(var_10, var_9, adj_10, adj_9, adj_11);
    wp::adj_min(var_3, var_6, adj_3, adj_6, adj_10);
    // adj: lower = wp.min(wp.min(v0, v1), v2)                                                <L 51>
    wp::adj_mesh_eval_position(var_mesh_0, var_0, var_7, var_8, adj_mesh_0, adj_0, adj_7, adj_8, adj_9);
    // adj: v2 = wp.mesh_eval_position(mesh_0, face, 0.0, 0.0)                                <L 50>
    wp::adj_mesh_eval_position(var_mesh_0, var_0, var_4, var_5, adj_mesh_0, adj_0, adj_4, adj_5, adj_6);
    // adj: v1 = wp.mesh_eval_position(mesh_0, face, 0.0, 1.0)                                <L 49>
    wp::adj_mesh_eval_position(var_mesh_0, var_0, var_1, var_2, adj_mesh_0, adj_0, adj_1, adj_2, adj_3);
    // adj: v0 = wp.mesh_eval_position(mesh_0, face, 1.0, 0.0)                                <L 48>
    // adj: face = wp.tid()                                                                   <L 47>
    // adj: def intersect(mesh_0: wp.uint64, mesh_1: wp.uint64, num_faces: int, out: wp.array(dtype=int)):  <L 46>
    return;
}



struct intersect_2be4497b_cpu_block_payload_forward
{
    wp_args_intersect_2be4497b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void intersect_2be4497b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    intersect_2be4497b_cpu_block_payload_forward* payload = (intersect_2be4497b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    intersect_2be4497b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void intersect_2be4497b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_intersect_2be4497b *_wp_args)
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
        intersect_2be4497b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &intersect_2be4497b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct intersect_2be4497b_cpu_block_payload_backward
{
    wp_args_intersect_2be4497b* args;
    wp_args_intersect_2be4497b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void intersect_2be4497b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    intersect_2be4497b_cpu_block_payload_backward* payload = (intersect_2be4497b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    intersect_2be4497b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void intersect_2be4497b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_intersect_2be4497b *_wp_args,
    wp_args_intersect_2be4497b *_wp_adj_args)
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
        intersect_2be4497b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &intersect_2be4497b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

