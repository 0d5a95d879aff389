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

struct wp_args_k_8c38b97b {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> u;
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> m;
    wp::array_t<wp::transform_t<wp::float32>> t;
    wp::float32 x;
};


template <bool wp_linear_contiguous>
static void k_8c38b97b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8c38b97b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> var_m = _wp_args->m;
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::float32 var_x = _wp_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float16> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::uint32 var_14;
    wp::mat_t<3, 3, wp::uint32> var_15;
    wp::uint32 var_16;
    wp::mat_t<3, 3, wp::uint32> var_17;
    wp::mat_t<3, 3, wp::uint32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float64> var_20;
    wp::mat_t<2, 2, wp::float32>* var_21;
    wp::mat_t<2, 2, wp::float64> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    const wp::float32 var_25 = 2.0;
    wp::mat_t<3, 3, wp::float64> var_26;
    const wp::float64 var_27 = 2.0;
    const wp::float32 var_28 = 1.5;
    const wp::float32 var_29 = 2.5;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::int32> var_31;
    //---------
    // forward
    // def k(                                                                                 <L 7>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + wp.mat22f(1.0)                                                           <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_2);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    wp::array_store(var_a, var_0, var_4);
    // b = wp.mat22f(x)                                                                       <L 16>
    var_6 = wp::mat_t<2, 2, wp::float32>(var_x);
    // d = wp.vec3d(u[i])                                                                     <L 17>
    var_7 = wp::address(var_u, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::vec_t<3, wp::float64>(var_9);
    // h = wp.vec3h(u[i])                                                                     <L 18>
    var_10 = wp::address(var_u, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::vec_t<3, wp::float16>(var_12);
    // m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                                   <L 19>
    var_14 = wp::uint32(var_13);
    var_15 = wp::mat_t<3, 3, wp::uint32>(var_14);
    var_16 = wp::uint32(var_0);
    var_17 = wp::mat_t<3, 3, wp::uint32>(var_16);
    var_18 = wp::add(var_15, var_17);
    wp::array_store(var_m, var_0, var_18);
    // tt = wp.transform()                                                                    <L 20>
    var_19 = wp::transform_t<wp::float32>();
    // td = wp.transformd()                                                                   <L 21>
    var_20 = wp::transform_t<wp::float64>();
    // t[i] = tt                                                                              <L 22>
    wp::array_store(var_t, var_0, var_19);
    // md = wp.mat22d(a[i])                                                                   <L 23>
    var_21 = wp::address(var_a, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::mat_t<2, 2, wp::float64>(var_23);
    // mf = wp.mat22(md)                                                                      <L 24>
    var_24 = wp::mat_t<2, 2, wp::float32>(var_22);
    // e = wp.mat33d(2.0)                                                                     <L 25>
    var_26 = wp::mat_t<3, 3, wp::float64>(var_27);
    // v = wp.vec2i(wp.vec2(1.5, 2.5))                                                        <L 26>
    var_30 = wp::vec_t<2, wp::float32>(var_28, var_29);
    var_31 = wp::vec_t<2, wp::int32>(var_30);
}



template <bool wp_linear_contiguous>
static void k_8c38b97b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_8c38b97b *_wp_args,
    wp_args_k_8c38b97b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> var_m = _wp_args->m;
    wp::array_t<wp::transform_t<wp::float32>> var_t = _wp_args->t;
    wp::float32 var_x = _wp_args->x;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::mat_t<3, 3, wp::uint32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::transform_t<wp::float32>> adj_t = _wp_adj_args->t;
    wp::float32 adj_x = _wp_adj_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    const wp::float32 var_2 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float64> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float16> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::uint32 var_14;
    wp::mat_t<3, 3, wp::uint32> var_15;
    wp::uint32 var_16;
    wp::mat_t<3, 3, wp::uint32> var_17;
    wp::mat_t<3, 3, wp::uint32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float64> var_20;
    wp::mat_t<2, 2, wp::float32>* var_21;
    wp::mat_t<2, 2, wp::float64> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    const wp::float32 var_25 = 2.0;
    wp::mat_t<3, 3, wp::float64> var_26;
    const wp::float64 var_27 = 2.0;
    const wp::float32 var_28 = 1.5;
    const wp::float32 var_29 = 2.5;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::int32> var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float16> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::mat_t<3, 3, wp::uint32> adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::mat_t<3, 3, wp::uint32> adj_17 = {};
    wp::mat_t<3, 3, wp::uint32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float64> adj_20 = {};
    wp::mat_t<2, 2, wp::float32> adj_21 = {};
    wp::mat_t<2, 2, wp::float64> adj_22 = {};
    wp::mat_t<2, 2, wp::float32> adj_23 = {};
    wp::mat_t<2, 2, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::mat_t<3, 3, wp::float64> adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    wp::vec_t<2, wp::int32> adj_31 = {};
    //---------
    // forward
    // def k(                                                                                 <L 7>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + wp.mat22f(1.0)                                                           <L 15>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::mat_t<2, 2, wp::float32>(var_2);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    // wp::array_store(var_a, var_0, var_4);
    // b = wp.mat22f(x)                                                                       <L 16>
    var_6 = wp::mat_t<2, 2, wp::float32>(var_x);
    // d = wp.vec3d(u[i])                                                                     <L 17>
    var_7 = wp::address(var_u, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::vec_t<3, wp::float64>(var_9);
    // h = wp.vec3h(u[i])                                                                     <L 18>
    var_10 = wp::address(var_u, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::vec_t<3, wp::float16>(var_12);
    // m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                                   <L 19>
    var_14 = wp::uint32(var_13);
    var_15 = wp::mat_t<3, 3, wp::uint32>(var_14);
    var_16 = wp::uint32(var_0);
    var_17 = wp::mat_t<3, 3, wp::uint32>(var_16);
    var_18 = wp::add(var_15, var_17);
    // wp::array_store(var_m, var_0, var_18);
    // tt = wp.transform()                                                                    <L 20>
    var_19 = wp::transform_t<wp::float32>();
    // td = wp.transformd()                                                                   <L 21>
    var_20 = wp::transform_t<wp::float64>();
    // t[i] = tt                                                                              <L 22>
    // wp::array_store(var_t, var_0, var_19);
    // md = wp.mat22d(a[i])                                                                   <L 23>
    var_21 = wp::address(var_a, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::mat_t<2, 2, wp::float64>(var_23);
    // mf = wp.mat22(md)                                                                      <L 24>
    var_24 = wp::mat_t<2, 2, wp::float32>(var_22);
    // e = wp.mat33d(2.0)                                                                     <L 25>
    var_26 = wp::mat_t<3, 3, wp::float64>(var_27);
    // v = wp.vec2i(wp.vec2(1.5, 2.5))                                                        <L 26>
    var_30 = wp::vec_t<2, wp::float32>(var_28, var_29);
    var_31 = wp::vec_t<2, wp::int32>(var_30);
    //---------
    // reverse
    wp::adj_vec_t(var_30, adj_30, adj_31);
    wp::adj_vec_t(var_28, var_29, adj_28, adj_29, adj_30);
    // adj: v = wp.vec2i(wp.vec2(1.5, 2.5))                                                   <L 26>
    wp::adj_mat_t(var_27, adj_27, adj_26);
    // adj: e = wp.mat33d(2.0)                                                                <L 25>
    wp::adj_mat_t(var_22, adj_22, adj_24);
    // adj: mf = wp.mat22(md)                                                                 <L 24>
    wp::adj_mat_t(var_23, adj_21, adj_22);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_21);
    // adj: md = wp.mat22d(a[i])                                                              <L 23>
    wp::adj_array_store(var_t, var_0, var_19, adj_t, adj_0, adj_19);
    // adj: t[i] = tt                                                                         <L 22>
    // adj: td = wp.transformd()                                                              <L 21>
    // adj: tt = wp.transform()                                                               <L 20>
    wp::adj_array_store(var_m, var_0, var_18, adj_m, adj_0, adj_18);
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mat_t(var_16, adj_16, adj_17);
    wp::adj_mat_t(var_14, adj_14, adj_15);
    // adj: m[i] = mat33ui(wp.uint32(1)) + mat33ui(wp.uint32(i))                              <L 19>
    wp::adj_vec_t(var_12, adj_10, adj_11);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_10);
    // adj: h = wp.vec3h(u[i])                                                                <L 18>
    wp::adj_vec_t(var_9, adj_7, adj_8);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_7);
    // adj: d = wp.vec3d(u[i])                                                                <L 17>
    wp::adj_mat_t(var_x, adj_x, adj_6);
    // adj: b = wp.mat22f(x)                                                                  <L 16>
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
    wp::adj_mat_t(var_2, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = a[i] + wp.mat22f(1.0)                                                      <L 15>
    // adj: i = wp.tid()                                                                      <L 14>
    // adj: def k(                                                                            <L 7>
    return;
}



struct k_8c38b97b_cpu_block_payload_forward
{
    wp_args_k_8c38b97b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8c38b97b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8c38b97b_cpu_block_payload_forward* payload = (k_8c38b97b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8c38b97b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_8c38b97b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8c38b97b *_wp_args)
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
        k_8c38b97b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8c38b97b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_8c38b97b_cpu_block_payload_backward
{
    wp_args_k_8c38b97b* args;
    wp_args_k_8c38b97b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_8c38b97b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_8c38b97b_cpu_block_payload_backward* payload = (k_8c38b97b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_8c38b97b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_8c38b97b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_8c38b97b *_wp_args,
    wp_args_k_8c38b97b *_wp_adj_args)
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
        k_8c38b97b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_8c38b97b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

