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

struct wp_args_integrate_cb412605 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> p;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void integrate_cb412605_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_cb412605 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_p = _wp_args->p;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<2, wp::float32>* var_9;
    const wp::vec_t<2, wp::float32> var_10 = wp::initializer_array<2,wp::float32>{1.0, -2.5};
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // forward
    // def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + GRAVITY * dt + UP                                                        <L 11>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::mul(var_2, var_dt);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    var_7 = wp::add(var_4, var_6);
    wp::array_store(var_v, var_0, var_7);
    // g = GRAVITY                                                                            <L 12>
    var_8 = wp::copy(var_2);
    // p[i] = p[i] + OFFSET * g[1] - OFFSET                                                   <L 13>
    var_9 = wp::address(var_p, var_0);
    var_12 = wp::extract(var_8, var_11);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::load(var_9);
    var_14 = wp::add(var_15, var_13);
    var_16 = wp::sub(var_14, var_10);
    wp::array_store(var_p, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void integrate_cb412605_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_cb412605 *_wp_args,
    wp_args_integrate_cb412605 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_p = _wp_args->p;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_p = _wp_adj_args->p;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<2, wp::float32>* var_9;
    const wp::vec_t<2, wp::float32> var_10 = wp::initializer_array<2,wp::float32>{1.0, -2.5};
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    //---------
    // forward
    // def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):       <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + GRAVITY * dt + UP                                                        <L 11>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::mul(var_2, var_dt);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    var_7 = wp::add(var_4, var_6);
    // wp::array_store(var_v, var_0, var_7);
    // g = GRAVITY                                                                            <L 12>
    var_8 = wp::copy(var_2);
    // p[i] = p[i] + OFFSET * g[1] - OFFSET                                                   <L 13>
    var_9 = wp::address(var_p, var_0);
    var_12 = wp::extract(var_8, var_11);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::load(var_9);
    var_14 = wp::add(var_15, var_13);
    var_16 = wp::sub(var_14, var_10);
    // wp::array_store(var_p, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_16, adj_p, adj_0, adj_16);
    wp::adj_sub(var_14, var_10, adj_14, adj_10, adj_16);
    wp::adj_add(var_15, var_13, adj_9, adj_13, adj_14);
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_9);
    // adj: p[i] = p[i] + OFFSET * g[1] - OFFSET                                              <L 13>
    wp::adj_copy(var_2, adj_2, adj_8);
    // adj: g = GRAVITY                                                                       <L 12>
    wp::adj_array_store(var_v, var_0, var_7, adj_v, adj_0, adj_7);
    wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
    wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = v[i] + GRAVITY * dt + UP                                                   <L 11>
    // adj: i = wp.tid()                                                                      <L 10>
    // adj: def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):  <L 9>
    return;
}



struct integrate_cb412605_cpu_block_payload_forward
{
    wp_args_integrate_cb412605* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_cb412605_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_cb412605_cpu_block_payload_forward* payload = (integrate_cb412605_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_cb412605_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_cb412605_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_cb412605 *_wp_args)
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
        integrate_cb412605_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_cb412605_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_cb412605_cpu_block_payload_backward
{
    wp_args_integrate_cb412605* args;
    wp_args_integrate_cb412605* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_cb412605_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_cb412605_cpu_block_payload_backward* payload = (integrate_cb412605_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_cb412605_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_cb412605_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_cb412605 *_wp_args,
    wp_args_integrate_cb412605 *_wp_adj_args)
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
        integrate_cb412605_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_cb412605_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_copies_e48139d3 {
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void copies_e48139d3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copies_e48139d3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
    wp::vec_t<3, wp::float32> var_2;
    const wp::vec_t<3, wp::float32> var_3 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def copies(out: wp.array(dtype=wp.vec3)):                                              <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a = wp.vec3(GRAVITY)                                                                   <L 19>
    var_2 = wp::vec_t<3, wp::float32>(var_1);
    // b = wp.vec3(UP)                                                                        <L 20>
    var_4 = wp::vec_t<3, wp::float32>(var_3);
    // out[i] = a + b + wp.vec3(2.0)                                                          <L 21>
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    var_8 = wp::add(var_5, var_7);
    wp::array_store(var_out, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void copies_e48139d3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copies_e48139d3 *_wp_args,
    wp_args_copies_e48139d3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
    wp::vec_t<3, wp::float32> var_2;
    const wp::vec_t<3, wp::float32> var_3 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def copies(out: wp.array(dtype=wp.vec3)):                                              <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a = wp.vec3(GRAVITY)                                                                   <L 19>
    var_2 = wp::vec_t<3, wp::float32>(var_1);
    // b = wp.vec3(UP)                                                                        <L 20>
    var_4 = wp::vec_t<3, wp::float32>(var_3);
    // out[i] = a + b + wp.vec3(2.0)                                                          <L 21>
    var_5 = wp::add(var_2, var_4);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    var_8 = wp::add(var_5, var_7);
    // wp::array_store(var_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_vec_t(var_6, adj_6, adj_7);
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: out[i] = a + b + wp.vec3(2.0)                                                     <L 21>
    wp::adj_vec_t(var_3, adj_3, adj_4);
    // adj: b = wp.vec3(UP)                                                                   <L 20>
    wp::adj_vec_t(var_1, adj_1, adj_2);
    // adj: a = wp.vec3(GRAVITY)                                                              <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def copies(out: wp.array(dtype=wp.vec3)):                                         <L 17>
    return;
}



struct copies_e48139d3_cpu_block_payload_forward
{
    wp_args_copies_e48139d3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copies_e48139d3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copies_e48139d3_cpu_block_payload_forward* payload = (copies_e48139d3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copies_e48139d3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copies_e48139d3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copies_e48139d3 *_wp_args)
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
        copies_e48139d3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copies_e48139d3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copies_e48139d3_cpu_block_payload_backward
{
    wp_args_copies_e48139d3* args;
    wp_args_copies_e48139d3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copies_e48139d3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copies_e48139d3_cpu_block_payload_backward* payload = (copies_e48139d3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copies_e48139d3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copies_e48139d3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copies_e48139d3 *_wp_args,
    wp_args_copies_e48139d3 *_wp_adj_args)
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
        copies_e48139d3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copies_e48139d3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

