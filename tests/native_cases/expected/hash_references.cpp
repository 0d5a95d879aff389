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

struct wp_args_refs_275e2e95 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> b;
    wp::float32 THIRD;
};


template <bool wp_linear_contiguous>
static void refs_275e2e95_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_refs_275e2e95 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::float32 var_THIRD = _wp_args->THIRD;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    const wp::int32 var_13 = 7;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = 3.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = -0.0;
    wp::float32 var_33;
    wp::float32 var_34;
    const bool var_35 = true;
    const wp::int32 var_36 = 3000000000;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def refs(a: wp.array(dtype=float), b: wp.array(dtype=int), THIRD: float):              <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // x = wp.float32(b[i]) + float(b[i]) + THIRD                                             <L 12>
    var_1 = wp::address(var_b, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float32(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_7 = wp::add(var_2, var_5);
    var_8 = wp::add(var_7, var_THIRD);
    // y = wp.int32(x) + int(x) + b[i] % 7                                                    <L 13>
    var_9 = wp::int32(var_8);
    var_10 = wp::int(var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::address(var_b, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mod(var_15, var_13);
    var_16 = wp::add(var_11, var_14);
    // v = wp.vec3(x, x, x) + wp.vec3f(1.0, 2.0, 3.0)                                         <L 14>
    var_17 = wp::vec_t<3, wp::float32>(var_8, var_8, var_8);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::add(var_17, var_21);
    // w = round(x) + pow(x, 2.0) + abs(x) + min(x, 1.0) + max(x, NEG_ZERO)                   <L 15>
    var_23 = wp::round(var_8);
    var_25 = wp::pow(var_8, var_24);
    var_26 = wp::add(var_23, var_25);
    var_27 = wp::abs(var_8);
    var_28 = wp::add(var_26, var_27);
    var_30 = wp::min(var_8, var_29);
    var_31 = wp::add(var_28, var_30);
    var_33 = wp::max(var_8, var_32);
    var_34 = wp::add(var_31, var_33);
    // if ON:                                                                                 <L 16>
    // b[i] = y + BIG                                                                         <L 17>
    var_37 = wp::add(var_16, var_36);
    wp::array_store(var_b, var_0, var_37);
    // a[i] = w + v[0] + float(len(v))                                                        <L 18>
    var_39 = wp::extract(var_22, var_38);
    var_40 = wp::add(var_34, var_39);
    var_42 = wp::float(var_41);
    var_43 = wp::add(var_40, var_42);
    wp::array_store(var_a, var_0, var_43);
}



template <bool wp_linear_contiguous>
static void refs_275e2e95_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_refs_275e2e95 *_wp_args,
    wp_args_refs_275e2e95 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::float32 var_THIRD = _wp_args->THIRD;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::float32 adj_THIRD = _wp_adj_args->THIRD;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    const wp::int32 var_13 = 7;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 2.0;
    const wp::float32 var_20 = 3.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = -0.0;
    wp::float32 var_33;
    wp::float32 var_34;
    const bool var_35 = true;
    const wp::int32 var_36 = 3000000000;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 3;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def refs(a: wp.array(dtype=float), b: wp.array(dtype=int), THIRD: float):              <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // x = wp.float32(b[i]) + float(b[i]) + THIRD                                             <L 12>
    var_1 = wp::address(var_b, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float32(var_3);
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_7 = wp::add(var_2, var_5);
    var_8 = wp::add(var_7, var_THIRD);
    // y = wp.int32(x) + int(x) + b[i] % 7                                                    <L 13>
    var_9 = wp::int32(var_8);
    var_10 = wp::int(var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::address(var_b, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mod(var_15, var_13);
    var_16 = wp::add(var_11, var_14);
    // v = wp.vec3(x, x, x) + wp.vec3f(1.0, 2.0, 3.0)                                         <L 14>
    var_17 = wp::vec_t<3, wp::float32>(var_8, var_8, var_8);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::add(var_17, var_21);
    // w = round(x) + pow(x, 2.0) + abs(x) + min(x, 1.0) + max(x, NEG_ZERO)                   <L 15>
    var_23 = wp::round(var_8);
    var_25 = wp::pow(var_8, var_24);
    var_26 = wp::add(var_23, var_25);
    var_27 = wp::abs(var_8);
    var_28 = wp::add(var_26, var_27);
    var_30 = wp::min(var_8, var_29);
    var_31 = wp::add(var_28, var_30);
    var_33 = wp::max(var_8, var_32);
    var_34 = wp::add(var_31, var_33);
    // if ON:                                                                                 <L 16>
    // b[i] = y + BIG                                                                         <L 17>
    var_37 = wp::add(var_16, var_36);
    // wp::array_store(var_b, var_0, var_37);
    // a[i] = w + v[0] + float(len(v))                                                        <L 18>
    var_39 = wp::extract(var_22, var_38);
    var_40 = wp::add(var_34, var_39);
    var_42 = wp::float(var_41);
    var_43 = wp::add(var_40, var_42);
    // wp::array_store(var_a, var_0, var_43);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_43, adj_a, adj_0, adj_43);
    wp::adj_add(var_40, var_42, adj_40, adj_42, adj_43);
    wp::adj_float(var_41, adj_41, adj_42);
    wp::adj_add(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_extract(var_22, var_38, adj_22, adj_38, adj_39);
    // adj: a[i] = w + v[0] + float(len(v))                                                   <L 18>
    wp::adj_array_store(var_b, var_0, var_37, adj_b, adj_0, adj_37);
    wp::adj_add(var_16, var_36, adj_16, adj_36, adj_37);
    // adj: b[i] = y + BIG                                                                    <L 17>
    // adj: if ON:                                                                            <L 16>
    wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_max(var_8, var_32, adj_8, adj_32, adj_33);
    wp::adj_add(var_28, var_30, adj_28, adj_30, adj_31);
    wp::adj_min(var_8, var_29, adj_8, adj_29, adj_30);
    wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_abs(var_8, adj_8, adj_27);
    wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_pow(var_8, var_24, var_25, adj_8, adj_24, adj_25);
    // adj: w = round(x) + pow(x, 2.0) + abs(x) + min(x, 1.0) + max(x, NEG_ZERO)              <L 15>
    wp::adj_add(var_17, var_21, adj_17, adj_21, adj_22);
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_vec_t(var_8, var_8, var_8, adj_8, adj_8, adj_8, adj_17);
    // adj: v = wp.vec3(x, x, x) + wp.vec3f(1.0, 2.0, 3.0)                                    <L 14>
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_16);
    wp::adj_mod(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: y = wp.int32(x) + int(x) + b[i] % 7                                               <L 13>
    wp::adj_add(var_7, var_THIRD, adj_7, adj_THIRD, adj_8);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_float(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    wp::adj_float32(var_3, adj_1, adj_2);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_1);
    // adj: x = wp.float32(b[i]) + float(b[i]) + THIRD                                        <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def refs(a: wp.array(dtype=float), b: wp.array(dtype=int), THIRD: float):         <L 10>
    return;
}



struct refs_275e2e95_cpu_block_payload_forward
{
    wp_args_refs_275e2e95* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void refs_275e2e95_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    refs_275e2e95_cpu_block_payload_forward* payload = (refs_275e2e95_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    refs_275e2e95_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void refs_275e2e95_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_refs_275e2e95 *_wp_args)
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
        refs_275e2e95_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &refs_275e2e95_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct refs_275e2e95_cpu_block_payload_backward
{
    wp_args_refs_275e2e95* args;
    wp_args_refs_275e2e95* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void refs_275e2e95_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    refs_275e2e95_cpu_block_payload_backward* payload = (refs_275e2e95_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    refs_275e2e95_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void refs_275e2e95_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_refs_275e2e95 *_wp_args,
    wp_args_refs_275e2e95 *_wp_adj_args)
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
        refs_275e2e95_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &refs_275e2e95_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

