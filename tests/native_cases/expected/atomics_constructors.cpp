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

struct wp_args_k_677f65cf {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::int64> b;
    wp::array_t<wp::uint32> c;
    wp::array_t<wp::float64> f;
};


template <bool wp_linear_contiguous>
static void k_677f65cf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_677f65cf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::uint32> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = 3.0;
    const wp::float32 var_9 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    wp::int64* var_12;
    wp::int64 var_13;
    wp::int64 var_14;
    wp::uint32* var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::float64* var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                            <L 6>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_5 = wp::atomic_add(var_a, var_0, var_4);
    // wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                      <L 7>
    var_10 = wp::mat_t<2, 2, wp::float32>(var_6, var_7, var_8, var_9);
    var_11 = wp::atomic_sub(var_m, var_0, var_10);
    // wp.atomic_min(b, i, b[i])                                                              <L 8>
    var_12 = wp::address(var_b, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::atomic_min(var_b, var_0, var_14);
    // wp.atomic_max(c, i, c[i])                                                              <L 9>
    var_15 = wp::address(var_c, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::atomic_max(var_c, var_0, var_17);
    // x = wp.atomic_max(f, i, f[i])                                                          <L 10>
    var_18 = wp::address(var_f, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::atomic_max(var_f, var_0, var_20);
    // y = wp.atomic_min(a, i, a[i])                                                          <L 11>
    var_21 = wp::address(var_a, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::atomic_min(var_a, var_0, var_23);
    // z = wp.vec3(2.0)                                                                       <L 12>
    var_25 = wp::vec_t<3, wp::float32>(var_24);
    // w = wp.vec3(z)                                                                         <L 13>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
}



template <bool wp_linear_contiguous>
static void k_677f65cf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_677f65cf *_wp_args,
    wp_args_k_677f65cf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::int64> var_b = _wp_args->b;
    wp::array_t<wp::uint32> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::int64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::uint32> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float64> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = 3.0;
    const wp::float32 var_9 = 4.0;
    wp::mat_t<2, 2, wp::float32> var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    wp::int64* var_12;
    wp::int64 var_13;
    wp::int64 var_14;
    wp::uint32* var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::float64* var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mat_t<2, 2, wp::float32> adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    wp::int64 adj_14 = {};
    wp::uint32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):       <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                            <L 6>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // var_5 = wp::atomic_add(var_a, var_0, var_4);
    // wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                      <L 7>
    var_10 = wp::mat_t<2, 2, wp::float32>(var_6, var_7, var_8, var_9);
    // var_11 = wp::atomic_sub(var_m, var_0, var_10);
    // wp.atomic_min(b, i, b[i])                                                              <L 8>
    var_12 = wp::address(var_b, var_0);
    var_14 = wp::load(var_12);
    // var_13 = wp::atomic_min(var_b, var_0, var_14);
    // wp.atomic_max(c, i, c[i])                                                              <L 9>
    var_15 = wp::address(var_c, var_0);
    var_17 = wp::load(var_15);
    // var_16 = wp::atomic_max(var_c, var_0, var_17);
    // x = wp.atomic_max(f, i, f[i])                                                          <L 10>
    var_18 = wp::address(var_f, var_0);
    var_20 = wp::load(var_18);
    // var_19 = wp::atomic_max(var_f, var_0, var_20);
    // y = wp.atomic_min(a, i, a[i])                                                          <L 11>
    var_21 = wp::address(var_a, var_0);
    var_23 = wp::load(var_21);
    // var_22 = wp::atomic_min(var_a, var_0, var_23);
    // z = wp.vec3(2.0)                                                                       <L 12>
    var_25 = wp::vec_t<3, wp::float32>(var_24);
    // w = wp.vec3(z)                                                                         <L 13>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    //---------
    // reverse
    wp::adj_vec_t(var_25, adj_25, adj_26);
    // adj: w = wp.vec3(z)                                                                    <L 13>
    wp::adj_vec_t(var_24, adj_24, adj_25);
    // adj: z = wp.vec3(2.0)                                                                  <L 12>
    wp::adj_atomic_min(var_a, var_0, var_23, adj_a, adj_0, adj_21, adj_22);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_21);
    // adj: y = wp.atomic_min(a, i, a[i])                                                     <L 11>
    wp::adj_atomic_max(var_f, var_0, var_20, adj_f, adj_0, adj_18, adj_19);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_18);
    // adj: x = wp.atomic_max(f, i, f[i])                                                     <L 10>
    wp::adj_atomic_max(var_c, var_0, var_17, adj_c, adj_0, adj_15, adj_16);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_15);
    // adj: wp.atomic_max(c, i, c[i])                                                         <L 9>
    wp::adj_atomic_min(var_b, var_0, var_14, adj_b, adj_0, adj_12, adj_13);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
    // adj: wp.atomic_min(b, i, b[i])                                                         <L 8>
    wp::adj_atomic_sub(var_m, var_0, var_10, adj_m, adj_0, adj_10, adj_11);
    wp::adj_mat_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_10);
    // adj: wp.atomic_sub(m, i, wp.mat22(1.0, 2.0, 3.0, 4.0))                                 <L 7>
    wp::adj_atomic_add(var_a, var_0, var_4, adj_a, adj_0, adj_4, adj_5);
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: wp.atomic_add(a, i, wp.vec3(1.0, 2.0, 3.0))                                       <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(a: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.int64), c: wp.array(dtype=wp.uint32), f: wp.array(dtype=wp.float64)):  <L 4>
    return;
}



struct k_677f65cf_cpu_block_payload_forward
{
    wp_args_k_677f65cf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_677f65cf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_677f65cf_cpu_block_payload_forward* payload = (k_677f65cf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_677f65cf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_677f65cf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_677f65cf *_wp_args)
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
        k_677f65cf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_677f65cf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_677f65cf_cpu_block_payload_backward
{
    wp_args_k_677f65cf* args;
    wp_args_k_677f65cf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_677f65cf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_677f65cf_cpu_block_payload_backward* payload = (k_677f65cf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_677f65cf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_677f65cf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_677f65cf *_wp_args,
    wp_args_k_677f65cf *_wp_adj_args)
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
        k_677f65cf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_677f65cf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

