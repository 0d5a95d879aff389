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

struct wp_args_k_2231429d {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void k_2231429d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2231429d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 1.0;
    bool var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = -1.0;
    bool var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=float), n: int):                   <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 6>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = v.x * 2.0 + v[1]                                                                   <L 7>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::add(var_7, var_9);
    // w = wp.vec3(1.0, 2.0, 3.0)                                                             <L 8>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    // d = wp.dot(v, w) + wp.length(wp.cross(v, w))                                           <L 9>
    var_15 = wp::dot(var_2, var_14);
    var_16 = wp::cross(var_2, var_14);
    var_17 = wp::length(var_16);
    var_18 = wp::add(var_15, var_17);
    // for j in range(3):                                                                     <L 10>
    // x = x + float(j)                                                                       <L 11>
    var_20 = wp::float(var_19);
    var_21 = wp::add(var_10, var_20);
    var_23 = wp::float(var_22);
    var_24 = wp::add(var_21, var_23);
    var_26 = wp::float(var_25);
    var_27 = wp::add(var_24, var_26);
    // if x > 0.0 and d < 1.0:                                                                <L 12>
    var_30 = (var_27 > var_29);
    var_28 = var_30;
    if (var_28) {
        var_32 = (var_18 < var_31);
        var_28 = var_28 && var_32;
    }
    if (var_28) {
        // x = -x                                                                             <L 13>
        var_33 = wp::neg(var_27);
    }
    if (!var_28) {
        // elif x < -1.0:                                                                     <L 14>
        var_35 = (var_27 < var_34);
        if (var_35) {
            // x = 0.5                                                                        <L 15>
        }
        var_37 = wp::where(var_35, var_36, var_27);
    }
    var_38 = wp::where(var_28, var_33, var_37);
    // b[i] = x                                                                               <L 16>
    wp::array_store(var_b, var_0, var_38);
    // wp.atomic_add(b, 0, d)                                                                 <L 17>
    var_40 = wp::atomic_add(var_b, var_39, var_18);
    // b[i] += 1.0                                                                            <L 18>
    var_42 = wp::atomic_add(var_b, var_0, var_41);
}



template <bool wp_linear_contiguous>
static void k_2231429d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_2231429d *_wp_args,
    wp_args_k_2231429d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 1.0;
    bool var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = -1.0;
    bool var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=float), n: int):                   <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // v = a[i]                                                                               <L 6>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = v.x * 2.0 + v[1]                                                                   <L 7>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::add(var_7, var_9);
    // w = wp.vec3(1.0, 2.0, 3.0)                                                             <L 8>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    // d = wp.dot(v, w) + wp.length(wp.cross(v, w))                                           <L 9>
    var_15 = wp::dot(var_2, var_14);
    var_16 = wp::cross(var_2, var_14);
    var_17 = wp::length(var_16);
    var_18 = wp::add(var_15, var_17);
    // for j in range(3):                                                                     <L 10>
    // x = x + float(j)                                                                       <L 11>
    var_20 = wp::float(var_19);
    var_21 = wp::add(var_10, var_20);
    var_23 = wp::float(var_22);
    var_24 = wp::add(var_21, var_23);
    var_26 = wp::float(var_25);
    var_27 = wp::add(var_24, var_26);
    // if x > 0.0 and d < 1.0:                                                                <L 12>
    var_30 = (var_27 > var_29);
    var_28 = var_30;
    if (var_28) {
        var_32 = (var_18 < var_31);
        var_28 = var_28 && var_32;
    }
    if (var_28) {
        // x = -x                                                                             <L 13>
        var_33 = wp::neg(var_27);
    }
    if (!var_28) {
        // elif x < -1.0:                                                                     <L 14>
        var_35 = (var_27 < var_34);
        if (var_35) {
            // x = 0.5                                                                        <L 15>
        }
        var_37 = wp::where(var_35, var_36, var_27);
    }
    var_38 = wp::where(var_28, var_33, var_37);
    // b[i] = x                                                                               <L 16>
    // wp::array_store(var_b, var_0, var_38);
    // wp.atomic_add(b, 0, d)                                                                 <L 17>
    // var_40 = wp::atomic_add(var_b, var_39, var_18);
    // b[i] += 1.0                                                                            <L 18>
    // var_42 = wp::atomic_add(var_b, var_0, var_41);
    //---------
    // reverse
    wp::adj_atomic_add(var_b, var_0, var_41, adj_b, adj_0, adj_41, adj_42);
    // adj: b[i] += 1.0                                                                       <L 18>
    wp::adj_atomic_add(var_b, var_39, var_18, adj_b, adj_39, adj_18, adj_40);
    // adj: wp.atomic_add(b, 0, d)                                                            <L 17>
    wp::adj_array_store(var_b, var_0, var_38, adj_b, adj_0, adj_38);
    // adj: b[i] = x                                                                          <L 16>
    wp::adj_where(var_28, var_33, var_37, adj_28, adj_33, adj_37, adj_38);
    if (!var_28) {
        wp::adj_where(var_35, var_36, var_27, adj_35, adj_36, adj_27, adj_37);
        if (var_35) {
            // adj: x = 0.5                                                                   <L 15>
        }
        // adj: elif x < -1.0:                                                                <L 14>
    }
    if (var_28) {
        wp::adj_neg(var_27, adj_27, adj_33);
        // adj: x = -x                                                                        <L 13>
    }
    if (var_28) {
    }
    // adj: if x > 0.0 and d < 1.0:                                                           <L 12>
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_float(var_25, adj_25, adj_26);
    wp::adj_add(var_21, var_23, adj_21, adj_23, adj_24);
    wp::adj_float(var_22, adj_22, adj_23);
    wp::adj_add(var_10, var_20, adj_10, adj_20, adj_21);
    wp::adj_float(var_19, adj_19, adj_20);
    // adj: x = x + float(j)                                                                  <L 11>
    // adj: for j in range(3):                                                                <L 10>
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_length(var_16, var_17, adj_16, adj_17);
    wp::adj_cross(var_2, var_14, adj_2, adj_14, adj_16);
    wp::adj_dot(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: d = wp.dot(v, w) + wp.length(wp.cross(v, w))                                      <L 9>
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: w = wp.vec3(1.0, 2.0, 3.0)                                                        <L 8>
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: x = v.x * 2.0 + v[1]                                                              <L 7>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: v = a[i]                                                                          <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=float), n: int):              <L 4>
    return;
}



struct k_2231429d_cpu_block_payload_forward
{
    wp_args_k_2231429d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2231429d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2231429d_cpu_block_payload_forward* payload = (k_2231429d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2231429d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_2231429d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2231429d *_wp_args)
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
        k_2231429d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2231429d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_2231429d_cpu_block_payload_backward
{
    wp_args_k_2231429d* args;
    wp_args_k_2231429d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_2231429d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_2231429d_cpu_block_payload_backward* payload = (k_2231429d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_2231429d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_2231429d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_2231429d *_wp_args,
    wp_args_k_2231429d *_wp_adj_args)
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
        k_2231429d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_2231429d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

