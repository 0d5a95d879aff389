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

struct wp_args_k_7989e543 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> b;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
};


template <bool wp_linear_contiguous>
static void k_7989e543_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_7989e543 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.016666666666666666;
    const wp::float32 var_2 = 0.010000000000000002;
    wp::float32 var_3;
    const wp::float32 var_4 = 513.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.3333333333333333;
    wp::float32 var_7;
    const wp::float32 var_8 = 6.283185307179586;
    const wp::float32 var_9 = 0.6666666666666666;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.016666666666666666;
    wp::float32 var_13;
    const wp::int32 var_14 = 1024;
    const wp::int32 var_15 = -342;
    wp::int32 var_16;
    const wp::int32 var_17 = -2;
    wp::int32 var_18;
    const wp::int32 var_19 = -4;
    wp::int32 var_20;
    const wp::int32 var_21 = -28;
    wp::int32 var_22;
    const bool var_23 = true;
    const wp::vec_t<3, wp::float32> var_24 = wp::initializer_array<3,wp::float32>{0.3333333432674408, -0.5, 8.0};
    const wp::float32 var_25 = 2.0;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):       <L 23>
    // i = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                                   <L 25>
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::add(var_7, var_10);
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_a, var_0, var_13);
    // b[i] = N + M + R + Q + P                                                               <L 26>
    var_16 = wp::add(var_14, var_15);
    var_18 = wp::add(var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_22 = wp::add(var_20, var_21);
    wp::array_store(var_b, var_0, var_22);
    // if ON:                                                                                 <L 27>
    // v[i] = V * 2.0                                                                         <L 28>
    var_26 = wp::mul(var_24, var_25);
    wp::array_store(var_v, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void k_7989e543_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_7989e543 *_wp_args,
    wp_args_k_7989e543 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.016666666666666666;
    const wp::float32 var_2 = 0.010000000000000002;
    wp::float32 var_3;
    const wp::float32 var_4 = 513.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.3333333333333333;
    wp::float32 var_7;
    const wp::float32 var_8 = 6.283185307179586;
    const wp::float32 var_9 = 0.6666666666666666;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.016666666666666666;
    wp::float32 var_13;
    const wp::int32 var_14 = 1024;
    const wp::int32 var_15 = -342;
    wp::int32 var_16;
    const wp::int32 var_17 = -2;
    wp::int32 var_18;
    const wp::int32 var_19 = -4;
    wp::int32 var_20;
    const wp::int32 var_21 = -28;
    wp::int32 var_22;
    const bool var_23 = true;
    const wp::vec_t<3, wp::float32> var_24 = wp::initializer_array<3,wp::float32>{0.3333333432674408, -0.5, 8.0};
    const wp::float32 var_25 = 2.0;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
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
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):       <L 23>
    // i = wp.tid()                                                                           <L 24>
    var_0 = builtin_tid1d();
    // a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                                   <L 25>
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::add(var_7, var_10);
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_a, var_0, var_13);
    // b[i] = N + M + R + Q + P                                                               <L 26>
    var_16 = wp::add(var_14, var_15);
    var_18 = wp::add(var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_22 = wp::add(var_20, var_21);
    // wp::array_store(var_b, var_0, var_22);
    // if ON:                                                                                 <L 27>
    // v[i] = V * 2.0                                                                         <L 28>
    var_26 = wp::mul(var_24, var_25);
    // wp::array_store(var_v, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_0, var_26, adj_v, adj_0, adj_26);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    // adj: v[i] = V * 2.0                                                                    <L 28>
    // adj: if ON:                                                                            <L 27>
    wp::adj_array_store(var_b, var_0, var_22, adj_b, adj_0, adj_22);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: b[i] = N + M + R + Q + P                                                          <L 26>
    wp::adj_array_store(var_a, var_0, var_13, adj_a, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_add(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: a[i] = DT + SQ + MIX + HALF + TWO_PI * RELAX + ALIAS                              <L 25>
    // adj: i = wp.tid()                                                                      <L 24>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=int), v: wp.array(dtype=wp.vec3)):  <L 23>
    return;
}



struct k_7989e543_cpu_block_payload_forward
{
    wp_args_k_7989e543* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_7989e543_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_7989e543_cpu_block_payload_forward* payload = (k_7989e543_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_7989e543_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_7989e543_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_7989e543 *_wp_args)
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
        k_7989e543_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_7989e543_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_7989e543_cpu_block_payload_backward
{
    wp_args_k_7989e543* args;
    wp_args_k_7989e543* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_7989e543_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_7989e543_cpu_block_payload_backward* payload = (k_7989e543_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_7989e543_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_7989e543_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_7989e543 *_wp_args,
    wp_args_k_7989e543 *_wp_adj_args)
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
        k_7989e543_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_7989e543_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

